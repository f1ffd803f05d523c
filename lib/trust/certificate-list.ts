import { asymmetricKeyType, certificate } from '#platform/crypto';
import { utf8Bytes } from '../bytes.js';
import type { CertificateParts } from '../platform/contract.js';
import { decryptAesGcm, type AesGcmEnvelope } from '../auth/crypto.js';
import { certificateKey, type VerificationKey } from '../auth/keys.js';
import { CertificateError } from '../errors/certificate-error.js';

/** One entry of the `GET /v3/certificates` response, as WeChat Pay sends it (still encrypted). */
export interface CertificateListEntry {
  serial_no: string;
  /** e.g. `2018-06-08T10:34:56+08:00` */
  effective_time: string;
  expire_time: string;
  encrypt_certificate: AesGcmEnvelope & { associated_data: string };
}

/** A decrypted platform certificate. */
export interface PlatformCertificate {
  /** Upper-case hex serial, the `Wechatpay-Serial` it signs with. */
  serial: string;
  /** The certificate, PEM. */
  pem: string;
  validFrom: Date;
  validTo: Date;
  /** The verification key it carries, with its validity window. */
  verificationKey: VerificationKey;
}

/** What `GET /v3/certificates` told us. */
export type CertificateDownload =
  /** Certificate mode: the certificates (verified) and the entries as received, for a shared storage. */
  | { mode: 'certificate'; certificates: PlatformCertificate[]; data: CertificateListEntry[] }
  /** `404 RESOURCE_NOT_EXISTS`: the merchant uses a WeChat Pay public key, and has no platform certificates. */
  | { mode: 'public-key'; certificates: []; data: [] };

/**
 * Decrypt and parse `GET /v3/certificates` entries with the APIv3 key. All or nothing: one bad entry
 * throws a {@link CertificateError} and none is returned. The AES-GCM tag authenticates each
 * certificate as coming from WeChat Pay (only it and the merchant hold the APIv3 key), which is what
 * makes trusting them on first download sound.
 */
export async function openCertificates(data: unknown, apiv3Key: Uint8Array): Promise<PlatformCertificate[]> {
  if (!Array.isArray(data)) throw new CertificateError('malformed', '`data` is not an array of certificates');
  return Promise.all(data.map((entry: unknown, index) => openCertificate(entry, `data[${index}]`, apiv3Key)));
}

async function openCertificate(entry: unknown, where: string, apiv3Key: Uint8Array): Promise<PlatformCertificate> {
  if (typeof entry !== 'object' || entry === null) throw new CertificateError('malformed', `${where} is not an object`);
  const { serial_no: serial, encrypt_certificate: envelope } = entry as Partial<CertificateListEntry>;
  if (typeof serial !== 'string' || !/^[0-9A-Fa-f]{1,64}$/.test(serial)) throw new CertificateError('malformed', `${where}.serial_no is not a hex serial`);
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.ciphertext !== 'string' || typeof envelope.nonce !== 'string') {
    throw new CertificateError('malformed', `${where}.encrypt_certificate lacks ciphertext or nonce (serial ${serial})`);
  }
  let pem: string;
  try {
    pem = await decryptAesGcm(envelope, apiv3Key);
  } catch (error) {
    throw new CertificateError('decrypt', `certificate ${serial}: ${(error as Error).message}`, { cause: error });
  }
  let cert: CertificateParts;
  try {
    cert = certificate(utf8Bytes(pem));
  } catch {
    throw new CertificateError('malformed', `certificate ${serial} decrypted but is not an X.509 certificate`);
  }
  if (cert.serialNumber.toUpperCase() !== serial.toUpperCase()) {
    throw new CertificateError('malformed', `${where}.serial_no is ${serial} but the certificate's serial is ${cert.serialNumber}`);
  }
  const verificationKey = certificateKey(cert);
  const type = asymmetricKeyType(verificationKey.key);
  if (type !== 'rsa') throw new CertificateError('malformed', `certificate ${serial} holds a ${type ?? 'non-RSA'} key; only RSA is supported`);
  const { serialNumber, validFrom, validTo } = verificationKey.certificate;
  return { serial: serialNumber, pem: cert.pem, validFrom, validTo, verificationKey };
}
