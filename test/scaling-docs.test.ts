import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

// docs/scaling.md's samples that use the testing kit are complete programs: run them as printed, against a real redis-server.
const page = readFileSync('docs/scaling.md', 'utf8');
const runnable = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((code) => code.includes("from 'wechatpay-chain/testing'"));

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
  vi.stubEnv('REDIS_URL', redis.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await redis.stop();
});
afterEach(() => vi.restoreAllMocks());

it('the page has a runnable sample for each library', () => {
  expect(runnable.filter((code) => code.includes("from 'ioredis'"))).toHaveLength(1);
  expect(runnable.filter((code) => code.includes("from 'redis'"))).toHaveLength(1);
});

it.each(runnable.map((code, index) => [index, code] as const))('scaling sample %i runs and prints what its comments say', async (index, code) => {
  const dir = join('test', '.doc-samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-scaling-${index}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  await import(pathToFileURL(join(process.cwd(), file)).href);
  // Each `console.log(...); // what it prints` line of the sample, in order (spaces aside; a line may say only its end).
  const expected = [...code.matchAll(/console\.log\(.*\/\/ (.+)$/gm)].map((m) => m[1]!.replace(/\s+/g, ''));
  expect(printed).toHaveLength(expected.length);
  printed.forEach((line, i) => expect(line.replace(/\s+/g, '').endsWith(expected[i]!), `${line} / ${expected[i]}`).toBe(true));
});
