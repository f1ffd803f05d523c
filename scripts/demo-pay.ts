/**
 * `npm run demo:pay`: a JSAPI payment end to end, against a fake WeChat Pay on 127.0.0.1. The
 * merchant's server (a node:http notification endpoint on 127.0.0.1) places an order, signs the page's
 * payment parameters, takes the payment and refund notifications (one delivery fails on purpose, to
 * show WeChat Pay's retry; one is redelivered, to show it is handled once), queries, closes,
 * refunds and downloads the day's bill. Every request is signed and every answer verified.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotificationDedupe, Wechatpay } from '../lib/index.js';
import { startFakeWechatpay, type FakeDelivery } from '../lib/testing/index.js';

// The fake waits 15 ms where WeChat Pay waits 15 s before a retry.
const { fake, server } = await startFakeWechatpay({ delivery: { timeScale: 0.001 } });
const wxpay = new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL });
const mchid = fake.merchant.mchid;
const appid = 'wxd678efh567hg6787';

// The merchant's notification endpoint. Its first answer is a failure (say, its database was busy).
const handled: string[] = [];
let busy = true;
const merchant = createServer(
  wxpay.notifications.nodeHandler(
    async (event) => {
      if (busy) {
        busy = false;
        throw new Error('database busy');
      }
      if (event.duplicate) return;
      handled.push(event.event_type);
    },
    { dedupe: new NotificationDedupe(), onError: () => undefined },
  ),
);
await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
const notify_url = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/wxpay/notify`;

const step = (title: string, ...lines: string[]): void => console.log(`\n${title}\n${lines.map((line) => `   ${line}`).join('\n')}`);
const attempts = (delivery: FakeDelivery): string => delivery.attempts.map((a) => `#${a.attempt} → ${a.status ?? a.error}`).join(', ');

console.log(`fake WeChat Pay on ${server.baseURL}; the merchant's notify_url is ${notify_url}`);

const out_trade_no = `DEMO${Date.now()}`;
const order = await wxpay.v3.pay.transactions.jsapi.post({
  json: { appid, mchid, description: 'Image形象店-深圳腾大-QQ公仔', out_trade_no, notify_url, amount: { total: 990, currency: 'CNY' }, payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } },
});
step('1. order     POST /v3/pay/transactions/jsapi', `${order.status}: prepay_id ${order.data.prepay_id}`);

const params = wxpay.payment.jsapi({ appId: appid, prepayId: order.data.prepay_id });
const check = fake.verifyPayment(params);
step('2. params    wxpay.payment.jsapi() → WeixinJSBridge.invoke(\'getBrandWCPayRequest\', params)', JSON.stringify(params), `the WeChat client's check: ${check.ok ? 'valid' : check.reason}`);

const payment = await fake.pay(out_trade_no);
step('3. paid      TRANSACTION.SUCCESS to the notify_url', `attempts: ${attempts(payment)}`, `handled: ${handled.join(', ')}`);

const again = await payment.redeliver();
step('4. again     the same notification, delivered once more', `attempt #${again.attempt} → ${again.status}; handled: ${handled.join(', ')} (once)`);

const queried = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid } });
step('5. query     GET /v3/pay/transactions/out-trade-no/{out_trade_no}', `${queried.data.trade_state} (${queried.data.trade_state_desc}), transaction_id ${queried.data.transaction_id}`);

const abandoned = `${out_trade_no}B`;
await wxpay.v3.pay.transactions.jsapi.post({
  json: { appid, mchid, description: '未支付的订单', out_trade_no: abandoned, notify_url, amount: { total: 100, currency: 'CNY' }, payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } },
});
const closed = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: abandoned, json: { mchid } });
const afterClose = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: abandoned, query: { mchid } });
step('6. close     an order the user abandoned', `POST …/close → ${closed.status}; query → ${afterClose.data.trade_state}`);

const out_refund_no = `${out_trade_no}R`;
const refund = await wxpay.v3.refund.domestic.refunds.post({
  json: { out_trade_no, out_refund_no, reason: '商品已售完', notify_url, amount: { refund: 990, total: 990, currency: 'CNY' } },
});
step('7. refund    POST /v3/refund/domestic/refunds', `${refund.data.status}, refund_id ${refund.data.refund_id}`);

const refunded = await fake.refund(out_refund_no);
const refundNow = await wxpay.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no });
step('8. refunded  REFUND.SUCCESS to the notify_url', `attempts: ${attempts(refunded)}; handled: ${handled.join(', ')}`, `GET /v3/refund/domestic/refunds/{out_refund_no} → ${refundNow.data.status}`);

// WeChat Pay publishes a day's bill from 10:00 the next day; the fake serves today's at once.
const bill_date = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const bill = await wxpay.v3.bill.tradebill.get({ query: { bill_date, bill_type: 'ALL' } });
const token = new URL(bill.data.download_url).searchParams.get('token')!;
const file = await wxpay.v3.billdownload.file.get({ query: { token }, responseType: 'arraybuffer' });
const sha1 = createHash('sha1').update(file.data).digest('hex');
const rows = file.data.toString('utf8').trim().split('\r\n');
step(`9. bill      GET /v3/bill/tradebill?bill_date=${bill_date}, then the file`, `SHA1 ${sha1 === bill.data.hash_value ? 'matches hash_value' : 'DOES NOT MATCH'}; ${rows.length - 3} rows:`, ...rows.slice(1, -2));

const allVerified = fake.requests.every((request) => request.verified);
console.log(`\n${fake.requests.length} requests, every one signed by the client and ${allVerified ? 'verified' : 'NOT verified'} by the fake; every answer verified by the client.`);
await server.close();
merchant.closeAllConnections();
merchant.close();
const ok = check.ok && payment.acknowledged && handled.join() === 'TRANSACTION.SUCCESS,REFUND.SUCCESS' && sha1 === bill.data.hash_value && allVerified;
process.exitCode = ok ? 0 : 1;
