/**
 * The rows of the operation reference's field tables: one per field, nested fields below their
 * object with a greater depth, each with the facts the types carry (name, type, required, enum
 * values, official label). The request table follows the shape of the options object (path values,
 * `query`, `headers`, `json`/`xml`, `body`), so each row names what the call writes.
 */
import { APIV2_COMPUTED, type CatalogOperation } from './emit.js';
import type { RawParameter, Schema } from './load.js';
import { asSchema, flattenAllOf, labelOf } from './schema.js';

/** `[depth, name, type, required, label, enum values]`: a tuple, as the data file holds 60,000 of them. */
export type FieldRow = [depth: number, name: string, type: string, required: 0 | 1, label: string, values?: string[]];


/** The type as the table shows it: the base type of an enum (its members go in their own column), `T[]` for arrays. */
export function displayType(input: Schema): string {
  const schema = flattenAllOf(input);
  const type = typeof schema.type === 'string' ? schema.type.trim() : schema.properties !== undefined ? 'object' : undefined;
  if (type === 'file' || schema.format === 'binary') return 'Blob';
  if (type === 'array') return `${displayType(asSchema(schema.items))}[]`;
  if (type === 'object') return 'object';
  if (type === 'integer' || type === 'number' || type === 'int') return 'number';
  if (type === 'string' || type === 'boolean') return type;
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) return 'string';
  return 'unknown';
}

function enumValues(schema: Schema): string[] | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  const values = [...new Set(schema.enum.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String))];
  return values.length ? values : undefined;
}

/** The fields below an object (or below the items of an array of objects), depth first. */
function childRows(input: Schema, depth: number, skip: ReadonlySet<string> = new Set()): FieldRow[] {
  let schema = flattenAllOf(input);
  while (schema.type === 'array') schema = flattenAllOf(asSchema(schema.items));
  const properties = asSchema(schema.properties);
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  return Object.entries(properties).flatMap(([name, value]) => fieldRows(name, asSchema(value), depth, required.includes(name) && !skip.has(name)));
}

/** A field's row and the rows of its own fields. */
export function fieldRows(name: string, input: Schema, depth: number, required: boolean): FieldRow[] {
  const schema = flattenAllOf(input);
  const row: FieldRow = [depth, name, displayType(schema), required ? 1 : 0, labelOf(schema)];
  const values = enumValues(schema);
  if (values) row.push(values);
  return [row, ...childRows(schema, depth + 1)];
}

/** A group of the options object (`query`, `headers`): its row, then one row per parameter. */
function groupRows(name: string, params: RawParameter[], asText: boolean): FieldRow[] {
  if (!params.length) return [];
  const required = params.some((p) => p.required);
  return [[0, name, 'object', required ? 1 : 0, ''], ...params.flatMap((p) => fieldRows(p.name, asText ? { type: 'string', ...p.schema } : p.schema, 1, p.required))];
}

/** The request table: the rows of the options object, in the order a call writes them. */
export function requestRows(op: CatalogOperation): FieldRow[] {
  const params = op.raw.parameters;
  const rows: FieldRow[] = [];
  for (const placeholder of op.raw.path.match(/\{[^{}]+\}/g) ?? []) {
    const name = placeholder.slice(1, -1);
    const schema = params.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' };
    const row = fieldRows(name, schema, 0, true)[0]!;
    // The runtime stringifies path values; a documented number may equally be given as a string.
    if (row[2] === 'number') row[2] = 'string | number';
    rows.push(row);
  }
  rows.push(...groupRows('query', params.filter((p) => p.in === 'query'), false));
  // Wechatpay-Serial is optional in the types: the client sets it when it encrypted a sensitive field.
  const headers = params.filter((p) => p.in === 'header').map((p) => (p.name === 'Wechatpay-Serial' ? { ...p, required: false } : p));
  rows.push(...groupRows('headers', headers, true));
  const body = params.find((p) => p.in === 'body');
  if (body) {
    const schema = flattenAllOf(body.schema);
    rows.push([0, op.apiV2 ? 'xml' : 'json', displayType(schema), body.required ? 1 : 0, labelOf(schema)]);
    // APIv2's nonce_str and sign are computed by the client: optional, as in the types.
    rows.push(...childRows(schema, 1, op.apiV2 ? APIV2_COMPUTED : new Set()));
  }
  const form = params.filter((p) => p.in === 'formData');
  if (form.length) rows.push([0, 'body', 'FormData', 1, ''], ...form.flatMap((p) => fieldRows(p.name, p.schema, 1, p.required)));
  return rows;
}

/** The response body's rows: its fields at the top level, or one row for a body that is not an object. */
export function responseRows(schema: Schema): FieldRow[] {
  const flat = flattenAllOf(schema);
  if (displayType(flat) === 'object' && Object.keys(asSchema(flat.properties)).length) return childRows(flat, 0);
  return fieldRows('', flat, 0, true);
}
