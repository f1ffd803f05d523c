import axios, { AxiosHeaders, CanceledError, isCancel, type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig, type RawAxiosHeaders as RawHeaders } from 'axios';
import { isParsedHeaders } from './adapter.js';
import { concatPlain, setHeader } from './headers.js';

/**
 * The direct lane: what axios's request core (`Axios#request` → `mergeConfig` → interceptor chain →
 * `dispatchRequest`) does for one of the client's calls, with everything that depends only on the
 * instance worked out once, at construction.
 *
 * It is open only while the axios instance is exactly as the client built it: its `defaults`
 * never written to (at any depth), no interceptor but the client's own signer and
 * verifier, and `request` not replaced. The moment a caller changes any of that (adds a logging
 * interceptor, sets `wxpay.axios.defaults.timeout`), calls go through `axios.request()` again, so
 * everything axios offers keeps working as documented.
 *
 * Why: on a cold path (one request at a time, the process idle in between) axios's request core
 * costs about 100 µs of CPU per call, a seventh of the whole exchange; see bench/peers.ts. That
 * the two lanes are the same (the config handed to the adapter, the bytes on the wire, the
 * results and the errors) is held by test/direct-lane.test.ts.
 */
export class DirectLane {
  readonly #instance: AxiosInstance;
  readonly #own: { request: number; response: number };
  readonly #defaults: unknown;
  /** Set by a write anywhere in the defaults made through `instance.defaults` (see {@link watched}). */
  #defaultsChanged = false;
  readonly #request: unknown;
  /** What `mergeConfig(defaults, {})` gives, headers aside, as keys and values; `undefined` when the defaults need axios's core. */
  readonly #base: Record<string, unknown> | undefined;
  readonly #baseKeys: string[];
  readonly #baseValues: unknown[];
  /** Per base value: whether it is a plain object, copied for each call. */
  readonly #baseCopied: boolean[];
  /** Per lower-case method: the header defaults axios flattens into each request (common, then the method's). */
  readonly #contextHeaders = new Map<string, Record<string, unknown>>();
  /** Header defaults set directly on `defaults.headers` (not in a per-method bucket). */
  readonly #topHeaders: Record<string, unknown> = {};

