import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParameterError } from 'wechatpay-chain';
import { caught } from './support/secrets.js';
import { clientFor, createFake, mswWorld } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

const TEMPLATE = 'v3/pay/transactions/out-trade-no/{out_trade_no}';

function setup() {
  const fake = createFake();
  fake.on('GET', TEMPLATE, ({ params }) => ({ out_trade_no: params.out_trade_no }));
  world.use(fake);
  return { fake, wxpay: clientFor(fake) };
}

describe('a path value is always exactly one encoded segment', () => {
  it.each([
    ['a/b', 'a%2Fb'],
    ['../x', '..%2Fx'],
    ['a?b', 'a%3Fb'],
    ['a#b', 'a%23b'],
    ['100%', '100%25'],
    ['a b', 'a%20b'],
    ['中文', '%E4%B8%AD%E6%96%87'],
    ['a\r\nX: y', 'a%0D%0AX%3A%20y'],
    ['%2e%2e', '%252e%252e'],
  ])('%j', async (value, encoded) => {
    const { fake, wxpay } = setup();
    const response = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: value, query: { mchid: '1900000109' } });
    expect(fake.requests[0]!.url).toBe(`/v3/pay/transactions/out-trade-no/${encoded}?mchid=1900000109`);
    // The fake verified the signature over the same URL, and decodes the segment back to the value.
    expect(fake.requests[0]!.verified).toBe(true);
    expect(response.data).toEqual({ out_trade_no: value });
  });

  it('numbers are accepted as path values', async () => {
    const { fake, wxpay } = setup();
    // @ts-expect-error -- documented as a string (and wants `query.mchid`); the runtime accepts a number all the same.
    await wxpay.chain(TEMPLATE).get({ out_trade_no: 12535 });
    expect(fake.requests[0]!.url).toBe('/v3/pay/transactions/out-trade-no/12535');
  });
});

describe('a missing or unusable path value is refused before anything is sent', () => {
  it.each([
    ['missing', {}],
    ['undefined', { out_trade_no: undefined }],
    ['null', { out_trade_no: null }],
    ['empty', { out_trade_no: '' }],
    ['dot', { out_trade_no: '.' }],
    ['dot-dot', { out_trade_no: '..' }],
    ['object', { out_trade_no: { a: 1 } }],
    ['NaN', { out_trade_no: Number.NaN }],
  ])('%s', async (_, options) => {
    const { fake, wxpay } = setup();
    const error = (await caught(wxpay.chain(TEMPLATE).get(options as never))) as ParameterError;
    expect(ParameterError.is(error)).toBe(true);
    expect(error.parameter).toBe('out_trade_no');
    expect(error.path).toBe(TEMPLATE);
    expect(error.message).toContain('out_trade_no');
    expect(error.message).toContain(TEMPLATE);
    expect(fake.requests).toHaveLength(0);
  });

  it('names the missing placeholder among several', async () => {
    const { wxpay } = setup();
    const error = (await caught(
      // @ts-expect-error -- the catalog refuses a missing path value (and the empty body) at compile time too.
      wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post({ plan_id: 1, json: {} }),
    )) as ParameterError;
    expect(error.parameter).toBe('out_contract_code');
    expect(error.message).toBe(
      'missing path value `out_contract_code` (parameter `out_contract_code` of v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate)',
    );
  });
});

describe('reserved expansion {+name}', () => {
  it('keeps slashes but not ? or #, and refuses dot segments', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/merchant-service/images/{a}/{b}', () => ({}));
    world.use(fake);
    const wxpay = clientFor(fake);
    await wxpay.chain('v3/merchant-service/images/{+media}').get({ media: 'a/b?c#d' });
    expect(fake.requests[0]!.url).toBe('/v3/merchant-service/images/a/b%3Fc%23d');
    const error = (await caught(wxpay.chain('v3/x/{+media}').get({ media: 'a/../b' }))) as ParameterError;
    expect(error.parameter).toBe('media');
  });
});

it('a literal path cannot leave the configured host', async () => {
  const { fake, wxpay } = setup();
  // Base URL and path are joined as text, so a URL-looking path is only a path on the same host.
  await caught(wxpay.chain('https://evil.example/v3/x').get());
  expect(fake.requests[0]!.url).toBe('/https://evil.example/v3/x');
  fake.requests.length = 0;
  const climbing = (await caught(clientFor(fake, { baseURL: 'https://api.mch.weixin.qq.com/prefix/' }).chain('../v3/x').get())) as ParameterError;
  expect(climbing.message).toContain('outside');
  expect(fake.requests).toHaveLength(0);
});
