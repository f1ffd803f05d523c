import type { CertificateListEntry } from './certificate-list.js';

/**
 * Where downloaded platform certificates are kept, so that several processes (or restarts) share one
 * download. Keyed by merchant ID, so one storage can serve several merchants. What is stored is the
 * `data` of `GET /v3/certificates` exactly as received: still AES-GCM encrypted with the APIv3 key, so
 * the storage holds nothing secret, and a certificate slipped into it fails authentication on load.
 *
 * A storage may also offer a refresh lock ({@link CertificateStorage.acquireRefreshLock}): the trust
 * store then downloads only while it holds the lock, and a process that finds it held waits (at most
 * {@link CertificateStorage.refreshWaitMs}) for the holder's download and reads it, so N processes
 * facing a new serial cause one download. Storages without it keep working: each process then
 * downloads when what is stored does not do.
 */
export interface CertificateStorage {
  load(mchid: string): StoredCertificates | undefined | Promise<StoredCertificates | undefined>;
  /**
   * Keep `value` for other processes. `lock` is the refresh lock held while downloading it, if any:
   * a storage that fences may refuse the write of a holder whose lock expired and was taken since.
   */
  save(mchid: string, value: StoredCertificates, lock?: CertificateRefreshLock): void | Promise<void>;
  /**
   * Take the refresh lock of `mchid` for one download: the lock, or `undefined` while another
   * process holds it. It must expire on its own (a holder may die). Throwing means the storage is
   * unavailable: the process then downloads on its own.
   */
  acquireRefreshLock?(mchid: string): CertificateRefreshLock | undefined | Promise<CertificateRefreshLock | undefined>;
  /**
   * How long a process that finds the refresh lock held waits for the holder's download before it
   * downloads on its own, in milliseconds.
   * @default 10000
   */
  readonly refreshWaitMs?: number;
}

/** A held refresh lock (see {@link CertificateStorage.acquireRefreshLock}). */
export interface CertificateRefreshLock {
  /** The fencing token: larger for every lock granted, so a storage can refuse the writes of an expired holder. */
  readonly token: string;
  /** Give the lock up; does nothing once it expired or is held by another. */
  release(): void | Promise<void>;
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

/**
 * The default storage: this process only. Its refresh lock makes clients that share one instance
 * (several clients of one merchant in a process) download once between them.
 */
export class MemoryCertificateStorage implements CertificateStorage {
  readonly #values = new Map<string, StoredCertificates>();
  readonly #locks = new Map<string, number>();
  #tokens = 0;

  load(mchid: string): StoredCertificates | undefined {
    return this.#values.get(mchid);
  }

  save(mchid: string, value: StoredCertificates): void {
    this.#values.set(mchid, value);
  }

  acquireRefreshLock(mchid: string): CertificateRefreshLock | undefined {
    if (this.#locks.has(mchid)) return undefined;
    // No expiry needed: a holder in this process releases in a `finally`, and cannot die alone.
    const token = ++this.#tokens;
    this.#locks.set(mchid, token);
    return {
      token: String(token),
      release: () => {
        if (this.#locks.get(mchid) === token) this.#locks.delete(mchid);
      },
    };
  }
}
