import { INSPECT } from '../inspect.js';
import { describe } from '../errors/describe.js';
import { appendPath, joinLiteral } from './segments.js';
import type { HttpMethod, WechatpayResponse } from '../../types/options.js';

/** How a node sends its call: the client's request path. */
export type Send = (method: HttpMethod, template: string, options: unknown) => Promise<WechatpayResponse>;

// Maps, not object literals: `toString` or `constructor` must not be found on a prototype.
const VERBS = new Map<string, HttpMethod>([['get', 'GET'], ['post', 'POST'], ['put', 'PUT'], ['patch', 'PATCH'], ['delete', 'DELETE']]);
const ASYNC_VERBS = new Map<string, HttpMethod>([...VERBS].map(([name, method]) => [`${name}Async`, method]));

/**
 * A node's state lives on its function target, so one shared handler serves every node and a node
 * costs one function and one Proxy. Nodes are not memoized: they are garbage as soon as the call is
 * made, so memory stays flat however many distinct paths are used.
 */
interface NodeTarget {
  (...args: unknown[]): unknown;
  path: string;
  send: Send;
  /** The path of the node this one was reached from. */
  parentPath: string;
  /** Set when the node was reached through a verb name: calling it sends that verb to `parentPath`. */
  verb?: HttpMethod;
}

/** A short debug form: what `String()`, `util.inspect` and `JSON.stringify` print for a node. */
export function describeNode(path: string): string {
  return `[wechatpay-chain ${path === '' ? '(root)' : path}]`;
}

const handler: ProxyHandler<NodeTarget> = {
  get(target, property) {
    if (typeof property === 'symbol') return property === INSPECT ? target[INSPECT as never] : undefined;
    return childOf(target.send, target.path, property);
  },
  apply(target, _this, args) {
    if (target.verb !== undefined) return target.send(target.verb, target.parentPath, args[0]);
    // Called through a segment such as `toString`, `toJSON` or `valueOf`: answer with the debug form
    // of the node it was reached from, as String(node) and JSON.stringify(node) expect.
    return describeNode(target.parentPath);
  },
  // Nothing is written to or defined on nodes, so they cannot be mistaken for state holders.
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
};

/** What a string property of the node at `path` (the root's is `''`) gives. */
function childOf(send: Send, path: string, property: string): unknown {
  // Not a segment: `await node` and Promise.resolve(node) must not treat a node as a thenable.
  if (property === 'then') return undefined;
  if (property === 'chain') return (literal: string) => chainFrom(send, path, literal);
  const asyncVerb = ASYNC_VERBS.get(property);
  if (asyncVerb) return (options?: unknown) => send(asyncVerb, path, options);
  // `delete`, `get`... are both the verb on this path and a segment: `receivers.delete.post()` exists.
  return createNode(send, appendPath(path, property), path, VERBS.get(property));
}

/** `chain(literal)` on the node at `base`. */
function chainFrom(send: Send, base: string, literal: unknown): unknown {
  if (typeof literal !== 'string') throw new TypeError(`chain() takes a path string, got ${describe(literal)}`);
  // chain('x') is always literal, even without a slash: no camelCase conversion.
  return createNode(send, joinLiteral(base, literal), base);
}

function inspectNode(this: NodeTarget): string {
  // `this` may be the Proxy (util.inspect calls with the original value): read the target's own
  // property without the get trap, which would take `path` for a segment.
  return describeNode(Object.getOwnPropertyDescriptor(this, 'path')?.value as string);
}

/** Create the node for a path template (`''` for the root). */
export function createNode(send: Send, path: string, parentPath: string, verb?: HttpMethod): unknown {
  const target = function node() {} as unknown as NodeTarget;
  target.path = path;
  target.send = send;
  target.parentPath = parentPath;
  if (verb) target.verb = verb;
  // util.inspect looks through the Proxy at the target itself, so the debug form lives there; one
  // shared function (called with the target as `this`) rather than a closure per node.
  (target as unknown as Record<symbol, unknown>)[INSPECT] = inspectNode;
  return new Proxy(target, handler);
}

/** The root's `chain()`: a literal path from the root. */
export function rootChain(send: Send, path: unknown): unknown {
  return chainFrom(send, '', path);
}

/** Resolve a property of the root (a `Wechatpay` instance) that is not one of its own members. */
export function rootChild(send: Send, property: string): unknown {
  return childOf(send, '', property);
}

