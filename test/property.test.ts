import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ParameterError, type Wechatpay } from 'wechatpay-chain';
import type { FakeServer, FakeWechatpay } from 'wechatpay-chain/testing';
import { createNode, type Send } from '../lib/chain/node.js';
import { buildRequest } from '../lib/request/builder.js';
import { segmentOf } from '../lib/chain/segments.js';
import { clientFor, createFake } from './support/world.js';

// Properties over random inputs: path values stay in their segment and what is signed is what is
// sent (the fake checks the signature against the URL it received); every catalog path is reached
// by any mix of the three access styles.

const TEMPLATE = 'v3/property/{first}/items/{second}';
let fake: FakeWechatpay;
let server: FakeServer;
let wxpay: Wechatpay;
/** Every canonical message the client signed, through the `signer` hook. */
const signed: string[] = [];

beforeAll(async () => {
  fake = createFake();
  fake.on('GET', TEMPLATE, ({ params, query }) => ({ params, query: Object.fromEntries(query) }));
  fake.on('POST', TEMPLATE, ({ params, json }) => ({ params, json }));
  server = await fake.listen();
  const { privateKey } = fake.clientConfig();
  wxpay = clientFor(fake, {
    server,
    signer: (message) => {
      signed.push(message);
      return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
    },
  });
});
afterAll(() => server.close());

/** Strings with the characters that could move a value out of its segment, among any others. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('/', '.', '?', '#', '%', '&', '=', '+', ' ', '\r', '\n', '\\', ';', '@', ':', '中', 'é', '😀', '\uD800', '\uDC00', '2', 'e', 'F'), minLength: 1, maxLength: 10 }),
  fc.constantFrom('..', '.', '%2e%2e', '%2F', '../../v3/refund', '?mchid=1', '#x', 'a\r\nX-Injected: 1'),
);

/** Values the client must refuse before anything is signed: empty, dot segments, lone surrogates (not encodable). */
function refused(value: string): boolean {
  return value === '' || value === '.' || value === '..' || /\p{Cs}/u.test(value);
}

describe('path values', () => {
  test('never leave their segment, and the signed URL is the URL sent', async () => {
    await fc.assert(
      fc.asyncProperty(tricky, tricky, fc.boolean(), async (first, second, post) => {
        const before = fake.requests.length;
        const call = wxpay.chain(TEMPLATE)[post ? 'post' : 'get']({ first, second, ...(post ? { json: { first } } : { query: { second } }) });
        if (refused(first) || refused(second)) {
          const error = await call.then(() => undefined, (e: unknown) => e);
          expect(ParameterError.is(error)).toBe(true);
          expect(fake.requests.length).toBe(before);
          return;
        }
        const response = await call;
        const received = fake.requests.at(-1)!;
        expect(fake.requests.length).toBe(before + 1);
        expect(received.verified).toBe(true);
        // The second line of the signed message is the path and query as signed; the fake recorded them as received.
        expect(signed.at(-1)!.split('\n')[1]).toBe(received.url);
        const path = received.url.split('?')[0]!;
        const segments = path.replace(/\/$/, '').split('/');
        expect(segments).toHaveLength(6);
        expect([segments[1], segments[2], segments[4]]).toEqual(['v3', 'property', 'items']);
        expect(segments.map((s) => decodeURIComponent(s))).toEqual(['', 'v3', 'property', first, 'items', second]);
        const data = response.data as { params: Record<string, string>; query?: Record<string, string>; json?: unknown };
        expect(data.params).toEqual({ first, second });
        if (post) expect(data.json).toEqual({ first });
        else expect(data.query).toEqual({ second });
      }),
      { numRuns: 300 },
    );
  });

  test('lone surrogates are a ParameterError naming the value, not a URIError', async () => {
    const error = await wxpay.chain(TEMPLATE).get({ first: 'a\uD800', second: 'b' }).then(() => undefined, (e: unknown) => e);
    expect(ParameterError.is(error) && error.parameter).toBe('first');
    const inQuery = await wxpay.chain(TEMPLATE).get({ first: 'a', second: 'b', query: { q: '\uDC00' } }).then(() => undefined, (e: unknown) => e);
    expect(ParameterError.is(inQuery) && inQuery.parameter).toBe('query.q');
  });
});

// ---- segment normalization against the catalog ----

/** Every documented path, read from the generated catalog (one `"path": Open<…Node>` line each in `WechatpayPaths`). */
function catalogPaths(): string[] {
  const text = readFileSync(new URL('../types/generated/index.ts', import.meta.url), 'utf8');
  const paths = new Set<string>();
  for (const match of text.matchAll(/^ {4}"([^"]+)": Open</gm)) paths.add(match[1]!);
  return [...paths].sort();
}

