import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { get } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { NetworkError, ParameterError } from 'wechatpay-chain';
import { FakeWechatpay } from 'wechatpay-chain/testing';
import { followsTransport, handlesItself, wechatpayAdapter } from '../lib/adapter.js';
import { clientFor, createFake } from './support/world.js';

// The client's own node:http adapter: what it sends itself, what it leaves to axios's adapter, and
// the axios behaviours it must keep (the fault suite covers timeouts, resets, truncation and limits).

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});

const PATH = 'v3/adapter-test/items/{id}';

async function started(fake: FakeWechatpay) {
  const server = await fake.listen();
  cleanups.push(server.close);
  return server;
}

describe('which requests it sends itself', () => {
  const base = { url: 'https://api.mch.weixin.qq.com/v3/x', responseType: 'arraybuffer', data: '{}', headers: {} } as unknown as InternalAxiosRequestConfig;

  test('a signed string or bytes body to an absolute URL', () => {
    expect(handlesItself(base)).toBe(true);
    expect(handlesItself({ ...base, data: Buffer.from('{}') })).toBe(true);
    expect(handlesItself({ ...base, data: undefined })).toBe(true);
  });

  test('proxies, uploads, streams and axios-only options go to axios', () => {
    expect(handlesItself({ ...base, proxy: { host: '127.0.0.1', port: 3128 } })).toBe(false);
    expect(handlesItself({ ...base, data: new FormData() })).toBe(false);
    expect(handlesItself({ ...base, socketPath: '/tmp/s' })).toBe(false);
    expect(handlesItself({ ...base, onDownloadProgress: () => undefined })).toBe(false);
    expect(handlesItself({ ...base, responseType: 'json' })).toBe(false);
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = 'http://127.0.0.1:3128';
    try {
      expect(handlesItself(base)).toBe(false);
      expect(handlesItself({ ...base, proxy: false })).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
  });
});

describe('behaviour kept from axios', () => {
  test('a gzip response is decompressed before it is verified', async () => {
    const fake = createFake();
    fake.on('GET', PATH, ({ params }) => ({ id: params.id, note: '压缩'.repeat(50) }));
    // Sign with the fake, then compress on the wire as a gateway would.
    const server = createServer(async (req, res) => {
      const reply = await fake.handle({ method: req.method!, url: req.url!, headers: req.headers as Record<string, string>, body: Buffer.alloc(0) });
      res.writeHead(reply.status, { ...reply.headers, 'Content-Encoding': 'gzip' }).end(gzipSync(reply.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const wxpay = clientFor(fake, { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    const res = await wxpay.chain(PATH).get({ id: 'A1' });
    expect(res.data).toEqual({ id: 'A1', note: '压缩'.repeat(50) });
    expect(fake.requests[0]!.headers['accept-encoding']).toContain('gzip');
  });

  test('an aborted signal cancels before sending, and during the wait for a response', async () => {
    const fake = createFake();
    let release: () => void = () => undefined;
    fake.on('GET', PATH, () => new Promise((resolve) => (release = () => resolve({ late: true }))));
    const server = await started(fake);
    const wxpay = clientFor(fake, { server });
    const before = await wxpay.chain(PATH).get({ id: 'A', signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(NetworkError.is(before) && before.code).toBe('ERR_CANCELED');
    expect(fake.requests).toHaveLength(0);
    const controller = new AbortController();
    const during = wxpay.chain(PATH).get({ id: 'B', signal: controller.signal }).catch((e: unknown) => e);
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await during;
    release();
    expect(error).toMatchObject({ code: 'ERR_CANCELED', mayHaveReachedServer: true });
  });

  test('timeout: a wall clock until the head, then an idle limit between chunks of the body', async () => {
    const fake = createFake();
    fake.on('GET', PATH, ({ params }) => ({ id: params.id, padding: 'x'.repeat(4000) }));
    // Signed by the fake, then dribbled out: the head at once, the body in 8 chunks 60 ms apart
    // (480 ms in all), or, for id "stall", the head and then nothing.
    const server = createServer(async (req, res) => {
      const reply = await fake.handle({ method: req.method!, url: req.url!, headers: req.headers as Record<string, string>, body: Buffer.alloc(0) });
      res.writeHead(reply.status, reply.headers);
      res.flushHeaders();
      if (req.url!.endsWith('/stall')) return;
      const step = Math.ceil(reply.body.length / 8);
      for (let offset = 0; offset < reply.body.length; offset += step) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        res.write(reply.body.subarray(offset, offset + step));
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
    const wxpay = clientFor(fake, { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    const res = await wxpay.chain(PATH).get({ id: 'steady', timeout: 250 });
    expect(res.data).toMatchObject({ id: 'steady' });
    const error = await wxpay.chain(PATH).get({ id: 'stall', timeout: 250 }).catch((e: unknown) => e);
    expect(NetworkError.is(error) && { stage: error.stage, detail: error.detail }).toEqual({ stage: 'body', detail: 'the response body stopped arriving for 250 ms (timeout)' });
  });

  test('maxBodyLength refuses a larger body before anything is sent', async () => {
    const fake = createFake();
    fake.on('POST', PATH, () => ({ ok: true }));
    const server = await started(fake);
    const wxpay = clientFor(fake, { server, maxBodyLength: 10 });
    const error = await wxpay.chain(PATH).post({ id: 'A', json: { padding: 'x'.repeat(20) } }).catch((e: unknown) => e);
    expect(ParameterError.is(error) && error.parameter).toBe('maxBodyLength');
    expect((error as Error).message).toContain('nothing was sent');
    expect(fake.requests).toHaveLength(0);
    expect((await wxpay.chain(PATH).post({ id: 'A', json: {}, maxBodyLength: 100 })).data).toEqual({ ok: true });
  });

  test('a multipart upload still goes through axios and is signed over its meta part', async () => {
    const fake = createFake();
    fake.on('POST', 'v3/merchant/media/upload', ({ body }) => ({ media_id: `bytes-${body.length > 0}` }));
    const server = await started(fake);
    const form = new FormData();
    form.append('meta', JSON.stringify({ filename: 'a.png', sha256: 'x' }));
    form.append('file', new Blob([Buffer.from('png')], { type: 'image/png' }), 'a.png');
    const res = await clientFor(fake, { server }).chain('v3/merchant/media/upload').post({ body: form });
    expect(res.data).toEqual({ media_id: 'bytes-true' });
    expect(fake.requests[0]!.verified).toBe(true);
  });

  test('response headers are what AxiosHeaders makes of Node\'s parsed headers, normalized', async () => {
    const fake = createFake();
    fake.on('GET', PATH, () => FakeWechatpay.reply({ json: { ok: true }, headers: { 'X-Padded': '  both sides\t', 'X-Latin': 'caf\u00e9', 'X-Tab': 'a\tb' } }));
    const inner = await started(fake);
    // Add headers the fake does not sign but a gateway may: repeated ones and cookies.
    let sent: string[] = [];
    const server = createServer((req, res) => {
      if (req.url === '/replay') return void res.writeHead(200, sent).end();
      const proxied = get(`${inner.baseURL}${req.url!.slice(1)}`, { headers: req.headers }, (upstream) => {
        const headers = [...upstream.rawHeaders, 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'X-Twice', 'one', 'X-Twice', 'two'];
        sent = headers.map((value, i) => (i % 2 === 0 && value.toLowerCase() === 'content-length' ? 'X-Was-Content-Length' : value));
        res.writeHead(upstream.statusCode!, headers);
        upstream.pipe(res);
      });
      proxied.on('error', () => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const res = await clientFor(fake, { baseURL }).chain(PATH).get({ id: 'H' });
    // The same header block again, parsed by Node for a plain request, then through AxiosHeaders's set() and normalize().
    const parsed = await new Promise<Record<string, unknown>>((resolve, reject) => get(`${baseURL}replay`, (r) => {
      r.resume();
      resolve(r.headers);
    }).on('error', reject));
    const expected = new AxiosHeaders(parsed as Record<string, string>).normalize(false).toJSON() as Record<string, unknown>;
    const got = (res.headers as AxiosHeaders).toJSON() as Record<string, unknown>;
    for (const name of ['date', 'connection', 'keep-alive', 'content-length', 'x-was-content-length', 'transfer-encoding']) {
      delete got[name];
      delete expected[name];
    }
    expect(got).toEqual(expected);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    expect(got['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(got['x-padded']).toBe('both sides');
    expect(Object.getPrototypeOf(res.headers)).toBe(AxiosHeaders.prototype);
  });

  test('header values outside Latin-1 are left to axios, which strips them', async () => {
    const fake = createFake();
    fake.on('GET', PATH, ({ headers }) => ({ note: headers['x-note'] }));
    const server = await started(fake);
    const res = await clientFor(fake, { server }).chain(PATH).get({ id: 'A', headers: { 'X-Note': 'ok中' } });
    expect(res.data).toEqual({ note: 'ok' });
    const error = await clientFor(fake, { server }).chain(PATH).get({ id: 'A', headers: { 'X-Note': 'a\r\nb' } }).catch((e: unknown) => e);
    expect(ParameterError.is(error)).toBe(true);
  });
});

describe('attempts the transport cannot follow', () => {
  test('only this adapter over HTTP/1 goes through the attempt transport', () => {
    expect(followsTransport({ adapter: wechatpayAdapter })).toBe(true);
    expect(followsTransport({ adapter: wechatpayAdapter, httpVersion: 2 } as InternalAxiosRequestConfig)).toBe(false);
    expect(followsTransport({ adapter: 'fetch' })).toBe(false);
  });

  test('a timeout from an adapter of the caller (e.g. fetch) is not taken for a connect failure: no failover, may have arrived', async () => {
    const fake = createFake();
    const hosts: string[] = [];
    // Stands for any adapter that ignores `transport` (fetch, HTTP/2): it times out after sending.
    const adapter = (config: InternalAxiosRequestConfig) => {
      hosts.push(new URL(config.url!).host);
      return Promise.reject(new AxiosError('timeout of 50ms exceeded', AxiosError.ECONNABORTED, config));
    };
    const wxpay = clientFor(fake, { adapter, backupBaseURLs: ['https://api2.mch.weixin.qq.com/'] });
    const error = await wxpay.chain(PATH).post({ id: 'A', json: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'NetworkError', code: 'ECONNABORTED', mayHaveReachedServer: true });
    expect(hosts).toEqual(['api.mch.weixin.qq.com']);
  });
});
