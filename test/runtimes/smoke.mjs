// The smoke suite every runtime runs with the built package, against the fake WeChat Pay that the
// driver (run.ts) serves on 127.0.0.1. Plain JavaScript, so that each runtime loads it as it is.
// `lib` is the package as that runtime imported it; `env` holds the fake's URLs and test keys (PEM
// text, as a Worker gets them from its secrets). `env.nodePlatform`: whether the runtime resolves the
// package's `node` condition (Node, Bun, Deno: node:crypto, node:http, node:tls, node:stream) or
// the web one (workerd, the edge runtime: WebCrypto and fetch).

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
  await paymentSteps(lib, env, config, step);
  await apiv2Steps(lib, env, config, step);
  await fileSteps(lib, env, config, step);
  return results;
}

const APP_ID = 'wxd678efh567hg6787';
const PLATFORM = (env) => (env.nodePlatform ? 'node:crypto, at once' : 'WebCrypto, in a promise');

async function paymentSteps({ Wechatpay }, env, config, step) {
  const wxpay = new Wechatpay({ ...config, apiv2Key: env.apiv2Key });
  for (const kind of ['jsapi', 'app']) {
    await step(`wxpay.payment.${kind}(): RSA (${PLATFORM(env)}), MD5 and HMAC-SHA256 (at once) parameters pass the WeChat client's check`, async () => {
      const outTradeNo = `SMOKE-${kind}-${crypto.randomUUID().slice(0, 8)}`;
      const order = { appid: APP_ID, mchid: env.mchid, description: 'smoke', out_trade_no: outTradeNo, notify_url: 'https://shop.example/wxpay/notify', amount: { total: 1 }, ...(kind === 'jsapi' ? { payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } } : {}) };
      const { data } = await wxpay.v3.pay.transactions[kind].post({ json: order });
      const pending = wxpay.payment[kind]({ appId: APP_ID, prepayId: data.prepay_id });
      check(pending instanceof Promise === !env.nodePlatform, `RSA parameters came ${pending instanceof Promise ? 'in a promise' : 'at once'}`);
      const params = await pending;
      check(kind === 'app' ? params.prepayid === data.prepay_id : params.package === `prepay_id=${data.prepay_id}`, `parameters ${JSON.stringify(params)}`);
      const verdict = (await wxpay.v3.smoke.checkPayment.post({ json: params })).data;
      check(verdict.ok === true && verdict.order.out_trade_no === outTradeNo, `RSA: ${JSON.stringify(verdict)}`);
      for (const signType of ['MD5', 'HMAC-SHA256']) {
        const v2 = wxpay.payment[kind]({ appId: APP_ID, prepayId: data.prepay_id, signType });
        check(!(v2 instanceof Promise), `${signType} parameters came in a promise`);
        const checked = (await wxpay.v3.smoke.checkPayment.post({ json: v2 })).data;
        check(checked.ok === true, `${signType}: ${JSON.stringify(checked)}`);
      }
    });
  }
  await step(`wxpay.payment: bad input is a ParameterError naming it (${env.nodePlatform ? 'thrown' : 'a rejection'})`, async () => {
    let outcome;
    try {
      outcome = wxpay.payment.jsapi({ appId: APP_ID, prepayId: 'prepay_id=wx201410272009395522657a690389285100' });
    } catch (error) {
      check(env.nodePlatform && error.kind === 'ParameterError' && error.parameter === 'prepayId', `thrown: ${error.message}`);
      return;
    }
    check(!env.nodePlatform && outcome instanceof Promise, 'bad input was neither thrown nor a rejection');
    await refused(outcome, 'ParameterError', (e) => e.parameter === 'prepayId');
  });
}

