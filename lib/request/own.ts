/**
 * Reading what a caller hands in: only its own properties count. An inherited value (a polluted
 * `Object.prototype`, a class instance's defaults) must never become a header, a query parameter,
 * a body or a host.
 */

/** The own property `key` of `record`, or `undefined` when it is not an own property. */
export function ownValue(record: object, key: string): unknown {
  if (!Object.hasOwn(record, key)) return undefined;
  // `record.__proto__` would read the prototype even when an own `__proto__` exists (JSON.parse makes one).
  return key === '__proto__' ? Object.getOwnPropertyDescriptor(record, key)!.value : (record as Record<string, unknown>)[key];
}

/** A copy of the own enumerable properties of `record`, on a null prototype. */
export function ownRecord(record: object): Record<string, unknown> {
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record)) copy[key] = ownValue(record, key);
  return copy;
}
