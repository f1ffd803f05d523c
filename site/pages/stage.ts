/**
 * Lays out the site's sources in site/src/ (git-ignored) for VitePress: the hand-written pages of
 * site/content/, the guides of docs/, and one page per operation from the reference data.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readReference } from './data.js';
import { operationPage } from './operation.js';
import { neighbours, productIndexPage } from './products.js';
import { OPERATIONS_DIR, operationFile } from './urls.js';

/** What was staged, for the build's report. */
export interface Staged {
  guides: number;
  operations: number;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Stage the sources of `site` (the site folder) from `docs` (the guides) and the reference data. */
export function stageSources(site: string, docs: string): Staged {
  const src = join(site, 'src');
  rmSync(src, { recursive: true, force: true });
  cpSync(join(site, 'content'), src, { recursive: true });
  const guides = readdirSync(docs).filter((name) => name.endsWith('.md'));
  for (const name of guides) cpSync(join(docs, name), join(src, 'guide', name));
  const data = readReference();
  write(join(src, OPERATIONS_DIR, 'index.md'), productIndexPage(data));
  const around = neighbours(data);
  for (const op of data.operations) write(join(src, operationFile(op)), operationPage(op, around.get(op)));
  return { guides: guides.length, operations: data.operations.length };
}
