/**
 * The loose surface of a client: what any path the catalog does not know gives (a new endpoint
 * works the day it ships, typed loosely).
 */
import type { RequestOptionsBase, WechatpayResponse } from './options.js';

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
