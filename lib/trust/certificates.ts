import { ApiError } from '../errors/api-error.js';
import { CertificateError } from '../errors/certificate-error.js';
import { ConfigError } from '../errors/config-error.js';
import { summarizeHeaders } from '../errors/http-context.js';
import { SignatureError } from '../errors/signature-error.js';
import { describe } from '../errors/describe.js';
import type { VerificationKey } from '../auth/keys.js';
import { ownRecord } from '../request/own.js';
import type { WechatpayResponse } from '../../types/options.js';
import type { Secret } from '../auth/secret.js';
import { openCertificates, type CertificateDownload, type CertificateListEntry } from './certificate-list.js';
import { MemoryCertificateStorage, type CertificateStorage } from './storage.js';
import { DEFAULT_REFRESH_INTERVAL_MS, type TrustStore } from './store.js';
import { verifySignature } from '../auth/verifier.js';
import { utf8Text } from '../bytes.js';

/** What {@link fetchCertificates} needs of a client (a subset of its state). */
export interface FetchContext {
  /**
   * Send `GET /v3/certificates` through the client's request path, with the raw body handed back
   * unverified (the keys to verify it with may be inside it).
   */
  getCertificateList: () => Promise<WechatpayResponse>;
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
    // Verified here rather than by the request path: the keys to verify it with may be inside it, and
    // its verifier would ask the trust store, which is waiting on this very download.
    response = await context.getCertificateList();
  } catch (error) {
    if (ApiError.is(error) && error.status === 404 && error.code === 'RESOURCE_NOT_EXISTS') return { mode: 'public-key', certificates: [], data: [] };
    throw error;
  }
  const body = response.data as Uint8Array;
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
    parsed = JSON.parse(utf8Text(body)) as { data?: unknown };
  } catch {
    throw new CertificateError('malformed', `the response is not JSON (${body.length} bytes)`);
  }
  const data = (parsed ?? {}).data;
  const certificates = await openCertificates(data, context.apiv3Key.reveal());
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
  const { storage, refreshIntervalSeconds } = (typeof option === 'object' ? ownRecord(option) : {}) as PlatformCertificatesOptions;
  if (storage !== undefined && (typeof storage?.load !== 'function' || typeof storage?.save !== 'function')) {
    throw new ConfigError('platformCertificates.storage', 'expected an object with load(mchid) and save(mchid, value)');
  }
  const seconds = refreshIntervalSeconds ?? DEFAULT_REFRESH_INTERVAL_MS / 1000;
  if (typeof seconds !== 'number' || !(seconds >= 60)) throw new ConfigError('platformCertificates.refreshIntervalSeconds', 'expected a number of seconds ≥ 60');
  return { storage: storage ?? new MemoryCertificateStorage(), refreshIntervalSeconds: seconds };
}

/** Connect a trust store to `GET /v3/certificates` through a client's request path. */
export function attachCertificateDownloads(
  trust: TrustStore,
  client: { getCertificateList: FetchContext['getCertificateList']; mchid: string; apiv3Key: Secret; clock: () => number; clockToleranceSeconds: number },
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
