import { WechatpayError } from './base.js';
import type { RequestSummary } from './http-context.js';

/**
 * No complete HTTP response arrived: connection refused, DNS failure, timeout, reset, truncated body.
 * `mayHaveReachedServer` says whether WeChat Pay may have processed the request, which decides
 * whether a write is safe to repeat (query the order by its business key before retrying it).
 */
export class NetworkError extends WechatpayError {
  override readonly kind = 'NetworkError';
  /** The system or axios error code, e.g. `ECONNREFUSED`, `ECONNABORTED`, `ECONNRESET`, `ENOTFOUND`. */
  readonly code: string | undefined;
  /** False only when the request provably never left this machine (connect or DNS failure). */
  readonly mayHaveReachedServer: boolean;
  readonly request: RequestSummary;

  constructor(init: { code: string | undefined; detail: string; request: RequestSummary; cause?: unknown }) {
    const reached = !NEVER_SENT.has(init.code ?? '');
    super(
      `Network error on ${init.request.method} ${init.request.url}: ${init.detail}` +
        (reached ? ' (the request may have reached WeChat Pay)' : ' (the request was not sent)'),
      { cause: init.cause },
    );
    this.code = init.code;
    this.mayHaveReachedServer = reached;
    this.request = init.request;
  }

  static override is(value: unknown): value is NetworkError {
    return WechatpayError.is(value) && value.kind === 'NetworkError';
  }
}

// Failures that happen before a single request byte can have reached the server.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);
