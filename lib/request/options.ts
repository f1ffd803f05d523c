import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import type { RawBody, ResponseKind } from '../../types/options.js';
import { checkHeaders } from './headers.js';
import { proxyOptionProblem } from './proxy-option.js';
import { ownValue } from './own.js';
import { hasLoneSurrogate, placeholdersOf } from './template.js';

/** axios request options a call may pass, sent on to axios untouched. */
const AXIOS_OPTIONS: ReadonlySet<string> = new Set([
  'maxContentLength', 'maxBodyLength', 'httpAgent', 'httpsAgent', 'decompress', 'onUploadProgress',
  'onDownloadProgress', 'socketPath', 'lookup', 'family', 'maxRate', 'insecureHTTPParser', 'cancelToken',
]);
/** The options the client reads itself. */
const RESERVED: ReadonlySet<string> = new Set(['query', 'json', 'headers', 'body', 'responseType', 'retry', 'timeout', 'signal', 'proxy', 'baseURL']);
/** The options of an APIv2 call, as its reference pages write them: `xml` for the fields, no JSON or raw body. */
const RESERVED_V2: ReadonlySet<string> = new Set(['query', 'xml', 'body', 'security', 'nonceless', 'headers', 'responseType', 'retry', 'timeout', 'signal', 'proxy', 'baseURL']);
const MISUSED_V2: Record<string, string> = {
  json: 'an APIv2 call sends its fields as XML: give them as `xml`',
};
const MISUSED: Record<string, string> = {
  data: 'use `json` for a JSON body or `body` for a raw one',
  params: 'use `query` for query-string parameters',
  url: 'the URL comes from the path; use bracket or chain() style for a literal path',
  method: 'call the verb method (get, post, put, patch, delete) instead',
  transformRequest: 'the body must be sent exactly as signed',
  transformResponse: 'the body must reach the verifier exactly as received',
  validateStatus: 'non-2xx responses reject with an ApiError',
  auth: 'requests are authorized by the APIv3 signature',
  maxRedirects: 'redirects are never followed: the signature covers one URL, and Authorization must not travel to another host',
  beforeRedirect: 'redirects are never followed: the signature covers one URL, and Authorization must not travel to another host',
  transport: 'the client sends through its own transport, which tracks whether a request can have reached WeChat Pay',
};
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['json', 'text', 'arraybuffer']);

/** One call's options, read (own properties only) and checked. */
export interface CallOptions {
  pathValues: Record<string, unknown>;
  /** `?a=1&b=2`, or `''`. */
  query: string;
  json: string | undefined;
  body: RawBody | undefined;
  headers: Record<string, string>;
  responseType: ResponseKind;
  /** The call's `retry` option, unchecked (see `retryPolicyForCall`). */
  retry: unknown;
  /** Milliseconds, checked; `undefined`: the client's. */
  timeout: number | undefined;
  signal: AbortSignal | undefined;
  /** The call's `proxy` option, checked; `undefined`: the client's. */
  proxy: unknown;
  /** The call's `baseURL` option, unchecked (see `builder.ts`); `undefined`: the client's. */
  baseURL: unknown;
  /** APIv2 only, unchecked (see `v2.ts`): the fields, mutual TLS, no nonce. */
  xml: unknown;
  security: unknown;
  nonceless: unknown;
  /** Options handed to axios as they are. */
  axios: Record<string, unknown>;
}

/**
 * Read and check one call's options (an APIv2 call's with `v2`). Throws {@link ParameterError}
 * before anything is signed or sent.
 */
export function readCallOptions(method: string, template: string, options: unknown, v2 = false): CallOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ParameterError('options', template, `the options must be an object, got ${describe(options)}`);
  }
  const given = options ?? {};
  const placeholders = placeholdersOf(template);
  const pathValues: Record<string, unknown> = Object.create(null);
  const axios: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(given)) {
    if (placeholders.has(key)) pathValues[key] = ownValue(given, key);
    else if (AXIOS_OPTIONS.has(key)) axios[key] = ownValue(given, key);
    else if (!(v2 ? RESERVED_V2 : RESERVED).has(key)) {
      const hint = (v2 ? MISUSED_V2[key] : undefined) ?? MISUSED[key] ?? `it is not a placeholder of this path (${[...placeholders].map((p) => `{${p}}`).join(', ') || 'none'}) nor a request option`;
      throw new ParameterError(key, template, `unknown option \`${key}\`: ${hint}`);
    }
  }
  const own = (key: string): unknown => ownValue(given, key);
  const json = own('json');
  const body = own('body');
  if (json !== undefined && body !== undefined) throw new ParameterError('json', template, 'give either `json` or `body`, not both');
  if (method === 'GET' && (json !== undefined || body !== undefined)) {
    throw new ParameterError(json !== undefined ? 'json' : 'body', template, 'a GET request has no body');
  }
  const responseType = own('responseType') ?? 'json';
  if (typeof responseType !== 'string' || !RESPONSE_KINDS.has(responseType)) {
    throw new ParameterError('responseType', template, `responseType must be 'json', 'text' or 'arraybuffer' (a body is verified whole before it is handed over), got ${describe(responseType)}`);
  }
  const proxy = own('proxy');
  // Beside the call's own agents; one of the client's is checked by the client.
  const proxyProblem = proxyOptionProblem(proxy, { httpAgent: axios.httpAgent, httpsAgent: axios.httpsAgent });
  if (proxyProblem !== undefined) throw new ParameterError('proxy', template, proxyProblem);
  const signal = own('signal');
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new ParameterError('signal', template, `expected an AbortSignal, got ${describe(signal)}`);
  return {
    pathValues,
    query: buildQuery(own('query'), template),
    json: serializeJson(json, template),
    body: checkBody(body, template),
    headers: checkHeaders(own('headers'), template),
    responseType: responseType as ResponseKind,
    retry: own('retry'),
    timeout: checkTimeout(own('timeout'), template),
    signal,
    proxy,
    baseURL: own('baseURL'),
    xml: own('xml'),
    security: own('security'),
    nonceless: own('nonceless'),
    axios,
  };
}

function buildQuery(query: unknown, template: string): string {
  if (query === undefined) return '';
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new ParameterError('query', template, `\`query\` must be an object, got ${describe(query)}`);
  }
  const pairs: string[] = [];
  for (const key of Object.keys(query)) {
    const value = ownValue(query, key);
    if (value === undefined) continue;
    if (!Array.isArray(value)) pairs.push(queryPair(key, value, template));
    else for (let index = 0; index < value.length; index++) pairs.push(queryPair(key, value[index], template));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
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

function checkTimeout(value: unknown, template: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ParameterError('timeout', template, `expected milliseconds ≥ 0, got ${describe(value)}`);
  return value;
}
