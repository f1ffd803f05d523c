/**
 * One client in its own process, driven by bench/peers.ts over stdin: it sends {@link JIT_WARMUP}
 * requests first (GET and POST alternating), then answers each command line (a {@link Slice}: a
 * short warm-up and `count` requests of one scenario) with a line of figures: requests/s and this
 * process's CPU time per request (process.cpuUsage: user + system). Every request is verified; any
 * failure ends the process.
 *
 * Why a long-lived process taking slices, rather than one that runs each scenario to the end: the
 * runner alternates the clients every few hundred requests, so that they all share the same spells
 * of a shared machine (see bench/peers.ts).
 *
 * Why the long first warm-up: V8 goes on optimizing a client's code (and Node's http code under it)
 * for thousands of requests. With only a few hundred before measuring, the background compiles
 * fell inside the measurement, and they were a third of the CPU per request at concurrency 1 (GET:
 * floor 686 → 483 µs, wechatpay-chain 911 → 581 µs with 5,000 first). `node --trace-opt` counts the
 * TurboFan compiles: by 4,000 requests they have slowed to a few per thousand for every client. A
 * merchant's server runs for hours; the steady state is what it pays per request.
 *
 * Usage: tsx bench/worker.ts <client> <keys.json> <baseURL>, then one JSON {@link Slice} per stdin
 * line; prints `{"ready":true}` once warmed up and one {@link SliceResult} per slice.
 */
import { createInterface } from 'node:readline';
import { JIT_WARMUP, readKeys, runConcurrent, type BenchEnv } from './common.js';
import type { ClientFactory } from './clients/types.js';

/** Part of one scenario's measurement: `warmup` requests unmeasured, then `count` measured. */
export interface Slice {
  method: 'get' | 'post';
  concurrency: number;
  count: number;
  warmup: number;
}
export interface SliceResult {
  requests: number;
  seconds: number;
  /** CPU time of this process over the measured requests, in µs. */
  cpuMicros: number;
  /** The user-mode part of it (the rest is system time: syscalls, mostly socket writes and reads). */
  userMicros: number;
}

const [client, keysFile, baseURL] = process.argv.slice(2) as [string, string, string];
const env: BenchEnv = { keys: readKeys(keysFile), baseURL };
const { create } = (await import(`./clients/${client}.js`)) as { create: ClientFactory };
const bench = await create(env);
let serial = 0;
await runConcurrent(JIT_WARMUP, 16, (index) => bench[index % 2 ? 'post' : 'get'](`BENCH${process.pid}T${serial++}`));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const slice = JSON.parse(line) as Slice;
  const send = (): Promise<void> => bench[slice.method](`BENCH${process.pid}T${serial++}`);
  await runConcurrent(slice.warmup, slice.concurrency, send);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await runConcurrent(slice.count, slice.concurrency, send);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const result: SliceResult = { requests: slice.count, seconds, cpuMicros: used.user + used.system, userMicros: used.user };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
process.exit(0);
