/**
 * The typed surface of a `Wechatpay` client: every node of a property chain, every `chain('…')`
 * and every `['…']` path. Paths the catalog does not know type-check loosely.
 */
import type { WechatpayPaths, WechatpayRootNode } from './generated/index.js';
import type { LooseSegments } from './loose.js';

/**
 * The root of the client: the documented property chains (`wxpay.v3.pay…`) and literal paths
 * (`wxpay['v3/pay/transactions/native']`), typed from the generated catalog; any other segment or
 * path is a {@link LooseNode}. `wxpay.chain('…')` is typed from {@link WechatpayPaths} as well.
 */
export type WechatpayRoot = WechatpayRootNode & WechatpayPaths & LooseSegments;

// Every generated name (nodes, `…Options`, `…Data`), so that users can refine them by declaration merging.
export type * from './generated/index.js';
export type { CallOptions, CallOptionsBase, ChainAt, ChainFrom, Download, DownloadOptions, Open, Operation, OperationNode, OptionalDownload, OptionalVerb, RequestHeaders, Verb, VerbName } from './catalog.js';
export type { LooseNode, LooseOptions, LooseSegments, LooseVerb, LooseVerbNodes, LooseVerbs } from './loose.js';
