import { createSign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant, generatePlatformCertificate, type FakeServer } from 'wechatpay-chain/testing';
import { caught, registerSecret } from './support/secrets.js';

const merchant = generateMerchant();
const stranger = generateMerchant();
registerSecret(merchant.privateKey);
registerSecret(stranger.privateKey);
const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function world() {
  const fake = new FakeWechatpay({ merchant, platforms: [generatePlatformCertificate()] });
  fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
  const server = await fake.listen();
  servers.push(server);
  const { certs, apiv3Key, mchid, privateKey } = fake.clientConfig();
  const base = { mchid, baseURL: server.baseURL, certs };
  return { fake, base, apiv3Key, privateKey };
}

const construct = (config: Partial<WechatpayConfig>) => () => new Wechatpay(config as WechatpayConfig);

describe('merchant certificate', () => {
  it('gives the serial: a client configured with apiclient_cert.pem alone signs requests the fake accepts', async () => {
    const { fake, base, privateKey } = await world();
    const wxpay = new Wechatpay({ ...base, privateKey, merchantCertificate: merchant.certificate });
    expect(wxpay.toJSON().serial).toBe(merchant.serial);
    await expect(wxpay.chain('v3/testing/ping').get()).resolves.toMatchObject({ status: 200 });
    expect(fake.requests.at(-1)!.verified).toBe(true);
  });

  it('accepts a matching serial in either case, and a DER certificate', async () => {
    const { base, privateKey } = await world();
    const der = Buffer.from(merchant.certificate.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const wxpay = new Wechatpay({ ...base, privateKey, serial: merchant.serial.toLowerCase(), merchantCertificate: der });
    expect(wxpay.toJSON().serial).toBe(merchant.serial);
  });

  it('reads PEM files with text before the block, as openssl pkcs12 writes them', async () => {
    const { fake, base } = await world();
    // Bag Attributes, subject and issuer lines: well over 200 bytes before "-----BEGIN".
    const attributes = `Bag Attributes\n    localKeyID: 01 00 00 00 \n    friendlyName: Tenpay Certificate\nsubject=C = CN, O = ${'商户名称'.repeat(8)}, OU = 财付通商户证书, CN = ${base.mchid}, L = Shenzhen\nissuer=C = CN, O = Tenpay.com, OU = Tenpay.com CA Center, CN = Tenpay.com Root CA\n`;
    expect(Buffer.byteLength(attributes)).toBeGreaterThan(200);
    const privateKey = attributes + (merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    const wxpay = new Wechatpay({ ...base, privateKey, merchantCertificate: attributes + merchant.certificate });
    expect(wxpay.toJSON().serial).toBe(merchant.serial);
    await expect(wxpay.chain('v3/testing/ping').get()).resolves.toMatchObject({ status: 200 });
    expect(fake.requests.at(-1)!.verified).toBe(true);
    // The label is still read: a certificate given as the private key is named as such.
    const error = await caught(construct({ ...base, privateKey: attributes + merchant.certificate, serial: merchant.serial }));
    expect(error.message).toMatch(/got PEM "CERTIFICATE"/);
  });

  it('refuses a serial that disagrees with the certificate', async () => {
    const { base, privateKey } = await world();
    const error = await caught(construct({ ...base, privateKey, serial: stranger.serial, merchantCertificate: merchant.certificate }));
    expect(ConfigError.is(error) && error.option).toBe('serial');
    expect(error.message).toContain(merchant.serial);
  });

  it('refuses a certificate and private key that are not a pair, at construction', async () => {
    const { base } = await world();
    const error = await caught(construct({ ...base, privateKey: stranger.privateKey, merchantCertificate: merchant.certificate }));
    expect(ConfigError.is(error) && error.option).toBe('merchantCertificate');
    expect(error.message).toMatch(/not the pair of `privateKey`/);
  });

  it('refuses a private key given as the certificate', async () => {
    const { base, privateKey } = await world();
    const pem = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const error = await caught(construct({ ...base, privateKey, merchantCertificate: pem }));
    expect(ConfigError.is(error) && error.option).toBe('merchantCertificate');
  });

  it('needs a serial or a certificate', async () => {
    const { base, privateKey } = await world();
    const error = await caught(construct({ ...base, privateKey }));
    expect(ConfigError.is(error) && error.option).toBe('serial');
    expect(error.message).toMatch(/merchantCertificate/);
  });
});

describe('remote signer', () => {
  it('signs every request, the certificate download included, and the private key never has to be here', async () => {
    const { fake, base, apiv3Key } = await world();
    const messages: string[] = [];
    // Stands in for a KMS: asynchronous, holding the key itself.
    const kms = async (message: string) => {
      messages.push(message);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return createSign('RSA-SHA256').update(message).sign(merchant.privateKey, 'base64');
    };
    const wxpay = new Wechatpay({ mchid: base.mchid, baseURL: base.baseURL, merchantCertificate: merchant.certificate, signer: kms, apiv3Key });
    await Promise.all([1, 2, 3].map(() => wxpay.chain('v3/testing/ping').get()));
    await wxpay.chain('v3/testing/ping').get({ query: { n: 4 } });
    expect(fake.requests.length).toBe(5); // one certificate download and four calls
    expect(fake.requests.every((r) => r.verified)).toBe(true);
    expect(messages.length).toBe(5);
    expect(messages.filter((m) => m.startsWith('GET\n/v3/certificates\n'))).toHaveLength(1);
    expect(messages.at(-1)).toMatch(/^GET\n\/v3\/testing\/ping\?n=4\n\d+\n\w{32}\n\n$/);
  });

  it('refuses a signer that is not a function', async () => {
    const { base } = await world();
    const error = await caught(construct({ ...base, serial: merchant.serial, signer: 'kms://key' as never }));
    expect(ConfigError.is(error) && error.option).toBe('signer');
  });
});

describe('automatic certificates configuration', () => {
  it('needs apiv3Key when platformCertificates is asked for', async () => {
    const { base, privateKey } = await world();
    const error = await caught(construct({ ...base, privateKey, serial: merchant.serial, platformCertificates: true }));
    expect(ConfigError.is(error) && error.option).toBe('apiv3Key');
  });

  it('refuses a refresh interval under a minute', async () => {
    const { base, privateKey, apiv3Key } = await world();
    const error = await caught(construct({ ...base, privateKey, serial: merchant.serial, apiv3Key, platformCertificates: { refreshIntervalSeconds: 5 } }));
    expect(ConfigError.is(error) && error.option).toBe('platformCertificates.refreshIntervalSeconds');
  });

  it('still needs certs when there is no apiv3Key', async () => {
    const { base, privateKey } = await world();
    const error = await caught(construct({ mchid: base.mchid, privateKey, serial: merchant.serial }));
    expect(ConfigError.is(error) && error.option).toBe('certs');
  });
});
