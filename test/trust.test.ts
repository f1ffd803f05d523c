import { afterAll, describe, expect, it, vi } from 'vitest';
import { ApiError, CertificateError, ConfigError, MemoryCertificateStorage, refreshCertificates, SignatureError, Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant, generatePlatform, generatePlatformCertificate, type FakeServer, type TestPlatform } from 'wechatpay-chain/testing';
import { stateOf } from '../lib/client.js';
import { caught, registerSecret } from './support/secrets.js';

const merchant = generateMerchant();
registerSecret(merchant.privateKey);
const DAY = 86_400_000;

const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** A fake holding `platforms` on loopback, answering GET v3/testing/ping; and a client factory for it. */
async function world(platforms: TestPlatform[], options: { clock?: () => number } = {}) {
  const fake = new FakeWechatpay({ merchant, platforms, clock: options.clock });
  registerSecret(fake.apiv3Key);
  fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
  const server = await fake.listen();
  servers.push(server);
  const { certs: _certs, ...identity } = fake.clientConfig();
  /** A client: by default with the APIv3 key only (certificates downloaded automatically). */
  const client = (extra: Partial<WechatpayConfig> = {}) => new Wechatpay({ ...identity, baseURL: server.baseURL, clock: options.clock, ...extra });
  const ping = (wxpay: Wechatpay, headers?: Record<string, string>) => wxpay.chain('v3/testing/ping').get({ headers });
  const downloads = () => fake.requests.filter((r) => r.url.startsWith('/v3/certificates')).length;
  return { fake, server, client, ping, downloads };
}

describe('public-key mode', () => {
  it('verifies with the WeChat Pay public key under its PUB_KEY_ID', async () => {
    const publicKey = generatePlatform();
    const { fake, client, ping, downloads } = await world([publicKey]);
    const wxpay = client({ apiv3Key: undefined, certs: fake.clientConfig().certs });
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200, data: { pong: true } });
    expect(downloads()).toBe(0);
  });

  it('understands 404 RESOURCE_NOT_EXISTS from GET /v3/certificates: not fatal, the public key still verifies', async () => {
    const publicKey = generatePlatform();
    const { fake, client, ping, downloads } = await world([publicKey]);
    const wxpay = client({ certs: fake.clientConfig().certs, platformCertificates: true });
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200 });
    await expect(stateOf(wxpay).trust.refresh()).resolves.toBeUndefined();
    expect(stateOf(wxpay).trust.mode).toBe('public-key');
    expect(downloads()).toBe(1);
  });

  it('with only the APIv3 key, explains that the merchant needs its public key in `certs`', async () => {
    const { client, ping } = await world([generatePlatform()]);
    const error = await caught(ping(client()));
    expect(SignatureError.is(error) && error.reason).toBe('unknown-serial');
    expect(error.message).toMatch(/404 RESOURCE_NOT_EXISTS.*WeChat Pay public key.*`certs`/);
  });
});

describe('certificate mode', () => {
  it('downloads, decrypts and bootstraps on first use, then serves from memory', async () => {
    const cert = generatePlatformCertificate();
    const { client, ping, downloads } = await world([cert]);
    const wxpay = client();
    expect(downloads()).toBe(0); // nothing is sent at construction
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200, data: { pong: true } });
    await ping(wxpay);
    expect(downloads()).toBe(1);
    expect(stateOf(wxpay).trust.serials).toEqual([cert.serial]);
    expect(stateOf(wxpay).trust.mode).toBe('certificate');
  });

  it('refreshCertificates() downloads at start-up, failing fast on a wrong APIv3 key', async () => {
    const cert = generatePlatformCertificate();
    const { client, downloads } = await world([cert]);
    await expect(refreshCertificates(client())).resolves.toEqual({ mode: 'certificate', serials: [cert.serial] });
    expect(downloads()).toBe(1);
    const error = await caught(refreshCertificates(client({ apiv3Key: 'Z'.repeat(32) })));
    expect(CertificateError.is(error) && error.reason).toBe('decrypt');
    const unmanaged = await caught(() => refreshCertificates(client({ certs: { [cert.serial]: cert.certificate } })));
    expect(ConfigError.is(unmanaged) && unmanaged.option).toBe('platformCertificates');
  });

  it('accepts configured platform certificates without downloading', async () => {
    const { fake, client, ping, downloads } = await world([generatePlatformCertificate()]);
    await expect(ping(client({ certs: fake.clientConfig().certs }))).resolves.toMatchObject({ status: 200 });
    expect(downloads()).toBe(0);
  });

  it('refreshes on schedule (12 h by default) and keeps serving with the old keys meanwhile', async () => {
    let now = Date.now();
    const clock = () => now;
    const cert = generatePlatformCertificate();
    const { client, ping, downloads } = await world([cert], { clock });
    const wxpay = client();
    await ping(wxpay);
    now += 12 * 3_600_000 - 1000;
    await ping(wxpay);
    expect(downloads()).toBe(1);
    now += 2000;
    await ping(wxpay); // served with the keys held; the refresh runs in the background
    await vi.waitFor(() => expect(downloads()).toBe(2));
  });
});

