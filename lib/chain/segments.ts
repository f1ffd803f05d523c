/**
 * Property names to URL segments, for the chain style:
 * - `camelCase` → `camel-case`, `PascalCase` → `pascal-case`; digits and lower case stay (`v3`, `applyment4sub`);
 * - `_name_` and `$name$` → `{name}` (a path placeholder).
 *
 * Bracket and `chain()` strings (anything holding `/` or `{`) are taken literally.
 */
export function segmentOf(property: string): string {
  let segment = segments.get(property);
  if (segment === undefined) {
    segment = convert(property);
    // Bounded in count and size: the catalog's chain-style names are a few hundred short words, but
    // a caller may make up any.
    if (property.length <= SEGMENT_CACHE_NAME_LENGTH) {
      if (segments.size >= SEGMENT_CACHE_SIZE) segments.clear();
      segments.set(property, segment);
    }
  }
  return segment;
}

/**
 * Converted names, so that a call's five or six segments are looked up rather than run through
 * two regular expressions each (measurable when the process is cold between requests).
 */
const segments = new Map<string, string>();
const SEGMENT_CACHE_SIZE = 4096;
const SEGMENT_CACHE_NAME_LENGTH = 64;

function convert(property: string): string {
  const placeholder = /^[_$]([A-Za-z0-9_]+?)[_$]$/.exec(property);
  if (placeholder && property[0] === property[property.length - 1]) return `{${placeholder[1]}}`;
  if (!/[A-Z]/.test(property)) return property;
  return property.replace(/[A-Z]/g, (c, index: number) => (index === 0 ? '' : '-') + c.toLowerCase());
}

/** True when a property is a literal path (bracket or `chain()` form) rather than one chain segment. */
export function isLiteralPath(property: string): boolean {
  return property.includes('/') || property.includes('{');
}

/**
 * Append a literal path (bracket or `chain()` form) to a path template. Leading slashes are dropped;
 * a trailing slash is kept (once), because a few documented paths end in one, e.g.
 * `POST v3/applyment4sub/applyment/`; `chain('/')` adds it to a node.
 */
export function joinLiteral(base: string, literal: string): string {
  const trimmed = literal.replace(/^\/+/, '').replace(/\/+$/, '/');
  if (trimmed === '') return literal !== '' && base !== '' && !base.endsWith('/') ? `${base}/` : base;
  return joinSegment(base, trimmed);
}

/** Append a property (one chain segment, or a literal path when it holds `/` or `{`) to a path template. */
export function appendPath(base: string, addition: string): string {
  return isLiteralPath(addition) ? joinLiteral(base, addition) : joinSegment(base, segmentOf(addition));
}

function joinSegment(base: string, tail: string): string {
  if (tail === '') return base;
  return base === '' || base.endsWith('/') ? base + tail : `${base}/${tail}`;
}
