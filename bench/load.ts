/**
 * Load: 20,000 requests (half GET, half POST) at concurrency 64 from one wechatpay-chain client to
 * the loopback fake (its own process), which verifies every request signature and signs every
 * response. Reports errors, responses verified, requests/s, and the heap after a full GC before
 * and after the run.
 *
 * Usage: node --expose-gc --import tsx bench/load.ts   (prints a JSON line last)
 */
import { buildLib } from './build.js';
import { format, generateKeys, readKeys, runConcurrent, writeKeys } from './common.js';
import { create } from './clients/ours.js';
import { startServer } from './process.js';

export interface LoadFigures {
  requests: number;
  concurrency: number;
  errors: number;
  verified: number;
  serverVerified: number;
  serverRefused: number;
  requestsPerSecond: number;
  heapStartMB: number;
  heapAfterWarmupMB: number;
  heapEndMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// Run alone, it builds the library itself; under bench/run.ts it finds the build in its environment.
if (!process.env.WECHATPAY_CHAIN_BENCH_LIB) buildLib();
const TOTAL = Number(process.env.BENCH_LOAD_REQUESTS ?? 20_000);
const CONCURRENCY = 64;
const keysFile = writeKeys(generateKeys());
const server = await startServer(keysFile);
const client = await create({ keys: readKeys(keysFile), baseURL: server.baseURL });
const heapStart = heapMB();
let errors = 0;
let verified = 0;
const one = async (index: number): Promise<void> => {
  try {
    // Both resolve only with a verified response whose body matched the request.
    await (index % 2 ? client.post(`LOAD${index}`) : client.get(`LOAD${index}`));
    verified++;
  } catch (error) {
    if (errors++ < 3) console.error(error);
  }
};
await runConcurrent(1000, CONCURRENCY, (i) => one(-1 - i));
const heapAfterWarmup = heapMB();
verified = 0;
await server.stats();
const start = process.hrtime.bigint();
await runConcurrent(TOTAL, CONCURRENCY, one);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const heapEnd = heapMB();
const stats = await server.stats();
server.stop();
const figures: LoadFigures = {
  requests: TOTAL,
  concurrency: CONCURRENCY,
  errors,
  verified,
  serverVerified: stats.verified,
  serverRefused: stats.refused,
  requestsPerSecond: TOTAL / seconds,
  heapStartMB: heapStart,
  heapAfterWarmupMB: heapAfterWarmup,
  heapEndMB: heapEnd,
};
console.error(
  `load: ${format(TOTAL)} requests at concurrency ${CONCURRENCY}: ${errors} errors, ${format(verified)} responses verified by the client, ` +
    `${format(stats.verified)} request signatures verified by the server (${stats.refused} refused), ${format(figures.requestsPerSecond)} req/s; ` +
    `heap after GC ${heapStart.toFixed(1)} MB at start, ${heapAfterWarmup.toFixed(1)} MB after 1,000 warm-up requests, ${heapEnd.toFixed(1)} MB after the run`,
);
process.stdout.write(`${JSON.stringify(figures)}\n`);
process.exit(errors === 0 && verified === TOTAL ? 0 : 1);
