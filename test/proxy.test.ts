import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Wechatpay, type LooseNode, type LooseVerb } from 'wechatpay-chain';
import { clientFor, createFake, mswWorld } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

/** A client whose fake echoes the method and path of every request. */
function echoing() {
  const fake = createFake();
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    fake.on(method, '{+path}', ({ url }) => ({ method, url }));
  }
  world.use(fake);
  return { fake, wxpay: clientFor(fake) };
}

describe('segment rules', () => {
  it.each([
    [(w: Wechatpay) => w.v3.pay.transactions.native, 'v3/pay/transactions/native'],
    [(w: Wechatpay) => w.v3.applyment4sub.applyment, 'v3/applyment4sub/applyment'],
    [(w: Wechatpay) => w.v3.PascalCase, 'v3/pascal-case'],
    [(w: Wechatpay) => w.v3.papay.insuranceSign, 'v3/papay/insurance-sign'],
    [(w: Wechatpay) => w.v3.x._plan_id_.$out_code$, 'v3/x/{plan_id}/{out_code}'],
    [(w: Wechatpay) => w.v3.papay.insuranceSign.policy_periods, 'v3/papay/insurance-sign/policy_periods'],
    [(w: Wechatpay) => w.v3.pay.chain('transactions/native'), 'v3/pay/transactions/native'],
    [(w: Wechatpay) => w.v3['pay/transactions'].native, 'v3/pay/transactions/native'],
    [(w: Wechatpay) => w.chain('/secapi/mch/addInstitutionsub'), 'secapi/mch/addInstitutionsub'],
    [(w: Wechatpay) => w.v3.marketing.chain('favor'), 'v3/marketing/favor'],
    [(w: Wechatpay) => w['v3/pay'].chain('partner').transactions, 'v3/pay/partner/transactions'],
    // Documented paths that end in a slash keep it: POST v3/applyment4sub/applyment/.
    [(w: Wechatpay) => w['v3/applyment4sub/applyment/'], 'v3/applyment4sub/applyment/'],
    [(w: Wechatpay) => w.chain('v3/applyment4sub/applyment//'), 'v3/applyment4sub/applyment/'],
    [(w: Wechatpay) => w.v3.applyment4sub.applyment.chain('/'), 'v3/applyment4sub/applyment/'],
    [(w: Wechatpay) => w.chain('v3/ecommerce/applyments/').chain('x'), 'v3/ecommerce/applyments/x'],
    [(w: Wechatpay) => w.chain('/'), '(root)'],
  ])('%#: %s', (build, path) => {
    expect(inspect(build(echoing().wxpay))).toBe(`[wechatpay-chain ${path}]`);
  });

  it('verbs are also segments: receivers.delete.post() posts to …/receivers/delete', async () => {
    const { wxpay } = echoing();
    // @ts-expect-error -- an empty body: the catalog wants the receiver's fields.
    await expect(wxpay.v3.profitsharing.receivers.delete.post({ json: {} })).resolves.toMatchObject({ data: { method: 'POST', url: '/v3/profitsharing/receivers/delete' } });
    // @ts-expect-error -- DELETE /v3/profitsharing/receivers is not documented, so the catalog has no such verb.
    await expect(wxpay.v3.profitsharing.receivers.delete()).resolves.toMatchObject({ data: { method: 'DELETE', url: '/v3/profitsharing/receivers' } });
    await expect(wxpay.v3.a.get.b.get()).resolves.toMatchObject({ data: { method: 'GET', url: '/v3/a/get/b' } });
  });

  it.each(['get', 'post', 'put', 'patch', 'delete'])('%s and its …Async alias send the same request', async (verb) => {
    const { fake, wxpay } = echoing();
    const node = wxpay.v3.thing._id_;
    const options = verb === 'get' ? { id: 7 } : { id: 7, json: { a: 1 } };
    const send = (name: string) => (node as unknown as Record<string, LooseVerb>)[name]!(options);
    const [a, b] = [await send(verb), await send(`${verb}Async`)];
    expect(a.data).toEqual(b.data);
    expect(fake.requests.map((r) => [r.method, r.url, r.body.toString()])).toEqual([
      [verb.toUpperCase(), '/v3/thing/7', verb === 'get' ? '' : '{"a":1}'],
      [verb.toUpperCase(), '/v3/thing/7', verb === 'get' ? '' : '{"a":1}'],
    ]);
  });

  it('constructor, toString, valueOf and __proto__ below the root are segments', async () => {
    const { wxpay } = echoing();
    // TypeScript types these names as Object's members; at run time they are segments like any other.
    const v3 = wxpay.v3 as unknown as Record<'constructor' | 'toString' | 'valueOf', LooseNode>;
    await expect(v3.constructor.x!.get()).resolves.toMatchObject({ data: { url: '/v3/constructor/x' } });
    await expect(v3.toString.get()).resolves.toMatchObject({ data: { url: '/v3/to-string' } });
    await expect(v3.valueOf.get()).resolves.toMatchObject({ data: { url: '/v3/value-of' } });
    // `__proto__` is `_name_` around `_proto_`: a placeholder like any other, never the prototype.
    expect(inspect(wxpay.v3['__proto__'])).toBe('[wechatpay-chain v3/{_proto_}]');
  });
});

