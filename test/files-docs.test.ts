import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

// The samples of docs/files.md that use the testing kit are complete programs: run them as printed.
const page = readFileSync('docs/files.md', 'utf8');
const runnable = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.includes("from 'wechatpay-chain/testing'"));

afterEach(() => vi.restoreAllMocks());

it('the page has its runnable samples', () => {
  expect(runnable.length).toBe(5);
});

it.each(runnable.map((code, index) => [index, code] as const))('files sample %i runs and prints what it says', async (index, code) => {
  const dir = join('test', '.doc-samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-files-${index}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const printed: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
  await import(pathToFileURL(join(process.cwd(), file)).href);
  const text = JSON.stringify(printed);
  expect(printed.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/Error|undefined/);
  if (code.includes("'refused:'")) expect(printed).toContainEqual(['refused:', 'digest-mismatch']);
  if (code.includes('media_id')) expect(printed[0]).toEqual(['media_id', expect.stringMatching(/^fake-media-/)]);
});
