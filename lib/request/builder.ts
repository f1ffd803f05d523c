import { wireBytes } from '#platform/http';
import { isUtf8, utf8Text } from '../bytes.js';
import type { SignedParts } from '../auth/signer.js';
import { ParameterError } from '../errors/parameter-error.js';
import type { HttpMethod, ResponseKind } from '../../types/options.js';
import { hasHeader } from './headers.js';
import { readCallOptions } from './options.js';
import { checkBaseURL } from './hosts.js';
import { retryPolicyForCall, type RetryPolicy } from './retry.js';
import { fillTemplate } from './template.js';
import { apiV2Path, v2Request, type V2Call, type V2Settings } from './v2.js';

/** What the builder needs of the client. */
export interface RequestSettings {
  /** The host (and path prefix) paths are resolved against; normalized, ending in `/`. */
  baseURL: string;
  /** The `User-Agent` header. */
  userAgent: string;
  /** The client's retry policy; `undefined`: none unless a call asks. */
  retry: RetryPolicy | undefined;
  /** The client's timeout, milliseconds for a whole attempt; `0` for none. */
  timeout: number;
  /**
   * The serial of the WeChat Pay key that encrypted sensitive fields in a JSON body (they are
   * `wxpay.encrypt()` output), for the automatic `Wechatpay-Serial` header.
   */
  encryptedWith?: (body: string, template: string) => string | undefined;
  /** What APIv2 calls need (merchant, key, nonces, certificate); `undefined`: APIv2 calls are refused. */
  apiv2?: V2Settings;
}

/** The body as axios sends it: text and bytes exactly as signed, or a multipart form. */
export type WireBody = string | Uint8Array | FormData | undefined;

/**
 * Exactly what one call sends and signs, worked out before anything is sent: every attempt (retry or
 * backup host) sends this, signed afresh. `Authorization` is the only header added later.
 */
export interface BuiltRequest extends SignedParts {
  /** The path template of the call, for errors. */
  template: string;
  /** The URL on `baseURL`, canonical (what the WHATWG URL parser makes of it). */
  url: string;
  baseURL: string;
  /** The URL after `baseURL`: the same on every host that shares its path prefix. */
  relative: string;
  /** Every request header but `Authorization`. */
  headers: Record<string, string>;
  body: WireBody;
  /** `'stream'` is set by `wxpay.download()` (lib/files/) on the request it built, never by a call's options. */
  responseType: ResponseKind | 'stream';
  retry: RetryPolicy | undefined;
  /** Milliseconds for one whole attempt; `0` for none. */
  timeout: number;
  signal: AbortSignal | undefined;
  /** The call's `proxy` option as given; `undefined`: the client's. */
  proxy: unknown;
  /** Further axios request options, as the call gave them. */
  axios: Record<string, unknown>;
  /** An APIv2 call: how its XML answer is checked, and whether it goes with the merchant certificate. */
  apiv2: V2Call | undefined;
}

/**
 * The request one call makes: options (own properties only) → method, URL, headers, body and the
 * signed parts; an APIv2 call's XML fields with their `sign`. Pure but for the APIv2 `nonce_str`,
 * drawn from `settings.apiv2.nonce`: no clock, no I/O. Throws {@link ParameterError} for anything
 * wrong with the call, so nothing half-formed is ever signed or sent.
 */
