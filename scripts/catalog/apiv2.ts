/**
 * What the APIv2 runtime must know of each operation, taken from the descriptions and nowhere else:
 * whether its answer carries a `sign` (its response table lists one), whether it needs the merchant
 * API certificate (`x-api-cert-required`), and whether it answers a file (its documented 2xx XML
 * admits only `FAIL`: the XML is the error body, the success a bill). Written to
 * `types/generated/apiv2.ts`, which the runtime reads.
 */
import type { RawOperation, Schema } from './load.js';
import { flattenAllOf } from './schema.js';

/** The runtime facts of one APIv2 operation. */
export interface ApiV2Facts {
  /** The answer carries a `sign` to verify. */
  signed: boolean;
  /** Mutual TLS with the merchant API certificate. */
  certificate: boolean;
  /** The answer is a file; an XML answer in its place is an error. */
  file: boolean;
}

function successSchema(op: RawOperation): Schema | undefined {
  const ok = [...op.responses].filter(([status]) => status.startsWith('2')).sort(([a], [b]) => a.localeCompare(b));
  const schema = ok.map(([, s]) => s).find((s) => s !== undefined);
  return schema ? flattenAllOf(schema) : undefined;
}

function onlyFail(properties: Record<string, Schema>, field: string): boolean {
  const values = properties[field]?.enum;
  return Array.isArray(values) && values.length === 1 && values[0] === 'FAIL';
}

export function apiV2Facts(op: RawOperation): ApiV2Facts {
  const schema = successSchema(op);
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  const file = onlyFail(properties, 'return_code') || onlyFail(properties, 'result_code');
  return { signed: !file && 'sign' in properties, certificate: op.certRequired, file };
}

function set(name: string, doc: string, paths: string[]): string {
  const lines = paths.map((path) => `  ${JSON.stringify(path)},\n`).join('');
  return `/** ${doc} */\nexport const ${name}: ReadonlySet<string> = new Set([\n${lines}]);\n`;
}

/** The text of `types/generated/apiv2.ts`: the three sets, by path as sent (no `v2/`, no leading `/`). */
export function apiV2Module(header: string, operations: readonly RawOperation[]): string {
  const facts = [...operations].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((op) => ({ path: op.path, ...apiV2Facts(op) }));
  const where = (pick: (f: ApiV2Facts) => boolean) => facts.filter(pick).map((f) => f.path);
  return (
    `${header}\n` +
    set('APIV2_PATHS', 'Every documented APIv2 path: called with or without the `v2/` prefix, each is an APIv2 (XML) call.', facts.map((f) => f.path)) +
    '\n' +
    set('APIV2_UNSIGNED', 'APIv2 operations whose answers carry no `sign`: their response tables in the descriptions list none.', where((f) => !f.signed && !f.file)) +
    '\n' +
    set('APIV2_CERTIFICATE_REQUIRED', 'APIv2 operations sent with the merchant API certificate (mutual TLS): `x-api-cert-required` in the descriptions.', where((f) => f.certificate)) +
    '\n' +
    set('APIV2_FILES', 'APIv2 operations that answer a file: their documented XML answer admits only `FAIL`, so XML in its place is an error.', where((f) => f.file))
  );
}
