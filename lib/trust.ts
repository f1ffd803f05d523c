import { ConfigError } from './errors/config-error.js';
import { describe, loadVerificationKey, type KeyInput, type VerificationKey } from './keys.js';

/**
 * The WeChat Pay verification keys a client trusts, by `Wechatpay-Serial`: WeChat Pay public key IDs
 * (`PUB_KEY_ID_…`) and platform certificate serials side by side, so a merchant migrating between the
 * two modes verifies responses signed with either.
 */
export class TrustStore {
  readonly #keys = new Map<string, VerificationKey>();

  /** Load every entry of the `certs` option once; errors name the entry. */
  static fromConfig(certs: unknown, merchantSerial: string): TrustStore {
    if (typeof certs !== 'object' || certs === null || Array.isArray(certs)) {
      throw new ConfigError('certs', `expected an object of { [serialOrPublicKeyId]: key }, got ${describe(certs)}`);
    }
    const entries = Object.entries(certs as Record<string, KeyInput>);
    if (entries.length === 0) {
      throw new ConfigError('certs', 'is empty: add the WeChat Pay public key (by its PUB_KEY_ID_…) or the platform certificates (by serial)');
    }
    const store = new TrustStore();
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
      store.#keys.set(key.certificate ? serial.toUpperCase() : serial, key);
    }
    return store;
  }

  /** The key for a `Wechatpay-Serial` value (certificate serials match case-insensitively). */
  get(serial: string): VerificationKey | undefined {
    return this.#keys.get(serial) ?? this.#keys.get(serial.toUpperCase());
  }

  /**
   * The key for a serial, asynchronously: the hook where an unknown serial may trigger a refresh of
   * downloaded platform certificates. Verification of responses and notifications goes through here.
   */
  async resolve(serial: string): Promise<VerificationKey | undefined> {
    return this.get(serial);
  }

  /** The serials and public key IDs trusted, for diagnostics. */
  get serials(): string[] {
    return [...this.#keys.keys()];
  }
}
