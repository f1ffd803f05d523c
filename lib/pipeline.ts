import axios, { AxiosError, AxiosHeaders, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse, type CreateAxiosDefaults, type InternalAxiosRequestConfig } from 'axios';
import { ApiError } from './errors/api-error.js';
import { WechatpayError } from './errors/base.js';
import { summarizeHeaders, type RequestSummary, type ResponseSummary } from './errors/http-context.js';
import { NetworkError } from './errors/network-error.js';
import { ParameterError } from './errors/parameter-error.js';
import { splitOptions, type RawBody, type ResponseKind } from './options.js';
import { authorize, type Signer } from './signer.js';
import { fillTemplate } from './template.js';
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
}

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The verified response of a call: the axios response, with `data` parsed per `responseType`. */
export type WechatpayResponse<T = unknown> = AxiosResponse<T>;

// Carried on each axios config from `request()` to the response interceptor.
interface CallState {
  template: string;
  responseType: ResponseKind;
  /** Internal: the caller verifies the raw response itself (GET /v3/certificates, whose keys may be inside it). */
  verifiedByCaller?: boolean;
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

  constructor(settings: PipelineSettings) {
    this.#settings = settings;
    this.axios = axios.create({
      ...settings.axiosDefaults,
      // The body is signed as a string or bytes; axios must send exactly those bytes and hand back
      // exactly the bytes received, which the verifier checks before anything is parsed.
      transformRequest: [(data: unknown) => data],
      transformResponse: [(data: unknown) => data],
      responseType: 'arraybuffer',
      validateStatus: () => true,
      maxRedirects: 0,
    });
    this.axios.interceptors.request.use((config) => this.#sign(config));
    this.axios.interceptors.response.use(
      (response) => this.#verify(response),
      (error: unknown) => Promise.reject(this.#networkError(error)),
    );
  }

  /** Send one call. Throws {@link ParameterError} synchronously-before-sending for bad options. */
  async request(method: HttpMethod, template: string, options: unknown, internal?: { verifiedByCaller?: boolean }): Promise<WechatpayResponse> {
    if (template === '') throw new ParameterError('path', '(empty)', 'no path: chain at least one segment, e.g. wxpay.v3.certificates');
    const split = splitOptions(method, template, options);
    const path = fillTemplate(template, split.pathValues);
    const url = this.#resolve(path + split.query, template);
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.#settings.userAgent };
    let data: RawBody | undefined = split.body;
    if (split.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      data = split.json;
    }
    // A body holding `wxpay.encrypt()` output names the key that encrypted it; an explicit header wins.
    const encryptedWith = typeof data === 'string' ? this.#settings.encryptedWith?.(data, template) : undefined;
    if (encryptedWith && !Object.keys(split.headers).some((name) => name.toLowerCase() === 'wechatpay-serial')) headers['Wechatpay-Serial'] = encryptedWith;
    Object.assign(headers, split.headers);
    const config: AxiosRequestConfig & { wechatpay: CallState } = {
      ...split.passThrough,
      method,
      url,
      headers,
      data,
      wechatpay: { template, responseType: split.responseType, verifiedByCaller: internal?.verifiedByCaller },
    };
    return this.axios.request(config);
  }

  /** Join base URL and path by text, then parse once: the result is both what is signed and what is sent. */
  #resolve(pathAndQuery: string, template: string): string {
    const base = new URL(this.#settings.baseURL);
    const url = new URL(this.#settings.baseURL + pathAndQuery);
    // A literal path may hold `..` or a full URL; it must never leave the configured host and prefix.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new ParameterError('path', template, `the path resolves outside ${this.#settings.baseURL}`);
    }
    return url.href;
  }

  async #sign(config: StatefulConfig): Promise<StatefulConfig> {
    if (config.params !== undefined) {
      throw new ParameterError('params', config.url ?? '', 'query parameters must be part of the signed URL; use `query`');
    }
    const url = new URL(config.url ?? '', this.#settings.baseURL);
    // Re-serialize from the parsed URL: this string is what axios sends and what the signature covers.
    config.url = url.href;
    config.baseURL = undefined;
    const method = (config.method ?? 'GET').toUpperCase();
    const headers = AxiosHeaders.from(config.headers);
    headers.set('Authorization', await authorize({ method, pathAndQuery: url.pathname + url.search, body: signedBody(config.data) }, this.#settings, this.#settings.clock()));
    config.headers = headers;
    return config;
  }

  async #verify(response: AxiosResponse): Promise<AxiosResponse> {
    const config = response.config as StatefulConfig;
    const state = config.wechatpay ?? { template: config.url ?? '', responseType: 'json' };
    const body = toBuffer(response.data);
    const headers = summarizeHeaders(response.headers);
    const request = summarizeRequest(config);
    const ok = response.status >= 200 && response.status < 300;
    const pathname = new URL(request.url).pathname;
    const mustVerify = ok && !isUnsignedDownload(pathname) && !state.verifiedByCaller;
    let verified = false;
    if ((mustVerify || !ok) && !state.verifiedByCaller) {
      try {
        await verifySignature({
          headers,
          body,
          keyFor: (serial) => this.#settings.trust.resolve(serial),
          unknownSerialHint: (serial) => this.#settings.trust.hint(serial),
          now: this.#settings.clock(),
          toleranceSeconds: this.#settings.clockToleranceSeconds,
          context: { request, response: { status: response.status, headers, data: undefined } },
        });
        verified = true;
      } catch (error) {
        // Error pages from gateways are unsigned: only a 2xx body must verify to be used.
        if (mustVerify) throw error;
      }
    }
    if (!ok) {
      throw new ApiError({ request, response: { status: response.status, headers, data: decodeLoosely(body, headers) }, verified });
    }
    response.data = decode(body, state.responseType, headers, request);
    return response;
  }

  #networkError(error: unknown): unknown {
    if (WechatpayError.is(error) || !(error instanceof AxiosError)) return error;
    const config = (error.config ?? {}) as StatefulConfig;
    const detail = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT' ? `timed out (${error.message})` : error.message;
    // The AxiosError itself is not attached: its ClientRequest holds the raw header block, signature included.
    return new NetworkError({ code: error.code, detail, request: summarizeRequest(config), cause: error.cause });
  }
}

/** The exact body text the signature covers: the JSON or raw body, or a multipart upload's `meta` part. */
export function signedBody(data: unknown): string {
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  if (data instanceof FormData) {
    const meta = data.get('meta');
    if (typeof meta !== 'string') {
      throw new ParameterError('body', 'multipart', 'a multipart upload needs a `meta` part holding the JSON that is signed');
    }
    return meta;
  }
  throw new ParameterError('body', 'request', 'the body must be a string, bytes or FormData to be signed');
}

function summarizeRequest(config: AxiosRequestConfig): RequestSummary {
  return { method: (config.method ?? 'GET').toUpperCase(), url: config.url ?? '', headers: summarizeHeaders(config.headers) };
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data);
  return Buffer.alloc(0);
}

function isJson(headers: Record<string, string>, text: string): boolean {
  const type = headers['content-type'] ?? '';
  return type.includes('json') || (type === '' && /^\s*[[{]/.test(text));
}

function decode(body: Buffer, kind: ResponseKind, headers: Record<string, string>, request: RequestSummary): unknown {
  if (kind === 'arraybuffer') return body;
  const text = body.toString('utf8');
  if (kind === 'text') return text;
  if (text === '') return undefined;
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new WechatpayError(`The verified response to ${request.method} ${request.url} is not valid JSON (${body.length} bytes, content-type ${headers['content-type'] ?? 'none'})`);
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
