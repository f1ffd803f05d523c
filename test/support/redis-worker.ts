/**
 * One merchant process of the multi-process tests (test/redis-processes.test.ts): a client that
 * downloads platform certificates through Redis, and a notification handler de-duplicated in Redis.
 * Spoken to in JSON lines on stdin/stdout; run with `node --import tsx`.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Wechatpay, type Notification } from '../../lib/index.js';
import { RedisCertificateStorage, RedisNotificationDedupe } from '../../lib/redis/index.js';
import { stateOf } from '../../lib/client.js';
import { runConcurrent } from '../../bench/common.js';
import { libraries, type Library } from './redis-clients.js';

export interface WorkerConfig {
  baseURL: string;
  mchid: string;
  serial: string;
  privateKey: string;
  apiv3Key: string;
  redisUrl: string;
  library: Library;
  prefix: string;
}

export type WorkerRequest =
  | { op: 'ping'; count: number }
  | { op: 'load'; file: string }
  | { op: 'deliver'; round: number; indices: number[]; failFirstRoundEvery: number };

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as WorkerConfig;
const connection = await libraries[config.library](config.redisUrl);
const wxpay = new Wechatpay({
  mchid: config.mchid,
  serial: config.serial,
  privateKey: config.privateKey,
  apiv3Key: config.apiv3Key,
  baseURL: config.baseURL,
  // Bounds far above what the test needs (here and on Redis commands): on a loaded machine 1,000 answers
  // from one fake take a while, and what is checked is how many downloads they cause, not how fast.
  connectTimeout: 60_000,
  timeout: 120_000,
  platformCertificates: { storage: new RedisCertificateStorage(connection.client, { prefix: config.prefix, refreshWaitMs: 60_000, commandTimeoutMs: 10_000 }) },
});
const dedupe = new RedisNotificationDedupe(connection.client, { mchid: config.mchid, prefix: config.prefix, commandTimeoutMs: 10_000 });
let deliveries: { headers: Record<string, string>; body: string }[] = [];

async function answer(request: WorkerRequest): Promise<unknown> {
  if (request.op === 'ping') {
    const results = await Promise.allSettled(Array.from({ length: request.count }, () => wxpay.chain('v3/testing/ping').get()));
    const failed = results.filter((r) => r.status === 'rejected');
    return { ok: results.length - failed.length, failed: failed.length, firstError: failed[0] && String(failed[0].reason), downloads: stateOf(wxpay).trust.downloads };
  }
  if (request.op === 'load') {
    deliveries = JSON.parse(readFileSync(request.file, 'utf8')) as typeof deliveries;
    return { loaded: deliveries.length };
  }
  const statuses: number[] = [];
  const completed: number[] = [];
  let failedOnPurpose = 0;
  await runConcurrent(request.indices.length, 64, async (n) => {
    const index = request.indices[n]!;
    const listener = async (event: Notification) => {
      if (event.duplicate) return;
      await new Promise((resolve) => setImmediate(resolve)); // let other deliveries interleave
      if (request.round === 1 && index % request.failFirstRoundEvery === 0) {
        failedOnPurpose++;
        throw new Error('failed on purpose: WeChat Pay must deliver it again');
      }
      completed.push(index);
    };
    const result = await wxpay.notifications.handle(deliveries[index]!, listener, { dedupe, onError: () => undefined });
    statuses[n] = result.status;
  });
  return { statuses, completed, failedOnPurpose };
}

createInterface({ input: process.stdin })
  .on('line', (line) => {
    answer(JSON.parse(line) as WorkerRequest).then(
      (reply) => console.log(JSON.stringify(reply)),
      (error: unknown) => console.log(JSON.stringify({ error: String(error) })),
    );
  })
  .on('close', () => {
    void connection.close().then(() => process.exit(0));
  });
console.log(JSON.stringify({ ready: process.pid }));
