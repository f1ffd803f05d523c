import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createTestCertificate, randomSerial } from './certificate.js';

/** An RSA key pair with the identifier WeChat Pay would use for it. */
export interface TestKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A merchant for tests: an ID, a certificate serial and its API key pair. */
export interface TestMerchant extends TestKeyPair {
  mchid: string;
  serial: string;
  /** The merchant API certificate (`apiclient_cert.pem`) for `serial` and `publicKey`, PEM. */
  certificate: string;
}

/** The WeChat Pay side for tests: the key that signs responses and the serial or public key ID it is known by. */
export interface TestPlatform extends TestKeyPair {
  serial: string;
  /**
   * The platform certificate (PEM) when this key is a platform certificate (certificate mode); absent
   * for a WeChat Pay public key (`PUB_KEY_ID_…`).
   */
  certificate?: string;
}

/** A fresh RSA-2048 key pair (about 50–200 ms). */
export function generateRsaKeyPair(): TestKeyPair {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

// One issuing key for every generated certificate, made on first use: tests do not check chains.
let issuer: TestKeyPair | undefined;
function issuerKey(): KeyObject {
  issuer ??= generateRsaKeyPair();
  return issuer.privateKey;
}

/** A merchant with a random 40-hex-digit certificate serial, a fresh key pair and its certificate. */
export function generateMerchant(mchid = '1900000109'): TestMerchant {
  const serial = randomSerial();
  const pair = generateRsaKeyPair();
  const certificate = createTestCertificate({ publicKey: pair.publicKey, signingKey: issuerKey(), serial, subject: mchid, issuer: 'Tenpay.com Root CA' });
  return { mchid, serial, certificate, ...pair };
}

/** A WeChat Pay public key (public-key mode) with a `PUB_KEY_ID_…` identifier. */
export function generatePlatform(serial = `PUB_KEY_ID_01${randomBytes(13).toString('hex').slice(0, 26).toUpperCase()}`): TestPlatform {
  return { serial, ...generateRsaKeyPair() };
}

/** Options of {@link generatePlatformCertificate}. */
export interface TestPlatformCertificateOptions {
  /** 40 hex digits (first digit 0–7). @default random */
  serial?: string;
  /** Start of validity. @default now − 1 day */
  notBefore?: Date;
  /** End of validity. @default notBefore + 5 years */
  notAfter?: Date;
  /** Reuse a key pair (e.g. to re-issue a certificate). @default a fresh one */
  keyPair?: TestKeyPair;
}

/** A WeChat Pay platform certificate (certificate mode) with its key pair and serial. */
export function generatePlatformCertificate(options: TestPlatformCertificateOptions = {}): TestPlatform & { certificate: string } {
  const serial = (options.serial ?? randomSerial()).toUpperCase();
  const pair = options.keyPair ?? generateRsaKeyPair();
  const certificate = createTestCertificate({
    publicKey: pair.publicKey,
    signingKey: issuerKey(),
    serial,
    subject: 'Tenpay.com Root CA',
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
  return { serial, certificate, privateKey: pair.privateKey, publicKey: pair.publicKey };
}