describe('migration between the two modes', () => {
  it('verifies responses signed by the public key and by a platform certificate, side by side', async () => {
    const publicKey = generatePlatform();
    const cert = generatePlatformCertificate();
    const { fake, client, ping } = await world([publicKey, cert]);
    const wxpay = client({ certs: { [publicKey.serial]: publicKey.publicKey }, platformCertificates: true });
    const byPublicKey = await ping(wxpay);
    expect(byPublicKey.headers['wechatpay-serial']).toBe(publicKey.serial);
    fake.setPlatforms([publicKey, cert], cert);
    const byCertificate = await ping(wxpay);
    expect(byCertificate.headers['wechatpay-serial']).toBe(cert.serial);
    expect(stateOf(wxpay).trust.serials.sort()).toEqual([publicKey.serial, cert.serial].sort());
  });

  it('accepts both kinds in `certs` without downloading', async () => {
    const publicKey = generatePlatform();
    const cert = generatePlatformCertificate();
    const { fake, client, ping } = await world([publicKey, cert]);
    const wxpay = client({ certs: fake.clientConfig().certs, apiv3Key: undefined });
    await ping(wxpay);
    fake.setPlatforms([publicKey, cert], cert);
    await ping(wxpay);
  });
});

describe('rotation', () => {
  it('A → A+B → B without a failed request, whether the refresh is scheduled or forced by an unknown serial', async () => {
    let now = Date.now();
    const clock = () => now;
    const a = generatePlatformCertificate({ notBefore: new Date(now - 300 * DAY), notAfter: new Date(now + 10 * DAY) });
    const b = generatePlatformCertificate();
    const { fake, client, ping, downloads } = await world([a], { clock });
    const wxpay = client();
    const serials: string[] = [];
    const call = async () => serials.push((await ping(wxpay)).headers['wechatpay-serial'] as string);

    await call();
    fake.setPlatforms([a, b]); // B published, A still signs
    await call();
    fake.setPlatforms([a, b], b); // B signs before the client's next scheduled refresh
    await call(); // unknown serial B → one refresh, bootstrapped from the list
    expect(downloads()).toBe(2);
    await call();
    fake.setPlatforms([b]); // A withdrawn
    now += 12 * 3_600_000;
    await call();
    await stateOf(wxpay).trust.refresh();
    expect(serials).toEqual([a.serial, a.serial, b.serial, b.serial, b.serial]);
    expect(stateOf(wxpay).trust.serials).toEqual([b.serial]);
  });

  it('an unverified 404 after a good download keeps the still-valid certificates (regression: it emptied the store)', async () => {
    const cert = generatePlatformCertificate();
    const { fake, client, ping } = await world([cert]);
    const wxpay = client();
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200 });
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: 'injected' }, sign: 'unsigned' }));
    await stateOf(wxpay).trust.refresh();
    expect(stateOf(wxpay).trust.serials).toEqual([cert.serial]);
    expect(stateOf(wxpay).trust.mode).toBe('certificate');
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200 });
  });

  it('encrypts with the newest certificate once it is published', async () => {
    const a = generatePlatformCertificate({ notBefore: new Date(Date.now() - 300 * DAY) });
    const b = generatePlatformCertificate({ notBefore: new Date(Date.now() - DAY) });
    const { client } = await world([a, b]);
    const wxpay = client();
    await stateOf(wxpay).trust.refresh();
    await expect(stateOf(wxpay).trust.encryptionKey()).resolves.toMatchObject({ serial: b.serial });
  });
});

