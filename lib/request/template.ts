import { ParameterError } from '../errors/parameter-error.js';

/** A parsed path template: literal text between `{name}` and `{+name}` placeholders. */
interface CompiledTemplate {
  literals: string[];
  placeholders: { name: string; reserved: boolean; wellFormed: boolean }[];
  names: ReadonlySet<string>;
}

// Bounded: bracket paths may carry real order numbers, and a cache keyed by them must not grow for ever.
const MAX_CACHED = 512;
const cache = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let compiled = cache.get(template);
  if (compiled) return compiled;
  const literals: string[] = [];
  const placeholders: CompiledTemplate['placeholders'] = [];
  const pattern = /\{(\+?)([^{}]*)\}/g;
  let last = 0;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    literals.push(template.slice(last, m.index));
    placeholders.push({ name: m[2]!, reserved: m[1] === '+', wellFormed: /^[A-Za-z0-9_]+$/.test(m[2]!) });
    last = m.index + m[0].length;
  }
  literals.push(template.slice(last));
  compiled = { literals, placeholders, names: new Set(placeholders.map((p) => p.name)) };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(template, compiled);
  return compiled;
}

/** Names of the placeholders in a path template, in order (computed once per cached template). */
export function placeholdersOf(template: string): ReadonlySet<string> {
  return compile(template).names;
}

/**
 * Fill every `{name}` from `values` with `encodeURIComponent`, so a value is always exactly one
 * segment; `{+name}` (RFC 6570 reserved expansion) may span segments. Throws before anything is sent
 * for a value that is missing, empty or a dot segment, which URL parsers would resolve away.
 */
export function fillTemplate(template: string, values: Record<string, unknown>): string {
  const { literals, placeholders } = compile(template);
  let out = literals[0]!;
  placeholders.forEach(({ name, reserved, wellFormed }, index) => {
    if (!wellFormed) {
      throw new ParameterError(name, template, `the path template has a malformed placeholder {${reserved ? '+' : ''}${name}}`);
    }
    out += encodeValue(name, values[name], reserved, template) + literals[index + 1]!;
  });
  return out;
}

/** True when `text` holds a lone UTF-16 surrogate, which has no UTF-8 form (encodeURIComponent throws a bare URIError). */
export function hasLoneSurrogate(text: string): boolean {
  // String#isWellFormed (Node 20; not in the ES2022 typings): a builtin scan, where a Unicode
  // regular expression ran code of its own per call, measurable when a process is cold between requests.
  return !(text as string & { isWellFormed(): boolean }).isWellFormed();
}

function encodeValue(name: string, value: unknown, reserved: boolean, template: string): string {
  if (value === undefined || value === null) {
    throw new ParameterError(name, template, `missing path value \`${name}\``);
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
    throw new ParameterError(name, template, `path value \`${name}\` must be a string or number, got ${typeof value}`);
  }
  const text = String(value);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new ParameterError(name, template, `path value \`${name}\` must be a finite number`);
  }
  if (text === '') throw new ParameterError(name, template, `path value \`${name}\` is empty`);
  if (hasLoneSurrogate(text)) throw new ParameterError(name, template, `path value \`${name}\` holds a lone UTF-16 surrogate, which cannot be encoded`);
  if (!reserved) {
    if (text === '.' || text === '..') {
      throw new ParameterError(name, template, `path value \`${name}\` is a dot segment ("${text}"), which would change the path`);
    }
    return encodeURIComponent(text);
  }
  for (const part of text.split('/')) {
    if (part === '' || part === '.' || part === '..') {
      throw new ParameterError(name, template, `path value \`${name}\` has an empty or dot segment, which would change the path`);
    }
  }
  // Reserved expansion keeps `/` and the other reserved characters, but never `?` or `#`, which would
  // move the rest of the path into the query or fragment. encodeURI already escapes `%`.
  return encodeURI(text).replace(/[?#]/g, encodeURIComponent);
}
