/**
 * What the local search indexes of an operation's page. VitePress indexes a page's markdown as
 * rendered, where the call and the field tables are still component tags: they are replaced here by
 * the text those components show that is worth finding, the call in the chain and literal styles
 * (so `insuranceSign` and `insurance-sign` find it) and the field names and labels.
 */
import type { FieldRow } from '../../scripts/catalog/fields.js';
import type { ReferenceOperation } from '../../scripts/catalog/reference.js';
import { escapeHtml } from './html.js';

function fieldText(rows: readonly FieldRow[]): string {
  return escapeHtml(rows.map(([, name, , , label]) => `${name} ${label}`.trim()).join(' '));
}

/** The page's rendered markdown with its component tags replaced by their searchable text. */
export function searchableHtml(html: string, op: ReferenceOperation): string {
  return html
    .replace(/<OperationCall\s*\/>/, `<p>${escapeHtml(`${op.call.chain} ${op.call.literal}`)}</p>`)
    .replace(/<OperationFields part="request"\s*\/>/, `<p>${fieldText(op.request)}</p>`)
    .replace(/<OperationFields part="response"\s*\/>/, `<p>${fieldText(op.responses.flatMap((body) => body.rows))}</p>`);
}