describe('nodes are not promises, and print a short debug form', () => {
  it('await and Promise.resolve return the node itself without sending anything', async () => {
    const { fake, wxpay } = echoing();
    const node = wxpay.v3.pay;
    expect((node as { then?: unknown }).then).toBeUndefined();
    expect(inspect(await node)).toBe('[wechatpay-chain v3/pay]');
    expect(inspect(await Promise.resolve(wxpay.v3.pay.transactions))).toBe('[wechatpay-chain v3/pay/transactions]');
    expect(inspect(await wxpay)).toMatch(/^Wechatpay \{ mchid: '1900000109'/);
    expect(fake.requests).toHaveLength(0);
  });

  it('String(), template literals, JSON.stringify and util.inspect', () => {
    const { wxpay } = echoing();
    expect(String(wxpay.v3.pay)).toBe('[wechatpay-chain v3/pay]');
    expect(`${wxpay.v3.pay.transactions}`).toBe('[wechatpay-chain v3/pay/transactions]');
    expect(JSON.stringify({ node: wxpay.v3.pay })).toBe('{"node":"[wechatpay-chain v3/pay]"}');
    expect(inspect(wxpay.v3['pay/transactions/id/{transaction_id}'])).toBe('[wechatpay-chain v3/pay/transactions/id/{transaction_id}]');
    expect(wxpay.v3.pay.toString()).toBe('[wechatpay-chain v3/pay]');
    expect(JSON.parse(JSON.stringify(wxpay))).toEqual({ mchid: '1900000109', serial: expect.stringMatching(/^[0-9A-F]{40}$/), baseURL: 'https://api.mch.weixin.qq.com/' });
  });

  it('symbols are not segments', () => {
    const { wxpay } = echoing();
    expect((wxpay.v3 as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect((wxpay.v3 as unknown as Record<symbol, unknown>)[Symbol.toPrimitive]).toBeUndefined();
  });

  it('the client is still an instance of Wechatpay, and nodes refuse writes', () => {
    const { wxpay } = echoing();
    expect(wxpay).toBeInstanceOf(Wechatpay);
    expect(() => {
      (wxpay.v3 as unknown as Record<string, unknown>).x = 1;
    }).toThrow(TypeError);
  });
});

describe('memory', () => {
  it('200,000 distinct bracket paths leave the heap where it was after GC', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { wxpay } = echoing();
    const touch = (from: number) => {
      for (let i = from; i < from + 100_000; i++) {
        // Each path carries a distinct order number, as real bracket calls do.
        const node = wxpay[`v3/pay/transactions/out-trade-no/ORDER${i}`]!.chain('close');
        if (typeof node !== 'function') throw new Error('not a node');
      }
    };
    touch(0); // warm up: code, inline caches, template cache at its bound
    gc();
    const before = process.memoryUsage().heapUsed;
    touch(100_000);
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    expect(growth).toBeLessThan(3 * 1024 * 1024);
  });
});
