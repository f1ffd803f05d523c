import { utf8Bytes } from '../bytes.js';
import { summarizeHeaders } from '../errors/http-context.js';
import { NotificationError } from './error.js';
import { startsAsXml } from '../xml/fields.js';

/** The raw body of a notification: exactly the bytes received, before any JSON parsing. */
export type RawNotificationBody = string | Uint8Array | ArrayBuffer;

/** Headers as a Web `Headers`, a Node `IncomingHttpHeaders`, or any record of names to values. */
export type NotificationHeaders =
  | { get(name: string): string | null; forEach(callback: (value: string, name: string) => void): void }
  | Record<string, string | string[] | number | undefined>;

/** What `parse()` takes: the request headers and the raw body. */
export interface NotificationInput {
  headers: NotificationHeaders;
  /** The raw body: a string, Buffer, Uint8Array or ArrayBuffer. A parsed object is refused. */
  body: RawNotificationBody;
}

/** @default 1 MiB: real notifications are a few KB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Header names lower-cased, repeated values joined: a Web `Headers` (or Map) through its own
 * `forEach`, a record the way response headers are read ({@link summarizeHeaders}), so responses
 * and notifications hand the verifier the same shape.
 */
export function normalizeHeaders(headers: unknown): Record<string, string> {
  if (!headers || typeof headers !== 'object') return {};
  if (typeof (headers as { forEach?: unknown }).forEach === 'function' && typeof (headers as { get?: unknown }).get === 'function') {
    const out: Record<string, string> = {};
    (headers as { forEach(callback: (value: string, name: string) => void): void }).forEach((value, name) => (out[name.toLowerCase()] = value));
    return out;
  }
  return summarizeHeaders(headers);
}

/**
 * Whether a notification is APIv2's: an XML body without the APIv3 `Wechatpay-Signature` header.
 * One that carries the header claims to be APIv3 and is held to it, so a tampered first byte is a
 * bad signature rather than a switch of protocol.
 */
export function isV2Notification(headers: Record<string, string>, bodyStart: Uint8Array): boolean {
  return headers['wechatpay-signature'] === undefined && startsAsXml(bodyStart);
}

/** Whether a value is a raw body (rather than a parsed one). */
export function isRawBody(body: unknown): body is RawNotificationBody {
  return typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer;
}

/** The body's bytes without copying; refuses parsed objects and bodies over the limit. */
export function rawBytes(body: unknown, maxBodyBytes: number, requestId?: string): Uint8Array {
  let bytes: Uint8Array;
  if (typeof body === 'string') bytes = utf8Bytes(body);
  else if (body instanceof Uint8Array) bytes = body;
  else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
  else if (body === undefined || body === null) {
    throw new NotificationError('raw-body-required', 'no body was given; pass the raw request body (string or bytes)', { requestId });
  } else {
    throw new NotificationError(
      'raw-body-required',
      `the body is ${Array.isArray(body) ? 'an array' : `a ${typeof body}`}, not the raw bytes: the signature covers the bytes as received, and re-serialized JSON differs from them. ` +
        "Pass the raw body: express.raw({ type: 'application/json' }), await request.text() in a Web handler, or Fastify's parseAs: 'buffer'",
      { requestId },
    );
  }
  if (bytes.length > maxBodyBytes) throw tooLarge(bytes.length, maxBodyBytes, requestId);
  return bytes;
}

/** The refusal for a declared `Content-Length` over the limit, so that nothing of the body is read; undefined when absent or within it. */
export function declaredTooLarge(contentLength: string | null | undefined, maxBodyBytes: number, requestId?: string): NotificationError | undefined {
  const declared = Number(contentLength);
  return Number.isFinite(declared) && declared > maxBodyBytes ? tooLarge(declared, maxBodyBytes, requestId) : undefined;
}

export function tooLarge(size: number | undefined, maxBodyBytes: number, requestId?: string): NotificationError {
  return new NotificationError('body-too-large', `the body is ${size === undefined ? 'more than' : `${size} bytes, over`} the ${maxBodyBytes}-byte limit (option maxBodyBytes)`, { requestId });
}
