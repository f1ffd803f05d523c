import type { PlatformCertificate } from './certificate-list.js';
import type { CertificateSource } from './source.js';
import { obtainCertificates } from './shared-refresh.js';
import { ConfigError } from '../errors/config-error.js';
import { describe } from '../errors/describe.js';
import { loadVerificationKey, type KeyInput, type VerificationKey } from '../auth/keys.js';

export type { CertificateSource } from './source.js';

/**
 * Checks a WeChat Pay signature somewhere else (an HSM, a KMS, another crypto library). It receives
 * the exact signed message (`timestamp\nnonce\nbody\n`, raw bytes: a Uint8Array), the base64 signature and the key
 * the trust store chose for `Wechatpay-Serial` (so validity windows, rotation and refresh still apply),
 * and returns whether the signature is valid.
 */
export type Verifier = (input: { message: Uint8Array; signature: string; serial: string; key: VerificationKey }) => boolean | Promise<boolean>;

/** At most one refresh per minute for unknown serials, and at most one retry per minute after a failed download. */
export const MIN_REFRESH_INTERVAL_MS = 60_000;
/** Default period of the scheduled refresh: 12 hours. */
export const DEFAULT_REFRESH_INTERVAL_MS = 12 * 3_600_000;

/**
 * The WeChat Pay verification keys a client trusts, by `Wechatpay-Serial`: WeChat Pay public key IDs
 * (`PUB_KEY_ID_…`) and platform certificate serials side by side, so a merchant migrating between the
 * two modes verifies responses signed with either. Keys come from the `certs` option and, when a
 * {@link CertificateSource} is attached, from `GET /v3/certificates`, downloaded on first use, again
 * when older than the refresh interval, and when a response names a serial not known yet.
 *
 * {@link TrustStore.resolve} is the single verification entry point: responses (lib/http/response.ts) and
 * notifications look keys up there and nowhere else, so refresh, rotation and a pluggable verifier
 * apply to both.
 */
export class TrustStore {
  /** From the `certs` option: never replaced. */
  readonly #configured = new Map<string, VerificationKey>();
  /** From the last download that verified: replaced whole, never merged with a failed one. */
  #downloaded = new Map<string, VerificationKey>();
  #source: CertificateSource | undefined;
  #verifier: Verifier | undefined;
  readonly #clock: () => number;
  #mode: 'certificate' | 'public-key' | undefined;
  /** `downloadedAt` of what is loaded; undefined until the first download or load succeeds. */
  #loadedAt: number | undefined;
  #inflight: Promise<void> | undefined;
  #lastScheduledAttempt = -Infinity;
  #lastUnknownAttempt = -Infinity;
  #lastError: Error | undefined;
  #downloads = 0;

  constructor(options: { clock?: () => number; verifier?: Verifier } = {}) {
    this.#clock = options.clock ?? Date.now;
    this.#verifier = options.verifier;
  }

  /** Load every entry of the `certs` option once; errors name the entry. `certs` may be omitted only when `optional`. */
  static fromConfig(certs: unknown, merchantSerial: string, options: { optional?: boolean; clock?: () => number; verifier?: Verifier } = {}): TrustStore {
    const store = new TrustStore(options);
    // With downloads on, `certs` may be absent or empty: the downloaded certificates fill the store.
    if (options.optional && (certs === undefined || (typeof certs === 'object' && certs !== null && Object.keys(certs).length === 0))) return store;
    if (typeof certs !== 'object' || certs === null || Array.isArray(certs)) {
      throw new ConfigError('certs', `expected an object of { [serialOrPublicKeyId]: key }, got ${describe(certs)}`);
    }
    const entries = Object.entries(certs as Record<string, KeyInput>);
    if (entries.length === 0) {
      throw new ConfigError('certs', 'is empty: add the WeChat Pay public key (by its PUB_KEY_ID_…) or the platform certificates (by serial), or give `apiv3Key` to download platform certificates');
    }
    for (const [serial, input] of entries) {
      const option = `certs.${serial}`;
      if (serial.toUpperCase() === merchantSerial.toUpperCase()) {
        throw new ConfigError(option, 'is the merchant certificate serial (`serial`); `certs` holds WeChat Pay keys, which verify responses');
      }
      if (!/^[A-Za-z0-9_]{1,64}$/.test(serial)) throw new ConfigError(option, 'a serial or public key ID has only letters, digits and `_`');
      const key = loadVerificationKey(input, option);
      if (key.certificate && key.certificate.serialNumber !== serial.toUpperCase()) {
        throw new ConfigError(option, `the certificate's serial is ${key.certificate.serialNumber}, not ${serial}`);
      }
      // Certificate serials are hex and case-insensitive; public key IDs are kept as given.
      store.#configured.set(key.certificate ? serial.toUpperCase() : serial, key);
    }
    return store;
  }

