import { FakeBills } from './bill.js';
import { checkPayment } from './check-payment.js';
import { NotificationCourier } from './delivery.js';
import { FakeOrderBook, transactionView } from './orders.js';
import { FakeRefunds, refundEventResource } from './refunds.js';
import type { FakeDelivery, FakeDeliveryOptions, FakeHost, FakeNotifyHandler, FakeOrder, FakeOrderSeed, FakePaymentCheck, FakeRefund } from './types.js';

const REFUND_SUMMARY = { SUCCESS: '退款成功', ABNORMAL: '退款异常', CLOSED: '退款关闭' } as const;

/**
 * The merchant's payment flow, played by the fake (`fake.payments`): it answers the order
 * (`v3/pay/transactions/{jsapi,app,native,h5}`), query, close, refund and trade-bill operations
 * with realistic answers and state; checks payment parameters as the WeChat client would; and, when
 * a test says the user paid or a refund went through, delivers the signed, encrypted notification
 * to the order's `notify_url`, retrying as WeChat Pay does until the merchant answers 200 or 204.
 * A handler a test registers with `fake.on()` for one of these operations replaces the flow's.
 *
 * @example
 * ```ts
 * const fake = new FakeWechatpay({ delivery: { timeScale: 0.001 } });
 * fake.payments.deliverTo('https://shop.example/wxpay/notify', wxpay.notifications.handler(onEvent));
 * // … the merchant places an order through the client …
 * const delivery = await fake.pay('T20240520001'); // TRANSACTION.SUCCESS, delivered and acknowledged
 * ```
 */
export class FakePayments {
  readonly #host: FakeHost;
  readonly #orders: FakeOrderBook;
  readonly #refunds: FakeRefunds;
  readonly #courier: NotificationCourier;
  /** Every notification delivered by {@link FakePayments.pay} and {@link FakePayments.refund}, in order. */
  readonly deliveries: FakeDelivery[] = [];

  /** @internal Use `fake.payments`. */
  constructor(fake: Pick<FakeHost, 'merchant' | 'on' | 'notification'>, settings: { clock: () => number; reply: FakeHost['reply']; delivery?: FakeDeliveryOptions }) {
    const host: FakeHost = {
      merchant: fake.merchant,
      clock: settings.clock,
      reply: settings.reply,
      on: (method, template, handler) => fake.on(method, template, handler),
      notification: (eventType, resource, options) => fake.notification(eventType, resource, options),
    };
    this.#host = host;
    this.#orders = new FakeOrderBook(host);
    this.#refunds = new FakeRefunds(host, this.#orders);
    new FakeBills(host, this.#orders, this.#refunds);
    this.#courier = new NotificationCourier(host, settings.delivery);
  }

  /** The order with this `out_trade_no`, as the fake holds it. */
  getOrder(outTradeNo: string): FakeOrder | undefined {
    return this.#orders.get(outTradeNo);
  }

  /** The refund with this `out_refund_no`, as the fake holds it. */
  getRefund(outRefundNo: string): FakeRefund | undefined {
    return this.#refunds.get(outRefundNo);
  }

  /** Hold an order placed some other way (e.g. through APIv2): it gets a `prepay_id` and can be paid. */
  addOrder(seed: FakeOrderSeed): FakeOrder {
    return this.#orders.add(seed);
  }

  /**
   * Deliver notifications for `url` to an in-process Web handler, e.g.
   * `wxpay.notifications.handler(listener)`, rather than over HTTP. Loopback URLs
   * (`http://127.0.0.1:…`) need no registration; any other `notify_url` does.
   */
  deliverTo(url: string, handler: FakeNotifyHandler): this {
    this.#courier.deliverTo(url, handler);
    return this;
  }

  /**
   * What the WeChat client would make of payment parameters (`wxpay.payment.jsapi()`'s or
   * `app()`'s): every value a string, the timestamp in seconds, a nonce of at most 32 characters,
   * a payable order of this kind and app behind the prepay id, and the signature over the documented
   * message, checked with the merchant public key (APIv3) or `options.apiv2Key` (APIv2).
   */
  verifyPayment(params: unknown, options: { apiv2Key?: string } = {}): FakePaymentCheck {
    const { mchid, publicKey } = this.#host.merchant;
    return checkPayment(params, { mchid, publicKey, now: this.#host.clock(), apiv2Key: options.apiv2Key, order: (id) => this.#orders.byPrepayId(id) });
  }

  /**
   * The user pays the order: it becomes `SUCCESS` with a `transaction_id`, and `TRANSACTION.SUCCESS`
   * is delivered to its `notify_url`. Resolves when WeChat Pay would stop delivering: once the
   * merchant answered 200 or 204, or after the last retry. Throws, changing nothing, when the order
   * is unknown, cannot be paid, or its `notify_url` is neither loopback nor registered.
   */
  async pay(outTradeNo: string): Promise<FakeDelivery> {
    const order = this.#orders.get(outTradeNo);
    if (!order) throw new Error(`the fake holds no order ${outTradeNo}: place it through the client first`);
    if (order.trade_state !== 'NOTPAY') throw new Error(`order ${outTradeNo} cannot be paid: it is ${order.trade_state}`);
    this.#courier.assertReachable(order.notify_url);
    this.#orders.markPaid(order);
    return this.#deliver('TRANSACTION.SUCCESS', transactionView(order), order.notify_url, '支付成功');
  }

  /**
   * A refund the merchant asked for goes through (or, with `status`, ends `ABNORMAL` or `CLOSED`):
   * `REFUND.SUCCESS` (`.ABNORMAL`, `.CLOSED`) is delivered to the refund's `notify_url`, or the
   * order's when the refund named none. Resolves as {@link FakePayments.pay} does.
   */
  async refund(outRefundNo: string, options: { status?: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' } = {}): Promise<FakeDelivery> {
    const refund = this.#refunds.get(outRefundNo);
    if (!refund) throw new Error(`the fake holds no refund ${outRefundNo}: ask for it through the client first`);
    const status = options.status ?? 'SUCCESS';
    const url = refund.notify_url ?? this.#orders.get(refund.out_trade_no)!.notify_url;
    this.#courier.assertReachable(url);
    const order = this.#refunds.complete(refund, status);
    return this.#deliver(`REFUND.${status}`, refundEventResource(refund, order), url, REFUND_SUMMARY[status]);
  }

  async #deliver(eventType: string, resource: Record<string, unknown>, url: string, summary: string): Promise<FakeDelivery> {
    const delivery = await this.#courier.deliver(eventType, resource, url, summary);
    this.deliveries.push(delivery);
    return delivery;
  }
}
