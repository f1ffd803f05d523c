import { WechatpayError } from './base.js';
import type { HttpContext, RequestSummary, ResponseSummary } from './http-context.js';

/** Which verification check failed. */
export type SignatureFailure =
  /** A `Wechatpay-Timestamp`, `-Nonce`, `-Signature` or `-Serial` header is absent or empty. */
  | 'missing-header'
  /** `Wechatpay-Timestamp` is not a number of seconds, or is outside the allowed clock offset. */
  | 'timestamp'
  /** `Wechatpay-Serial` names no key in `certs`. */
  | 'unknown-serial'
  /** The certificate for that serial is expired or not yet valid. */
  | 'certificate-validity'
  /** A WeChat Pay probe (`WECHATPAY/SIGNTEST/…`): must never verify. */
  | 'probe'
  /** The RSA signature does not match the body (APIv2: the `sign` does not match the fields). */
  | 'bad-signature'
  /** APIv2: an answer of an operation WeChat Pay signs carries no `sign`. */
  | 'missing-sign';

/**
 * A response (or notification) failed WeChat Pay signature verification. Its body never reaches the
 * caller as data: treat it as forged or corrupted.
 */
export class SignatureError extends WechatpayError implements Partial<HttpContext> {
  override readonly kind = 'SignatureError';
  readonly reason: SignatureFailure;
  /** What the check found, without the "verification failed" prefix (for wrappers such as notifications). */
  readonly detail: string;
  /** The `Wechatpay-Serial` that was presented, if any. */
  readonly serial: string | undefined;
  /** The `Request-ID` response header, to quote to WeChat Pay support. */
  readonly requestId: string | undefined;
  /** The request whose response failed (Authorization redacted); absent outside a call (notifications). */
  readonly request: RequestSummary | undefined;
  /** Status and headers of that response; `data` is left out, since it did not verify. */
  readonly response: ResponseSummary | undefined;

  constructor(
    reason: SignatureFailure,
    detail: string,
    context: { serial?: string; requestId?: string; request?: RequestSummary; response?: ResponseSummary } = {},
  ) {
    super(`WeChat Pay signature verification failed (${reason}): ${detail}`);
    this.reason = reason;
    this.detail = detail;
    this.serial = context.serial;
    this.requestId = context.requestId;
    this.request = context.request;
    this.response = context.response;
  }

  static override is(value: unknown): value is SignatureError {
    return WechatpayError.is(value) && value.kind === 'SignatureError';
  }
}
