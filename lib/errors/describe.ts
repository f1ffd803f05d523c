/**
 * What a wrong value is, for an error message: its type or class, never the value itself, which
 * may be a key or a secret put in the wrong option.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (Object.getPrototypeOf(value)?.constructor?.name ?? 'an object') : typeof value;
}
