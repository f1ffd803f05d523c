/**
 * One operation's types: its options (path values, query, headers, JSON or XML body, form parts,
 * per-call host), its body and its response data, as the text of named declarations.
 */
import type { RawOperation, RawParameter, Schema } from './load.js';
import { propertyKey } from './names.js';
import { fieldDoc, fieldsOf as objectFieldsOf, flattenAllOf, objectOf, typeOf, withoutExamples, type ObjectNamer } from './schema.js';
import { apiV2Facts } from './apiv2.js';
import { xmlSchema } from './xml-types.js';
import { UPLOAD_RULES } from '../../lib/files/upload-rules.js';

/** The upload operations given a `file` variant; every rule must name one (checked in buildCatalog). */
export const uploads = new Set<string>();

export const HEADER =
  '// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API\n' +
  '// descriptions (../shared/openapi); run `npm run generate` to rebuild it.\n';

/** Roots of APIv3 (JSON) paths; every other documented root is APIv2 (XML). */
const APIV3_ROOTS = new Set(['v3', 'hk', 'global']);
/** The prefix under which APIv2 paths are also typed, as the APIv2 runtime will address them. */
export const APIV2_PREFIX = 'v2';
/** APIv2 fields the client fills in itself (random nonce, signature): optional in the types. */
export const APIV2_COMPUTED: ReadonlySet<string> = new Set(['nonce_str', 'sign']);

export interface CatalogOperation {
  raw: RawOperation;
  /** Base name of the operation's types, e.g. `PostV3PayTransactionsNative`. */
  name: string;
  group: string;
  apiV2: boolean;
  /** A file download (bill, PDF): its verb hands back text, or bytes with `responseType: 'arraybuffer'`. */
  download: boolean;
  optionsRequired: boolean;
  /** Named types declared for the operation: options, and body/form/data when they exist. */
  types: { options: string; data: string };
  text: string;
}

export function isApiV2(path: string): boolean {
  return !APIV3_ROOTS.has(path.split('/')[0]!);
}

export function groupOf(path: string): string {
  const [first, second] = path.split('/');
  if (path === '' || path === 'v3') return 'index';
  if (first === 'v3') return `v3-${second}`;
  return APIV3_ROOTS.has(first!) ? first! : 'v2';
}

