/**
 * Requests/s and client CPU µs per request for wechatpay-chain, the hand-written floor and the two
 * peers, for a GET and a POST at concurrency 1 and 32. Each client runs in its own process against
 * one loopback fake (its own process) that verifies every request signature and signs every
 * response; rounds alternate the clients, and the figures are medians over rounds. The ratios
 * against the floor are paired: each round's figure over the floor's in the same round, then the
 * median of those, so that the machine getting slower or faster between rounds (a shared VM does)
 * cancels out rather than landing on whichever client ran then.
 *
 * Usage: tsx bench/peers.ts   (BENCH_ROUNDS, default 5)
 */
import { buildLib } from './build.js';
import { format, generateKeys, JIT_WARMUP, median, writeKeys } from './common.js';
import { runScript, startServer } from './process.js';
import type { Scenario, ScenarioResult } from './worker.js';

export const CLIENTS = ['floor', 'ours', 'ours-axios-lane', 'axios-plugin', 'node-v3'] as const;
const LABEL: Record<(typeof CLIENTS)[number], string> = {
  floor: 'floor (node:http + node:crypto)',
  ours: 'wechatpay-chain',
  'ours-axios-lane': '  … with a user interceptor',
  'axios-plugin': 'wechatpay-axios-plugin',
  'node-v3': 'wechatpay-node-v3',
};
const SCENARIOS: Scenario[] = [
  // One at a time is the noisiest case (each request starts cold): more requests per round.
  { name: 'GET  c=1', method: 'get', concurrency: 1, count: 1000, warmup: 300 },
  { name: 'POST c=1', method: 'post', concurrency: 1, count: 1000, warmup: 300 },
  { name: 'GET  c=32', method: 'get', concurrency: 32, count: 1200, warmup: 200 },
  { name: 'POST c=32', method: 'post', concurrency: 32, count: 1200, warmup: 200 },
];

export interface PeerFigures {
  rounds: number;
  /** client → scenario → medians; `cpuVsFloor`: median over rounds of this round's CPU/request over the floor's. */
  medians: Record<string, Record<string, { requestsPerSecond: number; cpuMicrosPerRequest: number; cpuVsFloor: number }>>;
  serverVerified: number;
  serverRefused: number;
}

export async function runPeers(rounds = Number(process.env.BENCH_ROUNDS ?? 5)): Promise<PeerFigures> {
  const keysFile = writeKeys(generateKeys());
  const server = await startServer(keysFile);
  const samples: Record<string, Record<string, ScenarioResult[]>> = {};
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate the order each round, so that no client always runs first or last.
      const order = round % 2 ? [...CLIENTS].reverse() : [...CLIENTS];
      for (const client of order) {
        const results = await runScript<ScenarioResult[]>('./worker.ts', [client, keysFile, server.baseURL, JSON.stringify(SCENARIOS)]);
        for (const result of results) ((samples[client] ??= {})[result.name] ??= []).push(result);
      }
      process.stderr.write(`  round ${round + 1}/${rounds} done\n`);
    }
    const stats = await server.stats();
    const medians: PeerFigures['medians'] = {};
    for (const [client, byScenario] of Object.entries(samples)) {
      for (const [name, list] of Object.entries(byScenario)) {
        const floor = samples.floor![name]!;
        (medians[client] ??= {})[name] = {
          requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
          cpuMicrosPerRequest: median(list.map((r) => r.cpuMicrosPerRequest)),
          cpuVsFloor: median(list.map((r, round) => r.cpuMicrosPerRequest / floor[round]!.cpuMicrosPerRequest)),
        };
      }
    }
    return { rounds, medians, serverVerified: stats.verified, serverRefused: stats.refused };
  } finally {
    server.stop();
  }
}

export function printPeers(figures: PeerFigures): void {
  console.log(`\n== Clients against the loopback fake (medians of ${figures.rounds} alternating rounds; each client in its own process, measured after ${format(JIT_WARMUP)} warm-up requests)`);
  console.log(`   server: ${figures.serverVerified} request signatures verified, ${figures.serverRefused} refused`);
  for (const scenario of SCENARIOS.map((s) => s.name)) {
    console.log(`\n   ${scenario}${' '.repeat(32 - scenario.length)}     req/s   CPU µs/req   CPU vs floor`);
    for (const client of CLIENTS) {
      const m = figures.medians[client]![scenario]!;
      const label = LABEL[client];
      console.log(`   ${label}${' '.repeat(36 - label.length)}${format(m.requestsPerSecond).padStart(6)}   ${format(m.cpuMicrosPerRequest).padStart(10)}   ${m.cpuVsFloor.toFixed(2).padStart(11)}×`);
    }
    // Paired as well: ours over the peer, each through the floor of its own round.
    const ours = figures.medians.ours![scenario]!.cpuVsFloor;
    const vs = (peer: string) => (ours / figures.medians[peer]![scenario]!.cpuVsFloor).toFixed(2);
    console.log(`   wechatpay-chain CPU/req vs wechatpay-axios-plugin ${vs('axios-plugin')}×, vs wechatpay-node-v3 ${vs('node-v3')}×`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildLib();
  printPeers(await runPeers());
}
