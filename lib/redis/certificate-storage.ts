import { randomUUID } from 'node:crypto';
import type { CertificateListEntry } from '../trust/certificate-list.js';
import type { CertificateRefreshLock, CertificateStorage, StoredCertificates } from '../trust/storage.js';
import { ownRecord } from '../request/own.js';
import { DEFAULT_COMMAND_TIMEOUT_MS, RedisCommands, type RedisClientLike } from './client.js';
import { certificateKeys, checkPrefix, DEFAULT_PREFIX } from './keys.js';
import { ACQUIRE_LOCK, COMPARE_AND_DELETE, SAVE_CERTIFICATES } from './scripts.js';

/** Options of {@link RedisCertificateStorage}. */
export interface RedisCertificateStorageOptions {
  /**
   * The first part of every key (see the key layout in `docs/scaling.md`).
   * @default 'wechatpay'
   */
  prefix?: string;
  /**
   * How long a stored certificate list is kept, in seconds. Clients ignore a list older than their
   * refresh interval anyway; this only makes sure nothing stays for ever.
   * @default 604800 (7 days)
   */
  ttlSeconds?: number;
  /**
   * The lease of the refresh lock, in seconds: it frees itself this long after a holder that died.
   * @default 30
   */
  lockSeconds?: number;
  /**
   * How long a process that finds the lock held waits for the holder's download before downloading
   * on its own, in milliseconds.
   * @default 10000
   */
  refreshWaitMs?: number;
  /**
   * The bound on each Redis command, in milliseconds: a Redis slower than this counts as unavailable.
   * @default 1000
   */
  commandTimeoutMs?: number;
  /**
   * Told once when Redis stops answering (each process then downloads its own certificates) and once
   * when it answers again.
   * @default a one-line `console.warn`
   */
  log?: (message: string) => void;
}

/** The fencing token's record lives long past any lock, so an old holder is recognised as old. */
const FENCE_TTL_MS = 30 * 86_400_000;

/**
 * Platform certificates shared by every process of a merchant through Redis: the list as
 * `GET /v3/certificates` sent it (still encrypted with the APIv3 key, so Redis holds nothing secret,
 * and a forged entry fails authentication on load), its download time, and a refresh lock so that
 * processes meeting a new serial together cause one download. The lock is taken with `SET NX PX`
 * under a fencing token, released only by its owner, expires if its owner dies, and a holder whose
 * lock expired cannot overwrite a newer holder's download. When Redis cannot be reached, each process
 * downloads (and verifies) its own certificates, as without a storage.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { RedisCertificateStorage } from 'wechatpay-chain/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
 * const wxpay = new Wechatpay({ ...identity, apiv3Key, platformCertificates: { storage: new RedisCertificateStorage(redis) } });
 * ```
 */
export class RedisCertificateStorage implements CertificateStorage {
  readonly refreshWaitMs: number;
  readonly #redis: RedisCommands;
  readonly #prefix: string;
  readonly #ttlMs: number;
  readonly #lockMs: number;
  readonly #log: (message: string) => void;
  #unavailable = false;

  constructor(redis: RedisClientLike, options: RedisCertificateStorageOptions = {}) {
    const own = ownRecord(options) as RedisCertificateStorageOptions;
    this.#prefix = checkPrefix(own.prefix ?? DEFAULT_PREFIX);
    this.#ttlMs = positive(own.ttlSeconds ?? 604_800, 'ttlSeconds') * 1000;
    this.#lockMs = positive(own.lockSeconds ?? 30, 'lockSeconds') * 1000;
    this.refreshWaitMs = positive(own.refreshWaitMs ?? 10_000, 'refreshWaitMs');
    this.#redis = new RedisCommands(redis, own.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS);
    this.#log = own.log ?? ((message) => console.warn(`wechatpay-chain: ${message}`));
  }

  async load(mchid: string): Promise<StoredCertificates | undefined> {
    const { record } = certificateKeys(this.#prefix, mchid);
    const reply = await this.#send(record, ['HMGET', record, 'downloadedAt', 'mode', 'data']);
    const [downloadedAt, mode, data] = Array.isArray(reply) ? (reply as (string | null)[]) : [];
    if (typeof downloadedAt !== 'string' || typeof data !== 'string') return undefined;
    try {
      // Whatever this holds is checked by the trust store: entries must open under the APIv3 key.
      return { downloadedAt: Number(downloadedAt), mode: mode === 'public-key' ? 'public-key' : 'certificate', data: JSON.parse(data) as CertificateListEntry[] };
    } catch {
      return undefined;
    }
  }

  async save(mchid: string, value: StoredCertificates, lock?: CertificateRefreshLock): Promise<void> {
    const { record, fence } = certificateKeys(this.#prefix, mchid);
    const args = [lock?.token ?? '', String(value.downloadedAt), value.mode, JSON.stringify(value.data), String(this.#ttlMs)];
    await this.#send(record, ['EVAL', SAVE_CERTIFICATES, '2', record, fence, ...args]);
  }

  async acquireRefreshLock(mchid: string): Promise<CertificateRefreshLock | undefined> {
    const { lock, fence } = certificateKeys(this.#prefix, mchid);
    const owner = randomUUID();
    const release = ['EVAL', COMPARE_AND_DELETE, '1', lock, owner];
    let token: unknown;
    try {
      token = await this.#send(lock, ['EVAL', ACQUIRE_LOCK, '2', lock, fence, String(this.#lockMs), String(FENCE_TTL_MS), owner]);
    } catch (error) {
      // The script may still run after we stopped waiting (it is queued on the same connection, and
      // this goes after it): release what nobody would release before its lease ends.
      this.#redis.send(lock, release).catch(() => undefined);
      throw error;
    }
    if (typeof token !== 'string' && typeof token !== 'number') return undefined;
    return { token: String(token), release: async () => void (await this.#send(lock, release)) };
  }

  /** A command, with outages logged once: when Redis stops answering, and when it answers again. */
  async #send(key: string, args: string[]): Promise<unknown> {
    try {
      const reply = await this.#redis.send(key, args);
      if (this.#unavailable) {
        this.#unavailable = false;
        this.#log('Redis answers again: platform certificates are shared again');
      }
      return reply;
    } catch (error) {
      if (!this.#unavailable) {
        this.#unavailable = true;
        this.#log(`${(error as Error).message}; until Redis answers, each process downloads its own platform certificates`);
      }
      throw error;
    }
  }
}

function positive(value: unknown, name: string): number {
  if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`${name} must be a positive number`);
  return value;
}
