import { createHash, createHmac, createSign, createVerify } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ConfigError, ParameterError, Wechatpay, type AppPaymentParams, type JsapiPaymentParams, type JsapiV2PaymentParams, type WechatpayConfig } from 'wechatpay-chain';
import { signV2 } from '../lib/payment/v2.js';
import { caught, expectNoSecrets, registerSecret } from './support/secrets.js';
import { createFake, merchant } from './support/world.js';

const fake = createFake();
const APP_ID = 'wxd678efh567hg6787';
const PREPAY_ID = 'wx201410272009395522657a690389285100';
// The APIv2 key of WeChat Pay's signing guide (签名算法), whose worked example is pinned below.
const GUIDE_KEY = '192006250b4c09247ec02edce69f6a2d';
registerSecret(GUIDE_KEY);

// 2014-10-29 13:48:19.999 UTC: a clock that is not on a second, so that milliseconds would show.
const NOW_MS = 1_414_590_499_999;
const local = new Wechatpay({ ...fake.clientConfig(), clock: () => NOW_MS, apiv2Key: GUIDE_KEY });

const rsaVerifies = (message: string, signature: string): boolean => createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, signature, 'base64');
const md5 = (text: string): string => createHash('md5').update(text).digest('hex').toUpperCase();
const hmac = (text: string): string => createHmac('sha256', GUIDE_KEY).update(text).digest('hex').toUpperCase();

describe('wxpay.payment.jsapi()', () => {
  it('returns the six strings WeixinJSBridge and wx.requestPayment take, paySign over appId\\ntimeStamp\\nnonceStr\\npackage\\n', () => {
    const params = local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID });
    expect(Object.keys(params)).toEqual(['appId', 'timeStamp', 'nonceStr', 'package', 'signType', 'paySign']);
    expect(params).toMatchObject({ appId: APP_ID, timeStamp: '1414590499', package: `prepay_id=${PREPAY_ID}`, signType: 'RSA' });
    expect(params.nonceStr).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.nonceStr}\nprepay_id=${PREPAY_ID}\n`, params.paySign)).toBe(true);
    // The message's exact form matters: the same fields with \r\n, or without the final \n, do not verify.
    expect(rsaVerifies(`${APP_ID}\r\n1414590499\r\n${params.nonceStr}\r\nprepay_id=${PREPAY_ID}\r\n`, params.paySign)).toBe(false);
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.nonceStr}\nprepay_id=${PREPAY_ID}`, params.paySign)).toBe(false);
  });

  it('appends the 微信分付 package suffix as it is, and signs it', () => {
    const suffix = '&subsidy_period_type=PERIOD&selected_installment_number=3';
    const params = local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, packageSuffix: suffix });
    expect(params.package).toBe(`prepay_id=${PREPAY_ID}${suffix}`);
    expect(rsaVerifies(`${APP_ID}\n${params.timeStamp}\n${params.nonceStr}\nprepay_id=${PREPAY_ID}${suffix}\n`, params.paySign)).toBe(true);
  });

  it('passes the check the fake makes as the WeChat client would', async () => {
    const world = createFake();
    const order = world.payments.addOrder({ trade_type: 'JSAPI', appid: APP_ID, out_trade_no: 'PAYCHECK01', notify_url: 'http://127.0.0.1:9/n', amount: { total: 1, currency: 'CNY' } });
    const wxpay = new Wechatpay(world.clientConfig());
    expect(world.verifyPayment(wxpay.payment.jsapi({ appId: APP_ID, prepayId: order.prepay_id }))).toEqual({ ok: true, order });
  });
});

