import { createSign, createVerify, randomBytes, type KeyObject } from 'node:crypto';

/** SHA256withRSA (PKCS#1 v1.5), base64: the APIv3 request signature. */
export function signSha256Rsa(message: string | Uint8Array, privateKey: KeyObject): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
}

/** Verify a base64 SHA256withRSA signature. False, never a throw, for malformed signatures. */
export function verifySha256Rsa(message: string | Uint8Array, signature: string, publicKey: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 32-character alphanumeric nonce from the CSPRNG (WeChat Pay allows at most 32). */
export function createNonce(length = 32): string {
  // 62 does not divide 256: reject bytes >= 248 so that every character is equally likely.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += NONCE_ALPHABET[byte % 62];
    }
  }
  return out;
}
