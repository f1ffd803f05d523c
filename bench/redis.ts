/**
 * Notifications through `handle()` with de-duplication, at concurrency 64: in memory, and in a real
 * redis-server on loopback through ioredis and node-redis. Prints figures; asserts nothing. Run by
 * `npm run bench` (bench/run.ts), or alone: `npx tsx bench/redis.ts` (last line: the figures as JSON).
 */
import { performance } from 'node:perf_hooks';
import { LIB_ENV, loadLib } from './build.js';
import { median, runConcurrent } from './common.js';
import { FakeWechatpay } from '../lib/testing/index.js';
import { libraries, type Library } from '../test/support/redis-clients.js';
import { startRedisServer } from '../test/support/redis-server.js';

const CONCURRENCY = 64;
const NOTIFICATIONS = 5_000;
/** Handled one at a time, to see the round trips alone, without the queueing of concurrency 64. */
const SEQUENTIAL = 1_000;
const ROUNDS = 5;

export interface DedupeFigures {
  /** Notifications per second at concurrency 64, median of the rounds. */
  perSecond: number;
  /** Latency of one `handle()` at concurrency 64 (mostly queueing), median of the rounds, in microseconds. */
  loadedMedianMicros: number;
  /** Latency of one `handle()` alone (concurrency 1), median, in microseconds. */
  aloneMedianMicros: number;
}
export type RedisBenchFigures = Record<'memory' | Library, DedupeFigures>;
/** What the script prints (its last line, as JSON). */
export interface RedisBenchRun {
  notifications: number;
  concurrency: number;
  sequential: number;
  rounds: number;
  figures: RedisBenchFigures;
}

const { Wechatpay, NotificationDedupe } = await loadLib();
const entry = process.env[LIB_ENV];
const { RedisNotificationDedupe } = (await import(entry ? entry.replace(/index\.js$/, 'redis/index.js') : '../lib/redis/index.js')) as typeof import('../lib/redis/index.js');

const fake = new FakeWechatpay();
const wxpay = new Wechatpay(fake.clientConfig());
const resource = { out_trade_no: 'B1', transaction_id: '4200000001', trade_state: 'SUCCESS', amount: { total: 1 } };
// Every round gets a new dedupe (a new key prefix in Redis), so each delivery is a first one: a claim, the listener, a record.
const deliveries = Array.from({ length: NOTIFICATIONS }, () => fake.notification('TRANSACTION.SUCCESS', resource as never));

async function round(dedupe: InstanceType<typeof NotificationDedupe>, count: number, concurrency: number): Promise<{ perSecond: number; medianMicros: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  await runConcurrent(count, concurrency, async (i) => {
    const t0 = performance.now();
    const result = await wxpay.notifications.handle(deliveries[i]!, () => undefined, { dedupe });
    latencies.push(performance.now() - t0);
    if (result.status !== 204) throw new Error(`reply ${result.status}: ${String(result.error)}`);
  });
  return { perSecond: count / ((performance.now() - started) / 1000), medianMicros: median(latencies) * 1000 };
}

/** Every store in turn within each round, so that JIT warm-up, GC and machine noise fall on all of them alike. */
async function measure(stores: Record<keyof RedisBenchFigures, () => InstanceType<typeof NotificationDedupe>>): Promise<RedisBenchFigures> {
  const names = Object.keys(stores) as (keyof RedisBenchFigures)[];
  for (const name of names) await round(stores[name](), NOTIFICATIONS, CONCURRENCY); // warm-up, not counted
  const loaded = new Map(names.map((name) => [name, [] as { perSecond: number; medianMicros: number }[]]));
  const alone = new Map(names.map((name) => [name, [] as number[]]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const name of names) {
      loaded.get(name)!.push(await round(stores[name](), NOTIFICATIONS, CONCURRENCY));
      alone.get(name)!.push((await round(stores[name](), SEQUENTIAL, 1)).medianMicros);
    }
  }
  const figures = {} as RedisBenchFigures;
  for (const name of names) {
    const rounds = loaded.get(name)!;
    figures[name] = { perSecond: median(rounds.map((r) => r.perSecond)), loadedMedianMicros: median(rounds.map((r) => r.medianMicros)), aloneMedianMicros: median(alone.get(name)!) };
  }
  return figures;
}

const server = await startRedisServer();
const ioredis = await libraries.ioredis(server.url);
const nodeRedis = await libraries['node-redis'](server.url);
let prefixes = 0;
const inRedis = (connection: typeof ioredis) => () => new RedisNotificationDedupe(connection.client, { mchid: fake.merchant.mchid, prefix: `bench${prefixes++}` });
const figures = await measure({ memory: () => new NotificationDedupe(), ioredis: inRedis(ioredis), 'node-redis': inRedis(nodeRedis) });
await Promise.all([ioredis.close(), nodeRedis.close()]);
await server.stop();
const run: RedisBenchRun = { notifications: NOTIFICATIONS, concurrency: CONCURRENCY, sequential: SEQUENTIAL, rounds: ROUNDS, figures };
console.log(JSON.stringify(run));
