/**
 * The catalog model (operations, the chain tree) and the text of `types/generated/`.
 *
 * Layout: one module per business area (`v3-pay.ts`, `hk.ts`, `v2.ts`, …) holding that area's
 * named operation types (`…Options`, `…Body`, `…Data`, `…Form`) and its chain-tree nodes (one
 * interface per node, children and verbs precomputed); `index.ts` holds the root node and the two
 * interfaces keyed by literal path, `WechatpayPaths` (bracket and `chain()` access) and
 * `WechatpayOperations` (options and data by path and verb).
 */
import { HTTP_METHODS, type Method, type RawOperation, type RawParameter, type Schema } from './load.js';
import { NameRegistry, pathTypeName, preferShort, propertiesFor, propertyKey, shortPathTypeName } from './names.js';
import { fieldDoc, fieldsOf as objectFieldsOf, flattenAllOf, objectOf, typeOf, type ObjectNamer } from './schema.js';
import { Census, SharedObjects } from './shared.js';

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

interface CatalogNode {
  path: string;
  name: string;
  group: string;
  ops: Map<Method, CatalogOperation>;
  /** Property name → child path. */
  children: Map<string, string>;
}

export interface Catalog {
  /** By path, then verb: the order of the generated files and of the fixture's picks. */
  operations: CatalogOperation[];
  /** File name (relative to `types/generated/`) → content. */
  files: Map<string, string>;
  nodes: Map<string, CatalogNode>;
}

export function isApiV2(path: string): boolean {
  return !APIV3_ROOTS.has(path.split('/')[0]!);
}

function groupOf(path: string): string {
  const [first, second] = path.split('/');
  if (path === '' || path === 'v3') return 'index';
  if (first === 'v3') return `v3-${second}`;
  return APIV3_ROOTS.has(first!) ? first! : 'v2';
}

