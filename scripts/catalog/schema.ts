/**
 * JSON-schema-like descriptions → TypeScript type text, with each field's official label and
 * example as TSDoc. Enums become string-literal unions, `required` decides `?`.
 */
import type { Schema } from './load.js';
import { propertyKey } from './names.js';

// One space a level: the modules are shipped as written, and indentation is bytes in every install.
const INDENT = ' ';

/** The short official label of a field: its description up to the first clause break, links reduced to their text. */
export function labelOf(schema: Schema): string {
  if (typeof schema.description !== 'string') return '';
  const text = schema.description
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/[\n，。；;,:：(（]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  // Longer first clauses are explanations, not labels: those stay in the official pages.
  return text.length > 40 ? '' : text;
}

function exampleOf(schema: Schema): string {
  const value = schema.example;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || value === '' || value.length > 80 || /[\r\n]/.test(value)) return '';
  return value;
}

/** Keep a text from closing or breaking the comment it is put in. */
function commentSafe(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/@/g, '\\@');
}

/** A field's TSDoc, on the field's own line (`/** 商户号 *\/ mchid: string;`), or `''` when there is nothing to say. */
export function fieldDoc(schema: Schema, extra: string[] = []): string {
  const parts = [labelOf(schema), ...extra].filter(Boolean).map(commentSafe);
  const example = exampleOf(schema);
  if (example) parts.push(`@example ${commentSafe(example)}`);
  if (schema.deprecated === true) parts.push('@deprecated');
  return parts.length ? `/** ${parts.join(' ')} */ ` : '';
}

/**
 * The schema without its examples, at every depth. For response bodies: an example shows what to
 * send; of what WeChat Pay sends, the label and type say enough (0.19 MB of the shipped catalog).
 */
export function withoutExamples(input: Schema): Schema {
  const { example: _example, ...schema } = input;
  if (schema.properties !== undefined) schema.properties = Object.fromEntries(Object.entries(asSchema(schema.properties)).map(([name, field]) => [name, withoutExamples(asSchema(field))]));
  if (schema.items !== undefined && !Array.isArray(schema.items)) schema.items = withoutExamples(asSchema(schema.items));
  if (Array.isArray(schema.allOf)) schema.allOf = schema.allOf.map((part) => withoutExamples(asSchema(part)));
  return schema;
}

/** A value as a schema object; anything else (an array, a scalar, nothing) as an empty one. */
export function asSchema(value: unknown): Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : {};
}

/**
 * `allOf` is used both to combine objects and to widen an enum with a few more values; objects are
 * merged field by field, scalars keep the first type and the union of the enums.
 */
export function flattenAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = schema.allOf.map((part) => flattenAllOf(asSchema(part)));
  const { allOf: _allOf, ...own } = schema;
  const merged: Schema = {};
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  const enums: unknown[] = [];
  for (const part of [...parts, own]) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties') Object.assign(properties, asSchema(value));
      else if (key === 'required' && Array.isArray(value)) value.forEach((r) => required.add(String(r)));
      else if (key === 'enum' && Array.isArray(value)) enums.push(...value);
      else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  if (enums.length) merged.enum = enums;
  return merged;
}

function literal(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  return undefined;
}

/**
 * Decides, per module, which nested object types are declared once under a name (see shared.ts).
 * `key` is the object's complete text written at no indent (field docs included), so only exact
 * textual duplicates share a name; `hint` is the field the object was found under (or the public
 * type it is the whole of, with `named`); `body` writes the
 * object at no indent, referring to the types shared inside it. Returns the name to refer to, or
 * `undefined` to write the object out in place.
 */
export interface ObjectNamer {
  /** `named` is set for the object of a public named type (`…Body`, `…Data`), which can extend a shared one. */
  name(key: string, hint: string, body: () => string, named?: boolean): string | undefined;
}

/** The TypeScript type of a schema; nested objects are written out at `indent`, or named by `namer`. */
export function typeOf(input: Schema, indent: string, namer?: ObjectNamer, hint = 'item'): string {
  const schema = flattenAllOf(input);
  const type = typeof schema.type === 'string' ? schema.type.trim() : undefined;
  if (Array.isArray(schema.enum)) {
    const literals = [...new Set(schema.enum.map(literal).filter((l): l is string => l !== undefined))];
    if (literals.length) return literals.join(' | ');
  }
  if (type === 'file' || schema.format === 'binary') return 'Blob';
  // Set by xml-types.ts for APIv2 request fields, which travel as text.
  if (typeof schema['x-ts-type'] === 'string') return schema['x-ts-type'];
  if (type === 'array') {
    const item = typeOf(asSchema(schema.items), indent, namer, hint);
    return /^[A-Za-z]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
  }
  if (type === 'object' || (type === undefined && schema.properties !== undefined)) {
    const properties = asSchema(schema.properties);
    if (!Object.keys(properties).length) return 'Record<string, unknown>';
    const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
    const name = namer?.name(objectOf(properties, required, ''), hint, () => objectOf(properties, required, '', namer));
    return name ?? objectOf(properties, required, indent, namer);
  }
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'unknown';
  }
}

/** An object type literal with one documented line per field. */
export function objectOf(properties: Schema, required: readonly string[], indent: string, namer?: ObjectNamer): string {
  const inner = indent + INDENT;
  let out = '{\n';
  for (const [name, value] of Object.entries(properties)) {
    const field = asSchema(value);
    out += `${inner}${fieldDoc(field)}${propertyKey(name)}${required.includes(name) ? '' : '?'}: ${typeOf(field, inner, namer, name)};\n`;
  }
  return `${out}${indent}}`;
}

/** The fields of an object schema with at least one field (for named body and response types), or `undefined`. */
export function fieldsOf(schema: Schema): { properties: Schema; required: string[] } | undefined {
  const flat = flattenAllOf(schema);
  const type = typeof flat.type === 'string' ? flat.type.trim() : undefined;
  if ((type !== undefined && type !== 'object') || flat.properties === undefined) return undefined;
  const properties = asSchema(flat.properties);
  if (!Object.keys(properties).length) return undefined;
  return { properties, required: Array.isArray(flat.required) ? flat.required.map(String) : [] };
}
