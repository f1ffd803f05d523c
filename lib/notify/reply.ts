import type { ServerResponse } from 'node:http';
import { NotificationError } from './error.js';

/** An HTTP reply to WeChat Pay, independent of the framework that sends it. */
export interface NotificationReply {
  status: number;
  headers: Record<string, string>;
  /** Empty for success; `{"code":"FAIL","message":…}` for failure. */
  body: string;
}

/**
 * The success reply: 200 or 204 with an empty body (WeChat Pay then stops redelivering).
 * @default status 204
 */
export function successReply(status: 200 | 204 = 204): NotificationReply {
  if (status !== 200 && status !== 204) throw new RangeError('a success reply is 200 or 204');
  return { status, headers: {}, body: '' };
}

/**
 * The failure reply: a 4xx/5xx with `{"code":"FAIL","message":…}`; WeChat Pay redelivers later.
 * @default status 500
 */
export function failureReply(message: string, status = 500): NotificationReply {
  if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('a failure reply has a 4xx or 5xx status');
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ code: 'FAIL', message }) };
}

/**
 * The failure reply for an error: a {@link NotificationError} gives its own status and code; any
 * other error (the handler's) is a 500 whose message does not reveal it.
 */
export function failureReplyFor(error: unknown): NotificationReply {
  if (NotificationError.is(error)) {
    const reply = failureReply(`notification refused: ${error.code}`, error.status);
    // Stop reading an oversized body: close the connection rather than drain it.
    if (error.code === 'body-too-large') reply.headers.Connection = 'close';
    return reply;
  }
  return failureReply('the notification handler failed', 500);
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
