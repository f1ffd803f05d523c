import { describe } from '../errors/describe.js';

/** The connection options a call or the client may give: its own agents, or a proxy. */
export interface ConnectionOptions {
  proxy?: unknown;
  httpAgent?: unknown;
  httpsAgent?: unknown;
}

/**
 * Check a `proxy` option (of the client or a call): `false`, or an `http:`/`https:` proxy URL, as a
 * string or `URL`; `undefined` is "not given". Returns the problem in words, or `undefined` when it
 * is fine; the words never quote the value, whose URL may carry the proxy's password.
 */
export function proxyOptionProblem(value: unknown, agents: ConnectionOptions): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (typeof value !== 'string' && !(value instanceof URL)) return `expected a proxy URL string, a URL or false, got ${describe(value)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not an absolute URL (expected e.g. 'http://proxy.internal:3128')";
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http: or https: URL of a forward proxy';
  if (agents.httpAgent !== undefined || agents.httpsAgent !== undefined) return 'cannot be given beside an agent of your own (httpAgent, httpsAgent): give that agent the proxy instead';
  return undefined;
}
