import type { DedupeStore } from './dedupe-store.js';

/** At most this many records wait for a store that is down; past it the oldest is given up. */
const MAX_PENDING = 10_000;
const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 5_000;

/**
 * Writes again, in the background, the records of notifications that were handled while the store
 * could not be written. Until the record is written, the delivery's claim stands in for it; once the
 * claim's lease ends, a redelivery would run the listener a second time. So the write is retried
 * until the store takes it (a Redis back from a restart within the lease: nothing is handled twice),
 * for at most the record's own TTL, and for at most {@link MAX_PENDING} notifications at a time.
 */
export class RecordRetry {
  readonly #store: DedupeStore;
  readonly #pending = new Map<string, { giveUpAt: number }>();
  #timer: NodeJS.Timeout | undefined;
  #pauseMs = FIRST_PAUSE_MS;

  constructor(store: DedupeStore) {
    this.#store = store;
  }

  /** Keep trying to record `id` as handled. */
  schedule(id: string, ttlSeconds: number): void {
    this.#pending.delete(id);
    this.#pending.set(id, { giveUpAt: Date.now() + ttlSeconds * 1000 });
    for (const oldest of this.#pending.keys()) {
      if (this.#pending.size <= MAX_PENDING) break;
      this.#pending.delete(oldest);
    }
    this.#arm();
  }

  /** How many records wait to be written. */
  get size(): number {
    return this.#pending.size;
  }

  #arm(): void {
    if (this.#timer || this.#pending.size === 0) return;
    this.#timer = setTimeout(() => void this.#flush(), this.#pauseMs);
    // A record waiting for Redis must not keep a process alive that is otherwise done.
    this.#timer.unref();
  }

  async #flush(): Promise<void> {
    const now = Date.now();
    let failed = false;
    for (const [id, { giveUpAt }] of [...this.#pending]) {
      if (now >= giveUpAt) {
        this.#pending.delete(id);
        continue;
      }
      try {
        await this.#store.add(id, Math.max(1, (giveUpAt - now) / 1000));
        this.#pending.delete(id);
      } catch {
        failed = true;
        break; // still down: wait, rather than fail every pending write one by one
      }
    }
    this.#pauseMs = failed ? Math.min(this.#pauseMs * 2, LONGEST_PAUSE_MS) : FIRST_PAUSE_MS;
    this.#timer = undefined;
    this.#arm();
  }
}