describe('validity windows', () => {
  it('rejects a response signed by an expired configured certificate', async () => {
    const expired = generatePlatformCertificate({ notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) });
    const { fake, client, ping } = await world([expired]);
    const error = await caught(ping(client({ certs: fake.clientConfig().certs })));
    expect(SignatureError.is(error) && error.reason).toBe('certificate-validity');
  });

  it('rejects a response signed by an expired downloaded certificate', async () => {
    const expired = generatePlatformCertificate({ notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) });
    const { client, ping } = await world([expired]);
    const error = await caught(ping(client()));
    // The certificates response itself is signed by it too, so the download is what fails.
    expect(CertificateError.is(error) && error.reason).toBe('signature');
    expect(error.message).toMatch(/valid only from/);
  });

  it('rejects a certificate not valid yet', async () => {
    const future = generatePlatformCertificate({ notBefore: new Date(Date.now() + DAY) });
    const { fake, client, ping } = await world([future]);
    const error = await caught(ping(client({ certs: fake.clientConfig().certs })));
    expect(SignatureError.is(error) && error.reason).toBe('certificate-validity');
  });
});

describe('unknown serials', () => {
  it('100 concurrent responses with a new serial cause exactly one refresh, and all verify', async () => {
    const a = generatePlatformCertificate();
    const b = generatePlatformCertificate();
    const { fake, client, ping, downloads } = await world([a]);
    const wxpay = client();
    await ping(wxpay);
    fake.setPlatforms([a, b], b);
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => ping(wxpay)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(downloads()).toBe(2);
    expect(stateOf(wxpay).trust.downloads).toBe(2);
  });

  it('100 concurrent first requests of a cold client share one download', async () => {
    const { client, ping, downloads } = await world([generatePlatformCertificate()]);
    const wxpay = client();
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => ping(wxpay)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(downloads()).toBe(1);
  });

  it('a first response signed by a serial the download lacks fails as unknown-serial, saying so', async () => {
    const { fake, client, downloads } = await world([generatePlatformCertificate()]);
    fake.on('GET', 'v3/testing/forged', () => FakeWechatpay.reply({ json: {}, sign: { serial: '7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF' } }));
    const error = await caught(client().chain('v3/testing/forged').get());
    expect(SignatureError.is(error) && error.reason).toBe('unknown-serial');
    expect(error.message).toMatch(/the platform certificates downloaded at \S+ do not include it/);
    expect(downloads()).toBe(1);
  });

  it('a flood of serials that never appear causes one refresh a minute at most', async () => {
    let now = Date.now();
    const clock = () => now;
    const { fake, client, ping, downloads } = await world([generatePlatformCertificate()], { clock });
    fake.on('GET', 'v3/testing/forged', () => FakeWechatpay.reply({ json: {}, sign: { serial: '7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF' } }));
    const wxpay = client();
    await ping(wxpay);
    const flood = () => Promise.allSettled(Array.from({ length: 100 }, () => wxpay.chain('v3/testing/forged').get()));
    const first = await flood();
    expect(first.every((r) => r.status === 'rejected' && SignatureError.is(r.reason) && r.reason.reason === 'unknown-serial')).toBe(true);
    expect(downloads()).toBe(2);
    await flood();
    now += 59_000;
    await flood();
    expect(downloads()).toBe(2);
    now += 2000;
    await flood();
    expect(downloads()).toBe(3);
    const error = await caught(wxpay.chain('v3/testing/forged').get());
    expect(error.message).toMatch(/next refresh for an unknown serial is allowed from/);
  });
});

