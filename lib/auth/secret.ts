import { INSPECT } from '../inspect.js';

/**
 * Holds a secret (the APIv3 key) so that it cannot leak by accident: `util.inspect`, `JSON.stringify`,
 * `String()` and template literals all print `[REDACTED]`. Only {@link Secret.reveal} gives the bytes.
 */
export class Secret {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  reveal(): Uint8Array {
    return this.#bytes;
  }

  toString(): string {
    return '[REDACTED]';
  }

  toJSON(): string {
    return '[REDACTED]';
  }

  [INSPECT](): string {
    return 'Secret [REDACTED]';
  }
}
