import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeWechatpay, generateMerchant, generatePlatformCertificate } from 'wechatpay-chain/testing';
import { startWorker, type LineWorker } from '../bench/process.js';
import { serveFake } from './support/fake-server.js';
import { LIBRARIES } from './support/redis-clients.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import type { WorkerConfig, WorkerRequest } from './support/redis-worker.js';

// 8 merchant processes (half on ioredis, half on node-redis) sharing one redis-server and one fake WeChat Pay.
const PROCESSES = 8;
const NOTIFICATIONS = Number(process.env.REDIS_PROCESSES_NOTIFICATIONS ?? 10_000);
const FAIL_FIRST_ROUND_EVERY = 97;

const merchant = generateMerchant();
const a = generatePlatformCertificate();
const b = generatePlatformCertificate();
const fake = new FakeWechatpay({ merchant, platforms: [a] });
fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
const files: string[] = [];
let redis: RedisServer;
let server: { baseURL: string; close(): Promise<void> };
let workers: LineWorker[] = [];

const ask = <T>(worker: LineWorker, request: WorkerRequest) => worker.request<T & { error?: string }>(request).then((reply) => {
  if (reply.error) throw new Error(reply.error);
  return reply;
});
const certificateDownloads = () => fake.requests.filter((r) => r.url.startsWith('/v3/certificates')).length;

beforeAll(async () => {
  [redis, server] = await Promise.all([startRedisServer(), serveFake(fake)]);
  workers = Array.from({ length: PROCESSES }, (_, i) => {
    const file = join(tmpdir(), `wechatpay-chain-worker-${process.pid}-${i}.json`);
    files.push(file);
    const config: WorkerConfig = {
      baseURL: server.baseURL,
      mchid: merchant.mchid,
      serial: merchant.serial,
      privateKey: merchant.privateKey!.export({ type: 'pkcs8', format: 'pem' }).toString(),
      apiv3Key: fake.apiv3Key,
      redisUrl: redis.url,
      library: LIBRARIES[i % LIBRARIES.length]!,
      prefix: 'processes',
    };
    writeFileSync(file, JSON.stringify(config), { mode: 0o600 });
    return startWorker('../test/support/redis-worker.ts', [file]);
  });
  await Promise.all(workers.map((w) => w.ready));
}, 60_000);

afterAll(async () => {
  for (const worker of workers) worker.stop();
  await Promise.all([server?.close(), redis?.stop()]);
  for (const file of files) rmSync(file, { force: true });
});

it(`${PROCESSES} processes, 1,000 concurrent answers signed with a new serial: exactly one certificate download`, async () => {
  type Pinged = { ok: number; failed: number; firstError?: string; downloads: number };
  const cold = await Promise.all(workers.map((w) => ask<Pinged>(w, { op: 'ping', count: 5 })));
  const coldDownloads = certificateDownloads();
  fake.setPlatforms([a, b], b);
  const rotated = await Promise.all(workers.map((w) => ask<Pinged>(w, { op: 'ping', count: 1000 / PROCESSES })));
  const rotationDownloads = certificateDownloads() - coldDownloads;
  const verified = rotated.reduce((sum, r) => sum + r.ok, 0);
  console.log(`[redis-processes] certificates: ${PROCESSES} cold processes × 5 requests → ${coldDownloads} download(s); rotation: 1,000 concurrent answers signed with a new serial → ${rotationDownloads} download(s), ${verified} verified, ${rotated.reduce((s, r) => s + r.failed, 0)} failed`);
  expect(cold.every((r) => r.failed === 0)).toBe(true);
  expect(coldDownloads).toBe(1);
  expect(rotated.map((r) => r.firstError).filter(Boolean)).toEqual([]);
  expect(verified).toBe(1000);
  expect(rotationDownloads).toBe(1);
}, 120_000);

it(`the same ${NOTIFICATIONS.toLocaleString('en-US')} notifications delivered to all ${PROCESSES} processes, concurrently and repeated: each handled exactly once, none lost`, async () => {
  type Delivered = { statuses: number[]; completed: number[]; failedOnPurpose: number };
  const deliveries = Array.from({ length: NOTIFICATIONS }, (_, i) => {
    const { headers, body } = fake.notification('TRANSACTION.SUCCESS', { out_trade_no: `P${i}` } as never);
    return { headers, body };
  });
  const file = join(tmpdir(), `wechatpay-chain-deliveries-${process.pid}.json`);
  files.push(file);
  writeFileSync(file, JSON.stringify(deliveries));
  await Promise.all(workers.map((w) => ask(w, { op: 'load', file })));

  const handled = new Array<number>(NOTIFICATIONS).fill(0);
  const statuses: Record<number, number> = {};
  let failedOnPurpose = 0;
  // Each process's deliveries that were not acknowledged with a 2xx are delivered again, as WeChat Pay does.
  let pending = workers.map(() => Array.from({ length: NOTIFICATIONS }, (_, i) => i));
  let round = 0;
  while (pending.some((list) => list.length) && round < 20) {
    round++;
    const replies = await Promise.all(workers.map((w, i) => ask<Delivered>(w, { op: 'deliver', round, indices: pending[i]!, failFirstRoundEvery: FAIL_FIRST_ROUND_EVERY })));
    pending = replies.map((reply, i) => pending[i]!.filter((_, n) => reply.statuses[n]! >= 300));
    for (const reply of replies) {
      for (const index of reply.completed) handled[index]!++;
      for (const status of reply.statuses) statuses[status] = (statuses[status] ?? 0) + 1;
      failedOnPurpose += reply.failedOnPurpose;
    }
  }
  // Then every notification once more to every process: all duplicates now.
  const again = await Promise.all(workers.map((w) => ask<Delivered>(w, { op: 'deliver', round: round + 1, indices: deliveries.map((_, i) => i), failFirstRoundEvery: FAIL_FIRST_ROUND_EVERY })));
  for (const reply of again) for (const index of reply.completed) handled[index]!++;
  const repeatedStatuses: Record<number, number> = {};
  for (const reply of again) for (const status of reply.statuses) repeatedStatuses[status] = (repeatedStatuses[status] ?? 0) + 1;

  const once = handled.filter((n) => n === 1).length;
  const twice = handled.filter((n) => n > 1).length;
  const lost = handled.filter((n) => n === 0).length;
  console.log(
    `[redis-processes] notifications: ${NOTIFICATIONS} × ${PROCESSES} processes, redelivered until acknowledged in ${round} rounds: replies ${JSON.stringify(statuses)} (${failedOnPurpose} listener runs failed on purpose, then redelivered); ` +
      `delivered once more to all: ${JSON.stringify(repeatedStatuses)}; handled exactly once: ${once}, more than once: ${twice}, lost: ${lost}`,
  );
  expect(pending.every((list) => list.length === 0)).toBe(true);
  expect(failedOnPurpose).toBeGreaterThan(0);
  expect(repeatedStatuses).toEqual({ 204: NOTIFICATIONS * PROCESSES });
  expect({ once, twice, lost }).toEqual({ once: NOTIFICATIONS, twice: 0, lost: 0 });
}, 300_000);
