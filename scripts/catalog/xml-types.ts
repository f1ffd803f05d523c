/**
 * APIv2 fields travel as XML text: a request field documented as a number may be given as a number
 * or a string (the reference pages write `'total_fee' => '888'`), and every answer field is parsed
 * back as a string. This rewrites a schema's scalar types accordingly before it is typed.
 */
import type { Schema } from './load.js';

/** How {@link xmlSchema} types scalars: `request` fields take numbers too, `response` fields are strings. */
export type XmlDirection = 'request' | 'response';

const NUMERIC = new Set(['integer', 'number', 'int']);

/** The schema with its scalars typed as XML text for `direction` (objects, arrays and allOf recursed into). */
export function xmlSchema(input: Schema, direction: XmlDirection): Schema {
  const schema: Schema = { ...input };
  const type = typeof schema.type === 'string' ? schema.type.trim() : undefined;
  if (Array.isArray(schema.allOf)) schema.allOf = schema.allOf.map((part) => xmlSchema(part as Schema, direction));
  if (typeof schema.properties === 'object' && schema.properties !== null) {
    schema.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, Schema>).map(([key, value]) => [key, xmlSchema(value, direction)]));
  }
  if (typeof schema.items === 'object' && schema.items !== null) schema.items = xmlSchema(schema.items as Schema, direction);
  if (direction === 'response') {
    if (Array.isArray(schema.enum)) schema.enum = schema.enum.map((value) => (typeof value === 'string' ? value : String(value)));
    if (type !== undefined && (NUMERIC.has(type) || type === 'boolean')) schema.type = 'string';
  } else if (type !== undefined && NUMERIC.has(type) && !Array.isArray(schema.enum)) {
    schema['x-ts-type'] = 'number | string';
  }
  return schema;
}
