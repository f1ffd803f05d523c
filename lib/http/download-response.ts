import type { AxiosRequestConfig } from 'axios';
import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { verifySignature, type VerifyInput } from '../auth/verifier.js';
import { SignatureError } from '../errors/signature-error.js';
import { DigestCheck } from '../files/digest.js';
import type { RequestSummary, ResponseSummary } from '../errors/http-context.js';
import { translateFailure } from './failure.js';

/** The trust store's lookups and the clock (response.ts's `ResponseChecks`). */
interface Checks {
  keyFor: VerifyInput['keyFor'];
  unknownSerialHint: VerifyInput['unknownSerialHint'];
  clock: () => number;
  clockToleranceSeconds: number;
}

/** The most of a non-2xx body read from a stream for its `ApiError`: error bodies are small JSON. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/** True for a Node stream body (a call that asked for `responseType: 'stream'`). */
export function isReadable(data: unknown): data is Readable {
  return data instanceof Readable;
}

/**
 * Read a streamed body into one buffer, at most `limit` bytes: what is over is dropped (and the
 * stream destroyed), so an error page or a signed JSON answer never fills memory.
 */
export async function readBounded(stream: Readable, limit: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = limit - length;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        stream.destroy();
        return { body: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(chunk);
      length += chunk.length;
    }
  } catch (error) {
    throw translateFailure(error);
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

/**
 * A statement's `Wechatpay-Statement-Sha1`, checked: WeChat Pay signs `{"sha1":"<value>"}` in place of
 * the body, so the signature is verified over that, and the body must then hash to the value.
 * `undefined` when the header is absent (an answer that is not a statement, or an older one).
 */
export async function verifiedStatementDigest(headers: Record<string, string>, checks: Checks, context: () => { request: RequestSummary; response: ResponseSummary }): Promise<string | undefined> {
  const sha1 = headers['wechatpay-statement-sha1'];
  if (sha1 === undefined) return undefined;
  if (!/^[0-9a-fA-F]{40}$/.test(sha1)) {
    throw new SignatureError('bad-signature', `Wechatpay-Statement-Sha1 is not a hex SHA-1 ("${sha1.slice(0, 48)}")`, { requestId: headers['request-id'], ...context() });
  }
  await verifySignature({
    headers,
    body: Buffer.from(JSON.stringify({ sha1 })),
    keyFor: checks.keyFor,
    unknownSerialHint: checks.unknownSerialHint,
    now: checks.clock(),
    toleranceSeconds: checks.clockToleranceSeconds,
    context,
  });
  return sha1;
}

/** Whether a whole statement body hashes to its verified header. */
export function matchesSha1(body: Buffer, sha1: string): boolean {
  return createHash('sha1').update(body).digest('hex') === sha1.toLowerCase();
}

/**
 * The stream of an unsigned 2xx download as the caller gets it: axios's and the network's errors
 * become the client's (a `NetworkError` for a timeout, an abort or a connection cut mid-body), and
 * a statement's bytes are checked against its verified SHA-1 before the stream may end.
 */
export function downloadStream(raw: Readable, config: AxiosRequestConfig, path: string, sha1: string | undefined): Readable {
  const translated = new Translated(config);
  const streams: (Readable | Transform)[] = [raw, translated];
  if (sha1 !== undefined) streams.push(new DigestCheck('sha1', sha1, path));
  const out = streams[streams.length - 1] as Transform;
  // pipeline destroys every stream with the first error, the last one (the caller's) included.
  pipeline(streams, () => {});
  return out;
}

/** A pass-through whose errors are the client's: `_destroy` translates what it is destroyed with. */
class Translated extends Transform {
  constructor(readonly config: AxiosRequestConfig) {
    // As lib/files/pipeline.ts's steps: 64 KiB chunks pass without a backpressure round trip.
    super({ highWaterMark: 64 * 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, chunk);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    callback(error ? (translateFailure(error) as Error) : error);
  }
}
