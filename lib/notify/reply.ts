import type { ServerResponse } from 'node:http';
import { NotificationError } from './error.js';

/** An HTTP reply to WeChat Pay, independent of the framework that sends it. */
export interface NotificationReply {
  status: number;
  headers: Record<string, string>;
  /** Empty for success; `{"code":"FAIL","message":…}` for failure. */
  body: string;
}

/** Which protocol a reply answers: APIv3 (JSON notifications) or APIv2 (XML ones). */
export type ReplyVersion = 'v3' | 'v2';

const XML_TYPE = 'text/xml; charset=utf-8';

/** An APIv2 reply body: `<xml><return_code><![CDATA[…]]></return_code><return_msg><![CDATA[…]]></return_msg></xml>`. */
function v2Body(code: 'SUCCESS' | 'FAIL', message: string): string {
  const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
  return `<xml><return_code>${cdata(code)}</return_code><return_msg>${cdata(message)}</return_msg></xml>`;
}

/**
 * The success reply: 200 or 204 with an empty body (WeChat Pay then stops redelivering); for an
 * APIv2 notification, 200 with `<xml><return_code><![CDATA[SUCCESS]]></return_code>…</xml>`.
 * @default status 204 (APIv3), 200 (APIv2)
 */
export function successReply(status: 200 | 204 = 204, version: ReplyVersion = 'v3'): NotificationReply {
  if (status !== 200 && status !== 204) throw new RangeError('a success reply is 200 or 204');
  if (version === 'v2') return { status: 200, headers: { 'Content-Type': XML_TYPE }, body: v2Body('SUCCESS', 'OK') };
  return { status, headers: {}, body: '' };
}

/**
 * The failure reply: a 4xx/5xx with `{"code":"FAIL","message":…}` (APIv2: the XML `FAIL` reply);
 * WeChat Pay redelivers later.
 * @default status 500
 */
export function failureReply(message: string, status = 500, version: ReplyVersion = 'v3'): NotificationReply {
  if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('a failure reply has a 4xx or 5xx status');
  if (version === 'v2') return { status, headers: { 'Content-Type': XML_TYPE }, body: v2Body('FAIL', message) };
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ code: 'FAIL', message }) };
}

/**
 * The failure reply for an error: a {@link NotificationError} gives its own status and code; any
 * other error (the handler's) is a 500 whose message does not reveal it.
 */
export function failureReplyFor(error: unknown, version: ReplyVersion = 'v3'): NotificationReply {
  if (NotificationError.is(error)) {
    const reply = failureReply(`notification refused: ${error.code}`, error.status, version);
    // Stop reading an oversized body: close the connection rather than drain it.
    if (error.code === 'body-too-large') reply.headers.Connection = 'close';
    return reply;
  }
  return failureReply('the notification handler failed', 500, version);
}

/** A Web `Response` for a reply (Next.js route handlers, Hono, Bun, Deno, workers). */
export function toResponse(reply: NotificationReply): Response {
  return new Response(reply.body === '' ? null : reply.body, { status: reply.status, headers: reply.headers });
}

/** Write a reply to a Node `ServerResponse` (node:http, Express, Koa's `ctx.res`). */
export function writeReply(res: ServerResponse, reply: NotificationReply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body === '' ? undefined : reply.body);
}
