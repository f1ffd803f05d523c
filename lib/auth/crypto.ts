import * as platform from '#platform/crypto';
import { fromBase64, utf8Bytes, utf8Text } from '../bytes.js';
import type { CryptoPlatform } from '../platform/contract.js';

// Signing and verifying come from the platform (#platform/crypto: node:crypto, or WebCrypto where
// node:crypto is missing), typed here by the contract both meet: a result may be a promise.
const crypto: Pick<CryptoPlatform, 'signSha256Rsa' | 'verifySha256Rsa' | 'decryptAesGcm' | 'decryptAesEcb' | 'md5Hex'> = platform;
/** SHA256withRSA (PKCS#1 v1.5), base64: the APIv3 request signature. */
export const signSha256Rsa = crypto.signSha256Rsa;
/** Verify a base64 SHA256withRSA signature over `message` or its parts in order; false, never a throw, when it does not. */
export const verifySha256Rsa = crypto.verifySha256Rsa;

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// CSPRNG bytes drawn in blocks: one getRandomValues per ~100 nonces instead of one call each (nonces
// are public, so holding unused random bytes in memory costs nothing). Filled on first use: some
// runtimes (workerd) refuse random numbers while a module loads.
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

/** A 32-character alphanumeric nonce from the CSPRNG (WeChat Pay allows at most 32). */
export function createNonce(length = 32): string {
  // 62 does not divide 256: reject bytes >= 248 so that every character is equally likely.
  let out = '';
  while (out.length < length) {
    if (poolOffset === pool.length) {
      globalThis.crypto.getRandomValues(pool);
      poolOffset = 0;
    }
    const byte = pool[poolOffset++]!;
    if (byte < 248) out += NONCE_ALPHABET[byte % 62];
  }
  return out;
}

/** The `resource`/`encrypt_certificate` envelope WeChat Pay encrypts with the APIv3 key. */
export interface AesGcmEnvelope {
  /** Always `AEAD_AES_256_GCM`. */
  algorithm?: string;
  nonce: string;
  associated_data?: string | null;
  /** base64, with the 16-byte authentication tag at its end. */
  ciphertext: string;
}

/**
 * AEAD_AES_256_GCM decryption with the 32-byte APIv3 key; the tag is always checked. Throws a plain
 * Error whose message says why, never quoting key or plaintext. Synchronous on node:crypto, a
 * promise on WebCrypto: `await` it.
 */
export function decryptAesGcm(envelope: AesGcmEnvelope, apiv3Key: Uint8Array): string | Promise<string> {
  if (envelope.algorithm !== undefined && envelope.algorithm !== 'AEAD_AES_256_GCM') {
    throw new Error(`unsupported algorithm ${String(envelope.algorithm).slice(0, 40)} (expected AEAD_AES_256_GCM)`);
  }
  let data: Uint8Array;
  try {
    data = fromBase64(envelope.ciphertext ?? '');
  } catch {
    throw new Error('the ciphertext is not base64');
  }
  if (data.length < 17) throw new Error('the ciphertext is too short to hold a GCM tag');
  const failed = (): never => {
    throw new Error('AES-GCM authentication failed: wrong APIv3 key, or the ciphertext, nonce or associated data was altered');
  };
  try {
    const plaintext = crypto.decryptAesGcm(data, apiv3Key, utf8Bytes(envelope.nonce ?? ''), utf8Bytes(envelope.associated_data ?? ''));
    return plaintext instanceof Uint8Array ? utf8Text(plaintext) : plaintext.then(utf8Text, failed);
  } catch {
    return failed();
  }
}

/** The key of APIv2 refund notifications' `req_info`: the lower-case hex MD5 of the APIv2 key, as 32 bytes. */
export function reqInfoKey(apiv2Key: Uint8Array): Uint8Array {
  return utf8Bytes(crypto.md5Hex(apiv2Key));
}

/**
 * Decrypt an APIv2 refund notification's `req_info`: base64, AES-256-ECB under {@link reqInfoKey},
 * PKCS#7 padding. Throws a plain Error that never quotes key or plaintext. Synchronous on
 * node:crypto, a promise on WebCrypto: `await` it.
 */
export function decryptReqInfo(reqInfo: string, apiv2Key: Uint8Array): string | Promise<string> {
  let data: Uint8Array;
  try {
    data = fromBase64(reqInfo);
  } catch {
    data = new Uint8Array(0);
  }
  if (data.length === 0 || data.length % 16 !== 0) throw new Error('req_info is not AES-256-ECB ciphertext (base64 of whole 16-byte blocks)');
  const failed = (): never => {
    throw new Error('req_info does not decrypt: wrong APIv2 key, or the ciphertext was altered');
  };
  try {
    const plaintext = crypto.decryptAesEcb(data, reqInfoKey(apiv2Key));
    return plaintext instanceof Uint8Array ? utf8Text(plaintext) : plaintext.then(utf8Text, failed);
  } catch {
    return failed();
  }
}
