// Mutual TLS: the merchant certificate (PEM pair or PKCS#12) presented only for the calls that need it
// and only to their own host, directly or inside a proxy's CONNECT tunnel; the fake's CA trusted
// through the client's `ca` option, never by turning verification off.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, NetworkError, Wechatpay } from 'wechatpay-chain';
import type { FakeServer } from 'wechatpay-chain/testing';
import { caught } from './support/secrets.js';
import { createFake } from './support/world.js';

const fake = createFake();
fake.on('GET', 'v3/certificates-free/ping', () => ({ pong: true }));
let server: FakeServer;
const REFUND = { appid: 'wx8888888888888888', mch_id: '1900000109', transaction_id: '4200000001201407033233368018', out_trade_no: '1217752501201407033233368018', out_refund_no: '1217752501201407033233368018', total_fee: 888, refund_fee: 888 };

beforeAll(async () => {
  server = await fake.listen({ tls: true });
});
afterAll(() => server.close());

const client = (extra: Record<string, unknown> = {}) => new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL, ...extra });
const last = () => fake.requests.at(-1)!;

describe('the merchant certificate', () => {
  it('is presented for a call that needs it, and not for any other', async () => {
    const wxpay = client();
    await wxpay.v3.certificatesFree.ping.get();
    expect(last().tls).toEqual({ clientCertificate: undefined });
    const refund = await wxpay.v2.secapi.pay.refund.post({ xml: REFUND });
    expect(refund.data).toMatchObject({ return_code: 'SUCCESS', result_code: 'SUCCESS' });
    expect(last().tls?.clientCertificate?.equals(new (await import('node:crypto')).X509Certificate(fake.merchant.certificate!).raw)).toBe(true);
    // security: true asks for it on an operation that does not require it.
    await wxpay.v2.pay.micropay.post({ xml: { appid: 'wx8888888888888888', mch_id: '1900000109', body: 'x', out_trade_no: '1', total_fee: 1, spbill_create_ip: '8.8.8.8', auth_code: '1' }, security: true });
    expect(last().tls?.clientCertificate).toBeInstanceOf(Buffer);
  });

  it('a call that needs it has no backup host: it is presented to the call\'s own host only', async () => {
    const wxpay = client({ backupBaseURLs: ['https://127.0.0.1:9/'] });
    const closed = 'https://127.0.0.1:9/';
    const error = await caught(wxpay.v2.secapi.pay.refund.post({ xml: REFUND, baseURL: closed }));
    expect(NetworkError.is(error)).toBe(true);
  });

  it('travels inside a proxy\'s CONNECT tunnel, never to the proxy', async () => {
    const tunnels: string[] = [];
    const proxy: Server = createServer((_, res) => res.writeHead(405).end());
    proxy.on('connect', (req, socket, head) => {
      tunnels.push(req.url!);
      const [host, port] = req.url!.split(':');
      const upstream = connect(Number(port), host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const wxpay = client({ proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      await wxpay.v2.secapi.pay.refund.post({ xml: REFUND });
      expect(tunnels).toEqual([new URL(server.baseURL).host]);
      expect(last().tls?.clientCertificate).toBeInstanceOf(Buffer);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });

  it('the fake\'s CA must be trusted through `ca`: without it the TLS handshake fails', async () => {
    const { ca: _ca, ...config } = fake.clientConfig();
    const error = await caught(new Wechatpay({ ...config, baseURL: server.baseURL }).v3.certificatesFree.ping.get());
    expect(NetworkError.is(error)).toBe(true);
    const bad = await caught(Promise.resolve().then(() => client({ ca: 'not a certificate' })));
    expect(ConfigError.is(bad) && bad.option).toBe('ca');
  });
});

const openssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!openssl)('PKCS#12 (apiclient_cert.p12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'p12-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const p12 = (name: string, passphrase: string, extra: string[] = []): Buffer | undefined => {
    writeFileSync(join(dir, 'cert.pem'), fake.merchant.certificate!);
    writeFileSync(join(dir, 'key.pem'), fake.merchant.privateKey!.export({ type: 'pkcs8', format: 'pem' }));
    try {
      execFileSync('openssl', ['pkcs12', '-export', ...extra, '-in', join(dir, 'cert.pem'), '-inkey', join(dir, 'key.pem'), '-out', join(dir, name), '-passout', `pass:${passphrase}`], { stdio: 'pipe' });
      return readFileSync(join(dir, name));
    } catch {
      return undefined;
    }
  };
  // Read once the fake serves HTTPS, so that its CA is in the config.
  const withoutPem = () => {
    const { merchantCertificate: _pem, ...config } = fake.clientConfig();
    return config;
  };

  it('with the merchant ID as passphrase (the default) serves mutual TLS', async () => {
    const wxpay = new Wechatpay({ ...withoutPem(), pkcs12: p12('apiclient_cert.p12', fake.merchant.mchid), baseURL: server.baseURL });
    const refund = await wxpay.v2.secapi.pay.refund.post({ xml: REFUND });
    expect(refund.data).toMatchObject({ return_code: 'SUCCESS' });
  });

  it('another passphrase is given as pkcs12Passphrase; a wrong one is a ConfigError that never quotes it', () => {
    const file = p12('other.p12', 'c0rrect-horse-battery');
    expect(() => new Wechatpay({ ...withoutPem(), pkcs12: file, pkcs12Passphrase: 'c0rrect-horse-battery' })).not.toThrow();
    const error = (() => {
      try {
        new Wechatpay({ ...withoutPem(), pkcs12: file, pkcs12Passphrase: 'wr0ng-horse-battery' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('accepted');
    })();
    expect([error.option, error.message.includes('wr0ng')]).toEqual(['pkcs12', false]);
    expect(() => new Wechatpay({ ...fake.clientConfig(), pkcs12: file })).toThrow(/not both/);
  });

  it('one OpenSSL 3 refuses (RC2-40, as older downloads are) is a ConfigError saying how to convert it', () => {
    const legacy = p12('legacy.p12', fake.merchant.mchid, ['-legacy']);
    if (!legacy) return; // this openssl has no legacy provider to write one with
    expect(() => new Wechatpay({ ...withoutPem(), pkcs12: legacy })).toThrow(/openssl pkcs12 -legacy -in apiclient_cert\.p12 -nodes/);
  });
});
