/**
 * Where handled notification IDs are remembered. Implement it over Redis, a database table with a
 * unique key, etc., to share it between processes; {@link MemoryDedupeStore} is the default.
 */
export interface DedupeStore {
  /** Whether `id` was recorded and has not expired. */
  has(id: string): boolean | Promise<boolean>;
  /** Record `id` for `ttlSeconds`. */
  add(id: string, ttlSeconds: number): void | Promise<void>;
}

/** Options of {@link MemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /**
   * At most this many IDs are kept; the oldest go first, so memory stays bounded whatever arrives.
   * @default 100000
   */
  maxEntries?: number;
  /** Milliseconds since the epoch (for tests). @default Date.now */
  clock?: () => number;
}

/** An in-process {@link DedupeStore} with expiry: enough for a single server. */
export class MemoryDedupeStore implements DedupeStore {
  // Insertion order is expiry order (one TTL per store in practice), so the oldest entry is first.
  readonly #expires = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #clock: () => number;

  constructor(options: MemoryDedupeStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
    this.#clock = options.clock ?? Date.now;
    if (!(this.#maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  }

  has(id: string): boolean {
    const expires = this.#expires.get(id);
    if (expires === undefined) return false;
    if (expires > this.#clock()) return true;
    this.#expires.delete(id);
    return false;
  }

  add(id: string, ttlSeconds: number): void {
    const now = this.#clock();
    this.#expires.delete(id);
    this.#expires.set(id, now + ttlSeconds * 1000);
    for (const [oldest, expires] of this.#expires) {
      if (this.#expires.size <= this.#maxEntries && expires > now) break;
      this.#expires.delete(oldest);
    }
  }

  /** How many IDs are held (expired ones may still count until touched). */
  get size(): number {
    return this.#expires.size;
  }
}

/** Options of {@link NotificationDedupe}. */
export interface NotificationDedupeOptions {
  /** @default a new {@link MemoryDedupeStore} */
  store?: DedupeStore;
  /**
   * How long a handled ID is remembered. WeChat Pay redelivers for about 24 hours (15 s … 6 h).
   * @default 172800 (48 hours)
   */
  ttlSeconds?: number;
}

/**
 * Flags redeliveries of notifications already handled. An ID is remembered only after its handler
 * succeeded, so a notification whose handler failed is not flagged when WeChat Pay retries it.
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

  constructor(options: NotificationDedupeOptions = {}) {
    this.store = options.store ?? new MemoryDedupeStore();
    this.ttlSeconds = options.ttlSeconds ?? 172_800;
    if (!(this.ttlSeconds > 0)) throw new RangeError('ttlSeconds must be positive');
  }

  /** Whether the notification `id` was already handled. */
  async seen(id: string): Promise<boolean> {
    return await this.store.has(id);
  }

  /** Record the notification `id` as handled. */
  async remember(id: string): Promise<void> {
    await this.store.add(id, this.ttlSeconds);
  }
}
