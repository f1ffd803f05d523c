import { publicKeyOf, sameKey } from '#platform/crypto';
import { ConfigError } from '../errors/config-error.js';
import { describe } from '../errors/describe.js';
import type { CertificateParts } from '../platform/contract.js';
import { loadCertificate, loadPrivateKey, type KeyInput, type PlatformKey } from './keys.js';
import { localSigner, type Signer } from './signer.js';

/** The merchant's signing identity, checked once at construction. */
export interface MerchantIdentity {
  /** Upper-case hex serial of the merchant API certificate (`serial_no` in Authorization). */
  serial: string;
  signer: Signer;
  /** Present unless signing is remote; needed by `wxpay.decrypt()`. */
  privateKey: PlatformKey | undefined;
  /** The merchant API certificate, when given: with `privateKey`, the client certificate of mutual TLS. */
  certificate: CertificateParts | undefined;
}

/**
 * Resolve `serial`, `merchantCertificate`, `privateKey` and `signer` into one identity: the serial is
 * taken from the certificate when not given, must agree with it when both are, and the certificate's
 * public key must be the public half of `privateKey` (a mismatch would have every request refused
 * with SIGN_ERROR, far from its cause).
 */
export function merchantIdentity(config: { serial?: unknown; merchantCertificate?: unknown; privateKey?: unknown; signer?: unknown }): MerchantIdentity {
  if (config.signer !== undefined && typeof config.signer !== 'function') throw new ConfigError('signer', `expected a function, got ${describe(config.signer)}`);
  if (config.privateKey === undefined && config.signer === undefined) throw new ConfigError('privateKey', 'is required (or give a `signer`)');
  const privateKey = config.privateKey === undefined ? undefined : loadPrivateKey(config.privateKey as KeyInput, 'privateKey');
  let serial = config.serial;
  let certificate: CertificateParts | undefined;
  if (serial !== undefined && (typeof serial !== 'string' || !/^[0-9A-Fa-f]{8,64}$/.test(serial))) {
    throw new ConfigError('serial', typeof serial === 'string' ? 'the merchant certificate serial is a hex string, e.g. "3775B6A45ACD5888..."' : `expected a hex string, got ${describe(serial)}`);
  }
  if (config.merchantCertificate !== undefined) {
    const cert = loadCertificate(config.merchantCertificate as KeyInput, 'merchantCertificate');
    certificate = cert;
    const derived = cert.serialNumber.toUpperCase();
    if (serial !== undefined && (serial as string).toUpperCase() !== derived) {
      throw new ConfigError('serial', `is ${serial as string}, but merchantCertificate has serial ${derived}; give one of them, or the matching pair`);
    }
    if (privateKey && !sameKey(publicKeyOf(privateKey), cert.publicKey)) {
      throw new ConfigError('merchantCertificate', "its public key is not the pair of `privateKey`: give apiclient_cert.pem and apiclient_key.pem from the same download");
    }
    serial = derived;
  }
  if (serial === undefined) throw new ConfigError('serial', 'is required: the merchant API certificate serial (or give `merchantCertificate`, apiclient_cert.pem, to read it from)');
  return { serial: (serial as string).toUpperCase(), privateKey, certificate, signer: (config.signer as Signer | undefined) ?? localSigner(privateKey!) };
}
