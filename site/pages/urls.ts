/**
 * Where an operation's page lives: a stable URL derived from its method and path alone, so a link
 * to it survives any regrouping of the products. The path's segments become folders (placeholders
 * written as in the chain style, `{plan_id}` → `_plan_id_`), the method the page:
 * `POST v3/pay/transactions/native` → `operations/v3/pay/transactions/native/post.html`.
 * APIv2 paths sit under `v2/`, as the SDK addresses them.
 */
import type { ReferenceOperation } from '../../scripts/catalog/reference.js';

/** The folder of the operation reference in the site. */
export const OPERATIONS_DIR = 'operations';

/** One path segment as a folder name: `{name}` → `_name_`; the empty segment of a trailing slash → `_`, which no real segment is. */
function folderOf(segment: string): string {
  if (segment === '') return '_';
  const placeholder = /^\{([^{}]+)\}$/.exec(segment);
  return placeholder ? `_${placeholder[1]}_` : segment;
}

/** The page's source file, relative to the site's source folder: `operations/v3/pay/transactions/native/post.md`. */
export function operationFile(op: Pick<ReferenceOperation, 'method' | 'path' | 'flags'>): string {
  const segments = op.path.split('/').map(folderOf);
  const root = op.flags.includes('apiV2') ? ['v2'] : [];
  return [OPERATIONS_DIR, ...root, ...segments, `${op.method}.md`].join('/');
}

/** The page's link below the site's base, as VitePress takes it (it adds `.html`): `/operations/v3/pay/transactions/native/post`. */
export function operationLink(op: Pick<ReferenceOperation, 'method' | 'path' | 'flags'>): string {
  return `/${operationFile(op).replace(/\.md$/, '')}`;
}

/**
 * The area whose sidebar an operation's page shows: the first two folders below the reference
 * (`v3/pay`, `v2/secapi`), one for `hk/` and `global/`. Sidebars stay small this way: every page
 * renders its whole sidebar.
 */
export function areaOf(op: Pick<ReferenceOperation, 'method' | 'path' | 'flags'>): string {
  const folders = operationFile(op).split('/').slice(1, -1);
  return folders[0] === 'hk' || folders[0] === 'global' ? folders[0] : folders.slice(0, 2).join('/');
}
