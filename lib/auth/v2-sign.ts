// MD5 and HMAC-SHA256, synchronous on every runtime: node:crypto, or @noble/hashes where WebCrypto (no MD5, HMAC in promises) is all there is.
import { hmacSha256Hex, md5Hex } from '#platform/crypto';
import { constantTimeEqual, utf8Bytes, utf8Text } from '../bytes.js';

/** The APIv2 signature algorithms: MD5 (the default) and HMAC-SHA256 (`sign_type`). */
export type V2SignType = 'MD5' | 'HMAC-SHA256';

/** An APIv2 key as the signer takes it: the 32-character key itself, or its bytes. */
export type V2Key = string | Uint8Array;

/**
 * The APIv2 string to sign: every field but `sign` with a non-empty value, sorted by name (ASCII),
 * `name=value` joined by `&`, then `&key=<key>`. Values are taken as text, exactly as sent.
 */
export function v2SigningString(fields: Readonly<Record<string, unknown>>, key: V2Key): string {
  const pairs: string[] = [];
  for (const name of Object.keys(fields).sort()) {
    if (name === 'sign') continue;
    const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (value === undefined || value === null || typeof value === 'object' || typeof value === 'function') continue;
    const text = String(value);
    if (text !== '') pairs.push(`${name}=${text}`);
  }
  pairs.push(`key=${typeof key === 'string' ? key : utf8Text(key)}`);
  return pairs.join('&');
}

/**
 * The APIv2 `sign` of `fields`: MD5 of the signing string, or HMAC-SHA256 of it keyed with the APIv2
 * key, in upper-case hex. Also the sign of client-side payment parameters (JSAPI `paySign` of APIv2,
 * APP `sign`).
 * @param signType - @default 'MD5'
 * @example signV2({ appid: 'wxd930ea5d5a258f4f', mch_id: '10000100', device_info: '1000', body: 'test', nonce_str: 'ibuaiVcKdpRxkhJA' }, '192006250b4c09247ec02edce69f6a2d') // '9A0A8659F005D6984697E2CA0A9CF3B7'
 */
export function signV2(fields: Readonly<Record<string, unknown>>, key: V2Key, signType: V2SignType = 'MD5'): string {
  const message = utf8Bytes(v2SigningString(fields, key));
  const digest = signType === 'HMAC-SHA256' ? hmacSha256Hex(typeof key === 'string' ? utf8Bytes(key) : key, message) : md5Hex(message);
  return digest.toUpperCase();
}

/**
 * The sign type a request's fields ask for (`sign_type`), or `undefined` when the value is not one
 * WeChat Pay knows. A missing `sign_type` is MD5.
 */
export function v2SignTypeOf(fields: Readonly<Record<string, unknown>>): V2SignType | undefined {
  const value = Object.hasOwn(fields, 'sign_type') ? fields.sign_type : undefined;
  if (value === undefined || value === null || value === '') return 'MD5';
  return value === 'MD5' || value === 'HMAC-SHA256' ? value : undefined;
}

/**
 * Whether `fields.sign` is the APIv2 sign of `fields`, compared in constant time. The algorithm is
 * the one its length implies (32 hex digits: MD5; 64: HMAC-SHA256); both are keyed with the APIv2
 * key, so either proves the sender holds it. False for a missing or malformed sign.
 */
export function verifyV2(fields: Readonly<Record<string, unknown>>, key: V2Key): boolean {
  const given = Object.hasOwn(fields, 'sign') ? fields.sign : undefined;
  if (typeof given !== 'string' || !/^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})$/.test(given)) return false;
  const signType: V2SignType = given.length === 32 ? 'MD5' : 'HMAC-SHA256';
  return constantTimeEqual(utf8Bytes(signV2(fields, key, signType)), utf8Bytes(given.toUpperCase()));
}