describe('refused downloads: clear errors, nothing trusted', () => {
  it('a tampered certificate ciphertext', async () => {
    const { fake, client, ping } = await world([generatePlatformCertificate()]);
    fake.on('GET', 'v3/certificates', () => {
      const list = fake.certificateList();
      const envelope = list.data[0]!.encrypt_certificate;
      const bytes = Buffer.from(envelope.ciphertext, 'base64');
      bytes[10] = bytes[10]! ^ 1;
      envelope.ciphertext = bytes.toString('base64');
      return list;
    });
    const wxpay = client();
    const error = await caught(ping(wxpay));
    expect(CertificateError.is(error) && error.reason).toBe('decrypt');
    expect(error.message).toMatch(/wrong APIv3 key, or the ciphertext, nonce or associated data was altered/);
    expect(stateOf(wxpay).trust.serials).toEqual([]);
  });

  it('a wrong APIv3 key', async () => {
    const { client, ping } = await world([generatePlatformCertificate()]);
    const wxpay = client({ apiv3Key: 'A'.repeat(32) });
    const error = await caught(ping(wxpay));
    expect(CertificateError.is(error) && error.reason).toBe('decrypt');
    expect(error.message).toMatch(/wrong APIv3 key/);
    expect(error.message).not.toContain('A'.repeat(32));
    expect(stateOf(wxpay).trust.serials).toEqual([]);
  });

  it('a certificates response with a bad signature', async () => {
    const { fake, client, ping } = await world([generatePlatformCertificate()]);
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ json: fake.certificateList(), sign: 'forge-signature' }));
    const wxpay = client();
    const error = await caught(ping(wxpay));
    expect(CertificateError.is(error) && error.reason).toBe('signature');
    expect(error.message).toMatch(/bad-signature/);
    expect(stateOf(wxpay).trust.serials).toEqual([]);
  });

  it('a refresh whose response was altered after a trusted key signed it', async () => {
    const a = generatePlatformCertificate();
    const { fake, client, ping } = await world([a]);
    const wxpay = client();
    await ping(wxpay);
    fake.setPlatforms([a, generatePlatformCertificate()]);
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ json: fake.certificateList(), sign: 'tamper-body' }));
    const error = await caught(stateOf(wxpay).trust.refresh());
    // Checked before decryption, because the signer is already trusted.
    expect(CertificateError.is(error) && error.reason).toBe('signature');
    expect(stateOf(wxpay).trust.serials).toEqual([a.serial]);
  });

  it('a failed download is a CertificateError wrapping the API error, so the call it interrupted is not retried', async () => {
    const { fake, client, ping } = await world([generatePlatformCertificate()]);
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ status: 503, json: { code: 'SYSTEM_ERROR', message: '系统繁忙' } }));
    const wxpay = client({ retry: { attempts: 3, delayMs: 1 } });
    const error = await caught(ping(wxpay));
    expect(CertificateError.is(error) && error.reason).toBe('download');
    expect(ApiError.is(error.cause) && error.cause.code).toBe('SYSTEM_ERROR');
    expect(error.message).toMatch(/GET \/v3\/certificates failed: Request failed with status code 503/);
    expect(fake.requests.filter((r) => r.url === '/v3/testing/ping')).toHaveLength(1);
  });

  it('a certificate filed under another serial', async () => {
    const { fake, client, ping } = await world([generatePlatformCertificate()]);
    fake.on('GET', 'v3/certificates', () => {
      const list = fake.certificateList();
      list.data[0]!.serial_no = '1234';
      return list;
    });
    const error = await caught(ping(client()));
    expect(CertificateError.is(error) && error.reason).toBe('malformed');
  });

  it('a failed refresh keeps what was trusted before', async () => {
    const a = generatePlatformCertificate();
    const { fake, client, ping } = await world([a]);
    const wxpay = client();
    await ping(wxpay);
    fake.on('GET', 'v3/certificates', () => ({ data: [{ serial_no: a.serial, encrypt_certificate: { nonce: 'x', ciphertext: 'AAAA' } }] }));
    await expect(stateOf(wxpay).trust.refresh()).rejects.toSatisfy(CertificateError.is);
    expect(stateOf(wxpay).trust.serials).toEqual([a.serial]);
    await expect(ping(wxpay)).resolves.toMatchObject({ status: 200 });
  });
});

