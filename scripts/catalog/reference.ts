/**
 * The facts of the operation reference (`site/generated/reference.json`): for every operation of the
 * catalog, its title, products, host, official pages, how it is called in each style with example
 * options, and its request and response fields. Written from the same model as `types/generated/`,
 * so the site and the types cannot disagree; committed like them, so a clone builds the site without
 * the descriptions. Only facts: no description paragraph is carried over.
 */
import { isUnsignedDownload } from '../../lib/auth/unsigned.js';
import { chainExpression, literalPath } from './calls.js';
import type { Catalog, CatalogOperation } from './emit.js';
import { optionsExample } from './examples.js';
import { requestRows, responseRows, type FieldRow } from './fields.js';
import type { Method } from './load.js';

/** Notes an operation's page carries. */
export type ReferenceFlag =
  /** An APIv2 call: XML fields, `sign` and `nonce_str` computed by the client. */
  | 'apiV2'
  /** The merchant API certificate is needed for mutual TLS (`x-api-cert-required`). */
  | 'mtls'
  /** A file download: text, or bytes with `responseType: 'arraybuffer'`. */
  | 'download'
  /** WeChat Pay does not sign the response (a file); the client hands it back unverified. */
  | 'unsigned'
  /** Sensitive fields are encrypted, and `Wechatpay-Serial` names the key that did it. */
  | 'sensitive'
  | 'deprecated';

/** One documented 2xx response: its fields, a file, or no body. */
export interface ReferenceResponse {
  status: string;
  body: 'fields' | 'file' | 'none';
  rows: FieldRow[];
}

/** Everything the reference shows of one operation. */
export interface ReferenceOperation {
  method: Method;
  /** The path template as documented, without a leading slash. */
  path: string;
  /** The official title (`summary`); the method and path where the descriptions give none. */
  title: string;
  /** The products the descriptions file it under; the first one is where the reference lists it. */
  products: string[];
  /** The base name of its types in the SDK (`…Options`, `…Data`). */
  types: string;
  /** The host it is served from where that is not the default one. */
  host?: string;
  /** Official documentation pages. */
  see: string[];
  flags: ReferenceFlag[];
  call: {
    /** The property-chain expression up to the verb. */
    chain: string;
    /** The literal path of the `chain('…')` and `['…']` styles. */
    literal: string;
    /** Statements that build the options first (an upload's `FormData`). */
    setup: string[];
    /** The options object literal, `''` for none. */
    options: string;
  };
  /** The rows of the options object: path values, `query`, `headers`, `json`/`xml`, `body`. */
  request: FieldRow[];
  /** The documented 2xx responses, in status order. */
  responses: ReferenceResponse[];
}

/** What `site/generated/reference.json` holds. */
export interface ReferenceData {
  generated: string;
  /** Every product an operation is filed under, in the order the descriptions list them. */
  products: string[];
  operations: ReferenceOperation[];
}

function flagsOf(op: CatalogOperation): ReferenceFlag[] {
  const raw = op.raw;
  const flags: ReferenceFlag[] = [];
  if (op.apiV2) flags.push('apiV2');
  if (raw.certRequired) flags.push('mtls');
  if (op.download) flags.push('download');
  if (!op.apiV2 && isUnsignedDownload(`/${raw.path}`)) flags.push('unsigned');
  if (raw.parameters.some((p) => p.in === 'header' && p.name === 'Wechatpay-Serial')) flags.push('sensitive');
  if (raw.deprecated) flags.push('deprecated');
  return flags;
}

function responsesOf(op: CatalogOperation): ReferenceResponse[] {
  return [...op.raw.responses]
    .filter(([status]) => status.startsWith('2'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, schema]): ReferenceResponse => {
      if (op.download) return { status, body: 'file', rows: [] };
      return schema ? { status, body: 'fields', rows: responseRows(schema) } : { status, body: 'none', rows: [] };
    });
}

/** The reference record of one operation. */
export function referenceOperation(catalog: Catalog, op: CatalogOperation): ReferenceOperation {
  const raw = op.raw;
  const record: ReferenceOperation = {
    method: raw.method,
    path: raw.path,
    title: raw.summary || `${raw.method.toUpperCase()} /${raw.path}`,
    products: raw.tags,
    types: op.name,
    see: raw.see,
    flags: flagsOf(op),
    call: { chain: chainExpression(catalog, raw.path), literal: literalPath(op), ...optionsExample(op) },
    request: requestRows(op),
    responses: responsesOf(op),
  };
  if (raw.baseURI) record.host = raw.baseURI;
  if (raw.perCallHost) record.host = raw.perCallHost.baseURL;
  return record;
}

/**
 * The data file's text: one operation per line, so that a change to the descriptions shows in a
 * diff as the lines of the operations it touched. `productOrder` is the descriptions' list of
 * products; a product only operations name comes after those, in the order first seen.
 */
export function buildReference(catalog: Catalog, productOrder: readonly string[], generated: string): string {
  const operations = catalog.operations.map((op) => referenceOperation(catalog, op));
  const used = new Set(operations.flatMap((op) => op.products));
  const products = [...new Set([...productOrder, ...used])].filter((product) => used.has(product));
  const lines = operations.map((op) => JSON.stringify(op));
  return `{"generated":${JSON.stringify(generated)},\n"products":${JSON.stringify(products)},\n"operations":[\n${lines.join(',\n')}\n]}\n`;
}
