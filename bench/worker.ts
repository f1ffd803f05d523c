/**
 * One client in its own process: first {@link JIT_WARMUP} requests (GET and POST alternating), then
 * for each scenario (GET or POST, at a concurrency) a short warm-up and `count` requests, reporting
 * requests/s and this process's CPU time per request (process.cpuUsage: user + system). Every
 * request is verified; any failure ends the process.
 *
 * Why the long first warm-up: V8 goes on optimizing a client's code (and Node's http code under it)
 * for thousands of requests. With only a few hundred before measuring, the background compiles
 * fell inside the measurement, and they were a third of the CPU per request at concurrency 1 (GET:
 * floor 686 → 483 µs, wechatpay-chain 911 → 581 µs with 5,000 first). `node --trace-opt` counts the
 * TurboFan compiles: by 4,000 requests they have slowed to a few per thousand for every client. A
 * merchant's server runs for hours; the steady state is what it pays per request.
 *
 * Usage: tsx bench/worker.ts <client> <keys.json> <baseURL> <scenarios JSON>
 */
import { JIT_WARMUP, readKeys, runConcurrent, type BenchEnv } from './common.js';
import type { ClientFactory } from './clients/types.js';

export interface Scenario {
  name: string;
  method: 'get' | 'post';
  concurrency: number;
  count: number;
  warmup: number;
}
export interface ScenarioResult {
  name: string;
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
  /** The user-mode part of it (the rest is system time: syscalls, mostly socket writes and reads). */
  userMicrosPerRequest: number;
}

const [client, keysFile, baseURL, scenariosJson] = process.argv.slice(2) as [string, string, string, string];
const env: BenchEnv = { keys: readKeys(keysFile), baseURL };
const { create } = (await import(`./clients/${client}.js`)) as { create: ClientFactory };
const bench = await create(env);
const scenarios = JSON.parse(scenariosJson) as Scenario[];
const results: ScenarioResult[] = [];
let serial = 0;
await runConcurrent(JIT_WARMUP, 16, (index) => bench[index % 2 ? 'post' : 'get'](`BENCH${process.pid}T${serial++}`));
for (const scenario of scenarios) {
  const send = (): Promise<void> => bench[scenario.method](`BENCH${process.pid}T${serial++}`);
  await runConcurrent(scenario.warmup, scenario.concurrency, send);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await runConcurrent(scenario.count, scenario.concurrency, send);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  results.push({ name: scenario.name, requestsPerSecond: scenario.count / seconds, cpuMicrosPerRequest: (used.user + used.system) / scenario.count, userMicrosPerRequest: used.user / scenario.count });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
