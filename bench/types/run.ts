/**
 * Type-check cost of the catalog: `tsc --extendedDiagnostics` on bench/types/fixture.ts (300
 * operations × 3 styles, written by `npm run generate`), against
 * - typed:   the package as users get it (emitted declarations, skipLibCheck), with its typed client;
 * - untyped: the same declarations and calls, the client typed as a loose node;
 * - sources: the project's own sources (generated `.ts` files checked too), as `npm test` sees them.
 * Rounds alternate, figures are medians. Budget (typed): check < 4 s, memory < 600 MB, no TS2589,
 * check time ≤ 2.5 × untyped. Exits 1 when a budget is missed or a fixture does not compile.
 *
 *   npm run bench:types [-- --rounds 5]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = join(project, 'node_modules/typescript/bin/tsc');
// Inside the project so that `@types/node` resolves; node_modules/.cache is ignored by git.
const work = join(project, 'node_modules/.cache/wechatpay-chain-bench-types');
const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 3;

const fixture = readFileSync(join(project, 'bench/types/fixture.ts'), 'utf8');
const TYPED_IMPORT = "import type { Wechatpay as Client } from 'wechatpay-chain';";
if (!fixture.includes(TYPED_IMPORT)) throw new Error('bench/types/fixture.ts has an unexpected header: run `npm run generate`');
const UNTYPED_IMPORT = "import type { LooseNode } from 'wechatpay-chain';\ntype Client = LooseNode & { chain(path: string): LooseNode };";

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
console.log('emitting declarations…');
// tsc emits declarations despite type errors elsewhere in the tree; the fixture's own check below is what counts.
const emitted = spawnSync(process.execPath, [tsc, '-p', join(project, 'tsconfig.build.json'), '--emitDeclarationOnly', '--outDir', join(work, 'dist')], { encoding: 'utf8' });
if (!existsSync(join(work, 'dist/lib/index.d.ts'))) throw new Error(`declaration emit failed:\n${emitted.stdout}${emitted.stderr}`);
if (emitted.status !== 0) console.log(`(the declaration emit reported type errors, measured anyway:)\n${emitted.stdout.trim()}`);

const base = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

function variant(name: string, source: string, paths: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fixture.ts'), source);
  const config = { compilerOptions: { ...base, paths: { 'wechatpay-chain': [relative(dir, paths)] } }, files: ['fixture.ts'] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  return dir;
}

const variants = {
  typed: variant('typed', fixture, join(work, 'dist/lib/index.d.ts')),
  untyped: variant('untyped', fixture.replace(TYPED_IMPORT, UNTYPED_IMPORT), join(work, 'dist/lib/index.d.ts')),
  sources: variant('sources', fixture, join(project, 'lib/index.ts')),
};

interface Figures {
  check: number;
  total: number;
  instantiations: number;
  memoryMB: number;
  errors: string[];
}

function run(dir: string): Figures {
  const result = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--extendedDiagnostics'], { encoding: 'utf8', cwd: dir });
  const out = result.stdout + result.stderr;
  const number = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1] ?? NaN);
  return {
    check: number('Check time'),
    total: number('Total time'),
    instantiations: number('Instantiations'),
    memoryMB: number('Memory used') / 1024,
    // The fixture's own errors: a work-in-progress elsewhere in the tree is not the catalog's doing.
    errors: out.split('\n').filter((line) => /error TS\d+/.test(line) && (line.startsWith('fixture.ts') || line.includes('TS2589'))),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const samples: Record<string, Figures[]> = { typed: [], untyped: [], sources: [] };
for (let round = 0; round < rounds; round++) {
  for (const [name, dir] of Object.entries(variants)) samples[name]!.push(run(dir));
}

const rows = Object.entries(samples).map(([name, list]) => ({
  variant: name,
  'check s': median(list.map((f) => f.check)),
  'total s': median(list.map((f) => f.total)),
  instantiations: median(list.map((f) => f.instantiations)),
  'memory MB': Math.round(median(list.map((f) => f.memoryMB))),
  errors: list[0]!.errors.length,
}));
console.log(`fixture: ${(fixture.match(/^ {2}use\(/gm) ?? []).length} calls; medians of ${rounds} alternating rounds`);
console.table(rows);

const typed = rows.find((r) => r.variant === 'typed')!;
const untyped = rows.find((r) => r.variant === 'untyped')!;
const deep = Object.values(samples).flat().some((f) => f.errors.some((e) => e.includes('TS2589')));
const checks: [string, boolean][] = [
  [`typed check time ${typed['check s']} s < 4 s`, typed['check s'] < 4],
  [`typed memory ${typed['memory MB']} MB < 600 MB`, typed['memory MB'] < 600],
  [`no TS2589 (excessively deep)`, !deep],
  [`typed/untyped check time ${(typed['check s'] / untyped['check s']).toFixed(2)}× ≤ 2.5×`, typed['check s'] <= 2.5 * untyped['check s']],
  ['the fixture compiles in every variant', rows.every((r) => r.errors === 0)],
];
for (const [label, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
for (const [name, list] of Object.entries(samples)) for (const line of list[0]!.errors.slice(0, 5)) console.log(`${name}: ${line}`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
