/** What {@link DedupeStore.claim} found for a notification ID. */
export type ClaimResult =
  /** Nobody held the ID: it is now claimed for this delivery, under its token, for the lease. */
  | 'claimed'
  /** The ID was handled before (and its record has not expired). */
  | 'handled'
  /** Another delivery holds a live claim on it: it is being handled right now. */
  | 'in-progress';

/**
 * Where notification IDs are remembered, between processes if the store is shared (see
 * `wechatpay-chain/redis`); {@link MemoryDedupeStore} is the default.
 *
 * A store with `claim` and `release` lets exactly one of two concurrent deliveries of one ID run its
 * handler: the ID is claimed atomically before handling, recorded with `add` after success, and
 * released after failure so the redelivery is handled. A store with only `has` and `add` is asked
 * before handling and told after, so two deliveries arriving at the same moment can both run.
 */
export interface DedupeStore {
  /** Whether `id` was recorded as handled and has not expired (a claim is not a record). */
  has(id: string): boolean | Promise<boolean>;
  /** Record `id` as handled for `ttlSeconds`, replacing any claim on it. */
  add(id: string, ttlSeconds: number): void | Promise<void>;
  /**
   * Atomically: if `id` is neither recorded nor claimed, claim it under `token` for `leaseSeconds`
   * (the claim expires with its lease, so a process that dies while handling does not block the ID
   * for ever) and answer `claimed`; otherwise say what holds it.
   */
  claim?(id: string, token: string, leaseSeconds: number): ClaimResult | Promise<ClaimResult>;
  /** Drop the claim on `id` if `token` still holds it (never a record, never another delivery's claim). */
  release?(id: string, token: string): void | Promise<void>;
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

interface Entry {
  expires: number;
  /** Set while the ID is claimed (not yet handled). */
  claimedBy?: string;
}

/** An in-process {@link DedupeStore} with expiry and atomic claims: enough for a single server. */
export class MemoryDedupeStore implements DedupeStore {
  // Insertion order is close to expiry order (one lease and one TTL per store in practice), so the oldest entry is first.
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #clock: () => number;

  constructor(options: MemoryDedupeStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
    this.#clock = options.clock ?? Date.now;
    if (!(this.#maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  }

  has(id: string): boolean {
    const entry = this.#live(id);
    return entry !== undefined && entry.claimedBy === undefined;
  }

  add(id: string, ttlSeconds: number): void {
    this.#set(id, { expires: this.#clock() + ttlSeconds * 1000 });
  }

  // Synchronous from the check to the set, so no other delivery in this process can slip in between.
  claim(id: string, token: string, leaseSeconds: number): ClaimResult {
    const entry = this.#live(id);
    if (entry) return entry.claimedBy === undefined ? 'handled' : 'in-progress';
    this.#set(id, { expires: this.#clock() + leaseSeconds * 1000, claimedBy: token });
    return 'claimed';
  }

  release(id: string, token: string): void {
    if (this.#entries.get(id)?.claimedBy === token) this.#entries.delete(id);
  }

  /** How many IDs are held, claimed or handled (expired ones may still count until touched). */
  get size(): number {
    return this.#entries.size;
  }

  #live(id: string): Entry | undefined {
    const entry = this.#entries.get(id);
    if (entry === undefined || entry.expires > this.#clock()) return entry;
    this.#entries.delete(id);
    return undefined;
  }

  #set(id: string, entry: Entry): void {
    const now = this.#clock();
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    for (const [oldest, { expires }] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && expires > now) break;
      this.#entries.delete(oldest);
    }
  }
}
