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
import { transformSync } from 'esbuild';

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

// The shipped JavaScript without its comments, re-printed with 2-space indents (tsc prints 4): a
// quarter of its bytes, twice (ESM and CommonJS). The code itself is left as tsc wrote it (no
// minifying, renaming or bundling, so stack traces stay readable); the explanations live in the
// sources, and the declarations keep their TSDoc.
let stripped = 0;
for (const js of [...files('dist/esm'), ...files('dist/cjs')].filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(js, 'utf8');
  const { code } = transformSync(text, { loader: 'js', target: 'es2022', legalComments: 'none', charset: 'utf8' });
  stripped += text.length - code.length;
  writeFileSync(js, code);
}
console.log(`JavaScript: ${(stripped / 1e3).toFixed(0)} kB of comments and indentation left out`);
