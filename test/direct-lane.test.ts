import axios, { AxiosHeaders } from 'axios';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, generateMerchant } from 'wechatpay-chain/testing';
import { closedPort } from './support/fault-server.js';
import { registerSecret } from './support/secrets.js';

// While a client's axios instance is as the client built it, calls skip axios's request core
// (lib/direct.ts). These tests hold that lane to what axios.request() does: for each call, the
// same request on the wire (method, URL, header names, order and values, body), the same response
// and config handed back, the same errors; and that any change a caller makes to the instance
// (defaults, interceptors, request) sends calls through axios again.

const merchant = generateMerchant();
registerSecret(merchant.privateKey);
const fake = new FakeWechatpay({ merchant });
fake.on('GET', 'v3/lane/{id}', ({ params, query }) => ({ id: params.id, query: Object.fromEntries(query) }));
for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) fake.on(method, 'v3/lane/{id}', ({ params, body }) => ({ id: params.id, body: body.toString('utf8') }));
fake.on('GET', 'v3/lane-fault/{mode}', ({ params }) => {
  if (params.mode === 'api-error') return FakeWechatpay.reply({ status: 400, json: { code: 'PARAM_ERROR', message: '参数错误' } });
  if (params.mode === 'tampered') return FakeWechatpay.reply({ json: { a: 1 }, sign: 'tamper-body' });
  if (params.mode === 'text') return FakeWechatpay.reply({ body: 'plain words', headers: { 'Content-Type': 'text/plain' } });
  return new Promise((resolve) => setTimeout(() => resolve({ slow: true }), 300));
});

/** One request as it arrived: header names in the case and order sent. */
interface Wire {
  method: string;
  url: string;
  headers: string[];
  body: string;
}
const wire: Wire[] = [];
let server: Server;
let baseURL: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    wire.push({ method: req.method!, url: req.url!, headers: req.rawHeaders, body: body.toString('utf8') });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    const reply = await fake.handle({ method: req.method!, url: req.url!, headers, body });
    res.writeHead(reply.status, reply.headers).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const coreRequest = vi.spyOn(axios.Axios.prototype, 'request');

/** A client on the direct lane, and one whose calls go through axios.request() (a no-op interceptor). */
function clients(extra: Partial<WechatpayConfig> = {}, interceptor: { synchronous: boolean } = { synchronous: true }) {
  const config = { ...fake.clientConfig(), baseURL, ...extra };
  const direct = new Wechatpay(config);
  const core = new Wechatpay(config);
  core.axios.interceptors.request.use((request) => request, undefined, interceptor);
  return { direct, core };
}

/** Run `call` on both clients; returns what each sent, got back or failed with. */
async function both(call: (wxpay: Wechatpay) => Promise<unknown>, extra?: Partial<WechatpayConfig>, interceptor?: { synchronous: boolean }) {
  const { direct, core } = clients(extra, interceptor);
  const run = async (wxpay: Wechatpay, lane: 'direct' | 'core') => {
    wire.length = 0;
    coreRequest.mockClear();
    const outcome = await call(wxpay).then((value) => ({ value }), (error: unknown) => ({ error }));
    // Whether axios's core handled the call: the lane under test must be the one taken.
    expect(coreRequest.mock.calls.length > 0, `${lane} lane`).toBe(lane === 'core');
    return { ...outcome, wire: wire.map(comparableWire) };
  };
  return { direct: await run(direct, 'direct'), core: await run(core, 'core') };
}

/** The Authorization value differs per request (nonce, timestamp, signature); its shape must not. */
function comparableWire(request: Wire): Wire {
  const headers = [...request.headers];
  for (let i = 0; i < headers.length; i += 2) {
    if (headers[i]!.toLowerCase() === 'authorization') headers[i + 1] = headers[i + 1]!.replace(/nonce_str="[^"]+"/, 'nonce_str="*"').replace(/signature="[^"]+"/, 'signature="*"').replace(/timestamp="\d+"/, 'timestamp="*"');
  }
  return { ...request, headers };
}

/** A response as the caller sees it, with the per-request parts masked and the config reduced to comparable values. */
function comparableResponse(value: unknown) {
  const response = value as { status: number; statusText: string; headers: AxiosHeaders; data: unknown; config: Record<string, unknown>; duration?: unknown; request: unknown };
  const headers = response.headers.toJSON() as Record<string, unknown>;
  for (const name of ['date', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-timestamp', 'request-id']) if (name in headers) headers[name] = '*';
  return {
    status: response.status,
    statusText: response.statusText,
    headersIsAxiosHeaders: response.headers instanceof AxiosHeaders,
    headers,
    data: response.data,
    duration: typeof response.duration,
    request: response.request?.constructor.name,
    config: comparableConfig(response.config),
  };
}

function comparableConfig(config: Record<string, unknown>) {
  const out: Record<string, unknown> = { prototype: Object.getPrototypeOf(config) };
  for (const key of Object.keys(config).sort()) {
    const value = config[key];
    if (key === 'headers') {
      const headers = (value as AxiosHeaders).toJSON() as Record<string, unknown>;
      headers.Authorization = typeof headers.Authorization;
      out[key] = { isAxiosHeaders: value instanceof AxiosHeaders, names: Object.keys(headers), values: headers };
    } else if (typeof value === 'function') out[key] = `function ${value.name}`;
    else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      out[key] = `instance of ${value.constructor.name}`;
    } else out[key] = value;
  }
  return out;
}

function comparableError(error: unknown) {
  const e = error as Error & Record<string, unknown>;
  return {
    class: e.constructor.name,
    message: e.message.replace(/\[Request-ID [^\]]+\]/, '[Request-ID *]'),
    code: e.code,
    reason: e.reason,
    stage: e.stage,
    status: (e.response as { status?: number } | undefined)?.status,
    // What an error keeps of the response: a plain summary (names lower-cased), never the live AxiosHeaders.
    responseHeaders: e.response ? Object.getPrototypeOf((e.response as { headers: object }).headers) === Object.prototype && Object.keys((e.response as { headers: object }).headers).includes('wechatpay-serial') : undefined,
  };
}

