import { signsSynchronously } from '#platform/crypto';
import type { PlatformKey } from '../platform/contract.js';
import { createNonce, signSha256Rsa } from './crypto.js';

/**
 * Produces the base64 SHA256withRSA signature of a message. The default signs with the configured
 * `privateKey`; supply your own to sign in a KMS or HSM.
 */
export type Signer = (message: string) => string | Promise<string>;

/** The parts of an APIv3 request that the signature covers, exactly as they go on the wire. */
export interface SignedParts {
  /** Upper case. */
  method: string;
  /** Path and query as sent, without scheme and host, e.g. `/v3/certificates?algorithm_type=RSA`. */
  pathAndQuery: string;
  /** The body text as sent (a multipart upload's `meta` part); `''` without a body. */
  signedBody: string;
}

/** The merchant identity a request is signed with. */
export interface SigningIdentity {
  mchid: string;
  /** The merchant API certificate serial, upper case. */
  serial: string;
  signer: Signer;
}

/** The APIv3 canonical message: five lines, each ending with `\n` (the last too). */
export function signingMessage(parts: SignedParts, timestamp: number, nonce: string): string {
  return `${parts.method}\n${parts.pathAndQuery}\n${timestamp}\n${nonce}\n${parts.signedBody}\n`;
}

// Signers made by localSigner() where the platform signs synchronously (node:crypto): they return the signature at once, always.
const localSigners = new WeakSet<Signer>();

/** The signer of a private key held in this process. */
export function localSigner(privateKey: PlatformKey): Signer {
  const signer: Signer = (message) => signSha256Rsa(message, privateKey);
  if (signsSynchronously) localSigners.add(signer);
  return signer;
}

/** Whether `signer` is the configured private key's own (synchronous), not a caller's (maybe remote) one. */
export function isLocalSigner(signer: Signer): boolean {
  return localSigners.has(signer);
}

/**
 * The `Authorization` header value for one request, signed now with a fresh nonce: a string when
 * the signer answers synchronously (a local key), otherwise a promise of one.
 * @param now - milliseconds since the epoch (injectable for tests)
 */
export function authorization(parts: SignedParts, identity: SigningIdentity, now: number): string | Promise<string> {
  const timestamp = Math.floor(now / 1000);
  const nonce = createNonce();
  const signature = identity.signer(signingMessage(parts, timestamp, nonce));
  const header = (value: unknown): string =>
    `WECHATPAY2-SHA256-RSA2048 mchid="${identity.mchid}",nonce_str="${nonce}",signature="${checkedSignature(value)}",` +
    `timestamp="${timestamp}",serial_no="${identity.serial}"`;
  return typeof signature === 'string' ? header(signature) : Promise.resolve(signature).then(header);
}

/** What a signer returned, when it is a signature; otherwise a TypeError (a signer of the caller's may return anything). */
export function checkedSignature(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new TypeError('the signer returned no signature (expected a base64 string)');
  return value;
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