export function buildRequest(method: HttpMethod, template: string, options: unknown, settings: RequestSettings): BuiltRequest {
  if (template === '') throw new ParameterError('path', '(empty)', 'no path: chain at least one segment, e.g. wxpay.v3.certificates');
  // Never sent, but the text after `#` would still be signed as part of the path, or dropped from it.
  if (template.includes('#')) throw new ParameterError('path', template, 'a path template cannot hold `#` (a URL fragment is never sent); encode it in a path value instead');
  const v2Path = apiV2Path(template);
  const call = readCallOptions(method, template, options, v2Path !== undefined);
  const baseURL = call.baseURL === undefined ? settings.baseURL : callBaseURL(call.baseURL, template);
  // An APIv2 call is sent without its `v2/` prefix, its fields as signed XML.
  const v2 = v2Path === undefined ? undefined : v2Request(method, template, v2Path, call, settings.apiv2);
  const url = resolve(baseURL, fillTemplate(v2Path ?? template, call.pathValues) + call.query, template);
  const headers: Record<string, string> = { Accept: v2 ? 'text/xml, application/xml, */*' : 'application/json', 'User-Agent': settings.userAgent };
  let body: WireBody;
  if (v2) body = v2.body;
  else if (call.json !== undefined) body = call.json;
  else if (call.body instanceof Uint8Array) body = wireBytes(call.body);
  else body = call.body;
  // A body is JSON unless the call says otherwise; a multipart body's Content-Type carries the boundary
  // axios writes. A POST, PUT or PATCH without one would get axios's form type.
  const carriesBody = body !== undefined || method === 'POST' || method === 'PUT' || method === 'PATCH';
  if (carriesBody && !(body instanceof FormData) && !hasHeader(call.headers, 'content-type')) headers['Content-Type'] = v2 ? 'text/xml; charset=utf-8' : 'application/json';
  // A body holding `wxpay.encrypt()` output names the key that encrypted it; an explicit header wins.
  const encryptedWith = typeof body === 'string' && !v2 ? settings.encryptedWith?.(body, template) : undefined;
  if (encryptedWith && !hasHeader(call.headers, 'wechatpay-serial')) headers['Wechatpay-Serial'] = encryptedWith;
  Object.assign(headers, call.headers);
  // APIv2 is signed in its fields (done above), not in an Authorization header over these parts.
  const signed = v2 ? { method, pathAndQuery: new URL(url).pathname + new URL(url).search, signedBody: '' } : signedParts(method, url, body, template);
  return {
    // Named one by one, not spread: spreading one of two shapes into this literal made V8 allocate
    // about 4.4 KB per call in the old generation (bench/overhead.ts's "bytes per call still
    // reachable at a young-generation GC": 5.2 KB before, under 1 KB after).
    method: signed.method,
    pathAndQuery: signed.pathAndQuery,
    signedBody: signed.signedBody,
    template,
    url,
    baseURL,
    relative: url.slice(baseURL.length),
    headers,
    body,
    responseType: call.responseType,
    retry: retryPolicyForCall(settings.retry, call.retry, { method, headers: call.headers, template }),
    timeout: call.timeout ?? settings.timeout,
    signal: call.signal,
    proxy: call.proxy,
    axios: call.axios,
    apiv2: v2?.call,
  };
}

/**
 * What the signature covers for a request to `url` with `body`: the one definition, used for every
 * request built here and again by the signer on the config it is handed (which a request
 * interceptor may have rewritten).
 */
export function signedParts(method: string, url: string, body: unknown, template: string): SignedParts {
  const parsed = new URL(url);
  return { method: method.toUpperCase(), pathAndQuery: parsed.pathname + parsed.search, signedBody: signedBody(body, template) };
}

/**
 * A call's own host (and path prefix), checked as the client's `baseURL` is. The message never
 * quotes the value. Path and prefix are joined by text, so the prefix is part of the signed path.
 */
function callBaseURL(value: unknown, template: string): string {
  const checked = checkBaseURL(value);
  if (typeof checked !== 'string') throw new ParameterError('baseURL', template, `\`baseURL\` ${checked.problem}`);
  return checked;
}

/**
 * Join base URL and path by text, then parse once: the parser's serialization is both what is
 * signed and what is sent.
 */
function resolve(baseURL: string, pathAndQuery: string, template: string): string {
  const url = new URL(baseURL + pathAndQuery);
  // A literal path may hold `..` or a full URL; it must never leave the configured host and prefix.
  if (!url.href.startsWith(baseURL)) throw new ParameterError('path', template, 'the path resolves outside the base URL (host and path prefix) of the call');
  return url.href;
}

/**
 * The exact body text the signature covers: the JSON or raw body, or a multipart upload's `meta`
 * part. `template` (the call's path) is named in a {@link ParameterError}.
 */
function signedBody(data: unknown, template: string): string {
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) {
    // The signature covers text: bytes that are not UTF-8 would be signed as U+FFFD but sent as they are.
    if (!isUtf8(data)) throw new ParameterError('body', template, 'the body bytes are not valid UTF-8, so the signed text could not match the bytes sent; nothing was sent');
    return utf8Text(data);
  }
  if (data instanceof FormData) {
    const meta = data.get('meta');
    if (typeof meta !== 'string') throw new ParameterError('body', template, 'a multipart upload needs a `meta` part holding the JSON that is signed');
    return meta;
  }
  throw new ParameterError('body', template, 'the body must be a string, bytes or FormData to be signed');
}
