/**
 * Requests/s and client CPU µs per request for wechatpay-chain, the hand-written floor and the two
 * peers, for a GET and a POST at concurrency 1 and 32. Each client runs in its own process against
 * one loopback fake (its own process) that verifies every request signature and signs every
 * response; the figures are medians over rounds, each round with fresh processes. The ratios
 * against the floor are paired: each round's figure over the floor's in the same round, then the
 * median of those.
 *
 * Within a round the clients take turns: each scenario is measured in slices of a few hundred
 * requests, every client running one slice in turn (the order rotating), so that all of them share
 * the same spells of the machine. Why: on a shared VM the CPU cost of the same requests drifts by
 * 20% over tens of seconds, and more for code that misses the cache more. When each client ran its
 * whole scenario list in one go, the floor and wechatpay-chain were measured up to half a minute
 * apart, and one round's ratio went from 0.94× to 1.36× for the same code.
 *
 * wechatpay-chain runs twice, in two processes (`ours`, `ours-twin`): how far apart the two land in
 * one run is the noise of that run (on this VM their medians land up to 5% apart), to weigh every other
 * difference in the table against.
 *
 * Usage: tsx bench/peers.ts   (BENCH_ROUNDS, default 5)
 */
import { buildLib } from './build.js';
import { format, generateKeys, JIT_WARMUP, median, writeKeys } from './common.js';
import { startServer, startWorker, type LineWorker } from './process.js';
import type { Slice, SliceResult } from './worker.js';

export const CLIENTS = ['floor', 'ours', 'ours-twin', 'ours-interceptor', 'axios-plugin', 'node-v3'] as const;
const LABEL: Record<(typeof CLIENTS)[number], string> = {
  floor: 'floor (node:http + node:crypto)',
  ours: 'wechatpay-chain',
  'ours-twin': '  … the same, in a second process',
  'ours-interceptor': '  … with a user interceptor',
  'axios-plugin': 'wechatpay-axios-plugin',
  'node-v3': 'wechatpay-node-v3',
};
interface Scenario {
  name: string;
  method: Slice['method'];
  concurrency: number;
  /** Measured requests per client and round, in `slices` turns. */
  count: number;
  slices: number;
  /** Unmeasured requests before the first slice, then before each later one. */
  warmup: number;
  sliceWarmup: number;
}
interface ScenarioResult {
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
}
const SCENARIOS: Scenario[] = [
  // One at a time is the noisiest case (each request starts cold): more requests per round.
  { name: 'GET  c=1', method: 'get', concurrency: 1, count: 1000, slices: 5, warmup: 300, sliceWarmup: 50 },
  { name: 'POST c=1', method: 'post', concurrency: 1, count: 1000, slices: 5, warmup: 300, sliceWarmup: 50 },
  { name: 'GET  c=32', method: 'get', concurrency: 32, count: 1200, slices: 4, warmup: 200, sliceWarmup: 64 },
  { name: 'POST c=32', method: 'post', concurrency: 32, count: 1200, slices: 4, warmup: 200, sliceWarmup: 64 },
];

export interface PeerFigures {
  rounds: number;
  /**
   * client → scenario → medians; `cpuVsFloor`: median over rounds of this round's CPU/request over
   * the floor's; `cpuVsFloorRange`: the lowest and highest of those, to show how much rounds differ.
   */
  medians: Record<string, Record<string, { requestsPerSecond: number; cpuMicrosPerRequest: number; cpuVsFloor: number; cpuVsFloorRange: [number, number] }>>;
  serverVerified: number;
  serverRefused: number;
}

