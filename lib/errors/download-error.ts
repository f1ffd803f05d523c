import { WechatpayError } from './base.js';

/** Why a downloaded file was refused. */
export type DownloadFailure =
  /** The bytes do not hash to the `hash_value` of the signed bill answer, or to `Wechatpay-Statement-Sha1`. */
  | 'digest-mismatch'
  /** An encrypted bill's AES-256-GCM tag does not verify: the file was altered, cut short, or the key or nonce is wrong. */
  | 'tag-mismatch'
  /** The file is marked or sniffed as gzip but does not decompress. */
  | 'bad-gzip'
  /** More than `maxBytes` bytes (after decompression and decryption). */
  | 'too-large';

/**
 * A streamed file (bill, statement) failed a check. The stream that carried it errors with this
 * before it ends, so no consumer sees a clean end of an unverified file; `wxpay.download(…, { to })`
 * removes what it wrote.
 */
export class DownloadError extends WechatpayError {
  override readonly kind = 'DownloadError';
  readonly reason: DownloadFailure;
  /** The path that was downloaded (`/v3/billdownload/file`), without its query: the token stays out of logs. */
  readonly path: string;
  /** Bytes that had passed the check's point in the pipeline when it failed. */
  readonly bytes: number;

  constructor(reason: DownloadFailure, detail: string, context: { path: string; bytes: number; cause?: unknown }) {
    super(`Download of ${context.path} refused (${reason}): ${detail}`, { cause: context.cause });
    this.reason = reason;
    this.path = context.path;
    this.bytes = context.bytes;
  }

  static override is(value: unknown): value is DownloadError {
    return WechatpayError.is(value) && value.kind === 'DownloadError';
  }
}