const CALLS: Array<[string, (wxpay: Wechatpay) => Promise<unknown>]> = [
  ['GET with a path value and a query', (w) => w.v3.lane._id_.get({ id: 'a b/中', query: { mchid: '1900000109', limit: 10, empty: undefined } })],
  ['POST json', (w) => w.chain('v3/lane/{id}').post({ id: 'p', json: { amount: { total: 100 }, description: '公仔' } })],
  ['POST a raw string body', (w) => w.chain('v3/lane/{id}').post({ id: 'p', body: '{"raw":true}' })],
  ['POST UTF-8 bytes', (w) => w.chain('v3/lane/{id}').post({ id: 'p', body: Buffer.from('{"bytes":"字"}') })],
  ['POST with no body (axios adds a form Content-Type)', (w) => w.chain('v3/lane/{id}').post({ id: 'p' })],
  ['PUT json', (w) => w.chain('v3/lane/{id}').put({ id: 'u', json: { a: 1 } })],
  ['PATCH json', (w) => w.chain('v3/lane/{id}').patch({ id: 'u', json: { a: 1 } })],
  ['DELETE', (w) => w.chain('v3/lane/{id}').delete({ id: 'd' })],
  [
    'caller headers: other case, padding, numbers, an override of Accept and of Content-Type',
    (w) => w.chain('v3/lane/{id}').post({ id: 'h', json: { a: 1 }, headers: { 'x-request-tag': '  padded\t', 'X-Count': 3, accept: 'application/json; charset=utf-8', 'Content-Type': 'application/json;charset=utf-8', 'Idempotency-Key': 'k-1', 'X-Unset': undefined } }),
  ],
  ['axios options: timeout, maxContentLength, decompress, a live signal', (w) => w.v3.lane._id_.get({ id: 'o', timeout: 5_000, maxContentLength: 1_000_000, decompress: false, signal: new AbortController().signal } as never)],
  ['responseType text', (w) => w.v3.lane._id_.get({ id: 't', responseType: 'text' })],
  ['responseType arraybuffer', (w) => w.v3.lane._id_.get({ id: 't', responseType: 'arraybuffer' })],
  ['a text/plain body', (w) => w.chain('v3/lane-fault/text').get()],
];

describe('the direct lane sends and returns what axios.request() does', () => {
  it.each(CALLS)('%s', async (_name, call) => {
    const { direct, core } = await both(call);
    expect(direct.wire).toHaveLength(1);
    expect(direct.wire).toEqual(core.wire);
    expect('value' in direct && 'value' in core).toBe(true);
    expect(comparableResponse((direct as { value: unknown }).value)).toEqual(comparableResponse((core as { value: unknown }).value));
  });

  it('through an asynchronous interceptor, too (axios chains the promise)', async () => {
    const { direct, core } = await both(CALLS[1]![1], {}, { synchronous: false });
    expect(direct.wire).toEqual(core.wire);
    expect(comparableResponse((direct as { value: unknown }).value)).toEqual(comparableResponse((core as { value: unknown }).value));
  });

  it('with axios options given to the constructor (headers, timeout, an agent)', async () => {
    const { Agent } = await import('node:http');
    const extra = { headers: { 'X-From-Config': 'yes' }, connectTimeout: 2_000, httpAgent: new Agent({ keepAlive: true }) } as Partial<WechatpayConfig>;
    const { direct, core } = await both(CALLS[1]![1], extra);
    expect(direct.wire[0]!.headers).toContain('X-From-Config');
    expect(direct.wire).toEqual(core.wire);
    expect(comparableResponse((direct as { value: unknown }).value)).toEqual(comparableResponse((core as { value: unknown }).value));
  });

  it.each([
    ['an API error', (w: Wechatpay) => w.chain('v3/lane-fault/api-error').get(), 'ApiError'],
    ['a tampered body', (w: Wechatpay) => w.chain('v3/lane-fault/tampered').get(), 'SignatureError'],
    ['a timeout', (w: Wechatpay) => w.chain('v3/lane-fault/slow').get({ timeout: 50 }), 'NetworkError'],
    ['an aborted signal', (w: Wechatpay) => w.chain('v3/lane-fault/slow').get({ signal: AbortSignal.abort() }), 'NetworkError'],
    ['a signal aborted in flight', (w: Wechatpay) => w.chain('v3/lane-fault/slow').get({ signal: AbortSignal.timeout(50) }), 'NetworkError'],
  ])('fails the same way on %s', async (_name, call, kind) => {
    const { direct, core } = await both(call);
    expect('error' in direct && 'error' in core).toBe(true);
    const [a, b] = [(direct as { error: unknown }).error, (core as { error: unknown }).error];
    expect(comparableError(a).class).toBe(kind);
    if (kind !== 'NetworkError') expect(comparableError(a).responseHeaders).toBe(true);
    expect(comparableError(a)).toEqual(comparableError(b));
    expect(direct.wire).toEqual(core.wire);
  });

  it('fails the same way when the host refuses the connection', async () => {
    const port = await closedPort();
    const { direct, core } = await both((w) => w.chain('v3/lane/x').get(), { baseURL: `http://127.0.0.1:${port}/` });
    const [a, b] = [comparableError((direct as { error: unknown }).error), comparableError((core as { error: unknown }).error)];
    expect(a).toMatchObject({ class: 'NetworkError', code: 'ECONNREFUSED', stage: 'connect' });
    expect(a).toEqual(b);
  });
});