describe('wxpay.payment.app()', () => {
  it('returns the seven strings of the APP SDK\'s PayReq, sign over appid\\ntimestamp\\nnoncestr\\nprepayid\\n', () => {
    const params = local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID });
    expect(Object.keys(params)).toEqual(['appid', 'partnerid', 'prepayid', 'package', 'noncestr', 'timestamp', 'sign']);
    expect(params).toMatchObject({ appid: APP_ID, partnerid: merchant.mchid, prepayid: PREPAY_ID, package: 'Sign=WXPay', timestamp: '1414590499' });
    expect(params.noncestr).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.noncestr}\n${PREPAY_ID}\n`, params.sign)).toBe(true);
    // The frequent mistake: signing the package (or prepay_id=…) instead of the bare prepay id.
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.noncestr}\nSign=WXPay\n`, params.sign)).toBe(false);
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.noncestr}\nprepay_id=${PREPAY_ID}\n`, params.sign)).toBe(false);
  });

  it('takes partnerid from partnerId in partner mode', () => {
    expect(local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, partnerId: '1230000109' }).partnerid).toBe('1230000109');
  });
});

describe('timestamps and nonces', () => {
  it('timestamps are the client clock in whole seconds; every value is a string; nonces are unique over 10,000 calls', () => {
    let now = 1_700_000_000_123;
    const wxpay = new Wechatpay({ ...fake.clientConfig(), clock: () => (now += 997), apiv2Key: GUIDE_KEY });
    const nonces = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const params = i % 2 ? wxpay.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'HMAC-SHA256' }) : wxpay.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' });
      const values = Object.values(params);
      if (!values.every((value) => typeof value === 'string')) throw new Error(`call ${i}: a value is not a string`);
      const [timestamp, nonce] = 'timeStamp' in params ? [params.timeStamp, params.nonceStr] : [params.timestamp, params.noncestr];
      if (timestamp !== String(Math.floor(now / 1000))) throw new Error(`call ${i}: timestamp ${timestamp} is not the clock's second`);
      if (!/^[0-9A-Za-z]{32}$/.test(nonce)) throw new Error(`call ${i}: nonce ${nonce}`);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(10_000);
  });

  it('draws nonces from the CSPRNG, never Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID });
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });
});

describe('APIv2 orders (signType MD5 or HMAC-SHA256, with the apiv2Key)', () => {
  it('signV2 reproduces the signing guide\'s worked example byte for byte', () => {
    const fields = { appid: 'wxd930ea5d5a258f4f', mch_id: '10000100', device_info: '1000', body: 'test', nonce_str: 'ibuaiVcKdpRxkhJA' };
    const key = Buffer.from(GUIDE_KEY);
    // stringSignTemp = "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d"
    expect(signV2(fields, key, 'MD5')).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
    expect(signV2(fields, key, 'HMAC-SHA256')).toBe('6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6');
    // Empty values and `sign` are left out.
    expect(signV2({ ...fields, sign: '9A0A8659F005D6984697E2CA0A9CF3B7', attach: '' }, key, 'MD5')).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
  });

  it('JSAPI: paySign signs appId, nonceStr, package, signType and timeStamp in ASCII order', () => {
    const params: JsapiV2PaymentParams = local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' });
    expect(Object.keys(params)).toEqual(['appId', 'timeStamp', 'nonceStr', 'package', 'signType', 'paySign']);
    const text = `appId=${APP_ID}&nonceStr=${params.nonceStr}&package=prepay_id=${PREPAY_ID}&signType=MD5&timeStamp=1414590499&key=${GUIDE_KEY}`;
    expect(params.paySign).toBe(md5(text));
    const hmacParams = local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'HMAC-SHA256' });
    expect(hmacParams.signType).toBe('HMAC-SHA256');
    expect(hmacParams.paySign).toBe(hmac(`appId=${APP_ID}&nonceStr=${hmacParams.nonceStr}&package=prepay_id=${PREPAY_ID}&signType=HMAC-SHA256&timeStamp=1414590499&key=${GUIDE_KEY}`));
  });

  it('APP: sign signs appid, noncestr, package, partnerid, prepayid and timestamp in ASCII order', () => {
    const params: AppPaymentParams = local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'HMAC-SHA256' });
    const text = `appid=${APP_ID}&noncestr=${params.noncestr}&package=Sign=WXPay&partnerid=${merchant.mchid}&prepayid=${PREPAY_ID}&timestamp=1414590499&key=${GUIDE_KEY}`;
    expect(params.sign).toBe(hmac(text));
    expect(local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' }).sign).toMatch(/^[0-9A-F]{32}$/);
  });

  it('the fake checks an APIv2 paySign with the APIv2 key', () => {
    const world = createFake();
    const order = world.payments.addOrder({ trade_type: 'APP', appid: APP_ID, out_trade_no: 'V2APP00001', notify_url: 'http://127.0.0.1:9/n', amount: { total: 1, currency: 'CNY' } });
    const wxpay = new Wechatpay({ ...world.clientConfig(), apiv2Key: GUIDE_KEY });
    const params = wxpay.payment.app({ appId: APP_ID, prepayId: order.prepay_id, signType: 'MD5' });
    expect(world.verifyPayment(params, { apiv2Key: GUIDE_KEY }).ok).toBe(true);
    expect(world.verifyPayment(params, { apiv2Key: 'another32characterkeyforthefake0' })).toEqual({ ok: false, reason: 'the MD5 signature does not verify with the APIv2 key' });
  });

  it('the APIv2 key is held like the APIv3 key: never in inspect, JSON or errors', async () => {
    expectNoSecrets(local);
    expectNoSecrets(local.payment);
    expect(inspect(local.payment)).toBe('Payment {}');
    const error = await caught(() => new Wechatpay({ ...fake.clientConfig(), apiv2Key: `${GUIDE_KEY}x` }));
    expect(ConfigError.is(error) && error.option).toBe('apiv2Key');
    expect(error.message).toBe('Invalid option `apiv2Key`: must be 32 bytes (the APIv2 key WeChat Pay has merchants set), got 33');
  });
});

