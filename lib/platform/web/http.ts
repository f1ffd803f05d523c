import { ConfigError } from '../../errors/config-error.js';
import type { AttemptConnection, ConnectionOptions, TlsMaterial } from '../contract.js';

/**
 * fetch (workerd, the Vercel edge runtime, browsers): axios's fetch adapter sends each attempt, with
 * `redirect: 'manual'` (the client's `maxRedirects: 0`) and the attempt's deadline as its signal.
 * fetch says nothing of how far a failed request got, so failures report that it may have reached
 * WeChat Pay (and are never sent to a backup host) unless the error proves otherwise; there is no
 * connect phase to time apart, so `connectTimeout` does not apply and `timeout` bounds the attempt.
 */

declare const EdgeRuntime: string | undefined;
const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent;

/** The runtime, for the User-Agent. */
export const runtime = agent === 'Cloudflare-Workers' ? 'workerd' : typeof EdgeRuntime === 'string' ? `edge-runtime/${EdgeRuntime}` : 'web';

/** Only "no proxy": fetch here connects as the platform does, and takes no agent or proxy. */
export function proxyOptionProblem(value: unknown, _agents: ConnectionOptions): string | undefined {
  if (value === undefined || value === false) return undefined;
  return 'is not available on this runtime: requests go through fetch, which takes no proxy (configure one in the platform, if it has any)';
}

/** Bytes as the fetch adapter sends them: as they are. */
export function wireBytes(bytes: Uint8Array): Uint8Array {
  return bytes;
}

export class Connections {
  constructor(_client: ConnectionOptions, _tls: TlsMaterial) {}

  attempt(_url: string, call: ConnectionOptions, _connectTimeout: number, mutual = false): AttemptConnection {
    // The builder refuses such a call first (no certificate can be presented here); never sent without one.
    if (mutual) throw new ConfigError('merchantCertificate', 'mutual TLS needs node:tls; this runtime sends through fetch, which presents no client certificate');
    // A call's proxy passed the builder's check (a URL); here it could only be ignored, so it is refused.
    if (call.proxy !== undefined && call.proxy !== false) throw new ConfigError('proxy', proxyOptionProblem(call.proxy, call)!);
    return { adapter: 'fetch' };
  }
}

/** Downloads are not streamed here (see #platform/files): no request asks for a stream, no body is one to wait for. */
export function whenStreamEnds(_body: unknown, _done: () => void): boolean {
  return false;
}
