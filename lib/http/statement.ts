import { sha1Hex } from '#platform/crypto';
import { verifySignature, type VerifyInput } from '../auth/verifier.js';
import { utf8Bytes } from '../bytes.js';
import type { RequestSummary, ResponseSummary } from '../errors/http-context.js';
import { SignatureError } from '../errors/signature-error.js';

/** The trust store's lookups and the clock (response.ts's `ResponseChecks`). */
interface Checks {
  keyFor: VerifyInput['keyFor'];
  unknownSerialHint: VerifyInput['unknownSerialHint'];
  clock: () => number;
  clockToleranceSeconds: number;
}

/**
 * A statement's `Wechatpay-Statement-Sha1`, checked: WeChat Pay signs `{"sha1":"<value>"}` in place of
 * the body, so the signature is verified over that, and the body must then hash to the value.
 * `undefined` when the header is absent (an answer that is not a statement, or an older one).
 */
export async function verifiedStatementDigest(headers: Record<string, string>, checks: Checks, context: () => { request: RequestSummary; response: ResponseSummary }): Promise<string | undefined> {
  const sha1 = headers['wechatpay-statement-sha1'];
  if (sha1 === undefined) return undefined;
  if (!/^[0-9a-fA-F]{40}$/.test(sha1)) {
    throw new SignatureError('bad-signature', `Wechatpay-Statement-Sha1 is not a hex SHA-1 ("${sha1.slice(0, 48)}")`, { requestId: headers['request-id'], ...context() });
  }
  await verifySignature({
    headers,
    body: utf8Bytes(JSON.stringify({ sha1 })),
    keyFor: checks.keyFor,
    unknownSerialHint: checks.unknownSerialHint,
    now: checks.clock(),
    toleranceSeconds: checks.clockToleranceSeconds,
    context,
  });
  return sha1;
}

/** Whether a whole statement body hashes to its verified header (SHA-1 of the platform: node:crypto, or WebCrypto). */
export async function matchesSha1(body: Uint8Array, sha1: string): Promise<boolean> {
  return (await sha1Hex(body)) === sha1.toLowerCase();
}
