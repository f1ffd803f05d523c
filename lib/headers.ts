import { AxiosHeaders } from 'axios';
import { headerName } from './options.js';

/**
 * Writing request headers into an AxiosHeaders without `set()` when `set()` would store them as they
 * are: names that are HTTP tokens, values that are strings with nothing to sanitize or trim. That is
 * every header this client writes, and nearly every header a merchant adds; `set()` would search the
 * existing names case-insensitively and run each value through a regular expression and a trim, on
 * every request (about twenty distinct axios functions, which a process idle between requests finds
 * cold). Anything else goes to `set()`. test/headers.test.ts holds the results equal to axios's.
 */

/** A value `set()` stores unchanged: no C0 control but tab, no DEL, no space or tab at either end. */
// eslint-disable-next-line no-control-regex -- the control characters are what set() strips
const PLAIN_VALUE = /^(?:[^\x00-\x08\x0a-\x1f\x7f\t ](?:[^\x00-\x08\x0a-\x1f\x7f]*[^\x00-\x08\x0a-\x1f\x7f\t ])?)?$/;
/** A name `set()` stores as it is: a token (nothing to trim). `__proto__` has a slot of its own in AxiosHeaders. */
const PLAIN_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isPlain(name: string, value: unknown): value is string {
  return typeof value === 'string' && name !== '__proto__' && PLAIN_NAME.test(name) && PLAIN_VALUE.test(value);
}

/**
 * `AxiosHeaders.concat(...sources)`, or `undefined` when some header is not plain (then call that).
 * A later source's header replaces an earlier one of the same name in any case, under the first
 * spelling, as `set()` does.
 */
export function concatPlain(...sources: (Record<string, unknown> | undefined)[]): AxiosHeaders | undefined {
  const headers = new AxiosHeaders();
  const target = headers as unknown as Record<string, unknown>;
  const names: string[] = [];
  const lowers: string[] = [];
  for (const source of sources) {
    if (source === undefined) continue;
    // set() reads a Map or another iterable differently; only plain records take this path.
    const prototype = Object.getPrototypeOf(source) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    for (const name of Object.keys(source)) {
      const value = source[name];
      if (!isPlain(name, value)) return undefined;
      const lower = name.toLowerCase();
      const index = lowers.indexOf(lower);
      if (index === -1) {
        names.push(name);
        lowers.push(lower);
        target[name] = value;
      } else {
        target[names[index]!] = value;
      }
    }
  }
  return headers;
}

/**
 * `headers.set(name, value)`, or with `onlyIfAbsent` `headers.set(name, value, false)` (what
 * `setContentType(value, false)` does): an existing header of that name in any case keeps its
 * spelling; one set to `false` is left alone unless absent-only, which sets only over `undefined`.
 */
export function setHeader(headers: AxiosHeaders, name: string, value: string, onlyIfAbsent = false): void {
  if (!isPlain(name, value)) {
    headers.set(name, value, onlyIfAbsent ? false : undefined);
    return;
  }
  const target = headers as unknown as Record<string, unknown>;
  const existing = headerName(headers, name);
  if (existing === undefined) target[name] = value;
  else if (target[existing] === undefined || (!onlyIfAbsent && target[existing] !== false)) target[existing] = value;
}
