/**
 * The same smoke suite (smoke.mjs) in every runtime the package supports, run with the packed
 * package (`npm pack` of dist/) against the testing kit's fake WeChat Pay on 127.0.0.1 (and its
 * HTTPS server, for mutual TLS): the seeds, refusals and notifications, `wxpay.payment` (RSA, MD5 and
 * HMAC-SHA256 parameters checked as the WeChat client checks them), APIv2 calls and notifications,
 * and mutual TLS and `wxpay.download()` where node:tls and node:stream exist (their clear refusals
 * elsewhere); Node also through require(). Then the notification handlers of docs/notifications.md,
 * each in its own runtime. A runtime that cannot run
 * a step fails it: nothing is skipped. `npm run test:runtimes` (builds first); CI runs it after
 * `npm run check:package`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { consumer, type Consumer } from './consumer.js';
import { DOC_HANDLERS } from './handlers.js';
import { RUNTIMES, type Runtime } from './runtimes.js';
import { checkTypes, TYPE_CASES } from './types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'wechatpay-runtimes-'));
let passed = 0;
let failed = 0;
const report = (ok: boolean, line: string, detail?: string): void => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${line}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '    '));
};

try {
  const app: Consumer = consumer(ROOT, work);
  type Testing = typeof import('wechatpay-chain/testing');
  const testing = (await import(pathToFileURL(join(app.dir, 'node_modules/wechatpay-chain/dist/esm/lib/testing/index.js')).href)) as Testing;
  const world = await startWorld(testing);
  const versions: string[] = [];
  for (const runtime of RUNTIMES) {
    let version: string;
    try {
      version = runtime.version(ROOT);
    } catch (error) {
      report(false, `${runtime.name}: not installed`, (error as Error).message);
      continue;
    }
    versions.push(`${runtime.name} ${version}`);
    await smokeIn(runtime, version, app, world.env);
  }
  for (const handler of DOC_HANDLERS) {
    const label = `docs/notifications.md ${handler.name} handler (${handler.example})`;
    const printed = readFileSync(join(ROOT, 'docs/notifications.md'), 'utf8').includes(readFileSync(join(ROOT, 'docs/examples', handler.example), 'utf8'));
    if (!printed) {
      report(false, label, `docs/notifications.md does not print docs/examples/${handler.example} as it is`);
      continue;
    }
    try {
      const send = await handler.start(ROOT, app, world.handlerEnv);
      try {
        const answers = { valid: await send(world.notifications.valid), tampered: await send(world.notifications.tampered), undecryptable: await send(world.notifications.undecryptable) };
        const ok = answers.valid >= 200 && answers.valid < 300 && answers.tampered >= 400 && answers.undecryptable >= 400;
        report(ok, `${label}: valid ${answers.valid}, tampered ${answers.tampered}, undecryptable ${answers.undecryptable}`);
      } finally {
        await send.close();
      }
    } catch (error) {
      report(false, label, String((error as Error).stack ?? error));
    }
  }
  await world.close();
  for (const [index, typeCase] of TYPE_CASES.entries()) {
    const label = `types of wxpay.payment.jsapi() with a local key, ${typeCase.name}: ${typeCase.expected} (APIv2 parameters at once)`;
    try {
      checkTypes(ROOT, app, typeCase, index);
      report(true, label);
    } catch (error) {
      report(false, label, String((error as Error).message));
    }
  }
  console.log(`runtimes: ${versions.join(', ')}`);
} catch (error) {
  report(false, 'runtime suite setup', String((error as Error).stack ?? error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;

async function smokeIn(runtime: Runtime, version: string, app: Consumer, env: Record<string, unknown>): Promise<void> {
  let steps: Array<{ name: string; ok: boolean; detail?: string }>;
  try {
    steps = await runtime.smoke(ROOT, app, env);
  } catch (error) {
    report(false, `${runtime.name} ${version}: the smoke suite did not run`, String((error as Error).stack ?? error));
    return;
  }
  for (const step of steps) report(step.ok, `${runtime.name} ${version}: ${step.name}`, step.detail);
  if (steps.length === 0) report(false, `${runtime.name} ${version}: no step ran`);
}

/** Two fakes on 127.0.0.1 (a WeChat Pay public key; platform certificates to download) and the notifications to send. */
async function startWorld(testing: typeof import('wechatpay-chain/testing')) {
  const fake = new testing.FakeWechatpay();
  const certificateFake = new testing.FakeWechatpay({ merchant: fake.merchant, apiv3Key: fake.apiv3Key, platform: testing.generatePlatformCertificate() });
  for (const [index, template] of [
    'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
    'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
  ].entries()) {
    for (const target of [fake, certificateFake]) target.on('POST', template, (context) => ({ ...(context.json as object), out_contract_code: context.params.out_contract_code, seed: index + 1 }));
  }
  const reply = testing.FakeWechatpay.reply;
  fake.on('GET', 'v3/smoke/tampered', () => reply({ json: { amount: 1 }, sign: 'tamper-body' }));
  fake.on('GET', 'v3/smoke/slow', () => new Promise((done) => setTimeout(() => done({ late: true }), 3_000)));
  fake.on('GET', 'v3/smoke/large', () => ({ padding: 'x'.repeat(5_000) }));
  fake.on('GET', 'v3/smoke/missing', () => reply({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '资源不存在' } }));
  // wxpay.payment: the parameters a runtime made, checked as the WeChat client checks them (orders come from the fake's flow).
  fake.on('POST', 'v3/smoke/check-payment', (context) => fake.verifyPayment(context.json, { apiv2Key: fake.apiv2Key }) as never);
  // APIv2: an answer signed as its request asks (MD5 or HMAC-SHA256), and one altered after signing.
  fake.on('POST', 'v2/pay/micropay', ({ xml }) => ({ transaction_id: '4200000001201407033233368018', out_trade_no: xml!.out_trade_no!, total_fee: xml!.total_fee! }));
  fake.on('POST', 'v2/pay/closeorder', () => reply({ xml: {}, sign: 'tamper-body' }));
  fake.on('POST', 'v2/secapi/pay/refund', ({ xml }) => ({ out_refund_no: xml!.out_refund_no!, refund_id: '50000408942018111907145868882', refund_fee: xml!.refund_fee! }));
  // A day's trade bill: its SHA-1 in the signed answer, the file itself unsigned (wxpay.download()).
  const bill = `交易时间,公众账号ID,商户号,商户订单号,总金额\n\`2026-12-01 10:00:00,\`wx8888888888888888,\`${fake.merchant.mchid},\`SMOKE-1,\`0.01\n`;
  let baseURL = '';
  fake.on('GET', 'v3/bill/tradebill', () => ({ hash_type: 'SHA1', hash_value: createHash('sha1').update(bill).digest('hex'), download_url: `${baseURL}v3/billdownload/file?token=smoke` }));
  fake.on('GET', 'v3/billdownload/file', () => reply({ body: bill, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, sign: 'unsigned' }));
  const [server, certificateServer, mtlsServer] = await Promise.all([fake.listen(), certificateFake.listen(), fake.listen({ tls: true })]);
  baseURL = server.baseURL;
  const config = fake.clientConfig();
  const [publicKeyId, publicKey] = Object.entries(config.certs)[0]!;
  const pem = (key: unknown): string => (typeof key === 'string' ? key : (key as import('node:crypto').KeyObject).export({ type: key === config.privateKey ? 'pkcs8' : 'spki', format: 'pem' }).toString());
  const resource = { out_trade_no: 'SMOKE-1', transaction_id: '4200000000000000000000000001', trade_state: 'SUCCESS', amount: { total: 1 } };
  const notification = (options = {}) => fake.notification('TRANSACTION.SUCCESS', resource as never, options);
  const v2RefundFields = { out_refund_no: 'SMOKE-R1', refund_id: '50000408942018111907145868882', refund_status: 'SUCCESS', refund_fee: '1' };
  const keys = { mchid: config.mchid, serial: config.serial, privateKey: pem(config.privateKey), publicKeyId, publicKey: pem(publicKey), apiv3Key: config.apiv3Key };
  return {
    env: {
      ...keys,
      baseURL: server.baseURL,
      certificateBaseURL: certificateServer.baseURL,
      certificateSerial: certificateFake.platform.serial,
      notification: notification(),
      tamperedNotification: notification({ sign: 'tamper-body' }),
      apiv2Key: fake.apiv2Key,
      v2Notification: fake.v2Notification({ return_code: 'SUCCESS', result_code: 'SUCCESS', appid: 'wx8888888888888888', mch_id: fake.merchant.mchid, nonce_str: 'smoke', out_trade_no: 'SMOKE-V2', transaction_id: '4200000001201407033233368018', total_fee: '1', time_end: '20261201100000' }, { signType: 'HMAC-SHA256' }),
      v2Refund: fake.v2RefundNotification(v2RefundFields),
      v2TamperedRefund: fake.v2RefundNotification(v2RefundFields, { tamper: true }),
      mtlsBaseURL: mtlsServer.baseURL,
      ca: fake.ca,
      merchantCertificate: fake.merchant.certificate,
      bill,
    },
    handlerEnv: {
      WXPAY_MCHID: keys.mchid,
      WXPAY_SERIAL: keys.serial,
      WXPAY_PRIVATE_KEY: keys.privateKey,
      WXPAY_PUBLIC_KEY_ID: keys.publicKeyId,
      WXPAY_PUBLIC_KEY: keys.publicKey,
      WXPAY_APIV3_KEY: keys.apiv3Key,
    },
    notifications: { valid: notification(), tampered: notification({ sign: 'tamper-body' }), undecryptable: notification({ tamperCiphertext: true }) },
    close: () => Promise.all([server.close(), certificateServer.close(), mtlsServer.close()]),
  };
}

