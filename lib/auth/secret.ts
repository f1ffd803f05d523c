import { inspect } from 'node:util';

/**
 * Holds a secret (the APIv3 key) so that it cannot leak by accident: `util.inspect`, `JSON.stringify`,
 * `String()` and template literals all print `[REDACTED]`. Only {@link Secret.reveal} gives the bytes.
 */
export class Secret {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  reveal(): Buffer {
    return this.#bytes;
  }

  toString(): string {
    return '[REDACTED]';
  }

  toJSON(): string {
    return '[REDACTED]';
  }

  [inspect.custom](): string {
    return 'Secret [REDACTED]';
  }
}
