// APIv2 calls end to end on msw: the XML sent and its sign, the answer's sign verified (or not, where
// WeChat Pay answers unsigned), and every refusal before sending and after receiving.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, ConfigError, ParameterError, ResponseError, SignatureError } from 'wechatpay-chain';
import { signV2 } from '../lib/auth/v2-sign.js';
import { buildXml } from '../lib/xml/build.js';
import { parseXml } from '../lib/xml/parse.js';
import { caught } from './support/secrets.js';
import { apiv2World } from './support/apiv2.js';
import { DEFAULT_BASE } from './support/world.js';

const APIV2_KEY = 'a9f4c8e2b7d1f0c3e6a5b8d2c1f4e7a0';
const { server, client } = apiv2World(APIV2_KEY);
/** A client without the merchant certificate: it refuses the calls that need mutual TLS. */
const bare = () => client({ merchantCertificate: undefined });
const sent: { url: string; body: string; headers: Headers }[] = [];

/** Answer `path` with XML fields, signed with `key` (or not). */
function answer(path: string, fields: Record<string, string>, options: { sign?: 'MD5' | 'HMAC-SHA256' | false; key?: string; raw?: string; headers?: Record<string, string> } = {}) {
  server.use(
    http.all(`${DEFAULT_BASE}${path}`, async ({ request }) => {
      sent.push({ url: request.url, body: await request.text(), headers: request.headers });
      if (options.raw !== undefined) return new HttpResponse(options.raw, { headers: { 'Content-Type': 'text/plain', ...options.headers } });
      const signed = options.sign === false ? fields : { ...fields, sign: signV2(fields, options.key ?? APIV2_KEY, options.sign ?? 'MD5') };
      return new HttpResponse(buildXml(Object.entries(signed)), { headers: { 'Content-Type': 'text/xml' } });
    }),
  );
}

const MICROPAY = { appid: 'wx8888888888888888', mch_id: '1900000109', body: 'image形象店-深圳腾大- QQ公仔', out_trade_no: '1217752501201407033233368018', total_fee: '888', spbill_create_ip: '8.8.8.8', auth_code: '120061098828009406' };
const PAID = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS', appid: 'wx8888888888888888', mch_id: '1900000109', nonce_str: 'x', transaction_id: '4200000001', total_fee: '888' };

