import type { AxiosRequestConfig } from 'axios';
import { ParameterError } from './errors/parameter-error.js';
import { describe } from './keys.js';
import type { RetryOption } from './retry.js';
import { hasLoneSurrogate, placeholdersOf } from './template.js';

/** A query-string value; arrays repeat the key (`a=1&a=2`). */
export type QueryValue = string | number | boolean | bigint | undefined | ReadonlyArray<string | number | boolean | bigint>;

/** A raw request body. For `FormData`, the `meta` part is what gets signed (media uploads). */
export type RawBody = string | Buffer | Uint8Array | FormData;

/** How the response body is handed back. Streams are not offered: a body is verified whole first. */
export type ResponseKind = 'json' | 'text' | 'arraybuffer';

/** axios request options that pass through untouched. */
export const PASS_THROUGH = [
  'timeout', 'signal', 'maxContentLength', 'maxBodyLength', 'httpAgent', 'httpsAgent', 'proxy',
  'decompress', 'onUploadProgress', 'onDownloadProgress', 'socketPath', 'lookup', 'family', 'maxRate',
  'insecureHTTPParser', 'responseEncoding', 'cancelToken',
] as const;

/**
 * The request options of one call, as in the WeChat Pay reference pages: path values by placeholder
 * name at the top level, and these reserved keys.
 */
export interface RequestOptionsBase {
  /** Query-string parameters. `undefined` values are left out. */
  query?: Record<string, QueryValue>;
  /** A JSON body: serialized once, and exactly those bytes are signed and sent. */
  json?: unknown;
  /** Extra request headers (e.g. `Wechatpay-Serial`, `Idempotency-Key`). `Authorization` is the signer's. */
  headers?: Record<string, string | number | undefined>;
  /**
   * A raw body (string, UTF-8 bytes, or `FormData` for media uploads). Exclusive with `json`. Bytes
   * must be valid UTF-8: the signature covers the body as text.
   */
  body?: RawBody;
  /**
   * How to hand back the verified body.
   * @default 'json' (parsed when the response is JSON, otherwise text)
   */
  responseType?: ResponseKind;
  /**
   * Milliseconds an attempt may wait for the connection, or for the next bytes of the response,
   * before it is abandoned with a `NetworkError`. Overrides the client's `timeout`.
   * @default the client's `timeout` (30000)
   */
  timeout?: number;
  /**
   * The largest response body accepted, in bytes; a larger one fails with a `ResponseError`
   * (`reason: 'too-large'`). Raise it for large bill downloads.
   * @default the client's `maxContentLength` (10 MiB)
   */
  maxContentLength?: number;
  /**
   * Send the call again after a network failure or a 429/5xx: `true` (the client's `retry` policy,
   * or 3 attempts), a number of attempts, options, or `false` for a single attempt. On a write
   * (POST, PUT, PATCH, DELETE) this is your statement that repeating it is safe; without it a write
   * is retried only when it carries an `Idempotency-Key` header. Each attempt is signed afresh.
   * @default the client's `retry` for a GET or a write with `Idempotency-Key`; otherwise none
   * @example { out_trade_no, json: { ... }, retry: 3 }
   */
  retry?: RetryOption;
  /** Abort the request (and any wait between retries). */
  signal?: AbortSignal;
}

/** What one call's options turn into, before signing. */
export interface SplitOptions {
  pathValues: Record<string, unknown>;
  query: string;
  json: string | undefined;
  body: RawBody | undefined;
  headers: Record<string, string>;
  responseType: ResponseKind;
  /** The call's `retry` option, unchecked (see `retryPolicyForCall`). */
  retry: unknown;
  passThrough: AxiosRequestConfig;
}

const PASS_THROUGH_SET: ReadonlySet<string> = new Set(PASS_THROUGH);
const RESERVED = new Set(['query', 'json', 'headers', 'body', 'responseType', 'retry']);
const MISUSED: Record<string, string> = {
  data: 'use `json` for a JSON body or `body` for a raw one',
  params: 'use `query` for query-string parameters',
  url: 'the URL comes from the path; use bracket or chain() style for a literal path',
  method: 'call the verb method (get, post, put, patch, delete) instead',
  baseURL: 'set `baseURL` on the client',
  transformRequest: 'the body must be sent exactly as signed',
  transformResponse: 'the body must reach the verifier exactly as received',
  validateStatus: 'non-2xx responses reject with an ApiError',
  auth: 'requests are authorized by the APIv3 signature',
  maxRedirects: 'redirects are never followed: the signature covers one URL, and Authorization must not travel to another host',
  beforeRedirect: 'redirects are never followed: the signature covers one URL, and Authorization must not travel to another host',
  transport: 'the client sends through its own transport, which tracks whether a request can have reached WeChat Pay',
};
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['json', 'text', 'arraybuffer']);

