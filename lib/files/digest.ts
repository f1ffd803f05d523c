import { createHash, timingSafeEqual, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DownloadError } from '../errors/download-error.js';

/**
 * Passes bytes through unchanged while hashing them, and at the end compares the digest with the
 * expected one: on a mismatch the stream errors instead of ending, so whoever reads it never sees a
 * clean end of bytes that did not verify.
 */
export class DigestCheck extends Transform {
  readonly #hash: Hash;
  readonly #expected: Buffer;
  readonly #algorithm: string;
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
    this.#hash = createHash(algorithm);
    this.#algorithm = algorithm;
    this.#expected = Buffer.from(expectedHex, 'hex');
    this.#path = path;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    this.#bytes += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const actual = this.#hash.digest();
    if (actual.length === this.#expected.length && timingSafeEqual(actual, this.#expected)) return callback();
    callback(new DownloadError('digest-mismatch', `the ${this.#bytes} bytes received hash to ${this.#algorithm.toUpperCase()} ${actual.toString('hex')}, not ${this.#expected.toString('hex')} as the signed answer said`, { path: this.#path, bytes: this.#bytes }));
  }
}


/** True for a hex digest of `bytes` bytes (a SHA-1 has 20). */
export function isHexDigest(value: unknown, bytes: number): value is string {
  return typeof value === 'string' && value.length === bytes * 2 && /^[0-9a-fA-F]+$/.test(value);
}