describe('sending', () => {
  it('sends v2/pay/micropay as POST /pay/micropay: XML with a random nonce_str and an MD5 sign, in all three styles', async () => {
    answer('pay/micropay', PAID);
    const wxpay = client();
    const results = [
      await wxpay.v2.pay.micropay.post({ xml: MICROPAY }),
      await wxpay.chain('v2/pay/micropay').postAsync({ xml: MICROPAY }),
      await wxpay['v2/pay/micropay'].post({ xml: MICROPAY }),
    ];
    for (const res of results) expect(res.data).toEqual({ ...PAID, sign: signV2(PAID, APIV2_KEY) });
    const bodies = sent.splice(0).map((s) => {
      expect(new URL(s.url).pathname).toBe('/pay/micropay');
      expect(s.headers.get('content-type')).toMatch(/^text\/xml/);
      expect(s.headers.get('authorization')).toBeNull();
      return parseXml(s.body) as Record<string, string>;
    });
    for (const fields of bodies) {
      expect(fields).toMatchObject(MICROPAY);
      expect(fields.nonce_str).toMatch(/^[A-Za-z0-9]{32}$/);
      expect(fields.sign).toBe(signV2(fields, APIV2_KEY, 'MD5'));
    }
    expect(new Set(bodies.map((f) => f.nonce_str)).size).toBe(3);
  });

  it('signs with HMAC-SHA256 when sign_type asks, leaves nonce_str out when nonceless', async () => {
    answer('pay/micropay', PAID, { sign: 'HMAC-SHA256' });
    await client().v2.pay.micropay.post({ xml: { ...MICROPAY, sign_type: 'HMAC-SHA256' }, nonceless: true });
    const fields = parseXml(sent.pop()!.body) as Record<string, string>;
    expect(fields.nonce_str).toBeUndefined();
    expect(fields.sign).toBe(signV2(fields, APIV2_KEY, 'HMAC-SHA256'));
    expect(fields.sign).toHaveLength(64);
  });

  it('refuses, before sending, a foreign mch_id or mchid, a missing apiv2Key and a malformed field', async () => {
    const wxpay = client();
    const cases: [() => Promise<unknown>, string][] = [
      [() => wxpay.v2.pay.micropay.post({ xml: { ...MICROPAY, mch_id: '1230000109' } }), 'xml.mch_id'],
      [() => wxpay.v2.mmpaymkttransfers.promotion.transfers.post({ xml: { mchid: '1230000109' } as never, security: true }), 'xml.mchid'],
      [() => client({ apiv2Key: undefined }).v2.pay.micropay.post({ xml: MICROPAY }), 'apiv2Key'],
      [() => wxpay.v2.pay.micropay.post({ xml: { ...MICROPAY, detail: { goods: [] } as never } }), 'xml.detail'],
      [() => wxpay.v2.pay.micropay.post({ xml: { ...MICROPAY, sign_type: 'SHA1' as never } }), 'xml.sign_type'],
      [() => wxpay.v2.pay.micropay.post({ json: {} } as never), 'json'],
    ];
    sent.length = 0;
    for (const [call, parameter] of cases) {
      const error = await caught(call());
      expect(ParameterError.is(error) || ConfigError.is(error)).toBe(true);
      expect((error as ParameterError).parameter ?? (error as ConfigError).option).toBe(parameter);
      expect((error as Error).message).not.toContain(APIV2_KEY);
    }
    expect(sent).toHaveLength(0);
  });

  it('refuses a call that needs the merchant certificate when the client has none, before sending', async () => {
    const error = await caught(bare().v2.secapi.pay.refund.post({ xml: { appid: 'wx', mch_id: '1900000109', out_refund_no: '1', total_fee: 1, refund_fee: 1 } as never }));
    expect(ConfigError.is(error)).toBe(true);
    expect((error as ConfigError).option).toBe('merchantCertificate');
    const asked = await caught(bare().v2.pay.micropay.post({ xml: MICROPAY, security: true }));
    expect(ConfigError.is(asked)).toBe(true);
    expect(sent).toHaveLength(0);
  });
});

