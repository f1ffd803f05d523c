/**
 * Proxy resolution: 200,000 distinct bracket paths (each carrying its own order number, as real
 * calls do), resolved down to the verb (`wxpay['v3/…/ORDER123'].get`) without sending. Speed in ns
 * per path, and the heap after a full GC before and after, for wechatpay-chain and for
 * wechatpay-axios-plugin (the peer with a chainable proxy), each in its own process.
 *
 * Usage: tsx bench/proxy.ts
 */
import { buildLib, loadLib } from './build.js';
import { format, generateKeys, median, readKeys, writeKeys, type BenchKeys } from './common.js';
import { runScript } from './process.js';

export interface ProxyFigures {
  paths: number;
  /** client → medians over rounds */
  results: Record<string, { nsPerPath: number; heapStartMB: number; heapEndMB: number; heapRetainedMB: number }>;
}

const PATHS = 200_000;
const ROUNDS = 3;

async function worker(client: string, keys: BenchKeys): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const heapMB = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  let root: Record<string, unknown>;
  if (client === 'ours') {
    const { createPrivateKey, createPublicKey } = await import('node:crypto');
    const { Wechatpay } = await loadLib();
    root = new Wechatpay({ mchid: keys.mchid, serial: keys.merchantSerial, privateKey: createPrivateKey(keys.merchantPrivateKey), certs: { [keys.platformSerial]: createPublicKey(keys.platformPublicKey) } }) as unknown as Record<string, unknown>;
  } else {
    const plugin = (await import('wechatpay-axios-plugin')).default;
    root = new plugin.Wechatpay({ mchid: keys.mchid, serial: keys.merchantSerial, privateKey: keys.merchantPrivateKey, certs: { [keys.platformSerial]: keys.platformPublicKey } } as never) as unknown as Record<string, unknown>;
  }
  let sink = 0;
  const resolve = (i: number): void => {
    const verb = (root[`v3/pay/transactions/out-trade-no/BRACKET${i}`] as Record<string, unknown>).get;
    if (typeof verb === 'function') sink++;
  };
  for (let i = 0; i < 20_000; i++) resolve(-i - 1);
  const heapStart = heapMB();
  const start = process.hrtime.bigint();
  for (let i = 0; i < PATHS; i++) resolve(i);
  const ns = Number(process.hrtime.bigint() - start) / PATHS;
  const heapEnd = heapMB();
  if (sink !== PATHS + 20_000) throw new Error('a path did not resolve to a verb');
  process.stdout.write(`${JSON.stringify({ nsPerPath: ns, heapStartMB: heapStart, heapEndMB: heapEnd, heapRetainedMB: heapEnd - heapStart })}\n`);
}

export async function runProxy(): Promise<ProxyFigures> {
  const keysFile = writeKeys(generateKeys());
  const samples: Record<string, ProxyFigures['results'][string][]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const client of round % 2 ? ['axios-plugin', 'ours'] : ['ours', 'axios-plugin']) {
      (samples[client] ??= []).push(await runScript('./proxy.ts', ['--worker', client, keysFile], ['--expose-gc']));
    }
  }
  const results: ProxyFigures['results'] = {};
  for (const [client, list] of Object.entries(samples)) {
    results[client] = {
      nsPerPath: median(list.map((r) => r.nsPerPath)),
      heapStartMB: median(list.map((r) => r.heapStartMB)),
      heapEndMB: median(list.map((r) => r.heapEndMB)),
      heapRetainedMB: median(list.map((r) => r.heapRetainedMB)),
    };
  }
  return { paths: PATHS, results };
}

export function printProxy(figures: ProxyFigures): void {
  console.log(`\n== Proxy resolution of ${format(figures.paths)} distinct bracket paths down to the verb (medians of ${ROUNDS} rounds, own process each)`);
  for (const [client, r] of Object.entries(figures.results)) {
    const label = client === 'ours' ? 'wechatpay-chain' : 'wechatpay-axios-plugin';
    console.log(`   ${label.padEnd(24)} ${format(r.nsPerPath).padStart(7)} ns/path   heap after GC ${r.heapStartMB.toFixed(1)} MB → ${r.heapEndMB.toFixed(1)} MB (${r.heapRetainedMB >= 0 ? '+' : ''}${r.heapRetainedMB.toFixed(2)} MB)`);
  }
  const ours = figures.results.ours!;
  const peer = figures.results['axios-plugin']!;
  console.log(`   wechatpay-chain vs wechatpay-axios-plugin: ${(ours.nsPerPath / peer.nsPerPath).toFixed(2)}× the time per path`);
}

if (process.argv[2] === '--worker') await worker(process.argv[3]!, readKeys(process.argv[4]!));
else if (import.meta.url === `file://${process.argv[1]}`) {
  buildLib();
  printProxy(await runProxy());
}
