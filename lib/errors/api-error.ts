import { WechatpayError } from './base.js';
import type { HttpContext, RequestSummary, ResponseSummary } from './http-context.js';

/**
 * WeChat Pay answered with a non-2xx status. Carries WeChat's `code`, `message` and `detail`, the
 * `Request-ID` to quote to WeChat Pay support, and whether the error response's signature verified.
 */
export class ApiError extends WechatpayError implements HttpContext {
  override readonly kind = 'ApiError';
  /** The HTTP status, e.g. `400`, `404`, `502`. */
  readonly status: number;
  /** WeChat's error code, e.g. `PARAM_ERROR`, `SIGN_ERROR`, `RESOURCE_NOT_EXISTS`. */
  readonly code: string | undefined;
  /** WeChat's own message (the `message` field of the error body). */
  readonly apiMessage: string | undefined;
  /** WeChat's `detail` object, where the error body has one. */
  readonly detail: unknown;
  /** The `Request-ID` response header. */
  readonly requestId: string | undefined;
  /**
   * Whether the error response carried a valid WeChat Pay signature. Error pages from gateways and
   * proxies are unsigned, so `false` here is common and not itself alarming.
   */
  readonly verified: boolean;
  /** The request as sent, with the Authorization signature redacted. */
  readonly request: RequestSummary;
  /** Status, headers and the body (parsed where it is JSON). */
  readonly response: ResponseSummary;

  constructor(init: { request: RequestSummary; response: ResponseSummary; verified: boolean }) {
    const { request, response } = init;
    const body = (typeof response.data === 'object' && response.data !== null ? response.data : {}) as Record<string, unknown>;
    // APIv3 errors carry `code` and `message`; APIv2 answers `return_code`/`return_msg` and, for a
    // business failure, `err_code`/`err_code_des`.
    const text = (key: string): string | undefined => (typeof body[key] === 'string' && body[key] !== '' ? (body[key] as string) : undefined);
    const v2 = text('return_code') !== undefined;
    const code = v2 ? text('err_code') ?? (text('return_code') !== 'SUCCESS' ? text('return_code') : text('result_code')) : text('code');
    const apiMessage = v2 ? text('err_code_des') ?? text('return_msg') : text('message');
    const requestId = response.headers['request-id'];
    const what = code ? ` (${code}${apiMessage ? `: ${apiMessage}` : ''})` : '';
    super(
      `${response.status >= 200 && response.status < 300 ? 'Request failed' : `Request failed with status code ${response.status}`}: ${request.method} ${pathOf(request.url)}${what}` +
        (requestId ? ` [Request-ID ${requestId}]` : ''),
    );
    this.status = response.status;
    this.code = code;
    this.apiMessage = apiMessage;
    this.detail = body.detail;
    this.requestId = requestId;
    this.verified = init.verified;
    this.request = request;
    this.response = response;
  }

  static override is(value: unknown): value is ApiError {
    return WechatpayError.is(value) && value.kind === 'ApiError';
  }
}

/** The path and query of a URL (the URL itself when it does not parse), for error messages. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
