/**
 * Nested object types that a module would otherwise write out again and again (the same
 * `coupon_use_rule` in every stock query and reply) are declared once per module, as an interface
 * named after the field, and referred to by that name.
 *
 * Three passes over a module's operations, each writing the same text:
 * 1. a `Census` counts each object's complete text (field docs included: objects that differ only
 *    in a label or an example stay apart);
 * 2. a `SharedObjects` over the repeated ones counts the references the output would really make
 *    (an object inside a shared object is written once, in its declaration, however often the outer
 *    one is used);
 * 3. a `SharedObjects` over those that save bytes writes the final text and hands out the names.
 * Every pass visits the same objects in the same order, so the output stays deterministic.
 */
import { NameRegistry } from './names.js';
import type { ObjectNamer } from './schema.js';

/** Pass 1: how often each object text occurs in a module. */
export class Census implements ObjectNamer {
  readonly #counts = new Map<string, number>();
  /** The name each object would be given: after the first field it is found under, else after the first named type. */
  readonly #hints = new Map<string, Hint>();

  name(key: string, hint: string, _body: () => string, named = false): undefined {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    const seen = this.#hints.get(key);
    if (!seen || (seen.named && !named)) this.#hints.set(key, { hint, named });
    return undefined;
  }

  /** Objects written more than once, with the hint for their names. */
  repeated(): Map<string, Hint> {
    return new Map([...this.#counts].filter(([, count]) => count > 1).map(([key]) => [key, this.#hints.get(key)!]));
  }
}

/** What a shared object is named after: a field (`coupon_use_rule`), or a public named type (`GetHkV3RefundsIdData`). */
export interface Hint {
  hint: string;
  named: boolean;
}

interface Declaration extends Hint {
  name: string;
  body: string;
  references: number;
}

/** A field name as a type name: `coupon_use_rule` → `CouponUseRule`. */
export function typeNameFor(hint: string): string {
  const name = hint
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z]/.test(name) ? name : `Object${name}`;
}

/**
 * A reference costs the name, a declaration its header and doc line: an object is only shared when
 * that is less than the copies it replaces.
 */
function saves(key: string, references: number, name: string): boolean {
  return (references - 1) * key.length > references * name.length + 100;
}

/** Passes 2 and 3: names the given objects and declares each once. */
export class SharedObjects implements ObjectNamer {
  readonly #shared: ReadonlyMap<string, Hint>;
  readonly #registry: NameRegistry;
  readonly #declared = new Map<string, Declaration>();
  /** Qualifies a name another module took first: `Amount` in `v3-pay.ts` is `PayAmount` when `global.ts` has an `Amount`. */
  readonly #area: string;

  /** `shared`: the objects to name, each with the field (or type) to name it after; `group`: the module. */
  constructor(shared: ReadonlyMap<string, Hint>, registry: NameRegistry, group: string) {
    this.#shared = shared;
    this.#registry = registry;
    this.#area = typeNameFor(group.replace(/^v3-/, ''));
  }

  #nameFor({ hint, named }: Hint): string {
    // A named type's fields: `GetHkV3RefundsIdData` → `GetHkV3RefundsIdDataFields` (already unique, not re-cased).
    const plain = named ? `${hint}Fields` : typeNameFor(hint);
    return this.#registry.take(this.#registry.has(plain) && !this.#qualified(plain) ? `${this.#area}${plain}` : plain);
  }

  /** Already starts with the area's word (`PayAmount` in `v3-pay.ts`, but not `Payer`). */
  #qualified(name: string): boolean {
    return name.startsWith(this.#area) && !/^[a-z]/.test(name.slice(this.#area.length));
  }

  name(key: string, _hint: string, body: () => string): string | undefined {
    const hint = this.#shared.get(key);
    if (hint === undefined) return undefined;
    let found = this.#declared.get(key);
    if (!found) {
      // Named before its body is written, so an outer object takes the plainer name and comes first.
      found = { name: this.#nameFor(hint), ...hint, body: '', references: 0 };
      this.#declared.set(key, found);
      found.body = body();
    }
    found.references++;
    return found.name;
  }

  /** The objects worth sharing, judged by the references this pass made. */
  worthSharing(): Map<string, Hint> {
    return new Map([...this.#declared].filter(([key, d]) => d.references > 1 && saves(key, d.references, d.name)).map(([key, d]) => [key, { hint: d.hint, named: d.named }]));
  }

  /** The declarations, in the order of first use: undocumented, as the name says whose fields they are (`PayAmount`, `…DataFields`). */
  declarations(): string[] {
    return [...this.#declared.values()].map((d) => `export interface ${d.name} ${d.body}\n`);
  }
}
