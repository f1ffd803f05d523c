import { WechatpayError } from './base.js';

/** Why downloaded platform certificates were refused. */
export type CertificateFailure =
  /** AES-256-GCM authentication failed: a wrong APIv3 key, or the ciphertext, nonce or associated data was altered. */
  | 'decrypt'
  /** The `GET /v3/certificates` response's own signature did not verify. */
  | 'signature'
  /** The response or a decrypted certificate is not what WeChat Pay sends (shape, parse, serial mismatch). */
  | 'malformed'
  /**
   * The download itself failed (WeChat Pay answered an error, or the network failed): the `cause` is
   * that `ApiError` or `NetworkError`. Wrapped so that a download made while verifying another
   * response is never mistaken for that response's own failure (and the request retried or failed over).
   */
  | 'download';

/**
 * Platform certificates from `GET /v3/certificates` (or from a shared certificate storage) were
 * refused. Nothing from that download is trusted: the certificates trusted before stay as they were.
 */
export class CertificateError extends WechatpayError {
  override readonly kind = 'CertificateError';
  readonly reason: CertificateFailure;

  constructor(reason: CertificateFailure, detail: string, options?: { cause?: unknown }) {
    super(`Platform certificates refused (${reason}): ${detail}`, options);
    this.reason = reason;
  }

  static override is(value: unknown): value is CertificateError {
    return WechatpayError.is(value) && value.kind === 'CertificateError';
  }
}
