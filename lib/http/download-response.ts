import type { AxiosRequestConfig } from 'axios';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { DigestCheck } from '../files/digest.js';
import { translateFailure } from './failure.js';

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
