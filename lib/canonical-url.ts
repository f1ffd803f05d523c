/**
 * Telling, without parsing, that a URL string is already what the WHATWG parser would make of it.
 *
 * Every request URL goes through the parser so that the signed string and the sent string are the
 * same (see `Pipeline#resolve`). Nearly every path a merchant sends is canonical already: ASCII
 * letters, digits, `/`, percent-escapes from `encodeURIComponent`. For those the parser would hand
 * back the string it was given, so the parse is skipped; anything else (a space, a backslash, a dot
 * segment, a non-ASCII character, a fragment) is parsed as before. test/property.test.ts holds the
 * two equal for random paths. (After that, each attempt carries its URL's parts to the signer and
 * the adapter: see `AttemptTransport.target`.)
 */

/**
 * Characters kept as they are in both the path and the query of an http(s) URL. Left out: `'` (escaped
 * in the query of special schemes), `\` (a slash there), and everything the parser escapes or strips.
 */
const UNCHANGED = /^[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*$/;
/** A `.` or `..` segment, which the parser resolves (`%2e` is one too, so any `%2e` is left to it). */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:[/?]|$)|%2e/i;

/**
 * Whether `base + tail` is a canonical URL, for `base` a canonical http(s) URL ending in `/` with no
 * query or fragment (a normalized `baseURL`): then `new URL(base + tail).href === base + tail`.
 * `false` means only "not known": parse it.
 */
export function isCanonicalTail(tail: string): boolean {
  return UNCHANGED.test(tail) && !DOT_SEGMENT.test(tail);
}

/** The part of a canonical path-and-query (or tail) before its query. */
export function withoutQuery(pathAndQuery: string): string {
  const query = pathAndQuery.indexOf('?');
  return query === -1 ? pathAndQuery : pathAndQuery.slice(0, query);
}
