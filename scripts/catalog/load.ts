/**
 * Reads the Swagger-2.0-style API descriptions (`swagger.yaml` whose paths `$ref` one file per path,
 * plus shared `definitions/`) into plain operation records, with every `$ref` resolved.
 * Only facts are kept downstream: the `description` paragraphs of operations never leave this module
 * except for the official page links found in them.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/** A (dereferenced) schema object as it appears in the descriptions. */
export type Schema = { [key: string]: unknown };

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof HTTP_METHODS)[number];

export interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body' | 'formData';
  required: boolean;
  /** The parameter itself for scalars; `schema` for bodies and structured form parts. */
  schema: Schema;
}

export interface RawOperation {
  /** Without the leading slash, e.g. `v3/pay/transactions/native`. */
  path: string;
  method: Method;
  summary: string;
  /** Official documentation pages linked from the operation. */
  see: string[];
  deprecated: boolean;
  /** Another host than the default one, where the descriptions name it (`x-base-uri`). */
  baseURI: string | undefined;
  /** APIv2: the call needs the merchant API certificate, for mutual TLS (`x-api-cert-required`). */
  certRequired: boolean;
  /**
   * Set on an operation typed a second time under the path its reference page uses with a host of
   * its own (`hk/v3/…` as `v3/…`): that host, which the call must then give as `baseURL`.
   */
  perCallHost?: { baseURL: string; documentedPath: string };
  /** The products the descriptions file the operation under (`tags`, e.g. `委托代扣∙保险业`), in their order. */
  tags: string[];
  consumes: string[];
  produces: string[];
  parameters: RawParameter[];
  /** Response schemas by status code (`undefined` when the status has no body). */
  responses: Map<string, Schema | undefined>;
}

const files = new Map<string, unknown>();

function readYaml(file: string): unknown {
  let doc = files.get(file);
  if (doc === undefined) {
    doc = parse(readFileSync(file, 'utf8')) as unknown;
    files.set(file, doc);
  }
  return doc;
}

/** `#/a/b` and `#a` (both forms occur) into the value they point at. */
function pointer(doc: unknown, fragment: string, where: string): unknown {
  let value = doc;
  for (const key of fragment.replace(/^\/?/, '').split('/').filter(Boolean)) {
    if (typeof value !== 'object' || value === null || !(key in value)) throw new Error(`unresolvable $ref ${where}`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Resolve every `$ref` below `value`, relative to `file`. Keys beside a `$ref` (a local label or
 * example) override the referenced ones, as the descriptions use them.
 */
function deref(value: unknown, file: string, seen: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => deref(item, file, seen));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  let base: Record<string, unknown> = {};
  let own = record;
  if (typeof record.$ref === 'string') {
    const [target = '', fragment = ''] = record.$ref.split('#');
    const targetFile = target === '' ? file : resolve(dirname(file), target);
    const key = `${targetFile}#${fragment}`;
    if (seen.includes(key)) throw new Error(`circular $ref ${key}`);
    const resolved = deref(pointer(readYaml(targetFile), fragment, key), targetFile, [...seen, key]);
    if (typeof resolved === 'object' && resolved !== null && !Array.isArray(resolved)) base = resolved as Record<string, unknown>;
    own = Object.fromEntries(Object.entries(record).filter(([k]) => k !== '$ref'));
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, item] of Object.entries(own)) out[key] = deref(item, file, seen);
  return out;
}

const OFFICIAL_LINK = /\]\((https:\/\/pay\.weixin\.qq\.com\/[^)\s]+)\)/g;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The products (tags) in the order `swagger.yaml` lists them: the order the descriptions present them in. */
export function loadProductOrder(root: string): string[] {
  const swagger = parse(readFileSync(resolve(root, 'swagger.yaml'), 'utf8')) as { tags?: { name?: unknown }[] };
  return strings((swagger.tags ?? []).map((tag) => tag.name));
}

/** Every operation of the descriptions under `root`, in the order of `swagger.yaml`. */
export function loadOperations(root: string): RawOperation[] {
  files.clear();
  const swaggerFile = resolve(root, 'swagger.yaml');
  const swagger = readYaml(swaggerFile) as { paths: Record<string, { $ref: string }> };
  const operations: RawOperation[] = [];
  for (const [path, entry] of Object.entries(swagger.paths)) {
    const file = resolve(root, entry.$ref);
    const doc = readYaml(file) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const op = doc[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const description = typeof op.description === 'string' ? op.description : '';
      // A few entries link dozens of pages (a catalog of notifications): the first ones suffice.
      const see = [...new Set([...description.matchAll(OFFICIAL_LINK)].map((m) => m[1]!))].slice(0, 4);
      const parameters = (deref(op.parameters ?? [], file) as Schema[]).map((p): RawParameter => {
        const { name, in: location, required, schema, ...rest } = p;
        // Bodies and structured form parts (the `meta` of uploads) carry a schema; the label sits beside it.
        const own = typeof schema === 'object' && schema !== null ? { ...(schema as Schema), description: rest.description ?? (schema as Schema).description } : rest;
        return { name: String(name), in: location as RawParameter['in'], required: required === true, schema: own };
      });
      const responses = new Map<string, Schema | undefined>();
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Schema>)) {
        const schema = (deref(response, file) as Schema).schema as Schema | undefined;
        responses.set(String(status), schema && Object.keys(schema).length ? schema : undefined);
      }
      operations.push({
        path: path.replace(/^\/+/, ''),
        method,
        summary: typeof op.summary === 'string' ? op.summary.trim() : '',
        see,
        deprecated: op.deprecated === true,
        baseURI: [op['x-base-uri'], op['x-baseuri']].find((v): v is string => typeof v === 'string'),
        certRequired: op['x-api-cert-required'] === true,
        // A few entries spell the key `tag`, some as a single string.
        tags: strings([op.tags ?? op.tag].flat()),
        consumes: strings(op.consumes),
        produces: strings(op.produces),
        parameters,
        responses,
      });
    }
  }
  return operations;
}