describe('a remote signer', () => {
  const remoteSigner = vi.fn(async (message: string) => createSign('RSA-SHA256').update(message).sign(merchant.privateKey, 'base64'));
  const remote = new Wechatpay({ ...fake.clientConfig(), privateKey: undefined, signer: remoteSigner, clock: () => NOW_MS, apiv2Key: GUIDE_KEY });

  it('signs JSAPI and APP parameters, in a promise', async () => {
    const pending = remote.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID });
    expect(pending).toBeInstanceOf(Promise);
    const params = await pending;
    expect(remoteSigner).toHaveBeenLastCalledWith(`${APP_ID}\n1414590499\n${params.nonceStr}\nprepay_id=${PREPAY_ID}\n`);
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${params.nonceStr}\nprepay_id=${PREPAY_ID}\n`, params.paySign)).toBe(true);
    const app = await remote.payment.app({ appId: APP_ID, prepayId: PREPAY_ID });
    expect(rsaVerifies(`${APP_ID}\n1414590499\n${app.noncestr}\n${PREPAY_ID}\n`, app.sign)).toBe(true);
  });

  it('answers in a promise even when the signer answers at once; APIv2 parameters come at once', async () => {
    const sync = new Wechatpay({ ...fake.clientConfig(), privateKey: undefined, signer: () => 'c2lnbmF0dXJl', apiv2Key: GUIDE_KEY });
    await expect(sync.payment.app({ appId: APP_ID, prepayId: PREPAY_ID })).resolves.toMatchObject({ sign: 'c2lnbmF0dXJl' });
    expect(remote.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' }).paySign).toMatch(/^[0-9A-F]{32}$/);
  });

  it('passes on the signer\'s failure, and refuses an empty signature', async () => {
    const failing = new Wechatpay({ ...fake.clientConfig(), privateKey: undefined, signer: async () => Promise.reject(new Error('KMS unavailable')) });
    await expect(failing.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID })).rejects.toThrow('KMS unavailable');
    const empty = new Wechatpay({ ...fake.clientConfig(), privateKey: undefined, signer: async () => '' });
    await expect(empty.payment.app({ appId: APP_ID, prepayId: PREPAY_ID })).rejects.toThrow('the signer returned no signature (expected a base64 string)');
  });

  it('rejects bad input before the signer is asked', async () => {
    remoteSigner.mockClear();
    const error = await caught(remote.payment.jsapi({ appId: APP_ID, prepayId: `prepay_id=${PREPAY_ID}` }));
    expect(ParameterError.is(error) && error.parameter).toBe('prepayId');
    expect(remoteSigner).not.toHaveBeenCalled();
  });

  it('is typed both ways: a value with a local key, a promise with a remote signer, either when unknown', () => {
    expectTypeOf(local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID })).toEqualTypeOf<JsapiPaymentParams>();
    expectTypeOf(local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID })).toEqualTypeOf<AppPaymentParams>();
    expectTypeOf(remote.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID })).toEqualTypeOf<Promise<JsapiPaymentParams>>();
    expectTypeOf(remote.payment.app({ appId: APP_ID, prepayId: PREPAY_ID })).toEqualTypeOf<Promise<AppPaymentParams>>();
    expectTypeOf(remote.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' })).toEqualTypeOf<JsapiV2PaymentParams>();
    const config: WechatpayConfig = fake.clientConfig();
    expectTypeOf(new Wechatpay(config).payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID })).toEqualTypeOf<JsapiPaymentParams | Promise<JsapiPaymentParams>>();
  });
});

describe('refusals: a ParameterError naming the parameter, before anything is signed', () => {
  const secretLike = 'q7Zv2LmPx9Rt4Wn8Yb3Kc6Hd1Jf5Gs0A';
  registerSecret(secretLike);
  const cases: Array<[title: string, call: () => unknown, parameter: string, message: RegExp]> = [
    ['no input', () => local.payment.jsapi(undefined as never), 'input', /expected an object such as \{ appId, prepayId \}, got undefined/],
    ['a missing prepayId', () => local.payment.jsapi({ appId: APP_ID } as never), 'prepayId', /`prepayId` is required: the prepay_id of the order's response, got undefined/],
    ['an empty prepayId', () => local.payment.app({ appId: APP_ID, prepayId: '' }), 'prepayId', /`prepayId` is empty/],
    ['a prepayId that starts with prepay_id=', () => local.payment.jsapi({ appId: APP_ID, prepayId: `prepay_id=${PREPAY_ID}` }), 'prepayId', /already starts with `prepay_id=`: pass the bare prepay_id/],
    ['a prepayId with a line break', () => local.payment.jsapi({ appId: APP_ID, prepayId: `${PREPAY_ID}\n` }), 'prepayId', /is not a prepay_id/],
    ['a numeric prepayId', () => local.payment.app({ appId: APP_ID, prepayId: 42 as never }), 'prepayId', /got number/],
    ['a missing appId', () => local.payment.jsapi({ prepayId: PREPAY_ID } as never), 'appId', /`appId` is required/],
    ['an empty appId', () => local.payment.jsapi({ appId: '', prepayId: PREPAY_ID }), 'appId', /`appId` is empty/],
    ['a merchant ID as appId', () => local.payment.app({ appId: '1900000109', prepayId: PREPAY_ID }), 'appId', /is not an app ID .*all digits, a merchant ID\?/],
    ['an OpenID as appId', () => local.payment.jsapi({ appId: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', prepayId: PREPAY_ID }), 'appId', /is not an app ID/],
    ['a secret as appId (not quoted)', () => local.payment.jsapi({ appId: secretLike, prepayId: PREPAY_ID }), 'appId', /is not an app ID/],
    ['a package suffix with a line break', () => local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, packageSuffix: '&a=1\n' }), 'packageSuffix', /`&name=value` pairs/],
    ['a package suffix without &', () => local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, packageSuffix: 'subsidy_period_type=PERIOD' }), 'packageSuffix', /`&name=value` pairs/],
    ['a packageSuffix on APP', () => local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, packageSuffix: '&a=1' } as never), 'packageSuffix', /the APP package is always Sign=WXPay/],
    ['a bad partnerId', () => local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID, partnerId: 'sp_mchid' }), 'partnerId', /a merchant ID/],
    ['an unknown signType', () => local.payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'SHA1' as never }), 'signType', /'RSA' \(APIv3, the default\), 'MD5' or 'HMAC-SHA256'.*got another string/],
    ['snake_case names', () => local.payment.jsapi({ appid: APP_ID, prepay_id: PREPAY_ID } as never), 'appid', /unknown parameter `appid`: did you mean `appId`\?/],
    ['an APIv2 signType without an apiv2Key', () => new Wechatpay({ ...fake.clientConfig(), apiv2Key: undefined }).payment.jsapi({ appId: APP_ID, prepayId: PREPAY_ID, signType: 'MD5' }), 'signType', /signs with the APIv2 key: give the client the `apiv2Key` option/],
  ];

  it.each(cases)('%s', async (_title, call, parameter, message) => {
    const error = await caught(call);
    expect(ParameterError.is(error)).toBe(true);
    expect((error as ParameterError).parameter).toBe(parameter);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\(parameter `\w+` of wxpay\.payment\.(jsapi|app)\(\)\)$/);
    expect(error.message).not.toContain(secretLike);
  });

  it('reads own properties only: an inherited prepayId or a polluted prototype counts for nothing', async () => {
    const inherited = Object.assign(Object.create({ prepayId: PREPAY_ID }) as object, { appId: APP_ID });
    expect(((await caught(() => local.payment.jsapi(inherited as never))) as ParameterError).parameter).toBe('prepayId');
    Object.defineProperty(Object.prototype, 'partnerId', { value: '1230000109', configurable: true, writable: true });
    try {
      expect(local.payment.app({ appId: APP_ID, prepayId: PREPAY_ID }).partnerid).toBe(merchant.mchid);
    } finally {
      delete (Object.prototype as { partnerId?: unknown }).partnerId;
    }
  });
});
