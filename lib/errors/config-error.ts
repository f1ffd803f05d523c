import { WechatpayError } from './base.js';

/** The client was constructed with a missing or malformed option. Thrown by `new Wechatpay()`. */
export class ConfigError extends WechatpayError {
  override readonly kind = 'ConfigError';
  /** The configuration option at fault, e.g. `privateKey` or `certs.PUB_KEY_ID_0114…`. */
  readonly option: string;

  constructor(option: string, problem: string, options?: { cause?: unknown }) {
    super(`Invalid option \`${option}\`: ${problem}`, options);
    this.option = option;
  }

  static override is(value: unknown): value is ConfigError {
    return WechatpayError.is(value) && value.kind === 'ConfigError';
  }
}