export function docBlock(lines: string[], indent: string): string {
  const safe = lines.map((l) => l.replace(/\*\//g, '*\\/'));
  if (safe.length === 1) return `${indent}/** ${safe[0]} */\n`;
  return `${indent}/**\n${safe.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}

/**
 * Title, method and path, official pages: the TSDoc of an operation's verb, its one full copy (the
 * options, body and data types name the operation in one line, see `aboutOperation`).
 */
export function operationDoc(op: RawOperation, indent: string): string {
  const lines = [op.summary ? `${op.summary} \`${op.method.toUpperCase()} /${op.path}\`` : `\`${op.method.toUpperCase()} /${op.path}\``];
  if (op.perCallHost) {
    lines.push('', `On the host its reference page gives it, \`baseURL: '${op.perCallHost.baseURL}'\` (documented as \`/${op.perCallHost.documentedPath}\`).`);
  }
  if (op.baseURI) lines.push('', `Served from ${op.baseURI} (give it as the call's \`baseURL\`).`);
  if (isApiV2(op.path)) {
    const facts = apiV2Facts(op);
    if (facts.certificate) lines.push('', 'Sent with the merchant API certificate (mutual TLS), as the descriptions require.');
    if (!facts.signed) lines.push('', facts.file ? 'Answers a file (text, or bytes with `responseType: \'arraybuffer\'`); an XML answer is an error.' : 'WeChat Pay answers it without a `sign`.');
  }
  for (const url of op.see) lines.push(`@see ${url}`);
  if (op.deprecated) lines.push('@deprecated');
  return docBlock(lines, indent);
}

function pathValueType(schema: Schema): string {
  const type = typeOf(schema, '  ');
  // The runtime stringifies path values; a documented number may equally be given as a string.
  return type === 'number' ? 'string | number' : type;
}

function fieldsOf(params: RawParameter[]): { properties: Schema; required: string[] } {
  return {
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** A named type for a body or response: an interface when it is an object (so users may merge fields into it). */
function namedType(name: string, schema: Schema, doc: string, namer: ObjectNamer): string {
  const fields = objectFieldsOf(schema);
  if (!fields) return `${doc}export type ${name} = ${typeOf(schema, '', namer)};\n`;
  const write = () => objectOf(fields.properties, fields.required, '', namer);
  // The same fields as a shared object type: extend it, so that the name and its merging stay this type's own.
  const shared = namer.name(objectOf(fields.properties, fields.required, ''), name, write, true);
  return shared ? `${doc}export interface ${name} extends ${shared} {}\n` : `${doc}export interface ${name} ${write()}\n`;
}

function withoutComputed(input: Schema): Schema {
  const schema = flattenAllOf(input);
  return Array.isArray(schema.required) ? { ...schema, required: schema.required.filter((r) => !APIV2_COMPUTED.has(String(r))) } : schema;
}

/** One operation's types; `namer` shares the nested object types of its module. */
export function buildOperation(raw: RawOperation, name: string, namer: ObjectNamer): CatalogOperation {
  const apiV2 = isApiV2(raw.path);
  const byPlace = (place: RawParameter['in']) => raw.parameters.filter((p) => p.in === place);
  let text = '';
  const members: string[] = [];
  let optionsRequired = false;
  const v2 = apiV2 ? apiV2Facts(raw) : undefined;

  if (raw.perCallHost) {
    members.push(` /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example ${raw.perCallHost.baseURL} */ baseURL: string;\n`);
    optionsRequired = true;
  }

  // Path values: every placeholder of the path, documented or not (the runtime requires each one).
  const pathParams = byPlace('path');
  for (const placeholder of raw.path.match(/\{[^{}]+\}/g) ?? []) {
    const key = placeholder.slice(1, -1);
    const param = pathParams.find((p) => p.name === key);
    const schema = param?.schema ?? { type: 'string' };
    members.push(` ${fieldDoc(schema)}${propertyKey(key)}: ${pathValueType(schema)};\n`);
    optionsRequired = true;
  }

  const query = byPlace('query');
  if (query.length) {
    const { properties, required } = fieldsOf(query);
    const optional = required.length === 0;
    optionsRequired ||= !optional;
    members.push(` query${optional ? '?' : ''}: ${objectOf(properties, required, ' ', namer)};\n`);
  }

  const headers = byPlace('header');
  if (headers.length) {
    // Wechatpay-Serial names the key that encrypted sensitive fields; the client sets it when it did the encrypting.
    const required = headers.filter((h) => h.required && h.name !== 'Wechatpay-Serial').map((h) => h.name);
    optionsRequired ||= required.length > 0;
    // Header values are text; the shared header parameters leave the type out.
    const lines = headers.map((h) => `  ${fieldDoc(h.schema)}${propertyKey(h.name)}${required.includes(h.name) ? '' : '?'}: ${typeOf({ type: 'string', ...h.schema }, '  ')};\n`);
    members.push(` headers${required.length ? '' : '?'}: {\n${lines.join('')}  [name: string]: string | number | undefined;\n };\n`);
  }

  // The title, method, path, notes and links are on the verb (operationDoc); the types, whose names
  // spell the method and path, give the title only.
  const about = raw.summary || `${raw.method.toUpperCase()} /${raw.path}`;
  const doc = docBlock([`${about}: options`], '');
  const body = byPlace('body')[0];
  if (body) {
    const bodyName = `${name}Body`;
    const schema = apiV2 ? xmlSchema(withoutComputed(body.schema), 'request') : body.schema;
    text += namedType(bodyName, schema, docBlock([`${about}: request body`], ''), namer);
    const key = apiV2 ? 'xml' : 'json';
    // `json: …Body` says what it is; `xml` says what the client adds.
    const what = apiV2 ? '/** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ ' : '';
    members.push(` ${what}${key}${body.required ? '' : '?'}: ${bodyName};\n`);
    optionsRequired ||= body.required;
  }

  const form = byPlace('formData');
  let fileMembers: string[] = [];
  if (form.length) {
    const formName = `${name}Form`;
    const { properties, required } = fieldsOf(form);
    text += namedType(formName, { type: 'object', properties, required }, docBlock([`The parts of the multipart/form-data body of ${raw.method.toUpperCase()} /${raw.path}.`], ''), namer);
    fileMembers = [...members];
    members.push(` /** A \`FormData\` with the parts of {@link ${formName}}; the \`meta\` part is what gets signed. */ body: FormData;\n`);
    optionsRequired = true;
  }

  const download = v2 ? v2.file : raw.produces.some((type) => !/json|xml/.test(type));
  const optionsName = `${name}Options`;
  const base = v2 ? (download ? 'V2DownloadOptions' : 'V2CallOptions') : download ? 'DownloadOptions' : 'CallOptions';
  if (form.length && Object.hasOwn(UPLOAD_RULES, raw.path)) {
    // An upload that takes `file` (lib/files/upload-rules.ts): the client builds the multipart body.
    uploads.add(raw.path);
    text += `${doc}export interface ${name}FormDataOptions extends ${base} {\n${members.join('')}}\n`;
    text += `/** ${raw.method.toUpperCase()} /${raw.path} with \`file\`: the client builds the multipart body (\`meta\` with the SHA-256, signed as sent). */\nexport interface ${name}FileOptions extends ${base}, UploadFileOptions {\n${fileMembers.join('')}}\n`;
    text += `/** Options of ${raw.method.toUpperCase()} /${raw.path}: \`file\` (and \`filename\`), or \`body: FormData\`. */\nexport type ${optionsName} = ${name}FormDataOptions | ${name}FileOptions;\n`;
  } else {
    text += `${doc}export interface ${optionsName} extends ${base} {\n${members.join('')}}\n`;
  }

  const dataName = `${name}Data`;
  const ok = [...raw.responses].filter(([status]) => status.startsWith('2')).sort(([a], [b]) => a.localeCompare(b));
  // A file answer's documented XML is its error body, which the runtime throws as an ApiError.
  const documented = v2?.file ? [] : ok.map(([, schema]) => schema).filter((s): s is Schema => s !== undefined);
  const schemas = (apiV2 ? documented.map((schema) => xmlSchema(schema, 'response')) : documented).map(withoutExamples);
  const dataDoc = docBlock([`${about}: response body`], '');
  // A 204 beside a documented body: the runtime hands back `undefined` for the empty one.
  const alsoEmpty = ok.some(([status, schema]) => status === '204' && schema === undefined);
  if (schemas.length === 1 && !alsoEmpty) {
    text += namedType(dataName, schemas[0]!, dataDoc, namer);
  } else if (schemas.length) {
    const types = [...new Set(schemas.map((s) => typeOf(s, '', namer)))];
    text += `${dataDoc}export type ${dataName} = ${[...types, ...(alsoEmpty ? ['undefined'] : [])].join(' | ')};\n`;
  } else if (download) {
    // A file download (bill, PDF): text unless `responseType: 'arraybuffer'` asks for the bytes.
    text += `${dataDoc}export type ${dataName} = string;\n`;
  } else if (ok.length && ok.every(([status]) => status === '204')) {
    text += `${dataDoc}export type ${dataName} = undefined;\n`;
  } else {
    text += `${dataDoc}export type ${dataName} = unknown;\n`;
  }

  return { raw, name, group: groupOf(raw.path), apiV2, download, optionsRequired, types: { options: optionsName, data: dataName }, text };
}

