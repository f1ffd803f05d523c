// Notification throughput and dedupe memory. Prints numbers; asserts nothing.
//   npx tsx bench/notify.ts
import { performance } from 'node:perf_hooks';
import { MemoryDedupeStore, Wechatpay, type TransactionSuccessResource } from '../lib/index.js';
import { FakeWechatpay } from '../lib/testing/index.js';

const fake = new FakeWechatpay();
const wxpay = new Wechatpay(fake.clientConfig());
const resource: TransactionSuccessResource = {
  mchid: '1230000109',
  appid: 'wxd678efh567hg6787',
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000000202611230000000001',
  trade_state: 'SUCCESS',
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
};
const N = 2000;
const deliveries = Array.from({ length: N }, () => fake.notification('TRANSACTION.SUCCESS', resource));
console.log(`notification body: ${Buffer.byteLength(deliveries[0]!.body)} bytes`);

for (const round of [1, 2]) {
  const start = performance.now();
  for (const delivery of deliveries) await wxpay.notifications.parse(delivery);
  const ms = performance.now() - start;
  console.log(`parse (verify RSA-2048 + AES-256-GCM + JSON), round ${round}: ${N} in ${ms.toFixed(0)} ms = ${((ms * 1000) / N).toFixed(0)} µs each, ${((N / ms) * 1000).toFixed(0)}/s`);
}

const tampered = Array.from({ length: N }, () => fake.notification('TRANSACTION.SUCCESS', resource, { sign: 'tamper-body' }));
let start = performance.now();
for (const delivery of tampered) await wxpay.notifications.parse(delivery).catch(() => undefined);
let ms = performance.now() - start;
console.log(`refuse a tampered body: ${((ms * 1000) / N).toFixed(0)} µs each`);

const stale = Array.from({ length: N }, () => fake.notification('TRANSACTION.SUCCESS', resource, { sign: { skewSeconds: -3600 } }));
start = performance.now();
for (const delivery of stale) await wxpay.notifications.parse(delivery).catch(() => undefined);
ms = performance.now() - start;
console.log(`refuse a stale timestamp (before any RSA): ${((ms * 1000) / N).toFixed(1)} µs each`);

const store = new MemoryDedupeStore();
global.gc?.();
const before = process.memoryUsage().heapUsed;
// IDs as JSON.parse gives them (flat strings), not the rope strings randomUUID() builds.
for (let i = 0; i < 200_000; i++) store.add(Buffer.from(crypto.randomUUID()).toString(), 172_800);
global.gc?.();
const after = process.memoryUsage().heapUsed;
console.log(`MemoryDedupeStore after 200,000 adds: ${store.size} IDs held (maxEntries 100,000), heap +${((after - before) / 1048576).toFixed(1)} MiB`);