/** The chain-style property for a segment, when one reaches it (the inverse of `segmentOf`). */
function propertyFor(segment: string): string | undefined {
  const placeholder = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
  const property = placeholder ? `_${placeholder[1]}_` : segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (['then', 'chain', 'getAsync', 'postAsync', 'putAsync', 'patchAsync', 'deleteAsync'].includes(property)) return undefined;
  return segmentOf(property) === segment ? property : undefined;
}

type Step = { kind: 'property'; name: string } | { kind: 'bracket'; text: string } | { kind: 'chain'; text: string };

/** Cut a path into pieces and reach each by a property chain, a bracket string or chain(). */
function stepsFor(path: string, cuts: number[], styles: number[]): Step[] {
  const segments = path.replace(/\/$/, '').split('/');
  const bounds = [...new Set(cuts.map((c) => 1 + (c % segments.length)))].filter((b) => b < segments.length).sort((a, b) => a - b);
  const pieces: string[][] = [];
  let start = 0;
  for (const end of [...bounds, segments.length]) {
    pieces.push(segments.slice(start, end));
    start = end;
  }
  return pieces.flatMap((piece, index): Step[] => {
    const text = piece.join('/');
    const style = styles[index % styles.length]! % 3;
    const properties = piece.map(propertyFor);
    if (style === 0 && properties.every((p) => p !== undefined)) return properties.map((name) => ({ kind: 'property', name: name! }));
    // A bracket string of one plain segment is a chain segment (camelCase applies); it stays literal
    // only when it holds a `/` or `{`, or when segmentOf leaves it as it is.
    if (style === 1 && (text.includes('/') || text.includes('{') || segmentOf(text) === text)) return [{ kind: 'bracket', text }];
    return [{ kind: 'chain', text }];
  });
}

describe('segment normalization', () => {
  const paths = catalogPaths();
  const seen: { method: string; template: string }[] = [];
  const send = ((method: string, template: string) => seen.push({ method, template })) as unknown as Send;

  test('the catalog is there to test against', () => {
    expect(paths.length).toBeGreaterThan(500);
  });

  test('every catalog path is reached by any mix of chain, bracket and chain() styles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (path, cuts, styles) => {
        let node = createNode(send, '', '') as Record<string, unknown> & { chain(path: string): unknown };
        // A documented trailing slash (v3/applyment4sub/applyment/) is added by a final chain('/').
        const steps = [...stepsFor(path, cuts, styles), ...(path.endsWith('/') ? [{ kind: 'chain', text: '/' } as Step] : [])];
        for (const step of steps) {
          node = (step.kind === 'chain' ? node.chain(step.text) : node[step.kind === 'property' ? step.name : step.text]) as typeof node;
        }
        seen.length = 0;
        (node.get as (options?: unknown) => unknown)({});
        expect(seen).toEqual([{ method: 'GET', template: path }]);
      }),
      { numRuns: 2000 },
    );
  });

  test('segmentOf and its inverse round-trip on every catalog segment a property can reach', () => {
    let reachable = 0;
    for (const path of paths) {
      for (const segment of path.split('/')) {
        const property = propertyFor(segment);
        if (property === undefined) continue;
        reachable++;
        expect(segmentOf(property)).toBe(segment);
      }
    }
    expect(reachable).toBeGreaterThan(paths.length);
  });
});

describe('built URLs', () => {
  const BASES = ['https://api.mch.weixin.qq.com/', 'http://127.0.0.1:8080/', 'https://[::1]/prefix/', 'http://localhost:81/a/b/'];
  const literal = fc.oneof(
    fc.string({ unit: fc.constantFrom('/', '.', '%', '?', '2', 'e', 'E', 'a', 'F', '-', '_', '~', '!', '$', '&', '(', ')', '*', '+', ',', ';', '=', ':', '@', ' ', '\\', "'", '"', '<', '>', '`', '|', '^', '[', ']', 'é', '中'), minLength: 1, maxLength: 16 }),
    fc.constantFrom('v3/a/./b', 'v3/%2e%2E/x', 'v3/.%2e', 'v3/x?a=./..', 'v3/%zz', 'v3/a b', 'v3\\x'),
  );
  const settings = (baseURL: string) => ({ baseURL, userAgent: 'test', retry: undefined, timeout: 0 });

  test('the URL built is the WHATWG serialization of base + path, and the signed path is its path and query', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), literal, (base, path) => {
        let built;
        try {
          built = buildRequest('GET', path, undefined, settings(base));
        } catch (error) {
          // Refused before anything is sent: a path that leaves the base URL.
          expect(ParameterError.is(error)).toBe(true);
          expect(new URL(base + path).href.startsWith(base)).toBe(false);
          return;
        }
        const url = new URL(base + path);
        expect(built.url).toBe(url.href);
        expect(built.pathAndQuery).toBe(url.pathname + url.search);
        expect(built.url).toBe(base + built.relative);
      }),
      { numRuns: 3000 },
    );
  });
});
