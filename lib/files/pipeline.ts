import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DownloadError } from '../errors/download-error.js';
import { Digest } from './digest.js';
import { GcmDecrypt } from './gcm.js';
import { peek } from './peek.js';

/** The checks a downloaded body goes through, in this order. */
export interface FileChecks {
  /** The downloaded path, for errors (never the query, which holds the token). */
  path: string;
  /** Encrypted bills: decrypt with AES-256-GCM, the tag checked at the end. */
  decrypt?: { key: Uint8Array; nonce: Uint8Array };
  /** Decompress: `true`, `false`, or `'auto'` (by the gzip magic bytes). */
  gzip: boolean | 'auto';
  /** The SHA-1 the plain bytes must have, hex. */
  sha1?: string;
  /** Refuse more plain bytes than this. */
  maxBytes: number;
  /** Told the count of body bytes received (before decryption and decompression). */
  onReceived?: (bytes: number) => void;
  /**
   * Shown the first bytes (at least 64, unless the file is shorter) before anything is handed over;
   * throw to refuse the file. The hook for answers that put an error where the file would be, such
   * as APIv2's `pay/downloadbill` (an `<xml>` error at status 200).
   */
  inspect?: (head: Buffer) => void;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/**
 * The chunk size and buffer of each step: 256 KiB rather than Node's 16 KiB. Each chunk zlib hands
 * out is one trip through its thread pool and each chunk written one `write` there too, so a
 * gigabyte costs 4,096 of each rather than 65,536 (16 KiB) or 16,384 (64 KiB); a larger buffer also
 * lets a chunk pass each step without a backpressure round trip. Memory stays a few of these per step.
 */
export const STEP_BYTES = 256 * 1024;
/** How much of a file's beginning `inspect` is shown. */
const INSPECTED_BYTES = 64;

/**
 * The plain bytes of a downloaded file, checked as they flow: decrypted, decompressed, then hashed
 * and counted in one last step (every plain chunk passes each step, so there are as few as the
 * checks need), so memory stays bounded whatever the size. Any check that fails
 * errors the returned stream before it ends. Resolves once the first bytes have been seen (to tell
 * gzip by its magic bytes), or rejects when the body fails before that.
 */
export async function checkedStream(body: Readable, checks: FileChecks): Promise<Readable> {
  const head: (Readable | Transform)[] = [body];
  if (checks.onReceived) head.push(new Counter(checks.onReceived));
  if (checks.decrypt) head.push(new GcmDecrypt(checks.decrypt.key, checks.decrypt.nonce, checks.path));
  let source = chain(head);
  let gzip = checks.gzip;
  if (gzip === 'auto' || checks.inspect) {
    const peeked = await peek(source, checks.inspect ? INSPECTED_BYTES : GZIP_MAGIC.length);
    source = peeked.stream;
    try {
      checks.inspect?.(peeked.head);
    } catch (error) {
      source.destroy();
      throw error;
    }
    if (gzip === 'auto') gzip = peeked.head[0] === GZIP_MAGIC[0] && peeked.head[1] === GZIP_MAGIC[1];
  }
  const tail: (Readable | Transform)[] = [source];
  if (gzip) tail.push(createGunzip({ chunkSize: STEP_BYTES }));
  tail.push(new Outlet(checks.maxBytes, checks.path, checks.sha1 === undefined ? undefined : new Digest('sha1', checks.sha1)));
  return chain(tail);
}

/** Pipe streams one into the next; the last is returned, and errors with the first error of any. */
function chain(streams: (Readable | Transform)[]): Readable {
  if (streams.length === 1) return streams[0]!;
  pipeline(streams, () => {});
  return streams[streams.length - 1]!;
}

/** Counts the body bytes as they arrive, for progress. */
class Counter extends Transform {
  #bytes = 0;

  constructor(readonly report: (bytes: number) => void) {
    super({ highWaterMark: STEP_BYTES });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    this.report(this.#bytes);
    callback(null, chunk);
  }
}

/**
 * The stream the caller reads: it hashes the plain bytes and checks the digest at the end (erroring
 * instead of ending on a mismatch), bounds them by `maxBytes`, and names the failures of the steps
 * before it in the client's terms (a gzip body that does not decompress).
 */
class Outlet extends Transform {
  #bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly path: string,
    readonly digest: Digest | undefined,
  ) {
    super({ highWaterMark: STEP_BYTES });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.maxBytes) return callback(new DownloadError('too-large', `more than maxBytes (${this.maxBytes}) bytes; raise \`maxBytes\` if the file is expected to be that large`, { path: this.path, bytes: this.#bytes }));
    this.digest?.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.digest?.mismatch(this.path, this.#bytes));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (error && typeof code === 'string' && code.startsWith('Z_')) {
      return callback(new DownloadError('bad-gzip', `the body does not decompress as gzip (${code})`, { path: this.path, bytes: this.#bytes, cause: error }));
    }
    callback(error);
  }
}
