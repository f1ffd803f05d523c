import type { KeyObject } from 'node:crypto';
import { createNonce, signSha256Rsa } from './crypto.js';

/**
 * Produces the base64 SHA256withRSA signature of a message. The default signs with the configured
 * `privateKey`; supply your own to sign in a KMS or HSM.
 */
export type Signer = (message: string) => string | Promise<string>;

/** The parts of an APIv3 request that the signature covers, exactly as they go on the wire. */
export interface SignedRequestParts {
  method: string;
  /** Path plus query string as sent, without scheme and host, e.g. `/v3/certificates?algorithm_type=RSA`. */
  pathAndQuery: string;
  /** The body bytes as sent; `''` for a request without a body. */
  body: string;
}

/** The APIv3 canonical message: five lines, each ending with `\n`. */
export function signingMessage(parts: SignedRequestParts, timestamp: number, nonce: string): string {
  return `${parts.method.toUpperCase()}\n${parts.pathAndQuery}\n${timestamp}\n${nonce}\n${parts.body}\n`;
}

export function localSigner(privateKey: KeyObject): Signer {
  return (message) => signSha256Rsa(message, privateKey);
}

/**
 * Build the `Authorization` header value for one request.
 * @param now - milliseconds since the epoch (injectable for tests)
 */
export async function authorize(
  parts: SignedRequestParts,
  identity: { mchid: string; serial: string; signer: Signer },
  now: number,
): Promise<string> {
  const timestamp = Math.floor(now / 1000);
  const nonce = createNonce();
  const signature = await identity.signer(signingMessage(parts, timestamp, nonce));
  if (typeof signature !== 'string' || signature === '') {
    throw new TypeError('the signer returned no signature (expected a base64 string)');
  }
  return (
    `WECHATPAY2-SHA256-RSA2048 mchid="${identity.mchid}",nonce_str="${nonce}",signature="${signature}",` +
    `timestamp="${timestamp}",serial_no="${identity.serial}"`
  );
}

/** Parse an APIv3 Authorization header into its pairs; the order of pairs is not significant. */
export function parseAuthorization(value: string): { scheme: string; params: Record<string, string> } | undefined {
  const match = /^(\S+) (.*)$/.exec(value);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const kv = /^([a-z_]+)="([^"]*)"$/.exec(pair);
    if (!kv) return undefined;
    params[kv[1]!] = kv[2]!;
  }
  return { scheme: match[1]!, params };
}
