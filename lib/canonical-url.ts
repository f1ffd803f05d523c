/**
 * Telling, without parsing, that a URL string is already what the WHATWG parser would make of it.
 *
 * Every request URL is parsed so that the signed string and the sent string are the same (see
 * `Pipeline#resolve`), and without this it would be parsed three more times on its way out (to sign
 * it, to send it, to check whether it is a download). Nearly every path a merchant sends is
 * canonical already: ASCII letters, digits, `/`, percent-escapes from `encodeURIComponent`. For
 * those the parser would hand back the string it was given, so the parse is skipped; anything else
 * (a space, a backslash, a dot segment, a non-ASCII character, a fragment) is parsed as before.
 * test/property.test.ts holds the two equal for random paths.
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

/** The part of a canonical `tail` before its query: its path relative to the base. */
export function tailPath(tail: string): string {
  const query = tail.indexOf('?');
  return query === -1 ? tail : tail.slice(0, query);
}
