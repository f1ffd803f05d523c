import { WechatpayError } from './base.js';

/**
 * A call's options are wrong (missing path value, unknown option, body on a GET...). Thrown before
 * anything is signed or sent.
 */
export class ParameterError extends WechatpayError {
  override readonly kind = 'ParameterError';
  /** The option or path parameter at fault, e.g. `plan_id`, `json`, `headers.Authorization`. */
  readonly parameter: string;
  /** The path template of the call, e.g. `v3/pay/transactions/id/{transaction_id}`. */
  readonly path: string;

  constructor(parameter: string, path: string, problem: string) {
    super(`${problem} (parameter \`${parameter}\` of ${path})`);
    this.parameter = parameter;
    this.path = path;
  }

  static override is(value: unknown): value is ParameterError {
    return WechatpayError.is(value) && value.kind === 'ParameterError';
  }
}
