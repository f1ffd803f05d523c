import axios, { AxiosError, AxiosHeaders, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse, type CreateAxiosDefaults, type InternalAxiosRequestConfig } from 'axios';
import { isUtf8 } from 'node:buffer';
import { followsTransport, isParsedHeaders, wechatpayAdapter } from './adapter.js';
import { isCanonicalTail, withoutQuery } from './canonical-url.js';
import { DirectLane } from './direct.js';
import { ApiError } from './errors/api-error.js';
import { WechatpayError } from './errors/base.js';
import { summarizeHeaders, type RequestSummary, type ResponseSummary } from './errors/http-context.js';
import { NetworkError, type NetworkStage } from './errors/network-error.js';
import { ParameterError } from './errors/parameter-error.js';
import { ResponseError } from './errors/response-error.js';
import { setHeader } from './headers.js';
import { canFailOver, HostList } from './hosts.js';
import { describe } from './keys.js';
import { hasHeader, splitOptions, type RawBody, type ResponseKind } from './options.js';
import { retryPolicyForCall, withRetries, type RetryPolicy } from './retry.js';
import { authorizeNow, isLocalSigner, type Signer } from './signer.js';
import { fillTemplate } from './template.js';
import { AttemptTransport, CONNECT_TIMEOUT, parseTarget, type AttemptTarget } from './transport.js';
import type { TrustStore } from './trust.js';
import { isUnsignedDownload } from './unsigned.js';
import { verifySignature } from './verifier.js';

/** What the pipeline needs from a configured client. */
export interface PipelineSettings {
  mchid: string;
  serial: string;
  signer: Signer;
  trust: TrustStore;
  /**
   * The key serial that encrypted sensitive fields in a body (`wxpay.encrypt()`), for the automatic
   * `Wechatpay-Serial` header; throws when the body mixes two keys.
   */
  encryptedWith?: (body: string, template: string) => string | undefined;
  /** Always ends with `/`. */
  baseURL: string;
  clockToleranceSeconds: number;
  clock: () => number;
  userAgent: string;
  axiosDefaults: CreateAxiosDefaults;
  /** Tried in order after `baseURL` when it cannot be connected to. @default [] */
  backupBaseURLs?: string[];
  /** Milliseconds for DNS, TCP connect and TLS handshake. @default DEFAULT_CONNECT_TIMEOUT */
  connectTimeout?: number;
  /** The client's retry policy; `undefined`: no retries unless a call asks. */
  retry?: RetryPolicy | undefined;
}

/** Milliseconds an attempt may wait for the connection or for the next response bytes (axios `timeout`). */
export const DEFAULT_TIMEOUT = 30_000;
/** Milliseconds for DNS lookup, TCP connect and TLS handshake, after which a backup host is tried. */
export const DEFAULT_CONNECT_TIMEOUT = 5_000;
/** The largest response body accepted, in bytes (axios `maxContentLength`). */
export const DEFAULT_MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The verified response of a call: the axios response, with `data` parsed per `responseType`. */
export type WechatpayResponse<T = unknown> = AxiosResponse<T>;

/**
 * Carried on each axios config from `request()` to the response interceptor. A class, not a plain
 * object: axios deep-copies plain objects in a config on every request, and this is read-only.
 */
class CallState {
  constructor(
    readonly template: string,
    readonly responseType: ResponseKind,
    /** Internal: the caller verifies the raw response itself (GET /v3/certificates, whose keys may be inside it). */
    readonly verifiedByCaller?: boolean,
  ) {}
}
type StatefulConfig = InternalAxiosRequestConfig & { wechatpay?: CallState };

/**
 * One client's request path: options → URL and body → signing interceptor → axios → verifying
 * interceptor. The interceptors are registered first, so the signer runs after any request
 * interceptor a user adds and the verifier before any response interceptor.
 */
export class Pipeline {
  readonly axios: AxiosInstance;
  readonly #settings: PipelineSettings;
  readonly #hosts: HostList;
  /** Every host's base URL (normalized: canonical, ending in `/`), the primary first. */
  readonly #bases: readonly string[];
  /** Per base URL, the parts of its origin that node:http takes: parsed once, here. */
  readonly #origins: Map<string, Pick<AttemptTarget, 'protocol' | 'hostname' | 'port'>>;
  /** The path of `baseURL` without its final `/` (`''` for a bare host), shared by every host. */
  readonly #pathPrefix: string;
  readonly #direct: DirectLane;
  /** Whether the signer is a local key, which signs synchronously (see the signing interceptor). */
  readonly #signsLocally: boolean;
  /** The verifier's lookups, made once rather than as two new closures for every response. */
  readonly #keyFor = (serial: string): ReturnType<TrustStore['resolve']> => this.#settings.trust.resolve(serial);
  readonly #unknownSerialHint = (serial: string): string | undefined => this.#settings.trust.hint(serial);

