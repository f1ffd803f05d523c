// Each operation's example call, built from the descriptions the way the reference pages write theirs:
// path values, query, headers, the JSON or XML body and form parts from the documented examples.
import { flattenAllOf } from '../../scripts/catalog/schema.js';
import type { RawOperation, Schema } from '../../scripts/catalog/load.js';

const V3_ROOTS = new Set(['v3', 'hk', 'global']);

export function isV2(path: string): boolean {
  return !V3_ROOTS.has(path.split('/')[0]!);
}

/** A value of `input`'s type: its example, first enum value, or a placeholder; objects with their required and exemplified fields. */
export function exampleOf(input: Schema, depth = 0, skip: ReadonlySet<string> = new Set()): unknown {
  const schema = flattenAllOf(input);
  const type = typeof schema.type === 'string' ? schema.type.trim() : undefined;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if (type === 'array') return depth > 6 ? [] : [exampleOf((schema.items ?? {}) as Schema, depth + 1)];
  if (type === 'object' || schema.properties !== undefined) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const out: Record<string, unknown> = {};
    if (depth > 6) return out;
    for (const [name, field] of Object.entries(properties)) {
      if (skip.has(name)) continue;
      if (required.has(name) || hasExample(field)) out[name] = exampleOf(field, depth + 1);
    }
    return out;
  }
  if (type === 'file' || schema.format === 'binary') return new Blob(['example']);
  if (schema.example !== undefined && (typeof schema.example !== 'object' || schema.example === null)) return schema.example ?? 'x';
  if (type === 'integer' || type === 'number' || type === 'int') return 1;
  if (type === 'boolean') return true;
  return 'x';
}

function hasExample(schema: Schema): boolean {
  const flat = flattenAllOf(schema);
  return flat.example !== undefined || Array.isArray(flat.enum) || flat.properties !== undefined || flat.type === 'array';
}

/** The options of an operation's example call, for a client whose merchant is `mchid`. */
export function exampleOptions(op: RawOperation, mchid: string): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const v2 = isV2(op.path);
  for (const placeholder of op.path.match(/\{[^{}]+\}/g) ?? []) {
    const name = placeholder.slice(1, -1);
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = param ? exampleOf(param.schema) : 'x';
    options[name] = value === '' ? 'x' : value;
  }
  const query = op.parameters.filter((p) => p.in === 'query');
  if (query.length) options.query = Object.fromEntries(query.map((p) => [p.name, exampleOf(p.schema)]));
  const headers = op.parameters.filter((p) => p.in === 'header' && p.required && p.name !== 'Wechatpay-Serial');
  if (headers.length) options.headers = Object.fromEntries(headers.map((p) => [p.name, String(exampleOf({ type: 'string', ...p.schema }) ?? 'x').replace(/[^\x20-\x7e]/g, '') || 'x']));
  const body = op.parameters.find((p) => p.in === 'body');
  if (body) {
    const value = exampleOf(body.schema, 0, v2 ? new Set(['nonce_str', 'sign']) : new Set()) as Record<string, unknown>;
    if (v2) {
      const xml: Record<string, unknown> = {};
      // APIv2 fields are text: a nested example is sent as the JSON text the field documents.
      for (const [name, field] of Object.entries(value)) xml[name] = typeof field === 'object' && field !== null ? JSON.stringify(field) : field;
      for (const name of ['mch_id', 'mchid']) if (name in xml) xml[name] = mchid;
      options.xml = xml;
    } else {
      options.json = value;
    }
  }
  const form = op.parameters.filter((p) => p.in === 'formData');
  if (form.length) {
    const data = new FormData();
    for (const part of form) {
      const value = exampleOf(part.schema);
      if (value instanceof Blob) data.append(part.name, value, 'example.jpg');
      else if (part.name === 'sign') continue;
      else if (v2 && (part.name === 'mch_id' || part.name === 'mchid')) data.append(part.name, mchid);
      else data.append(part.name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    options.body = data;
  }
  return options;
}
