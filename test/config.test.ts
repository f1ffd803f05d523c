import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateRsaKeyPair } from 'wechatpay-chain/testing';
import { createCertificate } from './support/certificates.js';
import { caught } from './support/secrets.js';
import { DEFAULT_BASE, createFake, merchant, mswWorld, platform } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

const valid = (): WechatpayConfig => ({
  mchid: merchant.mchid,
  serial: merchant.serial,
  privateKey: merchant.privateKey,
  certs: { [platform.serial]: platform.publicKey },
});

async function configError(patch: Record<string, unknown>): Promise<ConfigError> {
  const error = await caught(() => new Wechatpay({ ...valid(), ...patch } as WechatpayConfig));
  expect(ConfigError.is(error)).toBe(true);
  return error as ConfigError;
}

describe('construction fails with an error naming the option', () => {
  it.each([
    [{ mchid: undefined }, 'mchid'],
    [{ mchid: '' }, 'mchid'],
    [{ mchid: 1900000109 }, 'mchid'],
    [{ mchid: '19000x0109' }, 'mchid'],
    [{ serial: undefined }, 'serial'],
    [{ serial: 'not-hex-at-all' }, 'serial'],
    [{ privateKey: undefined }, 'privateKey'],
    [{ privateKey: 'abc' }, 'privateKey'],
    [{ privateKey: Buffer.from('garbage bytes') }, 'privateKey'],
    [{ privateKey: merchant.publicKey }, 'privateKey'],
    [{ privateKey: merchant.publicKey.export({ format: 'pem', type: 'spki' }) }, 'privateKey'],
    [{ privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey }, 'privateKey'],
    [{ privateKey: 'file:///nonexistent/apiclient_key.pem' }, 'privateKey'],
    [{ certs: undefined }, 'certs'],
    [{ certs: {} }, 'certs'],
    [{ certs: [] }, 'certs'],
    [{ certs: { [merchant.serial]: platform.publicKey } }, `certs.${merchant.serial}`],
    [{ certs: { PUB_KEY_ID_X: merchant.privateKey } }, 'certs.PUB_KEY_ID_X'],
    [{ certs: { PUB_KEY_ID_X: merchant.privateKey.export({ format: 'pem', type: 'pkcs8' }) } }, 'certs.PUB_KEY_ID_X'],
    [{ certs: { PUB_KEY_ID_X: 'nope' } }, 'certs.PUB_KEY_ID_X'],
    [{ baseURL: 'not a url' }, 'baseURL'],
    [{ baseURL: 'ftp://x/' }, 'baseURL'],
    [{ apiv3Key: 'short' }, 'apiv3Key'],
    [{ clockToleranceSeconds: -1 }, 'clockToleranceSeconds'],
    [{ clockToleranceSeconds: Infinity }, 'clockToleranceSeconds'],
    [{ transformResponse: [] }, 'transformResponse'],
    [{ validateStatus: () => true }, 'validateStatus'],
  ])('%j → %s', async (patch, option) => {
    const error = await configError(patch);
    expect(error.option).toBe(option);
    expect(error.message).toContain(`\`${option}\``);
  });

  it('refuses credentials in a base URL without quoting them (they would print in toJSON, inspect and errors, and are never sent)', async () => {
    const primary = await configError({ baseURL: 'https://user:s3cret@api.example.com/' });
    expect(primary.option).toBe('baseURL');
    const backup = await configError({ backupBaseURLs: ['https://user:s3cret@api2.mch.weixin.qq.com/'] });
    expect(backup.option).toBe('backupBaseURLs.0');
    for (const error of [primary, backup]) expect(error.message).not.toContain('s3cret');
  });

  it('does not quote a key it could not parse', async () => {
    const error = await configError({ privateKey: '-----BEGIN PRIVATE KEY-----\nTUlJRXZBSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS1l3Z2dTaUFnRUFBb0lCQVFD\n-----END PRIVATE KEY-----\n' });
    expect(error.message).not.toContain('TUlJRXZB');
    expect(error.message).toBe('Invalid option `privateKey`: the PEM private key could not be parsed');
  });
});