export async function runPeers(rounds = Number(process.env.BENCH_ROUNDS ?? 5)): Promise<PeerFigures> {
  const keysFile = writeKeys(generateKeys());
  const server = await startServer(keysFile);
  const samples: Record<string, Record<string, ScenarioResult[]>> = {};
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate the order each round, so that no client always goes first or last.
      const order = round % 2 ? [...CLIENTS].reverse() : [...CLIENTS];
      const workers = new Map<string, LineWorker>();
      try {
        // Warmed up one at a time (each in its own process), so that none compiles while another runs.
        for (const client of order) {
          const worker = startWorker('./worker.ts', [client, keysFile, server.baseURL]);
          workers.set(client, worker);
          await worker.ready;
        }
        for (const scenario of SCENARIOS) {
          const totals = new Map(order.map((client) => [client, { requests: 0, seconds: 0, cpuMicros: 0 }]));
          for (let slice = 0; slice < scenario.slices; slice++) {
            const turn = [...order.slice(slice % order.length), ...order.slice(0, slice % order.length)];
            for (const client of turn) {
              const command: Slice = { method: scenario.method, concurrency: scenario.concurrency, count: Math.round(scenario.count / scenario.slices), warmup: slice === 0 ? scenario.warmup : scenario.sliceWarmup };
              const result = await workers.get(client)!.request<SliceResult>(command);
              const total = totals.get(client)!;
              total.requests += result.requests;
              total.seconds += result.seconds;
              total.cpuMicros += result.cpuMicros;
            }
          }
          for (const [client, total] of totals) {
            ((samples[client] ??= {})[scenario.name] ??= []).push({ requestsPerSecond: total.requests / total.seconds, cpuMicrosPerRequest: total.cpuMicros / total.requests });
          }
        }
      } finally {
        for (const worker of workers.values()) worker.stop();
      }
      process.stderr.write(`  round ${round + 1}/${rounds} done\n`);
    }
    const stats = await server.stats();
    const medians: PeerFigures['medians'] = {};
    for (const [client, byScenario] of Object.entries(samples)) {
      for (const [name, list] of Object.entries(byScenario)) {
        const floor = samples.floor![name]!;
        const ratios = list.map((r, round) => r.cpuMicrosPerRequest / floor[round]!.cpuMicrosPerRequest);
        (medians[client] ??= {})[name] = {
          requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
          cpuMicrosPerRequest: median(list.map((r) => r.cpuMicrosPerRequest)),
          cpuVsFloor: median(ratios),
          cpuVsFloorRange: [Math.min(...ratios), Math.max(...ratios)],
        };
      }
    }
    return { rounds, medians, serverVerified: stats.verified, serverRefused: stats.refused };
  } finally {
    server.stop();
  }
}

export function printPeers(figures: PeerFigures): void {
  console.log(`\n== Clients against the loopback fake (medians of ${figures.rounds} rounds; each client in its own process, measured after ${format(JIT_WARMUP)} warm-up requests, the clients taking turns in slices)`);
  console.log(`   server: ${figures.serverVerified} request signatures verified, ${figures.serverRefused} refused`);
  for (const scenario of SCENARIOS.map((s) => s.name)) {
    console.log(`\n   ${scenario}${' '.repeat(32 - scenario.length)}     req/s   CPU µs/req   CPU vs floor   (rounds)`);
    for (const client of CLIENTS) {
      const m = figures.medians[client]![scenario]!;
      const label = LABEL[client];
      console.log(`   ${label}${' '.repeat(36 - label.length)}${format(m.requestsPerSecond).padStart(6)}   ${format(m.cpuMicrosPerRequest).padStart(10)}   ${m.cpuVsFloor.toFixed(2).padStart(11)}×   ${client === 'floor' ? '' : m.cpuVsFloorRange.map((r) => r.toFixed(2)).join('–')}`);
    }
    // Paired as well: ours over the peer, each through the floor of its own round.
    const ours = figures.medians.ours![scenario]!.cpuVsFloor;
    const vs = (peer: string) => (ours / figures.medians[peer]![scenario]!.cpuVsFloor).toFixed(2);
    console.log(`   wechatpay-chain CPU/req vs wechatpay-axios-plugin ${vs('axios-plugin')}×, vs wechatpay-node-v3 ${vs('node-v3')}×; the same code in two processes ${vs('ours-twin')}× (noise)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildLib();
  printPeers(await runPeers());
}
