import { X509Certificate } from 'node:crypto';
import { decryptAesGcm, type AesGcmEnvelope } from './crypto.js';
import { ApiError } from './errors/api-error.js';
import { CertificateError } from './errors/certificate-error.js';
import { ConfigError } from './errors/config-error.js';
import { summarizeHeaders } from './errors/http-context.js';
import { SignatureError } from './errors/signature-error.js';
import { certificateKey, describe, type VerificationKey } from './keys.js';
import type { Pipeline } from './pipeline.js';
import type { Secret } from './secret.js';
import { DEFAULT_REFRESH_INTERVAL_MS, MemoryCertificateStorage, type CertificateStorage, type TrustStore } from './trust.js';
import { verifySignature } from './verifier.js';

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
export function openCertificates(data: unknown, apiv3Key: Buffer): PlatformCertificate[] {
  if (!Array.isArray(data)) throw new CertificateError('malformed', '`data` is not an array of certificates');
  return data.map((entry: unknown, index) => {
    const where = `data[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new CertificateError('malformed', `${where} is not an object`);
    const { serial_no: serial, encrypt_certificate: envelope } = entry as Partial<CertificateListEntry>;
    if (typeof serial !== 'string' || !/^[0-9A-Fa-f]{1,64}$/.test(serial)) throw new CertificateError('malformed', `${where}.serial_no is not a hex serial`);
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.ciphertext !== 'string' || typeof envelope.nonce !== 'string') {
      throw new CertificateError('malformed', `${where}.encrypt_certificate lacks ciphertext or nonce (serial ${serial})`);
    }
    let pem: string;
    try {
      pem = decryptAesGcm(envelope, apiv3Key);
    } catch (error) {
      throw new CertificateError('decrypt', `certificate ${serial}: ${(error as Error).message}`, { cause: error });
    }
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(pem);
    } catch {
      throw new CertificateError('malformed', `certificate ${serial} decrypted but is not an X.509 certificate`);
    }
    if (cert.serialNumber.toUpperCase() !== serial.toUpperCase()) {
      throw new CertificateError('malformed', `${where}.serial_no is ${serial} but the certificate's serial is ${cert.serialNumber}`);
    }
    const verificationKey = certificateKey(cert);
    if (verificationKey.key.asymmetricKeyType !== 'rsa') {
      throw new CertificateError('malformed', `certificate ${serial} holds a ${verificationKey.key.asymmetricKeyType ?? 'non-RSA'} key; only RSA is supported`);
    }
    const { serialNumber, validFrom, validTo } = verificationKey.certificate;
    return { serial: serialNumber, pem: cert.toString(), validFrom, validTo, verificationKey };
  });
}

/** What {@link fetchCertificates} needs of a client (a subset of its state). */
export interface FetchContext {
  pipeline: Pipeline;
  apiv3Key: Secret;
  /** Keys trusted already (configured or downloaded before), tried first for the response signature. */
  trust: Pick<TrustStore, 'get'>;
  clock: () => number;
  clockToleranceSeconds: number;
}

/**
 * Download `GET /v3/certificates`, decrypt every certificate and verify the response signature:
 * with an already trusted key when the response names one, otherwise with the certificate of that
 * serial in the response itself (bootstrap). Throws {@link CertificateError}, or the
 * `ApiError`/`NetworkError` of the request; a public-key-mode `404 RESOURCE_NOT_EXISTS` is a result.
 */
