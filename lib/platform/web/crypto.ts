import { hmac } from '@noble/hashes/hmac.js';
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { asBytes, concatBytes, fromBase64, sameBytes, toBase64, utf8Bytes, utf8Text } from '../../bytes.js';
import { INSPECT } from '../../inspect.js';
import type { CertificateParts, PlatformKey, WebRsaKey } from '../contract.js';
import { certificateFields, pemBlock, pkcs1PrivateToPkcs8, pkcs1PublicToSpki, pkcs8Modulus, publicOfPkcs8, spkiModulus } from './der.js';

/**
 * WebCrypto (workerd, the Vercel edge runtime, browsers): RSASSA-PKCS1-v1_5/SHA-256, RSA-OAEP/SHA-1,
 * AES-GCM, SHA-1 and AES-256-ECB (by way of AES-CBC) through `crypto.subtle`, which answers in
 * promises; keys are parsed (and refused) at once, and imported into WebCrypto once per use, on
 * first use. MD5 and HMAC-SHA256 (APIv2) come from @noble/hashes, synchronously.
 */

export const signsSynchronously = false;

const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const OAEP = { name: 'RSA-OAEP', hash: 'SHA-1' } as const;

class WebKey implements WebRsaKey {
  readonly asymmetricKeyType = 'rsa' as const;
  readonly #der: Uint8Array;
  readonly #imported = new Map<string, Promise<CryptoKey>>();

  constructor(
    readonly type: 'public' | 'private',
    der: Uint8Array,
    readonly modulusLength: number,
  ) {
    this.#der = der;
  }

  /** A getter, not a field: key bytes never show in `util.inspect`, `JSON.stringify` or a spread. */
  get der(): Uint8Array {
    return this.#der;
  }

