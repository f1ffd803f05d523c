// The samples of docs/apiv2.md that use the testing kit are complete programs: run each as printed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

const page = readFileSync('docs/apiv2.md', 'utf8');
const runnable = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.includes("from 'wechatpay-chain/testing'"));

afterEach(() => vi.restoreAllMocks());

it('the page has a runnable sample for micropay, a refund with its notification, a red packet, a transfer and the sandbox key', () => {
  expect(runnable).toHaveLength(5);
});

it.each(runnable.map((code, index) => [index, code] as const))('apiv2 sample %i runs and prints what it says', { timeout: 20_000 }, async (index, code) => {
  const dir = join('test', '.doc-samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-apiv2-${index}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const printed: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
  await import(pathToFileURL(join(process.cwd(), file)).href);
  expect(printed.length).toBeGreaterThan(0);
  // Each `console.log(…); // expected` comment is what that line prints.
  const expected = [...code.matchAll(/console\.log\([^\n]*\); \/\/ ([^:\n]+?)(?::|$)/gm)].map((m) => m[1]!.replace(/….*$/, '').trim());
  const lines = printed.map((args) => args.map(String).join(' '));
  expect(lines).toHaveLength(expected.length);
  lines.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line} should start with ${expected[i]}`).toBe(true));
});
