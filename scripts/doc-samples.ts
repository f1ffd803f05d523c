/**
 * Extracts every ```ts block of docs/**\/*.md into test/.doc-samples/ (git-ignored), so that
 * `npm test`'s type-check compiles the documentation's code exactly as printed. A block whose
 * first line is `// @doc-skip` is left out (fragments that are not meant to stand alone).
 * The calls of the operation reference's pages (site/pages/samples.ts) are written there too.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readReference } from '../site/pages/data.js';
import { operationSamples } from '../site/pages/samples.js';

const OUT = 'test/.doc-samples';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

let count = 0;
for (const file of [...markdownFiles('docs'), 'README.md']) {
  const text = readFileSync(file, 'utf8');
  let index = 0;
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const code = match[1]!;
    if (code.startsWith('// @doc-skip')) continue;
    const name = `${relative('.', file).replace(/[^A-Za-z0-9]+/g, '_')}_${++index}.ts`;
    // `export {}` makes each sample a module of its own, so names may repeat across samples.
    writeFileSync(join(OUT, name), `// Extracted from ${file}; edit the markdown, not this file.\n${code}\nexport {};\n`);
    count++;
  }
}
const data = readReference();
for (const [name, text] of operationSamples(data)) writeFileSync(join(OUT, name), text);
console.log(`doc samples: ${count} TypeScript blocks extracted to ${OUT}, and the calls of ${data.operations.length} operation pages`);
