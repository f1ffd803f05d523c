import { AxiosHeaders } from 'axios';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { concatPlain, setHeader } from '../lib/headers.js';

// The header writes that skip AxiosHeaders' set() must leave exactly what set() leaves: the same
// names in the same order and spelling, the same values, on any input (the fallbacks included).

const names = fc.constantFrom('Accept', 'accept', 'ACCEPT', 'Content-Type', 'content-type', 'X-A', 'x-a', ' X-A', 'X A', '__proto__', 'Authorization', 'authorization');
const values = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '\t', '\x01', '\x7f', '\x1f', 'é', '中', '=', '"', ','), maxLength: 8 }),
  fc.constantFrom('application/json', '', ' padded ', 'WECHATPAY2-SHA256-RSA2048 mchid="1",nonce_str="n"'),
);
const value = fc.oneof(values, fc.constantFrom(undefined, null, false, 0, true));
const record = fc.dictionary(names, value, { maxKeys: 5 });

/** What a header set holds, in order: name and value (not `toJSON()`, which drops `false`). */
function contents(headers: AxiosHeaders): [string, unknown][] {
  return Object.keys(headers).map((name) => [name, (headers as unknown as Record<string, unknown>)[name]]);
}

describe('concatPlain', () => {
  test('gives what AxiosHeaders.concat gives, or leaves it to concat', () => {
    fc.assert(
      fc.property(record, record, fc.option(record, { nil: undefined }), (first, second, third) => {
        const expected = AxiosHeaders.concat(first as never, second as never, third as never);
        const fast = concatPlain(first, second, third);
        if (fast !== undefined) expect(contents(fast)).toEqual(contents(expected));
      }),
      { numRuns: 3000 },
    );
  });

  test('takes the fast path for the headers the client sends', () => {
    const merged = concatPlain({ Accept: 'application/json, text/plain, */*' }, {}, { Accept: 'application/json', 'User-Agent': 'wechatpay-chain/1.0 (node 20)', 'Content-Type': 'application/json', 'Idempotency-Key': 'K1' });
    expect(merged && contents(merged)).toEqual([
      ['Accept', 'application/json'],
      ['User-Agent', 'wechatpay-chain/1.0 (node 20)'],
      ['Content-Type', 'application/json'],
      ['Idempotency-Key', 'K1'],
    ]);
    expect(concatPlain({ 'X-A': ' padded' })).toBeUndefined();
    expect(concatPlain(new Map([['X-A', '1']]) as never)).toBeUndefined();
  });
});

describe('setHeader', () => {
  test('does what set() does, with and without rewriting a present header', () => {
    fc.assert(
      fc.property(record, names, values, fc.boolean(), (start, name, text, onlyIfAbsent) => {
        const expected = new AxiosHeaders(start as never);
        expected.set(name, text, onlyIfAbsent ? false : undefined);
        const actual = new AxiosHeaders(start as never);
        setHeader(actual, name, text, onlyIfAbsent);
        expect(contents(actual)).toEqual(contents(expected));
      }),
      { numRuns: 3000 },
    );
  });
});
