import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ApiError, ConfigError, NetworkError, ParameterError, ResponseError, SignatureError, type Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { FakeWechatpay, type FakeServer } from 'wechatpay-chain/testing';
import { closedPort, faultServer, silentServer, type Fault } from './support/fault-server.js';
import { proxyEnvironment, startForwardProxy, type ForwardProxy } from './support/forward-proxy.js';
import { clientFor, createFake } from './support/world.js';

// Fault injection on loopback: each case names the error the caller gets and checks that a write
// reached WeChat Pay at most once. Every case runs twice: directly, and through a real forward proxy
// named by HTTP_PROXY/HTTPS_PROXY, as merchants whose servers reach WeChat Pay only through an
// egress proxy run it. The outcomes are the same; only the wording of a failed connection differs,
// since through a proxy it is the proxy that reports it.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});

// Paths outside the typed catalog, so the calls type-check loosely whatever the bodies hold.
const ORDER = 'v3/fault-test/orders';
const QUERY = 'v3/fault-test/orders/{out_trade_no}';

/** A fake with a write and a read route, behind a server injecting `faults` (by request index). */
async function world(faults: Fault[] | ((index: number) => Fault), config: Partial<WechatpayConfig> = {}) {
  const fake = createFake();
  fake.on('POST', ORDER, ({ json }) => ({ code_url: 'weixin://wxpay/bizpayurl?pr=x', echo: json }));
  fake.on('GET', QUERY, ({ params }) => ({ out_trade_no: params.out_trade_no, trade_state: 'SUCCESS' }));
  const pick = typeof faults === 'function' ? faults : (index: number) => faults[index] ?? 'none';
  const server = await faultServer(fake, pick);
  cleanups.push(server.close);
  const wxpay = clientFor(fake, { server: server as unknown as FakeServer, ...config });
  return { fake, server, wxpay };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const order = (wxpay: Wechatpay, extra: Record<string, unknown> = {}) =>
  wxpay.chain(ORDER).post({ json: { out_trade_no: 'T1001', amount: { total: 1 } }, ...extra });
const query = (wxpay: Wechatpay, extra: Record<string, unknown> = {}) => wxpay.chain(QUERY).get({ out_trade_no: 'T1001', ...extra });
const writesOf = (fake: FakeWechatpay) => fake.requests.filter((r) => r.method === 'POST').length;

const MODES = ['direct', 'through a forward proxy'] as const;

describe.each(MODES)('%s', (mode) => {
  const viaProxy = mode !== 'direct';
  let proxy: ForwardProxy | undefined;
  let restore = (): void => undefined;
  beforeAll(async () => {
    if (!viaProxy) return;
    proxy = await startForwardProxy();
    restore = proxyEnvironment(proxy);
  });
  afterAll(async () => {
    restore();
    await proxy?.close();
  });
  // Through the proxy, the calls of every case that sends must really have gone through a tunnel of it.
  let sends = true;
  afterEach(() => {
    if (proxy && sends) expect(proxy.tunnels.length).toBeGreaterThan(0);
    proxy?.tunnels.splice(0);
    sends = true;
  });
  /** The code of a connection the target refused: the proxy reports it as a failed tunnel. */
  const refusedCode = viaProxy ? 'ERR_PROXY_CONNECT' : 'ECONNREFUSED';

  describe('5xx', () => {
    test('a write that got a 500 is not sent again, even with retries on for the client', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ status: 500, json: { code: 'SYSTEM_ERROR', message: '系统错误' } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server, retry: { attempts: 3, delayMs: 1 } })));
      expect(ApiError.is(error) && error.status).toBe(500);
      expect((error as ApiError).code).toBe('SYSTEM_ERROR');
      expect(writesOf(fake)).toBe(1);
    });

    test('a read is retried after 503s when retries are on, each attempt signed afresh', async () => {
      const fake = createFake();
      let calls = 0;
      fake.on('GET', QUERY, () => (++calls < 3 ? FakeWechatpay.reply({ status: 503, json: { code: 'SYSTEM_ERROR', message: 'busy' } }) : { trade_state: 'SUCCESS' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const events: number[] = [];
      const wxpay = clientFor(fake, { server, retry: { attempts: 3, delayMs: 5, onRetry: (event) => events.push(event.attempt) } });
      const res = await query(wxpay);
      expect(res.data).toEqual({ trade_state: 'SUCCESS' });
      expect(events).toEqual([1, 2]);
      expect(fake.requests.every((r) => r.verified)).toBe(true);
      const nonces = fake.requests.map((r) => /nonce_str="([^"]+)"/.exec(r.headers.authorization!)![1]);
      expect(new Set(nonces).size).toBe(3);
    });

    test('a read gives up after the attempts allowed, with the last ApiError', async () => {
      const fake = createFake();
      fake.on('GET', QUERY, () => FakeWechatpay.reply({ status: 502, body: '<html>bad gateway</html>', headers: { 'Content-Type': 'text/html' }, sign: 'unsigned' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(query(clientFor(fake, { server }), { retry: { attempts: 2, delayMs: 1 } }));
      expect(ApiError.is(error) && error.status).toBe(502);
      expect((error as ApiError).verified).toBe(false);
      expect(fake.requests).toHaveLength(2);
    });

    test('a write with an Idempotency-Key header follows the client retry policy', async () => {
      const fake = createFake();
      let calls = 0;
      fake.on('POST', ORDER, () => (++calls === 1 ? FakeWechatpay.reply({ status: 500, json: { code: 'SYSTEM_ERROR', message: 'x' } }) : { code_url: 'weixin://ok' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const res = await order(clientFor(fake, { server, retry: { delayMs: 1 } }), { headers: { 'Idempotency-Key': 'K-1' } });
      expect(res.status).toBe(200);
      expect(writesOf(fake)).toBe(2);
      expect(fake.requests.every((r) => r.headers['idempotency-key'] === 'K-1')).toBe(true);
    });
  });

  describe('429 with Retry-After', () => {
    test('a read waits as long as Retry-After asks, then succeeds', async () => {
      const fake = createFake();
      let calls = 0;
      fake.on('GET', QUERY, () =>
        ++calls === 1 ? FakeWechatpay.reply({ status: 429, json: { code: 'FREQUENCY_LIMITED', message: '频率超限' }, headers: { 'Retry-After': '1' } }) : { trade_state: 'SUCCESS' },
      );
      const server = await fake.listen();
      cleanups.push(server.close);
      const delays: number[] = [];
      const wxpay = clientFor(fake, { server, retry: { delayMs: 1, onRetry: (event) => delays.push(event.delayMs) } });
      expect((await query(wxpay)).data).toEqual({ trade_state: 'SUCCESS' });
      expect(delays).toEqual([1000]);
    });

    test('a Retry-After beyond maxDelayMs ends the retries with the 429', async () => {
      const fake = createFake();
      fake.on('GET', QUERY, () => FakeWechatpay.reply({ status: 429, json: { code: 'FREQUENCY_LIMITED', message: 'x' }, headers: { 'Retry-After': '120' } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(query(clientFor(fake, { server, retry: true })));
      expect(ApiError.is(error) && error.code).toBe('FREQUENCY_LIMITED');
      expect(fake.requests).toHaveLength(1);
    });

    test('a write without Idempotency-Key or a per-call retry is not repeated after a 429', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ status: 429, json: { code: 'FREQUENCY_LIMITED', message: 'x' }, headers: { 'Retry-After': '0' } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server, retry: true })));
      expect(ApiError.is(error) && error.status).toBe(429);
      expect(writesOf(fake)).toBe(1);
    });

    test('a write whose call passes retry is repeated after a 429', async () => {
      const fake = createFake();
      let calls = 0;
      fake.on('POST', ORDER, () => (++calls === 1 ? FakeWechatpay.reply({ status: 429, json: { code: 'FREQUENCY_LIMITED', message: 'x' }, headers: { 'Retry-After': '0' } }) : { code_url: 'ok' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const res = await order(clientFor(fake, { server }), { retry: { attempts: 2, delayMs: 1 } });
      expect(res.data).toEqual({ code_url: 'ok' });
      expect(writesOf(fake)).toBe(2);
    });
  });

  describe('connection reset', () => {
    test('before the response head: NetworkError, may have reached WeChat Pay, the write is not resent', async () => {
      const { fake, server, wxpay } = await world(['reset-before-headers'], { retry: { attempts: 3, delayMs: 1 } });
      const error = await failure(order(wxpay));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'response', mayHaveReachedServer: true, code: 'ECONNRESET' });
      expect((error as Error).message).toContain('may have reached WeChat Pay');
      expect(server.received).toHaveLength(1);
      expect(writesOf(fake)).toBe(1);
    });

    test('before the response head, on a read with retries: retried on the same host', async () => {
      const { server, wxpay } = await world(['reset-before-headers'], { retry: { attempts: 2, delayMs: 1 } });
      const res = await query(wxpay);
      expect(res.data).toMatchObject({ trade_state: 'SUCCESS' });
      expect(server.received).toHaveLength(2);
    });

    test('after the response head: NetworkError at the body stage, the request reached WeChat Pay', async () => {
      const { fake, wxpay } = await world(['reset-after-headers']);
      const error = await failure(order(wxpay));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'body', mayHaveReachedServer: true, code: 'ERR_RESPONSE_TRUNCATED' });
      expect((error as Error).message).toContain('the request reached WeChat Pay');
      expect(writesOf(fake)).toBe(1);
    });
  });

  describe('truncated body', () => {
    test('the connection closes half way through the body: ERR_RESPONSE_TRUNCATED, nothing parsed', async () => {
      const { fake, wxpay } = await world(['truncate-body']);
      const error = await failure(order(wxpay));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'body', code: 'ERR_RESPONSE_TRUNCATED', mayHaveReachedServer: true });
      expect((error as Error).message).toMatch(/closed before the whole response body arrived \(status 200\)/);
      expect(writesOf(fake)).toBe(1);
    });
  });

  describe('timeouts', () => {
    test('slow headers: the per-call timeout fires, the write may have reached WeChat Pay and is not resent', async () => {
      const { fake, wxpay } = await world(['slow-headers'], { retry: { attempts: 3, delayMs: 1 } });
      const error = await failure(order(wxpay, { timeout: 200 }));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'response', mayHaveReachedServer: true, code: 'ECONNABORTED' });
      expect((error as Error).message).toContain('no response within 200 ms');
      expect(writesOf(fake)).toBe(1);
    });

    test('slow body: the client timeout fires while the body stalls', async () => {
      const { fake, wxpay } = await world(['slow-body'], { timeout: 200 });
      const error = await failure(order(wxpay));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'body', mayHaveReachedServer: true });
      expect((error as Error).message).toContain('still arriving when the 200 ms timeout ran out');
      expect(writesOf(fake)).toBe(1);
    });

    test('a body that trickles in, a byte at a time: the timeout bounds the whole exchange', async () => {
      const { fake, wxpay } = await world(['trickle-body']);
      const started = Date.now();
      const error = await failure(order(wxpay, { timeout: 300 }));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'body', mayHaveReachedServer: true, code: 'ECONNABORTED' });
      expect((error as Error).message).toContain('still arriving when the 300 ms timeout ran out');
      expect(writesOf(fake)).toBe(1);
    });

    test('the TLS handshake never completes: connect timeout, not sent', async () => {
      const silent = await silentServer();
      cleanups.push(silent.close);
      const fake = createFake();
      const wxpay = clientFor(fake, { baseURL: `https://127.0.0.1:${silent.port}/`, connectTimeout: 200 });
      const error = await failure(order(wxpay));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'connect', mayHaveReachedServer: false, code: 'ERR_CONNECT_TIMEOUT' });
      expect((error as Error).message).toContain('(the request was not sent)');
      expect(silent.connections).toBe(1);
    });
  });

  describe('bodies', () => {
    test('signed but not valid JSON: ResponseError invalid-json', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ body: '{"code_url": "weixin://', headers: { 'Content-Type': 'application/json' } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server })));
      expect(ResponseError.is(error) && error.reason).toBe('invalid-json');
      expect((error as Error).message).toContain('signed by WeChat Pay but is not valid JSON');
      expect(writesOf(fake)).toBe(1);
    });

    test('invalid JSON with a broken signature is a SignatureError first', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ body: '{"code_url": "weixin://', headers: { 'Content-Type': 'application/json' }, sign: 'tamper-body' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server })));
      expect(SignatureError.is(error) && error.reason).toBe('bad-signature');
    });

    test('oversize body: ResponseError too-large at maxContentLength; a call can raise the limit', async () => {
      const fake = createFake();
      fake.on('GET', QUERY, () => ({ padding: 'x'.repeat(200_000) }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const wxpay = clientFor(fake, { server, maxContentLength: 100_000 });
      const error = await failure(query(wxpay));
      expect(ResponseError.is(error) && error.reason).toBe('too-large');
      expect((error as Error).message).toContain('maxContentLength (100000 bytes)');
      const res = await query(wxpay, { maxContentLength: 1_000_000 });
      expect((res.data as { padding: string }).padding).toHaveLength(200_000);
    });

    test('the default limit is 10 MiB', async () => {
      const fake = createFake();
      fake.on('GET', QUERY, () => FakeWechatpay.reply({ body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), headers: { 'Content-Type': 'text/plain' } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(query(clientFor(fake, { server })));
      expect(ResponseError.is(error) && error.reason).toBe('too-large');
    });
  });

  describe('redirects', () => {
    test('a redirect to another host is not followed: ApiError 302, the other host sees nothing', async () => {
      const other = createFake();
      other.on('POST', ORDER, () => ({ stolen: true }));
      const otherServer = await other.listen();
      cleanups.push(otherServer.close);
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ status: 302, headers: { Location: `${otherServer.baseURL}${ORDER}` }, sign: 'unsigned' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server })));
      expect(ApiError.is(error) && error.status).toBe(302);
      expect((error as ApiError).response.headers.location).toBe(`${otherServer.baseURL}${ORDER}`);
      expect(other.requests).toHaveLength(0);
      expect(writesOf(fake)).toBe(1);
    });

    test('following redirects cannot be switched on, per call or per client', async () => {
      sends = false;
      const fake = createFake();
      expect(() => clientFor(fake, { maxRedirects: 5 } as Partial<WechatpayConfig>)).toThrow(ConfigError);
      expect(() => clientFor(fake, { beforeRedirect: () => undefined } as Partial<WechatpayConfig>)).toThrow(/redirects are never followed/);
      const wxpay = clientFor(fake);
      const error = await failure(order(wxpay, { maxRedirects: 5 }));
      expect(ParameterError.is(error) && error.parameter).toBe('maxRedirects');
    });
  });

  describe('DNS failure and failover', () => {
    test('an unresolvable host: a DNS failure at the connect stage, not sent', async () => {
      const fake = createFake();
      const error = await failure(order(clientFor(fake, { baseURL: 'https://wechatpay-chain-test.invalid/' })));
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ stage: 'connect', mayHaveReachedServer: false });
      expect(viaProxy ? ['ERR_PROXY_CONNECT'] : ['ENOTFOUND', 'EAI_AGAIN']).toContain((error as NetworkError).code);
      expect((error as Error).message).toContain(viaProxy ? 'the proxy did not open a tunnel to wechatpay-chain-test.invalid' : 'DNS lookup of wechatpay-chain-test.invalid failed');
    });

    test('an unresolvable primary fails over to the backup; the write arrives once', async () => {
      const { fake, server } = await world([]);
      const wxpay = clientFor(fake, { baseURL: 'https://wechatpay-chain-test.invalid/', backupBaseURLs: [server.baseURL] });
      const res = await order(wxpay);
      expect(res.data).toMatchObject({ code_url: 'weixin://wxpay/bizpayurl?pr=x' });
      expect(writesOf(fake)).toBe(1);
    });

    test('a refused primary fails over to the backup, and is tried last afterwards', async () => {
      const { fake, server } = await world([]);
      const port = await closedPort();
      const wxpay = clientFor(fake, { baseURL: `http://127.0.0.1:${port}/`, backupBaseURLs: [server.baseURL] });
      expect((await order(wxpay)).status).toBe(200);
      expect((await query(wxpay)).status).toBe(200);
      expect(writesOf(fake)).toBe(1);
      expect(server.received.map((r) => r.method)).toEqual(['POST', 'GET']);
    });

    test('a TLS handshake that never completes fails over too (connect timeout)', async () => {
      const silent = await silentServer();
      cleanups.push(silent.close);
      const { fake, server } = await world([]);
      const wxpay = clientFor(fake, { baseURL: `https://127.0.0.1:${silent.port}/`, backupBaseURLs: [server.baseURL], connectTimeout: 200 });
      expect((await order(wxpay)).status).toBe(200);
      expect(writesOf(fake)).toBe(1);
    });

    test('no failover once the request may have been sent: a reset after sending stays on the primary', async () => {
      const backup = await world([]);
      const { fake, server } = await world(['reset-before-headers']);
      const wxpay = clientFor(fake, { baseURL: server.baseURL, backupBaseURLs: [backup.server.baseURL] });
      const error = await failure(order(wxpay));
      expect(error).toMatchObject({ stage: 'response', mayHaveReachedServer: true });
      expect(server.received).toHaveLength(1);
      expect(backup.server.received).toHaveLength(0);
    });

    test('every host refused: the error says the request was not sent', async () => {
      const fake = createFake();
      const [a, b] = [await closedPort(), await closedPort()];
      const error = await failure(order(clientFor(fake, { baseURL: `http://127.0.0.1:${a}/`, backupBaseURLs: [`http://127.0.0.1:${b}/`] })));
      expect(error).toMatchObject({ code: refusedCode, stage: 'connect', mayHaveReachedServer: false });
      expect((error as Error).message).toContain(viaProxy ? `the proxy did not open a tunnel to 127.0.0.1:${b}` : `127.0.0.1:${b} refused the connection`);
    });

    test('a refusal after an attempt that may have arrived does not claim the write was never sent', async () => {
      let sent = 0;
      const { fake, server } = await world(() => (sent++ === 0 ? 'slow-headers' : 'none'));
      const port = await closedPort();
      // First attempt: times out at the fake (may have arrived); the retry then finds both hosts refusing.
      const wxpay = clientFor(fake, { baseURL: server.baseURL, backupBaseURLs: [`http://127.0.0.1:${port}/`] });
      const first = order(wxpay, { timeout: 200, retry: { attempts: 2, delayMs: 1, onRetry: () => void server.close() } });
      const error = await failure(first);
      expect(NetworkError.is(error)).toBe(true);
      expect(error).toMatchObject({ code: refusedCode, mayHaveReachedServer: true });
      expect((error as Error).message).toContain('an earlier attempt may have been processed');
      expect(sent).toBe(1);
    });
  });

  describe('clock skew', () => {
    test('a response timestamp 301 s off is a SignatureError (timestamp), the write is not resent', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ json: { code_url: 'x' }, sign: { skewSeconds: 301 } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const error = await failure(order(clientFor(fake, { server, retry: true })));
      expect(SignatureError.is(error) && error.reason).toBe('timestamp');
      expect((error as Error).message).toContain("check this machine's clock");
      expect(writesOf(fake)).toBe(1);
    });

    test('299 s of skew verifies', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => FakeWechatpay.reply({ json: { code_url: 'x' }, sign: { skewSeconds: -299 } }));
      const server = await fake.listen();
      cleanups.push(server.close);
      expect((await order(clientFor(fake, { server }))).data).toEqual({ code_url: 'x' });
    });

    test('a client clock 10 minutes slow: WeChat Pay refuses the request timestamp (ApiError 401), not retried', async () => {
      const fake = createFake();
      fake.on('POST', ORDER, () => ({ code_url: 'x' }));
      const server = await fake.listen();
      cleanups.push(server.close);
      const wxpay = clientFor(fake, { server, clock: () => Date.now() - 600_000, retry: true });
      const error = await failure(order(wxpay, { retry: 3 }));
      expect(ApiError.is(error) && error.status).toBe(401);
      expect((error as ApiError).code).toBe('SIGN_ERROR');
      expect(writesOf(fake)).toBe(1);
    });
  });
});
