/**
 * The building blocks of the typed catalog (`types/generated/`): what a documented verb, node and
 * operation look like. Hand-written and small on purpose: the generator precomputes everything
 * that would be costly to derive at a call site (camelCase ↔ kebab-case, the chain tree), so these
 * are plain generic aliases, instantiated once per operation; only `chain()` below a node uses a
 * conditional type.
 */
import type { LooseNode, LooseSegments } from './loose.js';
import type { RequestOptionsBase, ResponseKind, WechatpayResponse } from './options.js';

export type { UploadFileOptions } from './options.js';
import type { WechatpayPaths } from './paths.js';

/** Request headers: documented ones are typed per operation, any other may be added. */
export type RequestHeaders = NonNullable<RequestOptionsBase['headers']>;

/** What every typed call accepts besides its documented fields: `timeout`, `signal` and extra `headers`. */
export interface CallOptionsBase extends Omit<RequestOptionsBase, 'query' | 'json' | 'body' | 'headers' | 'responseType'> {
  /** Extra request headers (e.g. `Idempotency-Key`). `Authorization` is the signer's. */
  headers?: RequestHeaders;
}

/**
 * Options of a typed JSON operation: `query`, `json` and `body` exist where the operation documents
 * them. `data` is the documented body, so `responseType` stays `'json'`; for the raw text or bytes
 * of a JSON answer, call the path loosely (`wxpay.chain(path as string)`).
 */
export interface CallOptions extends CallOptionsBase {
  /** @default 'json' */
  responseType?: 'json';
}

/** Options of a file download (bill, PDF): `'arraybuffer'` hands back the bytes, otherwise text. */
export interface DownloadOptions extends CallOptionsBase {
  /** @default 'json' (the file as text, as it is not JSON) */
  responseType?: ResponseKind;
}

/** What every typed APIv2 call accepts besides its documented `xml` fields. */
export interface V2CallOptionsBase extends CallOptionsBase {
  /**
   * Send the call with the merchant API certificate (mutual TLS), as the reference pages write it.
   * Operations the descriptions mark as needing it are sent so without it; a client without a
   * merchant certificate (`merchantCertificate` + `privateKey`, or `pkcs12`) refuses the call.
   * @default true for the operations that need the certificate, else false
   */
  security?: boolean;
  /**
   * Leave out the random `nonce_str` the client otherwise adds (a few operations, such as the
   * micro-merchant file upload, take none).
   * @default false
   */
  nonceless?: boolean;
  /** Query-string parameters, for the few APIv2 operations that take some. */
  query?: Record<string, string | number | boolean | undefined>;
}

/** Options of a typed APIv2 operation: the answer is its XML fields, parsed into strings. */
export interface V2CallOptions extends V2CallOptionsBase {
  /** @default 'json' (the parsed XML fields) */
  responseType?: 'json';
}

/** Options of an APIv2 file download (bills): the file as text, or bytes with `'arraybuffer'`. */
export interface V2DownloadOptions extends V2CallOptionsBase {
  /** @default 'json' (the file as text, as it is not XML) */
  responseType?: ResponseKind;
}

/** A documented verb whose options are required (a path value, a body or a required field). */
export type Verb<O, D> = (options: O) => Promise<WechatpayResponse<D>>;

/** A documented verb whose options may be left out. */
export type OptionalVerb<O, D> = (options?: O) => Promise<WechatpayResponse<D>>;

/** The verb of a file download: the bytes with `responseType: 'arraybuffer'`, otherwise the text. */
export interface Download<O> {
  (options: O & { responseType: 'arraybuffer' }): Promise<WechatpayResponse<Buffer>>;
  (options: O): Promise<WechatpayResponse<string>>;
}

/** A file download whose options may be left out. */
export interface OptionalDownload<O> {
  (options: O & { responseType: 'arraybuffer' }): Promise<WechatpayResponse<Buffer>>;
  (options?: O): Promise<WechatpayResponse<string>>;
}

/**
 * A typed node that still takes unknown segments: documented children and verbs are typed, any
 * other property is a {@link LooseNode} (a new endpoint works the day it ships). An intersection, not
 * an index signature in the interface, so the typed members need not be assignable to the loose ones.
 */
export type Open<N> = N & AsyncAliases<N> & LooseSegments;

/**
 * Each verb of a node again under its `…Async` name (`postAsync`): the same call, the same promise.
 * Added here rather than written into every generated node (0.13 MB of the catalog).
 */
export type AsyncAliases<N> = { [K in keyof N & VerbName as `${K}Async`]: N[K] };

/** `node.chain('…')` below a known path `P`: typed when the joined path is in the catalog, loose otherwise. */
export type ChainAt<P extends string, S extends string> = `${P}/${S}` extends infer K extends keyof WechatpayPaths ? WechatpayPaths[K] : LooseNode;

/**
 * The `chain()` of a node at path `P`. An interface rather than a generic method on every node:
 * checking the catalog then instantiates nothing per node until a `chain()` is actually called.
 */
export interface ChainFrom<P extends string> {
  /** A literal path below `P`, taken as written: typed when the catalog knows it. (Documented here once, not on every node.) */
  <S extends string>(path: S): ChainAt<P, S>;
}

/** The request options and response body of one operation, as listed in `WechatpayOperations`. */
export interface Operation<O, D> {
  options: O;
  data: D;
}

/** The verbs a hand-added operation node may declare. */
export type VerbName = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The options and response body of each verb of a node (a `WechatpayPaths` entry). Read off the verbs
 * rather than listed again in the catalog: the same types, without a second 0.25 MB table to ship.
 * A download's last overload gives its text `data`; `OptionalVerb` options lose the `undefined` of `options?`.
 */
export type OperationsOf<N> = {
  [K in VerbName as N[K & keyof N] extends (options: never) => unknown ? K : never]: N[K & keyof N] extends (options: infer O) => Promise<WechatpayResponse<infer D>> ? Operation<Exclude<O, undefined>, D> : never;
};

/**
 * A node for an operation you add yourself by declaration merging (see docs/catalog.md): give the
 * verbs, get their `…Async` aliases, `chain()` and loose unknown segments.
 *
 * @example
 * ```ts
 * declare module 'wechatpay-chain' {
 *   interface WechatpayPaths {
 *     'v3/new-product/orders': OperationNode<{ post: Verb<NewOrderOptions, NewOrder> }>;
 *   }
 * }
 * ```
 */
export type OperationNode<V extends Partial<Record<VerbName, unknown>>> = Open<V & { chain(path: string): LooseNode }>;
