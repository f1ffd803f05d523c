import { afterEach, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Fastify from 'fastify';
import type { Notification, TransactionSuccessResource } from 'wechatpay-chain';
import type { FakeNotification } from 'wechatpay-chain/testing';
import { registerSecret } from './support/secrets.js';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
registerSecret(fake.apiv3Key);
const wxpay = clientFor(fake);

const PAID: TransactionSuccessResource = {
  out_trade_no: 'A20261123000001',
  transaction_id: '4200000000202611230000000002',
  trade_state: 'SUCCESS',
  amount: { total: 1 },
};
const paid = (options?: Parameters<typeof fake.notification>[2]): FakeNotification => fake.notification('TRANSACTION.SUCCESS', PAID, options);

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Listen on 127.0.0.1 and return the URL of `path`. */
async function serve(server: Server, path = '/wxpay/notify'): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

async function post(url: string, { headers, body }: { headers: Record<string, string>; body: string }): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

/** POST with node:http, optionally without Content-Length (chunked), reading whatever reply comes. */
function rawPost(url: string, headers: Record<string, string>, body: string, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: chunked ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The recorder every adapter test uses as its listener. */
function recorder() {
  const events: Notification[] = [];
  return { events, listener: (event: Notification) => void events.push(event) };
}

const FAIL = (code: string) => JSON.stringify({ code: 'FAIL', message: `notification refused: ${code}` });

describe('Web Request handler (Next.js route handlers, Hono, Bun, Deno)', () => {
  it('answers a Request directly: 204 for a valid notification, 401 FAIL for a tampered one', async () => {
    const { events, listener } = recorder();
    const handler = wxpay.notifications.handler(listener, { onError: () => undefined });
    const valid = paid();
    const ok = await handler(new Request('http://localhost/notify', { method: 'POST', headers: valid.headers, body: valid.body }));
    expect(ok.status).toBe(204);
    expect(await ok.text()).toBe('');
    expect(events.map((e) => e.resource)).toEqual([PAID]);
    const bad = paid({ sign: 'tamper-body' });
    const refused = await handler(new Request('http://localhost/notify', { method: 'POST', headers: bad.headers, body: bad.body }));
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe(FAIL('bad-signature'));
    expect(events).toHaveLength(1);
  });

  it('end to end on loopback, behind a node:http bridge like the one Next.js runs', async () => {
    const { events, listener } = recorder();
    const handler = wxpay.notifications.handler(listener, { successStatus: 200, onError: () => undefined });
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const response = await handler(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }));
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    const url = await serve(server);
    expect(await post(url, paid())).toMatchObject({ status: 200, text: '' });
    expect(await post(url, paid({ sign: 'probe' }))).toMatchObject({ status: 401, text: FAIL('probe'), type: 'application/json; charset=utf-8' });
    expect(events).toHaveLength(1);
  });

  it('refuses an oversized body by count, without a Content-Length to go by', async () => {
    const handler = wxpay.notifications.handler(() => undefined, { maxBodyBytes: 64, onError: () => undefined });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(16));
        controller.close();
      },
    });
    const response = await handler(new Request('http://localhost/notify', { method: 'POST', body: stream, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(FAIL('body-too-large'));
  });

  it('refuses a Request whose body something already read (400 raw-body-required), instead of failing inside', async () => {
    const reported: unknown[] = [];
    const handler = wxpay.notifications.handler(() => undefined, { onError: (error) => reported.push(error) });
    const { headers, body } = paid();
    const request = new Request('http://localhost/notify', { method: 'POST', headers, body });
    await request.json();
    const response = await handler(request);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(FAIL('raw-body-required'));
    expect(String(reported[0])).toMatch(/already read/);
  });

  it('replies 500 FAIL when the listener throws, and reports it', async () => {
    const reported: unknown[] = [];
    const handler = wxpay.notifications.handler(() => { throw new Error('database down'); }, { onError: (error) => reported.push(error) });
    const { headers, body } = paid();
    const response = await handler(new Request('http://localhost/notify', { method: 'POST', headers, body }));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(JSON.stringify({ code: 'FAIL', message: 'the notification handler failed' }));
    expect(reported).toEqual([expect.objectContaining({ message: 'database down' })]);
  });
});

