import { ConfigError } from '../errors/config-error.js';
import { NetworkError } from '../errors/network-error.js';
import { describe } from '../errors/describe.js';

/** The WeChat Pay API host. */
export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com/';
/** The backup host WeChat Pay documents for when the default one cannot be reached. */
export const DEFAULT_BACKUP_BASE_URLS: readonly string[] = ['https://api2.mch.weixin.qq.com/'];

/** How long a host that could not be connected to is tried last, in milliseconds. */
const DEMOTED_FOR_MS = 60_000;

/**
 * Check a base URL option and give it a trailing `/`: an absolute `https:` URL (`http:` only on
 * loopback, for test servers), without credentials, query or fragment. Throws {@link ConfigError}
 * naming `option`; the message never quotes the value, which may be a key pasted into the wrong option.
 */
export function normalizeBaseURL(value: unknown, option: string): string {
  const checked = checkBaseURL(value);
  if (typeof checked !== 'string') throw new ConfigError(option, checked.problem);
  return checked;
}

/**
 * The one check of a base URL, for the client's option and a call's: the normalized URL (ending in
 * `/`), or the problem in words, which never quote the value.
 */
export function checkBaseURL(value: unknown): string | { problem: string } {
  if (typeof value !== 'string') return { problem: `expected a URL string, got ${describe(value)}` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `is not an absolute URL (expected e.g. '${DEFAULT_BASE_URL}')` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `must be an https: URL (expected e.g. '${DEFAULT_BASE_URL}')` };
  // Plain HTTP would show every signature and body to the network; only a server on this machine may have it.
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { problem: 'must be an https: URL; http: is accepted only for a server on loopback (127.0.0.1, ::1, localhost)' };
  if (url.search || url.hash || value.includes('#') || value.includes('?')) return { problem: 'must not carry a query or fragment' };
  // They would print wherever the URL does (toJSON, util.inspect, every error's request URL), and are
  // never sent: the APIv3 signature takes the Authorization header.
  if (url.username || url.password) return { problem: 'must not carry a user name or password' };
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Whether a URL's hostname is this machine. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The backup hosts for a client: as configured, else api2 when the primary is the default host
 * (a custom `baseURL`, such as the cross-border host or a test server, has no implied backup).
 */
export function backupBaseURLs(value: unknown, primary: string): string[] {
  if (value === undefined) return primary === DEFAULT_BASE_URL ? [...DEFAULT_BACKUP_BASE_URLS] : [];
  if (!Array.isArray(value)) throw new ConfigError('backupBaseURLs', `expected an array of URL strings, got ${describe(value)}`);
  const urls = value.map((item, index) => normalizeBaseURL(item, `backupBaseURLs.${index}`));
  const primaryPath = new URL(primary).pathname;
  urls.forEach((url, index) => {
    // The signature covers the path: a backup must serve the API under the same prefix.
    if (new URL(url).pathname !== primaryPath) throw new ConfigError(`backupBaseURLs.${index}`, 'must have the same path as baseURL: the signature covers the path');
    if (url === primary) throw new ConfigError(`backupBaseURLs.${index}`, 'repeats baseURL');
  });
  return urls;
}

/** Failures after which the next host is tried: the request provably never left this machine. */
// ERR_PROXY_CONNECT: a forward proxy could not open its tunnel to the host (it names the failure
// only by its status), so nothing was sent to it.
const FAILOVER_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_CONNECT_TIMEOUT', 'ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'ERR_PROXY_CONNECT']);

/**
 * True when another host may be tried after `error`: a DNS failure, refused connection, connect
 * timeout or a reset during the TLS handshake, all before any byte of the request was written. Never
 * after the connection was up, whatever the method: a write that may have arrived is not sent twice.
 */
export function canFailOver(error: unknown): boolean {
  return NetworkError.is(error) && error.stage === 'connect' && !error.mayHaveReachedServer && FAILOVER_CODES.has(error.code ?? '');
}

/**
 * The hosts of one client in the order to try them: the primary first, unless it recently could not
 * be connected to, in which case it is tried last for a minute (so that an outage does not cost every
 * call a connect timeout first).
 */
export class HostList {
  readonly #urls: readonly string[];
  readonly #demotedUntil = new Map<string, number>();
  readonly #clock: () => number;

  constructor(urls: readonly string[], clock: () => number = Date.now) {
    this.#urls = urls;
    this.#clock = clock;
  }

  /** The primary (configured `baseURL`). */
  get primary(): string {
    return this.#urls[0]!;
  }

  /** Every host, in the order the next call should try them. */
  order(): readonly string[] {
    if (this.#demotedUntil.size === 0) return this.#urls;
    const now = this.#clock();
    for (const [url, until] of this.#demotedUntil) if (until <= now) this.#demotedUntil.delete(url);
    return [...this.#urls.filter((url) => !this.#demotedUntil.has(url)), ...this.#urls.filter((url) => this.#demotedUntil.has(url))];
  }

  /** A connection to `url` failed: try it last for a while. */
  failed(url: string): void {
    if (this.#urls.length > 1) this.#demotedUntil.set(url, this.#clock() + DEMOTED_FOR_MS);
  }

  /** A response came from `url`. */
  succeeded(url: string): void {
    if (this.#demotedUntil.size !== 0) this.#demotedUntil.delete(url);
  }
}
