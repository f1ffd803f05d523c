import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, ParameterError, Wechatpay } from 'wechatpay-chain';
import { caught } from './support/secrets.js';
import { clientFor, createFake, mswWorld } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

function echoing() {
  const fake = createFake();
  for (const method of ['GET', 'POST', 'PUT']) fake.on(method, '{+path}', ({ url, json, headers }) => ({ url, json, headers }));
  world.use(fake);
  return { fake, wxpay: clientFor(fake) };
}

describe('the options object', () => {
  it('query: encoded, undefined left out, arrays repeat the key, and the signed URL is the sent URL', async () => {
    const { fake, wxpay } = echoing();
    // @ts-expect-error -- undocumented query keys: the catalog refuses them; this checks the runtime's encoding.
    await wxpay.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01', bill_type: undefined, tar_type: 'GZIP', note: 'a b&c=d/中', n: 3, ids: ['x', 'y'] } });
    expect(fake.requests[0]!.url).toBe('/v3/bill/tradebill?bill_date=2024-01-01&tar_type=GZIP&note=a%20b%26c%3Dd%2F%E4%B8%AD&n=3&ids=x&ids=y');
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('query: an own `__proto__` key (as JSON.parse makes one) is a parameter like any other, not the prototype', async () => {
    const { fake, wxpay } = echoing();
    const query = JSON.parse('{"__proto__":"p","a":["1","2"]}') as Record<string, string>;
    // @ts-expect-error -- undocumented query keys: the catalog refuses them; this checks the runtime's reading of own keys.
    await wxpay.v3.bill.tradebill.get({ query });
    expect(fake.requests[0]!.url).toBe('/v3/bill/tradebill?__proto__=p&a=1&a=2');
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('query: a lone surrogate in a key or a value is a ParameterError naming it, before anything is sent', async () => {
    const { fake, wxpay } = echoing();
    for (const query of [{ note: 'a\ud800' }, { ['n\udc00']: 'x' }, { ids: ['ok', '\udfff'] }]) {
      // @ts-expect-error -- undocumented query keys.
      const error = await caught(wxpay.v3.bill.tradebill.get({ query }));
      expect(ParameterError.is(error)).toBe(true);
      expect(error.message).toMatch(/lone UTF-16 surrogate/);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('json: serialized once, sent and signed byte for byte, with Content-Type', async () => {
    const { fake, wxpay } = echoing();
    const json = { amount: { total: 1, currency: 'CNY' }, description: 'Image形象店-深圳腾大-QQ公仔', attach: ' \u2028 ' };
    // @ts-expect-error -- a partial order body: the catalog wants every required field; the runtime sends what it is given.
    await wxpay.v3.pay.transactions.native.post({ json });
    expect(fake.requests[0]!.body.toString()).toBe(JSON.stringify(json));
    expect(fake.requests[0]!.headers['content-type']).toBe('application/json');
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('body: a raw string is sent as is, whitespace included', async () => {
    const { fake, wxpay } = echoing();
    await wxpay.v3.raw.post({ body: '  {"a":1}\n', headers: { 'Content-Type': 'application/json' } });
    expect(fake.requests[0]!.body.toString()).toBe('  {"a":1}\n');
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('body: bytes that are not UTF-8 are refused before sending (the signature covers text, which could not match them)', async () => {
    const { fake, wxpay } = echoing();
    const error = await caught(wxpay.v3.raw.post({ body: Buffer.from([0x7b, 0xff, 0x7d]) }));
    expect(ParameterError.is(error)).toBe(true);
    expect(error).toMatchObject({ parameter: 'body', path: 'v3/raw' });
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(fake.requests).toHaveLength(0);
    await wxpay.v3.raw.post({ body: Buffer.from('{"名":1}') });
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('body: a Uint8Array view is sent and signed as exactly its own bytes, not its whole buffer', async () => {
    const { fake, wxpay } = echoing();
    const view = new Uint8Array(Buffer.from('xx{"a":1}yy')).subarray(2, 9);
    await wxpay.v3.raw.post({ body: view });
    expect(fake.requests[0]!.body.toString()).toBe('{"a":1}');
    expect(fake.requests[0]!.verified).toBe(true);
  });

  it('multipart: the meta part is what gets signed', async () => {
    const { fake, wxpay } = echoing();
    const form = new FormData();
    const meta = JSON.stringify({ filename: 'a.png', sha256: 'ab'.repeat(32) });
    form.append('meta', meta);
    form.append('file', new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'a.png');
    await wxpay.v3.merchant.media.upload.post({ body: form });
    expect(fake.requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(fake.requests[0]!.verified).toBe(true);
    expect(fake.requests[0]!.body.toString('latin1')).toContain(meta);
  });

  it('multipart without a `meta` part is refused before sending, naming the path', async () => {
    const { fake, wxpay } = echoing();
    const form = new FormData();
    form.append('file', new Blob([Buffer.from([0x89, 0x50])], { type: 'image/png' }), 'a.png');
    const error = await caught(wxpay.v3.merchant.media.upload.post({ body: form }));
    expect(error).toMatchObject({ kind: 'ParameterError', parameter: 'body', path: 'v3/merchant/media/upload' });
    expect(error.message).toMatch(/`meta` part/);
    expect(fake.requests).toHaveLength(0);
  });

  it('headers pass through; names are checked, values may not break lines', async () => {
    const { fake, wxpay } = echoing();
    await wxpay.v3.x.post({ json: {}, headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_1', 'Idempotency-Key': 'k1' } });
    expect(fake.requests[0]!.headers).toMatchObject({ 'wechatpay-serial': 'PUB_KEY_ID_1', 'idempotency-key': 'k1' });
  });

  it('responseType text and arraybuffer hand back the verified bytes', async () => {
    const { wxpay } = echoing();
    const text = await wxpay.v3.x.get({ responseType: 'text' });
    expect(typeof text.data).toBe('string');
    expect(JSON.parse(text.data as string).url).toBe('/v3/x');
    const bytes = await wxpay.v3.x.get({ responseType: 'arraybuffer' });
    expect(Buffer.isBuffer(bytes.data)).toBe(true);
  });

  it('a 204 No Content resolves with undefined data', async () => {
    const fake = createFake();
    fake.on('POST', 'v3/pay/transactions/out-trade-no/{out_trade_no}/close', () => undefined);
    world.use(fake);
    const response = await clientFor(fake).v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: '1217752501201407033233368018', json: { mchid: '1900000109' } });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
  });
});

describe('bad options are refused before anything is sent, naming the option', () => {
  it.each([
    [{ plan: 1 } as object, 'plan', /not a placeholder of this path \(none\)/],
    [{ data: {} }, 'data', /use `json`/],
    [{ params: {} }, 'params', /use `query`/],
    [{ url: 'x' }, 'url', /literal path/],
    [{ transformResponse: [] }, 'transformResponse', /exactly as received/],
    [{ json: {}, body: 'x' }, 'json', /either `json` or `body`/],
    [{ json: { toJSON: () => { throw new Error('cyclic'); } } }, 'json', /cannot be serialized: cyclic/],
    [{ body: { a: 1 } }, 'body', /use `json` for objects/],
    [{ query: 'a=1' }, 'query', /must be an object/],
    [{ query: { a: { b: 1 } } }, 'query.a', /must be a string, number or boolean/],
    [{ headers: { Authorization: 'x' } }, 'headers.Authorization', /computed by the signer/],
    [{ headers: { 'X-A': 'a\r\nX-Injected: 1' } }, 'headers.X-A', /line break/],
    [{ headers: { 'Bad Name': 'a' } }, 'headers.Bad Name', /not an HTTP token/],
    [{ responseType: 'stream' }, 'responseType', /verified whole/],
  ])('%#: %s', async (options, parameter, message) => {
    const { fake, wxpay } = echoing();
    const error = (await caught(wxpay.v3.pay.transactions.native.post(options as never))) as ParameterError;
    expect(ParameterError.is(error)).toBe(true);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('a GET has no body', async () => {
    const { fake, wxpay } = echoing();
    // @ts-expect-error -- the catalog knows this GET has no body, as the runtime does.
    const error = (await caught(wxpay.v3.certificates.get({ json: {} }))) as ParameterError;
    expect(error.parameter).toBe('json');
    expect(fake.requests).toHaveLength(0);
  });

  it('options that are not an object', async () => {
    const { wxpay } = echoing();
    expect(((await caught(wxpay.v3.certificates.get('x' as never))) as ParameterError).parameter).toBe('options');
  });

  it('an empty path', async () => {
    const { wxpay } = echoing();
    expect(((await caught(wxpay.chain('').get())) as ParameterError).parameter).toBe('path');
  });
});

describe('axios options pass through', () => {
  it('timeout and signal reach axios; an aborted call is a NetworkError that may not have been sent', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/slow', () => new Promise((resolve) => setTimeout(() => resolve({}), 2000)));
    world.use(fake);
    const wxpay = clientFor(fake);
    const controller = new AbortController();
    const pending = wxpay.v3.slow.get({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = (await caught(pending)) as NetworkError;
    expect(NetworkError.is(error)).toBe(true);
    expect(error.request.headers.authorization).toMatch(/signature="\[REDACTED\]"/);
  });

  it('a refused connection is a NetworkError that says the request was not sent', async () => {
    const wxpay = new Wechatpay({ ...createFake().clientConfig(), baseURL: 'http://127.0.0.1:9/' });
    world.server.close();
    try {
      const error = (await caught(wxpay.v3.certificates.get())) as NetworkError;
      expect(error).toMatchObject({ kind: 'NetworkError', code: 'ECONNREFUSED', mayHaveReachedServer: false });
      expect(error.message).toContain('not sent');
    } finally {
      world.server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