describe('any change to the axios instance sends calls through axios again', () => {
  const lane = async (wxpay: Wechatpay, id = 'g') => {
    wire.length = 0;
    coreRequest.mockClear();
    await wxpay.v3.lane._id_.get({ id });
    return { core: coreRequest.mock.calls.length > 0, headers: wire[0]!.headers };
  };

  it('a header default set after construction is sent', async () => {
    const { direct: wxpay } = clients();
    expect((await lane(wxpay)).core).toBe(false);
    (wxpay.axios.defaults.headers.common as Record<string, string>)['X-Trace'] = 'on';
    const after = await lane(wxpay);
    expect(after.core).toBe(true);
    expect(after.headers).toContain('X-Trace');
  });

  it('a per-method header default, a changed timeout or new defaults object', async () => {
    for (const change of [
      (w: Wechatpay) => void ((w.axios.defaults.headers.get as Record<string, string>)['X-Get'] = '1'),
      (w: Wechatpay) => void (w.axios.defaults.timeout = 1234),
      (w: Wechatpay) => void (w.axios.defaults.transitional = { ...w.axios.defaults.transitional, clarifyTimeoutError: true }),
      (w: Wechatpay) => void (w.axios.defaults = { ...w.axios.defaults }),
      (w: Wechatpay) => void (w.axios.defaults.transitional!.clarifyTimeoutError = true),
      (w: Wechatpay) => void delete (w.axios.defaults.headers.common as Record<string, unknown>).Accept,
      (w: Wechatpay) => void Object.assign(w.axios.defaults.headers.post, { 'X-Post': '1' }),
      (w: Wechatpay) => void (w.axios.defaults.transformRequest as unknown[]).push((data: unknown) => data),
      (w: Wechatpay) => void Object.defineProperty(w.axios.defaults, 'maxBodyLength', { value: 10, enumerable: true }),
    ]) {
      const { direct: wxpay } = clients();
      change(wxpay);
      expect((await lane(wxpay)).core).toBe(true);
    }
  });

  it('reading the defaults changes nothing', async () => {
    const { direct: wxpay } = clients();
    const defaults = wxpay.axios.defaults;
    JSON.stringify(defaults);
    inspect(defaults, { depth: 5 });
    void { ...defaults.headers.common, ...defaults.transitional };
    expect(Array.isArray(defaults.transformRequest)).toBe(true);
    expect(defaults.headers.common.Accept).toBe('application/json, text/plain, */*');
    expect((await lane(wxpay)).core).toBe(false);
  });

  it('an interceptor added later runs, and once ejected the direct lane is back', async () => {
    const { direct: wxpay } = clients();
    expect((await lane(wxpay)).core).toBe(false);
    const seen: string[] = [];
    const id = wxpay.axios.interceptors.response.use((response) => (seen.push(String(response.status)), response));
    expect((await lane(wxpay)).core).toBe(true);
    expect(seen).toEqual(['200']);
    wxpay.axios.interceptors.response.eject(id);
    expect((await lane(wxpay)).core).toBe(false);
  });

  it('a wrapped axios.request is called', async () => {
    const { direct: wxpay } = clients();
    const original = wxpay.axios.request.bind(wxpay.axios);
    const wrapped = vi.fn(original);
    wxpay.axios.request = wrapped as typeof wxpay.axios.request;
    await lane(wxpay);
    expect(wrapped).toHaveBeenCalledOnce();
  });

  it('a caller header named like a per-method bucket goes through axios', async () => {
    const { direct: wxpay } = clients();
    coreRequest.mockClear();
    await wxpay.v3.lane._id_.get({ id: 'b', headers: { Common: 'x' } });
    expect(coreRequest).toHaveBeenCalledOnce();
  });
});
