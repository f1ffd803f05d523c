import { WechatpayError } from './base.js';
import type { HttpContext, RequestSummary, ResponseSummary } from './http-context.js';

/** Why a complete response could not be used. */
export type ResponseFailure =
  /** The body exceeded `maxContentLength`; reading stopped there. */
  | 'too-large'
  /** The body says it is JSON (and its signature verified) but does not parse. */
  | 'invalid-json'
  /** APIv2: the answer is not well-formed XML, or declares a DOCTYPE or ENTITY (refused outright). */
  | 'invalid-xml';

/**
 * A response arrived but cannot be handed over: it is larger than allowed, or it is signed but not
 * the JSON it claims to be. WeChat Pay received and processed the request.
 */
export class ResponseError extends WechatpayError implements HttpContext {
  override readonly kind = 'ResponseError';
  readonly reason: ResponseFailure;
  /** The request as sent, with the Authorization signature redacted. */
  readonly request: RequestSummary;
  /** Status and headers; `data` is left out (too large, or not parseable). */
  readonly response: ResponseSummary | undefined;

  constructor(reason: ResponseFailure, detail: string, context: { request: RequestSummary; response?: ResponseSummary; cause?: unknown }) {
    super(`Unusable response to ${context.request.method} ${context.request.url} (${reason}): ${detail}`, { cause: context.cause });
    this.reason = reason;
    this.request = context.request;
    this.response = context.response;
  }

  static override is(value: unknown): value is ResponseError {
    return WechatpayError.is(value) && value.kind === 'ResponseError';
  }
}