async function apiv2Steps({ Wechatpay }, env, config, step) {
  const wxpay = new Wechatpay({ ...config, apiv2Key: env.apiv2Key });
  const xml = { appid: 'wx8888888888888888', mch_id: env.mchid, body: 'smoke', out_trade_no: 'SMOKE-V2', total_fee: 1, spbill_create_ip: '127.0.0.1', auth_code: '120061098828009406' };
  await step('APIv2: calls signed with MD5 and HMAC-SHA256 in the three styles, their signed answers verified; a tampered answer refused', async () => {
    const answers = [await wxpay.v2.pay.micropay.post({ xml }), await wxpay.chain('v2/pay/micropay').postAsync({ xml: { ...xml, sign_type: 'HMAC-SHA256' } }), await wxpay['v2/pay/micropay'].post({ xml })];
    for (const answer of answers) check(answer.data.result_code === 'SUCCESS' && answer.data.transaction_id === '4200000001201407033233368018' && /^[0-9A-F]{32}(?:[0-9A-F]{32})?$/.test(answer.data.sign), `answered ${JSON.stringify(answer.data)}`);
    check(answers[1].data.sign.length === 64, 'the HMAC-SHA256 call was not answered with an HMAC-SHA256 sign');
    await refused(wxpay.v2.pay.closeorder.post({ xml: { appid: xml.appid, mch_id: env.mchid, out_trade_no: 'SMOKE-V2' } }), 'SignatureError', (e) => e.reason === 'bad-signature');
  });
  await step('APIv2 notifications: a payment result (HMAC-SHA256 sign) verified, a refund (req_info, AES-256-ECB) decrypted, a tampered refund refused', async () => {
    const paid = await wxpay.notifications.parse({ headers: env.v2Notification.headers, body: env.v2Notification.body });
    check(paid.version === 'v2' && paid.resource.out_trade_no === 'SMOKE-V2', `parsed ${JSON.stringify(paid)}`);
    const refund = await wxpay.notifications.parse(env.v2Refund);
    check(refund.event_type === 'refund' && refund.resource.refund_id === '50000408942018111907145868882' && refund.resource.req_info === undefined, `parsed ${JSON.stringify(refund)}`);
    await refused(wxpay.notifications.parse(env.v2TamperedRefund), 'NotificationError', (e) => ['decrypt-failed', 'malformed-resource'].includes(e.code));
    const reply = await wxpay.notifications.handler(async () => undefined)(new Request('http://127.0.0.1/wxpay/notify', { method: 'POST', headers: env.v2Refund.headers, body: env.v2Refund.body }));
    check(reply.status === 200 && (await reply.text()).includes('SUCCESS'), `replied ${reply.status}`);
  });
  const refund = { appid: 'wx8888888888888888', mch_id: env.mchid, transaction_id: '4200000001201407033233368018', out_refund_no: 'SMOKE-R1', total_fee: 1, refund_fee: 1 };
  if (env.nodePlatform) {
    await step('mutual TLS (node:tls): a refund presents the merchant certificate to the fake\'s HTTPS server, trusted through `ca`', async () => {
      const mutual = new Wechatpay({ ...config, apiv2Key: env.apiv2Key, merchantCertificate: env.merchantCertificate, ca: env.ca, baseURL: env.mtlsBaseURL });
      const answer = await mutual.v2.secapi.pay.refund.post({ xml: refund });
      check(answer.data.result_code === 'SUCCESS' && answer.data.refund_id === '50000408942018111907145868882', `answered ${JSON.stringify(answer.data)}`);
    });
  } else {
    await step('mutual TLS: `ca` and `pkcs12` are ConfigErrors, and a call that needs the certificate is refused before it is sent (no node:tls)', async () => {
      for (const [option, value] of [['ca', env.ca], ['pkcs12', new Uint8Array(16)]]) {
        await refused((async () => new Wechatpay({ ...config, [option]: value }))(), 'ConfigError', (e) => e.option === option && /node:tls/.test(e.message));
      }
      const holding = new Wechatpay({ ...config, apiv2Key: env.apiv2Key, merchantCertificate: env.merchantCertificate, baseURL: env.mtlsBaseURL });
      await refused(holding.v2.secapi.pay.refund.post({ xml: refund }), 'ConfigError', (e) => e.option === 'merchantCertificate' && /node:tls/.test(e.message) && /nothing was sent/.test(e.message));
    });
  }
}

async function fileSteps({ Wechatpay }, env, config, step) {
  const wxpay = new Wechatpay(config);
  await step(env.nodePlatform ? 'wxpay.download(): a bill streamed (node:stream) and checked against its signed SHA-1; a wrong digest fails the stream' : 'wxpay.download() is refused with the reason (no node:stream); the bill call itself answers', async () => {
    const { data } = await wxpay.v3.bill.tradebill.get({ query: { bill_date: '2026-12-01' } });
    check(/^[0-9a-f]{40}$/.test(data.hash_value) && data.download_url.includes('/v3/billdownload/file'), `answered ${JSON.stringify(data)}`);
    if (!env.nodePlatform) {
      await refused(wxpay.download(data), 'WechatpayError', (e) => /not available on this runtime/.test(e.message) && /node:stream/.test(e.message));
      return;
    }
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of await wxpay.download(data)) text += decoder.decode(chunk, { stream: true });
    check(text === env.bill, `downloaded ${JSON.stringify(text.slice(0, 80))}`);
    const failing = await wxpay.download({ ...data, hash_value: '0'.repeat(40) });
    await refused((async () => {
      for await (const _chunk of failing);
    })(), 'DownloadError', (e) => e.reason === 'digest-mismatch');
  });
}
