import { decryptOaep, encryptOaep, modulusLength, signsSynchronously } from '#platform/crypto';
import { utf8Bytes, utf8Text } from '../bytes.js';
import type { PlatformKey } from '../platform/contract.js';
import { WechatpayError } from '../errors/base.js';
import { ConfigError } from '../errors/config-error.js';
import { ParameterError } from '../errors/parameter-error.js';
import { describe } from '../errors/describe.js';
import type { TrustStore } from './store.js';

/** How many recent ciphertexts a client remembers to set `Wechatpay-Serial` on the request that carries them. */
export const REMEMBERED_CIPHERTEXTS = 1024;

/** Options of `wxpay.encrypt()`. */
export interface EncryptOptions {
  /**
   * Encrypt with this WeChat Pay public key ID or platform certificate serial instead of the
   * currently preferred key (the public key if there is one, else the newest valid certificate).
   */
  serial?: string;
}

/** Options of `wxpay.decrypt()`. */
export interface DecryptOptions {
  /**
   * `oaep` (RSA-OAEP with SHA-1) is what APIv3 uses. `pkcs1` (the hk/global APIs' PKCS#1 v1.5) is
   * refused: see the error it throws.
   * @default 'oaep'
   */
  padding?: 'oaep' | 'pkcs1';
}

// Base64 of an RSA ciphertext (≥ 1024-bit keys give ≥ 172 characters) as a JSON string value.
const CANDIDATE = /"([A-Za-z0-9+/]{172,}={0,2})"/g;

const PKCS1_REFUSED =
  'PKCS#1 v1.5 decryption is refused: it is open to the Marvin/Bleichenbacher padding-oracle attack ' +
  '(CVE-2023-46809), which is why Node.js ≥ 18.20 / 20.11 disables RSA_PKCS1_PADDING for private decryption. ' +
  'APIv3 encrypts with RSA-OAEP; for hk/global fields still sent with PKCS#1 v1.5, decrypt outside this process ' +
  '(an HSM or KMS that implements implicit rejection), never by reviving the padding with --security-revert.';

/**
 * Sensitive request and response fields (姓名, 证件号, 手机号 …): RSA-OAEP/SHA-1 encryption to a
 * WeChat Pay key, decryption with the merchant key, and the `Wechatpay-Serial` a request must carry
 * when it holds encrypted fields: this class remembers which key made each ciphertext, and the
 * request builder asks it (see {@link SensitiveFields.encryptedWith}) when it builds a request.
 */
export class SensitiveFields {
  readonly #trust: TrustStore;
  readonly #privateKey: PlatformKey | undefined;
  /** ciphertext → serial, oldest first (Map keeps insertion order). */
  readonly #made = new Map<string, string>();

  constructor(trust: TrustStore, privateKey: PlatformKey | undefined) {
    this.#trust = trust;
    this.#privateKey = privateKey;
  }

  async encrypt(plaintext: string, options: EncryptOptions = {}): Promise<string> {
    if (typeof plaintext !== 'string') throw new ParameterError('plaintext', 'wxpay.encrypt()', `expected a string, got ${describe(plaintext)}`);
    let serial: string;
    let key: PlatformKey;
    if (options.serial !== undefined) {
      const found = await this.#trust.resolve(options.serial);
      if (!found) throw new ParameterError('serial', 'wxpay.encrypt()', `no WeChat Pay public key or platform certificate is trusted for ${options.serial}`);
      serial = found.certificate?.serialNumber ?? options.serial;
      key = found.key;
    } else {
      const preferred = await this.#trust.encryptionKey();
      serial = preferred.serial;
      key = preferred.key.key;
    }
    const bytes = utf8Bytes(plaintext);
    // OAEP with SHA-1 leaves the modulus size minus 42 bytes for the message (214 for RSA-2048).
    const room = Math.floor((modulusLength(key) ?? 2048) / 8) - 42;
    if (bytes.length > room) throw new ParameterError('plaintext', 'wxpay.encrypt()', `is ${bytes.length} bytes; RSA-OAEP with this key holds at most ${room}`);
    const ciphertext = await encryptOaep(bytes, key);
    if (this.#made.size >= REMEMBERED_CIPHERTEXTS) this.#made.delete(this.#made.keys().next().value!);
    this.#made.set(ciphertext, serial);
    return ciphertext;
  }

  decrypt(ciphertext: string, options: DecryptOptions = {}): string {
    if (typeof ciphertext !== 'string') throw new ParameterError('ciphertext', 'wxpay.decrypt()', `expected a base64 string, got ${describe(ciphertext)}`);
    const padding = options.padding ?? 'oaep';
    if (padding === 'pkcs1') throw new WechatpayError(PKCS1_REFUSED);
    if (padding !== 'oaep') throw new ParameterError('padding', 'wxpay.decrypt()', `expected 'oaep', got ${String(padding)}`);
    return utf8Text(this.unwrap(ciphertext, 'wxpay.decrypt()'));
  }

  /** RSA-OAEP/SHA-1-decrypt `ciphertext` (base64) to bytes with the merchant key: sensitive fields, an encrypted bill's `encrypt_key`. */
  unwrap(ciphertext: string, where: string): Uint8Array {
    if (!this.#privateKey) {
      throw new ConfigError('privateKey', `${where} needs the merchant private key; with a remote \`signer\`, decrypt in the KMS/HSM that holds it`);
    }
    if (!signsSynchronously) throw new WechatpayError(`${where} decrypts synchronously, which needs node:crypto: this runtime has WebCrypto only, which answers in promises; decrypt on Node, Bun or Deno`);
    try {
      return decryptOaep(ciphertext, this.#privateKey);
    } catch {
      // The crypto error is dropped: it says nothing useful and must never carry key material.
      throw new WechatpayError(`${where}: the ciphertext does not decrypt with the merchant private key (RSA-OAEP/SHA-1): it was encrypted to another key, altered, or is not base64`);
    }
  }

  /**
   * The serial of the key that encrypted the ciphertexts this client made and `body` holds, for the
   * request's `Wechatpay-Serial`; throws when they came from two keys (WeChat Pay decrypts a request
   * with the one key its header names).
   */
  encryptedWith(body: string, template: string): string | undefined {
    if (this.#made.size === 0) return undefined;
    const serials = new Set<string>();
    for (const match of body.matchAll(CANDIDATE)) {
      const serial = this.#made.get(match[1]!);
      if (serial) serials.add(serial);
    }
    if (serials.size > 1) {
      throw new ParameterError(
        'headers.Wechatpay-Serial',
        template,
        `the body holds fields encrypted with different WeChat Pay keys (${[...serials].join(', ')}); a request names one key, so encrypt every field with the same one (wxpay.encrypt(text, { serial }))`,
      );
    }
    return serials.values().next().value;
  }
}
