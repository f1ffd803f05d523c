// Declaration merging, as docs/catalog.md shows it: add an operation the catalog does not have yet,
// reach it by a property chain, and refine a documented response with a field WeChat Pay added.
import { afterAll, beforeAll, expect, expectTypeOf, it } from 'vitest';
import type { Open, OperationNode, Verb, WechatpayOperations } from 'wechatpay-chain';
import { clientFor, createFake, mswWorld } from '../support/world.js';

/** Options of the hand-added operation: its path value and JSON body. */
interface MyOrderOptions {
  id: string | number;
  json: { sku: string };
}
interface MyOrder {
  order_id: string;
}
type MyOrdersNode = OperationNode<{ post: Verb<MyOrderOptions, MyOrder> }>;
interface MyProductNode {
  orders: { _id_: MyOrdersNode };
}

declare module 'wechatpay-chain' {
  interface WechatpayPaths {
    'v3/my-product/orders/{id}': MyOrdersNode;
  }
  interface V3Node {
    myProduct: Open<MyProductNode>;
  }
  interface GetV3CertificatesData {
    /** A field the descriptions do not have yet. */
    refined_field?: string;
  }
}

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

it('an added operation is typed in the bracket, chain() and property styles', async () => {
  const fake = createFake();
  fake.on('POST', 'v3/my-product/orders/{id}', () => ({ order_id: 'o1' }));
  world.use(fake);
  const wxpay = clientFor(fake);
  const responses = [
    await wxpay['v3/my-product/orders/{id}'].post({ id: 1, json: { sku: 'a' } }),
    await wxpay.chain('v3/my-product/orders/{id}').postAsync({ id: 2, json: { sku: 'b' } }),
    await wxpay.v3.myProduct.orders._id_.post({ id: 3, json: { sku: 'c' } }),
  ];
  for (const { data } of responses) {
    expectTypeOf(data).toEqualTypeOf<MyOrder>();
    expect(data).toEqual({ order_id: 'o1' });
  }
  // @ts-expect-error -- the added operation is typed: `sku` is required.
  const wrong = () => wxpay['v3/my-product/orders/{id}'].post({ id: 1, json: {} });
  expect(typeof wrong).toBe('function');
  expect(fake.requests.map((r) => r.url)).toEqual(['/v3/my-product/orders/1', '/v3/my-product/orders/2', '/v3/my-product/orders/3']);
});

it('a documented response refined with a merged field', () => {
  expectTypeOf<WechatpayOperations['v3/certificates']['get']['data']['refined_field']>().toEqualTypeOf<string | undefined>();
});
