/**
 * One operation's page, as VitePress markdown. The record from the reference data rides in the
 * frontmatter (`operation`), where the theme's components read it to write the call in every style
 * and the field tables (site/.vitepress/theme/); the markdown itself holds the title, method and
 * path, host, products, official pages, type names and notes. Markdown that VitePress renders
 * cheaply, and components rather than highlighted code per page: 1,154 pages build in budget.
 */
import type { ReferenceOperation } from '../../scripts/catalog/reference.js';
import { escapeHtml, escapeMarkdown } from './html.js';
import { notesFor } from './notes.js';
import { productLink } from './products.js';
import { operationLink } from './urls.js';

/** The operations before and after this one in its product, for the page's footer. */
export interface Neighbours {
  prev?: ReferenceOperation;
  next?: ReferenceOperation;
}

function facts(op: ReferenceOperation): string {
  const lines = [`<p class="endpoint"><span class="method">${op.method.toUpperCase()}</span> <code>/${escapeHtml(op.path)}</code></p>`, ''];
  if (op.host) lines.push(`- Host: \`${op.host}\`, not the default one: call it on a client with \`baseURL: '${op.host}'\``);
  if (op.products.length) lines.push(`- Product: ${op.products.map((product) => `[${escapeMarkdown(product)}](${productLink(product)})`).join(', ')}`);
  const pages = op.see.map((url, i) => `[${i ? `page ${i + 1}` : 'page'}](${url})`).join(', ');
  lines.push(`- Official documentation: ${pages || 'not linked from the descriptions'}`);
  lines.push(`- Types: \`${op.types}Options\`, \`${op.types}Data\``);
  return lines.join('\n');
}

function footerLink(op: ReferenceOperation | undefined): string | false {
  return op ? JSON.stringify({ text: op.title, link: operationLink(op) }) : false;
}

/** The page's markdown, frontmatter included. */
export function operationPage(op: ReferenceOperation, around: Neighbours = {}): string {
  const notes = notesFor(op.flags);
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(op.title)}`,
    // Wider than a guide: reference.css gives the field tables the room the sidebar would take.
    'pageClass: operation-page',
    // JSON is YAML: the record as the data file holds it.
    `operation: ${JSON.stringify(op)}`,
    `prev: ${footerLink(around.prev)}`,
    `next: ${footerLink(around.next)}`,
    '---',
  ];
  const parts = [
    frontmatter.join('\n'),
    `# ${escapeMarkdown(op.title)}`,
    facts(op),
    ...notes,
    '## Call\n\n`wxpay` is a client, `new Wechatpay({ … })` ([getting started](/guide/getting-started)).\n\n<OperationCall />',
    '## Request\n\n<OperationFields part="request" />',
    '## Response\n\n<OperationFields part="response" />',
  ];
  return `${parts.join('\n\n')}\n`;
}
