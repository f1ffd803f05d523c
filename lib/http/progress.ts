/**
 * How far one attempt got before it failed:
 * - `queued`: waiting for a connection from the agent (through a proxy: its `CONNECT` tunnel); no
 *   byte of the request written anywhere.
 * - `connecting`: DNS lookup, TCP connect or TLS handshake with WeChat Pay in progress; no byte of
 *   the request can have left this machine (Node buffers the request until the connection is ready).
 * - `sent`: the connection was ready, so the request may have been written and processed.
 * - `headers`: the response head arrived; the server certainly received the request.
 */
export type AttemptProgress = 'queued' | 'connecting' | 'sent' | 'headers';

/** The error a connect timeout destroys the request with; `code` is what `NetworkError` reports. */
export const CONNECT_TIMEOUT = 'ERR_CONNECT_TIMEOUT';

/**
 * The bookkeeping of one attempt, which failures are described from. Kept apart from the transport
 * that fills it in (`attempt.ts`, on node:http), so that runtimes without node:http (where fetch
 * sends and nothing tracks the attempt) load none of it.
 */
export class AttemptRecord {
  progress: AttemptProgress = 'queued';
  /** Whether the adapter sent through this transport at all (an adapter of the caller, fetch, does not). */
  started = false;
  /** `host:port` the attempt went to, for error messages. */
  host = '';

  constructor(
    /** Milliseconds until the connection must be ready; `0` for no limit. */
    readonly connectTimeout: number,
    /** Whether the agent reaches the host through a forward proxy. */
    readonly proxied: boolean,
  ) {}
}
