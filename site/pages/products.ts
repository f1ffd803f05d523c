/**
 * The operation reference grouped by product, as the descriptions group it (their tags, e.g.
 * `委托代扣∙保险业`, `∙` separating a product from its sub-products). The index page lists an
 * operation under each product it is filed under; its first product is its home, whose neighbours
 * its page links to.
 */
import type { ReferenceData, ReferenceOperation } from '../../scripts/catalog/reference.js';
import { escapeHtml, escapeMarkdown } from './html.js';
import { OPERATIONS_DIR, operationLink } from './urls.js';

/** Where an operation without a product is listed. */
export const NO_PRODUCT = '其他∙no-product';

/** The operations of each product, products in the descriptions' order, operations in path order. */
export function byProduct(data: ReferenceData): Map<string, ReferenceOperation[]> {
  const groups = new Map<string, ReferenceOperation[]>(data.products.map((product) => [product, []]));
  for (const op of data.operations) {
    for (const product of op.products.length ? op.products : [NO_PRODUCT]) {
      if (!groups.has(product)) groups.set(product, []);
      groups.get(product)!.push(op);
    }
  }
  return groups;
}

/** A product's anchor on the index page: its name, which holds no space. */
export function productAnchor(product: string): string {
  return product.replace(/\s+/g, '-');
}

/** The link to a product's list on the index page. */
export function productLink(product: string): string {
  return `/${OPERATIONS_DIR}/#${productAnchor(product)}`;
}

function listItem(op: ReferenceOperation): string {
  return `- [${escapeMarkdown(op.title)}](${operationLink(op)}) <code>${op.method.toUpperCase()} /${escapeHtml(op.path)}</code>`;
}

/** `operations/index.md`: every product (a heading per top-level product) and its operations. */
export function productIndexPage(data: ReferenceData): string {
  const lines = [
    '---',
    'title: Operations by product',
    // The titles listed here would compete in the search with the pages they link to.
    'search: false',
    '---',
    '',
    '# Operations by product',
    '',
    `Every operation of the WeChat Pay API descriptions (${data.operations.length.toLocaleString('en-US')}), grouped by product as the descriptions group them; an operation filed under several products is listed under each. The search box finds one by its Chinese title, a path segment or its chain-style name (\`insuranceSign\`).`,
  ];
  let top = '';
  for (const [product, ops] of byProduct(data)) {
    const [head = product] = product.split('∙');
    if (head !== top) lines.push('', head === product ? `## ${escapeMarkdown(head)} {#${productAnchor(product)}}` : `## ${escapeMarkdown(head)}`);
    if (head !== product) lines.push('', `### ${escapeMarkdown(product)} {#${productAnchor(product)}}`);
    top = head;
    lines.push('', ...ops.map(listItem));
  }
  return `${lines.join('\n')}\n`;
}

/** Each operation's neighbours in its first product, in the order the index lists them. */
export function neighbours(data: ReferenceData): Map<ReferenceOperation, { prev?: ReferenceOperation; next?: ReferenceOperation }> {
  const around = new Map<ReferenceOperation, { prev?: ReferenceOperation; next?: ReferenceOperation }>();
  for (const [product, ops] of byProduct(data)) {
    const home = ops.filter((op) => (op.products[0] ?? NO_PRODUCT) === product);
    home.forEach((op, i) => around.set(op, { prev: home[i - 1], next: home[i + 1] }));
  }
  return around;
}
