/**
 * The typed surface of a `Wechatpay` client: every node of a property chain, every `chain('…')`
 * and every `['…']` path. Paths the catalog does not know type-check loosely.
 */
import type { RequestOptionsBase } from '../lib/options.js';
import type { WechatpayResponse } from '../lib/pipeline.js';
import type { WechatpayPaths, WechatpayRootNode } from './generated/index.js';

/** Options of a call to a path the catalog does not describe: path values by name, plus the reserved keys. */
export interface LooseOptions extends RequestOptionsBase {
  [pathValue: string]: unknown;
}

/** A verb of a node: sends the request and resolves to the verified response. */
export type LooseVerb = (options?: LooseOptions) => Promise<WechatpayResponse<unknown>>;

/** The verbs of every node, and their `…Async` aliases (the same promise, for the seeds' asynchronous styles). */
export interface LooseVerbs {
  getAsync: LooseVerb;
  postAsync: LooseVerb;
  putAsync: LooseVerb;
  patchAsync: LooseVerb;
  deleteAsync: LooseVerb;
  /** A literal path below this node, taken as written (no camelCase conversion). */
  chain(path: string): LooseNode;
}

/** Any further segment: camelCase becomes kebab-case, `_name_` and `$name$` become `{name}`. */
export interface LooseSegments {
  readonly [segment: string]: LooseNode;
}

/** `get`, `post`, `put`, `patch` and `delete` are both the verb and a segment (`receivers.delete.post()`). */
export interface LooseVerbNodes {
  get: LooseNode & LooseVerb;
  post: LooseNode & LooseVerb;
  put: LooseNode & LooseVerb;
  patch: LooseNode & LooseVerb;
  delete: LooseNode & LooseVerb;
}

/** A node of a path the catalog does not know. */
export type LooseNode = LooseSegments & LooseVerbNodes & LooseVerbs;

/**
 * The root of the client: the documented property chains (`wxpay.v3.pay…`) and literal paths
 * (`wxpay['v3/pay/transactions/native']`), typed from the generated catalog; any other segment or
 * path is a {@link LooseNode}. `wxpay.chain('…')` is typed from {@link WechatpayPaths} as well.
 */
export type WechatpayRoot = WechatpayRootNode & WechatpayPaths & LooseSegments;

// Every generated name (nodes, `…Options`, `…Data`), so that users can refine them by declaration merging.
export type * from './generated/index.js';
export type { CallOptions, CallOptionsBase, ChainAt, ChainFrom, Download, DownloadOptions, Open, Operation, OperationNode, OptionalDownload, OptionalVerb, RequestHeaders, Verb, VerbName } from './catalog.js';