describe('storage', () => {
  it('processes sharing a storage download once', async () => {
    const { client, ping, downloads } = await world([generatePlatformCertificate()]);
    const storage = new MemoryCertificateStorage();
    await ping(client({ platformCertificates: { storage } }));
    await ping(client({ platformCertificates: { storage } }));
    expect(downloads()).toBe(1);
  });

  it('stores only ciphertext, and ignores entries that do not authenticate', async () => {
    const { fake, client, ping, downloads } = await world([generatePlatformCertificate()]);
    const storage = new MemoryCertificateStorage();
    await ping(client({ platformCertificates: { storage } }));
    const stored = storage.load(fake.merchant.mchid)!;
    expect(JSON.stringify(stored)).not.toContain('BEGIN CERTIFICATE');
    // An attacker with write access to the storage slips in a certificate of their own.
    const intruder = generatePlatformCertificate();
    const forged = { ...stored, data: [{ ...stored.data[0]!, serial_no: intruder.serial, encrypt_certificate: { ...stored.data[0]!.encrypt_certificate, ciphertext: Buffer.from(intruder.certificate).toString('base64') } }] };
    storage.save(fake.merchant.mchid, { ...forged, downloadedAt: Date.now() + 1000 });
    const other = client({ platformCertificates: { storage } });
    await ping(other);
    expect(downloads()).toBe(2);
    expect(stateOf(other).trust.serials).not.toContain(intruder.serial);
  });

  it('a storage that is down costs a download, nothing more', async () => {
    const { client, ping, downloads } = await world([generatePlatformCertificate()]);
    const broken = { load: () => Promise.reject(new Error('ECONNREFUSED')), save: () => Promise.reject(new Error('ECONNREFUSED')) };
    await expect(ping(client({ platformCertificates: { storage: broken } }))).resolves.toMatchObject({ status: 200 });
    expect(downloads()).toBe(1);
  });

  it('honours refreshIntervalSeconds, and an empty `certs` beside downloads', async () => {
    let now = Date.now();
    const clock = () => now;
    const { client, ping, downloads } = await world([generatePlatformCertificate()], { clock });
    const wxpay = client({ certs: {}, platformCertificates: { refreshIntervalSeconds: 3600 } });
    await ping(wxpay);
    now += 3_600_000;
    await ping(wxpay);
    await vi.waitFor(() => expect(downloads()).toBe(2));
  });

  it('several merchants in one process each have their own store', async () => {
    const one = await world([generatePlatformCertificate()]);
    const other = await world([generatePlatformCertificate()]);
    const a = one.client();
    const b = other.client();
    await Promise.all([one.ping(a), other.ping(b)]);
    expect(stateOf(a).trust.serials).toEqual([one.fake.platform.serial]);
    expect(stateOf(b).trust.serials).toEqual([other.fake.platform.serial]);
  });
});

describe('pluggable verifier', () => {
  it('checks every response signature, given the key the trust store chose', async () => {
    const { fake, client, ping } = await world([generatePlatform()]);
    const seen: string[] = [];
    let answer = true;
    const wxpay = client({
      certs: fake.clientConfig().certs,
      verifier: ({ message, serial, key }) => {
        seen.push(serial);
        expect(Buffer.from(message).toString('utf8')).toMatch(/^\d+\n\w+\n\{"pong":true\}\n$/);
        expect(key.key.asymmetricKeyType).toBe('rsa');
        return answer;
      },
    });
    await ping(wxpay);
    answer = false;
    const error = await caught(ping(wxpay));
    expect(SignatureError.is(error) && error.reason).toBe('bad-signature');
    expect(seen).toEqual([fake.platform.serial, fake.platform.serial]);
  });
});

describe('the testing kit certificate', () => {
  it('parses with @peculiar/x509 as well as node:crypto', async () => {
    const x509 = await import('@peculiar/x509');
    const { webcrypto } = await import('node:crypto');
    x509.cryptoProvider.set(webcrypto as unknown as Crypto);
    const cert = generatePlatformCertificate({ notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2060-01-01T00:00:00Z') });
    const parsed = new x509.X509Certificate(cert.certificate);
    expect(parsed.serialNumber.toUpperCase()).toBe(cert.serial);
    expect(parsed.notAfter.toISOString()).toBe('2060-01-01T00:00:00.000Z');
  });
});

describe('docs/trust.md', () => {
  it('runs its testing-kit sample as printed: a rotation without a failed request', async () => {
    const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const page = readFileSync('docs/trust.md', 'utf8');
    const samples = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.includes("from 'wechatpay-chain/testing'"));
    expect(samples).toHaveLength(1);
    const dir = join('test', '.doc-samples');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'run-trust-0.ts');
    writeFileSync(file, `${samples[0]}\nexport {};\n`);
    const printed: unknown[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      await import(pathToFileURL(join(process.cwd(), file)).href);
    } finally {
      spy.mockRestore();
    }
    expect(printed).toEqual([[true], [true]]);
  });
});

describe('certificate mode on msw', () => {
  it('the msw handlers serve GET /v3/certificates too', async () => {
    const { setupServer } = await import('msw/node');
    const { mswHandlers } = await import('wechatpay-chain/testing/msw');
    const cert = generatePlatformCertificate();
    const fake = new FakeWechatpay({ merchant, platforms: [cert] });
    fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
    const msw = setupServer(...mswHandlers(fake));
    msw.listen({ onUnhandledRequest: 'error' });
    try {
      const { certs: _certs, ...config } = fake.clientConfig();
      const wxpay = new Wechatpay(config);
      await expect(wxpay.chain('v3/testing/ping').get()).resolves.toMatchObject({ data: { pong: true } });
      expect(stateOf(wxpay).trust.serials).toEqual([cert.serial]);
    } finally {
      msw.close();
    }
  });
});