describe('keys arrive in every form merchants hold them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-keys-'));
  const pkcs8 = merchant.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const pkcs1 = merchant.privateKey.export({ format: 'pem', type: 'pkcs1' }) as string;
  writeFileSync(join(dir, 'apiclient_key.pem'), pkcs8);
  const spki = platform.publicKey.export({ format: 'pem', type: 'spki' }) as string;

  async function works(patch: Partial<WechatpayConfig>) {
    const fake = createFake();
    fake.on('GET', 'v3/certificates', () => ({ data: [] }));
    world.use(fake);
    const wxpay = new Wechatpay({ ...valid(), ...patch });
    await expect(wxpay.v3.certificates.get()).resolves.toMatchObject({ status: 200, data: { data: [] } });
    expect(fake.requests[0]!.verified).toBe(true);
  }

  it.each([
    ['PKCS#8 PEM string', pkcs8],
    ['PKCS#1 PEM string', pkcs1],
    ['PEM Buffer', Buffer.from(pkcs8)],
    ['PKCS#8 DER Buffer', merchant.privateKey.export({ format: 'der', type: 'pkcs8' })],
    ['PKCS#1 DER Buffer', merchant.privateKey.export({ format: 'der', type: 'pkcs1' })],
    ['KeyObject', merchant.privateKey],
    ['file:// string', pathToFileURL(join(dir, 'apiclient_key.pem')).href],
    ['file URL object', pathToFileURL(join(dir, 'apiclient_key.pem'))],
  ])('private key as %s', async (_, privateKey) => {
    await works({ privateKey });
  });

  it.each([
    ['SPKI PEM', spki],
    ['PKCS#1 PEM', platform.publicKey.export({ format: 'pem', type: 'pkcs1' })],
    ['SPKI DER', platform.publicKey.export({ format: 'der', type: 'spki' })],
    ['KeyObject', platform.publicKey],
  ])('WeChat Pay public key as %s', async (_, key) => {
    await works({ certs: { [platform.serial]: key } });
  });

  it('platform certificate (X.509 PEM and DER) under its serial', async () => {
    const serial = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
    const keys = generateRsaKeyPair();
    const pem = await createCertificate(keys, { serial });
    for (const cert of [pem, Buffer.from(pem), Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')]) {
      const fake = new FakeWechatpay({ merchant, platform: { serial, ...keys } });
      fake.on('GET', 'v3/certificates', () => ({ data: [] }));
      world.use(fake);
      const wxpay = new Wechatpay({ ...valid(), certs: { [serial]: cert }, baseURL: DEFAULT_BASE });
      await expect(wxpay.v3.certificates.get()).resolves.toMatchObject({ status: 200 });
    }
  });

  it('refuses a certificate filed under another serial', async () => {
    const keys = generateRsaKeyPair();
    const pem = await createCertificate(keys, { serial: '0A0B0C' });
    const error = await configError({ certs: { '5157F09EFDC096DE': pem } });
    expect(error.message).toContain('0A0B0C');
  });

  it('a certificate outside its validity window does not verify', async () => {
    const serial = '7132D72A03E93CDDF8C03BBD1F37EEDF77A3D0F2';
    const keys = generateRsaKeyPair();
    const pem = await createCertificate(keys, { serial, notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    const fake = new FakeWechatpay({ merchant, platform: { serial, ...keys } });
    fake.on('GET', 'v3/certificates', () => ({ data: [] }));
    world.use(fake);
    const wxpay = new Wechatpay({ ...valid(), certs: { [serial]: pem } });
    const error = await caught(wxpay.v3.certificates.get());
    expect(error).toMatchObject({ kind: 'SignatureError', reason: 'certificate-validity' });
  });

  it('public key mode and certificate mode at once (migration)', async () => {
    const serial = '1A2B3C4D5E6F';
    const keys = generateRsaKeyPair();
    const pem = await createCertificate(keys, { serial });
    const certs = { [platform.serial]: platform.publicKey, [serial]: pem };
    for (const signer of [platform, { serial, ...keys }]) {
      const fake = new FakeWechatpay({ merchant, platform: signer });
      fake.on('GET', 'v3/certificates', () => ({ data: [] }));
      world.use(fake);
      await expect(new Wechatpay({ ...valid(), certs }).v3.certificates.get()).resolves.toMatchObject({ status: 200 });
    }
  });
});