  /** Manage platform certificates from `source` from now on (the client does this when `apiv3Key` is given). */
  attach(source: CertificateSource): void {
    this.#source = source;
  }

  /** The key for a `Wechatpay-Serial` value, as known right now (certificate serials match case-insensitively). */
  get(serial: string): VerificationKey | undefined {
    const upper = serial.toUpperCase();
    return this.#configured.get(serial) ?? this.#configured.get(upper) ?? this.#downloaded.get(upper);
  }

  /**
   * The key for a `Wechatpay-Serial`: the single verification entry point for responses and
   * notifications. With downloaded certificates it downloads them on first use, refreshes them in
   * the background once they are older than the refresh interval, and, for a serial not known yet,
   * waits for a refresh: one at a time (every concurrent caller shares it) and at most one per minute,
   * so a flood of unknown serials cannot hammer WeChat Pay. Resolves `undefined` for an unknown serial;
   * rejects only when a download it had to wait for failed (with that download's error).
   *
   * Returns a key already known (or, without downloads, `undefined`) as it is rather than in a
   * promise: that is every response but the rare one signed with a new certificate, and the verifier
   * then checks it without a trip through the microtask queue.
   */
  resolve(serial: string): VerificationKey | undefined | Promise<VerificationKey | undefined> {
    const source = this.#source;
    const known = this.get(serial);
    if (!source) return this.#wrap(serial, known);
    if (known) {
      if (this.#stale(source)) this.#refreshScheduled().catch(() => undefined); // kept in #lastError
      return this.#wrap(serial, known);
    }
    return this.#resolveUnknown(serial, source);
  }

  /** {@link resolve} for a serial not known yet, with downloaded certificates: wait for a refresh as documented there. */
  async #resolveUnknown(serial: string, source: CertificateSource): Promise<VerificationKey | undefined> {
    if (this.#inflight) {
      await this.#inflight;
    } else if (this.#stale(source)) {
      await this.#refreshScheduled();
    } else if (this.#clock() - this.#lastUnknownAttempt >= MIN_REFRESH_INTERVAL_MS) {
      this.#lastUnknownAttempt = this.#clock();
      await this.#refresh(serial);
    }
    return this.#wrap(serial, this.get(serial));
  }

