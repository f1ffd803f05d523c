import type { IncomingMessage } from 'node:http';
import { NotificationError } from './error.js';
import { declaredTooLarge, DEFAULT_MAX_BODY_BYTES, isRawBody, rawBytes, tooLarge } from './input.js';

/**
 * Read a request's raw body, refusing more than `maxBodyBytes` (by `Content-Length` before reading,
 * and by count while reading) with a `body-too-large` NotificationError.
 */
export function readRawBody(req: IncomingMessage, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Promise<Buffer> {
  const requestId = header(req, 'request-id');
  const refused = declaredTooLarge(header(req, 'content-length'), maxBodyBytes, requestId);
  if (refused) return Promise.reject(refused);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        cleanup();
        // Stop reading; the failure reply closes the connection instead of draining the rest.
        req.pause();
        reject(tooLarge(undefined, maxBodyBytes, requestId));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * The raw body of a Node request: the `body` a raw-body middleware left (`express.raw()`), else the
 * stream itself. A `body` another middleware parsed (`express.json()`) is refused with an
 * explanation, since the stream is gone by then.
 */
export async function nodeRequestBody(req: IncomingMessage & { body?: unknown }, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Promise<Uint8Array> {
  const given = req.body;
  const requestId = header(req, 'request-id');
  if (isRawBody(given)) return rawBytes(given, maxBodyBytes, requestId);
  // body-parser sets `req.body = {}` even when it skips a request; only a consumed stream means it parsed.
  const consumed = req.readableEnded || (req as { _body?: unknown })._body === true;
  if (!consumed) return readRawBody(req, maxBodyBytes);
  if (given !== undefined && given !== null) return rawBytes(given, maxBodyBytes, requestId);
  // Waiting for 'end' on a stream that already ended would hang the request.
  throw new NotificationError('raw-body-required', 'the request body was already read by another middleware, which left no raw body: mount this handler before body parsers, or after express.raw()', { requestId });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
