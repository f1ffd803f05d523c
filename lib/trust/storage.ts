import type { CertificateListEntry } from './certificate-list.js';

/**
 * Where downloaded platform certificates are kept, so that several processes (or restarts) share one
 * download. Keyed by merchant ID, so one storage can serve several merchants. What is stored is the
 * `data` of `GET /v3/certificates` exactly as received: still AES-GCM encrypted with the APIv3 key, so
 * the storage holds nothing secret, and a certificate slipped into it fails authentication on load.
 */
export interface CertificateStorage {
  load(mchid: string): StoredCertificates | undefined | Promise<StoredCertificates | undefined>;
  save(mchid: string, value: StoredCertificates): void | Promise<void>;
}

/** One merchant's downloaded certificates, as a {@link CertificateStorage} keeps them (JSON-safe). */
export interface StoredCertificates {
  /** When they were downloaded, in milliseconds since the epoch. */
  downloadedAt: number;
  /** `public-key` records a `404 RESOURCE_NOT_EXISTS`, so other processes do not ask again. */
  mode: 'certificate' | 'public-key';
  /** The encrypted entries, as `GET /v3/certificates` sent them. */
  data: CertificateListEntry[];
}

/** The default storage: this process only. */
export class MemoryCertificateStorage implements CertificateStorage {
  readonly #values = new Map<string, StoredCertificates>();

  load(mchid: string): StoredCertificates | undefined {
    return this.#values.get(mchid);
  }

  save(mchid: string, value: StoredCertificates): void {
    this.#values.set(mchid, value);
  }
}