  /** The WebCrypto key for one algorithm, imported once. */
  cryptoKey(algorithm: typeof SIGNING | typeof OAEP, usage: KeyUsage): Promise<CryptoKey> {
    let key = this.#imported.get(usage);
    if (!key) {
      const format = this.type === 'private' ? 'pkcs8' : 'spki';
      key = crypto.subtle.importKey(format, this.#der as Uint8Array<ArrayBuffer>, algorithm, false, [usage]);
      this.#imported.set(usage, key);
    }
    return key;
  }

  toJSON(): string {
    return `[RSA ${this.type} key]`;
  }

  [INSPECT](): string {
    return `WebRsaKey { type: '${this.type}', modulusLength: ${this.modulusLength} }`;
  }
}

const web = (key: PlatformKey): WebKey => {
  if (!(key instanceof WebKey)) throw new TypeError('expected a key parsed on this runtime');
  return key;
};

export function isKey(value: unknown): value is PlatformKey {
  return value instanceof WebKey;
}

export function keyType(key: PlatformKey): string {
  return web(key).type;
}

export function asymmetricKeyType(key: PlatformKey): string | undefined {
  return web(key).asymmetricKeyType;
}

export function modulusLength(key: PlatformKey): number | undefined {
  return web(key).modulusLength;
}

export function privateKey(bytes: Uint8Array, format: 'pem' | 'pkcs8' | 'pkcs1'): PlatformKey {
  let der = bytes;
  if (format === 'pem') {
    const block = pemBlock(utf8Text(bytes), ['PRIVATE KEY', 'RSA PRIVATE KEY']);
    if (!block) throw new Error('not a PEM private key');
    der = block.label === 'PRIVATE KEY' ? block.der : pkcs1PrivateToPkcs8(block.der);
  } else if (format === 'pkcs1') {
    der = pkcs1PrivateToPkcs8(bytes);
  }
  const key = new WebKey('private', der.slice(), pkcs8Modulus(der));
  // Imported now, so that a key WebCrypto refuses fails the first call at the latest; kept for every call after.
  key.cryptoKey(SIGNING, 'sign').catch(() => undefined);
  return key;
}

export function publicKey(bytes: Uint8Array, format: 'pem' | 'spki' | 'pkcs1'): PlatformKey {
  let der = bytes;
  if (format === 'pem') {
    const block = pemBlock(utf8Text(bytes), ['PUBLIC KEY', 'RSA PUBLIC KEY']);
    if (!block) throw new Error('not a PEM public key');
    der = block.label === 'PUBLIC KEY' ? block.der : pkcs1PublicToSpki(block.der);
  } else if (format === 'pkcs1') {
    der = pkcs1PublicToSpki(bytes);
  }
  return new WebKey('public', der.slice(), spkiModulus(der));
}

export function certificate(bytes: Uint8Array): CertificateParts {
  const block = pemBlock(utf8Text(bytes), ['CERTIFICATE']);
  const der = block ? block.der : bytes;
  const fields = certificateFields(der);
  const base64 = toBase64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return {
    serialNumber: fields.serialNumber,
    publicKey: new WebKey('public', fields.spki, spkiModulus(fields.spki)),
    validFrom: fields.validFrom,
    validTo: fields.validTo,
    pem: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`,
  };
}

export function publicKeyOf(key: PlatformKey): PlatformKey {
  const spki = publicOfPkcs8(web(key).der);
  return new WebKey('public', spki, spkiModulus(spki));
}

export function sameKey(a: PlatformKey, b: PlatformKey): boolean {
  const spki = (key: WebKey): Uint8Array => (key.type === 'private' ? publicOfPkcs8(key.der) : key.der);
  return sameBytes(spki(web(a)), spki(web(b)));
}

export function readFile(_url: string | URL): Uint8Array {
  throw new Error('this runtime has no file system to read a file:// key from: pass the PEM text itself, e.g. from an environment binding or secret (env.WECHATPAY_PRIVATE_KEY)');
}

const bytesOf = (message: string | Uint8Array): Uint8Array => (typeof message === 'string' ? utf8Bytes(message) : message);

export async function signSha256Rsa(message: string | Uint8Array, key: PlatformKey): Promise<string> {
  const signature = await crypto.subtle.sign(SIGNING, await web(key).cryptoKey(SIGNING, 'sign'), bytesOf(message) as Uint8Array<ArrayBuffer>);
  return toBase64(new Uint8Array(signature));
}

export async function verifySha256Rsa(message: string | Uint8Array | ReadonlyArray<string | Uint8Array>, signature: string, key: PlatformKey): Promise<boolean> {
  try {
    const data = typeof message === 'string' || message instanceof Uint8Array ? bytesOf(message) : concatBytes(message.map(bytesOf));
    return await crypto.subtle.verify(SIGNING, await web(key).cryptoKey(SIGNING, 'verify'), fromBase64(signature) as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}

// The APIv3 key is held by its Secret as one Uint8Array for the client's life: imported once.
const aesKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function aesKey(key: Uint8Array): Promise<CryptoKey> {
  let imported = aesKeys.get(key);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']);
    aesKeys.set(key, imported);
  }
  return imported;
}

export async function decryptAesGcm(data: Uint8Array, key: Uint8Array, nonce: Uint8Array, associatedData: Uint8Array): Promise<Uint8Array> {
  const params = { name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer>, additionalData: associatedData as Uint8Array<ArrayBuffer>, tagLength: 128 };
  return new Uint8Array(await crypto.subtle.decrypt(params, await aesKey(key), data as Uint8Array<ArrayBuffer>));
}

export async function encryptAesGcm(plaintext: string, key: Uint8Array, nonce: string, associatedData = ''): Promise<string> {
  const params = { name: 'AES-GCM', iv: utf8Bytes(nonce) as Uint8Array<ArrayBuffer>, additionalData: utf8Bytes(associatedData) as Uint8Array<ArrayBuffer>, tagLength: 128 };
  return toBase64(new Uint8Array(await crypto.subtle.encrypt(params, await aesKey(key), utf8Bytes(plaintext) as Uint8Array<ArrayBuffer>)));
}

export async function encryptOaep(plaintext: Uint8Array, key: PlatformKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.encrypt(OAEP, await web(key).cryptoKey(OAEP, 'encrypt'), asBytes(plaintext) as Uint8Array<ArrayBuffer>)));
}

export function decryptOaep(_ciphertext: string, _key: PlatformKey): Uint8Array {
  throw new Error('RSA-OAEP decryption answers synchronously, which needs node:crypto; this runtime has WebCrypto only, which answers in promises');
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

// WebCrypto has no MD5, and its HMAC answers in a promise: APIv2 signatures are made and checked with
// @noble/hashes (audited, no dependencies), synchronously, as on node:crypto.
export function md5Hex(data: Uint8Array): string {
  return hex(md5(data));
}

export function hmacSha256Hex(key: Uint8Array, data: Uint8Array): string {
  return hex(hmac(sha256, key, data));
}

export async function sha1Hex(data: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-1', data as Uint8Array<ArrayBuffer>)));
}

const BLOCK = 16;

/**
 * AES-256-ECB decryption with PKCS#7 padding, from WebCrypto's AES-CBC (WebCrypto has no ECB): CBC
 * decryption under a zero IV gives block i as D(C_i) XOR C_(i-1), so each block is XORed back with the
 * ciphertext block before it. WebCrypto checks CBC padding, so one block is appended whose CBC
 * decryption is a full padding block: E(C_n XOR 0x10…), made by encrypting that one block (CBC
 * encryption under a zero IV begins with the bare AES encryption of its first block). The ECB
 * padding is then checked and removed here.
 */
export async function decryptAesEcb(data: Uint8Array, key: Uint8Array): Promise<Uint8Array> {
  if (data.length === 0 || data.length % BLOCK !== 0) throw new Error('not whole AES blocks');
  const aes = await crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const iv = new Uint8Array(BLOCK);
  const last = data.subarray(data.length - BLOCK);
  const padded = last.map((byte) => byte ^ BLOCK);
  const extra = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aes, padded)).subarray(0, BLOCK);
  const chained = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, aes, concatBytes([data, extra]) as Uint8Array<ArrayBuffer>));
  const plain = chained.slice(0, data.length);
  for (let i = BLOCK; i < plain.length; i++) plain[i]! ^= data[i - BLOCK]!;
  const pad = plain[plain.length - 1]!;
  let bad = pad < 1 || pad > BLOCK ? 1 : 0;
  for (let i = 1; i <= BLOCK; i++) if (i <= pad) bad |= plain[plain.length - i]! ^ pad;
  if (bad !== 0) throw new Error('bad padding');
  return plain.subarray(0, plain.length - pad);
}
