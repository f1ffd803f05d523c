import { constants, publicEncrypt, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, ParameterError, Wechatpay, WechatpayError, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant, generatePlatform, generatePlatformCertificate, type FakeServer, type TestPlatform } from 'wechatpay-chain/testing';
import { caught, registerSecret } from './support/secrets.js';

const merchant = generateMerchant();
registerSecret(merchant.privateKey);
const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** A fake that decrypts `name` with the key its request's Wechatpay-Serial names, as WeChat Pay does. */
async function world(platforms: TestPlatform[]) {
  const fake = new FakeWechatpay({ merchant, platforms });
  fake.on('POST', 'v3/profitsharing/receivers/add', ({ json, headers }) => {
    const serial = headers['wechatpay-serial'];
    const { name } = json as { name?: string };
    return { serial, name: name && serial ? fake.decrypt(name, serial) : undefined };
  });
  const server = await fake.listen();
  servers.push(server);
  const { certs: _certs, ...identity } = fake.clientConfig();
  const client = (extra: Partial<WechatpayConfig> = {}) => new Wechatpay({ ...identity, baseURL: server.baseURL, ...extra });
  const add = (wxpay: Wechatpay, json: Record<string, unknown>, headers?: Record<string, string>) =>
    wxpay.chain('v3/profitsharing/receivers/add').post({ json: { appid: 'wx8888888888888888', type: 'PERSONAL_OPENID', account: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', relation_type: 'PARTNER', ...json }, headers });
  return { fake, client, add };
}

describe('wxpay.encrypt() and the Wechatpay-Serial it implies', () => {
  it('sets Wechatpay-Serial to the public key that encrypted a field (public-key mode)', async () => {
    const publicKey = generatePlatform();
    const { fake, client, add } = await world([publicKey]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    const response = await add(wxpay, { name: await wxpay.encrypt('张三') });
    expect(response.data).toEqual({ serial: publicKey.serial, name: '张三' });
  });

  it('downloads certificates first and uses the newest valid one (certificate mode)', async () => {
    const old = generatePlatformCertificate({ notBefore: new Date(Date.now() - 200 * 86_400_000) });
    const newest = generatePlatformCertificate();
    const { client, add } = await world([old, newest]);
    const wxpay = client();
    const name = await wxpay.encrypt('李四');
    const response = await add(wxpay, { name });
    expect(response.data).toEqual({ serial: newest.serial, name: '李四' });
  });

  it('prefers the WeChat Pay public key during a migration, and takes another key on request', async () => {
    const publicKey = generatePlatform();
    const cert = generatePlatformCertificate();
    const { fake, client, add } = await world([publicKey, cert]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    expect((await add(wxpay, { name: await wxpay.encrypt('王五') })).data).toEqual({ serial: publicKey.serial, name: '王五' });
    expect((await add(wxpay, { name: await wxpay.encrypt('王五', { serial: cert.serial }) })).data).toEqual({ serial: cert.serial, name: '王五' });
  });

  it('encrypts with a configured public key at once, not after a certificate download that may fail', async () => {
    const publicKey = generatePlatform();
    const { fake, client, add } = await world([publicKey]);
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ status: 503, json: { code: 'SYSTEM_ERROR', message: '系统繁忙' } }));
    const wxpay = client({ certs: fake.clientConfig().certs, platformCertificates: true });
    const name = await wxpay.encrypt('赵六');
    expect(fake.requests.filter((r) => r.url.startsWith('/v3/certificates'))).toHaveLength(0);
    expect((await add(wxpay, { name })).data).toEqual({ serial: publicKey.serial, name: '赵六' });
  });

  it('lets an explicit header win, sent once', async () => {
    const publicKey = generatePlatform();
    const cert = generatePlatformCertificate();
    const { fake, client, add } = await world([publicKey, cert]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    const name = await wxpay.encrypt('赵六', { serial: cert.serial });
    const response = await add(wxpay, { name }, { 'wechatpay-serial': cert.serial });
    expect(response.data).toEqual({ serial: cert.serial, name: '赵六' });
    expect(fake.requests.at(-1)!.headers['wechatpay-serial']).toBe(cert.serial);
  });

  it('refuses a body mixing fields encrypted with two keys, before sending', async () => {
    const publicKey = generatePlatform();
    const cert = generatePlatformCertificate();
    const { fake, client, add } = await world([publicKey, cert]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    const name = await wxpay.encrypt('孙七', { serial: publicKey.serial });
    const idNumber = await wxpay.encrypt('110101199003070000', { serial: cert.serial });
    const sent = fake.requests.length;
    const error = await caught(add(wxpay, { name, id_number: idNumber }));
    expect(ParameterError.is(error) && error.parameter).toBe('headers.Wechatpay-Serial');
    expect(error.message).toContain(publicKey.serial);
    expect(error.message).toContain(cert.serial);
    expect(fake.requests.length).toBe(sent);
  });

  it('leaves bodies without its own ciphertexts alone', async () => {
    const { fake, client, add } = await world([generatePlatform()]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    await wxpay.encrypt('someone else');
    const lookalike = randomBytes(256).toString('base64');
    await add(wxpay, { name: lookalike }).catch(() => undefined);
    expect(fake.requests.at(-1)!.headers['wechatpay-serial']).toBeUndefined();
  });

  it('refuses a plaintext too long for one RSA-OAEP block', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const error = await caught(client({ certs: fake.clientConfig().certs }).encrypt('x'.repeat(215)));
    expect(ParameterError.is(error) && error.message).toMatch(/215 bytes; RSA-OAEP with this key holds at most 214/);
  });

  it('refuses a serial it does not trust', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const error = await caught(client({ certs: fake.clientConfig().certs }).encrypt('x', { serial: 'PUB_KEY_ID_0000' }));
    expect(ParameterError.is(error) && error.parameter).toBe('serial');
  });
});

describe('wxpay.decrypt()', () => {
  const oaep = (text: string) => publicEncrypt({ key: merchant.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(text)).toString('base64');

  it('round-trips a field WeChat Pay encrypted to the merchant key', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    expect(wxpay.decrypt(oaep('周八 13800138000'))).toBe('周八 13800138000');
  });

  it('refuses PKCS#1 v1.5 and says why (CVE-2023-46809)', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    const pkcs1 = publicEncrypt({ key: merchant.publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from('x')).toString('base64');
    const error = await caught(() => wxpay.decrypt(pkcs1, { padding: 'pkcs1' }));
    expect(WechatpayError.is(error)).toBe(true);
    expect(error.message).toMatch(/CVE-2023-46809/);
    expect(error.message).toMatch(/Marvin|Bleichenbacher/);
  });

  it('says clearly when a ciphertext is not for this key', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const wxpay = client({ certs: fake.clientConfig().certs });
    const error = await caught(() => wxpay.decrypt(randomBytes(256).toString('base64')));
    expect(error.message).toMatch(/does not decrypt with the merchant private key \(RSA-OAEP\/SHA-1\)/);
  });

  it('needs the private key: a remote signer alone cannot decrypt', async () => {
    const { fake, client } = await world([generatePlatform()]);
    const wxpay = client({ certs: fake.clientConfig().certs, privateKey: undefined, signer: () => 'sig' });
    const error = await caught(() => wxpay.decrypt(oaep('x')));
    expect(ConfigError.is(error) && error.option).toBe('privateKey');
  });
});
