import { randomBytes, randomInt } from 'node:crypto';
import { createNonce } from '../../auth/crypto.js';
import { beijingTime } from '../time.js';

/** Identifiers shaped like WeChat Pay's, random enough that two tests never share one. */

function digits(count: number): string {
  let out = '';
  while (out.length < count) out += String(randomInt(0, 1_000_000_000)).padStart(9, '0');
  return out.slice(0, count);
}

/** `wx` + the UTC+8 time to the second + 20 hex digits (36 characters), e.g. `wx201410272009395522657a690389285100`. */
export function prepayId(now: number): string {
  return `wx${beijingTime(now).replace(/\D/g, '').slice(0, 14)}${randomBytes(10).toString('hex')}`;
}

/** 28 digits starting with `4200`, as a 微信支付订单号. */
export function transactionId(): string {
  return `4200${digits(24)}`;
}

/** 29 digits starting with `50`, as a 微信退款单号. */
export function refundId(): string {
  return `50${digits(27)}`;
}

/** 28 characters starting with `o`, as an OpenID. */
export function openid(): string {
  return `o${createNonce(27)}`;
}

/** A Native payment's QR-code link. */
export function codeUrl(): string {
  return `weixin://wxpay/bizpayurl?pr=${createNonce(7)}`;
}

/** An H5 payment's redirect link for a prepay id. */
export function h5Url(prepay: string): string {
  return `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepay}&package=${digits(10)}`;
}

/** A bill download token. */
export function billToken(): string {
  return createNonce(32);
}
