import { concatBytes, utf8Bytes } from '../bytes.js';
import { verifySha256Rsa } from './crypto.js';
import type { VerificationKey } from './keys.js';
import { SignatureError } from '../errors/signature-error.js';
import type { RequestSummary, ResponseSummary } from '../errors/http-context.js';

/** The four headers WeChat Pay signs its responses and notifications with (lower-cased). */
export const SIGNATURE_HEADERS = ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial'] as const;

const NEWLINE = utf8Bytes('\n');

/** Probe notifications carry signatures with this prefix to check that merchants verify. */
const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';

export interface VerifyInput {
  /** Response or notification headers, names lower-cased. */
  headers: Record<string, string | undefined>;
  /** The raw body bytes, before any JSON parsing. */
  body: Uint8Array;
  /** Look up a verification key by `Wechatpay-Serial` (may refresh downloaded certificates first). */
  keyFor: (serial: string) => VerificationKey | undefined | Promise<VerificationKey | undefined>;
  /** Why a serial is unknown and what to do, appended to the `unknown-serial` message (e.g. `TrustStore.hint`). */
  unknownSerialHint?: (serial: string) => string | undefined;
  /** Current time in milliseconds. */
  now: number;
  /** Allowed clock offset in seconds. */
  toleranceSeconds: number;
  /**
   * The exchange, for the error when a check fails; called only then. A function, not an object
   * with getters: V8 allocates a getter pair straight in the old generation, and from there its
   * closures would keep each response's whole object graph alive until the next full GC.
   */
  context?: () => { request?: RequestSummary; response?: ResponseSummary };
}

/**
 * Checks a WeChat Pay signature; returns the serial that verified, or throws a {@link SignatureError}
 * naming the failed check. The result comes as it is when the key is known and checked here (every
 * response but the rare one signed with a certificate not downloaded yet), and as a promise when a
 * key has to be waited for or a caller's verifier answers asynchronously: `await` it either way.
 */
export function verifySignature(input: VerifyInput): string | Promise<string> {
  const { headers } = input;
  const requestId = headers['request-id'];
  const fail = (reason: ConstructorParameters<typeof SignatureError>[0], detail: string, serial?: string): never => {
    throw new SignatureError(reason, detail, { serial, requestId, ...input.context?.() });
  };
  for (const name of SIGNATURE_HEADERS) {
    if (!headers[name]) fail('missing-header', `the ${canonical(name)} header is missing`);
  }
  const timestamp = headers['wechatpay-timestamp']!;
  const nonce = headers['wechatpay-nonce']!;
  const signature = headers['wechatpay-signature']!;
  const serial = headers['wechatpay-serial']!;

  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (Number.isNaN(seconds)) fail('timestamp', `Wechatpay-Timestamp "${timestamp.slice(0, 20)}" is not a Unix time in seconds`, serial);
  const offset = Math.floor(input.now / 1000) - seconds;
  if (Math.abs(offset) > input.toleranceSeconds) {
    fail('timestamp', `Wechatpay-Timestamp is ${Math.abs(offset)} s ${offset > 0 ? 'old' : 'in the future'} (allowed ±${input.toleranceSeconds} s); check this machine's clock`, serial);
  }
  if (signature.startsWith(PROBE_PREFIX)) fail('probe', 'this is a WeChat Pay signature probe, which must not verify', serial);

  const withKey = (key: VerificationKey | undefined): string | Promise<string> => {
    if (!key) {
      const hint = input.unknownSerialHint?.(serial);
      return fail('unknown-serial', `no WeChat Pay public key or platform certificate is configured for Wechatpay-Serial ${serial}${hint ? `: ${hint}` : ''}`, serial);
    }
    const validity = key.certificate;
    if (validity && (input.now < validity.validFrom.getTime() || input.now > validity.validTo.getTime())) {
      fail('certificate-validity', `platform certificate ${serial} is valid only from ${validity.validFrom.toISOString()} to ${validity.validTo.toISOString()}`, serial);
    }
    const head = `${timestamp}\n${nonce}\n`;
    const checked = (valid: boolean): string => (valid ? serial : fail('bad-signature', 'the signature does not match the body', serial));
    // A caller's verifier gets the message as one buffer; a local key hashes the three parts in place.
    if (key.verify) return Promise.resolve(key.verify(concatBytes([utf8Bytes(head), input.body, NEWLINE]), signature)).then((valid) => checked(valid === true));
    const valid = verifySha256Rsa([head, input.body, '\n'], signature, key.key);
    return typeof valid === 'boolean' ? checked(valid) : valid.then(checked);
  };
  const found = input.keyFor(serial);
  return typeof (found as PromiseLike<unknown> | undefined)?.then === 'function' ? Promise.resolve(found).then(withKey) : withKey(found as VerificationKey | undefined);
}

function canonical(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}
