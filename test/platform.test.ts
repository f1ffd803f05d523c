import { generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as node from '../lib/platform/node/crypto.js';
import * as web from '../lib/platform/web/crypto.js';
import * as nodeHttp from '../lib/platform/node/http.js';
import * as webHttp from '../lib/platform/web/http.js';
import type { CryptoPlatform, HttpPlatform } from '../lib/platform/contract.js';
import { createTestCertificate } from '../lib/testing/certificate.js';

// Both platforms meet the one contract (checked by the compiler: a missing or differently typed
// export fails `npm run typecheck`).
const platforms: Record<'node' | 'web', CryptoPlatform> = { node, web };
const http: Record<'node' | 'web', HttpPlatform> = { node: nodeHttp, web: webHttp };

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = {
  pkcs8: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  pkcs1: pair.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  spki: pair.publicKey.export({ type: 'spki', format: 'pem' }) as string,
  pkcs1Public: pair.publicKey.export({ type: 'pkcs1', format: 'pem' }) as string,
};
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('WebCrypto platform, checked against node:crypto', () => {
  it('reads PKCS#8 and PKCS#1 private keys, PEM and DER, and derives the public key node:crypto does', () => {
    const spkiDer = new Uint8Array(pair.publicKey.export({ type: 'spki', format: 'der' }));
    for (const key of [
      web.privateKey(bytes(pem.pkcs8), 'pem'),
      web.privateKey(bytes(pem.pkcs1), 'pem'),
      web.privateKey(new Uint8Array(pair.privateKey.export({ type: 'pkcs8', format: 'der' })), 'pkcs8'),
      web.privateKey(new Uint8Array(pair.privateKey.export({ type: 'pkcs1', format: 'der' })), 'pkcs1'),
    ]) {
      expect(web.keyType(key)).toBe('private');
      expect(web.modulusLength(key)).toBe(2048);
      expect(Buffer.from((web.publicKeyOf(key) as { der: Uint8Array }).der)).toEqual(Buffer.from(spkiDer));
    }
    for (const key of [web.publicKey(bytes(pem.spki), 'pem'), web.publicKey(bytes(pem.pkcs1Public), 'pem')]) {
      expect(Buffer.from((key as { der: Uint8Array }).der)).toEqual(Buffer.from(spkiDer));
    }
  });

  it('refuses what is not an RSA key', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => web.privateKey(bytes(ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string), 'pem')).toThrow();
    expect(() => web.publicKey(bytes(ec.publicKey.export({ type: 'spki', format: 'pem' }) as string), 'pem')).toThrow();
    expect(() => web.privateKey(randomBytes(64), 'pkcs8')).toThrow();
    expect(() => web.certificate(randomBytes(64))).toThrow();
  });

  it('reads a certificate as node:crypto does: serial, validity, key', () => {
    for (const serial of ['1A2B3C4D5E6F708192A3B4C5D6E7F80912345678', '01', '7F00FF']) {
      const certificate = createTestCertificate({ publicKey: pair.publicKey, signingKey: pair.privateKey, serial, notBefore: new Date('2024-01-02T03:04:05Z'), notAfter: new Date('2054-01-02T03:04:05Z') });
      const expected = new X509Certificate(certificate);
      const parsed = web.certificate(bytes(certificate));
      expect(parsed.serialNumber).toBe(expected.serialNumber.toUpperCase());
      expect(parsed.validFrom).toEqual(new Date(expected.validFrom));
      expect(parsed.validTo).toEqual(new Date(expected.validTo));
      expect(web.sameKey(parsed.publicKey, web.publicKey(bytes(pem.spki), 'pem'))).toBe(true);
      expect(new X509Certificate(parsed.pem).fingerprint256).toBe(expected.fingerprint256);
      expect(web.certificate(new Uint8Array(expected.raw)).serialNumber).toBe(parsed.serialNumber);
    }
  });

  it('signs and verifies SHA256withRSA as node:crypto does, both ways', async () => {
    const message = `POST\n/v3/pay/transactions/native\n${Date.now()}\nnonce\n{"a":"中文"}\n`;
    const webKey = web.privateKey(bytes(pem.pkcs8), 'pem');
    const webPublic = web.publicKey(bytes(pem.spki), 'pem');
    const signed = await web.signSha256Rsa(message, webKey);
    expect(signed).toBe(node.signSha256Rsa(message, pair.privateKey)); // PKCS#1 v1.5 is deterministic
    expect(await web.verifySha256Rsa(['POST\n', bytes(message.slice(5))], signed, webPublic)).toBe(true);
    expect(await web.verifySha256Rsa(message + ' ', signed, webPublic)).toBe(false);
    expect(await web.verifySha256Rsa(message, 'not base64 at all!', webPublic)).toBe(false);
  });

  it('AES-256-GCM and RSA-OAEP interoperate with node:crypto', async () => {
    const key = new Uint8Array(randomBytes(32));
    const sealed = node.encryptAesGcm('{"out_trade_no":"1217752501201407033233368018"}', key, 'abcdefghijkl', 'transaction');
    expect(await web.encryptAesGcm('{"out_trade_no":"1217752501201407033233368018"}', key, 'abcdefghijkl', 'transaction')).toBe(sealed);
    const data = new Uint8Array(Buffer.from(sealed, 'base64'));
    const opened = await web.decryptAesGcm(data, key, bytes('abcdefghijkl'), bytes('transaction'));
    expect(new TextDecoder().decode(opened)).toContain('1217752501201407033233368018');
    await expect(web.decryptAesGcm(data, key, bytes('abcdefghijkl'), bytes('other'))).rejects.toThrow();
    const ciphertext = await web.encryptOaep(bytes('张三'), web.publicKey(bytes(pem.spki), 'pem'));
    expect(node.decryptOaep(ciphertext, pair.privateKey)).toBe('张三');
  });

  it('keeps key bytes out of util.inspect and JSON', async () => {
    const { inspect } = await import('node:util');
    const key = web.privateKey(bytes(pem.pkcs8), 'pem');
    const secretPart = Buffer.from((key as { der: Uint8Array }).der).toString('base64').slice(100, 140);
    expect(inspect(key, { depth: 5, showHidden: true })).not.toContain('Uint8Array');
    expect(JSON.stringify({ key })).not.toContain(secretPart);
    expect(JSON.stringify({ ...key })).not.toContain(secretPart);
  });

  it('has no file system to read a file:// key from, and says so', () => {
    expect(() => web.readFile('file:///etc/wxpay/apiclient_key.pem')).toThrow(/no file system.*PEM text/);
  });
});

describe('platform contract', () => {
  it('the platforms agree on whether signing answers synchronously, as each signs', async () => {
    for (const [name, platform] of Object.entries(platforms)) {
      const key = platform.privateKey(bytes(pem.pkcs8), 'pem');
      const result = platform.signSha256Rsa('x', key);
      expect(typeof result === 'string', name).toBe(platform.signsSynchronously);
      await result;
    }
  });

  it('web refuses proxies and sends through fetch; node tracks each attempt', () => {
    expect(http.web.proxyOptionProblem('http://proxy.internal:3128', {})).toMatch(/not available on this runtime/);
    expect(http.web.proxyOptionProblem(false, {})).toBeUndefined();
    expect(new http.web.Connections({}).attempt('https://api.mch.weixin.qq.com/v3/x', {}, 5000)).toEqual({ adapter: 'fetch' });
    const node = new http.node.Connections({}).attempt('https://api.mch.weixin.qq.com/v3/x', { proxy: false }, 5000);
    expect(node.transport).toBeDefined();
    expect(http.node.runtime).toBe(`node/${process.versions.node}`);
  });
});
