/**
 * Writes types/events/generated.ts: the decrypted `resource` of every JSON (APIv3) notification,
 * keyed by `event_type`, from `../shared/webhooks/events.json` (one entry per documentation page);
 * and beside it known.ts, the same event types as a list at run time. Apart, so that generated.ts
 * holds declarations only: the build ships such a module once, for ESM and CommonJS alike.
 *
 * Only facts are carried over: event types, field names, types, required flags, enum values and the
 * official labels. The output is deterministic (sorted, no dates), so CI can regenerate and diff it.
 *
 *   npm run generate:events                       # default input ../shared/webhooks/events.json
 *   npm run generate:events -- --in <events.json> --out <file.ts>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  required: boolean;
  label: string;
  enum: string[] | null;
  children: Field[] | null;
  items_type: string | null;
  encoded?: string;
}

interface Entry {
  page: string;
  version: 'v3' | 'v2';
  title: string | null;
  event_types: string[];
  resource: Field[] | null;
  official_docs: string[];
  moved_to: string | null;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? resolve(args[index + 1]!) : fallback;
};
const input = option('--in', resolve(root, '../shared/webhooks/events.json'));
const output = option('--out', resolve(root, 'types/events/generated.ts'));

const entries = (JSON.parse(readFileSync(input, 'utf8')) as Entry[])
  // XML (APIv2) notifications are not parsed by lib/notify; redirect stubs have no tables.
  .filter((entry) => entry.version === 'v3' && entry.resource && !entry.moved_to)
  .sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));

/** `TRANSACTION.SUCCESS` → `TransactionSuccess`. */
function pascal(eventType: string): string {
  return eventType
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

function pageEvent(entry: Entry): string {
  return entry.page.replace(/^v3\//, '').replace(/\.md$/, '');
}

// An event type listed on several pages (PROFITSHARING.* pages also list TRANSACTION.SUCCESS) belongs
// to the page named after it; otherwise to the first page in sorted order.
const owner = new Map<string, Entry>();
for (const entry of entries) {
  for (const eventType of entry.event_types) {
    const current = owner.get(eventType);
    if (!current || (pageEvent(entry) === eventType && pageEvent(current) !== eventType)) owner.set(eventType, entry);
  }
}

const field = (name: string, type: Field['type'], required: boolean, label: string, children: Field[] | null = null, items_type: string | null = null): Field => ({
  name,
  type,
  required,
  label,
  enum: null,
  children,
  items_type,
});

/**
 * Corrections to the TRANSACTION.SUCCESS page, which writes seven scenarios into one table (see
 * ../shared/webhooks/README.md). It becomes two shapes, told apart by `combine_out_trade_no`:
 * - a single payment: scenario-only fields are optional; `mchid`, `sp_appid`, `trade_type` (from
 *   openapi/definitions/Transaction.yaml) and `amount.total` (carried by every real notification,
 *   missing from the page) are added; the profit-sharing rows go to PROFITSHARING.* where they belong;
 * - a combined payment: `combine_*`, `sub_orders` (an array, at the top level) and `combine_payer_info`
 *   (the page indents them under `scene_info` by mistake).
 */
function splitTransactionSuccess(fields: Field[]): { single: Field[]; combined: Field[] } {
  const take = (list: Field[], name: string): Field | undefined => list.find((f) => f.name === name);
  const sceneInfo = take(fields, 'scene_info');
  const sceneChildren = sceneInfo?.children ?? [];
  const nested = new Set(['sub_orders', 'combine_payer_info', 'installment_info']);
  const profitSharing = new Set(['order_id', 'out_order_no', 'receiver']);
  const combineOnly = new Set(['combine_appid', 'combine_mchid', 'combine_out_trade_no', 'combine_transaction_id']);
  const alwaysThere = new Set(['transaction_id', 'out_trade_no', 'trade_state', 'amount']);
  const sceneOnlyDevice = sceneInfo ? { ...sceneInfo, required: false, children: sceneChildren.filter((c) => !nested.has(c.name)) } : undefined;

  const single: Field[] = [];
  for (const f of fields) {
    if (profitSharing.has(f.name) || combineOnly.has(f.name)) continue;
    if (f.name === 'scene_info') {
      if (sceneOnlyDevice) single.push(sceneOnlyDevice);
      continue;
    }
    let copy: Field = { ...f, required: alwaysThere.has(f.name) };
    if (f.name === 'amount' && !take(f.children ?? [], 'total')) {
      copy = { ...copy, children: [field('total', 'integer', true, '订单总金额，单位为分'), ...(f.children ?? [])] };
    }
    single.push(copy);
  }
  const installment = take(sceneChildren, 'installment_info');
  if (installment) single.push({ ...installment, required: false });
  single.push(
    field('mchid', 'string', false, '直连商户号'),
    field('sp_appid', 'string', false, '服务商公众号ID'),
    field('trade_type', 'string', false, '交易类型'),
  );

  const combined: Field[] = [];
  for (const name of combineOnly) {
    const f = take(fields, name);
    if (f) combined.push({ ...f, required: name !== 'combine_transaction_id' });
  }
  if (sceneOnlyDevice) combined.push(sceneOnlyDevice);
  const subOrders = take(sceneChildren, 'sub_orders');
  if (subOrders) combined.push({ ...subOrders, type: 'array', items_type: 'object', required: true });
  const payer = take(sceneChildren, 'combine_payer_info');
  if (payer) combined.push({ ...payer, required: false });
  return { single, combined };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function comment(text: string, indent: string, extra: string[] = []): string {
  const lines = [text.replace(/\*\//g, '*\\/').replace(/@/g, '\\@'), ...extra].filter(Boolean);
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
}

const quote = (value: string): string => JSON.stringify(value);

function scalar(f: Pick<Field, 'type' | 'enum'>): string {
  const values = f.enum ?? [];
  if (f.type === 'string') {
    // Open unions: WeChat Pay adds values; the listed ones still autocomplete.
    return values.length ? `${values.map(quote).join(' | ')} | (string & {})` : 'string';
  }
  if (f.type === 'number' || f.type === 'integer') {
    const numeric = values.filter((v) => /^-?\d+(\.\d+)?$/.test(v));
    return numeric.length && numeric.length === values.length ? `${numeric.join(' | ')} | (number & {})` : 'number';
  }
  if (f.type === 'boolean') return 'boolean';
  return 'unknown';
}

function typeOf(f: Field, indent: string): string {
  if (f.type === 'object') return f.children?.length ? objectType(f.children, indent) : 'Record<string, unknown>';
  if (f.type === 'array') {
    if (f.items_type === 'object') return f.children?.length ? `Array<${objectType(f.children, indent)}>` : 'Array<Record<string, unknown>>';
    if (f.items_type === 'string') return `Array<${scalar({ type: 'string', enum: f.enum })}>`;
    return 'unknown[]';
  }
  return scalar(f);
}

function members(fields: Field[], indent: string): string {
  let out = '';
  for (const f of fields) {
    const extra = f.encoded === 'by-json_encode' ? ['A JSON string (decode it with `JSON.parse`).'] : [];
    // The label on the field's own line: the module is shipped as written, so layout is bytes.
    const doc = [f.label.replace(/\*\//g, '*\\/').replace(/@/g, '\\@'), ...extra].filter(Boolean).join(' ');
    const name = IDENTIFIER.test(f.name) ? f.name : quote(f.name);
    out += `${indent}${doc ? `/** ${doc} */ ` : ''}${name}${f.required ? '' : '?'}: ${typeOf(f, indent)};\n`;
  }
  return out;
}

function objectType(fields: Field[], indent: string): string {
  return `{\n${members(fields, `${indent} `)}${indent}}`;
}

let body = '';
const keys: [eventType: string, typeName: string, entry: Entry][] = [];
const declared = new Set<string>();

function declare(name: string, title: string, see: string[], fields: Field[]): void {
  if (declared.has(name)) throw new Error(`two event types map to the interface name ${name}`);
  declared.add(name);
  body += comment(title, '', see.map((link) => `@see ${link}`));
  body += `export interface ${name} ${objectType(fields, '')}\n\n`;
}

for (const entry of entries) {
  const own = entry.event_types.filter((eventType) => owner.get(eventType) === entry).sort();
  if (own.length === 0) continue;
  const base = pascal(pageEvent(entry));
  const title = entry.title ?? pageEvent(entry);
  const see = entry.official_docs.slice(0, 1);
  if (pageEvent(entry) === 'TRANSACTION.SUCCESS') {
    const { single, combined } = splitTransactionSuccess(entry.resource!);
    declare('TransactionSuccessResource', `${title}: a single (direct or partner) payment.`, see, single);
    declare('CombineTransactionSuccessResource', `${title}: a combined payment (合单支付), told apart by \`combine_out_trade_no\`.`, see, combined);
    for (const eventType of own) keys.push([eventType, 'TransactionSuccessResource | CombineTransactionSuccessResource', entry]);
    continue;
  }
  declare(`${base}Resource`, title, see, entry.resource!);
  for (const eventType of own) keys.push([eventType, `${base}Resource`, entry]);
}

keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
let map = '/** The decrypted `resource` of each known notification, keyed by `event_type`. */\nexport interface NotificationResources {\n';
for (const [eventType, typeName, entry] of keys) {
  map += comment(entry.title ?? eventType, '  ');
  map += `  ${quote(eventType)}: ${typeName};\n`;
}
map += '}\n';

const header =
  '// Generated by scripts/generate-events.ts from ../shared/webhooks/events.json: do not edit.\n' +
  '// Regenerate with `npm run generate:events`. Facts only (names, types, required flags, enums, labels).\n' +
  '\n';
const list = keys.map(([eventType]) => `  ${quote(eventType)},\n`).join('');
const text = `${header}${body}${map}\n/** Every \`event_type\` with a typed resource. */\nexport type KnownEventType = keyof NotificationResources;\n`;
const known =
  `${header}import type { KnownEventType } from './generated.js';\n\n` +
  `/** The same list at run time: sets \`known\` on a parsed notification. */\nexport const KNOWN_EVENT_TYPES: readonly KnownEventType[] = [\n${list}];\n`;
writeFileSync(output, text);
writeFileSync(join(dirname(output), 'known.ts'), known);
process.stdout.write(`${output}: ${keys.length} event types, ${declared.size} resource interfaces\n`);
