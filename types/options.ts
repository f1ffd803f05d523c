/**
 * The public shape of one call: its options and its result. Types only; `lib/request/` reads and
 * checks these options at run time, and the generated catalog refines them per operation.
 */
import type { AxiosResponse } from 'axios';
import type { Readable } from 'node:stream';
import type { ApiError, NetworkError } from '../lib/errors/index.js';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The verified response of a call: the axios response, with `data` parsed per `responseType`. */
export type WechatpayResponse<T = unknown> = AxiosResponse<T>;

/** A query-string value; arrays repeat the key (`a=1&a=2`). */
export type QueryValue = string | number | boolean | bigint | undefined | ReadonlyArray<string | number | boolean | bigint>;

/** A raw request body. For `FormData`, the `meta` part is what gets signed (media uploads). */
export type RawBody = string | Buffer | Uint8Array | FormData;

/** How the response body is handed back. Streams are not offered: a body is verified whole first. */
export type ResponseKind = 'json' | 'text' | 'arraybuffer';

/**
 * When and how often a failed call is sent again. Each attempt is signed afresh (new timestamp and
 * nonce). Retries are off unless asked for; see `RequestOptionsBase.retry` for which calls qualify.
 */
export interface RetryOptions {
  /**
   * Attempts in total, the first included (so `3` means up to two retries). At most 10.
   * @default 3
   */
  attempts?: number;
  /**
   * Backoff before the first retry, in milliseconds; it doubles for each further retry, and each
   * wait is drawn at random between half and all of it (jitter), so clients do not retry in step.
   * @default 200
   */
  delayMs?: number;
  /**
   * The longest single wait, in milliseconds. A `Retry-After` asking for longer ends the retries:
   * the 429 or 503 is thrown rather than waited out.
   * @default 10000
   */
  maxDelayMs?: number;
  /**
   * HTTP statuses that are retried. Network failures (timeouts, resets, refused connections) are
   * always retried; signature failures and other statuses never are.
   * @default [429, 500, 502, 503, 504]
   */
  statuses?: readonly number[];
  /** Called before each wait, e.g. for logging or metrics. */
  onRetry?: (event: RetryEvent) => void;
}

/** What {@link RetryOptions.onRetry} is told before a retry. */
export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** The wait before the next attempt, in milliseconds (a `Retry-After` is honoured). */
  delayMs: number;
  /** Why the attempt failed: a `NetworkError` or `ApiError`. */
  error: NetworkError | ApiError;
}

/** The per-call `retry` option. */
export type RetryOption = boolean | number | RetryOptions;

/**
 * An HTTP(S) forward proxy: a URL such as `'http://user:secret@proxy.internal:3128'`, or `false` for
 * none (whatever `HTTPS_PROXY`/`HTTP_PROXY` say). Requests go through it in a `CONNECT` tunnel, so
 * the proxy sees neither the signature nor the body.
 */
export type ProxyOption = string | URL | false;

/**
 * The request options of one call, as in the WeChat Pay reference pages: path values by placeholder
 * name at the top level, and these reserved keys. Only the object's own properties count.
 */
export interface RequestOptionsBase {
  /** Query-string parameters. `undefined` values are left out. */
  query?: Record<string, QueryValue>;
  /** A JSON body: serialized once, and exactly those bytes are signed and sent. */
  json?: unknown;
  /**
   * Extra request headers (e.g. `Wechatpay-Serial`, `Idempotency-Key`): names are HTTP tokens,
   * values visible ASCII or Latin-1. `Authorization` is the signer's; the framing headers
   * (`Content-Length`, `Transfer-Encoding`, `Connection`, `Host`, `Upgrade`) are the client's.
   */
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
   * Milliseconds one attempt may take in all, from the start of the connection to the last byte of
   * the response; then it fails with a `NetworkError`. `0` waits for ever. Overrides the client's.
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
  /**
   * The host (and path prefix) of this call, as the reference pages give some operations their own
   * (`base_uri`): the Hong Kong and cross-border APIs, for one. Joined to the path by text, so a
   * prefix such as `https://api.mch.weixin.qq.com/hk/` is part of the signed path. Checked as the
   * client's `baseURL` is (absolute `https:`, or `http:` on loopback; no credentials, query or
   * fragment). Backup hosts serve the client's own `baseURL` only: a call on another host is sent
   * there alone.
   * @default the client's `baseURL`
   * @example { baseURL: 'https://apihk.mch.weixin.qq.com/', json: { ... } }
   */
  baseURL?: string;
  /**
   * The forward proxy for this call; see {@link ProxyOption}.
   * @default the client's `proxy`, else `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` from the environment
   */
  proxy?: ProxyOption;
}

/** What the `file` option of an upload takes: bytes, a `Blob`/`File`, a Node stream, or a `file:` URL. */
export type UploadFile = Uint8Array | Blob | Readable | URL;

/**
 * The options an upload operation (`v3/merchant/media/upload`, …) takes in place of `body: FormData`:
 * the client builds the multipart body, `meta` (`{"filename","sha256"}`, signed exactly as sent) and
 * then the file part with its name and content type, and checks the operation's size limits first.
 */
export interface UploadFileOptions {
  /**
   * The file. A `file:` URL is read twice, once for the SHA-256 and once as it is sent, and never held
   * in memory; a `Readable` can be read only once, so it is held, up to the operation's size limit.
   * @example new URL('file:///srv/uploads/licence.jpg')
   */
  file: UploadFile;
  /**
   * The file name sent in `meta` and the file part; its extension gives the content type.
   * @default the URL's or `File`'s name; required for bytes and streams
   * @example 'licence.jpg'
   */
  filename?: string;
}
