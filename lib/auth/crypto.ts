import { createCipheriv, createDecipheriv, createHash, createSign, createVerify, randomFillSync, type KeyObject } from 'node:crypto';

/** SHA256withRSA (PKCS#1 v1.5), base64: the APIv3 request signature. */
export function signSha256Rsa(message: string | Uint8Array, privateKey: KeyObject): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
}

/**
 * Verify a base64 SHA256withRSA signature over `message` (or its parts, in order, hashed without
 * joining them). False, never a throw, for malformed signatures.
 */
export function verifySha256Rsa(message: string | Uint8Array | ReadonlyArray<string | Uint8Array>, signature: string, publicKey: KeyObject): boolean {
  try {
    const verifier = createVerify('RSA-SHA256');
    if (typeof message === 'string' || message instanceof Uint8Array) verifier.update(message);
    else for (const part of message) verifier.update(part);
    return verifier.verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// CSPRNG bytes drawn in blocks: one randomFillSync per ~100 nonces instead of one call each (nonces
// are public, so holding unused random bytes in memory costs nothing).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** A 32-character alphanumeric nonce from the CSPRNG (WeChat Pay allows at most 32). */
export function createNonce(length = 32): string {
  // 62 does not divide 256: reject bytes >= 248 so that every character is equally likely.
  let out = '';
  while (out.length < length) {
    if (poolOffset === pool.length) {
      randomFillSync(pool);
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
 * Error whose message says why, never quoting key or plaintext.
 */
export function decryptAesGcm(envelope: AesGcmEnvelope, apiv3Key: Buffer): string {
  if (envelope.algorithm !== undefined && envelope.algorithm !== 'AEAD_AES_256_GCM') {
    throw new Error(`unsupported algorithm ${String(envelope.algorithm).slice(0, 40)} (expected AEAD_AES_256_GCM)`);
  }
  const data = Buffer.from(envelope.ciphertext ?? '', 'base64');
  if (data.length < 17) throw new Error('the ciphertext is too short to hold a GCM tag');
  const decipher = createDecipheriv('aes-256-gcm', apiv3Key, Buffer.from(envelope.nonce ?? '', 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(Buffer.from(envelope.associated_data ?? '', 'utf8'));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('AES-GCM authentication failed: wrong APIv3 key, or the ciphertext, nonce or associated data was altered');
  }
}

/** The inverse of {@link decryptAesGcm}, for the testing kit and for tests. */
export function encryptAesGcm(plaintext: string, apiv3Key: Buffer, nonce: string, associatedData = ''): string {
  const cipher = createCipheriv('aes-256-gcm', apiv3Key, Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

/** The key of APIv2 refund notifications' `req_info`: the lower-case hex MD5 of the APIv2 key, as 32 bytes. */
export function reqInfoKey(apiv2Key: Uint8Array): Buffer {
  return Buffer.from(createHash('md5').update(apiv2Key).digest('hex'), 'latin1');
}

/**
 * Decrypt an APIv2 refund notification's `req_info`: base64, AES-256-ECB under {@link reqInfoKey},
 * PKCS#7 padding. Throws a plain Error that never quotes key or plaintext.
 */
export function decryptReqInfo(reqInfo: string, apiv2Key: Uint8Array): string {
  const data = Buffer.from(reqInfo, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) throw new Error('req_info is not AES-256-ECB ciphertext (base64 of whole 16-byte blocks)');
  const decipher = createDecipheriv('aes-256-ecb', reqInfoKey(apiv2Key), null);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('req_info does not decrypt: wrong APIv2 key, or the ciphertext was altered');
  }
}

/** The inverse of {@link decryptReqInfo}, for the testing kit and for tests. */
export function encryptReqInfo(plaintext: string, apiv2Key: Uint8Array): string {
  const cipher = createCipheriv('aes-256-ecb', reqInfoKey(apiv2Key), null);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}
