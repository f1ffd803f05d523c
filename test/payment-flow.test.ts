import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, NotificationDedupe, Wechatpay, type Notification } from 'wechatpay-chain';
import { FakeWechatpay, type FakeDeliveryOptions } from 'wechatpay-chain/testing';
import { createFake, merchant, mswWorld, platform } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

const APP_ID = 'wxd678efh567hg6787';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const NOTIFY = 'https://shop.example.com/wxpay/notify';
/** A client with the fake's local key (so payment parameters come at once), on the msw-intercepted default host. */
const clientFor = (fake: FakeWechatpay, clock?: () => number) => new Wechatpay({ ...fake.clientConfig(), ...(clock && { clock }) });
let sequence = 0;
const tradeNo = (): string => `FLOW${Date.now()}${++sequence}`;

/** A fake (on msw), a client for it, and the events the merchant's in-process handler took. */
function setup(delivery: FakeDeliveryOptions = { timeScale: 0 }, clock?: () => number) {
  const fake = createFake({ delivery, ...(clock && { clock }) });
  world.use(fake);
  const wxpay = clientFor(fake, clock);
  const events: Notification[] = [];
  fake.payments.deliverTo(NOTIFY, wxpay.notifications.handler(async (event) => void events.push(event), { onError: () => undefined }));
  const jsapi = async (out_trade_no = tradeNo(), total = 990) => {
    const { data } = await wxpay.v3.pay.transactions.jsapi.post({
      json: { appid: APP_ID, mchid: merchant.mchid, description: '测试商品', out_trade_no, notify_url: NOTIFY, amount: { total, currency: 'CNY' }, payer: { openid: OPENID } },
    });
    return { out_trade_no, prepay_id: data.prepay_id };
  };
  return { fake, wxpay, events, jsapi };
}

