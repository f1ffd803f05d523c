/**
 * Writes `types/generated/` (the typed catalog), `bench/types/fixture.ts` (the type-check
 * benchmark) and `site/generated/reference.json` (the facts of the operation reference that
 * `npm run docs` turns into pages) from the WeChat Pay API descriptions.
 *
 *   npm run generate                      # reads ../shared/openapi
 *   npm run generate -- --descriptions <dir>
 *
 * Deterministic: the same descriptions give byte-identical files (CI regenerates and diffs them).
 * Prints the number of operations in the descriptions and the number typed; they must be equal.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './catalog/emit.js';
import { buildFixture } from './catalog/fixture.js';
import { loadOperations, loadProductOrder } from './catalog/load.js';
import { buildReference } from './catalog/reference.js';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--descriptions');
const descriptions = resolve(project, flag > 0 ? process.argv[flag + 1] ?? '' : '../shared/openapi');

const raw = loadOperations(descriptions);
const catalog = buildCatalog(raw);

const out = join(project, 'types/generated');
mkdirSync(out, { recursive: true });
// Stale modules (an area that disappeared from the descriptions) must not linger.
for (const file of readdirSync(out)) if (!catalog.files.has(file)) rmSync(join(out, file));
for (const [file, text] of catalog.files) writeFileSync(join(out, file), text);

const fixture = buildFixture(catalog, 300);
mkdirSync(join(project, 'bench/types'), { recursive: true });
writeFileSync(join(project, 'bench/types/fixture.ts'), fixture.text);

// JSON has no comments: the marker is a field of its own.
const reference = buildReference(catalog, loadProductOrder(descriptions), 'do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API descriptions (../shared/openapi); run `npm run generate` to rebuild it.');
mkdirSync(join(project, 'site/generated'), { recursive: true });
writeFileSync(join(project, 'site/generated/reference.json'), reference);

const keys = new Set(catalog.operations.map((op) => `${op.raw.method} ${op.raw.path}`));
const typed = raw.filter((op) => keys.has(`${op.method} ${op.path}`)).length;
const twins = catalog.operations.filter((op) => op.raw.perCallHost).length;
let bytes = 0;
for (const text of catalog.files.values()) bytes += Buffer.byteLength(text);
console.log(`operations in the descriptions: ${raw.length}`);
console.log(`operations typed:               ${typed} (and ${twins} again under the path their reference page uses with a host of its own)`);
console.log(`chain-tree nodes: ${catalog.nodes.size}; files: ${catalog.files.size} (${(bytes / 1024).toFixed(0)} KiB) in types/generated`);
console.log(`bench fixture: ${fixture.operations} operations × 3 styles in bench/types/fixture.ts`);
console.log(`operation reference: ${catalog.operations.length} operations (${(Buffer.byteLength(reference) / 1024).toFixed(0)} KiB) in site/generated/reference.json`);
if (typed !== raw.length) {
  console.error('not every operation was typed');
  process.exitCode = 1;
}
