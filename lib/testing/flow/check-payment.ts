import { timingSafeEqual, type KeyObject } from 'node:crypto';
import { verifySha256Rsa } from '../../platform/node/crypto.js';
import { signV2 } from '../../payment/v2.js';
import type { FakeOrder, FakePaymentCheck } from './types.js';

/** What a check of payment parameters needs to know. */
export interface PaymentCheckContext {
  mchid: string;
  /** The merchant API public key: what WeChat Pay checks an APIv3 `paySign`/`sign` with. */
  publicKey: KeyObject;
  /** Milliseconds since the epoch. */
  now: number;
  /** The APIv2 key, to check APIv2 (MD5, HMAC-SHA256) signatures. */
  apiv2Key?: string;
  order(prepayId: string): FakeOrder | undefined;
}

const JSAPI_FIELDS = ['appId', 'timeStamp', 'nonceStr', 'package', 'signType', 'paySign'] as const;
const APP_FIELDS = ['appid', 'partnerid', 'prepayid', 'package', 'noncestr', 'timestamp', 'sign'] as const;
const PREPAY_LIFETIME_MS = 2 * 3_600_000;

/**
 * Check payment parameters as the WeChat client and WeChat Pay would before showing the payment
 * sheet: every value a string, the timestamp in seconds, the nonce at most 32 characters, an order
 * that can still be paid behind the prepay id, placed for this kind of front end and app, and a
 * signature over the documented message. The message is built here again on purpose, from the
 * documentation rather than from the code that signs it, so that a mistake in one shows up.
 */
export function checkPayment(params: unknown, context: PaymentCheckContext): FakePaymentCheck {
  const no = (reason: string): FakePaymentCheck => ({ ok: false, reason });
  if (typeof params !== 'object' || params === null) return no('the parameters are not an object');
  const kind = Object.hasOwn(params, 'paySign') ? 'JSAPI' : Object.hasOwn(params, 'prepayid') ? 'APP' : undefined;
  if (!kind) return no('these are neither JSAPI parameters (with paySign) nor APP parameters (with prepayid)');
  const values: Record<string, string> = {};
  for (const name of kind === 'JSAPI' ? JSAPI_FIELDS : APP_FIELDS) {
    const value = Object.hasOwn(params, name) ? (params as Record<string, unknown>)[name] : undefined;
    if (typeof value !== 'string' || value === '') return no(`${name} is ${value === undefined ? 'missing' : value === '' ? 'empty' : `a ${typeof value}`}: every value must be a non-empty string`);
    values[name] = value;
  }
  const [appid, timestamp, nonce] = kind === 'JSAPI' ? [values.appId!, values.timeStamp!, values.nonceStr!] : [values.appid!, values.timestamp!, values.noncestr!];
  if (!/^\d{1,10}$/.test(timestamp)) return no(`the timestamp is not in seconds${/^\d{13}$/.test(timestamp) ? ' (milliseconds?)' : ''}`);
  if (Number(timestamp) * 1000 > context.now + 300_000) return no('the timestamp is in the future');
  if (!/^[0-9A-Za-z]{1,32}$/.test(nonce)) return no('the nonce must be 1 to 32 letters or digits');

  let prepay: string;
  if (kind === 'JSAPI') {
    const match = /^prepay_id=([0-9A-Za-z_-]+)(?:&[^\n]*)?$/.exec(values.package!);
    if (!match) return no('package is not prepay_id=…');
    prepay = match[1]!;
  } else {
    if (values.package !== 'Sign=WXPay') return no('package must be Sign=WXPay');
    if (values.partnerid !== context.mchid) return no(`partnerid is not the merchant ${context.mchid}`);
    prepay = values.prepayid!;
  }
  const order = context.order(prepay);
  if (!order) return no(`no order has prepay_id ${prepay}`);
  if (order.trade_type !== kind) return no(`the order was placed for ${order.trade_type}, not ${kind}`);
  if (order.appid !== appid) return no(`the app ID is not the order's (${order.appid})`);
  if (order.trade_state !== 'NOTPAY') return no(`the order cannot be paid: it is ${order.trade_state}`);
  if (context.now - order.placedAt > PREPAY_LIFETIME_MS) return no('the prepay_id has expired (it is valid for 2 hours)');

  const signature = kind === 'JSAPI' ? values.paySign! : values.sign!;
  const signType = kind === 'JSAPI' ? values.signType! : /^[0-9A-F]{32}$/.test(signature) ? 'MD5' : /^[0-9A-F]{64}$/.test(signature) ? 'HMAC-SHA256' : 'RSA';
  if (signType === 'RSA') {
    const message = kind === 'JSAPI' ? `${appid}\n${timestamp}\n${nonce}\n${values.package}\n` : `${appid}\n${timestamp}\n${nonce}\n${prepay}\n`;
    return verifySha256Rsa(message, signature, context.publicKey) ? { ok: true, order } : no('the signature does not verify with the merchant public key');
  }
  if (signType !== 'MD5' && signType !== 'HMAC-SHA256') return no('signType must be RSA, MD5 or HMAC-SHA256');
  if (context.apiv2Key === undefined) throw new Error('verifyPayment: these parameters carry an APIv2 signature; pass { apiv2Key } to check it');
  const { paySign: _paySign, sign: _sign, ...signed } = values;
  const expected = Buffer.from(signV2(signed, Buffer.from(context.apiv2Key, 'utf8'), signType));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true, order } : no(`the ${signType} signature does not verify with the APIv2 key`);
}
