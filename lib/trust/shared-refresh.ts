import type { PlatformCertificate } from './certificate-list.js';
import type { CertificateSource } from './source.js';
import type { CertificateRefreshLock, StoredCertificates } from './storage.js';

/** How long a process waits for another one's download when the storage's lock is held, by default. */
export const DEFAULT_REFRESH_WAIT_MS = 10_000;
/** Stored certificates dated further ahead than this are not believed (another host's clock, or a forged record). */
const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** Certificates ready to trust: downloaded and verified now, or stored and opened with the APIv3 key. */
export interface ObtainedCertificates {
  mode: StoredCertificates['mode'];
  certificates: PlatformCertificate[];
  downloadedAt: number;
}

/** What {@link obtainCertificates} needs to know of the trust store asking. */
export interface RefreshContext {
  source: CertificateSource;
  /** `downloadedAt` of what the trust store holds, if anything. */
  loadedAt: number | undefined;
  /** The serial that made this refresh necessary, if one did. */
  wanted: string | undefined;
  clock: () => number;
  /** Told just before a download from WeChat Pay starts (not a load from the storage). */
  onDownload(): void;
}

/** One look at the storage. */
interface StorageRead {
  usable?: ObtainedCertificates;
  /** `downloadedAt` of what was stored, so that a later look can tell a newer download. */
  storedAt: number;
  /** The storage could not be read. */
  failed?: true;
}

/**
 * The certificates a refresh should trust: what another process stored, when it is newer, fresh,
 * opens with the APIv3 key and has the serial wanted; else one download, coordinated through the
 * storage's refresh lock when it has one. Whoever holds the lock downloads and stores; the others
 * wait (bounded by `refreshWaitMs`) for a newer record and use it. Every way out that the storage
 * cannot serve, unavailable or too slow, is this process's own verified download: nothing from the
 * storage is trusted without opening under the APIv3 key.
 */
export async function obtainCertificates(context: RefreshContext): Promise<ObtainedCertificates> {
  const first = await readStorage(context, undefined);
  if (first.usable) return first.usable;
  const storage = context.source.storage;
  if (!storage.acquireRefreshLock || first.failed) return download(context, undefined);
  const waitMs = storage.refreshWaitMs ?? DEFAULT_REFRESH_WAIT_MS;
  const started = performance.now();
  for (let pauseMs = 10; ; pauseMs = Math.min(pauseMs * 2, 200)) {
    let lock: CertificateRefreshLock | undefined;
    try {
      lock = await storage.acquireRefreshLock(context.source.mchid);
    } catch {
      return download(context, undefined);
    }
    if (lock) return downloadHolding(context, lock, first.storedAt);
    const left = waitMs - (performance.now() - started);
    if (left <= 0) return download(context, undefined);
    await new Promise((resolve) => setTimeout(resolve, Math.min(pauseMs, left)));
    // Whatever the holder stored since our first look is the newest list WeChat Pay gave, wanted serial or not.
    const later = await readStorage(context, first.storedAt);
    if (later.usable) return later.usable;
    if (later.failed) return download(context, undefined);
  }
}

/** Holding the lock: look once more (a holder may have stored just before we took it), else download. */
async function downloadHolding(context: RefreshContext, lock: CertificateRefreshLock, storedAt: number): Promise<ObtainedCertificates> {
  try {
    const again = await readStorage(context, storedAt);
    if (again.usable) return again.usable;
    return await download(context, lock);
  } finally {
    try {
      await lock.release();
    } catch {
      // It expires on its own.
    }
  }
}

async function download(context: RefreshContext, lock: CertificateRefreshLock | undefined): Promise<ObtainedCertificates> {
  const { source } = context;
  context.onDownload();
  const result = await source.download();
  const downloadedAt = context.clock();
  try {
    await source.storage.save(source.mchid, { downloadedAt, mode: result.mode, data: result.data }, lock);
  } catch {
    // The certificates are trusted already; a storage that is down only costs other processes a download.
  }
  return { mode: result.mode, certificates: result.certificates, downloadedAt };
}

/**
 * What the storage holds, usable when it is newer than what is loaded, fresh, not dated ahead, opens
 * with the APIv3 key and has the serial wanted (or is newer than `newerThan`, a record seen before).
 */
async function readStorage(context: RefreshContext, newerThan: number | undefined): Promise<StorageRead> {
  const { source, clock } = context;
  let stored: StoredCertificates | undefined;
  try {
    stored = await source.storage.load(source.mchid);
  } catch {
    return { storedAt: -Infinity, failed: true };
  }
  const storedAt = stored?.downloadedAt ?? -Infinity;
  if (!stored || typeof storedAt !== 'number' || !(storedAt > (context.loadedAt ?? -Infinity))) return { storedAt };
  const age = clock() - storedAt;
  if (age >= source.refreshIntervalMs || age < -MAX_CLOCK_AHEAD_MS) return { storedAt };
  let certificates: PlatformCertificate[];
  try {
    certificates = await source.open(stored.data);
  } catch {
    // Entries that fail AES-GCM authentication (or are not entries at all): download instead.
    return { storedAt };
  }
  const wanted = context.wanted?.toUpperCase();
  const newer = newerThan !== undefined && storedAt > newerThan;
  if (wanted !== undefined && !newer && !certificates.some((c) => c.serial === wanted)) return { storedAt };
  return { storedAt, usable: { mode: stored.mode === 'public-key' ? 'public-key' : 'certificate', certificates, downloadedAt: storedAt } };
}
