import { createHash, createHmac } from 'node:crypto';
import type { V2SignType } from './types.js';

// TODO(APIv2): this becomes a call to signV2() of lib/auth/v2-sign.ts once the APIv2 runtime lands;
// it is here only so that payment parameters of APIv2 orders need not wait for it.

/** Whether `value` is an APIv2 signature type. */
export function isV2SignType(value: unknown): value is V2SignType {
  return value === 'MD5' || value === 'HMAC-SHA256';
}

/**
 * The APIv2 signature (签名算法) of `fields`: names sorted by ASCII, empty values and `sign` left
 * out, `name=value` joined with `&`, then `&key=<APIv2 key>`; MD5 of that, or HMAC-SHA256 keyed by
 * the APIv2 key; upper-case hex. The key stays in a Buffer: it is never made a string here.
 */
export function signV2(fields: Readonly<Record<string, string>>, key: Buffer, signType: V2SignType): string {
  const text = Object.keys(fields)
    .filter((name) => name !== 'sign' && fields[name] !== '')
    .sort()
    .map((name) => `${name}=${fields[name]}`)
    .join('&');
  const message = Buffer.concat([Buffer.from(`${text}&key=`, 'utf8'), key]);
  const digest = signType === 'MD5' ? createHash('md5').update(message) : createHmac('sha256', key).update(message);
  return digest.digest('hex').toUpperCase();
}