describe('orders: place, query, close', () => {
  it('answers each kind of order as WeChat Pay does: a prepay_id, a code_url or an h5_url', async () => {
    const { wxpay, jsapi } = setup();
    const base = { appid: APP_ID, mchid: merchant.mchid, description: '测试商品', notify_url: NOTIFY, amount: { total: 1 } };
    expect((await jsapi()).prepay_id).toMatch(/^wx\d{14}[0-9a-f]{20}$/);
    expect((await wxpay.v3.pay.transactions.app.post({ json: { ...base, out_trade_no: tradeNo() } })).data.prepay_id).toMatch(/^wx\d{14}[0-9a-f]{20}$/);
    expect((await wxpay.v3.pay.transactions.native.post({ json: { ...base, out_trade_no: tradeNo() } })).data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=[0-9A-Za-z]{7}$/);
    const scene_info = { payer_client_ip: '203.0.113.7', h5_info: { type: 'Wap' } };
    expect((await wxpay.v3.pay.transactions.h5.post({ json: { ...base, out_trade_no: tradeNo(), scene_info } })).data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\/cgi-bin\/mmpayweb-bin\/checkmweb\?prepay_id=wx\w+&package=\d+$/);
  });

  it('refuses what WeChat Pay refuses, with its codes', async () => {
    const { wxpay, jsapi } = setup();
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(() => undefined, (e: unknown) => e);
      expect(ApiError.is(error)).toBe(true);
      return { status: (error as ApiError).status, code: (error as ApiError).code };
    };
    const body = { appid: APP_ID, mchid: merchant.mchid, description: '测试商品', out_trade_no: tradeNo(), notify_url: NOTIFY, amount: { total: 1 } };
    // @ts-expect-error -- JSAPI orders need payer.openid
    expect(await refusal(wxpay.v3.pay.transactions.jsapi.post({ json: body }))).toEqual({ status: 400, code: 'PARAM_ERROR' });
    // @ts-expect-error -- H5 orders need scene_info
    expect(await refusal(wxpay.v3.pay.transactions.h5.post({ json: body }))).toEqual({ status: 400, code: 'PARAM_ERROR' });
    expect(await refusal(wxpay.v3.pay.transactions.native.post({ json: { ...body, amount: { total: 0 } } }))).toEqual({ status: 400, code: 'PARAM_ERROR' });
    expect(await refusal(wxpay.v3.pay.transactions.native.post({ json: { ...body, mchid: '1230000109' } }))).toEqual({ status: 400, code: 'PARAM_ERROR' });
    const placed = await jsapi();
    expect((await jsapi(placed.out_trade_no)).prepay_id).toBe(placed.prepay_id); // the same order again: the same answer
    expect(await refusal(jsapi(placed.out_trade_no, 1))).toEqual({ status: 403, code: 'OUT_TRADE_NO_USED' });
    expect(await refusal(wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOSUCHORDER', query: { mchid: merchant.mchid } }))).toEqual({ status: 404, code: 'ORDER_NOT_EXIST' });
  });

  it('reports an order NOTPAY, then SUCCESS by either number once paid; closes only an unpaid one', async () => {
    const { fake, wxpay, jsapi } = setup();
    const { out_trade_no } = await jsapi();
    const query = async (no = out_trade_no) => (await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: merchant.mchid } })).data;
    expect(await query()).toEqual({
      appid: APP_ID,
      mchid: merchant.mchid,
      out_trade_no,
      trade_type: 'JSAPI',
      trade_state: 'NOTPAY',
      trade_state_desc: '订单未支付',
      payer: { openid: OPENID },
      amount: { total: 990, currency: 'CNY' },
    });
    await fake.pay(out_trade_no);
    const paid = await query();
    expect(paid).toMatchObject({ trade_state: 'SUCCESS', bank_type: 'OTHERS', amount: { total: 990, payer_total: 990, currency: 'CNY', payer_currency: 'CNY' } });
    expect(paid.transaction_id).toMatch(/^4200\d{24}$/);
    expect(paid.success_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    const byId = await wxpay.v3.pay.transactions.id._transaction_id_.get({ transaction_id: paid.transaction_id!, query: { mchid: merchant.mchid } });
    expect(byId.data).toEqual(paid);
    const closePaid = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no, json: { mchid: merchant.mchid } }).catch((e: ApiError) => e);
    expect(ApiError.is(closePaid) && closePaid.code).toBe('ORDERPAID');

    const abandoned = await jsapi();
    const closed = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: abandoned.out_trade_no, json: { mchid: merchant.mchid } });
    expect(closed.status).toBe(204);
    expect((await query(abandoned.out_trade_no)).trade_state).toBe('CLOSED');
    await expect(fake.pay(abandoned.out_trade_no)).rejects.toThrow(`order ${abandoned.out_trade_no} cannot be paid: it is CLOSED`);
  });

  it('a handler a test registers for an operation replaces the flow\'s', async () => {
    const { fake, wxpay } = setup();
    fake.on('POST', 'v3/pay/transactions/native', () => FakeWechatpay.reply({ status: 500, json: { code: 'SYSTEM_ERROR', message: '系统错误' } }));
    const error = await wxpay.v3.pay.transactions.native.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no: tradeNo(), notify_url: NOTIFY, amount: { total: 1 } } }).catch((e: ApiError) => e);
    expect(ApiError.is(error) && error.code).toBe('SYSTEM_ERROR');
  });
});

