import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

// Every TypeScript sample of docs/payments.md is a complete program: run each as printed, and check what it prints.
const page = readFileSync('docs/payments.md', 'utf8');
const blocks = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const FLOW_END = [['TRANSACTION.SUCCESS', 'REFUND.SUCCESS'], 'SHA1'];

const expected: Array<[title: string, printed: unknown[][]]> = [
  ['client parameters, local and remote', [['prepay_id=wx201410272009395522657a690389285100', 'RSA', 'string'], ['Sign=WXPay', true]]],
  ['APIv2 parameters', [['HMAC-SHA256', true]]],
  ['a mistake', [['prepayId']]],
  ['JSAPI', [[true], ['notified', 'TRANSACTION.SUCCESS'], ['SUCCESS'], ['SUCCESS', 28], ['CLOSED'], ['PROCESSING'], ['notified', 'REFUND.SUCCESS'], ['REFUNDED'], [true], [2]]],
  ['mini-program', [[true], ['SUCCESS'], ['CLOSED'], FLOW_END]],
  ['APP', [[true, 'Sign=WXPay'], ['SUCCESS'], ['CLOSED'], FLOW_END]],
  ['Native', [[true], ['SUCCESS'], ['CLOSED'], FLOW_END]],
  ['H5', [[true], ['SUCCESS'], ['CLOSED'], FLOW_END]],
  ['the integration test', [['the checkout test passed']]],
  ['a failing handler, retried', [[[500, 500, 204], true]]],
];

afterEach(() => vi.restoreAllMocks());

it('every sample of the page is listed here', () => {
  expect(blocks).toHaveLength(expected.length);
});

it.each(expected.map(([title, printed], index) => [title, index, printed] as const))('%s runs as printed', async (_title, index, printed) => {
  const dir = join('test', '.doc-samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-payments-${index}.ts`);
  writeFileSync(file, `${blocks[index]}\nexport {};\n`);
  const lines: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args));
  await import(pathToFileURL(join(process.cwd(), file)).href);
  expect(lines).toEqual(printed);
});

it('the JSAPI flow is told as it runs: the prose after it lists what it prints', () => {
  const prose = /It prints (`true`, `notified TRANSACTION\.SUCCESS`[^\n]*\n[^\n]*)/.exec(page)?.[1];
  const listed = [...(prose ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const printed = expected[3]![1].map((args) => args.join(' '));
  expect(listed).toEqual(printed);
});

it('npm run demo:pay walks the JSAPI flow and exits 0', async () => {
  const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/demo-pay.ts'], { timeout: 60_000 }, (_error, out) => resolve({ stdout: out, code: child.exitCode }));
  });
  expect(code).toBe(0);
  expect(stdout.match(/^\d\. \S+/gm)).toEqual(['1. order', '2. params', '3. paid', '4. again', '5. query', '6. close', '7. refund', '8. refunded', '9. bill']);
  expect(stdout).toMatch(/the WeChat client's check: valid/);
  expect(stdout).toMatch(/attempts: #1 → 500, #2 → 204/);
  expect(stdout).toMatch(/handled: TRANSACTION\.SUCCESS \(once\)/);
  expect(stdout).toMatch(/SHA1 matches hash_value; 2 rows:/);
});
