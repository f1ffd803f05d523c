import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Redis } from 'ioredis';
import type { HandleResult, Notification, Wechatpay } from 'wechatpay-chain';
import { generatePlatformCertificate, type FakeNotification, type FakeServer } from 'wechatpay-chain/testing';
import { RedisCertificateStorage, RedisNotificationDedupe } from 'wechatpay-chain/redis';
import { runConcurrent } from '../bench/common.js';
import { LIBRARIES, inspector, libraries, type Connection } from './support/redis-clients.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { trustWorld } from './support/trust-world.js';

// Persistent (an append-only file synced on every write), so that a killed and restarted Redis keeps
// what it had acknowledged, as a production Redis with AOF does.
let server: RedisServer;
let admin: Redis;
const connections: Connection[] = [];
const servers: FakeServer[] = [];
beforeAll(async () => {
  server = await startRedisServer({ persistent: true });
  admin = inspector(server.url);
});
afterAll(async () => {
  await Promise.all([...connections.map((c) => c.close()), ...servers.map((s) => s.close())]);
  admin.disconnect();
  await server.stop();
});

async function world() {
  const made = await trustWorld([generatePlatformCertificate()]);
  servers.push(made.server);
  return made;
}

/** Deliver as WeChat Pay does: again and again, each delivery not acknowledged with a 2xx, until all are. */
async function deliverUntilAcknowledged(wxpay: Wechatpay, deliveries: FakeNotification[], handle: (wxpay: Wechatpay, delivery: FakeNotification) => Promise<HandleResult>) {
  const statuses = new Map<number, number>();
  let pending = deliveries;
  let rounds = 0;
  while (pending.length && rounds++ < 50) {
    const results = await Promise.all(pending.map((delivery) => handle(wxpay, delivery)));
    for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    pending = pending.filter((_, i) => results[i]!.status >= 300);
    if (pending.length) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { statuses: Object.fromEntries(statuses), rounds, unacknowledged: pending.length };
}

describe.each(LIBRARIES)('with %s', (library) => {
  const connect = async () => {
    const connection = await libraries[library](server.url);
    connections.push(connection);
    return connection.client;
  };

  it('Redis killed mid-run: certificates fall back to each process\'s own download, logged once; shared again after the restart', async () => {
    const { fake, client, ping, downloads } = await world();
    const log = vi.fn();
    const storage = new RedisCertificateStorage(await connect(), { prefix: `kill-${library}`, commandTimeoutMs: 300, log });
    await ping(client({ platformCertificates: { storage } }));
    expect(downloads()).toBe(1);
    await server.kill();
    for (let i = 0; i < 3; i++) await expect(ping(client({ platformCertificates: { storage } }))).resolves.toMatchObject({ status: 200 });
    expect(downloads()).toBe(4);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/^Redis \w+ .*until Redis answers, each process downloads its own platform certificates$/);
    await server.restart();
    await vi.waitFor(async () => expect(await storage.load(fake.merchant.mchid)).toBeDefined(), { timeout: 5000, interval: 100 });
    expect(log).toHaveBeenLastCalledWith('Redis answers again: platform certificates are shared again');
    expect(log).toHaveBeenCalledTimes(2);
    await ping(client({ platformCertificates: { storage } })); // the record written before the crash
    expect(downloads()).toBe(4);
  }, 30_000);

  it('Redis killed mid-run: deliveries meanwhile are refused (503) and redelivered; each notification handled exactly once', async () => {
    const { fake, client } = await world();
    const wxpay = client();
    // A short lease: a claim that reached Redis just before the crash, unanswered, frees itself soon.
    const dedupe = new RedisNotificationDedupe(await connect(), { mchid: fake.merchant.mchid, prefix: `kill-${library}`, commandTimeoutMs: 300, leaseSeconds: 5 });
    const lenient = new RedisNotificationDedupe(await connect(), { mchid: fake.merchant.mchid, prefix: `kill-${library}`, commandTimeoutMs: 300, onUnavailable: 'handle' });
    const deliveries = Array.from({ length: 300 }, (_, i) => fake.notification('TRANSACTION.SUCCESS', { out_trade_no: `K${i}` } as never));
    const runs = new Map<string, number>();
    const listener = async (event: Notification) => {
      if (event.duplicate) return;
      runs.set(event.id, (runs.get(event.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const first = new Map<number, number>();
    let completed = 0;
    let killed: Promise<void> | undefined;
    await runConcurrent(deliveries.length, 20, async (i) => {
      const { status } = await wxpay.notifications.handle(deliveries[i]!, listener, { dedupe, onError: () => undefined });
      first.set(status, (first.get(status) ?? 0) + 1);
      if (++completed === 100) killed = server.kill();
    });
    await killed;
    // With onUnavailable 'handle' the listener runs, and is told.
    const told: Notification[] = [];
    await wxpay.notifications.handle(fake.notification('TRANSACTION.SUCCESS', { out_trade_no: 'L1' } as never), (event) => void told.push(event), { dedupe: lenient, onError: () => undefined });
    expect(told).toMatchObject([{ duplicate: false, dedupeUnavailable: true }]);
    await server.restart();
    const redelivered = await deliverUntilAcknowledged(wxpay, deliveries, (client, delivery) => client.notifications.handle(delivery, listener, { dedupe, onError: () => undefined }));
    const counts = [...runs.values()];
    console.log(`[redis-faults ${library}] killed after 100 of 300 deliveries: first pass ${JSON.stringify(Object.fromEntries(first))}; after restart, every notification delivered again until acknowledged: ${JSON.stringify(redelivered.statuses)} in ${redelivered.rounds} rounds; records written again in the background: ${dedupe.unrecorded} left; handled once: ${counts.filter((n) => n === 1).length}, twice or more: ${counts.filter((n) => n > 1).length}, never: ${deliveries.length - runs.size}`);
    expect(first.get(503) ?? 0).toBeGreaterThan(0);
    expect(redelivered.unacknowledged).toBe(0);
    expect(runs.size).toBe(deliveries.length);
    expect(counts.every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('slow Redis (DEBUG SLEEP): refused in time rather than stuck, the late claims taken back, then handled once each', async () => {
    const { fake, client, ping, downloads } = await world();
    const wxpay = client();
    const prefix = `slow-${library}`;
    const connection = await connect();
    const dedupe = new RedisNotificationDedupe(connection, { mchid: fake.merchant.mchid, prefix, commandTimeoutMs: 200 });
    const log = vi.fn();
    const storage = new RedisCertificateStorage(connection, { prefix, commandTimeoutMs: 200, log });
    const deliveries = Array.from({ length: 20 }, (_, i) => fake.notification('TRANSACTION.SUCCESS', { out_trade_no: `S${i}` } as never));
    const runs = new Map<string, number>();
    const listener = (event: Notification) => void (event.duplicate || runs.set(event.id, (runs.get(event.id) ?? 0) + 1));
    let asleep = true;
    const sleeping = admin.call('DEBUG', 'SLEEP', '1.5').finally(() => (asleep = false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await Promise.all(deliveries.map((d) => wxpay.notifications.handle(d, listener, { dedupe, onError: () => undefined })));
    await expect(ping(client({ platformCertificates: { storage } }))).resolves.toMatchObject({ status: 200 });
    const answeredWhileAsleep = asleep;
    await sleeping;
    expect(answeredWhileAsleep).toBe(true);
    expect(during.map((r) => r.status)).toEqual(Array(20).fill(503));
    expect(runs.size).toBe(0);
    expect(downloads()).toBe(2); // the notifications' client's, and the storage client's own, Redis being too slow
    expect(log).toHaveBeenCalledTimes(1);
    // The claims Redis ran after the sleep were deleted right after by their owners: no 409 now.
    const after = await Promise.all(deliveries.map((d) => wxpay.notifications.handle(d, listener, { dedupe })));
    console.log(`[redis-faults ${library}] DEBUG SLEEP 1.5 s: ${during.length} deliveries refused with 503 while it slept; then ${after.filter((r) => r.status === 204).length} of ${after.length} handled at the next delivery; handled twice: ${[...runs.values()].filter((n) => n > 1).length}`);
    expect(after.map((r) => r.status)).toEqual(Array(20).fill(204));
    expect([...runs.values()]).toEqual(Array(20).fill(1));
  }, 30_000);
});

