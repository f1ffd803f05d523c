/**
 * `npm run bench`: compile the library as it ships, then the proxy, peer, overhead, load and download benchmarks, each
 * client in its own process against the same kind of loopback fake (verifying request signatures,
 * signing responses). Prints the figures; exits non-zero if the load run had any error.
 */
import { cpus } from 'node:os';
import { buildLib } from './build.js';
import { runColdStart } from './cold-start.js';
import { format } from './common.js';
import { printDownload, runDownload } from './download.js';
import type { LoadFigures } from './load.js';
import type { OverheadFigures } from './overhead.js';
import type { RedisBenchRun } from './redis.js';
import { printPeers, runPeers } from './peers.js';
import { runScript } from './process.js';
import { printProxy, runProxy } from './proxy.js';

const started = Date.now();
console.log(`wechatpay-chain benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
buildLib();
await runColdStart();
printProxy(await runProxy());
printPeers(await runPeers());
const overhead = await runScript<OverheadFigures>('./overhead.ts', [], ['--expose-gc']);
console.log('\n== The client\'s own cost per call, network left out (an adapter answering with a pre-signed response; medians of 7 rounds)');
for (const [label, f] of [['warm (back to back)', overhead], ['cold (cache flushed before each call)', overhead.cold]] as const) {
  console.log(`   ${label}: bare sign + verify + JSON.parse ${format(f.bareMicros)} µs; wechatpay-chain GET ${format(f.getMicros)} µs (+${format(f.getMicros - f.bareMicros)}), POST ${format(f.postMicros)} µs (+${format(f.postMicros - f.bareMicros)})`);
}
const kept = overhead.survivingBytes;
console.log(`   bytes per call still reachable at a young-generation GC (promoted, then left for a full GC): bare ${format(kept.bare)}, GET ${format(kept.get)}, POST ${format(kept.post)}`);
const load = await runScript<LoadFigures>('./load.ts', [], ['--expose-gc']);
console.log(`\n== Load: ${format(load.requests)} requests (GET and POST alternating) at concurrency ${load.concurrency}, one wechatpay-chain client`);
console.log(`   ${load.errors} errors; ${format(load.verified)} responses verified by the client; ${format(load.serverVerified)} request signatures verified by the server (${load.serverRefused} refused); ${format(load.requestsPerSecond)} req/s`);
console.log(`   heap after GC: ${load.heapStartMB.toFixed(1)} MB at start, ${load.heapAfterWarmupMB.toFixed(1)} MB after 1,000 warm-up requests, ${load.heapEndMB.toFixed(1)} MB after the run (${(load.heapEndMB - load.heapAfterWarmupMB).toFixed(2)} MB over the run)`);
const { figures: dedupe, ...dedupeRun } = await runScript<RedisBenchRun>('./redis.ts', []);
console.log(`\n== Notifications through handle() with de-duplication: ${format(dedupeRun.notifications)} first deliveries at concurrency ${dedupeRun.concurrency}, and ${format(dedupeRun.sequential)} one at a time (medians of ${dedupeRun.rounds} rounds; a real redis-server on loopback)`);
for (const [label, f] of [['in memory', dedupe.memory], ['Redis, ioredis', dedupe.ioredis], ['Redis, node-redis', dedupe['node-redis']]] as const) {
  const added = f === dedupe.memory ? '' : ` (+${format(f.aloneMedianMicros - dedupe.memory.aloneMedianMicros)} µs per notification against in memory)`;
  console.log(`   ${label}: ${format(f.perSecond)} notifications/s, ${format(f.loadedMedianMicros)} µs each under that load; alone ${format(f.aloneMedianMicros)} µs${added}`);
}
printDownload(await runDownload());
console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