function moduleAlias(group: string): string {
  return `g_${group.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Names a shared object type must not take: the catalog's own and the global types the modules refer to. */
const RESERVED_NAMES = [
  'WechatpayRootNode', 'V2Node', 'WechatpayPaths', 'WechatpayOperations',
  'CallOptions', 'ChainFrom', 'Download', 'DownloadOptions', 'Open', 'Operation', 'OptionalDownload', 'OptionalVerb', 'Verb',
  'Array', 'Blob', 'FormData', 'Record', 'Object', 'String', 'Number', 'Boolean', 'Date', 'Error', 'Function', 'Promise', 'Map', 'Set', 'Symbol',
];

const METHOD_NAMES: Record<Method, string> = { get: 'Get', post: 'Post', put: 'Put', patch: 'Patch', delete: 'Delete' };

function docBlock(lines: string[], indent: string): string {
  const safe = lines.map((l) => l.replace(/\*\//g, '*\\/'));
  return `${indent}/**\n${safe.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}

/** Title, method and path, official pages: the TSDoc of an operation's options and verb. */
function operationDoc(op: RawOperation, indent: string): string {
  const lines = [op.summary || `${op.method.toUpperCase()} /${op.path}`, '', `\`${op.method.toUpperCase()} /${op.path}\``];
  if (op.baseURI) lines.push('', `Served from ${op.baseURI} (a client with that \`baseURL\`).`);
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
function buildOperation(raw: RawOperation, name: string, namer: ObjectNamer): CatalogOperation {
  const apiV2 = isApiV2(raw.path);
  const byPlace = (place: RawParameter['in']) => raw.parameters.filter((p) => p.in === place);
  let text = '';
  const members: string[] = [];
  let optionsRequired = false;

  // Path values: every placeholder of the path, documented or not (the runtime requires each one).
  const pathParams = byPlace('path');
  for (const placeholder of raw.path.match(/\{[^{}]+\}/g) ?? []) {
    const key = placeholder.slice(1, -1);
    const param = pathParams.find((p) => p.name === key);
    const schema = param?.schema ?? { type: 'string' };
    members.push(`${fieldDoc(schema, '  ')}  ${propertyKey(key)}: ${pathValueType(schema)};\n`);
    optionsRequired = true;
  }

  const query = byPlace('query');
  if (query.length) {
    const { properties, required } = fieldsOf(query);
    const optional = required.length === 0;
    optionsRequired ||= !optional;
    members.push(`  /** Query-string parameters. */\n  query${optional ? '?' : ''}: ${objectOf(properties, required, '  ', namer)};\n`);
  }

  const headers = byPlace('header');
  if (headers.length) {
    // Wechatpay-Serial names the key that encrypted sensitive fields; the client sets it when it did the encrypting.
    const required = headers.filter((h) => h.required && h.name !== 'Wechatpay-Serial').map((h) => h.name);
    optionsRequired ||= required.length > 0;
    // Header values are text; the shared header parameters leave the type out.
    const lines = headers.map((h) => `${fieldDoc(h.schema, '    ')}    ${propertyKey(h.name)}${required.includes(h.name) ? '' : '?'}: ${typeOf({ type: 'string', ...h.schema }, '    ')};\n`);
    members.push(`  /** Request headers: the documented ones, and any other. */\n  headers${required.length ? '' : '?'}: {\n${lines.join('')}    [name: string]: string | number | undefined;\n  };\n`);
  }

  const doc = operationDoc(raw, '');
  const body = byPlace('body')[0];
  if (body) {
    const bodyName = `${name}Body`;
    const schema = apiV2 ? withoutComputed(body.schema) : body.schema;
    text += namedType(bodyName, schema, docBlock([`Request body of ${raw.method.toUpperCase()} /${raw.path}${raw.summary ? ` (${raw.summary})` : ''}.`], ''), namer);
    const key = apiV2 ? 'xml' : 'json';
    const what = apiV2 ? 'The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client).' : 'The JSON request body.';
    members.push(`  /** ${what} */\n  ${key}${body.required ? '' : '?'}: ${bodyName};\n`);
    optionsRequired ||= body.required;
  }

  const form = byPlace('formData');
  if (form.length) {
    const formName = `${name}Form`;
    const { properties, required } = fieldsOf(form);
    text += namedType(formName, { type: 'object', properties, required }, docBlock([`The parts of the multipart/form-data body of ${raw.method.toUpperCase()} /${raw.path}.`], ''), namer);
    members.push(`  /** A \`FormData\` with the parts of {@link ${formName}}; the \`meta\` part is what gets signed. */\n  body: FormData;\n`);
    optionsRequired = true;
  }

  const download = raw.produces.some((type) => !/json|xml/.test(type));
  const optionsName = `${name}Options`;
  text += `${doc}export interface ${optionsName} extends ${download ? 'DownloadOptions' : 'CallOptions'} {\n${members.join('')}}\n`;

  const dataName = `${name}Data`;
  const ok = [...raw.responses].filter(([status]) => status.startsWith('2')).sort(([a], [b]) => a.localeCompare(b));
  const schemas = ok.map(([, schema]) => schema).filter((s): s is Schema => s !== undefined);
  const dataDoc = docBlock([`Response body of ${raw.method.toUpperCase()} /${raw.path}${raw.summary ? ` (${raw.summary})` : ''}.`], '');
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

function verbType(op: CatalogOperation): string {
  if (op.download) return `${op.optionsRequired ? 'Download' : 'OptionalDownload'}<${op.types.options}>`;
  return `${op.optionsRequired ? 'Verb' : 'OptionalVerb'}<${op.types.options}, ${op.types.data}>`;
}

/** The chain tree: every documented path, its prefixes, and the properties that reach each child. */
function buildNodes(operations: CatalogOperation[]): Map<string, CatalogNode> {
  const all = new Map<string, CatalogNode>();
  const node = (path: string): CatalogNode => {
    let found = all.get(path);
    if (!found) {
      found = { path, name: '', group: groupOf(path), ops: new Map(), children: new Map() };
      all.set(path, found);
    }
    return found;
  };
  node('');
  for (const op of operations) {
    const segments = op.raw.path.split('/');
    segments.forEach((segment, index) => {
      const parent = node(segments.slice(0, index).join('/'));
      const child = node(segments.slice(0, index + 1).join('/'));
      for (const property of propertiesFor(segment)) parent.children.set(property, child.path);
    });
    node(op.raw.path).ops.set(op.raw.method, op);
  }
  // Keep what a user can reach: the root's property chains, and every documented path (bracket and
  // chain() styles) with the property chains below it.
  const reachable = new Map<string, CatalogNode>();
  const queue = ['', ...operations.map((op) => op.raw.path)];
  while (queue.length) {
    const path = queue.shift()!;
    if (reachable.has(path)) continue;
    const found = all.get(path)!;
    reachable.set(path, found);
    queue.push(...found.children.values());
  }
  const registry = new NameRegistry();
  registry.take('WechatpayRootNode');
  registry.take('V2Node');
  const ordered = new Map([...reachable].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const paths = [...ordered.keys()].filter((path) => path !== '');
  const names = preferShort(paths, (path) => `${shortPathTypeName(path)}Node`, (path) => `${pathTypeName(path)}Node`, registry);
  for (const found of ordered.values()) found.name = found.path === '' ? 'WechatpayRootNode' : names.get(found.path)!;
  return ordered;
}

function nodeRef(target: CatalogNode, from: string): string {
  return target.group === from ? target.name : `${moduleAlias(target.group)}.${target.name}`;
}

/** One node interface; `chainPrefix` is the path its `chain()` appends to (none for the root, whose `chain()` is the client's). */
function emitNode(found: CatalogNode, nodes: Map<string, CatalogNode>, description: string, chainPrefix: string | undefined): string {
  const children = found.children;
  let out = docBlock([description], '');
  out += `export interface ${found.name} {\n`;
  const child = (property: string) => `Open<${nodeRef(nodes.get(children.get(property)!)!, found.group)}>`;
  for (const method of HTTP_METHODS) {
    const op = found.ops.get(method);
    if (!op) continue;
    // An operation lives in the module of its path's node, so its types need no module prefix.
    const type = verbType(op);
    const doc = operationDoc(op.raw, '  ');
    // `delete`, `get`… are both the verb on this path and a child segment (`receivers.delete.post()`).
    out += `${doc}  ${method}: ${type}${children.has(method) ? ` & ${child(method)}` : ''};\n`;
    // The alias is the same call: one line pointing at the verb, not its documentation again.
    out += `  /** \`${method}\` by its \`…Async\` name: the same call, the same promise. */\n  ${method}Async: ${type};\n`;
  }
  for (const property of [...children.keys()].sort()) {
    if (found.ops.has(property as Method)) continue;
    out += `  /** \`${children.get(property)}\` */\n  ${propertyKey(property)}: ${child(property)};\n`;
  }
  if (chainPrefix !== undefined) {
    out += `  /** A literal path below \`${chainPrefix}\`, taken as written: typed when the catalog knows it. */\n`;
    out += `  chain: ChainFrom<${JSON.stringify(chainPrefix)}>;\n`;
  }
  return `${out}}\n`;
}

/** The whole catalog: model and file texts. */
export function buildCatalog(raw: RawOperation[]): Catalog {
  const sortedRaw = [...raw].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method)));
  const key = (op: RawOperation) => `${op.method} ${op.path}`;
  const byKey = new Map(sortedRaw.map((op) => [key(op), op]));
  const opName = (k: string, name: (path: string) => string) => `${METHOD_NAMES[byKey.get(k)!.method]}${name(byKey.get(k)!.path)}`;
  const names = preferShort([...byKey.keys()], (k) => opName(k, shortPathTypeName), (k) => opName(k, pathTypeName), new NameRegistry());
  const build = <N extends ObjectNamer>(namers: Map<string, N>, namer: (group: string) => N) =>
    sortedRaw.map((op) => {
      const group = groupOf(op.path);
      if (!namers.has(group)) namers.set(group, namer(group));
      return buildOperation(op, names.get(key(op))!, namers.get(group)!);
    });
  // Three passes share the repeated nested object types of each module (see shared.ts).
  const censuses = new Map<string, Census>();
  build(censuses, () => new Census());
  const trials = new Map<string, SharedObjects>();
  const trial = build(trials, (group) => new SharedObjects(censuses.get(group)!.repeated(), new NameRegistry(), group));
  // Shared types are exported beside the operation and node types (index.ts re-exports every module), so their names are unique across modules.
  const registry = new NameRegistry();
  for (const taken of RESERVED_NAMES) registry.take(taken);
  for (const op of trial) for (const suffix of ['Options', 'Body', 'Form', 'Data']) registry.take(`${op.name}${suffix}`);
  for (const found of buildNodes(trial).values()) registry.take(found.name);
  const shared = new Map<string, SharedObjects>();
  const operations = build(shared, (group) => new SharedObjects(trials.get(group)!.worthSharing(), registry, group));
  const nodes = buildNodes(operations);

  const groups = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(text);
  };
  for (const op of operations) add(op.group, op.text);
  for (const [group, objects] of shared) for (const declaration of objects.declarations()) add(group, declaration);
  for (const found of nodes.values()) {
    if (found.group === 'index') continue;
    add(found.group, emitNode(found, nodes, `\`${found.path}\``, found.path));
  }

  const files = new Map<string, string>();
  const groupNames = [...groups.keys()].sort();
  for (const group of groupNames) {
    const body = groups.get(group)!.join('\n');
    const helpers = ['CallOptions', 'ChainFrom', 'Download', 'DownloadOptions', 'Open', 'OptionalDownload', 'OptionalVerb', 'Verb'].filter((h) => new RegExp(`\\b${h}\\b`).test(body));
    files.set(`${group}.ts`, `${HEADER}import type { ${helpers.join(', ')} } from '../catalog.js';\n\n${body}`);
  }

  let index = HEADER;
  index += "import type { ChainFrom, Open, Operation } from '../catalog.js';\n";
  index += "export type { WechatpayPaths } from '../paths.js';\n";
  for (const group of groupNames) index += `import type * as ${moduleAlias(group)} from './${group}.js';\n`;
  index += '\n';
  for (const group of groupNames) index += `export type * from './${group}.js';\n`;
  index += '\n';
  const root = nodes.get('')!;
  const v2Children = new Map([...root.children].filter(([, path]) => isApiV2(path)));
  const v2Node: CatalogNode = { path: APIV2_PREFIX, name: 'V2Node', group: 'index', ops: new Map(), children: v2Children };
  const rootChildren = new Map([...root.children, [APIV2_PREFIX, APIV2_PREFIX]]);
  const withV2 = new Map([...nodes, [APIV2_PREFIX, v2Node]]);
  index += emitNode({ ...root, children: rootChildren }, withV2, 'The property chains from the root of a client (`wxpay.v3…`).', undefined);
  index += '\n' + emitNode(v2Node, withV2, 'APIv2 paths under the `v2/` prefix, as the APIv2 runtime will address them (`wxpay.v2.pay.micropay`).', APIV2_PREFIX);
  for (const found of nodes.values()) {
    if (found.group === 'index' && found.path !== '') index += '\n' + emitNode(found, nodes, `\`${found.path}\``, found.path);
  }

  const pathKeys: [string, CatalogNode][] = [];
  for (const found of nodes.values()) {
    if (!found.ops.size) continue;
    pathKeys.push([found.path, found]);
    if (isApiV2(found.path)) pathKeys.push([`${APIV2_PREFIX}/${found.path}`, found]);
  }
  pathKeys.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  index += '\n' + docBlock([
    'Every documented path, by its literal template: what `wxpay[\'…\']` and `wxpay.chain(\'…\')` return.',
    'APIv2 paths are listed as documented and again under the `v2/` prefix.',
    'Add an operation by declaration merging (see docs/catalog.md).',
  ], '');
  // Merged into the interface types/paths.ts declares, which the helpers of types/catalog.ts read:
  // declared there rather than here, so that catalog.ts need not import this file, which imports it.
  index += "declare module '../paths.js' {\n  interface WechatpayPaths {\n";
  for (const [key, found] of pathKeys) index += `    ${JSON.stringify(key)}: Open<${nodeRef(found, 'index')}>;\n`;
  index += '  }\n}\n\n';
  index += docBlock(['The request options and response body of every documented operation, by path and verb.', "@example `WechatpayOperations['v3/pay/transactions/native']['post']['data']`"], '');
  index += 'export interface WechatpayOperations {\n';
  for (const [key, found] of pathKeys) {
    const verbs = HTTP_METHODS.filter((m) => found.ops.has(m)).map((m) => {
      const op = found.ops.get(m)!;
      const alias = moduleAlias(op.group);
      return `${m}: Operation<${alias}.${op.types.options}, ${alias}.${op.types.data}>`;
    });
    index += `  ${JSON.stringify(key)}: { ${verbs.join('; ')} };\n`;
  }
  index += '}\n';
  files.set('index.ts', index);
  return { operations, files, nodes };
}
