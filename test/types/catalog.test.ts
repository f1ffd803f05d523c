// Type tests of the generated catalog. `npm test` type-checks this file (tsc -p .) before vitest runs
// it: an `expectTypeOf` that does not hold, or a `@ts-expect-error` with no error under it, fails the run.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ParameterError, type LooseNode, type Open, type WechatpayOperations, type WechatpayPaths, type WechatpayResponse } from 'wechatpay-chain';
import type {
  GetV3BilldownloadFileOptions, GetV3CertificatesData, GetV3CertificatesOptions, PostV3MerchantMediaUploadData, PostV3MerchantMediaUploadOptions, V3PayNode, V3PayPartnerNode, V3PayTransactionsNode,
} from '../../types/generated/index.js';
import { FakeWechatpay } from 'wechatpay-chain/testing';
import { caught } from '../support/secrets.js';
import { clientFor, createFake, mswWorld } from '../support/world.js';

const PASSWORD_EXEMPT = 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate';
const INSURANCE = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';
type PasswordExempt = WechatpayOperations[typeof PASSWORD_EXEMPT]['post'];
type Insurance = WechatpayOperations[typeof INSURANCE]['post'];

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

function answering(template: string, reply: object) {
  const fake = createFake();
  fake.on('POST', template, () => reply);
  world.use(fake);
  return { fake, wxpay: clientFor(fake) };
}

describe('the seed operations have one request and one response type in all three styles', () => {
  it('password-exempt contract termination (service_id documented as a number)', async () => {
    const reply = { mchid: '1900000109', service_id: 12535, out_contract_code: 'wxwtdk20200910100000' };
    const { fake, wxpay } = answering(PASSWORD_EXEMPT, reply);
    const chained = wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate;
    expectTypeOf(chained).toEqualTypeOf(wxpay.chain(PASSWORD_EXEMPT));
    expectTypeOf(chained).toEqualTypeOf(wxpay[PASSWORD_EXEMPT]);
    expectTypeOf(wxpay.v3.passwordExemptContract.contracts.serviceId.$service_id$).toEqualTypeOf(wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_);

    expectTypeOf<PasswordExempt['options']['service_id']>().toEqualTypeOf<string | number>();
    expectTypeOf<PasswordExempt['options']['out_contract_code']>().toEqualTypeOf<string>();
    expectTypeOf<PasswordExempt['options']['json']>().toEqualTypeOf<{ contract_termination_remark: string }>();
    expectTypeOf<PasswordExempt['data']>().toEqualTypeOf<{ mchid: string; service_id: number; out_contract_code: string }>();

    const json = { contract_termination_remark: '用户解约' };
    const responses = [
      await chained.post({ service_id: 12535, out_contract_code: 'wxwtdk20200910100000', json }),
      await wxpay.chain(PASSWORD_EXEMPT).postAsync({ service_id: '12535', out_contract_code: 'wxwtdk20200910100000', json }),
      await wxpay[PASSWORD_EXEMPT].post({ service_id: 12535, out_contract_code: 'wxwtdk20200910100000', json }),
    ];
    expectTypeOf(responses[0]!).toEqualTypeOf<WechatpayResponse<PasswordExempt['data']>>();
    for (const response of responses) expect(response.data).toEqual(reply);
    expect(fake.requests.map((r) => r.url)).toEqual(Array(3).fill('/v3/password-exempt-contract/contracts/service-id/12535/out-contract-code/wxwtdk20200910100000/terminate'));
  });

  it('insurance contract termination (plan_id documented as a number, nested response)', async () => {
    const reply = {
      mchid: '1900000109', contract_id: '123124412412423431', appid: 'wxd678efh567hg6787', plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', contract_state: 'TERMINATED',
      openid: 'o-MYE42l80oelYMDE34nYD456Xoy', contract_terminate_info: { contract_termination_mode: 'MCH_API_TERMINATE', contract_terminated_time: '2020-10-10T13:29:35+08:00', contract_termination_remark: '用户解约' },
    };
    const { wxpay } = answering(INSURANCE, reply);
    const chained = wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate;
    expectTypeOf(chained).toEqualTypeOf(wxpay.chain(INSURANCE));
    expectTypeOf(chained).toEqualTypeOf(wxpay[INSURANCE]);
    expectTypeOf<Insurance['options']['plan_id']>().toEqualTypeOf<string | number>();
    expectTypeOf<Insurance['options']['json']>().toEqualTypeOf<{ contract_termination_remark: string }>();

    const options = { plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } };
    const styles = [await chained.post(options), await wxpay.chain(INSURANCE).post(options), await wxpay[INSURANCE].postAsync(options)];
    for (const { data } of styles) {
      expectTypeOf(data).toEqualTypeOf<Insurance['data']>();
      expectTypeOf(data.plan_id).toEqualTypeOf<number>();
      expectTypeOf(data.contract_terminate_info).toExtend<{ contract_termination_remark?: string } | undefined>();
      expect(data.contract_terminate_info?.contract_termination_remark).toBe('用户解约');
    }
  });
});

