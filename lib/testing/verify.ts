import type { KeyObject } from 'node:crypto';
// The testing kit runs on Node: it checks synchronously with node:crypto.
import { verifySha256Rsa } from '../platform/node/crypto.js';
import { parseAuthorization, signingMessage } from '../auth/signer.js';
import type { FakeRequest } from './fake-types.js';
import { multipartField } from './multipart.js';

/**
 * The fake's check of an APIv3 request: its `Authorization` names the merchant and its certificate
 * serial, its timestamp is within `toleranceSeconds` of `nowSeconds`, and its signature verifies over
 * exactly what was received (a multipart upload's `meta` part as the body). Returns the verified
 * pairs, or why the request is refused.
 */
export function verifyV3Request(request: FakeRequest, merchant: { mchid: string; serial: string; publicKey: KeyObject }, nowSeconds: number, toleranceSeconds: number): Record<string, string> | string {
  const header = request.headers.authorization;
  if (!header) return 'the Authorization header is missing';
  const parsed = parseAuthorization(header);
  if (!parsed || parsed.scheme !== 'WECHATPAY2-SHA256-RSA2048') return 'the Authorization header is malformed';
  const { mchid, serial_no: serial, nonce_str: nonce, timestamp, signature } = parsed.params;
  if (!mchid || !serial || !nonce || !timestamp || !signature) return 'the Authorization header lacks a field';
  if (mchid !== merchant.mchid) return `unknown mchid ${mchid}`;
  if (serial !== merchant.serial) return `unknown merchant certificate serial ${serial}`;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return 'the request timestamp is out of range';
  const type = request.headers['content-type'] ?? '';
  const body = type.startsWith('multipart/form-data') ? (multipartField(request.body, type, 'meta') ?? '') : request.body.toString('utf8');
  const message = signingMessage({ method: request.method, pathAndQuery: request.url, signedBody: body }, Number(timestamp), nonce);
  if (!verifySha256Rsa(message, signature, merchant.publicKey)) return 'the request signature does not verify';
  return parsed.params;
}
