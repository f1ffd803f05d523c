// Trust-store costs: key lookup on every response, the Wechatpay-Serial scan on every request body,
// a certificate download, and an unknown-serial storm. Prints numbers; asserts nothing.
//   npx tsx bench/trust.ts
import { performance } from 'node:perf_hooks';
import { stateOf } from '../lib/client.js';
import { Wechatpay } from '../lib/index.js';
import { FakeWechatpay, generatePlatformCertificate } from '../lib/testing/index.js';

const a = generatePlatformCertificate();
const b = generatePlatformCertificate();
const fake = new FakeWechatpay({ platforms: [a, b] });
fake.on('GET', 'v3/testing/ping', () => ({ pong: true }));
const server = await fake.listen();
const { certs: _certs, ...config } = fake.clientConfig();
const wxpay = new Wechatpay({ ...config, baseURL: server.baseURL });
const { trust, sensitive } = stateOf(wxpay);

let start = performance.now();
await trust.refresh();
console.log(`first download (GET /v3/certificates on loopback, 2 certificates: AES-GCM + X.509 parse + RSA verify): ${(performance.now() - start).toFixed(1)} ms`);
const N = 20;
start = performance.now();
for (let i = 0; i < N; i++) await fetchAgain();
console.log(`later downloads by fresh clients, mean of ${N}: ${((performance.now() - start) / N).toFixed(1)} ms each`);

const M = 1_000_000;
for (const round of [1, 2]) {
  start = performance.now();
  for (let i = 0; i < M; i++) await trust.resolve(a.serial);
  const ns = ((performance.now() - start) * 1e6) / M;
  console.log(`resolve(known serial), round ${round}: ${ns.toFixed(0)} ns per call (includes one await)`);
}

// The scan that sets Wechatpay-Serial runs on every JSON body once the client has encrypted anything.
for (let i = 0; i < 1024; i++) await sensitive.encrypt(`name ${i}`);
const name = await sensitive.encrypt('张三');
const idNumber = await sensitive.encrypt('110101199003070000');
const body = JSON.stringify({ appid: 'wx8888888888888888', out_order_no: 'P20150806125346', receivers: Array.from({ length: 10 }, (_, i) => ({ type: 'MERCHANT_ID', account: `86693852${i}`, amount: 888, description: '分给商户A' })), name, id_number: idNumber });
const plain = JSON.stringify({ appid: 'wx8888888888888888', out_order_no: 'P20150806125346', receivers: Array.from({ length: 20 }, (_, i) => ({ type: 'MERCHANT_ID', account: `86693852${i}`, amount: 888, description: '分给商户A' })) });
for (const [label, text] of [['with 2 ciphertexts', body], ['without ciphertexts', plain]] as const) {
  const K = 100_000;
  start = performance.now();
  for (let i = 0; i < K; i++) sensitive.encryptedWith(text, 'v3/profitsharing/orders');
  console.log(`Wechatpay-Serial scan of a ${text.length}-byte body ${label} (1,024 remembered): ${(((performance.now() - start) * 1000) / K).toFixed(2)} µs per request`);
}

// A rotation seen by 1,000 concurrent responses at once: one download, every response verified.
fake.setPlatforms([a, b], b);
const fresh = new Wechatpay({ ...config, baseURL: server.baseURL });
await stateOf(fresh).trust.refresh();
const c = generatePlatformCertificate();
fake.setPlatforms([a, b, c], c);
const before = stateOf(fresh).trust.downloads;
start = performance.now();
const results = await Promise.allSettled(Array.from({ length: 1000 }, () => fresh.chain('v3/testing/ping').get()));
console.log(
  `1,000 concurrent responses signed by a new serial: ${stateOf(fresh).trust.downloads - before} download(s), ` +
    `${results.filter((r) => r.status === 'rejected').length} failed, ${(performance.now() - start).toFixed(0)} ms in all`,
);
await server.close();

async function fetchAgain(): Promise<void> {
  const other = new Wechatpay({ ...config, baseURL: server.baseURL });
  await stateOf(other).trust.refresh();
}