describe('wrong calls do not compile', () => {
  it('a misspelled path value name (also refused at run time, before sending)', async () => {
    const { fake, wxpay } = answering(PASSWORD_EXEMPT, {});
    const options = { servce_id: 12535, out_contract_code: 'c', json: { contract_termination_remark: 'r' } };
    // @ts-expect-error -- `servce_id` is not a placeholder of the path, and `service_id` is missing.
    const error = await caught(wxpay.chain(PASSWORD_EXEMPT).post(options));
    expect(ParameterError.is(error)).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });

  it('a missing required json field, a wrong enum literal, a wrong verb (compile-time only)', () => {
    const { wxpay } = answering(PASSWORD_EXEMPT, {});
    // Never called: these lines exist for tsc, which fails when an expected error is absent.
    const wrongCalls = [
      // @ts-expect-error -- `contract_termination_remark` is required in the body.
      () => wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate.post({ service_id: 1, out_contract_code: 'c', json: {} }),
      // @ts-expect-error -- 'MERCHANT' is not one of MERCHANT_ID, PERSONAL_OPENID, PERSONAL_SUB_OPENID.
      () => wxpay.v3.profitsharing.receivers.add.post({ json: { appid: 'wx8888888888888888', type: 'MERCHANT', account: '86693852', relation_type: 'STORE' } }),
      // @ts-expect-error -- v3/pay/transactions/native is POST only.
      () => wxpay.v3.pay.transactions.native.get(),
      // @ts-expect-error -- the same wrong verb in the bracket style.
      () => wxpay['v3/pay/transactions/native'].getAsync(),
    ];
    expect(wrongCalls).toHaveLength(4);
  });
});

describe('unknown paths stay callable and type-check loosely', () => {
  it('chain(), brackets and property chains the catalog does not know', async () => {
    const fake = createFake();
    fake.on('POST', 'v3/brand-new/orders/{id}', () => ({ ok: true }));
    world.use(fake);
    const wxpay = clientFor(fake);
    const byChain = wxpay.chain('v3/brand-new/orders/{id}');
    expectTypeOf(byChain).toEqualTypeOf<LooseNode>();
    expectTypeOf(wxpay.v3.pay.chain('brand-new/thing')).toEqualTypeOf<LooseNode>();
    // Any other segment of a typed node is a loose node, and so is every segment below it.
    expectTypeOf(wxpay.v3.brandNew).toEqualTypeOf<LooseNode>();
    expectTypeOf(wxpay.v3.brandNew.orders._id_).toEqualTypeOf<LooseNode>();
    const response = await byChain.post({ id: 7, json: { anything: ['goes'] }, query: { any: 1 } });
    expectTypeOf(response.data).toBeUnknown();
    expect(response.data).toEqual({ ok: true });
    const viaProperties = await wxpay.v3.brandNew.orders._id_.post({ id: 8, json: {} });
    expect(viaProperties.data).toEqual({ ok: true });
    expect(fake.requests.map((r) => r.url)).toEqual(['/v3/brand-new/orders/7?any=1', '/v3/brand-new/orders/8']);
  });

  it('chain() below a typed node is typed when the joined path is documented', () => {
    const { wxpay } = answering(PASSWORD_EXEMPT, {});
    expectTypeOf(wxpay.v3.pay.chain('transactions/native')).toEqualTypeOf<WechatpayPaths['v3/pay/transactions/native']>();
    expectTypeOf(wxpay.v3.pay.transactions.native).toEqualTypeOf<WechatpayPaths['v3/pay/transactions/native']>();
  });
});

