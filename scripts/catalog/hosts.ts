/**
 * The Hong Kong and cross-border operations as their reference pages write them: the descriptions
 * list them under `hk/v3/…` and `global/v3/…`, the pages call `v3/…` with a host of its own
 * (`base_uri`), whose path prefix (`/hk/`, `/global/`) the client joins to the path. Both are typed.
 */
import type { RawOperation } from './load.js';

/** The host a reference page gives each prefixed root; the prefix is the root itself. */
const PAGE_HOSTS: Record<string, string> = {
  hk: 'https://api.mch.weixin.qq.com/hk/',
  global: 'https://apihk.mch.weixin.qq.com/global/',
};

/**
 * The operations plus, for each `hk/v3/…` and `global/v3/…` one, its `v3/…` twin with the host its
 * page gives; a twin is left out where the descriptions document the same verb on that `v3/` path
 * (GET `v3/certificates`), which keeps its own types (a `baseURL` is still accepted there).
 */
export function withPageHosts(operations: readonly RawOperation[]): RawOperation[] {
  const documented = new Set(operations.map((op) => `${op.method} ${op.path}`));
  const twins: RawOperation[] = [];
  for (const op of operations) {
    const [root, ...rest] = op.path.split('/');
    const baseURL = PAGE_HOSTS[root!];
    if (baseURL === undefined || rest[0] !== 'v3') continue;
    const path = rest.join('/');
    if (documented.has(`${op.method} ${path}`)) continue;
    twins.push({ ...op, path, perCallHost: { baseURL, documentedPath: op.path } });
  }
  return [...operations, ...twins];
}
