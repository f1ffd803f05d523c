import { Readable } from 'node:stream';
import { createNonce } from '../auth/crypto.js';
import { signSha256Rsa } from '../platform/node/crypto.js';
import { ownRecord } from '../request/own.js';
import type { FakeReply, FakeResponse } from './fake-types.js';
import type { TestPlatform } from './keys.js';

/** Marks a handler's return value as a {@link FakeReply} rather than a JSON body. */
const REPLY = Symbol('FakeReply');

/** A reply marked as one (what `FakeWechatpay.reply()` returns). */
export function markedReply(reply: FakeReply): FakeReply {
  return Object.assign({ [REPLY]: true }, reply);
}

/** Whether a handler returned a marked {@link FakeReply} rather than a JSON body. */
export function isReply(value: unknown): value is FakeReply {
  return typeof value === 'object' && value !== null && REPLY in value;
}

/**
 * The fake's answer as WeChat Pay would send it: the body, a `Request-ID`, and the four
 * `Wechatpay-*` signature headers by `signer` at `now`, or the signing fault `reply.sign` asks for.
 */
export function signedReply(given: FakeReply, signer: TestPlatform, now: number): FakeResponse {
  // A handler's own fields only: an inherited `body` or `status` must not become the answer.
  const reply = ownRecord(given) as FakeReply;
  const status = reply.status ?? 200;
  const mode = reply.sign ?? 'valid';
  if (reply.body instanceof Readable) {
    // A file download streams as it is made; what is signed, if anything, is `signedBody`.
    if (mode !== 'unsigned' && reply.signedBody === undefined) throw new Error('FakeWechatpay: a streamed body is not signed; reply with sign: "unsigned" or a signedBody');
    const streamed = signedReply({ ...reply, body: undefined, json: undefined }, signer, now);
    return { ...streamed, headers: { 'Content-Type': 'application/octet-stream', ...streamed.headers }, stream: reply.body };
  }
  let body: Buffer = reply.body === undefined ? (reply.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.json))) : Buffer.from(reply.body);
  const headers: Record<string, string> = { 'Request-ID': `fake-${createNonce(16)}`, ...reply.headers };
  if (body.length && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  if (mode !== 'unsigned') {
    const skew = typeof mode === 'object' && 'skewSeconds' in mode ? mode.skewSeconds : 0;
    const timestamp = String(Math.floor(now / 1000) + skew);
    const nonce = createNonce();
    const content = reply.signedBody === undefined ? body : Buffer.from(reply.signedBody);
    const signed = mode === 'forge-signature' ? Buffer.concat([content, Buffer.from(' ')]) : content;
    let signature = signSha256Rsa(Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), signed, Buffer.from('\n')]), signer.privateKey);
    if (mode === 'probe') signature = `WECHATPAY/SIGNTEST/${signature}`;
    if (mode === 'tamper-body') body = flipOneByte(body);
    Object.assign(headers, {
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': signature,
      'Wechatpay-Serial': typeof mode === 'object' && 'serial' in mode ? mode.serial : signer.serial,
    });
    if (typeof mode === 'object' && 'omitHeader' in mode) delete headers[mode.omitHeader];
  }
  return { status, headers, body };
}

function flipOneByte(body: Buffer): Buffer {
  const copy = Buffer.from(body.length ? body : Buffer.from(' '));
  const index = Math.floor(copy.length / 2);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}