describe('completion', () => {
  it('offers transactions and partner after wxpay.v3.pay.', () => {
    const { wxpay } = answering(PASSWORD_EXEMPT, {});
    expectTypeOf(wxpay.v3.pay).toEqualTypeOf<Open<V3PayNode>>();
    // The declared members are what an editor lists after the dot.
    expectTypeOf<'transactions' | 'partner'>().toExtend<keyof V3PayNode>();
    expectTypeOf(wxpay.v3.pay.transactions).toEqualTypeOf<Open<V3PayTransactionsNode>>();
    expectTypeOf(wxpay.v3.pay.partner).toEqualTypeOf<Open<V3PayPartnerNode>>();
    expect(String(wxpay.v3.pay.partner)).toBe('[wechatpay-chain v3/pay/partner]');
  });
});

describe('responseType', () => {
  it('a file download is text by default and bytes with arraybuffer', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/billdownload/file', () => FakeWechatpay.reply({ body: 'bill,1\n', headers: { 'content-type': 'text/plain' } }));
    world.use(fake);
    const wxpay = clientFor(fake);
    const bytes = await wxpay.v3.billdownload.file.get({ query: { token: 't' }, responseType: 'arraybuffer' });
    expectTypeOf(bytes.data).toEqualTypeOf<Buffer>();
    const _asText = () => wxpay.v3.billdownload.file.get({ query: { token: 't' } });
    expectTypeOf<Awaited<ReturnType<typeof _asText>>['data']>().toEqualTypeOf<string>();
    expect(bytes.data.toString()).toBe('bill,1\n');
  });

  it('a JSON operation hands back its documented body, so responseType stays json', () => {
    const { wxpay } = answering(PASSWORD_EXEMPT, {});
    const wrong = [
      // @ts-expect-error -- data is the documented object: raw text of a JSON answer needs a loose call.
      () => wxpay.v3.certificates.get({ responseType: 'text' }),
    ];
    expect(wrong).toHaveLength(1);
  });
});

describe('APIv2 operations are typed and sent', () => {
  it('fields under `xml`, the same node with and without the v2/ prefix', async () => {
    const { fake, wxpay } = answering(PASSWORD_EXEMPT, {});
    type Micropay = WechatpayOperations['v2/pay/micropay']['post'];
    expectTypeOf(wxpay.v2.pay.micropay).toEqualTypeOf(wxpay['pay/micropay']);
    expectTypeOf(wxpay.v2.pay.micropay).toEqualTypeOf(wxpay.chain('v2/pay/micropay'));
    expectTypeOf<Micropay['options']['xml']['auth_code']>().toEqualTypeOf<string>();
    // Computed by the client: optional although the description lists them as required.
    expectTypeOf<Micropay['options']['xml']['nonce_str']>().toEqualTypeOf<string | undefined>();
    // XML text: a documented number may be given as a string, and comes back as one.
    expectTypeOf<Micropay['options']['xml']['total_fee']>().toEqualTypeOf<number | string>();
    expectTypeOf<Micropay['data']['total_fee']>().toEqualTypeOf<string>();
    expectTypeOf<Micropay['data']['return_code']>().toExtend<string>();
    const xml = { appid: 'wx8888888888888888', mch_id: '1900000109', body: 'b', out_trade_no: 'o', total_fee: 1, spbill_create_ip: '127.0.0.1', auth_code: '134' };
    // POST /pay/micropay, signed with the APIv2 key, answered signed by the fake.
    const { data } = await wxpay.v2.pay.micropay.post({ xml });
    expect(data.return_code).toBe('SUCCESS');
    expect(fake.requests.map((r) => [r.url, r.verified])).toEqual([['/pay/micropay', true]]);
  });
});

describe('WechatpayOperations, read off the verbs of WechatpayPaths', () => {
  it('gives each verb its named options and data, and lists only the documented verbs', () => {
    expectTypeOf<keyof WechatpayOperations['v3/webizpay/avail-mch-ranges']>().toEqualTypeOf<'get' | 'post'>();
    // An OptionalVerb: the options without the `undefined` of `options?`.
    expectTypeOf<WechatpayOperations['v3/certificates']['get']>().toEqualTypeOf<{ options: GetV3CertificatesOptions; data: GetV3CertificatesData }>();
    // A download: its text, as the verb answers without `responseType: 'arraybuffer'`.
    expectTypeOf<WechatpayOperations['v3/billdownload/file']['get']>().toEqualTypeOf<{ options: GetV3BilldownloadFileOptions; data: string }>();
    // An upload: `file` or `body: FormData`, the union of both options.
    expectTypeOf<WechatpayOperations['v3/merchant/media/upload']['post']>().toEqualTypeOf<{ options: PostV3MerchantMediaUploadOptions; data: PostV3MerchantMediaUploadData }>();
  });
});
