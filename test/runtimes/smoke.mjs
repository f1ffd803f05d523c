// The smoke suite every runtime runs with the built package, against the fake WeChat Pay that the
// driver (run.ts) serves on 127.0.0.1. Plain JavaScript, so that each runtime loads it as it is.
// `lib` is the package as that runtime imported it; `env` holds the fake's URLs and test keys (PEM
// text, as a Worker gets them from its secrets).

const SEEDS = [
  {
    template: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
    options: { service_id: '12535', out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } },
    chain: (w) => w.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate,
  },
  {
    template: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    options: { plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } },
    chain: (w) => w.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate,
  },
];

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function refused(promise, kind, test = () => true) {
  try {
    await promise;
  } catch (error) {
    check(error?.kind === kind, `expected a ${kind}, got ${error?.kind ?? error?.name}: ${error?.message}`);
    check(test(error), `the ${kind} was not the expected one: ${error.message}`);
    return error;
  }
  throw new Error(`expected a ${kind}, but the call succeeded`);
}

export async function smoke(lib, env) {
  const { Wechatpay } = lib;
  const results = [];
  const step = async (name, run) => {
    try {
      await run();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, detail: String(error?.stack ?? error) });
    }
  };
  const config = { mchid: env.mchid, serial: env.serial, privateKey: env.privateKey, certs: { [env.publicKeyId]: env.publicKey }, apiv3Key: env.apiv3Key, baseURL: env.baseURL };
  const wxpay = new Wechatpay(config);

  for (const [index, seed] of SEEDS.entries()) {
    await step(`seed ${index + 1}: chain, chain('…') and ['…'], verified`, async () => {
      const answers = [await seed.chain(wxpay).post(seed.options), await wxpay.chain(seed.template).postAsync(seed.options), await wxpay[seed.template].post(seed.options)];
      for (const answer of answers) {
        check(answer.status === 200, `status ${answer.status}`);
        check(answer.data.out_contract_code === 'wxwtdk20200910100000' && answer.data.seed === index + 1, `unexpected body ${JSON.stringify(answer.data)}`);
      }
    });
  }
  await step('a tampered answer is refused before it is parsed', () => refused(wxpay.v3.smoke.tampered.get(), 'SignatureError', (e) => e.reason === 'bad-signature'));
  await step('timeout bounds the attempt', () => refused(wxpay.v3.smoke.slow.get({ timeout: 300 }), 'NetworkError', (e) => e.code === 'ECONNABORTED' && e.mayHaveReachedServer === true));
  await step('maxContentLength bounds the body', () => refused(wxpay.v3.smoke.large.get({ maxContentLength: 1000 }), 'ResponseError', (e) => e.reason === 'too-large'));
  await step('an API error is typed, verified, and redacts the signature', async () => {
    const error = await refused(wxpay.v3.smoke.missing.get(), 'ApiError', (e) => e.status === 404 && e.code === 'RESOURCE_NOT_EXISTS');
    const text = JSON.stringify(error) + String(error.message);
    check(!/signature="[A-Za-z0-9+/=]{20,}/.test(text), 'the Authorization signature shows in the error');
    check(!JSON.stringify(wxpay).includes('PRIVATE') && !JSON.stringify(wxpay).includes(env.apiv3Key), 'a key shows in the client JSON');
  });
  await step('a notification (Web Request) is verified and decrypted', async () => {
    let seen;
    const handler = wxpay.notifications.handler(async (event) => {
      seen = event;
    });
    const response = await handler(new Request('http://127.0.0.1/wxpay/notify', { method: 'POST', headers: env.notification.headers, body: env.notification.body }));
    check(response.status >= 200 && response.status < 300, `status ${response.status}: ${await response.text()}`);
    check(seen?.event_type === 'TRANSACTION.SUCCESS' && seen.resource.out_trade_no === 'SMOKE-1', `decrypted ${JSON.stringify(seen)}`);
    const parsed = await wxpay.notifications.parse({ headers: new Headers(env.notification.headers), body: env.notification.body });
    check(parsed.resource.transaction_id === '4200000000000000000000000001', 'parse() decrypted another resource');
    const tampered = await handler(new Request('http://127.0.0.1/wxpay/notify', { method: 'POST', headers: env.tamperedNotification.headers, body: env.tamperedNotification.body }));
    check(tampered.status >= 400, `a tampered notification answered ${tampered.status}`);
  });
  await step('platform certificates are downloaded, decrypted and trusted', async () => {
    const downloading = new Wechatpay({ mchid: env.mchid, serial: env.serial, privateKey: env.privateKey, apiv3Key: env.apiv3Key, baseURL: env.certificateBaseURL });
    const list = await downloading.v3.certificates.get();
    check(list.data.data.length === 1 && list.data.data[0].serial_no === env.certificateSerial, `listed ${JSON.stringify(list.data)}`);
    const answer = await downloading.chain(SEEDS[0].template).post(SEEDS[0].options);
    check(answer.data.seed === 1, 'a call verified with the downloaded certificate failed');
  });
  await step('a key that cannot be read is a ConfigError', async () => {
    const error = await refused((async () => new Wechatpay({ ...config, privateKey: 'file:///nonexistent/apiclient_key.pem' }))(), 'ConfigError');
    check(env.fileSystem ? /cannot read/.test(error.message) : /no file system/.test(error.message), error.message);
  });
  return results;
}
