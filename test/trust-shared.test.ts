import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCertificateStorage, SignatureError, type CertificateRefreshLock, type CertificateStorage } from 'wechatpay-chain';
import { FakeWechatpay, generatePlatformCertificate, type FakeServer } from 'wechatpay-chain/testing';
import { stateOf } from '../lib/client.js';
import { trustWorld } from './support/trust-world.js';

const servers: FakeServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));
async function world(...args: Parameters<typeof trustWorld>) {
  const made = await trustWorld(...args);
  servers.push(made.server);
  return made;
}

/** A storage over a memory one whose lock is held by someone else (e.g. a process that died holding it). */
function heldLockStorage(refreshWaitMs: number): CertificateStorage & { inner: MemoryCertificateStorage; attempts: number } {
  const inner = new MemoryCertificateStorage();
  return {
    inner,
    attempts: 0,
    refreshWaitMs,
    load: (mchid) => inner.load(mchid),
    save: (mchid, value) => inner.save(mchid, value),
    acquireRefreshLock() {
      this.attempts++;
      return undefined;
    },
  };
}

describe('the refresh lock of a storage: one download between the clients that share it', () => {
  it('8 clients on one storage, 25 concurrent responses each with a new serial: one download, all verify', async () => {
    const a = generatePlatformCertificate();
    const b = generatePlatformCertificate();
    const { fake, client, ping, downloads } = await world([a]);
    const storage = new MemoryCertificateStorage();
    const clients = Array.from({ length: 8 }, () => client({ platformCertificates: { storage } }));
    await Promise.all(clients.map((wxpay) => ping(wxpay)));
    expect(downloads()).toBe(1); // cold clients too
    fake.setPlatforms([a, b], b);
    const results = await Promise.allSettled(clients.flatMap((wxpay) => Array.from({ length: 25 }, () => ping(wxpay))));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(downloads()).toBe(2);
    expect(clients.map((wxpay) => stateOf(wxpay).trust.serials.includes(b.serial))).toEqual(Array(8).fill(true));
  });

  it('a lock held by a holder that never stores: waits refreshWaitMs, then downloads on its own', async () => {
    const { client, ping, downloads } = await world([generatePlatformCertificate()]);
    const storage = heldLockStorage(300);
    const started = performance.now();
    await expect(ping(client({ platformCertificates: { storage } }))).resolves.toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(storage.attempts).toBeGreaterThan(1); // tried again while waiting
    expect(downloads()).toBe(1);
    expect(storage.inner.load(stateOf(client()).mchid)).toBeDefined(); // and stored what it downloaded
  });

  it("a waiter takes the holder's newer list even when it lacks the wanted serial, rather than downloading again", async () => {
    const a = generatePlatformCertificate();
    const { fake, client, ping, downloads } = await world([a]);
    const memory = new MemoryCertificateStorage();
    await ping(client({ platformCertificates: { storage: memory } }));
    const record = memory.load(fake.merchant.mchid)!;
    const storage = heldLockStorage(5000);
    storage.inner.save(fake.merchant.mchid, { ...record, downloadedAt: Date.now() - 1000 });
    const wxpay = client({ platformCertificates: { storage } });
    await ping(wxpay); // loaded from the storage
    expect(downloads()).toBe(1);
    // A response names a serial nobody has; the lock holder (another process) stores its fresh download a moment later.
    fake.on('GET', 'v3/testing/ping', () => FakeWechatpay.reply({ json: { pong: true }, sign: { serial: 'ABCDEF0123' } }));
    setTimeout(() => storage.inner.save(fake.merchant.mchid, { ...record, downloadedAt: Date.now() }), 50);
    const error = await ping(wxpay).catch((e: unknown) => e);
    expect(SignatureError.is(error) && error.reason).toBe('unknown-serial');
    expect(downloads()).toBe(1);
    expect(storage.attempts).toBeGreaterThan(0);
  });

  it('a storage whose lock cannot be asked: this process downloads on its own', async () => {
    const { client, ping, downloads } = await world([generatePlatformCertificate()]);
    const inner = new MemoryCertificateStorage();
    const storage: CertificateStorage = {
      load: (mchid) => inner.load(mchid),
      save: (mchid, value) => inner.save(mchid, value),
      acquireRefreshLock: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    await expect(ping(client({ platformCertificates: { storage } }))).resolves.toMatchObject({ status: 200 });
    expect(downloads()).toBe(1);
  });

  it('the holder stores under its lock and releases it, even when the download fails', async () => {
    const { fake, client, ping } = await world([generatePlatformCertificate()]);
    const inner = new MemoryCertificateStorage();
    const events: string[] = [];
    const storage: CertificateStorage = {
      load: (mchid) => inner.load(mchid),
      save: (mchid, value, lock) => void events.push(`save under ${lock?.token}`),
      acquireRefreshLock: (mchid) => {
        const lock = inner.acquireRefreshLock(mchid);
        if (!lock) return undefined;
        events.push(`lock ${lock.token}`);
        return { token: lock.token, release: () => void (events.push(`release ${lock.token}`), lock.release()) } satisfies CertificateRefreshLock;
      },
    };
    await ping(client({ platformCertificates: { storage } }));
    expect(events).toEqual(['lock 1', 'save under 1', 'release 1']);
    fake.on('GET', 'v3/certificates', () => ({ data: 'not a list' }));
    await expect(stateOf(client({ platformCertificates: { storage } })).trust.refresh()).rejects.toThrow();
    expect(events.slice(3)).toEqual(['lock 2', 'release 2']);
  });

  it('ignores a stored record dated well in the future (a forged record must not stop refreshes)', async () => {
    const { fake, client, ping, downloads } = await world([generatePlatformCertificate()]);
    const storage = new MemoryCertificateStorage();
    await ping(client({ platformCertificates: { storage } }));
    const record = storage.load(fake.merchant.mchid)!;
    storage.save(fake.merchant.mchid, { ...record, downloadedAt: Date.now() + 3_600_000 });
    await ping(client({ platformCertificates: { storage } }));
    expect(downloads()).toBe(2);
  });
});
