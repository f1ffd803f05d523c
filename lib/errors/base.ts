/**
 * Root of every error this SDK throws. Check with {@link WechatpayError.is} (works across realms and
 * duplicated installs, unlike `instanceof`).
 */
export class WechatpayError extends Error {
  /** A stable machine-readable kind, one per subclass. */
  readonly kind: string = 'WechatpayError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** True for any error thrown by wechatpay-chain, whichever copy of the package made it. */
  static is(value: unknown): value is WechatpayError {
    return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
  }

  /** A JSON form without the `cause` chain (which may hold sockets and buffers). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'cause') out[key] = value;
    }
    return out;
  }
}

// A registered symbol, so that the brand survives two copies of the package in one process.
const brand = Symbol.for('wechatpay-chain.error');
Object.defineProperty(WechatpayError.prototype, brand, { value: true });
