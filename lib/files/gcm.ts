import { createDecipheriv, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DownloadError } from '../errors/download-error.js';

/** AES-GCM's tag length as WeChat Pay appends it: the last 16 bytes of the file. */
const TAG_BYTES = 16;

/**
 * Decrypts an AES-256-GCM file on the fly: ciphertext with the 16-byte tag at its end. The last 16
 * bytes seen are held back until the end, where they are the tag: if it does not verify (the file was
 * altered or cut short, or the key or nonce is wrong) the stream errors instead of ending.
 */
export class GcmDecrypt extends Transform {
  readonly #decipher: DecipherGCM;
  readonly #path: string;
  #tail: Buffer = Buffer.alloc(0);
  #bytes = 0;

  constructor(key: Uint8Array, nonce: Uint8Array, path: string) {
    // 64 KiB chunks pass without a backpressure round trip (Node's default buffer is 16 KiB).
    super({ highWaterMark: 64 * 1024 });
    this.#decipher = createDecipheriv('aes-256-gcm', key, nonce);
    this.#path = path;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (chunk.length >= TAG_BYTES) {
      // Two updates rather than one concatenation: no copy of each chunk.
      const head = this.#tail.length ? this.#decipher.update(this.#tail) : undefined;
      const body = this.#decipher.update(chunk.subarray(0, chunk.length - TAG_BYTES));
      this.#tail = Buffer.from(chunk.subarray(chunk.length - TAG_BYTES));
      if (head?.length) this.push(head);
      return callback(null, body);
    }
    const joined = Buffer.concat([this.#tail, chunk]);
    const cut = Math.max(0, joined.length - TAG_BYTES);
    this.#tail = joined.subarray(cut);
    callback(null, cut ? this.#decipher.update(joined.subarray(0, cut)) : undefined);
  }

  override _flush(callback: TransformCallback): void {
    const fail = (detail: string): void => callback(new DownloadError('tag-mismatch', detail, { path: this.#path, bytes: this.#bytes }));
    if (this.#tail.length < TAG_BYTES) return fail(`the file is ${this.#bytes} bytes, too short to hold the 16-byte AES-GCM tag`);
    try {
      this.#decipher.setAuthTag(this.#tail);
      const last = this.#decipher.final();
      callback(null, last.length ? last : undefined);
    } catch {
      // node:crypto's message says no more than this, and never carries the key.
      fail(`the AES-256-GCM tag does not verify over ${this.#bytes} bytes: the file was altered or cut short, or encrypt_key/nonce do not belong to it`);
    }
  }
}
