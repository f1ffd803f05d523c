// A call's own host (`baseURL`), as the reference pages give the Hong Kong and cross-border calls:
// with and without a path prefix, the prefix signed with the path, checked before anything is signed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ParameterError, type WechatpayOperations } from 'wechatpay-chain';
import { expectTypeOf } from 'vitest';
import { caught } from './support/secrets.js';
import { clientFor, createFake } from './support/world.js';
import type { FakeServer, FakeWechatpay } from 'wechatpay-chain/testing';

let fake: FakeWechatpay;
let server: FakeServer;
let other: FakeServer;
const REVERSE = 'v3/transactions/out-trade-no/{out_trade_no}/reverse';

beforeAll(async () => {
  fake = createFake();
  fake.on('POST', 'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse', () => undefined);
  fake.on('POST', 'v3/global/transactions/native', ({ json }) => ({ code_url: 'weixin://wxpay/bizpayurl?pr=x', echo: json }));
  server = await fake.listen();
  // The client's own host: a server that nothing is registered on, so a call that reaches it fails.
  other = await createFake().listen();
});
afterAll(async () => {
  await server.close();
  await other.close();
});

it('a per-call host without a path prefix takes the call, and the signed path is the one sent', async () => {
  const wxpay = clientFor(fake, { baseURL: other.baseURL });
  const res = await wxpay.v3.global.transactions.native.post({ baseURL: server.baseURL, json: { appid: 'wx8888888888888888' } as never });
  expect(res.data).toMatchObject({ code_url: 'weixin://wxpay/bizpayurl?pr=x' });
  const sent = fake.requests.at(-1)!;
  expect(sent.url).toBe('/v3/global/transactions/native');
  expect(sent.verified).toBe(true);
});

it('a path prefix on the per-call host is joined by text and covered by the signature, in all three styles', async () => {
  const wxpay = clientFor(fake, { baseURL: other.baseURL });
  const baseURL = `${server.baseURL}hk/`;
  const json = { mchid: '1900000109', sp_mchid: '1900000100', sub_mchid: '1900000109' };
  const before = fake.requests.length;
  const answers = [
    await wxpay.v3.transactions.outTradeNo._out_trade_no_.reverse.post({ baseURL, out_trade_no: '1217752501201407033233368018', json }),
    await wxpay.chain(REVERSE).postAsync({ baseURL, out_trade_no: '1217752501201407033233368018', json }),
    await wxpay[REVERSE].post({ baseURL: baseURL.slice(0, -1), out_trade_no: '1217752501201407033233368018', json }),
  ];
  for (const answer of answers) expect(answer.status).toBe(204);
  const sent = fake.requests.slice(before);
  expect(sent.map((r) => r.url)).toEqual(Array(3).fill('/hk/v3/transactions/out-trade-no/1217752501201407033233368018/reverse'));
  // The fake checks the signature over the path as received, prefix included.
  expect(sent.every((r) => r.verified)).toBe(true);
});

it('types the HK-hosted operations under the reference pages\' path, with the host required', () => {
  type Reverse = WechatpayOperations[typeof REVERSE]['post']['options'];
  expectTypeOf<Reverse['baseURL']>().toEqualTypeOf<string>();
  expectTypeOf<WechatpayOperations['v3/customs/orders']['get']['options']['baseURL']>().toEqualTypeOf<string>();
  // Every other operation takes an optional one.
  expectTypeOf<WechatpayOperations['v3/pay/transactions/native']['post']['options']['baseURL']>().toEqualTypeOf<string | undefined>();
});

it.each([
  ['not a URL', 'not a url'],
  ['plain http off loopback', 'http://api.mch.weixin.qq.com/'],
  ['credentials', 'https://user:s3cret-value@api.mch.weixin.qq.com/'],
  ['a query', 'https://api.mch.weixin.qq.com/?token=s3cret-value'],
  ['a fragment', 'https://api.mch.weixin.qq.com/#s3cret-value'],
  ['another scheme', 'ftp://s3cret-value/'],
])('refuses a per-call baseURL with %s before signing, without quoting it', async (_, baseURL) => {
  const wxpay = clientFor(fake, { baseURL: server.baseURL });
  const before = fake.requests.length;
  const error = await caught(wxpay.v3.global.transactions.native.post({ baseURL, json: {} as never }));
  expect(ParameterError.is(error)).toBe(true);
  expect((error as ParameterError).parameter).toBe('baseURL');
  expect((error as Error).message).not.toContain('s3cret-value');
  expect((error as Error).message).not.toContain(baseURL);
  expect(fake.requests.length).toBe(before);
});

it('refuses a non-string baseURL and reads only an own property', async () => {
  const wxpay = clientFor(fake, { baseURL: server.baseURL });
  const error = await caught(wxpay.v3.global.transactions.native.post({ baseURL: 42 as never, json: {} as never }));
  expect((error as ParameterError).parameter).toBe('baseURL');
  // An inherited baseURL is not the call's: the call goes to the client's host.
  const options = Object.create({ baseURL: 'https://evil.example/' }) as Record<string, unknown>;
  options.json = { appid: 'wx' };
  const res = await wxpay.v3.global.transactions.native.post(options as never);
  expect(res.status).toBe(200);
});

it('a per-call host other than the client\'s has no backup host: a refused connection is not sent elsewhere', async () => {
  const wxpay = clientFor(fake, { baseURL: server.baseURL, backupBaseURLs: [other.baseURL] });
  const error = await caught(wxpay.v3.global.transactions.native.post({ baseURL: 'http://127.0.0.1:9/', json: {} as never }));
  expect((error as Error).name).toBe('NetworkError');
});
