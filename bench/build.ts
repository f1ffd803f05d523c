/**
 * The benchmarks measure wechatpay-chain as it ships: compiled by tsc (as `npm run build` does), not
 * run from source under tsx, whose esbuild transform wraps every named closure in a `__name()` call
 * that the published package does not have. The output goes under node_modules/.cache so that its
 * imports (axios) resolve; child processes find it through WECHATPAY_CHAIN_BENCH_LIB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LIB_ENV = 'WECHATPAY_CHAIN_BENCH_LIB';

export function buildLib(): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = `${root}node_modules/.cache/wechatpay-chain-bench`;
  mkdirSync(outDir, { recursive: true });
  // The `#platform/…` imports resolve by the package scope's `imports`: the root's, pointed at this output.
  const { imports } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { imports: unknown };
  writeFileSync(`${outDir}/package.json`, JSON.stringify({ type: 'module', imports: esmTargets(imports) }) + '\n');
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--outDir', outDir, '--declaration', 'false'], { stdio: 'inherit' });
  const entry = `${outDir}/lib/index.js`;
  process.env[LIB_ENV] = entry;
  return entry;
}

/** The `imports` map with each condition's ESM target, relative to the output folder instead of dist/esm. */
function esmTargets(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/^\.\/dist\/esm\//, './');
  const conditions = value as Record<string, unknown>;
  if (Object.hasOwn(conditions, 'import')) return esmTargets(conditions.import);
  return Object.fromEntries(Object.entries(conditions).filter(([condition]) => condition !== 'types').map(([condition, target]) => [condition, esmTargets(target)]));
}

/** The library under test: the compiled build when the runner made one, else the source (under tsx). */
export async function loadLib(): Promise<typeof import('../lib/index.js')> {
  const entry = process.env[LIB_ENV];
  return (await import(entry ?? '../lib/index.js')) as typeof import('../lib/index.js');
}
