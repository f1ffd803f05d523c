import type { KeyObject } from 'node:crypto';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { readInput, type KeyInput, type PlatformKey } from '../auth/keys.js';
import { utf8Text } from '../bytes.js';
import { ConfigError } from '../errors/config-error.js';
import { describe } from '../errors/describe.js';
import type { CertificateParts } from '../platform/contract.js';

/** The TLS material of a client on node:tls (see `TlsMaterial` of the platform contract). */
export interface TlsMaterial {
  /** For every `https:` connection when `ca` is given: Node's root certificates plus those. */
  trust: SecureContext | undefined;
  /** For the calls that need the merchant API certificate (mutual TLS): certificate, key and trust. */
  identity: SecureContext | undefined;
}

/** How to convert a `.p12` that OpenSSL 3 refuses (RC2-40 and 3DES, the algorithms older downloads use). */
export const PKCS12_CONVERSION =
  'convert it once: openssl pkcs12 -legacy -in apiclient_cert.p12 -nodes -out apiclient.pem (passphrase: the merchant ID), ' +
  'then give the certificate and key from apiclient.pem as merchantCertificate and privateKey, or re-export it with ' +
  'openssl pkcs12 -export -in apiclient.pem -out apiclient_cert.p12 (OpenSSL 3 defaults to AES-256)';

/**
 * The secure contexts of a client, built once: Node holds the key natively, so neither an agent nor
 * an axios config that carries one ever holds the key's text (nothing for `util.inspect` to print).
 * The identity is the merchant API certificate with `privateKey`, or `pkcs12` (apiclient_cert.p12,
 * whose passphrase WeChat Pay sets to the merchant ID).
 */
export function tlsMaterial(config: { ca?: unknown; pkcs12?: unknown; pkcs12Passphrase?: unknown }, merchant: { mchid: string; certificate: CertificateParts | undefined; privateKey: PlatformKey | undefined }): TlsMaterial {
  const ca = config.ca === undefined ? undefined : [...roots(), ...readCa(config.ca)];
  const trust = ca ? createSecureContext({ ca }) : undefined;
  if (config.pkcs12Passphrase !== undefined && typeof config.pkcs12Passphrase !== 'string') throw new ConfigError('pkcs12Passphrase', `expected a string, got ${describe(config.pkcs12Passphrase)}`);
  if (config.pkcs12 !== undefined) {
    if (merchant.certificate) throw new ConfigError('pkcs12', 'give either pkcs12 (apiclient_cert.p12) or merchantCertificate with privateKey for mutual TLS, not both');
    const pfx = Buffer.from(readInput(config.pkcs12 as Exclude<KeyInput, PlatformKey>, 'pkcs12'));
    try {
      return { trust, identity: createSecureContext({ pfx, passphrase: (config.pkcs12Passphrase as string | undefined) ?? merchant.mchid, ...(ca ? { ca } : {}) }) };
    } catch (error) {
      const reason = String((error as Error).message ?? '');
      // OpenSSL's own words only name the failure (never the passphrase or key); the advice depends on it.
      if (/mac verify|invalid password|bad decrypt/i.test(reason)) throw new ConfigError('pkcs12', 'the passphrase does not open it (WeChat Pay sets it to the merchant ID; give pkcs12Passphrase otherwise)');
      if (/unsupported|RC2|legacy/i.test(reason)) throw new ConfigError('pkcs12', `OpenSSL 3 refuses its legacy encryption: ${PKCS12_CONVERSION}`);
      throw new ConfigError('pkcs12', 'is not a PKCS#12 file (apiclient_cert.p12) that OpenSSL can read');
    }
  }
  if (!merchant.certificate || !merchant.privateKey) return { trust, identity: undefined };
  // On node:tls the platform's keys are node:crypto KeyObjects.
  const key = (merchant.privateKey as KeyObject).export({ type: 'pkcs8', format: 'pem' });
  return { trust, identity: createSecureContext({ cert: merchant.certificate.pem, key, ...(ca ? { ca } : {}) }) };
}

/** The runtime's root certificates, which `ca` adds to (Deno asks for sys permission to read them). */
function roots(): readonly string[] {
  try {
    return rootCertificates;
  } catch {
    throw new ConfigError('ca', 'is added to the runtime\'s root certificates, which it refused to read (Deno guards them with sys permission: run with --allow-sys)');
  }
}

function readCa(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, index) => {
    const option = Array.isArray(value) ? `ca.${index}` : 'ca';
    if (typeof item !== 'string' && !(item instanceof Uint8Array) && !(item instanceof URL)) throw new ConfigError(option, `expected PEM text, a Buffer or a file:// URL, got ${describe(item)}`);
    const text = utf8Text(readInput(item as Exclude<KeyInput, PlatformKey>, option));
    if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError(option, 'expected a PEM certificate of a CA to trust ("-----BEGIN CERTIFICATE-----")');
    return text;
  });
}