describe('Node http handler', () => {
  it('end to end on loopback: 204, then a refusal per failed check', async () => {
    const { events, listener } = recorder();
    const url = await serve(createServer(wxpay.notifications.nodeHandler(listener, { onError: () => undefined })));
    expect(await post(url, paid())).toEqual({ status: 204, text: '', type: null });
    expect(await post(url, paid({ tamperCiphertext: true }))).toMatchObject({ status: 400, text: FAIL('decrypt-failed') });
    expect(await post(url, paid({ sign: { skewSeconds: -301 } }))).toMatchObject({ status: 401, text: FAIL('timestamp') });
    expect(await post(url, paid({ rawBody: 'not json' }))).toMatchObject({ status: 400, text: FAIL('malformed-body') });
    expect(events).toHaveLength(1);
    expect(events[0]!.resource).toEqual(PAID);
  });

  it('refuses a body over the limit by Content-Length, and by count when chunked', async () => {
    const url = await serve(createServer(wxpay.notifications.nodeHandler(() => undefined, { maxBodyBytes: 1000, onError: () => undefined })));
    const { headers } = paid();
    const big = 'x'.repeat(4000);
    expect(await rawPost(url, headers, big)).toEqual({ status: 413, text: FAIL('body-too-large') });
    expect(await rawPost(url, headers, big, true)).toEqual({ status: 413, text: FAIL('body-too-large') });
  });

  it('refuses, rather than hangs on, a stream another middleware drained without leaving a body', async () => {
    const handler = wxpay.notifications.nodeHandler(() => undefined, { onError: () => undefined });
    const url = await serve(
      createServer(async (req, res) => {
        for await (const _ of req); // a middleware that reads the body and keeps nothing
        await handler(req, res);
      }),
    );
    expect(await post(url, paid())).toMatchObject({ status: 400, text: FAIL('raw-body-required') });
  });

  it('uses the default limit of 1 MiB', async () => {
    const url = await serve(createServer(wxpay.notifications.nodeHandler(() => undefined, { onError: () => undefined })));
    const { headers } = paid();
    expect((await rawPost(url, headers, 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
  });

  it('flags a redelivery as a duplicate and still replies success', async () => {
    const { NotificationDedupe } = await import('wechatpay-chain');
    const { events, listener } = recorder();
    const url = await serve(createServer(wxpay.notifications.nodeHandler(listener, { dedupe: new NotificationDedupe() })));
    const delivery = paid();
    expect((await post(url, delivery)).status).toBe(204);
    expect((await post(url, delivery)).status).toBe(204);
    expect(events.map((e) => e.duplicate)).toEqual([false, true]);
  });
});

describe('Express', () => {
  function app(setup: (app: express.Express) => void, listener: (event: Notification) => void) {
    const instance = express();
    setup(instance);
    instance.post('/wxpay/notify', wxpay.notifications.nodeHandler(listener, { onError: () => undefined }));
    return serve(createServer(instance));
  }

  it('reads the raw body itself when no body parser ran', async () => {
    const { events, listener } = recorder();
    const url = await app(() => undefined, listener);
    expect(await post(url, paid())).toMatchObject({ status: 204 });
    expect(await post(url, paid({ sign: 'tamper-body' }))).toMatchObject({ status: 401, text: FAIL('bad-signature') });
    expect(events).toHaveLength(1);
  });

  it('takes the Buffer left by express.raw()', async () => {
    const { events, listener } = recorder();
    const url = await app((a) => a.use(express.raw({ type: 'application/json' })), listener);
    expect(await post(url, paid())).toMatchObject({ status: 204 });
    expect(events).toHaveLength(1);
  });

  it('refuses the object left by express.json(), explaining (400 raw-body-required)', async () => {
    const { events, listener } = recorder();
    const url = await app((a) => a.use(express.json()), listener);
    expect(await post(url, paid())).toMatchObject({ status: 400, text: FAIL('raw-body-required') });
    expect(events).toHaveLength(0);
  });

  it('still reads the stream when express.json() skipped the request (it leaves req.body = {})', async () => {
    const { events, listener } = recorder();
    const url = await app((a) => a.use(express.json({ type: 'application/vnd.other+json' })), listener);
    expect(await post(url, paid())).toMatchObject({ status: 204 });
    expect(events).toHaveLength(1);
  });
});

describe('Fastify', () => {
  it('end to end on loopback with the JSON body kept as a Buffer', async () => {
    const { events, listener } = recorder();
    const app = Fastify();
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    app.post('/wxpay/notify', async (request, reply) => {
      const result = await wxpay.notifications.handle({ headers: request.headers, body: request.body as Buffer }, listener, { onError: () => undefined });
      return reply.code(result.status).headers(result.headers).send(result.body);
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const url = `${address}/wxpay/notify`;
    expect(await post(url, paid())).toMatchObject({ status: 204, text: '' });
    expect(await post(url, paid({ sign: 'probe' }))).toMatchObject({ status: 401, text: FAIL('probe') });
    expect(await post(url, paid({ sign: { serial: 'PUB_KEY_ID_0100000000000000000000000000' } }))).toMatchObject({ status: 401, text: FAIL('unknown-serial') });
    expect(events.map((e) => e.event_type)).toEqual(['TRANSACTION.SUCCESS']);
  });
});
