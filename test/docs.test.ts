import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

// The getting-started samples that use the testing kit are complete programs: run them as printed.
const page = readFileSync('docs/getting-started.md', 'utf8');
const runnable = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.includes("from 'wechatpay-chain/testing'"));

afterEach(() => vi.restoreAllMocks());

it('the page has runnable samples', () => {
  expect(runnable.length).toBeGreaterThanOrEqual(2);
});

it.each(runnable.map((code, index) => [index, code] as const))('getting-started sample %i runs and prints verified data', async (index, code) => {
  const dir = join('test', '.doc-samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-getting-started-${index}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const printed: unknown[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
  await import(pathToFileURL(join(process.cwd(), file)).href);
  expect(printed.length).toBeGreaterThan(0);
  expect(JSON.stringify(printed)).not.toMatch(/Error/);
  if (code.includes('.verified')) expect(printed).toContainEqual([true]);
});
