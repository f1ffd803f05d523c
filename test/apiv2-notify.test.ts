// APIv2 (XML) notifications through the same wxpay.notifications: payment results verified with the
// APIv2 key, refund results' req_info decrypted (AES-256-ECB, key = lower-case hex MD5 of the APIv2
// key), every forgery refused with the existing codes, and the XML reply from the same helpers.
import { createDecipheriv, createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { NotificationError, successReply, type Notification } from 'wechatpay-chain';
import { FakeWechatpay } from 'wechatpay-chain/testing';
import { decryptReqInfo, reqInfoKey } from '../lib/auth/crypto.js';
import { encryptReqInfo } from '../lib/testing/v2-notification.js';
import { caught, registerSecret } from './support/secrets.js';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
registerSecret(fake.apiv2Key);
const wxpay = clientFor(fake);

const PAYMENT = { return_code: 'SUCCESS', appid: 'wx2421b1c4370ec43b', mch_id: '1900000109', nonce_str: '5d2b6c2a8db53831f7eda20af46e531c', result_code: 'SUCCESS', openid: 'oUpF8uMEb4qRXf22hE3X68TekukE', trade_type: 'JSAPI', bank_type: 'CFT', total_fee: '1', cash_fee: '1', transaction_id: '1004400740201409030005092168', out_trade_no: '1409811653', time_end: '20140903131540' };
const REFUND = { transaction_id: '4200000001', out_trade_no: '1217752501201407033233368018', refund_id: '50000000382019052709732678859', out_refund_no: '1217752501201407033233368018', total_fee: '888', refund_fee: '888', settlement_refund_fee: '888', refund_status: 'SUCCESS', success_time: '2017-12-15 09:46:01', refund_recv_accout: '招商银行信用卡0403', refund_account: 'REFUND_SOURCE_RECHARGE_FUNDS', refund_request_source: 'API' };

const refused = async (input: { headers: Record<string, string>; body: string }): Promise<string> => {
  const error = await caught(wxpay.notifications.parse(input));
  expect(NotificationError.is(error)).toBe(true);
  expect((error as Error).message).not.toContain(fake.apiv2Key);
  return (error as NotificationError).code;
};

describe('payment results', () => {
  it('verify with the APIv2 key in MD5 and HMAC-SHA256, and arrive as version v2 with their fields', async () => {
    for (const signType of ['MD5', 'HMAC-SHA256'] as const) {
      const event = await wxpay.notifications.parse(fake.v2Notification(PAYMENT, { signType }));
      expect(event).toMatchObject({ known: false, version: 'v2', event_type: 'transaction', id: PAYMENT.transaction_id, resource: PAYMENT });
    }
  });
  it('refuse a forged, a tampered and an unsigned one, and bodies that are not XML', async () => {
    expect(await refused(fake.v2Notification(PAYMENT, { sign: 'forge-signature' }))).toBe('bad-signature');
    expect(await refused(fake.v2Notification(PAYMENT, { sign: 'tamper-body' }))).toBe('bad-signature');
    expect(await refused(fake.v2Notification(PAYMENT, { sign: 'unsigned' }))).toBe('missing-header');
    expect(await refused(new FakeWechatpay({ merchant: fake.merchant, platform: fake.platform }).v2Notification(PAYMENT))).toBe('bad-signature');
    expect(await refused({ headers: {}, body: '<xml><return_code>SUCCESS</return_code>' })).toBe('malformed-body');
    const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><xml><sign>&b;</sign></xml>';
    expect(await refused({ headers: {}, body: bomb })).toBe('malformed-body');
  });
  it('needs apiv2Key', async () => {
    const error = await caught(clientFor(fake, { apiv2Key: undefined }).notifications.parse(fake.v2Notification(PAYMENT)));
    expect((error as NotificationError).code).toBe('apiv2-key-missing');
  });
});

describe('refund results', () => {
  it('req_info round trip: AES-256-ECB, PKCS#7, key = lower-case hex MD5 of the APIv2 key', () => {
    const key = Buffer.from(fake.apiv2Key);
    const md5 = createHash('md5').update(key).digest('hex');
    expect(Buffer.from(reqInfoKey(key)).toString('latin1')).toBe(md5);
    expect(md5).toMatch(/^[0-9a-f]{32}$/);
    const plaintext = '<root><out_refund_no><![CDATA[1217752501201407033233368018]]></out_refund_no></root>';
    const ciphertext = encryptReqInfo(plaintext, key);
    // Independently of the module: ECB under the hex digest's 32 ASCII bytes, PKCS#7 (Node's default).
    const decipher = createDecipheriv('aes-256-ecb', Buffer.from(md5, 'latin1'), null);
    expect(Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8')).toBe(plaintext);
    expect(decryptReqInfo(ciphertext, key)).toBe(plaintext);
    expect(Buffer.from(ciphertext, 'base64').length % 16).toBe(0);
  });
  it('arrive decrypted, and a tampered or foreign one is refused', async () => {
    const event = await wxpay.notifications.parse(fake.v2RefundNotification(REFUND));
    expect(event).toMatchObject({ version: 'v2', event_type: 'refund', id: REFUND.refund_id, resource: { ...REFUND, mch_id: '1900000109' } });
    expect((event.resource as Record<string, unknown>).req_info).toBeUndefined();
    expect(['decrypt-failed', 'malformed-resource']).toContain(await refused(fake.v2RefundNotification(REFUND, { tamper: true })));
    const other = new FakeWechatpay({ merchant: fake.merchant, platform: fake.platform });
    expect(['decrypt-failed', 'malformed-resource']).toContain(await refused(other.v2RefundNotification(REFUND)));
    expect(await refused({ headers: {}, body: '<xml><return_code>SUCCESS</return_code><req_info>not base64 blocks</req_info></xml>' })).toBe('decrypt-failed');
  });
});

describe('replies and handlers', () => {
  it('the reply helper writes the XML success reply', () => {
    expect(successReply(200, 'v2')).toEqual({ status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>' });
  });

  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((close) => close()));

  it('one node handler serves both versions, each answered in its own format', async () => {
    const events: Notification[] = [];
    const server = createServer(wxpay.notifications.nodeHandler((event) => void events.push(event), { onError: () => {} }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => server.close());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
    const post = async (n: { headers: Record<string, string>; body: string }) => {
      const res = await fetch(url, { method: 'POST', headers: n.headers, body: n.body });
      return { status: res.status, text: await res.text() };
    };
    expect(await post(fake.v2Notification(PAYMENT))).toEqual({ status: 200, text: '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>' });
    expect(await post(fake.v2RefundNotification(REFUND))).toMatchObject({ status: 200 });
    const v3 = await post(fake.notification('TRANSACTION.SUCCESS', { out_trade_no: 'A1', transaction_id: '42', trade_state: 'SUCCESS', amount: { total: 1 } }));
    expect(v3).toEqual({ status: 204, text: '' });
    const forged = await post(fake.v2Notification(PAYMENT, { sign: 'forge-signature' }));
    expect(forged.status).toBe(401);
    expect(forged.text).toBe('<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[notification refused: bad-signature]]></return_msg></xml>');
    expect(events.map((e) => e.version ?? 'v3')).toEqual(['v2', 'v2', 'v3']);
  });

  it('the Web handler answers an APIv2 notification in XML', async () => {
    const handler = wxpay.notifications.handler(() => {});
    const n = fake.v2Notification(PAYMENT);
    const response = await handler(new Request('http://localhost/notify', { method: 'POST', headers: n.headers, body: n.body }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await response.text()).toContain('<![CDATA[SUCCESS]]>');
  });
});
