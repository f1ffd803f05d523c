import http from 'node:http';
import https from 'node:https';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How far one attempt got before it failed:
 * - `queued`: waiting for a socket from the agent; nothing written anywhere.
 * - `connecting`: DNS lookup, TCP connect or TLS handshake in progress; no byte of the request can
 *   have left this machine (Node buffers the request until the connection is ready).
 * - `sent`: the connection was ready, so the request may have been written and processed.
 * - `headers`: the response head arrived; the server certainly received the request.
 */
export type AttemptProgress = 'queued' | 'connecting' | 'sent' | 'headers';

/** The parts of an http(s) URL that node:http's request options take. */
export interface AttemptTarget {
  /** The URL these are the parts of. */
  url: string;
  protocol: string;
  /** Without the brackets of an IPv6 address. */
  hostname: string;
  port: string;
  /** Path and query. */
  path: string;
  /** `user:password`, decoded, when the URL carries them. */
  auth?: string;
}

/** The parts of `url` (an absolute http(s) URL), parsed. */
export function parseTarget(url: string): AttemptTarget {
  const parsed = new URL(url);
  return {
    url,
    protocol: parsed.protocol,
    hostname: parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname,
    port: parsed.port,
    path: parsed.pathname + parsed.search,
    auth: parsed.username || parsed.password ? `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}` : undefined,
  };
}

/** The error a connect timeout destroys the request with; `code` is what {@link NetworkError} reports. */
export const CONNECT_TIMEOUT = 'ERR_CONNECT_TIMEOUT';

/**
 * An axios `transport` for one attempt: node:http/https `request`, plus the bookkeeping that lets a
 * failure say whether the request can have reached the server, and a connect timeout (axios's own
 * `timeout` starts counting only once the socket is connected).
 *
 * `http.request` is looked up at call time on the module object, as axios does, so request
 * interceptors that patch it (msw, nock) keep working.
 */
export class AttemptTransport {
  progress: AttemptProgress = 'queued';
  /** The host the attempt went to, for error messages. */
  host = '';

  /**
   * `target`: where the attempt goes, worked out by the pipeline that made its URL, so that the
   * adapter need not parse that URL again (it uses the parts only for a request to that very URL).
   */
  constructor(
    readonly connectTimeout: number,
    readonly target?: AttemptTarget,
  ) {}

  request(options: RequestOptions, callback: (res: IncomingMessage) => void): ClientRequest {
    const secure = options.protocol === 'https:';
    this.host = `${options.hostname ?? options.host ?? ''}${options.port ? `:${options.port}` : ''}`;
    const req = (secure ? https : http).request(options, (res) => {
      this.progress = 'headers';
      callback(res);
    });
    req.once('socket', (socket: Socket) => {
      // A pooled keep-alive socket is ready at once; a fresh one is ready on connect, or for TLS once
      // the handshake is done (only then does Node write the buffered request). Time spent queued for
      // a socket is bounded by the request's own timeout, not this one.
      if (!socket.connecting) {
        this.progress = 'sent';
        return;
      }
      this.progress = 'connecting';
      let timer: NodeJS.Timeout | undefined;
      const ready = (): void => {
        if (this.progress === 'connecting') this.progress = 'sent';
        clearTimeout(timer);
      };
      if (this.connectTimeout > 0) {
        timer = setTimeout(() => {
          if (this.progress !== 'connecting') return;
          req.destroy(Object.assign(new Error(`could not connect to ${this.host} within ${this.connectTimeout} ms`), { code: CONNECT_TIMEOUT }));
        }, this.connectTimeout);
        req.once('close', () => clearTimeout(timer));
      }
      socket.once(secure ? 'secureConnect' : 'connect', ready);
    });
    return req;
  }
}
