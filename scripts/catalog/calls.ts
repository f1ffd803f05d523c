/**
 * How an operation is reached in each access style, as the catalog types it: the property chain
 * (as far as properties reach the path, then `chain()` for the rest), `chain('…')` and `['…']`.
 * Shared by the type-check fixture and the operation reference, so both call what the types offer.
 */
import { APIV2_PREFIX, isApiV2, type Catalog, type CatalogOperation } from './emit.js';
import { propertyKey } from './names.js';

/** The property chain to a path as far as properties reach it, then `chain()` for the rest. */
export function chainExpression(catalog: Catalog, path: string): string {
  let expression = 'wxpay';
  let node = catalog.nodes.get('')!;
  const segments = path.split('/');
  if (isApiV2(path)) expression += `.${APIV2_PREFIX}`;
  for (let i = 0; i < segments.length; i++) {
    const childPath = segments.slice(0, i + 1).join('/');
    const property = [...node.children].find(([, target]) => target === childPath)?.[0];
    if (property === undefined) return `${expression}.chain(${JSON.stringify(segments.slice(i).join('/'))})`;
    const key = propertyKey(property);
    expression += key === property ? `.${property}` : `[${key}]`;
    node = catalog.nodes.get(childPath)!;
  }
  return expression;
}

/** The literal path the `chain('…')` and `['…']` styles use: APIv2 paths under the `v2/` prefix, as the chain reaches them. */
export function literalPath(op: CatalogOperation): string {
  return op.apiV2 ? `${APIV2_PREFIX}/${op.raw.path}` : op.raw.path;
}
