import { reqInfoKey } from '../auth/crypto.js';
import { encryptAesEcb } from '../platform/node/crypto.js';
import type { V2SignType } from '../auth/v2-sign.js';
import { buildXml } from '../xml/build.js';
import type { SignMode } from './fake-types.js';
import { signed } from './v2.js';

/** Options of the fake's APIv2 notifications: the sign type, and the faults a receiver must refuse. */
export interface FakeV2NotificationOptions {
  /** @default 'MD5' */
  signType?: V2SignType;
  /** `'unsigned'`, `'forge-signature'` or `'tamper-body'` for the faults. @default 'valid' */
  sign?: Extract<SignMode, 'valid' | 'unsigned' | 'forge-signature' | 'tamper-body'>;
}

/** An APIv2 notification as WeChat Pay POSTs it: XML, `Content-Type: text/xml`. */
export interface FakeV2Notification {
  headers: Record<string, string>;
  body: string;
}

const HEADERS = { 'Content-Type': 'text/xml' };

/** The inverse of `decryptReqInfo` (lib/auth/crypto.ts): base64 AES-256-ECB under the MD5 of the APIv2 key, PKCS#7. */
export function encryptReqInfo(plaintext: string, apiv2Key: Uint8Array): string {
  return encryptAesEcb(plaintext, reqInfoKey(apiv2Key));
}

/** A signed APIv2 notification (a payment result, a contract event…) of `fields`. */
export function v2NotificationOf(fields: Record<string, string>, apiv2Key: string, options: FakeV2NotificationOptions = {}): FakeV2Notification {
  const body = signed(fields, apiv2Key, options.signType ?? 'MD5', options.sign ?? 'valid');
  return { headers: { ...HEADERS }, body: buildXml(Object.entries(body)) };
}

/**
 * An APIv2 refund result: `refund` (the refund's fields) under `<root>`, AES-256-ECB encrypted with the
 * MD5 of the APIv2 key as `req_info`, beside the unencrypted `outer` fields. `tamper` flips one byte of
 * the ciphertext, which a receiver must refuse.
 */
export function v2RefundNotificationOf(refund: Record<string, string>, outer: Record<string, string>, apiv2Key: string, tamper = false): FakeV2Notification {
  let reqInfo = encryptReqInfo(buildXml(Object.entries(refund)).replace(/^<xml>/, '<root>').replace(/<\/xml>$/, '</root>'), Buffer.from(apiv2Key));
  if (tamper) {
    const bytes = Buffer.from(reqInfo, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    reqInfo = bytes.toString('base64');
  }
  return { headers: { ...HEADERS }, body: buildXml(Object.entries({ return_code: 'SUCCESS', ...outer, req_info: reqInfo })) };
}
