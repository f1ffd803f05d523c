/**
 * The catalog model (operations, the chain tree) and the text of `types/generated/`.
 *
 * Layout: one module per business area (`v3-pay.ts`, `hk.ts`, `v2.ts`, …) holding that area's
 * named operation types (`…Options`, `…Body`, `…Data`, `…Form`) and its chain-tree nodes (one
 * interface per node, children and verbs precomputed); `index.ts` holds the root node and the two
 * interfaces keyed by literal path, `WechatpayPaths` (bracket and `chain()` access) and
 * `WechatpayOperations` (options and data by path and verb, read off `WechatpayPaths`).
 */
import { HTTP_METHODS, type Method, type RawOperation } from './load.js';
import { NameRegistry, pathTypeName, preferShort, propertiesFor, propertyKey, shortPathTypeName } from './names.js';
import { APIV2_PREFIX, buildOperation, docBlock, groupOf, HEADER, isApiV2, operationDoc, uploads, type CatalogOperation } from './operation.js';
import { UPLOAD_RULES } from '../../lib/files/upload-rules.js';
import type { ObjectNamer } from './schema.js';
import { apiV2Module } from './apiv2.js';
import { withPageHosts } from './hosts.js';
import { Census, SharedObjects } from './shared.js';

export { APIV2_COMPUTED, APIV2_PREFIX, HEADER, isApiV2, type CatalogOperation } from './operation.js';

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

function moduleAlias(group: string): string {
  return `g_${group.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Names a shared object type must not take: the catalog's own and the global types the modules refer to. */
const RESERVED_NAMES = [
  'WechatpayRootNode', 'V2Node', 'WechatpayPaths', 'WechatpayOperations',
  'CallOptions', 'ChainFrom', 'Download', 'DownloadOptions', 'Open', 'Operation', 'OptionalDownload', 'OptionalVerb', 'UploadFileOptions', 'Verb', 'V2CallOptions', 'V2DownloadOptions',
  'APIV2_UNSIGNED', 'APIV2_CERTIFICATE_REQUIRED', 'APIV2_FILES',
  'Array', 'Blob', 'FormData', 'Record', 'Object', 'String', 'Number', 'Boolean', 'Date', 'Error', 'Function', 'Promise', 'Map', 'Set', 'Symbol',
];

const METHOD_NAMES: Record<Method, string> = { get: 'Get', post: 'Post', put: 'Put', patch: 'Patch', delete: 'Delete' };

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

/**
 * One node interface; `chainPrefix` is the path its `chain()` appends to (none for the root, whose `chain()` is the client's).
 * Written compactly, as it is shipped as written: the operation's documentation once, on its verb
 * (where an editor shows it); `chain` carries none of its own (types/catalog.ts documents `ChainFrom`
 * once), nor do nodes and children, whose names spell their paths. The `…Async` aliases are not
 * written here: `Open` adds them to every node it opens.
 */
function emitNode(found: CatalogNode, nodes: Map<string, CatalogNode>, description: string | undefined, chainPrefix: string | undefined): string {
  const children = found.children;
  let out = `${description ? `/** ${description} */\n` : ''}export interface ${found.name} {\n`;
  const child = (property: string) => `Open<${nodeRef(nodes.get(children.get(property)!)!, found.group)}>`;
  for (const method of HTTP_METHODS) {
    const op = found.ops.get(method);
    if (!op) continue;
    // An operation lives in the module of its path's node, so its types need no module prefix.
    const type = verbType(op);
    // `delete`, `get`… are both the verb on this path and a child segment (`receivers.delete.post()`).
    out += `${operationDoc(op.raw, ' ')} ${method}: ${type}${children.has(method) ? ` & ${child(method)}` : ''};\n`;
  }
  for (const property of [...children.keys()].sort()) {
    if (found.ops.has(property as Method)) continue;
    out += ` ${propertyKey(property)}: ${child(property)};\n`;
  }
  if (chainPrefix !== undefined) out += ` chain: ChainFrom<${JSON.stringify(chainPrefix)}>;\n`;
  return `${out}}\n`;
}

/** The whole catalog: model and file texts. */
export function buildCatalog(documented: RawOperation[]): Catalog {
  const raw = withPageHosts(documented);
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
  for (const op of trial) for (const suffix of ['Options', 'Body', 'Form', 'Data', 'FormDataOptions', 'FileOptions']) registry.take(`${op.name}${suffix}`);
  const unknown = Object.keys(UPLOAD_RULES).filter((path) => !uploads.has(path));
  if (unknown.length) throw new Error(`lib/files/upload-rules.ts names operations that are no multipart upload in the descriptions: ${unknown.join(', ')}`);
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
    add(found.group, emitNode(found, nodes, undefined, found.path));
  }

  const files = new Map<string, string>();
  const groupNames = [...groups.keys()].sort();
  for (const group of groupNames) {
    const body = groups.get(group)!.join('\n');
    const helpers = ['CallOptions', 'ChainFrom', 'Download', 'DownloadOptions', 'Open', 'OptionalDownload', 'OptionalVerb', 'UploadFileOptions', 'V2CallOptions', 'V2DownloadOptions', 'Verb'].filter((h) => new RegExp(`\\b${h}\\b`).test(body));
    files.set(`${group}.ts`, `${HEADER}import type { ${helpers.join(', ')} } from '../catalog.js';\n\n${body}`);
  }

  let index = HEADER;
  index += "import type { ChainFrom, Open, OperationsOf } from '../catalog.js';\n";
  index += "import type { WechatpayPaths } from '../paths.js';\n";
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
    if (found.group === 'index' && found.path !== '') index += '\n' + emitNode(found, nodes, undefined, found.path);
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
  index += docBlock([
    'The request options and response body of every documented operation, by path and verb: read off',
    '`WechatpayPaths`, so an operation added there by declaration merging is listed too.',
    "@example `WechatpayOperations['v3/pay/transactions/native']['post']['data']`",
  ], '');
  index += 'export type WechatpayOperations = { [P in keyof WechatpayPaths]: OperationsOf<WechatpayPaths[P]> };\n';
  files.set('index.ts', index);
  files.set('apiv2.ts', apiV2Module(HEADER, documented.filter((op) => isApiV2(op.path))));
  return { operations, files, nodes };
}