  constructor(settings: PipelineSettings) {
    this.#settings = settings;
    this.#bases = [settings.baseURL, ...(settings.backupBaseURLs ?? [])];
    this.#hosts = new HostList(this.#bases);
    this.#origins = new Map(this.#bases.map((base) => [base, parseTarget(base)]));
    this.#pathPrefix = new URL(settings.baseURL).pathname.slice(0, -1);
    this.axios = axios.create({
      timeout: DEFAULT_TIMEOUT,
      maxContentLength: DEFAULT_MAX_CONTENT_LENGTH,
      adapter: wechatpayAdapter,
      ...settings.axiosDefaults,
      // The body is signed as a string or bytes; axios must send exactly those bytes and hand back
      // exactly the bytes received, which the verifier checks before anything is parsed.
      // No transforms at all rather than identity ones: axios normalizes the headers again before each.
      transformRequest: [],
      transformResponse: [],
      responseType: 'arraybuffer',
      validateStatus: () => true,
      maxRedirects: 0,
    });
    // A local key signs synchronously, so axios may run the signer without a promise hop (it still
    // chains asynchronously once a user adds an interceptor of the default, asynchronous kind); a
    // caller's signer (KMS, HSM) may return a promise, so its interceptor stays asynchronous.
    this.#signsLocally = isLocalSigner(settings.signer);
    const signing = this.axios.interceptors.request.use((config) => this.#sign(config), undefined, { synchronous: this.#signsLocally });
    const verifying = this.axios.interceptors.response.use(
      (response) => this.#verify(response),
      (error: unknown) => Promise.reject(this.#networkError(error)),
    );
    this.#direct = new DirectLane(this.axios, { request: signing, response: verifying });
  }

  /** Send one call. Throws {@link ParameterError} synchronously-before-sending for bad options. */
  async request(method: HttpMethod, template: string, options: unknown, internal?: { verifiedByCaller?: boolean }): Promise<WechatpayResponse> {
    if (template === '') throw new ParameterError('path', '(empty)', 'no path: chain at least one segment, e.g. wxpay.v3.certificates');
    const split = splitOptions(method, template, options);
    // Resolved and checked once, before anything is sent. Every host shares the primary's path prefix
    // (see hosts.ts), so what follows it is the same on each.
    const primary = this.#hosts.primary;
    const relative = this.#resolve(fillTemplate(template, split.pathValues) + split.query, template, primary).slice(primary.length);
    const policy = retryPolicyForCall(this.#settings.retry, split.retry, { method, headers: split.headers, template });
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.#settings.userAgent };
    let data: RawBody | undefined = split.body;
    if (split.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      data = split.json;
    }
    // A body holding `wxpay.encrypt()` output names the key that encrypted it; an explicit header wins.
    const encryptedWith = typeof data === 'string' ? this.#settings.encryptedWith?.(data, template) : undefined;
    if (encryptedWith && !hasHeader(split.headers, 'wechatpay-serial')) headers['Wechatpay-Serial'] = encryptedWith;
    Object.assign(headers, split.headers);
    const config: AxiosRequestConfig & { wechatpay: CallState } = {
      ...split.passThrough,
      method,
      headers,
      data,
      wechatpay: new CallState(template, split.responseType, internal?.verifiedByCaller),
    };
    // Every attempt goes through axios again, so the signing interceptor signs it afresh.
    // Without a retry policy, withRetries would make one attempt and pass on its outcome: skip its layer.
    if (!policy) return this.#attempt(config, relative);
    return withRetries(policy, split.passThrough.signal as AbortSignal | undefined, () => this.#attempt(config, relative));
  }

  /**
   * One attempt: the preferred host, then the next one only while the request provably never left
   * this machine (DNS failure, refused connection, connect timeout).
   */
  async #attempt(config: AxiosRequestConfig, relative: string): Promise<WechatpayResponse> {
    const timeout = Number(config.timeout ?? this.axios.defaults.timeout ?? 0);
    const connectTimeout = this.#settings.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT;
    const hosts = this.#hosts.order();
    for (let index = 0; ; index++) {
      const base = hosts[index]!;
      try {
        // `relative` is canonical (see #resolve), so the URL's parts are known without parsing it.
        // Written out, not spread from the origin: a spread there made V8 allocate these (and, by
        // pretenuring, other objects of the call) straight in the old generation, left for a full
        // GC (bench/overhead.ts counts bytes that outlive a young-generation GC: 90 → 500 per call).
        const url = base + relative;
        const origin = this.#origins.get(base)!;
        const target: AttemptTarget = { url, protocol: origin.protocol, hostname: origin.hostname, port: origin.port, path: `${this.#pathPrefix}/${relative}` };
        const transport = new AttemptTransport(timeout > 0 ? Math.min(timeout, connectTimeout) : connectTimeout, target);
        const attempt = { url, transport };
        const response = await (this.#direct.open ? this.#sendDirect(config, attempt) : this.axios.request({ ...config, ...attempt }));
        this.#hosts.succeeded(base);
        return response;
      } catch (error) {
        if (!canFailOver(error)) {
          if (!NetworkError.is(error) || error.stage !== 'connect') this.#hosts.succeeded(base);
          throw error;
        }
        this.#hosts.failed(base);
        if (index + 1 >= hosts.length) throw error;
      }
    }
  }

  /**
   * What `this.axios.request(call)` does while the instance is as the client built it: the same
   * config, signed by the same interceptor, sent by the same adapter, checked by the same verifier
   * (see direct.ts for why and when).
   */
  async #sendDirect(call: AxiosRequestConfig, attempt: { url: string; transport: AttemptTransport }): Promise<WechatpayResponse> {
    const config = this.#direct.merge(call as Record<string, unknown>, attempt);
    if (!config) return this.axios.request({ ...call, ...attempt });
    let response: AxiosResponse;
    try {
      // As axios runs an asynchronous interceptor: after a promise hop, never within the call.
      if (!this.#signsLocally) await undefined;
      const signing = this.#sign(config);
      response = await this.#direct.dispatch(signing instanceof Promise ? await signing : signing);
    } catch (error) {
      // As the verifying interceptor's rejection handler sees every failure before the response.
      throw this.#networkError(error);
    }
    return this.#verify(response);
  }

  /** Join base URL and path by text, then parse once: the result is both what is signed and what is sent. */
  #resolve(pathAndQuery: string, template: string, baseURL: string): string {
    // Nearly always canonical already: then parsing would give back the same string (canonical-url.ts).
    if (isCanonicalTail(pathAndQuery)) return baseURL + pathAndQuery;
    const url = new URL(baseURL + pathAndQuery);
    // A literal path may hold `..` or a full URL; it must never leave the configured host and prefix.
    if (!url.href.startsWith(baseURL)) {
      throw new ParameterError('path', template, `the path resolves outside ${baseURL}`);
    }
    return url.href;
  }

  /**
   * The canonical tail of `url` after one of the hosts' base URLs (`v3/…?…`), when `url` is such a
   * URL, as every URL this client resolves is; `undefined` for anything else (a URL a caller's
   * interceptor wrote), which is then parsed.
   */
  #knownTail(url: string): string | undefined {
    for (const base of this.#bases) {
      if (url.startsWith(base)) {
        const tail = url.slice(base.length);
        return isCanonicalTail(tail) ? tail : undefined;
      }
    }
    return undefined;
  }

  /**
   * The URL of `config` as it is sent and signed, with its path and query: the parser's
   * serialization of it, without parsing when that is known to be the URL itself (an attempt's own
   * URL, whose transport carries its parts, or a canonical one on a known host).
   */
  #wireURL(config: AxiosRequestConfig): { href: string; pathAndQuery: string } {
    const url = config.url ?? '';
    const target = config.transport instanceof AttemptTransport ? config.transport.target : undefined;
    if (target !== undefined && target.url === url) return { href: url, pathAndQuery: target.path };
    const tail = this.#knownTail(url);
    if (tail !== undefined) return { href: url, pathAndQuery: `${this.#pathPrefix}/${tail}` };
    const parsed = new URL(url, this.#settings.baseURL);
    return { href: parsed.href, pathAndQuery: parsed.pathname + parsed.search };
  }

  /** The API path of a sent request (`/v3/…`): its pathname without the base URL's path prefix. */
  #apiPath(config: AxiosRequestConfig): string {
    const pathname = withoutQuery(this.#wireURL(config).pathAndQuery);
    return this.#pathPrefix !== '' && pathname.startsWith(`${this.#pathPrefix}/`) ? pathname.slice(this.#pathPrefix.length) : pathname;
  }

  #sign(config: StatefulConfig): StatefulConfig | Promise<StatefulConfig> {
    if (config.params !== undefined) {
      throw new ParameterError('params', config.url ?? '', 'query parameters must be part of the signed URL; use `query`');
    }
    // Only bytes can be verified: a stream (or anything else) would reach #verify as no body at all,
    // so a signature over an empty body would pass whatever the stream then delivers.
    if (config.responseType !== 'arraybuffer') {
      throw new ParameterError('responseType', config.url ?? '', 'is managed by the client: the response is read as bytes and verified whole before it is decoded');
    }
    // This string is what axios sends and what the signature covers.
    const { href, pathAndQuery } = this.#wireURL(config);
    config.url = href;
    config.baseURL = undefined;
    const method = (config.method ?? 'GET').toUpperCase();
    const headers = AxiosHeaders.from(config.headers);
    const authorization = authorizeNow({ method, pathAndQuery, body: signedBody(config.data, config.wechatpay?.template ?? pathAndQuery) }, this.#settings, this.#settings.clock());
    const signed = (value: string): StatefulConfig => {
      setHeader(headers, 'Authorization', value);
      config.headers = headers;
      return config;
    };
    return typeof authorization === 'string' ? signed(authorization) : authorization.then(signed);
  }

  async #verify(response: AxiosResponse): Promise<AxiosResponse> {
    const config = response.config as StatefulConfig;
    const state = config.wechatpay ?? { template: config.url ?? '', responseType: 'json' };
    const body = toBuffer(response.data);
    // Summarized (headers copied, Authorization redacted) only when an error needs it.
    let summary: RequestSummary | undefined;
    const request = (): RequestSummary => (summary ??= summarizeRequest(config));
    let responseSummary: Record<string, string> | undefined;
    const summarized = (): Record<string, string> => (responseSummary ??= summarizeHeaders(response.headers));
    // Headers from Node's parser are lower-cased strings already (only Set-Cookie is a list), which is
    // all verifying and decoding read; anything else (a caller's adapter) is summarized first.
    const headers = isParsedHeaders(response.headers) ? (response.headers as unknown as Record<string, string>) : summarized();
    const ok = response.status >= 200 && response.status < 300;
    // File downloads are unsigned by design; GET /v3/certificates is checked by its caller.
    const checked = !state.verifiedByCaller && (!ok || !isUnsignedDownload(this.#apiPath(config)));
    let verified = false;
    if (checked) {
      try {
        const outcome = verifySignature({
          headers,
          body,
          keyFor: this.#keyFor,
          unknownSerialHint: this.#unknownSerialHint,
          now: this.#settings.clock(),
          toleranceSeconds: this.#settings.clockToleranceSeconds,
          context: () => ({ request: request(), response: { status: response.status, headers: summarized(), data: undefined } }),
        });
        // Checked already when the key was at hand: no trip through the microtask queue then.
        if (typeof outcome !== 'string') await outcome;
        verified = true;
      } catch (error) {
        // Error pages from gateways are unsigned: only a 2xx body must verify to be used.
        if (ok) throw error;
      }
    }
    if (!ok) {
      throw new ApiError({ request: request(), response: { status: response.status, headers: summarized(), data: decodeLoosely(body, headers) }, verified });
    }
    response.data = decode(body, state.responseType, headers, request);
    return response;
  }

  #networkError(error: unknown): unknown {
    if (WechatpayError.is(error) || !(error instanceof AxiosError)) return error;
    const config = (error.config ?? {}) as StatefulConfig;
    const request = summarizeRequest(config);
    // Bookkeeping of a transport the attempt never went through would claim it never left.
    const transport = config.transport instanceof AttemptTransport && followsTransport(config) ? config.transport : undefined;
    if (error.code === AxiosError.ERR_BAD_RESPONSE && error.message.startsWith('maxContentLength size of')) {
      const limit = Number(config.maxContentLength);
      return new ResponseError('too-large', `the body exceeded maxContentLength (${limit} bytes); raise \`maxContentLength\` on the call if the response is expected to be that large`, { request });
    }
    if (error.code === AxiosError.ERR_BAD_REQUEST && error.message.startsWith('Request body larger than maxBodyLength')) {
      // Refused before a byte was sent: the caller's own limit, not a network failure.
      return new ParameterError('maxBodyLength', config.wechatpay?.template ?? request.url, `the request body is larger than maxBodyLength (${Number(config.maxBodyLength)} bytes); nothing was sent`);
    }
    const failure = describeFailure(error, transport, Number(config.timeout ?? 0));
    // The AxiosError itself is not attached: its ClientRequest holds the raw header block, signature included.
    return new NetworkError({ ...failure, request, cause: error.cause });
  }
}

/**
 * What a failed exchange tells: how far it got (from the transport's bookkeeping when it ran,
 * otherwise from the error code) and what happened, in words.
 */
function describeFailure(error: AxiosError, transport: AttemptTransport | undefined, timeout: number): { code: string | undefined; stage: NetworkStage | undefined; detail: string } {
  const code = error.code;
  const host = transport?.host || hostOf(error.config?.url);
  const timedOut = code === AxiosError.ECONNABORTED || code === AxiosError.ETIMEDOUT;
  let stage: NetworkStage | undefined;
  if (error.response || transport?.progress === 'headers') stage = 'body';
  else if (transport) stage = transport.progress === 'sent' ? 'response' : 'connect';
  if (code === AxiosError.ERR_CANCELED) return { code, stage: stage ?? 'response', detail: 'the call was aborted' };
  if (stage === 'body') {
    if (timedOut) return { code, stage, detail: `the response body stopped arriving for ${timeout} ms (timeout)` };
    const status = error.response ? ` (status ${error.response.status})` : '';
    return { code: 'ERR_RESPONSE_TRUNCATED', stage, detail: `the connection closed before the whole response body arrived${status}: ${error.message}` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') return { code, stage: 'connect', detail: `DNS lookup of ${host} failed (${code})` };
  if (code === 'ECONNREFUSED') return { code, stage: 'connect', detail: `${host} refused the connection` };
  if (code === CONNECT_TIMEOUT) return { code, stage: 'connect', detail: error.message };
  if (stage === 'connect') {
    return { code, stage, detail: timedOut ? `timed out after ${timeout} ms before the connection to ${host} was ready` : `${error.message} while connecting to ${host}` };
  }
  if (timedOut) return { code, stage, detail: `no response within ${timeout} ms after the request was sent (timeout)` };
  if (code === 'ECONNRESET' || code === 'EPIPE') return { code, stage, detail: `the connection was closed before the response arrived (${error.message})` };
  return { code, stage, detail: error.message };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host;
  } catch {
    return 'the server';
  }
}

/**
 * The exact body text the signature covers: the JSON or raw body, or a multipart upload's `meta` part.
 * `path` (the call's template) is named in a {@link ParameterError}.
 */
export function signedBody(data: unknown, path: string): string {
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) {
    const bytes = toBuffer(data);
    // The signature covers text: bytes that are not UTF-8 would be signed as U+FFFD but sent as they are.
    if (!isUtf8(bytes)) throw new ParameterError('body', path, 'the body bytes are not valid UTF-8, so the signed text could not match the bytes sent; nothing was sent');
    return bytes.toString('utf8');
  }
  if (data instanceof FormData) {
    const meta = data.get('meta');
    if (typeof meta !== 'string') {
      throw new ParameterError('body', path, 'a multipart upload needs a `meta` part holding the JSON that is signed');
    }
    return meta;
  }
  throw new ParameterError('body', path, 'the body must be a string, bytes or FormData to be signed');
}

function summarizeRequest(config: AxiosRequestConfig): RequestSummary {
  return { method: (config.method ?? 'GET').toUpperCase(), url: config.url ?? '', headers: summarizeHeaders(config.headers) };
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data);
  if (data === undefined || data === null) return Buffer.alloc(0);
  // Never read as an empty body: a signature over '' would then vouch for whatever this is.
  throw new TypeError(`the adapter handed back a body of type ${describe(data)}; the client verifies bytes only`);
}

function isJson(headers: Record<string, string>, text: string): boolean {
  const type = headers['content-type'] ?? '';
  return type.includes('json') || (type === '' && /^\s*[[{]/.test(text));
}

function decode(body: Buffer, kind: ResponseKind, headers: Record<string, string>, request: () => RequestSummary): unknown {
  if (kind === 'arraybuffer') return body;
  const text = body.toString('utf8');
  if (kind === 'text') return text;
  if (text === '') return undefined;
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ResponseError('invalid-json', `the body is signed by WeChat Pay but is not valid JSON (${body.length} bytes, content-type ${headers['content-type'] ?? 'none'}); ask for responseType 'text' or 'arraybuffer' to read it`, { request: request() });
  }
}

function decodeLoosely(body: Buffer, headers: Record<string, string>): ResponseSummary['data'] {
  const text = body.toString('utf8');
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
