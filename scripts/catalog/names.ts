/**
 * Names for generated types, and the property names under which the runtime's segment rules
 * (lib/chain/segments.ts) reach a path segment. The rules are checked against the runtime itself, so a
 * segment is only offered as a property when the proxy really turns that property back into it.
 */
import { isLiteralPath, segmentOf } from '../../lib/chain/segments.js';

/** Names the node handler takes for itself (lib/chain/node.ts): never segments in a property chain. */
const RESERVED = new Set(['then', 'chain', 'getAsync', 'postAsync', 'putAsync', 'patchAsync', 'deleteAsync']);

/**
 * The property names that reach `segment` in a property chain (`_name_` and `$name$` for a
 * placeholder, camelCase for kebab-case), or none when no property does, e.g. for upper-case
 * segments such as `addInstitutionsub`, which only bracket and `chain()` paths can reach.
 */
export function propertiesFor(segment: string): string[] {
  const placeholder = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
  const candidates = placeholder
    ? [`_${placeholder[1]}_`, `$${placeholder[1]}$`]
    : [segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
  return candidates.filter((p) => !RESERVED.has(p) && !isLiteralPath(p) && segmentOf(p) === segment);
}

/** A property key as written in a declaration: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function pascal(word: string): string {
  return word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A readable type name for a path: PascalCase literal segments, placeholders kept as `_name_`,
 * e.g. `v3/pay/transactions/id/{transaction_id}` → `V3PayTransactionsId_transaction_id_`.
 */
export function pathTypeName(path: string): string {
  const name = path
    .split('/')
    .map((segment) => {
      const placeholder = /^\{([^{}]+)\}$/.exec(segment);
      return placeholder ? `_${placeholder[1]!.replace(/[^A-Za-z0-9_]/g, '_')}_` : pascal(segment);
    })
    .join('');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** The same without placeholders, e.g. `V3PayTransactionsId`: preferred wherever it is unambiguous. */
export function shortPathTypeName(path: string): string {
  return pathTypeName(path.split('/').filter((segment) => !/^\{[^{}]+\}$/.test(segment)).join('/'));
}

/**
 * Short names where they are unique, full ones (placeholders kept) where two keys would share a
 * short name; in key order, so the result does not depend on the order keys were found in.
 */
export function preferShort(keys: readonly string[], short: (key: string) => string, full: (key: string) => string, registry: NameRegistry): Map<string, string> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(short(key), (counts.get(short(key)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const key of [...keys].sort()) names.set(key, registry.take(counts.get(short(key)) === 1 ? short(key) : full(key)));
  return names;
}

/** Hands out names deterministically: the first taker keeps the plain name, later ones get a number. */
export class NameRegistry {
  readonly #taken = new Set<string>();

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  take(name: string): string {
    let candidate = name;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${name}${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}
