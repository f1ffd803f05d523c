import { createSign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ParameterError, Wechatpay } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant, type FakeServer } from 'wechatpay-chain/testing';
import { registerSecret } from './support/secrets.js';

// The signing interceptor runs synchronously with a local key and asynchronously with a caller's
// signer; either way it signs what user interceptors leave, and its failures reject the call.
const merchant = generateMerchant();
registerSecret(merchant.privateKey);
const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function world() {
  const fake = new FakeWechatpay({ merchant });
  fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
  fake.on('POST', 'v3/testing/echo', (request) => ({ got: JSON.parse(request.body.toString('utf8')) as unknown }));
  const server = await fake.listen();
  servers.push(server);
  return { fake, config: { ...fake.clientConfig(), baseURL: server.baseURL } };
}

const remoteSigner = (message: string): Promise<string> => Promise.resolve(createSign('RSA-SHA256').update(message).sign(merchant.privateKey, 'base64'));

describe.each([
  ['a local key (synchronous signing)', {}],
  ['a remote signer (asynchronous signing)', { privateKey: undefined, signer: remoteSigner }],
])('with %s', (_, signing) => {
  it('signs GET and POST calls the fake verifies', async () => {
    const { fake, config } = await world();
    const wxpay = new Wechatpay({ ...config, ...signing });
    await expect(wxpay.chain('v3/testing/ping').get()).resolves.toMatchObject({ status: 200, data: { pong: true } });
    await expect(wxpay.chain('v3/testing/echo').post({ json: { a: 1 } })).resolves.toMatchObject({ status: 200, data: { got: { a: 1 } } });
    expect(fake.requests.map((r) => r.verified)).toEqual([true, true]);
  });

  it.each([
    ['asynchronous', { synchronous: false }],
    ['synchronous', { synchronous: true }],
  ])('signs after an %s user interceptor that adds a header', async (_kind, options) => {
    const { fake, config } = await world();
    const wxpay = new Wechatpay({ ...config, ...signing });
    wxpay.axios.interceptors.request.use((request) => {
      request.headers.set('X-Trace', 'abc');
      return request;
    }, undefined, options);
    await expect(wxpay.chain('v3/testing/echo').post({ json: { b: 2 } })).resolves.toMatchObject({ status: 200, data: { got: { b: 2 } } });
    const sent = fake.requests.at(-1)!;
    expect(sent.verified).toBe(true);
    expect(sent.headers['x-trace']).toBe('abc');
  });

  it.each([
    ['a canonical URL', (url: string) => `${url.replace('v3/testing/ping', 'v3/testing/echo')}?from=interceptor`, '/v3/testing/echo?from=interceptor'],
    ['a URL the parser rewrites', (url: string) => url.replace('v3/testing/ping', 'v3/testing/./echo?q=a b'), '/v3/testing/echo?q=a%20b'],
  ])('sends and signs the URL a user interceptor rewrote to %s, not the one the call was made for', async (_kind, rewrite, sentPath) => {
    const { fake, config } = await world();
    const wxpay = new Wechatpay({ ...config, ...signing });
    wxpay.axios.interceptors.request.use((request) => Object.assign(request, { url: rewrite(request.url!), method: 'post', data: '{}' }));
    await expect(wxpay.chain('v3/testing/ping').get()).resolves.toMatchObject({ status: 200, data: { got: {} } });
    const sent = fake.requests.at(-1)!;
    expect(sent.verified).toBe(true);
    expect(sent.url).toBe(sentPath);
  });

  it('rejects (never throws synchronously) when the signing step refuses the config', async () => {
    const { fake, config } = await world();
    const wxpay = new Wechatpay({ ...config, ...signing });
    wxpay.axios.interceptors.request.use((request) => Object.assign(request, { params: { a: 1 } }), undefined, { synchronous: true });
    const call = wxpay.chain('v3/testing/ping').get();
    expect(call).toBeInstanceOf(Promise);
    const error: unknown = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe('params');
    expect(fake.requests).toHaveLength(0);
  });
});

it('a signer that returns no signature rejects the call before anything is sent, synchronously or not', async () => {
  for (const signer of [() => '', () => Promise.resolve('')]) {
    const { fake, config } = await world();
    const wxpay = new Wechatpay({ ...config, privateKey: undefined, signer });
    await expect(wxpay.chain('v3/testing/ping').get()).rejects.toThrow(/the signer returned no signature/);
    expect(fake.requests).toHaveLength(0);
  }
});

it('a local key signs within the call itself (no promise hop); a caller signer is awaited', async () => {
  const { fake, config } = await world();
  for (const [signing, synchronous] of [[{}, true], [{ privateKey: undefined, signer: remoteSigner }, false]] as const) {
    let reads = 0;
    const clock = (): number => (reads++, Date.now());
    const wxpay = new Wechatpay({ ...config, ...signing, clock });
    const call = wxpay.chain('v3/testing/ping').get();
    // The signing step reads the clock for the timestamp: before the call returns only when synchronous.
    expect(reads > 0).toBe(synchronous);
    await expect(call).resolves.toMatchObject({ status: 200 });
    expect(reads).toBeGreaterThan(0);
  }
  expect(fake.requests.map((r) => r.verified)).toEqual([true, true]);
});
