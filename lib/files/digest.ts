import { createHash, timingSafeEqual, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DownloadError } from '../errors/download-error.js';

/**
 * A running digest checked against the expected one at the end: what {@link DigestCheck} and the
 * download pipeline's last step (lib/files/pipeline.ts) share, so that the pipeline hashes in the
 * step that counts bytes rather than in one more Transform that every chunk must pass.
 */
export class Digest {
  readonly #hash: Hash;
  readonly #expected: Buffer;
  readonly #algorithm: string;

  /**
   * @param algorithm - a node:crypto hash name (`sha1` for bills and statements)
   * @param expectedHex - the digest the file must have, hex (either case)
   */
  constructor(algorithm: string, expectedHex: string) {
    this.#hash = createHash(algorithm);
    this.#algorithm = algorithm;
    this.#expected = Buffer.from(expectedHex, 'hex');
  }

  update(chunk: Buffer): void {
    this.#hash.update(chunk);
  }

  /** Undefined when the bytes hashed match, else the `digest-mismatch` error naming both digests. */
  mismatch(path: string, bytes: number): DownloadError | undefined {
    const actual = this.#hash.digest();
    if (actual.length === this.#expected.length && timingSafeEqual(actual, this.#expected)) return undefined;
    return new DownloadError('digest-mismatch', `the ${bytes} bytes received hash to ${this.#algorithm.toUpperCase()} ${actual.toString('hex')}, not ${this.#expected.toString('hex')} as the signed answer said`, { path, bytes });
  }
}

/**
 * Passes bytes through unchanged while hashing them, and at the end compares the digest with the
 * expected one: on a mismatch the stream errors instead of ending, so whoever reads it never sees a
 * clean end of bytes that did not verify.
 */
export class DigestCheck extends Transform {
  readonly #digest: Digest;
  readonly #path: string;
  #bytes = 0;

  /**
   * @param algorithm - a node:crypto hash name (`sha1` for bills and statements)
   * @param expectedHex - the digest the file must have, hex (either case)
   * @param path - the downloaded path, for the error
   */
  constructor(algorithm: string, expectedHex: string, path: string) {
    // 64 KiB chunks pass without a backpressure round trip (Node's default buffer is 16 KiB).
    super({ highWaterMark: 64 * 1024 });
    this.#digest = new Digest(algorithm, expectedHex);
    this.#path = path;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#digest.update(chunk);
    this.#bytes += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.#digest.mismatch(this.#path, this.#bytes));
  }
}

/** True for a hex digest of `bytes` bytes (a SHA-1 has 20). */
export function isHexDigest(value: unknown, bytes: number): value is string {
  return typeof value === 'string' && value.length === bytes * 2 && /^[0-9a-fA-F]+$/.test(value);
}
