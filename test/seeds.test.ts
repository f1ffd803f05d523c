import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createFake, mswWorld } from './support/world.js';

// The two operations of the reference pages (../shared/seeds), each in the six styles they show:
// chain, chain('…') and ['…'] access, each awaited directly and through the …Async alias.
const SEEDS = [
  {
    name: 'password-exempt contract termination',
    template: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
    options: { service_id: '12535', out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } },
    reply: { mchid: '1900000109', service_id: 12535, out_contract_code: 'wxwtdk20200910100000' },
    styles: {
      chain: (w: ReturnType<typeof clientFor>, o: never) => w.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate.post(o),
      chainAsync: (w: ReturnType<typeof clientFor>, o: never) => w.v3.passwordExemptContract.contracts.serviceId.$service_id$.outContractCode.$out_contract_code$.terminate.postAsync(o),
    },
  },
  {
    name: 'insurance contract termination',
    template: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    options: { plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } },
    reply: {
      mchid: '1900000109', contract_id: '123124412412423431', appid: 'wxd678efh567hg6787', plan_id: 12535,
      out_contract_code: 'wxwtdk20200910100000', contract_state: 'TERMINATED', openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
      contract_terminate_info: { contract_termination_mode: 'MCH_API_TERMINATE', contract_terminated_time: '2020-10-10T13:29:35+08:00', contract_termination_remark: '用户解约' },
    },
    styles: {
      chain: (w: ReturnType<typeof clientFor>, o: never) => w.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post(o),
      chainAsync: (w: ReturnType<typeof clientFor>, o: never) => w.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.postAsync(o),
    },
  },
] as const;

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

describe.each(SEEDS)('seed: $name', (seed) => {
  it('sends byte-identical, verified requests in all six styles and returns the verified body', async () => {
    const fake = createFake();
    fake.on('POST', seed.template, () => seed.reply);
    world.use(fake);
    const wxpay = clientFor(fake);
    // The seeds' options differ; test/types/catalog.test-d.ts checks each against its operation.
    const options = seed.options as never;

    const responses = [
      await seed.styles.chain(wxpay, options),
      await seed.styles.chainAsync(wxpay, options),
      await wxpay.chain(seed.template).post(options),
      await wxpay.chain(seed.template).postAsync(options),
      await wxpay[seed.template]!.post(options),
      await wxpay[seed.template]!.postAsync(options),
    ];

    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.data).toEqual(seed.reply);
    }
    expect(fake.requests).toHaveLength(6);
    const wire = fake.requests.map((request) => {
      expect(request.verified).toBe(true);
      const { authorization, ...headers } = request.headers;
      // Everything but the per-request nonce, timestamp and signature must be identical.
      const stable = authorization!.replace(/(nonce_str|timestamp|signature)="[^"]*"/g, '$1=""');
      const stableHeaders: Record<string, string> = { ...headers, authorization: stable };
      return { method: request.method, url: request.url, body: request.body.toString('hex'), headers: stableHeaders };
    });
    for (const other of wire.slice(1)) expect(other).toEqual(wire[0]);
    expect(wire[0]!.method).toBe('POST');
    expect(wire[0]!.url).toBe('/' + seed.template.replace('{service_id}', '12535').replace('{plan_id}', '12535').replace('{out_contract_code}', 'wxwtdk20200910100000'));
    expect(Buffer.from(wire[0]!.body, 'hex').toString()).toBe('{"contract_termination_remark":"用户解约"}');
    expect(wire[0]!.headers['content-type']).toBe('application/json');
    expect(wire[0]!.headers.authorization).toMatch(
      new RegExp(`^WECHATPAY2-SHA256-RSA2048 mchid="${fake.merchant.mchid}",nonce_str="",signature="",timestamp="",serial_no="${fake.merchant.serial}"$`),
    );
  });
});

it('signs exactly what the fake received: nonce and timestamp fresh for every request', async () => {
  const fake = createFake();
  fake.on('POST', SEEDS[1].template, () => SEEDS[1].reply);
  world.use(fake);
  const wxpay = clientFor(fake);
  await wxpay.chain(SEEDS[1].template).post(SEEDS[1].options);
  await wxpay.chain(SEEDS[1].template).post(SEEDS[1].options);
  const [a, b] = fake.requests.map((r) => Object.fromEntries([...r.headers.authorization!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])));
  expect(a!.nonce_str).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(a!.nonce_str).not.toBe(b!.nonce_str);
  expect(Math.abs(Number(a!.timestamp) - Date.now() / 1000)).toBeLessThan(60);
  expect(a!.signature).not.toBe(b!.signature);
});
