import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { ownValue } from './own.js';

/** An HTTP token (RFC 9110): what a header name may be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * A header value Node sends byte for byte: tab, visible ASCII, space and Latin-1 (obs-text). Beyond
 * that Node keeps only the low byte of each character (`订单-1` goes out as `-1`), and a control
 * character could end the header early.
 */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Headers that frame the message or the connection: set by the HTTP layer from the body it sends.
 * One given by hand could contradict it (`Transfer-Encoding` beside `Content-Length` is the classic
 * request-smuggling ambiguity) or hang the exchange (`Expect: 100-continue`).
 */
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'host', 'upgrade', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'expect']);

/**
 * Check a call's `headers` option: own properties only, names that are tokens, values that are
 * strings or finite numbers sent as they are. Throws {@link ParameterError} naming the header.
 */
export function checkHeaders(headers: unknown, template: string): Record<string, string> {
  if (headers === undefined) return {};
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new ParameterError('headers', template, `\`headers\` must be an object, got ${describe(headers)}`);
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = ownValue(headers, name);
    if (value === undefined) continue;
    const option = `headers.${name}`;
    if (!TOKEN.test(name)) throw new ParameterError(option, template, 'the header name is not an HTTP token (letters, digits and !#$%&\'*+.^_`|~-)');
    const lower = name.toLowerCase();
    if (lower === 'authorization') throw new ParameterError(option, template, 'the Authorization header is computed by the signer and cannot be set');
    if (FRAMING.has(lower)) throw new ParameterError(option, template, `\`${name}\` frames the message and is set from the body that is sent; it cannot be given`);
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new ParameterError(option, template, `header \`${name}\` must be a string or a finite number, got ${describe(value)}`);
    }
    const text = String(value);
    if (!FIELD_VALUE.test(text)) {
      // The value is not quoted: a header may carry a token or a key.
      throw new ParameterError(option, template, `header \`${name}\` holds a line break, a control character or a character beyond Latin-1, which HTTP cannot carry as it is; encode it first (e.g. encodeURIComponent)`);
    }
    if (hasHeader(out, lower)) throw new ParameterError(option, template, `header \`${name}\` is given twice, in different cases`);
    out[name] = text;
  }
  return out;
}

/**
 * The name a header record holds `name` under, in whatever case it was given: the last match, as
 * axios's own lookup finds it.
 */
export function headerName(headers: object, name: string): string | undefined {
  const lower = name.toLowerCase();
  const names = Object.keys(headers);
  for (let index = names.length - 1; index >= 0; index--) if (names[index]!.toLowerCase() === lower) return names[index];
  return undefined;
}

/** Whether a header record has `name`, whatever the case it was given in. */
export function hasHeader(headers: object, name: string): boolean {
  return headerName(headers, name) !== undefined;
}
