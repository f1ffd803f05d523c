import { Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant, type TestPlatform } from 'wechatpay-chain/testing';
import { serveFake } from './fake-server.js';
import { registerSecret } from './secrets.js';

const merchant = generateMerchant();
registerSecret(merchant.privateKey);

/**
 * A fake WeChat Pay holding `platforms` on loopback, answering `GET v3/testing/ping`; clients that
 * download platform certificates from it; and how many downloads it served.
 */
export async function trustWorld(platforms: TestPlatform[]) {
  const fake = new FakeWechatpay({ merchant, platforms });
  registerSecret(fake.apiv3Key);
  fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
  const server = await serveFake(fake);
  const { certs: _certs, ...identity } = fake.clientConfig();
  const client = (extra: Partial<WechatpayConfig> = {}) => new Wechatpay({ ...identity, baseURL: server.baseURL, ...extra });
  const ping = (wxpay: Wechatpay) => wxpay.chain('v3/testing/ping').get();
  const downloads = () => fake.requests.filter((r) => r.url.startsWith('/v3/certificates')).length;
  return { fake, server, client, ping, downloads };
}
