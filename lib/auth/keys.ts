import * as platform from '#platform/crypto';
import { utf8Bytes, utf8Text } from '../bytes.js';
import { ConfigError } from '../errors/config-error.js';
import { describe } from '../errors/describe.js';
import type { CertificateParts, PlatformKey } from '../platform/contract.js';

export type { PlatformKey, WebRsaKey } from '../platform/contract.js';

/**
 * A key or certificate as merchants hold it: PEM text, a Buffer of PEM or DER bytes, a
 * `KeyObject`, or a `file://` URL (string or `URL`) to read once at construction. Where there is
 * no file system (workerd, edge runtimes), PEM text from an environment binding or secret.
 */
export type KeyInput = string | Uint8Array | PlatformKey | URL;

/** A WeChat Pay verification key, with the validity window where it came from a certificate. */
export interface VerificationKey {
  /** A node:crypto `KeyObject` on Node, Bun and Deno; a {@link WebRsaKey} where WebCrypto verifies. */
  key: PlatformKey;
  /** Present when the key came from an X.509 platform certificate. */
  certificate?: { serialNumber: string; validFrom: Date; validTo: Date };
  /**
   * Checks a base64 SHA256withRSA signature instead of the local RSA check with `key`: set when the
   * client has a pluggable `verifier`.
   */
  verify?: (message: Uint8Array, signature: string) => boolean | Promise<boolean>;
}

/** Load the merchant's RSA private key (PKCS#1 or PKCS#8). Messages never quote the key. */
export function loadPrivateKey(input: KeyInput, option: string): PlatformKey {
  if (platform.isKey(input)) {
    if (platform.keyType(input) !== 'private') throw new ConfigError(option, `expected an RSA private key, got a ${platform.keyType(input)} key`);
    return requireRsa(input, option);
  }
  const bytes = readInput(input, option);
  const pem = pemLabel(bytes);
  if (pem !== undefined) {
    if (pem === 'CERTIFICATE' || pem.endsWith('PUBLIC KEY')) {
      throw new ConfigError(option, `expected an RSA private key, got PEM "${pem}" (a public key or certificate)`);
    }
    if (pem === 'ENCRYPTED PRIVATE KEY') {
      throw new ConfigError(option, 'the private key is encrypted with a passphrase; decrypt it first (openssl pkcs8)');
    }
    return requireRsa(attempt(option, 'the PEM private key could not be parsed', () => platform.privateKey(bytes, 'pem')), option);
  }
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      return requireRsa(platform.privateKey(bytes, type), option);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
    }
  }
  throw new ConfigError(option, 'not a PEM or DER encoded RSA private key (PKCS#1 or PKCS#8)');
}

/** Load a WeChat Pay public key (SPKI or PKCS#1) or platform certificate (X.509). */
export function loadVerificationKey(input: KeyInput, option: string): VerificationKey {
  if (platform.isKey(input)) {
    if (platform.keyType(input) !== 'public') throw new ConfigError(option, `expected an RSA public key, got a ${platform.keyType(input)} key`);
    return { key: requireRsa(input, option) };
  }
  const bytes = readInput(input, option);
  const pem = pemLabel(bytes);
  if (pem !== undefined && pem.includes('PRIVATE KEY')) {
    throw new ConfigError(option, 'expected a WeChat Pay public key or platform certificate, got a private key');
  }
  if (pem === 'CERTIFICATE') return fromCertificate(attempt(option, 'the certificate could not be parsed', () => platform.certificate(bytes)), option);
  const der = pem === undefined ? tryCertificate(bytes) : undefined;
  if (der) return fromCertificate(der, option);
  if (pem !== undefined) {
    return { key: requireRsa(attempt(option, 'the PEM public key could not be parsed', () => platform.publicKey(bytes, 'pem')), option) };
  }
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      return { key: requireRsa(platform.publicKey(bytes, type), option) };
    } catch (error) {
      if (error instanceof ConfigError) throw error;
    }
  }
  throw new ConfigError(option, 'not a PEM or DER encoded RSA public key or X.509 certificate');
}

/** Load an X.509 certificate (PEM or DER), e.g. the merchant's `apiclient_cert.pem`. */
export function loadCertificate(input: KeyInput, option: string): CertificateParts {
  if (platform.isKey(input)) throw new ConfigError(option, `expected an X.509 certificate, got a ${platform.keyType(input)} key`);
  const bytes = readInput(input, option);
  const pem = pemLabel(bytes);
  if (pem !== undefined && pem !== 'CERTIFICATE') throw new ConfigError(option, `expected an X.509 certificate, got PEM "${pem}"`);
  return attempt(option, 'the certificate could not be parsed', () => platform.certificate(bytes));
}

/**
 * The verification key an X.509 certificate carries, with its validity window and upper-case
 * serial: one shape for configured (`certs`) and downloaded platform certificates. The caller
 * checks the key type, each with its own error.
 */
export function certificateKey(cert: CertificateParts): VerificationKey & { certificate: NonNullable<VerificationKey['certificate']> } {
  return { key: cert.publicKey, certificate: { serialNumber: cert.serialNumber.toUpperCase(), validFrom: cert.validFrom, validTo: cert.validTo } };
}

function fromCertificate(cert: CertificateParts, option: string): VerificationKey {
  const verificationKey = certificateKey(cert);
  requireRsa(verificationKey.key, option);
  return verificationKey;
}

/** The bytes of a key or certificate input: a `file://` URL read now, text as UTF-8, bytes as they are. */
export function readInput(input: Exclude<KeyInput, PlatformKey>, option: string): Uint8Array {
  if (input instanceof URL || (typeof input === 'string' && input.startsWith('file://'))) {
    try {
      return platform.readFile(input);
    } catch (error) {
      throw new ConfigError(option, (error as Error).message);
    }
  }
  if (typeof input === 'string') {
    if (!input.includes('-----BEGIN ')) {
      throw new ConfigError(option, 'a string key must be PEM text ("-----BEGIN ...") or a file:// URL');
    }
    return utf8Bytes(input);
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength === 0) throw new ConfigError(option, 'the key is empty');
    return input;
  }
  throw new ConfigError(option, `expected PEM text, a Buffer, a KeyObject or a file:// URL, got ${describe(input)}`);
}

function pemLabel(bytes: Uint8Array): string | undefined {
  // Found wherever it starts, as OpenSSL does: `openssl pkcs12` writes "Bag Attributes", subject
  // and issuer lines before the block, often more than a few hundred bytes of them.
  const text = utf8Text(bytes);
  const start = text.indexOf('-----BEGIN ');
  if (start < 0) return undefined;
  return /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(text.slice(start, start + 80))?.[1];
}

/** DER bytes that parse as a certificate, parsed once; undefined for anything else (e.g. a DER public key). */
function tryCertificate(bytes: Uint8Array): CertificateParts | undefined {
  try {
    return platform.certificate(bytes);
  } catch {
    return undefined;
  }
}

function requireRsa(key: PlatformKey, option: string): PlatformKey {
  const type = platform.asymmetricKeyType(key);
  if (type !== 'rsa') {
    throw new ConfigError(option, `expected an RSA key, got ${type ?? 'an unknown'} key`);
  }
  return key;
}

function attempt<T>(option: string, problem: string, parse: () => T): T {
  try {
    return parse();
  } catch {
    // The underlying crypto error is dropped on purpose: some quote the input they failed on.
    throw new ConfigError(option, problem);
  }
}

