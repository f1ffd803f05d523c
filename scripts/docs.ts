/**
 * `npm run docs`: builds the documentation site into site/dist/ (git-ignored), then prints how long
 * it took and how big it is.
 *
 * 1. site/src/ (git-ignored) is laid out: site/content/, the guides of docs/, and a page per
 *    operation from site/generated/reference.json (committed: no ../shared needed);
 * 2. typedoc writes the API reference of the hand-written surface into site/src/api/;
 * 3. VitePress builds the site, with its local search index.
 *
 * typedoc and VitePress run as processes of their own, so the peak memory is the larger of the two,
 * not their sum; VitePress gets a heap limit, under which it collects garbage rather than grow.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_FILE } from '../site/pages/data.js';
import { stageSources } from '../site/pages/stage.js';

const project = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(project, 'site');
const require = createRequire(import.meta.url);
/** The heap VitePress may grow to, in MB: the build's budget is 1.5 GB of resident memory in all. */
const VITEPRESS_HEAP_MB = 1024;

function run(step: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: project, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docs: ${step} failed (${result.signal ?? `exit code ${result.status}`})`);
    process.exit(1);
  }
  console.log(`docs: ${step} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function bin(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

function size(path: string): { bytes: number; files: number } {
  if (!statSync(path).isDirectory()) return { bytes: statSync(path).size, files: 1 };
  return readdirSync(path).reduce(
    (sum, name) => {
      const inner = size(join(path, name));
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}

if (!existsSync(REFERENCE_FILE)) {
  console.error(`docs: ${REFERENCE_FILE} is missing; \`npm run generate\` writes it from ../shared/openapi`);
  process.exit(1);
}
const started = performance.now();
const staged = stageSources(site, join(project, 'docs'));
console.log(`docs: staged ${staged.guides} guides and ${staged.operations} operation pages in site/src/`);
run('typedoc (API reference)', [bin('typedoc', 'bin/typedoc'), '--logLevel', 'Error']);
run('VitePress build', [`--max-old-space-size=${VITEPRESS_HEAP_MB}`, bin('vitepress', 'bin/vitepress.js'), 'build', 'site']);
const out = size(join(site, 'dist'));
console.log(`docs: site/dist/ holds ${out.files} files, ${(out.bytes / 1e6).toFixed(1)} MB; built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