  /** `own`: the ids `interceptors.*.use()` returned for the client's signer and verifier. */
  constructor(instance: AxiosInstance, own: { request: number; response: number }) {
    this.#instance = instance;
    this.#own = own;
    // Axios's core reads its own reference to the same object, so it still sees every change.
    instance.defaults = watched(instance.defaults, () => (this.#defaultsChanged = true), new WeakMap());
    this.#defaults = instance.defaults;
    this.#request = instance.request;
    this.#base = baseConfig(instance, this.#contextHeaders, this.#topHeaders);
    this.#baseKeys = Object.keys(this.#base ?? {});
    this.#baseValues = this.#baseKeys.map((key) => this.#base![key]);
    this.#baseCopied = this.#baseValues.map(isPlainObject);
  }

  /** Whether the next call may skip axios's request core. */
  get open(): boolean {
    const instance = this.#instance;
    return (
      this.#base !== undefined &&
      instance.request === this.#request &&
      onlyOwn(instance.interceptors.request, this.#own.request) &&
      onlyOwn(instance.interceptors.response, this.#own.response) &&
      !this.#defaultsChanged &&
      instance.defaults === this.#defaults
    );
  }

  /**
   * The config `Axios#_request` builds for `call` plus `extra` (as if spread into it) and hands to
   * the request interceptors: `mergeConfig(defaults, call)`, the method lower-cased, the header
   * defaults flattened. `undefined` for a call whose headers axios's flattening would treat
   * specially (a header named like a per-method bucket, `common` or `get`): that call goes through axios.
   */
  merge(call: Record<string, unknown>, extra: Record<string, unknown>): InternalAxiosRequestConfig | undefined {
    const callHeaders = call.headers as Record<string, unknown> | undefined;
    for (const name in callHeaders) if (BUCKETS.has(name.toLowerCase())) return undefined;
    // Built key by key: far cheaper than spreading or Object.assign for a null-prototype object.
    const config = Object.create(null) as Record<string, unknown>;
    const keys = this.#baseKeys;
    const values = this.#baseValues;
    const copied = this.#baseCopied;
    for (let index = 0; index < keys.length; index++) {
      const value = values[index];
      // mergeConfig copies the plain objects of the defaults (transitional, env) for each request.
      config[keys[index]!] = copied[index] ? { ...(value as object) } : value;
    }
    // mergeConfig keeps the default for an option given as undefined.
    for (const key in call) if (call[key] !== undefined) config[key] = call[key];
    for (const key in extra) if (extra[key] !== undefined) config[key] = extra[key];
    const method = String(config.method ?? 'get').toLowerCase();
    config.method = method;
    const contextHeaders = this.#contextHeaders.get(method) ?? {};
    config.headers = concatPlain(contextHeaders, this.#topHeaders, callHeaders) ?? AxiosHeaders.concat(contextHeaders as RawHeaders, this.#topHeaders as RawHeaders, callHeaders as RawHeaders | undefined);
    return config as unknown as InternalAxiosRequestConfig;
  }

  /**
   * `dispatchRequest` for a signed config: the cancellation checks, the (empty) transforms' header
   * normalization, the form Content-Type axios gives a body-carrying method without one, the
   * adapter, and the response's `duration` and headers. Rejects with what the adapter rejects with.
   */
  async dispatch(config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
    throwIfCanceled(config);
    const headers = AxiosHeaders.from(config.headers);
    config.headers = headers;
    // transformData normalizes the headers even with no transforms to run. Every value here is as
    // set() stores it (sanitized, as normalize() would; see headers.ts for those written directly);
    // only an untrimmed name is left to change.
    for (const name of Object.keys(headers)) {
      if (name !== name.trim()) {
        headers.normalize(false);
        break;
      }
    }
    if (config.method === 'post' || config.method === 'put' || config.method === 'patch') setHeader(headers, 'Content-Type', 'application/x-www-form-urlencoded', true);
    const adapter = config.adapter as (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;
    const start = performance.now();
    let response: AxiosResponse;
    try {
      response = await adapter(config);
    } catch (reason) {
      if (!isCancel(reason)) {
        throwIfCanceled(config);
        const failed = (reason as { response?: AxiosResponse } | undefined)?.response;
        if (failed) settle(failed, start);
      }
      throw reason;
    }
    throwIfCanceled(config);
    settle(response, start);
    return response;
  }
}

/** dispatchRequest's finishing touches on a response: timing, and headers normalized as an AxiosHeaders. */
function settle(response: AxiosResponse, start: number): void {
  response.duration = Math.max(0, Math.round(performance.now() - start));
  // transformData normalizes the response headers in place even with no transforms to run; those
  // Node's strict parser produced are normal already.
  const headers = AxiosHeaders.from(response.headers as Record<string, string>);
  if (!isParsedHeaders(headers)) headers.normalize(false);
  response.headers = headers;
}

function throwIfCanceled(config: InternalAxiosRequestConfig): void {
  config.cancelToken?.throwIfRequested();
  if ((config.signal as AbortSignal | undefined)?.aborted) throw new CanceledError(undefined, config);
}

/** Whether an interceptor manager holds the client's own interceptor (`own`, its id) and no other. */
function onlyOwn(manager: unknown, own: number): boolean {
  const handlers = (manager as { handlers?: unknown[] }).handlers;
  if (!Array.isArray(handlers)) return false;
  for (let index = 0; index < handlers.length; index++) {
    if ((handlers[index] != null) !== (index === own)) return false;
  }
  return true;
}

/**
 * What `Axios#_request` derives from the defaults alone, or `undefined` when they hold something
 * only axios's core handles (transforms, params, a named adapter, non-scalar header defaults).
 */
function baseConfig(instance: AxiosInstance, contextHeaders: Map<string, Record<string, unknown>>, topHeaders: Record<string, unknown>): Record<string, unknown> | undefined {
  const defaults = instance.defaults as unknown as Record<string, unknown>;
  const base = axios.mergeConfig(defaults as never, {}) as unknown as Record<string, unknown>;
  const empty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  if (!empty(base.transformRequest) || !empty(base.transformResponse)) return undefined;
  if (base.params !== undefined || base.paramsSerializer !== undefined || typeof base.adapter !== 'function') return undefined;
  const headers = defaults.headers ?? {};
  if (!isPlainObject(headers)) return undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (BUCKETS.has(name)) {
      if (value != null && !(isPlainObject(value) && Object.values(value).every(isScalar))) return undefined;
    } else if (isScalar(value)) topHeaders[name] = value;
    else return undefined;
  }
  const bucket = (name: string) => (headers as Record<string, Record<string, unknown> | undefined>)[name] ?? {};
  for (const method of METHODS) contextHeaders.set(method, { ...bucket('common'), ...bucket(method) });
  delete base.headers;
  base.allowAbsoluteUrls = defaults.allowAbsoluteUrls ?? true;
  return base;
}

/** axios's methodList: the per-method buckets of `defaults.headers`. */
const METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'purge', 'link', 'unlink', 'query'];
const BUCKETS: ReadonlySet<string> = new Set([...METHODS, 'common']);

function isScalar(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype;
}

/**
 * `value` seen through proxies that call `changed()` on any write to it or to a plain object or
 * array inside it (set, delete, define, a new prototype), cached so that each object keeps one
 * proxy. Reads pass through untouched. Why not compare the defaults with a snapshot on each call:
 * that walks some twenty objects per request, cold in cache when requests come one at a time.
 */
function watched<T extends object>(value: T, changed: () => void, proxies: WeakMap<object, object>): T {
  const existing = proxies.get(value);
  if (existing) return existing as T;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const found = Reflect.get(target, key, receiver) as unknown;
      return isPlainObject(found) || Array.isArray(found) ? watched(found, changed, proxies) : found;
    },
    set(target, key, newValue, receiver) {
      changed();
      return Reflect.set(target, key, newValue, receiver);
    },
    deleteProperty(target, key) {
      changed();
      return Reflect.deleteProperty(target, key);
    },
    defineProperty(target, key, descriptor) {
      changed();
      return Reflect.defineProperty(target, key, descriptor);
    },
    setPrototypeOf(target, prototype) {
      changed();
      return Reflect.setPrototypeOf(target, prototype);
    },
  });
  proxies.set(value, proxy);
  return proxy;
}
