import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { VERSION, Wechatpay } from 'wechatpay-chain';
import { FakeWechatpay } from 'wechatpay-chain/testing';
import { merchant, platform } from './support/world.js';

it('serves on 127.0.0.1: 50 concurrent calls, each request verified by the fake and each response by the client', async () => {
  const fake = new FakeWechatpay({ merchant, platform });
  fake.on('POST', 'v3/pay/transactions/jsapi', ({ json }) => ({ prepay_id: `wx${(json as { out_trade_no: string }).out_trade_no}` }));
  const server = await fake.listen();
  try {
    expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const wxpay = new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL });
    const results = await Promise.all(
      // @ts-expect-error -- a partial order body: the fake does not check fields, the catalog does.
      Array.from({ length: 50 }, (_, i) => wxpay.v3.pay.transactions.jsapi.post({ json: { out_trade_no: `T${i}` } })),
    );
    expect(results.map((r) => (r.data as { prepay_id: string }).prepay_id)).toEqual(Array.from({ length: 50 }, (_, i) => `wxT${i}`));
    expect(fake.requests.every((r) => r.verified)).toBe(true);
  } finally {
    await server.close();
  }
});

it('refuses requests that are unsigned, or signed for another merchant, with a signed 401 SIGN_ERROR', async () => {
  const fake = new FakeWechatpay({ merchant, platform });
  const unsigned = await fake.handle({ method: 'GET', url: '/v3/certificates', headers: {}, body: Buffer.alloc(0) });
  expect(unsigned.status).toBe(401);
  expect(JSON.parse(unsigned.body.toString())).toEqual({ code: 'SIGN_ERROR', message: 'the Authorization header is missing' });
  expect(unsigned.headers['Wechatpay-Signature']).toBeTruthy();
  const other = await fake.handle({
    method: 'GET',
    url: '/v3/certificates',
    headers: { authorization: `WECHATPAY2-SHA256-RSA2048 mchid="1230000109",nonce_str="n",signature="s",timestamp="${Math.floor(Date.now() / 1000)}",serial_no="${merchant.serial}"` },
    body: Buffer.alloc(0),
  });
  expect(JSON.parse(other.body.toString()).message).toBe('unknown mchid 1230000109');
});

it('VERSION follows package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