/** Split and check one call's options. Throws {@link ParameterError} before anything is signed or sent. */
export function splitOptions(method: string, template: string, options: unknown): SplitOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ParameterError('options', template, `the options must be an object, got ${describe(options)}`);
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const placeholders = placeholdersOf(template);
  const pathValues: Record<string, unknown> = {};
  const passThrough: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (placeholders.has(key)) pathValues[key] = own(given, key);
    else if (PASS_THROUGH_SET.has(key)) passThrough[key] = own(given, key);
    else if (!RESERVED.has(key)) {
      const hint = MISUSED[key] ?? `it is not a placeholder of this path (${[...placeholders].map((p) => `{${p}}`).join(', ') || 'none'}) nor a request option`;
      throw new ParameterError(key, template, `unknown option \`${key}\`: ${hint}`);
    }
  }
  if (given.json !== undefined && given.body !== undefined) {
    throw new ParameterError('json', template, 'give either `json` or `body`, not both');
  }
  if (method === 'GET' && (given.json !== undefined || given.body !== undefined)) {
    throw new ParameterError(given.json !== undefined ? 'json' : 'body', template, 'a GET request has no body');
  }
  const responseType = given.responseType ?? 'json';
  if (typeof responseType !== 'string' || !RESPONSE_KINDS.has(responseType)) {
    throw new ParameterError('responseType', template, `responseType must be 'json', 'text' or 'arraybuffer' (a body is verified whole before it is handed over), got ${String(responseType)}`);
  }
  return {
    pathValues,
    query: buildQuery(given.query, template),
    json: serializeJson(given.json, template),
    body: checkBody(given.body, template),
    headers: checkHeaders(given.headers, template),
    responseType: responseType as ResponseKind,
    retry: given.retry,
    passThrough: passThrough as AxiosRequestConfig,
  };
}

function buildQuery(query: unknown, template: string): string {
  if (query === undefined) return '';
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new ParameterError('query', template, `\`query\` must be an object, got ${describe(query)}`);
  }
  const pairs: string[] = [];
  const given = query as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    const value = own(given, key);
    if (value === undefined) continue;
    if (!Array.isArray(value)) pairs.push(queryPair(key, value, template));
    else for (const item of value as unknown[]) pairs.push(queryPair(key, item, template));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The own property `key` of `record`: for `__proto__` (say, from JSON.parse) `record[key]` would be the prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return key === '__proto__' ? Object.getOwnPropertyDescriptor(record, key)?.value : record[key];
}

function queryPair(key: string, item: unknown, template: string): string {
  const type = typeof item;
  if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'bigint') {
    throw new ParameterError(`query.${key}`, template, `query value \`${key}\` must be a string, number or boolean, got ${describe(item)}`);
  }
  const text = String(item);
  if (hasLoneSurrogate(key) || hasLoneSurrogate(text)) throw new ParameterError(`query.${key}`, template, `query \`${key}\` holds a lone UTF-16 surrogate, which cannot be encoded`);
  return `${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
}

function serializeJson(json: unknown, template: string): string | undefined {
  if (json === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(json);
  } catch (error) {
    throw new ParameterError('json', template, `\`json\` cannot be serialized: ${(error as Error).message}`);
  }
  if (text === undefined) throw new ParameterError('json', template, `\`json\` cannot be serialized (got ${describe(json)})`);
  return text;
}

function checkBody(body: unknown, template: string): RawBody | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof FormData) return body;
  throw new ParameterError('body', template, `\`body\` must be a string, Buffer, Uint8Array or FormData (use \`json\` for objects), got ${describe(body)}`);
}

/**
 * The name a header record (or an AxiosHeaders) holds `name` under, in whatever case it was given:
 * the last match, as axios's own lookup finds it.
 */
export function headerName(headers: object, name: string): string | undefined {
  const lower = name.toLowerCase();
  const names = Object.keys(headers);
  for (let index = names.length - 1; index >= 0; index--) if (names[index]!.toLowerCase() === lower) return names[index];
  return undefined;
}

/** Whether a header record has `lowerName` (lower case), whatever the case it was given in. */
export function hasHeader(headers: Record<string, string>, lowerName: string): boolean {
  return headerName(headers, lowerName) !== undefined;
}

function checkHeaders(headers: unknown, template: string): Record<string, string> {
  if (headers === undefined) return {};
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new ParameterError('headers', template, `\`headers\` must be an object, got ${describe(headers)}`);
  }
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (name.toLowerCase() === 'authorization') {
      throw new ParameterError('headers.Authorization', template, 'the Authorization header is computed by the signer and cannot be set');
    }
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new ParameterError(`headers.${name}`, template, `"${name}" is not a valid header name`);
    }
    const text = String(value);
    // A CR or LF would let a value inject further headers.
    if (/[\r\n\0]/.test(text)) throw new ParameterError(`headers.${name}`, template, `header \`${name}\` contains a line break`);
    out[name] = text;
  }
  return out;
}