describe('fake.verifyPayment(): the WeChat client\'s check of payment parameters', () => {
  it('accepts the client\'s parameters, and says what is wrong with altered ones', async () => {
    const { fake, wxpay, jsapi } = setup();
    const { out_trade_no, prepay_id } = await jsapi();
    const params = wxpay.payment.jsapi({ appId: APP_ID, prepayId: prepay_id });
    expect(fake.verifyPayment(params)).toMatchObject({ ok: true, order: { out_trade_no, trade_state: 'NOTPAY' } });
    const check = (changes: Record<string, unknown>) => fake.verifyPayment({ ...params, ...changes });
    expect(check({ nonceStr: 'A'.repeat(32) })).toEqual({ ok: false, reason: 'the signature does not verify with the merchant public key' });
    expect(check({ timeStamp: `${params.timeStamp}000` })).toEqual({ ok: false, reason: 'the timestamp is not in seconds (milliseconds?)' });
    expect(check({ timeStamp: Number(params.timeStamp) })).toEqual({ ok: false, reason: 'timeStamp is a number: every value must be a non-empty string' });
    expect(check({ nonceStr: 'n'.repeat(33) })).toEqual({ ok: false, reason: 'the nonce must be 1 to 32 letters or digits' });
    expect(check({ appId: 'wx0000000000000000' })).toEqual({ ok: false, reason: `the app ID is not the order's (${APP_ID})` });
    expect(check({ package: 'prepay_id=wx00000000000000000000000000000000000' })).toEqual({ ok: false, reason: 'no order has prepay_id wx00000000000000000000000000000000000' });
    expect(check({ package: prepay_id })).toEqual({ ok: false, reason: 'package is not prepay_id=…' });
    expect(check({ signType: 'SHA1' })).toEqual({ ok: false, reason: 'signType must be RSA, MD5 or HMAC-SHA256' });
    expect(() => check({ signType: 'MD5' })).toThrow('pass { apiv2Key }');
    // APP parameters for a JSAPI order
    expect(fake.verifyPayment(wxpay.payment.app({ appId: APP_ID, prepayId: prepay_id }))).toEqual({ ok: false, reason: 'the order was placed for JSAPI, not APP' });
    await fake.pay(out_trade_no);
    expect(fake.verifyPayment(params)).toEqual({ ok: false, reason: 'the order cannot be paid: it is SUCCESS' });
  });

  it('a prepay_id is valid for 2 hours', async () => {
    let now = Date.now();
    const { fake, wxpay, jsapi } = setup({ timeScale: 0 }, () => now);
    const { prepay_id } = await jsapi();
    now += 2 * 3_600_000 + 1000;
    expect(fake.verifyPayment(wxpay.payment.jsapi({ appId: APP_ID, prepayId: prepay_id }))).toEqual({ ok: false, reason: 'the prepay_id has expired (it is valid for 2 hours)' });
  });

  it('checks APP parameters: partnerid, package, and the signature over the bare prepay id', async () => {
    const { fake, wxpay } = setup();
    const out_trade_no = tradeNo();
    const { data } = await wxpay.v3.pay.transactions.app.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no, notify_url: NOTIFY, amount: { total: 1 } } });
    const params = wxpay.payment.app({ appId: APP_ID, prepayId: data.prepay_id });
    expect(fake.verifyPayment(params).ok).toBe(true);
    expect(fake.verifyPayment({ ...params, partnerid: '1230000109' })).toEqual({ ok: false, reason: `partnerid is not the merchant ${merchant.mchid}` });
    expect(fake.verifyPayment({ ...params, package: 'prepay_id=x' })).toEqual({ ok: false, reason: 'package must be Sign=WXPay' });
    expect(fake.verifyPayment({ ...params, timestamp: String(Number(params.timestamp) + 1) }).ok).toBe(false);
  });
});

