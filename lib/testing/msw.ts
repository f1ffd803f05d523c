/**
 * msw handlers that route requests to a {@link FakeWechatpay}. msw is an optional peer dependency,
 * needed by this entry point only.
 * @module wechatpay-chain/testing/msw
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { Readable } from 'node:stream';
import type { FakeWechatpay } from './fake.js';

/** Handlers for `setupServer(...)`: every request under `baseURL` goes to the fake. */
export function mswHandlers(fake: FakeWechatpay, baseURL = 'https://api.mch.weixin.qq.com/'): HttpHandler[] {
  const base = new URL(baseURL);
  return [
    http.all(`${base.origin}${base.pathname.replace(/\/$/, '')}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const response = await fake.handle({
        method: request.method,
        url: url.pathname + url.search,
        headers,
        body: Buffer.from(await request.arrayBuffer()),
      });
      const body = response.stream ? (Readable.toWeb(response.stream) as ReadableStream<Uint8Array>) : response.body.length ? new Uint8Array(response.body) : null;
      return new HttpResponse(body, { status: response.status, headers: response.headers });
    }),
  ];
}
