import axios, { AxiosError, AxiosHeaders, CanceledError, type AxiosAdapter, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import http from 'node:http';
import https from 'node:https';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { parseTarget, type AttemptTarget } from './transport.js';

/**
 * The axios adapter of the client: the common case (a signed string or bytes body, a buffered
 * response, no proxy) sent straight through node:http/https, with axios's own semantics for
 * `timeout`, `signal`/`cancelToken`, `maxContentLength`, `maxBodyLength`, `decompress` and
 * `validateStatus`, and its error codes. Everything else (HTTP proxies, explicit or from the
 * environment, FormData uploads, streams, progress callbacks, `socketPath`, `lookup`, …) goes to
 * axios's own http adapter.
 *
 * Why: axios's adapter spends more CPU per request than the rest of the request path together
 * (proxy-from-env, header sanitizing, redirect plumbing that `maxRedirects: 0` never uses); see
 * bench/peers.ts for the figures.
 */
export const wechatpayAdapter: AxiosAdapter = (config) => (handlesItself(config) ? send(config) : axiosHttp(config));

const axiosHttp = axios.getAdapter('http');

/** An axios `transport` (node:http's `request` signature), e.g. the pipeline's AttemptTransport. */
interface Transport {
  request(options: RequestOptions, callback: (res: IncomingMessage) => void): ClientRequest;
}

const PROXY_ENV = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'];
// Any of these means a feature only axios's adapter implements.
const AXIOS_ONLY = ['socketPath', 'lookup', 'family', 'maxRate', 'onUploadProgress', 'onDownloadProgress', 'insecureHTTPParser', 'responseEncoding', 'httpVersion', 'http2Options', 'auth', 'params'] as const;
// Header values Node sends as they are (axios strips anything else; leave those to it).
const BYTE_STRING = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Whether an attempt with `config` goes through `config.transport`, so that the transport's
 * bookkeeping tells how far it got: this adapter does, and so does axios's http adapter behind it,
 * except for HTTP/2 (its own session). Another adapter (fetch, a caller's) ignores the transport.
 */
export function followsTransport(config: AxiosRequestConfig): boolean {
  return config.adapter === wechatpayAdapter && Number((config as { httpVersion?: unknown }).httpVersion ?? 1) !== 2;
}

/** Whether {@link wechatpayAdapter} sends `config` itself (exported for tests). */
export function handlesItself(config: InternalAxiosRequestConfig): boolean {
  if (config.responseType !== 'arraybuffer' || config.baseURL) return false;
  if (config.proxy !== false && (config.proxy || proxyFromEnvironment())) return false;
  for (const option of AXIOS_ONLY) if (config[option as keyof InternalAxiosRequestConfig] !== undefined) return false;
  const data = config.data as unknown;
  if (data !== undefined && data !== null && typeof data !== 'string' && !(data instanceof Uint8Array)) return false;
  const url = config.url ?? '';
  return url.startsWith('https://') || url.startsWith('http://');
}

/** Whether a proxy is set in the environment (read on every request, as axios reads it). */
function proxyFromEnvironment(): boolean {
  for (const name of PROXY_ENV) if (process.env[name]) return true;
  return false;
}

/** Response headers known to need no normalizing: parsed by Node's strict HTTP parser (see {@link headersOf}). */
const parsedHeaders = new WeakSet<AxiosHeaders>();

/** Whether `headers` came from Node's strict parser through {@link headersOf}, so normalizing them would change nothing. */
export function isParsedHeaders(headers: unknown): boolean {
  return parsedHeaders.has(headers as AxiosHeaders);
}

/**
 * A response's headers as an AxiosHeaders, filled by assignment rather than `set()` one by one
 * (which searches the names case-insensitively and sanitizes each value): Node's strict parser has
 * already lower-cased and de-duplicated the names, trimmed the values and refused any control
 * character in them, which is all that `set()` and `normalize()` would do.
 */
function headersOf(res: IncomingMessage): AxiosHeaders {
  const headers = new AxiosHeaders();
  const raw = res.headers as Record<string, string | string[] | undefined>;
  for (const name in raw) {
    // AxiosHeaders keeps a header named __proto__ in a slot of its own (Node drops it today; never set a prototype).
    if (name === '__proto__') headers.set(name, raw[name]);
    else (headers as unknown as Record<string, unknown>)[name] = raw[name];
  }
  parsedHeaders.add(headers);
  return headers;
}

/**
 * Where a request goes: the parts its attempt transport carries when they are of this very URL (the
 * pipeline's own requests, so their URL is not parsed again here), else the URL parsed.
 */
function targetOf(config: InternalAxiosRequestConfig): AttemptTarget {
  const url = config.url!;
  const known = (config.transport as { target?: AttemptTarget } | undefined)?.target;
  return known?.url === url ? known : parseTarget(url);
}

function send(config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
  return new Promise((resolve, reject) => {
    const target = targetOf(config);
    const secure = target.protocol === 'https:';
    const method = (config.method ?? 'get').toUpperCase();
    // Bytes are sent through a view, not a copy: they were signed as they are now.
    const bytes = config.data as string | Uint8Array | undefined | null;
    const data = bytes === undefined || bytes === null ? undefined : typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headers: Record<string, string> = {};
    let userAgent = false;
    let acceptEncoding = false;
    // dispatchRequest has made them an AxiosHeaders already (`from` returns it as it is), whose own
    // keys are the header names: what toJSON() would copy into a new object first.
    const given = AxiosHeaders.from(config.headers) as unknown as Record<string, unknown>;
    for (const name of Object.keys(given)) {
      const value = given[name];
      if (value === undefined || value === null || value === false) continue;
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      if (!BYTE_STRING.test(text)) return axiosHttp(config).then(resolve, reject);
      headers[name] = text;
      const lower = name.toLowerCase();
      userAgent ||= lower === 'user-agent';
      acceptEncoding ||= lower === 'accept-encoding';
    }
    if (!userAgent) headers['User-Agent'] = `axios/${axios.VERSION}`;
    if (config.decompress !== false && !acceptEncoding) headers['Accept-Encoding'] = 'gzip, compress, deflate, br';
    if (data) {
      const limit = config.maxBodyLength ?? -1;
      if (limit > -1 && data.length > limit) return reject(new AxiosError('Request body larger than maxBodyLength limit', AxiosError.ERR_BAD_REQUEST, config));
      headers['Content-Length'] = String(data.length);
    }
    const options: RequestOptions = {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path: target.path,
      method,
      headers,
      agent: (secure ? config.httpsAgent : config.httpAgent) as http.Agent | undefined,
    };
    if (target.auth !== undefined) options.auth = target.auth;

    let settled = false;
    let req: ClientRequest | undefined;
    /** The `timeout`: see where it is set. */
    let timer: NodeJS.Timeout | undefined;
    const finish = (error: unknown, response?: AxiosResponse): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      if (error) reject(error);
      else resolve(response!);
    };
    const abort = (error: unknown): void => {
      if (settled) return;
      finish(error);
      req?.destroy();
    };
    const onCancel = (reason?: unknown): void => {
      abort(reason instanceof CanceledError ? reason : new CanceledError(undefined, config, req));
    };
    const signal = config.signal as AbortSignal | undefined;
    const cancelToken = config.cancelToken;
    const unsubscribe = (): void => {
      signal?.removeEventListener?.('abort', onCancelSignal);
      cancelToken?.unsubscribe(onCancel);
    };
    const onCancelSignal = (): void => onCancel();
    if (signal?.aborted || cancelToken?.reason) return onCancel(cancelToken?.reason);
    signal?.addEventListener?.('abort', onCancelSignal);
    cancelToken?.subscribe(onCancel);

    const onResponse = (res: IncomingMessage): void => {
      if (settled) return void res.destroy();
      timer?.refresh();
      const responseHeaders = headersOf(res);
      const response: AxiosResponse = { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: responseHeaders, config, request: req, data: undefined };
      let body: Readable = res;
      const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
      if (config.decompress !== false && encoding && method !== 'HEAD' && res.statusCode !== 204) {
        const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : ['gzip', 'x-gzip', 'deflate', 'compress', 'x-compress'].includes(encoding) ? zlib.createUnzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }) : undefined;
        if (decoder) {
          responseHeaders.delete('content-encoding');
          body = pipeline(res, decoder, () => undefined);
        }
      }
      const limit = config.maxContentLength ?? -1;
      const chunks: Buffer[] = [];
      let length = 0;
      let ended = false;
      body.on('data', (chunk: Buffer) => {
        timer?.refresh();
        length += chunk.length;
        if (limit > -1 && length > limit) {
          abort(new AxiosError(`maxContentLength size of ${limit} exceeded`, AxiosError.ERR_BAD_RESPONSE, config, req));
          body.destroy();
          return;
        }
        chunks.push(chunk);
      });
      body.on('end', () => {
        ended = true;
        response.data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        const validate = config.validateStatus;
        if (!validate || validate(response.status)) return finish(undefined, response);
        const code = response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
        finish(new AxiosError(`Request failed with status code ${response.status}`, code, config, req, response));
      });
      // The connection went away before the whole message arrived: the response is truncated.
      const truncated = (): void => {
        if (!ended && !res.complete) finish(new AxiosError('stream has been aborted', AxiosError.ERR_BAD_RESPONSE, config, req, response));
      };
      res.on('aborted', truncated);
      res.on('close', truncated);
      body.on('error', (error) => {
        truncated();
        finish(AxiosError.from(error, AxiosError.ERR_BAD_RESPONSE, config, req, response));
      });
    };

    try {
      const transport = config.transport as Transport | undefined;
      req = transport ? transport.request(options, onResponse) : (secure ? https : http).request(options, onResponse);
    } catch (error) {
      return finish(AxiosError.from(error as Error, undefined, config));
    }
    req.on('error', (error) => finish(AxiosError.from(error, undefined, config, req)));
    const timeout = Number(config.timeout ?? 0);
    if (timeout > 0) {
      const onTimeout = (): void => {
        const transitional = config.transitional;
        abort(new AxiosError(config.timeoutErrorMessage ?? `timeout of ${timeout}ms exceeded`, transitional?.clarifyTimeoutError ? AxiosError.ETIMEDOUT : AxiosError.ECONNABORTED, config, req));
      };
      // One timer: a wall clock until the response head (a socket timeout would not run while
      // connecting), then restarted by the head and by each chunk of the body, an idle timeout as
      // the socket's would be. Not req.setTimeout() as well: that costs a second timer and socket
      // listeners on every request, for the same effect.
      timer = setTimeout(onTimeout, timeout);
    }
    req.end(data);
  });
}