describe('notifications: fake.pay() and fake.refund() deliver, retrying as WeChat Pay does', () => {
  it('delivers TRANSACTION.SUCCESS to an in-process handler: verified and decrypted by the client', async () => {
    const { fake, events, jsapi } = setup();
    const { out_trade_no } = await jsapi();
    const delivery = await fake.pay(out_trade_no);
    expect(delivery).toMatchObject({ eventType: 'TRANSACTION.SUCCESS', url: NOTIFY, acknowledged: true, attempts: [{ attempt: 1, status: 204, body: '', acknowledged: true }] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: delivery.id, event_type: 'TRANSACTION.SUCCESS', summary: '支付成功', resource: { out_trade_no, trade_state: 'SUCCESS', amount: { total: 990 }, payer: { openid: OPENID } } });
    expect(events[0]!.resource).toEqual(delivery.resource);
    expect(fake.payments.deliveries).toEqual([delivery]);
  });

  it('delivers over HTTP to a loopback notify_url, and refuses any other URL before changing the order', async () => {
    const fake = createFake({ delivery: { timeScale: 0 } });
    world.use(fake);
    const wxpay = clientFor(fake);
    const received: string[] = [];
    const server = createServer(wxpay.notifications.nodeHandler(async (event) => void received.push(event.event_type)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wxpay/notify`;
      // msw intercepts this process's fetch too: let the notification through to the real loopback server.
      world.server.use(http.post(url, () => passthrough()));
      const order = (notify_url: string) => wxpay.v3.pay.transactions.native.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no: notify_url === url ? 'LOOPBACK01' : 'REMOTEURL1', notify_url, amount: { total: 1 } } });
      await order(url);
      expect((await fake.pay('LOOPBACK01')).attempts).toMatchObject([{ status: 204, acknowledged: true }]);
      expect(received).toEqual(['TRANSACTION.SUCCESS']);
      await order('https://merchant.example.com/notify');
      await expect(fake.pay('REMOTEURL1')).rejects.toThrow('notify_url https://merchant.example.com/notify is not a loopback URL: register an in-process handler for it with fake.payments.deliverTo(url, handler)');
      expect(fake.payments.getOrder('REMOTEURL1')!.trade_state).toBe('NOTPAY');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('retries on WeChat Pay\'s schedule, compressed, until the merchant answers 200 or 204; each retry signed afresh', async () => {
    const fake = createFake({ delivery: { retryDelaysMs: [40, 80, 160], timeScale: 0.5 } });
    world.use(fake);
    const wxpay = clientFor(fake);
    const seen: Array<{ at: number; nonce: string | null; body: string }> = [];
    let failures = 2;
    const start = Date.now();
    fake.payments.deliverTo(NOTIFY, async (request) => {
      seen.push({ at: Date.now() - start, nonce: request.headers.get('wechatpay-nonce'), body: await request.clone().text() });
      if (failures-- > 0) return new Response(JSON.stringify({ code: 'FAIL', message: 'busy' }), { status: 500 });
      return wxpay.notifications.handler(() => undefined)(request);
    });
    await wxpay.v3.pay.transactions.native.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no: 'RETRY00001', notify_url: NOTIFY, amount: { total: 1 } } });
    const delivery = await fake.pay('RETRY00001');
    expect(delivery.attempts.map((a) => [a.attempt, a.status, a.acknowledged])).toEqual([[1, 500, false], [2, 500, false], [3, 204, true]]);
    expect(delivery.acknowledged).toBe(true);
    // Waits of 20 ms, then 40 ms (the schedule times the scale), and the same body every time, with a new nonce.
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(19);
    expect(seen[2]!.at - seen[1]!.at).toBeGreaterThanOrEqual(39);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
    expect(new Set(seen.map((s) => s.nonce)).size).toBe(3);
  });

  it('gives up after the last retry, and counts a reply slower than the timeout as none', async () => {
    const fake = createFake({ delivery: { retryDelaysMs: [0, 0], replyTimeoutMs: 30 } });
    world.use(fake);
    const wxpay = clientFor(fake);
    fake.payments.deliverTo(NOTIFY, () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(null, { status: 204 })), 200)));
    await wxpay.v3.pay.transactions.native.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no: 'TIMEOUT001', notify_url: NOTIFY, amount: { total: 1 } } });
    const delivery = await fake.pay('TIMEOUT001');
    expect(delivery.acknowledged).toBe(false);
    expect(delivery.attempts).toEqual([1, 2, 3].map((attempt) => ({ attempt, error: 'no reply within 30 ms', acknowledged: false })));
  });

  it('defaults to WeChat Pay\'s own schedule, and refuses a bad one', async () => {
    const { WECHATPAY_RETRY_DELAYS_MS } = await import('wechatpay-chain/testing');
    expect(WECHATPAY_RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual([15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10_800, 10_800, 10_800, 21_600, 21_600]);
    expect(() => new FakeWechatpay({ merchant, platform, delivery: { timeScale: -1 } })).toThrow('delivery.timeScale');
    expect(() => new FakeWechatpay({ merchant, platform, delivery: { retryDelaysMs: [Number.NaN] } })).toThrow('delivery.retryDelaysMs');
  });

  it('a redelivered notification is handled once, with NotificationDedupe', async () => {
    const fake = createFake({ delivery: { timeScale: 0 } });
    world.use(fake);
    const wxpay = clientFor(fake);
    const fulfil = vi.fn();
    fake.payments.deliverTo(NOTIFY, wxpay.notifications.handler(async (event) => {
      if (!event.duplicate) fulfil(event.id);
    }, { dedupe: new NotificationDedupe() }));
    await wxpay.v3.pay.transactions.native.post({ json: { appid: APP_ID, mchid: merchant.mchid, description: 'x', out_trade_no: 'TWICE00001', notify_url: NOTIFY, amount: { total: 1 } } });
    const delivery = await fake.pay('TWICE00001');
    expect(await delivery.redeliver()).toEqual({ attempt: 2, status: 204, body: '', acknowledged: true });
    expect(fulfil.mock.calls).toEqual([[delivery.id]]);
  });
});

describe('refunds and the day\'s bill', () => {
  it('a refund is PROCESSING, then SUCCESS with REFUND.SUCCESS delivered; the order turns REFUND', async () => {
    const { fake, wxpay, events, jsapi } = setup();
    const { out_trade_no } = await jsapi();
    const { transaction_id } = (await fake.pay(out_trade_no)).resource as { transaction_id: string };
    const json = { transaction_id, out_refund_no: `${out_trade_no}R`, reason: '商品已售完', notify_url: NOTIFY, amount: { refund: 500, total: 990, currency: 'CNY' } };
    const created = await wxpay.v3.refund.domestic.refunds.post({ json });
    expect(created.data).toMatchObject({ out_refund_no: json.out_refund_no, out_trade_no, transaction_id, status: 'PROCESSING', channel: 'ORIGINAL', amount: { refund: 500, total: 990, currency: 'CNY' } });
    expect(created.data.refund_id).toMatch(/^50\d{27}$/);
    expect((await wxpay.v3.refund.domestic.refunds.post({ json })).data.refund_id).toBe(created.data.refund_id); // the same request again
    const more = await wxpay.v3.refund.domestic.refunds.post({ json: { ...json, out_refund_no: `${out_trade_no}S`, amount: { ...json.amount, refund: 491 } } }).catch((e: ApiError) => e);
    expect(ApiError.is(more) && [more.code, more.apiMessage]).toEqual(['INVALID_REQUEST', '申请退款金额超过订单可退金额']);

    const delivery = await fake.refund(json.out_refund_no);
    expect(delivery.acknowledged).toBe(true);
    expect(events.at(-1)).toMatchObject({ event_type: 'REFUND.SUCCESS', summary: '退款成功', resource: { out_refund_no: json.out_refund_no, refund_status: 'SUCCESS', amount: { refund: 500, total: 990 } } });
    expect((await wxpay.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: json.out_refund_no })).data.status).toBe('SUCCESS');
    expect((await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid: merchant.mchid } })).data.trade_state).toBe('REFUND');
    await expect(fake.refund(json.out_refund_no)).rejects.toThrow('is SUCCESS, not PROCESSING');
  });

  it('refuses a refund of an unpaid order, and delivers REFUND.ABNORMAL when asked to', async () => {
    const { fake, wxpay, events, jsapi } = setup();
    const { out_trade_no } = await jsapi();
    const json = { out_trade_no, out_refund_no: `${out_trade_no}R`, amount: { refund: 990, total: 990, currency: 'CNY' } };
    const unpaid = await wxpay.v3.refund.domestic.refunds.post({ json }).catch((e: ApiError) => e);
    expect(ApiError.is(unpaid) && unpaid.code).toBe('INVALID_REQUEST');
    await fake.pay(out_trade_no);
    await wxpay.v3.refund.domestic.refunds.post({ json });
    // No notify_url on the refund: the order's is used (WeChat Pay would use the one configured on the merchant platform).
    await fake.refund(json.out_refund_no, { status: 'ABNORMAL' });
    expect(events.at(-1)).toMatchObject({ event_type: 'REFUND.ABNORMAL', resource: { refund_status: 'ABNORMAL' } });
  });

  it('serves the day\'s trade bill: its SHA1 is the hash of the bill itself, gzipped or not', async () => {
    const { fake, wxpay, jsapi } = setup();
    const { out_trade_no } = await jsapi();
    await fake.pay(out_trade_no);
    const bill_date = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const download = async (tar_type?: 'GZIP') => {
      const { data } = await wxpay.v3.bill.tradebill.get({ query: { bill_date, bill_type: 'ALL', ...(tar_type && { tar_type }) } });
      expect(data.hash_type).toBe('SHA1');
      const token = new URL(data.download_url).searchParams.get('token')!;
      const file = await wxpay.v3.billdownload.file.get({ query: { token }, responseType: 'arraybuffer' });
      expect(file.headers['wechatpay-signature']).toBeUndefined(); // served unsigned, as WeChat Pay serves files
      const bytes = tar_type ? gunzipSync(file.data) : file.data;
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(data.hash_value);
      return bytes.toString('utf8');
    };
    const text = await download();
    expect(await download('GZIP')).toBe(text);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^交易时间,公众账号ID,商户号,/);
    expect(lines.find((line) => line.includes(out_trade_no))).toMatch(new RegExp(`^\`${bill_date} \\d\\d:\\d\\d:\\d\\d,\`${APP_ID},\`${merchant.mchid},.*,\`JSAPI,\`SUCCESS,\`OTHERS,\`CNY,\`9\\.90,`));
    const error = await wxpay.v3.bill.tradebill.get({ query: { bill_date: '2001-01-01' } }).catch((e: ApiError) => e);
    expect(ApiError.is(error) && error.code).toBe('NO_STATEMENT_EXIST');
  });
});
