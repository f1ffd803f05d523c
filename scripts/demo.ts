/**
 * `npm run demo`: a fake WeChat Pay on 127.0.0.1 with freshly generated keys, and the two seed
 * operations of the reference pages in all six call styles. Every request is signed by the client and
 * checked by the fake; every response is signed by the fake and verified by the client.
 */
import { Wechatpay, type WechatpayResponse } from '../lib/index.js';
import { startFakeWechatpay } from '../lib/testing/index.js';

const { fake, server } = await startFakeWechatpay();

const PASSWORD_EXEMPT = 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate';
const INSURANCE = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';

fake.on('POST', PASSWORD_EXEMPT, ({ params }) => ({
  mchid: fake.merchant.mchid,
  service_id: Number(params.service_id),
  out_contract_code: params.out_contract_code,
}));
fake.on('POST', INSURANCE, ({ params, json }) => ({
  mchid: fake.merchant.mchid,
  contract_id: '123124412412423431',
  appid: 'wxd678efh567hg6787',
  plan_id: Number(params.plan_id),
  out_contract_code: params.out_contract_code,
  contract_state: 'TERMINATED',
  contract_terminate_info: {
    contract_termination_mode: 'MCH_API_TERMINATE',
    contract_terminated_time: new Date().toISOString(),
    contract_termination_remark: (json as { contract_termination_remark?: string }).contract_termination_remark,
  },
  openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
}));

const wxpay = new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL });

const passwordExempt = { service_id: '12535', out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } };
const insurance = { plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } };

type Call = [style: string, send: () => Promise<WechatpayResponse>];
const calls: Call[] = [
  ['异步纯链式 chain, …Async', () => wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate.postAsync(passwordExempt)],
  ['异步声明式 chain(), …Async', () => wxpay.chain(PASSWORD_EXEMPT).postAsync(passwordExempt)],
  ['异步属性式 [\'…\'], …Async', () => wxpay[PASSWORD_EXEMPT]!.postAsync(passwordExempt)],
  ['同步纯链式 chain, await', () => wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate.post(passwordExempt)],
  ['同步声明式 chain(), await', () => wxpay.chain(PASSWORD_EXEMPT).post(passwordExempt)],
  ['同步属性式 [\'…\'], await', () => wxpay[PASSWORD_EXEMPT]!.post(passwordExempt)],
  ['异步纯链式 chain, …Async', () => wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.postAsync(insurance)],
  ['异步声明式 chain(), …Async', () => wxpay.chain(INSURANCE).postAsync(insurance)],
  ['异步属性式 [\'…\'], …Async', () => wxpay[INSURANCE]!.postAsync(insurance)],
  ['同步纯链式 chain, await', () => wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post(insurance)],
  ['同步声明式 chain(), await', () => wxpay.chain(INSURANCE).post(insurance)],
  ['同步属性式 [\'…\'], await', () => wxpay[INSURANCE]!.post(insurance)],
];

console.log(`fake WeChat Pay on ${server.baseURL} (merchant ${fake.merchant.mchid}, platform key ${fake.platform.serial})\n`);
let failures = 0;
for (const [index, [style, send]] of calls.entries()) {
  try {
    const response = await send();
    const received = fake.requests.at(-1)!;
    console.log(`${String(index + 1).padStart(2)}. ${style}`);
    console.log(`    → ${received.method} ${received.url}  (request signature ${received.verified ? 'verified by the fake' : 'REJECTED by the fake'})`);
    console.log(`    ← ${response.status} verified (Wechatpay-Serial ${response.headers['wechatpay-serial']}) ${JSON.stringify(response.data)}`);
  } catch (error) {
    failures++;
    console.log(`${String(index + 1).padStart(2)}. ${style}\n    ✗ ${(error as Error).message}`);
  }
}
await server.close();
console.log(`\n${calls.length - failures} of ${calls.length} calls signed, sent and verified.`);
process.exitCode = failures ? 1 : 0;
