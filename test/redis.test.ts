import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from 'wechatpay-chain';
import { generatePlatformCertificate, type FakeServer } from 'wechatpay-chain/testing';
import { RedisCertificateStorage, RedisNotificationDedupe } from 'wechatpay-chain/redis';
import { stateOf } from '../lib/client.js';
import { LIBRARIES, inspector, libraries, type Connection } from './support/redis-clients.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { trustWorld } from './support/trust-world.js';

let server: RedisServer;
let admin: Redis;
const connections: Connection[] = [];
const servers: FakeServer[] = [];
beforeAll(async () => {
  server = await startRedisServer();
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

describe.each(LIBRARIES)('with %s', (library) => {
  const connect = async () => {
    const connection = await libraries[library](server.url);
    connections.push(connection);
    return connection.client;
  };
  const prefix = `t-${library}`;
  // A generous bound on commands: these tests count downloads, and a loaded machine's stall must not pass for an outage.
  const sharedStorage = async () => new RedisCertificateStorage(await connect(), { prefix, commandTimeoutMs: 10_000 });

  describe('RedisCertificateStorage', () => {
    it('stores the encrypted list under the merchant hash tag, with expiries, and releases its lock', async () => {
      const { fake, client, ping, downloads } = await world();
      const storage = await sharedStorage();
      await ping(client({ platformCertificates: { storage } }));
      const base = `${prefix}:{${fake.merchant.mchid}}:certificates`;
      const record = await admin.hgetall(base);
      expect(Object.keys(record).sort()).toEqual(['data', 'downloadedAt', 'mode']);
      expect(record.mode).toBe('certificate');
      expect(record.data).not.toContain('BEGIN CERTIFICATE');
      expect(await admin.pttl(base)).toBeGreaterThan(604_000_000);
      expect(await admin.exists(`${base}:lock`)).toBe(0);
      expect(await admin.get(`${base}:fence`)).toBe('1');
      expect(await admin.pttl(`${base}:fence`)).toBeGreaterThan(0);
      // A second process reads it instead of downloading.
      await ping(client({ platformCertificates: { storage: await sharedStorage() } }));
      expect(downloads()).toBe(1);
    });

    it('8 clients facing a new serial together: one download, every response verifies', async () => {
      const { fake, client, ping, downloads } = await world();
      const clients = await Promise.all(Array.from({ length: 8 }, async () => client({ platformCertificates: { storage: await sharedStorage() } })));
      await Promise.all(clients.map((wxpay) => ping(wxpay)));
      expect(downloads()).toBe(1);
      const b = generatePlatformCertificate();
      fake.setPlatforms([fake.platform, b], b);
      const results = await Promise.allSettled(clients.flatMap((wxpay) => Array.from({ length: 20 }, () => ping(wxpay))));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(downloads()).toBe(2);
    });

    it('fencing: a holder whose lock expired cannot release the next holder\'s lock nor overwrite its download', async () => {
      const storage = new RedisCertificateStorage(await connect(), { prefix, lockSeconds: 0.2 });
      const mchid = `fence${library.length}`;
      const first = (await storage.acquireRefreshLock(mchid))!;
      expect(await storage.acquireRefreshLock(mchid)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 300)); // its holder "died": the lease ran out
      const second = (await storage.acquireRefreshLock(mchid))!;
      expect(Number(second.token)).toBeGreaterThan(Number(first.token));
      await first.release();
      expect(await storage.acquireRefreshLock(mchid)).toBeUndefined(); // still the second's
      await storage.save(mchid, { downloadedAt: 2000, mode: 'certificate', data: [] }, second);
      await storage.save(mchid, { downloadedAt: 3000, mode: 'certificate', data: [] }, first);
      expect((await storage.load(mchid))?.downloadedAt).toBe(2000);
      await storage.save(mchid, { downloadedAt: 1000, mode: 'certificate', data: [] }); // older than stored
      expect((await storage.load(mchid))?.downloadedAt).toBe(2000);
      await second.release();
      expect(await storage.acquireRefreshLock(mchid)).toBeDefined();
    });

    it('a certificate slipped into Redis fails authentication: the client downloads instead', async () => {
      const { fake, client, ping, downloads } = await world();
      const storage = await sharedStorage();
      await ping(client({ platformCertificates: { storage } }));
      const key = `${prefix}:{${fake.merchant.mchid}}:certificates`;
      const intruder = generatePlatformCertificate();
      const [entry] = JSON.parse((await admin.hget(key, 'data'))!) as { serial_no: string; encrypt_certificate: { ciphertext: string } }[];
      const forged = [{ ...entry, serial_no: intruder.serial, encrypt_certificate: { ...entry!.encrypt_certificate, ciphertext: Buffer.from(intruder.certificate).toString('base64') } }];
      await admin.hset(key, 'data', JSON.stringify(forged), 'downloadedAt', String(Date.now()));
      const other = client({ platformCertificates: { storage } });
      await expect(ping(other)).resolves.toMatchObject({ status: 200 });
      expect(downloads()).toBe(2);
      expect(stateOf(other).trust.serials).not.toContain(intruder.serial);
    });
  });

  describe('RedisNotificationDedupe', () => {
    it('100 concurrent deliveries of one notification: exactly one listener run; done kept 48 h', async () => {
      const { fake, client } = await world();
      const wxpay = client();
      const dedupe = new RedisNotificationDedupe(await connect(), { mchid: fake.merchant.mchid, prefix });
      const delivery = fake.notification('TRANSACTION.SUCCESS', { out_trade_no: 'A1' } as never);
      const key = `${prefix}:${fake.merchant.mchid}:notification:${delivery.id}`;
      let runs = 0;
      let claimTtl = 0;
      // The listener holds its claim until the 99 other deliveries have been answered, so every one of
      // them meets the claim (409), however the machine schedules them; a second run would not wait.
      let answered = 0;
      let othersAnswered!: () => void;
      const others = new Promise<void>((resolve) => (othersAnswered = resolve));
      const listener = async (event: Notification) => {
        if (event.duplicate) return;
        runs++;
        claimTtl = await admin.pttl(key);
        expect(await admin.get(key)).toMatch(/^claimed:/);
        if (runs === 1) await others;
      };
      const deliver = () => wxpay.notifications.handle(delivery, listener, { dedupe, onError: () => undefined });
      const results = await Promise.all(
        Array.from({ length: 100 }, () =>
          deliver().then((result) => {
            if (++answered === 99) othersAnswered();
            return result;
          }),
        ),
      );
      expect(runs).toBe(1);
      expect(results.filter((r) => r.status === 204)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(99);
      expect(claimTtl).toBeGreaterThan(100_000); // the 120 s lease
      expect(await admin.get(key)).toBe('done');
      expect(await admin.pttl(key)).toBeGreaterThan(172_000_000);
      expect((await wxpay.notifications.handle(delivery, listener, { dedupe })).status).toBe(204);
      expect(runs).toBe(1);
    });

    it('a failed handling releases the claim; the redelivery is handled', async () => {
      const { fake, client } = await world();
      const wxpay = client();
      const dedupe = new RedisNotificationDedupe(await connect(), { mchid: fake.merchant.mchid, prefix });
      const delivery = fake.notification('TRANSACTION.SUCCESS', { out_trade_no: 'A2' } as never);
      const failed = await wxpay.notifications.handle(delivery, () => Promise.reject(new Error('database down')), { dedupe, onError: () => undefined });
      expect(failed.status).toBe(500);
      expect(await admin.exists(`${prefix}:${fake.merchant.mchid}:notification:${delivery.id}`)).toBe(0);
      const seen: boolean[] = [];
      await wxpay.notifications.handle(delivery, (event) => void seen.push(event.duplicate!), { dedupe });
      expect(seen).toEqual([false]);
    });
  });
});

describe('options and what is printed', () => {
  it('reads only own options, refuses braces in the prefix and a missing mchid', () => {
    const redis = new Redis({ lazyConnect: true });
    const inherited = Object.create({ prefix: 'evil{tag}' }) as object;
    expect(() => new RedisCertificateStorage(redis, inherited)).not.toThrow();
    expect(() => new RedisCertificateStorage(redis, { prefix: 'a{b}' })).toThrow(/no braces/);
    expect(() => new RedisNotificationDedupe(redis, {} as never)).toThrow(/mchid/);
    expect(() => new RedisNotificationDedupe(redis, { mchid: '1{x}' })).toThrow(/mchid/);
    expect(() => new RedisCertificateStorage({} as never)).toThrow(/ioredis.*node-redis/);
  });

  it('never prints the Redis connection (and its password)', () => {
    const redis = new Redis({ lazyConnect: true, password: 'redis-secret-password' });
    const storage = new RedisCertificateStorage(redis);
    const dedupe = new RedisNotificationDedupe(redis, { mchid: '1900000109' });
    for (const value of [storage, dedupe]) {
      expect(inspect(value, { depth: 10 })).not.toContain('redis-secret-password');
      expect(JSON.stringify(value)).not.toContain('redis-secret-password');
    }
  });
});
