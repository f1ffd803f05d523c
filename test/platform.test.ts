import { generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as node from '../lib/platform/node/crypto.js';
import * as web from '../lib/platform/web/crypto.js';
import * as nodeHttp from '../lib/platform/node/http.js';
import * as webHttp from '../lib/platform/web/http.js';
import * as nodeTls from '../lib/platform/node/tls.js';
import * as webTls from '../lib/platform/web/tls.js';
import * as nodeFiles from '../lib/platform/node/files.js';
import * as nodeStream from '../lib/platform/node/stream.js';
import * as webStream from '../lib/platform/web/stream.js';
import * as webFiles from '../lib/platform/web/files.js';
import type { CryptoPlatform, HttpPlatform, StreamPlatform, TlsPlatform } from '../lib/platform/contract.js';
import { createTestCertificate } from '../lib/testing/certificate.js';

// Both platforms meet the one contract (checked by the compiler: a missing or differently typed
// export fails `npm run typecheck`).
const platforms: Record<'node' | 'web', CryptoPlatform> = { node, web };
const http: Record<'node' | 'web', HttpPlatform> = { node: nodeHttp, web: webHttp };
const tls: Record<'node' | 'web', TlsPlatform> = { node: nodeTls, web: webTls };
const stream: Record<'node' | 'web', StreamPlatform> = { node: nodeStream, web: webStream };
const files: Record<'node' | 'web', Pick<typeof nodeFiles, 'download' | 'uploadOptions'>> = { node: nodeFiles, web: webFiles };

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
    expect(new TextDecoder().decode(node.decryptOaep(ciphertext, pair.privateKey))).toBe('张三');
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

  it('web refuses proxies and sends through fetch; node tracks each attempt', async () => {
    expect(http.web.proxyOptionProblem('http://proxy.internal:3128', {})).toMatch(/not available on this runtime/);
    expect(http.web.proxyOptionProblem(false, {})).toBeUndefined();
    expect(new http.web.Connections({}, { trust: undefined, identity: undefined }).attempt('https://api.mch.weixin.qq.com/v3/x', {}, 5000)).toEqual({ adapter: 'fetch' });
    const connections = new http.node.Connections({}, { trust: undefined, identity: undefined });
    const node = connections.attempt('https://api.mch.weixin.qq.com/v3/x', { proxy: false }, 5000);
    // At once without a proxy; in a promise for a proxy's first attempt only, while hpagent loads.
    expect(node).not.toBeInstanceOf(Promise);
    expect((node as Awaited<typeof node>).transport).toBeDefined();
    const proxied = await connections.attempt('https://api.mch.weixin.qq.com/v3/x', { proxy: 'http://proxy.internal:3128' }, 5000);
    expect(proxied.httpsAgent?.constructor.name).toBe('HttpsProxyAgent');
    const again = connections.attempt('https://api.mch.weixin.qq.com/v3/x', { proxy: 'http://proxy.internal:3128' }, 5000);
    expect(again).not.toBeInstanceOf(Promise);
    expect((again as Awaited<typeof again>).httpsAgent).toBe(proxied.httpsAgent);
    expect(http.node.runtime).toBe(`node/${process.versions.node}`);
  });
});

describe('APIv2 crypto on both platforms', () => {
  const key = bytes('192006250b4c09247ec02edce69f6a2d');
  it('MD5 and HMAC-SHA256 (@noble/hashes on the web) match node:crypto, synchronously', () => {
    for (const message of [bytes(''), bytes('appid=wxd930ea5d5a258f4f&body=test&key=192006250b4c09247ec02edce69f6a2d'), bytes('支付'.repeat(1000)), new Uint8Array(randomBytes(4099))]) {
      expect(web.md5Hex(message)).toBe(node.md5Hex(message));
      expect(web.hmacSha256Hex(key, message)).toBe(node.hmacSha256Hex(key, message));
    }
    expect(web.md5Hex(bytes('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
  it('SHA-1 (WebCrypto) matches node:crypto', async () => {
    const data = new Uint8Array(randomBytes(70_000));
    expect(await web.sha1Hex(data)).toBe(node.sha1Hex(data));
  });
  it('AES-256-ECB by way of WebCrypto AES-CBC decrypts what node:crypto encrypts, and refuses bad padding', async () => {
    const aesKey = bytes(node.md5Hex(key));
    for (const plaintext of ['', 'x', '0123456789abcde', '0123456789abcdef', '<root><refund_id>50000408942018111907145868882</refund_id></root>'.repeat(7)]) {
      const sealed = Buffer.from(node.encryptAesEcb(plaintext, aesKey), 'base64');
      expect(new TextDecoder().decode(await web.decryptAesEcb(sealed, aesKey))).toBe(plaintext);
      expect(new TextDecoder().decode(node.decryptAesEcb(sealed, aesKey))).toBe(plaintext);
    }
    const sealed = Buffer.from(node.encryptAesEcb('refund', aesKey), 'base64');
    const other = bytes(node.md5Hex(bytes('another-key-of-thirty-two-chars!')));
    await expect(web.decryptAesEcb(sealed, other)).rejects.toThrow();
    expect(() => node.decryptAesEcb(sealed, other)).toThrow();
    await expect(web.decryptAesEcb(sealed.subarray(1), aesKey)).rejects.toThrow('not whole AES blocks');
  });
});

describe('TLS and files on both platforms', () => {
  const merchant = { mchid: '1900000109', certificate: undefined, privateKey: undefined };
  it('web refuses ca, pkcs12 and pkcs12Passphrase with a ConfigError naming the option; node builds contexts', () => {
    for (const option of ['ca', 'pkcs12', 'pkcs12Passphrase'] as const) {
      expect(() => tls.web.tlsMaterial({ [option]: 'x' }, merchant)).toThrow(expect.objectContaining({ kind: 'ConfigError', option, message: expect.stringMatching(/node:tls/) }));
    }
    expect(tls.web.tlsMaterial({}, merchant)).toEqual({ trust: undefined, identity: undefined });
    expect(tls.web.mutualTlsProblem).toMatch(/mutual TLS.*node:tls/);
    expect(tls.node.mutualTlsProblem).toBeUndefined();
    expect(tls.node.tlsMaterial({}, merchant)).toEqual({ trust: undefined, identity: undefined });
    expect(() => new http.web.Connections({}, { trust: undefined, identity: undefined }).attempt('https://api.mch.weixin.qq.com/secapi/pay/refund', {}, 5000, true)).toThrow(/mutual TLS needs node:tls/);
  });
  it('web refuses downloads and file uploads, saying why, before anything is sent', async () => {
    await expect(files.web.download({} as never, {} as never)).rejects.toThrow(/not available on this runtime.*node:stream/);
    await expect(files.web.uploadOptions('POST', 'v3/merchant/media/upload', {})).rejects.toMatchObject({ kind: 'ParameterError', parameter: 'file', message: expect.stringMatching(/node:fs/) });
    expect(stream.web.streams).toBeUndefined();
    expect(http.web.whenStreamEnds(new Uint8Array(1), () => undefined)).toBe(false);
    expect(stream.node.streams?.isStream(stream.node.streams.streamOf(new Uint8Array(1)))).toBe(true);
  });
});
