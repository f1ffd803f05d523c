import { MemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import { RecordRetry } from './record-retry.js';

export { MemoryDedupeStore, type ClaimResult, type DedupeStore, type MemoryDedupeStoreOptions } from './dedupe-store.js';

/**
 * What to do with a notification when the dedupe store cannot be asked (e.g. Redis is down):
 * - `fail`: refuse it with a `503` (`dedupe-unavailable`); WeChat Pay delivers it again later, when
 *   the store may be back. Nothing is ever handled twice, at the price of a delay.
 * - `handle`: run the listener anyway, with `event.dedupeUnavailable` set (and `duplicate: false`
 *   unchecked): for listeners whose updates are idempotent on their own (keyed on `out_trade_no`).
 */
export type DedupeUnavailablePolicy = 'fail' | 'handle';

/** Options of {@link NotificationDedupe}. */
export interface NotificationDedupeOptions {
  /** @default a new {@link MemoryDedupeStore} */
  store?: DedupeStore;
  /**
   * How long a handled ID is remembered. WeChat Pay redelivers for about 24 hours (15 s … 6 h).
   * @default 172800 (48 hours)
   */
  ttlSeconds?: number;
  /**
   * How long a claim taken before handling lasts: longer than your slowest listener, short enough
   * that a notification whose process died mid-handling is handled at a redelivery soon after.
   * @default 120
   */
  leaseSeconds?: number;
  /**
   * What to do when the store cannot be asked.
   * @default 'fail'
   */
  onUnavailable?: DedupeUnavailablePolicy;
}

/** What a delivery may do with its notification, from {@link NotificationDedupe.claim}. */
export interface DedupeClaim {
  /**
   * - `first`: this delivery holds the claim: handle it, then {@link DedupeClaim.done} (or
   *   {@link DedupeClaim.release} when handling failed).
   * - `duplicate`: handled before; acknowledge it without acting again.
   * - `in-progress`: another delivery is handling it right now; refuse this one (WeChat Pay
   *   redelivers, and then finds it handled, or free again if that handling failed).
   * - `unavailable`: the store could not be asked (`error` says why); see {@link DedupeUnavailablePolicy}.
   */
  readonly status: 'first' | 'duplicate' | 'in-progress' | 'unavailable';
  /** Why the store could not be asked, when `status` is `unavailable`. */
  readonly error?: unknown;
  /** Record the notification as handled (for `first`, and for `unavailable` handled anyway). */
  done(): Promise<void>;
  /** Give up the claim after a failed handling, so the redelivery is handled. */
  release(): Promise<void>;
}

const NOTHING_TO_RELEASE = async (): Promise<void> => undefined;

/**
 * Keeps one notification from being handled twice: each delivery claims its ID before the listener
 * runs; only the delivery that wins the claim runs as `duplicate: false`, the ID is recorded once
 * the listener succeeded, and released if it failed so that WeChat Pay's redelivery is handled.
 * Across processes, give it a shared store (`RedisNotificationDedupe` in `wechatpay-chain/redis`).
 *
 * @example
 * ```ts
 * const dedupe = new NotificationDedupe();
 * export const POST = wxpay.notifications.handler(async (event) => {
 *   if (event.duplicate) return; // handled before: reply success again, do nothing
 *   await fulfil(event);
 * }, { dedupe });
 * ```
 */
export class NotificationDedupe {
  readonly store: DedupeStore;
  readonly ttlSeconds: number;
  readonly leaseSeconds: number;
  readonly onUnavailable: DedupeUnavailablePolicy;
  readonly #retry: RecordRetry;

  constructor(options: NotificationDedupeOptions = {}) {
    this.store = options.store ?? new MemoryDedupeStore();
    this.ttlSeconds = options.ttlSeconds ?? 172_800;
    this.leaseSeconds = options.leaseSeconds ?? 120;
    this.onUnavailable = options.onUnavailable ?? 'fail';
    if (!(this.ttlSeconds > 0)) throw new RangeError('ttlSeconds must be positive');
    if (!(this.leaseSeconds > 0)) throw new RangeError('leaseSeconds must be positive');
    if (this.onUnavailable !== 'fail' && this.onUnavailable !== 'handle') throw new RangeError("onUnavailable must be 'fail' or 'handle'");
    this.#retry = new RecordRetry(this.store);
  }

  /**
   * How many handled notifications wait for their record to be written (the store failed when they
   * were done; they are written again in the background until it takes them), for diagnostics.
   */
  get unrecorded(): number {
    return this.#retry.size;
  }

  /**
   * Claim the notification `id` for this delivery before handling it. Never rejects: a store that
   * fails gives `unavailable`.
   */
  async claim(id: string): Promise<DedupeClaim> {
    const store = this.store;
    const done = async (): Promise<void> => {
      try {
        await store.add(id, this.ttlSeconds);
      } catch (error) {
        this.#retry.schedule(id, this.ttlSeconds);
        throw error;
      }
    };
    try {
      if (!store.claim) {
        // A store without claims: checked now, recorded after; concurrent deliveries may both run.
        return (await store.has(id)) ? { status: 'duplicate', done, release: NOTHING_TO_RELEASE } : { status: 'first', done, release: NOTHING_TO_RELEASE };
      }
      const token = globalThis.crypto.randomUUID();
      const result = await store.claim(id, token, this.leaseSeconds);
      if (result === 'handled') return { status: 'duplicate', done, release: NOTHING_TO_RELEASE };
      if (result === 'in-progress') return { status: 'in-progress', done, release: NOTHING_TO_RELEASE };
      return { status: 'first', done, release: async () => void (await store.release?.(id, token)) };
    } catch (error) {
      return { status: 'unavailable', error, done, release: NOTHING_TO_RELEASE };
    }
  }

  /** Whether the notification `id` was already handled (for `parse()` users; handlers use {@link claim}). */
  async seen(id: string): Promise<boolean> {
    return await this.store.has(id);
  }

  /** Record the notification `id` as handled. */
  async remember(id: string): Promise<void> {
    await this.store.add(id, this.ttlSeconds);
  }
}
