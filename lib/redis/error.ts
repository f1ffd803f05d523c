import { WechatpayError } from '../errors/base.js';

/**
 * Redis did not answer a command in time, or answered with an error. The message names the command
 * (never its arguments' values beyond the key); `cause` is the client's own error, when it gave one.
 */
export class RedisUnavailableError extends WechatpayError {
  override readonly kind = 'RedisUnavailableError';
  /** The Redis command, e.g. `SET` or `EVAL`. */
  readonly command: string;

  constructor(command: string, detail: string, options?: { cause?: unknown }) {
    super(`Redis ${command} ${detail}`, options);
    this.command = command;
  }

  static override is(value: unknown): value is RedisUnavailableError {
    return WechatpayError.is(value) && value.kind === 'RedisUnavailableError';
  }
}
