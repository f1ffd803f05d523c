import { constants, createCipheriv, createDecipheriv, createHash, createHmac, createPrivateKey, createPublicKey, createSign, createVerify, KeyObject, privateDecrypt, publicEncrypt, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CertificateParts, CryptoPlatform, PlatformKey } from '../contract.js';

/** Synchronous node:crypto (Node, Bun, Deno): keys are `KeyObject`s, signatures made and checked in the call. */

export const signsSynchronously = true;

export function isKey(value: unknown): value is PlatformKey {
  return value instanceof KeyObject;
}

export function keyType(key: PlatformKey): string {
  return (key as KeyObject).type;
}

export function asymmetricKeyType(key: PlatformKey): string | undefined {
  return (key as KeyObject).asymmetricKeyType;
}

export function modulusLength(key: PlatformKey): number | undefined {
  return (key as KeyObject).asymmetricKeyDetails?.modulusLength;
}

export function privateKey(bytes: Uint8Array, format: 'pem' | 'pkcs8' | 'pkcs1'): PlatformKey {
  return format === 'pem' ? createPrivateKey(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : createPrivateKey({ key: Buffer.from(bytes), format: 'der', type: format });
}

export function publicKey(bytes: Uint8Array, format: 'pem' | 'spki' | 'pkcs1'): PlatformKey {
  return format === 'pem' ? createPublicKey(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : createPublicKey({ key: Buffer.from(bytes), format: 'der', type: format });
}

export function certificate(bytes: Uint8Array): CertificateParts {
  const cert = new X509Certificate(bytes);
  return { serialNumber: cert.serialNumber.toUpperCase(), publicKey: cert.publicKey, validFrom: new Date(cert.validFrom), validTo: new Date(cert.validTo), pem: cert.toString() };
}

export function publicKeyOf(key: PlatformKey): PlatformKey {
  return createPublicKey(key as KeyObject);
}

export function sameKey(a: PlatformKey, b: PlatformKey): boolean {
  return (a as KeyObject).export({ type: 'spki', format: 'der' }).equals((b as KeyObject).export({ type: 'spki', format: 'der' }));
}

export function readFile(url: string | URL): Uint8Array {
  const path = fileURLToPath(url);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read failed'}`);
  }
}

/** SHA256withRSA (PKCS#1 v1.5), base64: the APIv3 request signature. */
export function signSha256Rsa(message: string | Uint8Array, key: PlatformKey): string {
  return createSign('RSA-SHA256').update(message).sign(key as KeyObject, 'base64');
}

/**
 * Verify a base64 SHA256withRSA signature over `message` (or its parts, in order, hashed without
 * joining them). False, never a throw, for malformed signatures.
 */
export function verifySha256Rsa(message: string | Uint8Array | ReadonlyArray<string | Uint8Array>, signature: string, key: PlatformKey): boolean {
  try {
    const verifier = createVerify('RSA-SHA256');
    if (typeof message === 'string' || message instanceof Uint8Array) verifier.update(message);
    else for (const part of message) verifier.update(part);
    return verifier.verify(key as KeyObject, signature, 'base64');
  } catch {
    return false;
  }
}

export function decryptAesGcm(data: Uint8Array, key: Uint8Array, nonce: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(associatedData);
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
}

export function encryptAesGcm(plaintext: string, key: Uint8Array, nonce: string, associatedData = ''): string {
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

export function encryptOaep(plaintext: Uint8Array, key: PlatformKey): string {
  return publicEncrypt({ key: key as KeyObject, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, plaintext).toString('base64');
}

export function decryptOaep(ciphertext: string, key: PlatformKey): Uint8Array {
  return privateDecrypt({ key: key as KeyObject, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(ciphertext, 'base64'));
}

export function md5Hex(data: Uint8Array): string {
  return createHash('md5').update(data).digest('hex');
}

export function hmacSha256Hex(key: Uint8Array, data: Uint8Array): string {
  return createHmac('sha256', key).update(data).digest('hex');
}

export function sha1Hex(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

export function decryptAesEcb(data: Uint8Array, key: Uint8Array): Uint8Array {
  const decipher = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** The inverse of {@link decryptAesEcb}, base64: for the testing kit and tests (APIv2 refund notifications). */
export function encryptAesEcb(plaintext: string, key: Uint8Array): string {
  const cipher = createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

// Held to the contract at compile time.
export type { CryptoPlatform };