describe('answers', () => {
  it('refuses a bad sign, a sign under another key and a missing sign with a SignatureError', async () => {
    const wxpay = client();
    answer('pay/micropay', PAID, { key: 'another-key-of-thirty-two-chars!' });
    expect((await caught(wxpay.v2.pay.micropay.post({ xml: MICROPAY })) as SignatureError).reason).toBe('bad-signature');
    answer('pay/micropay', { ...PAID, sign: 'C380BEC2BFD727A4B6845133519F3AD6' }, { sign: false });
    expect((await caught(wxpay.v2.pay.micropay.post({ xml: MICROPAY })) as SignatureError).reason).toBe('bad-signature');
    answer('pay/micropay', PAID, { sign: false });
    const missing = await caught(wxpay.v2.pay.micropay.post({ xml: MICROPAY }));
    expect(SignatureError.is(missing)).toBe(true);
    expect((missing as SignatureError).reason).toBe('missing-sign');
  });

  it('a tampered field fails the sign', async () => {
    const signed = { ...PAID, sign: signV2(PAID, APIV2_KEY) };
    answer('pay/micropay', { ...signed, total_fee: '1' }, { sign: false });
    expect(SignatureError.is(await caught(client().v2.pay.micropay.post({ xml: MICROPAY })))).toBe(true);
  });

  it('return_code FAIL and result_code FAIL are ApiErrors with code, message and data', async () => {
    answer('pay/micropay', { return_code: 'FAIL', return_msg: '签名错误' }, { sign: false });
    const fail = (await caught(client().v2.pay.micropay.post({ xml: MICROPAY }))) as ApiError;
    expect(ApiError.is(fail)).toBe(true);
    expect([fail.code, fail.apiMessage, fail.verified]).toEqual(['FAIL', '签名错误', false]);
    expect(fail.response.data).toEqual({ return_code: 'FAIL', return_msg: '签名错误' });
    answer('pay/micropay', { ...PAID, result_code: 'FAIL', err_code: 'USERPAYING', err_code_des: '需要用户输入支付密码' });
    const business = (await caught(client().v2.pay.micropay.post({ xml: MICROPAY }))) as ApiError;
    expect([business.code, business.apiMessage, business.verified]).toEqual(['USERPAYING', '需要用户输入支付密码', true]);
    expect(business.message).toContain('USERPAYING');
  });

  it('answers unsigned where the descriptions say WeChat Pay does (red packets)', async () => {
    const fields = { return_code: 'SUCCESS', return_msg: '发放成功', result_code: 'SUCCESS', mch_billno: '0010010404201411170000046545', mch_id: '1900000109', wxappid: 'wx', re_openid: 'o', total_amount: '1000', send_listid: '100000000020150520314766074200' };
    answer('mmpaymkttransfers/sendredpack', fields, { sign: false });
    const xml = { mch_billno: '0010010404201411170000046545', mch_id: '1900000109', wxappid: 'wx', send_name: 's', re_openid: 'o', total_amount: 1000, total_num: 1, wishing: 'w', client_ip: '127.0.0.1', act_name: 'a', remark: 'r' };
    const { data } = await client().v2.mmpaymkttransfers.sendredpack.post({ xml });
    expect(data).toEqual(fields);
    // The same unsigned answer to an operation WeChat Pay signs is refused.
    answer('pay/micropay', { ...PAID }, { sign: false });
    expect(SignatureError.is(await caught(client().v2.pay.micropay.post({ xml: MICROPAY })))).toBe(true);
  });

  it('refuses a DOCTYPE, an entity bomb and an oversized answer', async () => {
    const wxpay = client();
    answer('pay/micropay', {}, { raw: '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><return_code>&b;</return_code></xml>', headers: { 'Content-Type': 'text/xml' } });
    const bomb = await caught(wxpay.v2.pay.micropay.post({ xml: MICROPAY }));
    expect(ResponseError.is(bomb) && bomb.reason).toBe('invalid-xml');
    answer('pay/micropay', {}, { raw: `<xml><return_code>SUCCESS</return_code><a>${'x'.repeat(1024 * 1024)}</a></xml>` });
    const big = await caught(wxpay.v2.pay.micropay.post({ xml: MICROPAY }));
    expect(ResponseError.is(big) && big.reason).toBe('too-large');
  });

  it('hands back a bill as text or bytes, and an XML error in its place as an ApiError', async () => {
    const wxpay = client();
    const bill = '交易时间,公众账号ID,商户号\n`2014-06-03 10:00:00,`wx8888888888888888,`1900000109\n';
    answer('pay/downloadbill', {}, { raw: bill });
    const xml = { appid: 'wx8888888888888888', mch_id: '1900000109', bill_date: '20140603' };
    const text = await wxpay.v2.pay.downloadbill.post({ xml });
    expect(text.data).toBe(bill);
    const bytes = await wxpay.v2.pay.downloadbill.post({ xml, responseType: 'arraybuffer' });
    expect(Buffer.from(bytes.data).toString('utf8')).toBe(bill);
    answer('pay/downloadbill', { return_code: 'FAIL', return_msg: 'No Bill Exist', error_code: '20002' }, { sign: false });
    const error = (await caught(wxpay.v2.pay.downloadbill.post({ xml }))) as ApiError;
    expect(ApiError.is(error)).toBe(true);
    expect(error.apiMessage).toBe('No Bill Exist');
  });
});