export async function fetchCertificates(context: FetchContext): Promise<CertificateDownload> {
  let response;
  try {
    // Verified here rather than by the pipeline: the keys to verify it with may be inside it, and
    // the pipeline's verifier would ask the trust store, which is waiting on this very download.
    response = await context.pipeline.request('GET', 'v3/certificates', { responseType: 'arraybuffer' }, { verifiedByCaller: true });
  } catch (error) {
    if (ApiError.is(error) && error.status === 404 && error.code === 'RESOURCE_NOT_EXISTS') return { mode: 'public-key', certificates: [], data: [] };
    throw error;
  }
  const body = response.data as Buffer;
  const headers = summarizeHeaders(response.headers);
  const verify = async (bootstrap: Map<string, VerificationKey>): Promise<void> => {
    try {
      await verifySignature({
        headers,
        body,
        keyFor: (serial) => context.trust.get(serial) ?? bootstrap.get(serial.toUpperCase()),
        now: context.clock(),
        toleranceSeconds: context.clockToleranceSeconds,
      });
    } catch (error) {
      if (!SignatureError.is(error)) throw error;
      throw new CertificateError('signature', `the GET /v3/certificates response: ${error.message}`, { cause: error });
    }
  };
  // Signed by a key trusted already: check that before reading anything. Otherwise the key is in the
  // list, which AES-GCM authenticates, and the signature is checked with it once decrypted.
  const signer = headers['wechatpay-serial'];
  const trustedSigner = signer !== undefined && context.trust.get(signer) !== undefined;
  if (trustedSigner) await verify(new Map());
  let parsed: { data?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8')) as { data?: unknown };
  } catch {
    throw new CertificateError('malformed', `the response is not JSON (${body.length} bytes)`);
  }
  const data = (parsed ?? {}).data;
  const certificates = openCertificates(data, context.apiv3Key.reveal());
  if (!trustedSigner) await verify(new Map(certificates.map((c) => [c.serial, c.verificationKey])));
  return { mode: 'certificate', certificates, data: data as CertificateListEntry[] };
}

/** Options of automatic platform certificates (`platformCertificates`). */
export interface PlatformCertificatesOptions {
  /**
   * Where downloads are shared between processes (and across restarts); keyed by merchant ID.
   * @default a {@link MemoryCertificateStorage} of this client alone
   */
  storage?: CertificateStorage;
  /**
   * Seconds between scheduled downloads. A response signed with a serial not known yet triggers one
   * sooner (at most one a minute).
   * @default 43200 (12 hours)
   */
  refreshIntervalSeconds?: number;
}

/**
 * Whether the client manages platform certificates, and how: on when `apiv3Key` is given and `certs`
 * is not, unless `platformCertificates` says otherwise.
 */
export function platformCertificateSettings(config: { platformCertificates?: unknown; certs?: unknown; apiv3Key?: unknown }): Required<PlatformCertificatesOptions> | undefined {
  const option = config.platformCertificates;
  const enabled = option === undefined ? config.apiv3Key !== undefined && config.certs === undefined : option !== false;
  if (!enabled) return undefined;
  if (option !== undefined && typeof option !== 'boolean' && (typeof option !== 'object' || option === null)) {
    throw new ConfigError('platformCertificates', `expected true, false or { storage, refreshIntervalSeconds }, got ${describe(option)}`);
  }
  if (config.apiv3Key === undefined) throw new ConfigError('apiv3Key', 'is required to download platform certificates (`platformCertificates`): it decrypts them');
  const { storage, refreshIntervalSeconds } = (typeof option === 'object' ? option : {}) as PlatformCertificatesOptions;
  if (storage !== undefined && (typeof storage?.load !== 'function' || typeof storage?.save !== 'function')) {
    throw new ConfigError('platformCertificates.storage', 'expected an object with load(mchid) and save(mchid, value)');
  }
  const seconds = refreshIntervalSeconds ?? DEFAULT_REFRESH_INTERVAL_MS / 1000;
  if (typeof seconds !== 'number' || !(seconds >= 60)) throw new ConfigError('platformCertificates.refreshIntervalSeconds', 'expected a number of seconds ≥ 60');
  return { storage: storage ?? new MemoryCertificateStorage(), refreshIntervalSeconds: seconds };
}

/** Connect a trust store to `GET /v3/certificates` through a client's pipeline. */
export function attachCertificateDownloads(
  trust: TrustStore,
  client: { pipeline: Pipeline; mchid: string; apiv3Key: Secret; clock: () => number; clockToleranceSeconds: number },
  settings: Required<PlatformCertificatesOptions>,
): void {
  const context: FetchContext = { ...client, trust };
  trust.attach({
    mchid: client.mchid,
    storage: settings.storage,
    refreshIntervalMs: settings.refreshIntervalSeconds * 1000,
    open: (data) => openCertificates(data, client.apiv3Key.reveal()),
    download: async () => {
      try {
        return await fetchCertificates(context);
      } catch (error) {
        // This download usually runs inside the verification of another call's response: its
        // network or API error must not pass for that call's own (which could be retried or sent to
        // a backup host although WeChat Pay already processed it).
        if (CertificateError.is(error)) throw error;
        throw new CertificateError('download', `GET /v3/certificates failed: ${(error as Error).message}`, { cause: error });
      }
    },
  });
}
