import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { get } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { NetworkError, ParameterError } from 'wechatpay-chain';
import { FakeWechatpay } from 'wechatpay-chain/testing';
import { clientFor, createFake } from './support/world.js';

// The one request path: axios's request core and http adapter, with the client's attempt transport,
// agents and whole-attempt timeout (the fault suite covers resets, truncation, limits and failover).

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

describe('what every call gets', () => {
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

  test('timeout bounds the whole exchange: a body that trickles in fails once the time is up', async () => {
    const fake = createFake();
    fake.on('GET', PATH, ({ params }) => ({ id: params.id, padding: 'x'.repeat(4000) }));
    // Signed by the fake, then dribbled out: the head at once, the body in 8 chunks 60 ms apart (480 ms in all).
    const server = createServer(async (req, res) => {
      const reply = await fake.handle({ method: req.method!, url: req.url!, headers: req.headers as Record<string, string>, body: Buffer.alloc(0) });
      res.writeHead(reply.status, reply.headers);
      res.flushHeaders();
      const step = Math.ceil(reply.body.length / 8);
      for (let offset = 0; offset < reply.body.length && !res.destroyed; offset += step) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        res.write(reply.body.subarray(offset, offset + step));
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
    const wxpay = clientFor(fake, { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    expect((await wxpay.chain(PATH).get({ id: 'steady', timeout: 2000 })).data).toMatchObject({ id: 'steady' });
    const started = Date.now();
    const error = await wxpay.chain(PATH).get({ id: 'trickle', timeout: 250 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(450);
    expect(NetworkError.is(error) && { stage: error.stage, code: error.code }).toEqual({ stage: 'body', code: 'ECONNABORTED' });
    expect((error as Error).message).toContain('the 250 ms timeout ran out');
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

  test('response headers reach the caller as axios parsed them: repeated ones joined, cookies a list', async () => {
    const fake = createFake();
    fake.on('GET', PATH, () => FakeWechatpay.reply({ json: { ok: true }, headers: { 'X-Latin': 'caf\u00e9' } }));
    const inner = await started(fake);
    // Add headers the fake does not sign but a gateway may: repeated ones and cookies.
    const server = createServer((req, res) => {
      const proxied = get(`${inner.baseURL}${req.url!.slice(1)}`, { headers: req.headers }, (upstream) => {
        res.writeHead(upstream.statusCode!, [...upstream.rawHeaders, 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2']);
        upstream.pipe(res);
      });
      proxied.on('error', () => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const res = await clientFor(fake, { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }).chain(PATH).get({ id: 'H' });
    expect(res.headers).toBeInstanceOf(AxiosHeaders);
    expect(res.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(res.headers['x-latin']).toBe('café');
    expect(res.headers['wechatpay-serial']).toBe(fake.platform.serial);
  });

  test('a header default of the axios instance, set after construction, is sent; a later interceptor runs', async () => {
    const fake = createFake();
    fake.on('GET', PATH, ({ headers }) => ({ trace: headers['x-trace'], seen: headers['x-seen'] }));
    const server = await started(fake);
    const wxpay = clientFor(fake, { server });
    (wxpay.axios.defaults.headers.common as Record<string, string>)['X-Trace'] = 'on';
    const statuses: number[] = [];
    wxpay.axios.interceptors.request.use((config) => (config.headers.set('X-Seen', 'yes'), config));
    wxpay.axios.interceptors.response.use((response) => (statuses.push(response.status), response));
    expect((await wxpay.chain(PATH).get({ id: 'A' })).data).toEqual({ trace: 'on', seen: 'yes' });
    expect(statuses).toEqual([200]);
    expect(fake.requests[0]!.verified).toBe(true);
  });
});

describe('an adapter of the caller, which does not go through the attempt transport', () => {
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