  /**
   * The key that encrypts sensitive request fields now: the WeChat Pay public key where there is one
   * (the mode every merchant is moving to), else the valid platform certificate issued last (WeChat
   * Pay asks merchants to switch to a new certificate once it is published). Without a public key,
   * downloads certificates first if they were never downloaded.
   */
  async encryptionKey(): Promise<{ serial: string; key: VerificationKey }> {
    // Public keys come from `certs` only (downloads hold certificates), so a configured one is the
    // choice whatever a download would bring: no reason to wait for one, or fail with it.
    for (const [serial, key] of this.#configured) if (!key.certificate) return { serial, key };
    if (this.#source && this.#stale(this.#source)) {
      const refresh = this.#refreshScheduled();
      if (this.#loadedAt === undefined) await refresh;
      else refresh.catch(() => undefined);
    }
    const now = this.#clock();
    let best: { serial: string; key: VerificationKey } | undefined;
    for (const [serial, key] of [...this.#configured, ...this.#downloaded]) {
      const cert = key.certificate;
      if (!cert || now < cert.validFrom.getTime() || now > cert.validTo.getTime()) continue;
      if (!best || cert.validFrom > best.key.certificate!.validFrom) best = { serial, key };
    }
    if (!best) {
      throw new ConfigError('certs', `no WeChat Pay public key or currently valid platform certificate to encrypt with${this.#explain() ? ` (${this.#explain()})` : ''}`);
    }
    return best;
  }

  /** Why a serial is unknown and what to do about it: appended to `unknown-serial` errors. */
  hint(serial: string): string | undefined {
    if (!this.#source) {
      return /^PUB_KEY_ID_/.test(serial)
        ? 'add this WeChat Pay public key to `certs` under its ID'
        : 'add the platform certificate to `certs`, or have it downloaded (`apiv3Key`, and `platformCertificates: true` beside `certs`)';
    }
    const explained = this.#explain();
    if (explained) return explained;
    if (this.#loadedAt === undefined) return 'platform certificates have not been downloaded yet';
    const next = this.#lastUnknownAttempt + MIN_REFRESH_INTERVAL_MS;
    const wait = next > this.#clock() ? `; the next refresh for an unknown serial is allowed from ${new Date(next).toISOString()}` : '';
    return `the platform certificates downloaded at ${new Date(this.#loadedAt).toISOString()} do not include it${wait}`;
  }

  #explain(): string | undefined {
    if (this.#mode === 'public-key') {
      return 'GET /v3/certificates answered 404 RESOURCE_NOT_EXISTS, so this merchant uses a WeChat Pay public key: add it to `certs` under its ID (PUB_KEY_ID_…)';
    }
    if (this.#lastError) return `the last download of platform certificates failed: ${this.#lastError.message}`;
    return undefined;
  }

  /**
   * Download now (or load what another process stored more recently), whatever the schedule: for
   * callers that want certificates before the first request. Shares a download already under way.
   */
  refresh(): Promise<void> {
    return this.#refresh(undefined);
  }

  /** The serials and public key IDs trusted, for diagnostics. */
  get serials(): string[] {
    return [...new Set([...this.#configured.keys(), ...this.#downloaded.keys()])];
  }

  /** How many downloads from WeChat Pay were started (not loads from a shared storage), for diagnostics. */
  get downloads(): number {
    return this.#downloads;
  }

  /** Whether platform certificates are downloaded into this store. */
  get managed(): boolean {
    return this.#source !== undefined;
  }

  /** `certificate` or `public-key` once a download told which, for diagnostics. */
  get mode(): 'certificate' | 'public-key' | undefined {
    return this.#mode;
  }

  /** Never loaded, or loaded longer ago than the refresh interval. */
  #stale(source: CertificateSource): boolean {
    return this.#loadedAt === undefined || this.#clock() - this.#loadedAt >= source.refreshIntervalMs;
  }

  /** The first download and the periodic ones; after a failure, retried at most once a minute. */
  #refreshScheduled(): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#clock() - this.#lastScheduledAttempt < MIN_REFRESH_INTERVAL_MS) {
      return this.#lastError && this.#loadedAt === undefined ? Promise.reject(this.#lastError) : Promise.resolve();
    }
    this.#lastScheduledAttempt = this.#clock();
    return this.#refresh(undefined);
  }

  /** Single-flight: every caller during a refresh shares its promise. */
  #refresh(wanted: string | undefined): Promise<void> {
    this.#inflight ??= this.#run(wanted).finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #run(wanted: string | undefined): Promise<void> {
    try {
      const obtained = await obtainCertificates({
        source: this.#source!,
        loadedAt: this.#loadedAt,
        wanted,
        clock: this.#clock,
        onDownload: () => void this.#downloads++,
      });
      this.#apply(obtained.mode, obtained.certificates, obtained.downloadedAt);
    } catch (error) {
      this.#lastError = error as Error;
      throw error;
    }
  }

  #apply(mode: 'certificate' | 'public-key', certificates: PlatformCertificate[], downloadedAt: number): void {
    if (mode === 'public-key') {
      // A 404 comes unverified (nobody may hold the key that signed it), so it never discards
      // certificates that a verified download gave and that are still valid: an injected 404 must
      // not take verification down. They age out by their own validity window.
      const now = this.#clock();
      const kept = [...this.#downloaded].filter(([, key]) => key.certificate !== undefined && now <= key.certificate.validTo.getTime());
      if (kept.length) {
        this.#downloaded = new Map(kept);
        this.#loadedAt = downloadedAt;
        this.#lastError = undefined;
        return;
      }
    }
    // Every certificate the list holds stays trusted, so both sides of a rotation verify while it lasts.
    this.#downloaded = new Map(certificates.map((c) => [c.serial, c.verificationKey]));
    this.#mode = mode;
    this.#loadedAt = downloadedAt;
    this.#lastError = undefined;
  }

  #wrap(serial: string, key: VerificationKey | undefined): VerificationKey | undefined {
    const verifier = this.#verifier;
    if (!key || !verifier) return key;
    return { ...key, verify: (message, signature) => verifier({ message, signature, serial, key }) };
  }
}
