/**
 * The type-check benchmark fixture: `count` operations spread evenly over the catalog, each called
 * in the three styles (property chain, `chain('…')`, `['…']`) with its required options and a read
 * of `res.data`. `npm run bench:types` checks it against the typed client and against a loose one.
 */
import { chainExpression } from './calls.js';
import { APIV2_COMPUTED, HEADER, type Catalog, type CatalogOperation } from './emit.js';
import type { Schema } from './load.js';
import { propertyKey } from './names.js';
import { flattenAllOf } from './schema.js';

/** A value of a schema's type with only its required fields: valid for the typed options. */
function sample(input: Schema, computed: ReadonlySet<string> = new Set()): string {
  const schema = flattenAllOf(input);
  const type = typeof schema.type === 'string' ? schema.type.trim() : undefined;
  if (Array.isArray(schema.enum) && schema.enum.length) return JSON.stringify(schema.enum[0]);
  if (type === 'file' || schema.format === 'binary') return 'new Blob([])';
  if (type === 'array') return '[]';
  if (type === 'object' || schema.properties !== undefined) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (Array.isArray(schema.required) ? schema.required.map(String) : []).filter((r) => r in properties && !computed.has(r));
    return `{ ${required.map((r) => `${propertyKey(r)}: ${sample(properties[r]!)}`).join(', ')} }`;
  }
  if (type === 'integer' || type === 'number' || type === 'int') return typeof schema.example === 'number' ? String(schema.example) : '1';
  if (type === 'boolean') return 'true';
  return JSON.stringify(typeof schema.example === 'string' ? schema.example : 'x');
}

function optionsOf(op: CatalogOperation): string {
  const parts: string[] = [];
  const params = op.raw.parameters;
  for (const placeholder of op.raw.path.match(/\{[^{}]+\}/g) ?? []) {
    const name = placeholder.slice(1, -1);
    const param = params.find((p) => p.in === 'path' && p.name === name);
    parts.push(`${propertyKey(name)}: ${param ? sample(param.schema) : "'x'"}`);
  }
  const query = params.filter((p) => p.in === 'query' && p.required);
  if (query.length) parts.push(`query: { ${query.map((p) => `${propertyKey(p.name)}: ${sample(p.schema)}`).join(', ')} }`);
  const headers = params.filter((p) => p.in === 'header' && p.required && p.name !== 'Wechatpay-Serial');
  if (headers.length) parts.push(`headers: { ${headers.map((p) => `${propertyKey(p.name)}: ${sample(p.schema)}`).join(', ')} }`);
  const body = params.find((p) => p.in === 'body' && p.required);
  if (body) parts.push(`${op.apiV2 ? 'xml' : 'json'}: ${sample(body.schema, op.apiV2 ? APIV2_COMPUTED : new Set())}`);
  if (params.some((p) => p.in === 'formData')) parts.push('body: new FormData()');
  return parts.length ? `{ ${parts.join(', ')} }` : '';
}

export function buildFixture(catalog: Catalog, count: number): { text: string; operations: number } {
  // The documented paths only: the twins typed for a per-call host (hosts.ts) would only repeat them.
  const all = catalog.operations.filter((op) => !op.raw.perCallHost);
  const picked = [...new Set(Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor((i * all.length) / count)]!))];
  let text = HEADER.replace('this file', 'this fixture');
  text += "import type { Wechatpay as Client } from 'wechatpay-chain';\n\n";
  text += `/** ${picked.length} operations spread over the catalog, each called in the three styles. Type-checked, never run. */\n`;
  text += 'export async function fixture(wxpay: Client, use: (data: unknown) => void): Promise<void> {\n';
  for (const op of picked) {
    const call = `.${op.raw.method}(${optionsOf(op)})`;
    const path = JSON.stringify(op.raw.path);
    text += `  use((await ${chainExpression(catalog, op.raw.path)}${call}).data);\n`;
    text += `  use((await wxpay.chain(${path})${call}).data);\n`;
    text += `  use((await wxpay[${path}]${call}).data);\n`;
  }
  text += '}\n';
  return { text, operations: picked.length };
}
