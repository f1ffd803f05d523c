// Builds ESM and CommonJS side by side; a package.json in dist/cjs marks its .js and .d.ts files as CommonJS.
//
// Declarations of the type-only modules under types/ (the generated catalog: 4 MB of the package)
// are shipped once, in dist/esm: dist/cjs keeps a one-line stub per module that re-exports them
// (`export type * from '…' with { 'resolution-mode': 'import' }`), so CommonJS and ESM users see the
// very same declarations (a declaration merge applies to both) and nothing is shipped twice.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import console from 'node:console';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, transformSync } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const tsc = (project) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
tsc('tsconfig.build.json');
tsc('tsconfig.cjs.json');
mkdirSync('dist/cjs', { recursive: true });
// dist/cjs/package.json is the package scope of the CommonJS files: Node and TypeScript resolve their
// `#platform/…` imports by its `imports`, not the root's. They are the root's `require` targets, from here.
const toCjs = (value) => {
  if (typeof value === 'string') return value.replace(/^\.\/dist\/cjs\//, './');
  if ('require' in value) return toCjs(value.require);
  return Object.fromEntries(Object.entries(value).map(([condition, target]) => [condition, toCjs(target)]));
};
const { imports } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs', imports: toCjs(imports) }) + '\n');

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
// The CommonJS declarations name the types of the node platform directly: TypeScript resolves a
// require() of the package under the `node` condition anyway (node16), and node10 resolution, which
// reads no `imports` at all, then still finds them. ESM declarations keep `#platform/signing`, which
// TypeScript resolves by condition (lib/platform/signing.ts).
for (const dts of files('dist/cjs').filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(dts, 'utf8');
  if (!text.includes("'#platform/signing'")) continue;
  const target = relative(join(dts, '..'), 'dist/cjs/lib/platform/node/signing.js');
  writeFileSync(dts, text.replaceAll("'#platform/signing'", `'${target.startsWith('.') ? target : `./${target}`}'`));
}

// A module is type-only when tsc emitted no code for it (a file's leading comment may remain).
const typeOnly = (js) => readFileSync(js, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$|"use strict";|Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);|export \{\};/gm, '').trim() === '';
let stubs = 0;
for (const dts of files('dist/esm/types').filter((f) => f.endsWith('.d.ts'))) {
  const rel = relative('dist/esm', dts);
  if (!typeOnly(dts.replace(/\.d\.ts$/, '.js'))) continue;
  // The generated modules hold declarations only already: shipped as written (tsc re-prints them with 4-space indents).
  const source = rel.replace(/\.d\.ts$/, '.ts');
  if (rel.startsWith('types/generated/') || rel === 'types/events/generated.d.ts') copyFileSync(source, dts);
  const cjs = join('dist/cjs', rel);
  const target = relative(join('dist/cjs', rel, '..'), dts).replace(/\.d\.ts$/, '.js');
  writeFileSync(cjs, `export type * from '${target.startsWith('.') ? target : `./${target}`}' with { 'resolution-mode': 'import' };\n`);
  stubs++;
}
console.log(`declarations: ${stubs} type-only modules shipped once (dist/esm), re-exported from dist/cjs`);

// The ESM build is bundled per entry point (esbuild, code splitting): the package's entry points,
// its CLI, and each `#platform/…` target stay files of their own (their imports, like every
// package's, stay imports), the modules they share become shared chunks, and a module imported
// on first use (`import('./parse.js')`) its own chunk, still loaded on first use. Node's ESM
// loader pays per module (resolve, read, compile, link: about 0.5 ms each on Node 20 and 22),
// and the 85 small modules an import of the package loaded cost more than axios's whole import
// does: bench:cold, node 20, import 201 ms against 139 ms for axios alone. Sources keep their
// small modules; the CommonJS build (require() is cheaper per module) and the declarations
// (dist/esm/**/*.d.ts, unchanged) are tsc's.
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
const entryPoints = [
  ...new Set([
    ...targets(packageJson.exports).filter((t) => t.startsWith('./dist/esm/') && t.endsWith('.js')),
    packageJson.bin['wechatpay-chain'],
    ...files('dist/esm/lib/platform').filter((f) => f.endsWith('.js')).map((f) => `./${f}`),
  ]),
];
const emitted = await build({
  entryPoints,
  outdir: 'dist/esm',
  outbase: 'dist/esm',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'esnext',
  // Dependencies, node: builtins and the platform modules (chosen by condition where the package is
  // imported) stay imports.
  packages: 'external',
  external: ['#platform/*', 'node:*'],
  // The names classes and functions have in the sources (errors are told apart by `name`).
  keepNames: true,
  chunkNames: 'lib/chunks/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});
const kept = new Set(Object.keys(emitted.metafile.outputs));
let removed = 0;
for (const js of files('dist/esm').filter((f) => f.endsWith('.js'))) {
  if (kept.has(js)) continue;
  rmSync(js);
  removed++;
}
console.log(`esm: ${entryPoints.length} entry points and ${kept.size - entryPoints.length} shared chunks bundled from ${removed + entryPoints.length} modules`);

// The shipped JavaScript without its comments, re-printed with 2-space indents (tsc prints 4): a
// quarter of its bytes (the CommonJS build; the ESM chunks above come out of esbuild that way
// already). Nothing is minified or renamed, so stack traces stay readable; the explanations live
// in the sources, and the declarations keep their TSDoc.
let stripped = 0;
for (const js of [...files('dist/esm'), ...files('dist/cjs')].filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(js, 'utf8');
  const { code } = transformSync(text, { loader: 'js', target: 'es2022', legalComments: 'none', charset: 'utf8' });
  stripped += text.length - code.length;
  writeFileSync(js, code);
}
console.log(`JavaScript: ${(stripped / 1e3).toFixed(0)} kB of comments and indentation left out`);
