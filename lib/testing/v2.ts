import { Readable } from 'node:stream';
import { X509Certificate } from 'node:crypto';
import { createNonce } from '../auth/crypto.js';
import { signV2, v2SignTypeOf, verifyV2, type V2SignType } from '../auth/v2-sign.js';
import { buildXml } from '../xml/build.js';
import { parseXml, startsAsXml, textFields } from '../xml/parse.js';
import { APIV2_CERTIFICATE_REQUIRED, APIV2_FILES, APIV2_PATHS, APIV2_UNSIGNED } from '../../types/generated/apiv2.js';
import { multipartTextFields } from './multipart.js';
import type { FakeContext, FakeReply, FakeRequest, FakeResponse, SignMode } from './fake-types.js';

/** What the fake's APIv2 side knows: the merchant, its APIv2 key and its API certificate. */
export interface FakeV2Merchant {
  mchid: string;
  apiv2Key: string;
  /** The merchant API certificate (PEM) a `security` call must present over the fake's HTTPS server. */
  certificate: string | undefined;
}

/** A handler's outcome, as the fake's router hands it back: a reply, plain answer fields, or nothing (the default answer). */
export type V2Outcome = FakeReply | Record<string, string> | undefined;

/** Whether a request is APIv2: a documented APIv2 path, or an XML body. */
export function isV2Request(request: FakeRequest, pathname: string): boolean {
  return APIV2_PATHS.has(pathname.slice(1)) || startsAsXml(request.body.subarray(0, 64));
}

/** A bill as `pay/downloadbill` answers one: CSV-like text, each value after a backquote. */
export const FAKE_BILL = '交易时间,公众账号ID,商户号,微信订单号,商户订单号,总金额\n`2014-06-03 10:00:00,`wx8888888888888888,`1900000109,`1217752501201407033233368018,`1217752501201407033233368018,`0.01\n';

/**
 * Answer an APIv2 request as WeChat Pay does: refuse (with an unsigned `return_code` FAIL) a body
 * that is not XML, a bad `sign`, a foreign `mch_id`, and (served over HTTPS) a `security` operation
 * whose TLS client certificate is not the merchant's; else route it and sign the answer, unless the
 * descriptions say the operation answers unsigned. `route` runs the registered handler, if any.
 */
export async function handleV2(request: FakeRequest, pathname: string, merchant: FakeV2Merchant, route: (context: Partial<FakeContext>) => Promise<{ found: boolean; outcome: V2Outcome }>): Promise<{ response: FakeResponse; verified: boolean }> {
  let verified = false;
  const fail = (message: string): { response: FakeResponse; verified: boolean } => ({ response: xmlResponse({ return_code: 'FAIL', return_msg: message }), verified });
  const path = pathname.slice(1);
  let fields: Record<string, string> = {};
  // A GET (the contract-signing pages) carries its parameters in the query and no signed body.
  verified = request.method === 'GET';
  if (request.method !== 'GET') {
    const type = request.headers['content-type'] ?? '';
    try {
      // A multipart upload's text parts are its fields; anything else must be XML.
      fields = type.startsWith('multipart/form-data') ? multipartTextFields(request.body, type) : textFields(parseXml(request.body));
    } catch {
      return fail('XML格式错误');
    }
    if (!verifyV2(fields, merchant.apiv2Key)) return fail('签名错误');
    verified = true;
    const signType = v2SignTypeOf(fields);
    if (signType === undefined || (fields.sign!.length === 64) !== (signType === 'HMAC-SHA256')) return fail('签名类型错误');
    for (const name of ['mch_id', 'mchid']) if (fields[name] !== undefined && fields[name] !== merchant.mchid) return fail(`${name}参数错误`);
  }
  if (APIV2_CERTIFICATE_REQUIRED.has(path) && request.tls && !sameCertificate(request.tls.clientCertificate, merchant.certificate)) return fail('证书错误：请使用商户API证书');
  const { found, outcome } = await route({ xml: fields, authorization: {} });
  if (!found && !APIV2_PATHS.has(path)) return { response: { status: 404, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('Not Found') }, verified };
  const isReply = outcome !== undefined && isReplyLike(outcome);
  const reply: FakeReply = isReply ? outcome : { xml: (outcome as Record<string, string> | undefined) ?? {} };
  const raw = (body: string | Buffer, type: string): { response: FakeResponse; verified: boolean } => ({ response: { status: reply.status ?? 200, headers: { 'Content-Type': type, ...reply.headers }, body: Buffer.from(body) }, verified });
  // A streamed reply is for APIv3 file downloads; an APIv2 handler answers text or bytes.
  if (reply.body !== undefined && !(reply.body instanceof Readable)) return raw(reply.body, 'text/xml');
  // A file operation answers its file; XML only when a handler asks for an error in its place.
  if (APIV2_FILES.has(path) && !(isReply && reply.xml)) return raw(FAKE_BILL, 'text/plain; charset=utf-8');
  const answer: Record<string, string> = { return_code: 'SUCCESS', return_msg: 'OK', ...(reply.xml?.return_code === 'FAIL' ? {} : { result_code: 'SUCCESS' }) };
  for (const name of ['appid', 'mch_id', 'mchid', 'sub_mch_id', 'device_info']) if (fields[name] !== undefined) answer[name] = fields[name]!;
  Object.assign(answer, { nonce_str: createNonce() }, reply.xml);
  const signs = !APIV2_UNSIGNED.has(path) && !APIV2_FILES.has(path) && answer.return_code === 'SUCCESS';
  return { response: xmlResponse(signs ? signed(answer, merchant.apiv2Key, v2SignTypeOf(fields) ?? 'MD5', reply.sign ?? 'valid') : answer, reply), verified };
}

/** `fields` with a `sign` as `mode` asks: valid, left out, over other fields, or valid and then one field altered. */
export function signed(fields: Record<string, string>, key: string, signType: V2SignType, mode: SignMode): Record<string, string> {
  if (mode === 'unsigned') return fields;
  if (mode === 'forge-signature') return { ...fields, sign: signV2({ ...fields, forged: '1' }, key, signType) };
  const out: Record<string, string> = { ...fields, sign: signV2(fields, key, signType) };
  if (mode === 'tamper-body') {
    const name = Object.keys(fields).find((n) => n !== 'return_code') ?? 'return_msg';
    out[name] = `${fields[name] ?? ''}x`;
  }
  return out;
}

function xmlResponse(fields: Record<string, string>, reply: FakeReply = {}): FakeResponse {
  return { status: reply.status ?? 200, headers: { 'Content-Type': 'text/xml; charset=utf-8', ...reply.headers }, body: Buffer.from(buildXml(Object.entries(fields))) };
}

function isReplyLike(value: object): value is FakeReply {
  return Object.getOwnPropertySymbols(value).length > 0;
}

function sameCertificate(presented: Buffer | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  return new X509Certificate(expected).raw.equals(presented);
}
