import { WechatpayError } from './base.js';
import type { RequestSummary } from './http-context.js';

/**
 * Where an exchange broke:
 * - `connect`: DNS failure, connection refused, connect timeout. Not one byte of the request left this machine.
 * - `response`: the connection was up, so the request may have been processed; no response head came back
 *   (reset, or timed out waiting).
 * - `body`: the response head arrived (WeChat Pay got the request), then the body was cut off or stalled.
 */
export type NetworkStage = 'connect' | 'response' | 'body';

/**
 * No complete HTTP response arrived: connection refused, DNS failure, timeout, reset, truncated body.
 * `mayHaveReachedServer` says whether WeChat Pay may have processed the request, which decides
 * whether a write is safe to repeat (query the order by its business key before retrying it).
 */
export class NetworkError extends WechatpayError {
  override readonly kind = 'NetworkError';
  /**
   * The system or axios error code, e.g. `ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, `ECONNABORTED`
   * (timeout), `ERR_CONNECT_TIMEOUT`, `ERR_RESPONSE_TRUNCATED`, `ERR_CANCELED`.
   */
  readonly code: string | undefined;
  /** Where the exchange broke; see {@link NetworkStage}. */
  readonly stage: NetworkStage;
  /**
   * False only when the request provably never left this machine (DNS or connect failure, on every
   * attempt made). A write that failed with `true` may have been charged: query it by its business
   * key (e.g. `out_trade_no`) before sending it again.
   */
  readonly mayHaveReachedServer: boolean;
  /** What happened, in words (the message without the request line). */
  readonly detail: string;
  /** The request as sent, with the Authorization signature redacted. */
  readonly request: RequestSummary;

  constructor(init: { code: string | undefined; detail: string; request: RequestSummary; stage?: NetworkStage; mayHaveReachedServer?: boolean; cause?: unknown }) {
    const stage = init.stage ?? (NEVER_SENT.has(init.code ?? '') ? 'connect' : 'response');
    const reached = init.mayHaveReachedServer ?? stage !== 'connect';
    super(
      `Network error on ${init.request.method} ${init.request.url}: ${init.detail}` +
        (stage === 'body' ? ' (the request reached WeChat Pay)' : reached ? ' (the request may have reached WeChat Pay)' : ' (the request was not sent)'),
      { cause: init.cause },
    );
    this.code = init.code;
    this.stage = stage;
    this.mayHaveReachedServer = reached;
    this.detail = init.detail;
    this.request = init.request;
  }

  static override is(value: unknown): value is NetworkError {
    return WechatpayError.is(value) && value.kind === 'NetworkError';
  }
}

// Failures that happen before a single request byte can have reached the server (used when the
// transport could not track the attempt, e.g. under a request interceptor such as msw).
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL', 'ERR_CONNECT_TIMEOUT']);
