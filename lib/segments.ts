/**
 * Property names to URL segments, for the chain style:
 * - `camelCase` → `camel-case`, `PascalCase` → `pascal-case`; digits and lower case stay (`v3`, `applyment4sub`);
 * - `_name_` and `$name$` → `{name}` (a path placeholder).
 *
 * Bracket and `chain()` strings (anything holding `/` or `{`) are taken literally.
 */
export function segmentOf(property: string): string {
  const placeholder = /^[_$]([A-Za-z0-9_]+?)[_$]$/.exec(property);
  if (placeholder && property[0] === property[property.length - 1]) return `{${placeholder[1]}}`;
  if (!/[A-Z]/.test(property)) return property;
  return property.replace(/[A-Z]/g, (c, index: number) => (index === 0 ? '' : '-') + c.toLowerCase());
}

/** True when a property is a literal path (bracket or `chain()` form) rather than one chain segment. */
export function isLiteralPath(property: string): boolean {
  return property.includes('/') || property.includes('{');
}

/** Append a segment or a literal path to a path template; leading and trailing slashes are dropped. */
export function appendPath(base: string, addition: string): string {
  const tail = isLiteralPath(addition) ? addition.replace(/^\/+|\/+$/g, '') : segmentOf(addition);
  if (tail === '') return base;
  return base === '' ? tail : `${base}/${tail}`;
}
