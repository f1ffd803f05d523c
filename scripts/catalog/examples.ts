/**
 * Example request options for an operation, as TypeScript source, from the descriptions' own
 * `example` values: what the operation reference shows in each call style. Only the required fields
 * are filled in (at every depth), so an example is the smallest call the types accept; the field
 * tables list the rest.
 */
import { APIV2_COMPUTED, type CatalogOperation } from './emit.js';
import type { Schema } from './load.js';
import { propertyKey } from './names.js';
import { asSchema, flattenAllOf } from './schema.js';

const INDENT = '  ';

/** The options object of a call and, for uploads, the statements that build its `FormData` first. */
export interface OptionsExample {
  /** Lines to run before the call (an upload's `FormData`), or none. */
  setup: string[];
  /** The options object literal, or `''` when the call takes none. */
  options: string;
}

/** A string as a TypeScript literal: single quotes, as the guides write them. */
export function stringLiteral(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}


function typeName(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type.trim();
  return schema.properties !== undefined ? 'object' : undefined;
}

/** An enum member, the documented example where it is one of them (`SIGNED` rather than the first). */
function enumValue(schema: Schema): string | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  const members = schema.enum.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  if (!members.length) return undefined;
  const pick = members.includes(schema.example as never) ? schema.example : members[0];
  return typeof pick === 'string' ? stringLiteral(pick) : String(pick);
}

/** An object literal over the given entries, one per line (shorthand where a value is a variable of the key's name); `{}` when there are none. */
function objectLiteral(entries: [string, string][], indent: string): string {
  if (!entries.length) return '{}';
  const inner = indent + INDENT;
  return `{\n${entries.map(([key, value]) => `${inner}${value === key ? key : `${propertyKey(key)}: ${value}`},\n`).join('')}${indent}}`;
}

/**
 * A value of a schema's type: its example where it has one of that type, else an empty value of it
 * (`''`, `0`, `false`), never an invented one. Objects carry their required fields, arrays one item.
 */
export function exampleValue(input: Schema, indent = '', computed: ReadonlySet<string> = new Set()): string {
  const schema = flattenAllOf(input);
  const member = enumValue(schema);
  if (member !== undefined) return member;
  const type = typeName(schema);
  const example = schema.example;
  switch (type) {
    case 'object': {
      const properties = asSchema(schema.properties);
      const required = (Array.isArray(schema.required) ? schema.required.map(String) : []).filter((name) => name in properties && !computed.has(name));
      return objectLiteral(required.map((name) => [name, exampleValue(asSchema(properties[name]), indent + INDENT)]), indent);
    }
    case 'array':
      return `[${exampleValue(asSchema(schema.items), indent)}]`;
    case 'integer':
    case 'number':
    case 'int': {
      const number = typeof example === 'number' ? example : typeof example === 'string' && example.trim() !== '' ? Number(example) : NaN;
      return Number.isFinite(number) ? String(number) : '0';
    }
    case 'boolean':
      return typeof example === 'boolean' ? String(example) : example === 'true' ? 'true' : 'false';
    case 'file':
      return 'new Blob([])';
    default:
      // Strings, and the few fields whose type the descriptions leave out (typed `unknown`).
      return typeof example === 'string' || typeof example === 'number' ? stringLiteral(String(example)) : "''";
  }
}

/** The parts of an upload, appended in documented order: the `meta` JSON text and the file. */
function formSetup(op: CatalogOperation): string[] {
  const lines = ['const body = new FormData();'];
  for (const part of op.raw.parameters.filter((p) => p.in === 'formData')) {
    const schema = flattenAllOf(part.schema);
    if (typeName(schema) === 'file') lines.push(`body.append(${stringLiteral(part.name)}, new Blob([/* the file's bytes */]));`);
    else if (schema.properties !== undefined) lines.push(`body.append(${stringLiteral(part.name)}, JSON.stringify(${exampleValue({ ...schema, type: 'object', required: Object.keys(asSchema(schema.properties)) })}));`);
    else {
      // A form part is text: a documented number goes as its digits.
      const value = exampleValue(schema);
      lines.push(`body.append(${stringLiteral(part.name)}, ${value.startsWith("'") ? value : stringLiteral(value)});`);
    }
  }
  return lines;
}

/** The example options of an operation: path values, required query and headers, the body. */
export function optionsExample(op: CatalogOperation): OptionsExample {
  const entries: [string, string][] = [];
  const params = op.raw.parameters;
  // A call typed under its reference page's path goes to the host that page gives it.
  if (op.raw.perCallHost) entries.push(['baseURL', stringLiteral(op.raw.perCallHost.baseURL)]);
  for (const placeholder of op.raw.path.match(/\{[^{}]+\}/g) ?? []) {
    const name = placeholder.slice(1, -1);
    const param = params.find((p) => p.in === 'path' && p.name === name);
    entries.push([name, exampleValue(param?.schema ?? { type: 'string' }, INDENT)]);
  }
  const group = (place: 'query' | 'header', skip: ReadonlySet<string>) => {
    const required = params.filter((p) => p.in === place && p.required && !skip.has(p.name));
    const header = place === 'header';
    // Header values are text; the shared header parameters leave the type out.
    return required.map((p): [string, string] => [p.name, exampleValue(header ? { type: 'string', ...p.schema } : p.schema, INDENT + INDENT)]);
  };
  const query = group('query', new Set());
  if (query.length) entries.push(['query', objectLiteral(query, INDENT)]);
  // The client sets Wechatpay-Serial when it encrypts a sensitive field, as the types say.
  const headers = group('header', new Set(['Wechatpay-Serial']));
  if (headers.length) entries.push(['headers', objectLiteral(headers, INDENT)]);
  const body = params.find((p) => p.in === 'body');
  if (body?.required) entries.push([op.apiV2 ? 'xml' : 'json', exampleValue(body.schema, INDENT, op.apiV2 ? APIV2_COMPUTED : new Set())]);
  const upload = params.some((p) => p.in === 'formData');
  if (upload) entries.push(['body', 'body']);
  return { setup: upload ? formSetup(op) : [], options: entries.length ? objectLiteral(entries, '') : '' };
}
