import { NotificationDedupe, type ClaimResult, type DedupeStore, type NotificationDedupeOptions } from '../notify/dedupe.js';
import { ownRecord } from '../request/own.js';
import { DEFAULT_COMMAND_TIMEOUT_MS, RedisCommands, type RedisClientLike } from './client.js';
import { checkMchid, checkPrefix, DEFAULT_PREFIX, notificationKey } from './keys.js';
import { COMPARE_AND_DELETE } from './scripts.js';

const DONE = 'done';
const claimValue = (token: string): string => `claimed:${token}`;

/**
 * A {@link DedupeStore} in Redis: one key per notification ID, `claimed:<token>` (with the lease as
 * its expiry) while a delivery handles it, then `done` (with the retention as its expiry).
 */
export class RedisDedupeStore implements DedupeStore {
  readonly #redis: RedisCommands;
  readonly #key: (id: string) => string;

  constructor(redis: RedisCommands, key: (id: string) => string) {
    this.#redis = redis;
    this.#key = key;
  }

  async has(id: string): Promise<boolean> {
    const key = this.#key(id);
    return (await this.#redis.send(key, ['GET', key])) === DONE;
  }

  async add(id: string, ttlSeconds: number): Promise<void> {
    const key = this.#key(id);
    await this.#redis.send(key, ['SET', key, DONE, 'PX', String(Math.ceil(ttlSeconds * 1000))]);
  }

  async claim(id: string, token: string, leaseSeconds: number): Promise<ClaimResult> {
    const key = this.#key(id);
    try {
      // Twice at most: a claim released or expired between our SET and GET is free again.
      for (let attempt = 0; attempt < 2; attempt++) {
        const set = await this.#redis.send(key, ['SET', key, claimValue(token), 'NX', 'PX', String(Math.ceil(leaseSeconds * 1000))]);
        if (set === 'OK') return 'claimed';
        const value = await this.#redis.send(key, ['GET', key]);
        if (value === DONE) return 'handled';
        if (value !== null) return 'in-progress';
      }
      return 'in-progress';
    } catch (error) {
      // The SET may still run after we stopped waiting (queued on the same connection, before this):
      // take back the claim, or the redelivery would find it in progress until its lease ends.
      this.#redis.send(key, ['EVAL', COMPARE_AND_DELETE, '1', key, claimValue(token)]).catch(() => undefined);
      throw error;
    }
  }

  async release(id: string, token: string): Promise<void> {
    const key = this.#key(id);
    await this.#redis.send(key, ['EVAL', COMPARE_AND_DELETE, '1', key, claimValue(token)]);
  }
}

/** Options of {@link RedisNotificationDedupe}. */
export interface RedisNotificationDedupeOptions extends Omit<NotificationDedupeOptions, 'store'> {
  /** The merchant ID: part of every key, so that merchants sharing a Redis never mix. */
  mchid: string;
  /**
   * The first part of every key (see the key layout in `docs/scaling.md`).
   * @default 'wechatpay'
   */
  prefix?: string;
  /**
   * The bound on each Redis command, in milliseconds: a Redis slower than this counts as unavailable
   * (see `onUnavailable`).
   * @default 1000
   */
  commandTimeoutMs?: number;
}

/**
 * De-duplicates notifications across every process and host that shares one Redis: a delivery
 * claims the notification ID with `SET NX` and a lease before the listener runs, so of any number of
 * concurrent deliveries exactly one runs it; the ID is marked done after success (kept `ttlSeconds`,
 * 48 hours by default, past WeChat Pay's 24 hours of redeliveries) and released after failure, so
 * the redelivery is handled. When Redis cannot be asked, `onUnavailable` decides (`'fail'` by default:
 * refuse the delivery with 503 so WeChat Pay retries; never handle it silently twice).
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { RedisNotificationDedupe } from 'wechatpay-chain/redis';
 *
 * const dedupe = new RedisNotificationDedupe(new Redis(process.env.REDIS_URL!), { mchid: '1900000109' });
 * export const POST = wxpay.notifications.handler(async (event) => {
 *   if (event.duplicate) return;
 *   await fulfil(event);
 * }, { dedupe });
 * ```
 */
export class RedisNotificationDedupe extends NotificationDedupe {
  constructor(redis: RedisClientLike, options: RedisNotificationDedupeOptions) {
    const own = ownRecord(options) as Partial<RedisNotificationDedupeOptions>;
    const prefix = checkPrefix(own.prefix ?? DEFAULT_PREFIX);
    const mchid = checkMchid(own.mchid);
    const commands = new RedisCommands(redis, own.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS);
    super({ ttlSeconds: own.ttlSeconds, leaseSeconds: own.leaseSeconds, onUnavailable: own.onUnavailable, store: new RedisDedupeStore(commands, (id) => notificationKey(prefix, mchid, id)) });
  }
}
