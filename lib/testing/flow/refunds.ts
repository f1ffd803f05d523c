import type { FakeReply } from '../fake-types.js';
import { beijingTime } from '../time.js';
import { badField, fail, field, isFen, text } from './answers.js';
import { refundId } from './ids.js';
import type { FakeOrderBook } from './orders.js';
import type { FakeHost, FakeOrder, FakeRefund } from './types.js';

/**
 * Refunds of the fake's orders: `POST v3/refund/domestic/refunds` accepts one (`PROCESSING`),
 * `GET v3/refund/domestic/refunds/{out_refund_no}` reports it, and {@link FakeRefunds.complete}
 * settles it, as WeChat Pay does some seconds later. The same request again gets the same refund.
 */
export class FakeRefunds {
  readonly #host: FakeHost;
  readonly #orders: FakeOrderBook;
  readonly #refunds = new Map<string, FakeRefund>();

  constructor(host: FakeHost, orders: FakeOrderBook) {
    this.#host = host;
    this.#orders = orders;
    host.on('POST', 'v3/refund/domestic/refunds', ({ json }) => this.#create(json));
    host.on('GET', 'v3/refund/domestic/refunds/{out_refund_no}', ({ params }) => {
      const refund = this.get(params.out_refund_no!);
      return refund ? refundView(refund, this.#orders.get(refund.out_trade_no)!) : fail(host, 404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    });
  }

  get(outRefundNo: string): FakeRefund | undefined {
    return this.#refunds.get(outRefundNo);
  }

  /** Every refund of one order. */
  of(order: FakeOrder): FakeRefund[] {
    return [...this.#refunds.values()].filter((refund) => refund.out_trade_no === order.out_trade_no);
  }

  /** Settle a processing refund; the order's `trade_state` becomes `REFUND` when it succeeds. */
  complete(refund: FakeRefund, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): FakeOrder {
    if (refund.status !== 'PROCESSING') throw new Error(`refund ${refund.out_refund_no} is ${refund.status}, not PROCESSING`);
    refund.status = status;
    const order = this.#orders.get(refund.out_trade_no)!;
    if (status === 'SUCCESS') {
      refund.success_time = beijingTime(this.#host.clock());
      order.trade_state = 'REFUND';
    }
    return order;
  }

  #create(json: unknown): FakeReply | Record<string, unknown> {
    const host = this.#host;
    const outRefundNo = text(json, 'out_refund_no');
    if (!outRefundNo) return badField(host, 'out_refund_no');
    const [transaction, outTradeNo] = [text(json, 'transaction_id'), text(json, 'out_trade_no')];
    if (!transaction && !outTradeNo) return fail(host, 400, 'PARAM_ERROR', 'transaction_id 和 out_trade_no 必须二选一');
    const order = transaction ? this.#orders.byTransactionId(transaction) : this.#orders.get(outTradeNo!);
    const [refund, total, currency] = [field(json, 'amount.refund'), field(json, 'amount.total'), field(json, 'amount.currency')];
    if (!isFen(refund)) return badField(host, 'amount.refund', '取值校验失败：应为大于 0 的整数（分）');
    if (!isFen(total)) return badField(host, 'amount.total', '取值校验失败：应为大于 0 的整数（分）');
    if (currency !== 'CNY') return badField(host, 'amount.currency');
    if (!order) return fail(host, 404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    if (order.trade_state !== 'SUCCESS' && order.trade_state !== 'REFUND') return fail(host, 400, 'INVALID_REQUEST', '订单未支付，不能退款');
    if (total !== order.amount.total) return fail(host, 400, 'INVALID_REQUEST', '订单金额与原订单金额不一致');
    const existing = this.get(outRefundNo);
    if (existing) {
      const same = existing.out_trade_no === order.out_trade_no && existing.amount.refund === refund;
      return same ? refundView(existing, order) : fail(host, 400, 'INVALID_REQUEST', '商户退款单号重复，且与之前的请求参数不一致');
    }
    const claimed = this.of(order).reduce((sum, r) => sum + (r.status === 'CLOSED' ? 0 : r.amount.refund), 0);
    if (refund > order.amount.total - claimed) return fail(host, 400, 'INVALID_REQUEST', '申请退款金额超过订单可退金额');
    const created: FakeRefund = {
      refund_id: refundId(),
      out_refund_no: outRefundNo,
      out_trade_no: order.out_trade_no,
      transaction_id: order.transaction_id!,
      ...(text(json, 'reason') && { reason: text(json, 'reason') }),
      ...(text(json, 'notify_url') && { notify_url: text(json, 'notify_url') }),
      status: 'PROCESSING',
      amount: { refund, total, currency },
      create_time: beijingTime(this.#host.clock()),
    };
    this.#refunds.set(outRefundNo, created);
    return refundView(created, order);
  }
}

/** A refund as the refund operations report it. */
export function refundView(refund: FakeRefund, order: FakeOrder): Record<string, unknown> {
  const { refund: asked, total, currency } = refund.amount;
  return {
    refund_id: refund.refund_id,
    out_refund_no: refund.out_refund_no,
    transaction_id: refund.transaction_id,
    out_trade_no: refund.out_trade_no,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(refund.success_time && { success_time: refund.success_time }),
    create_time: refund.create_time,
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total,
      refund: asked,
      from: [],
      payer_total: order.amount.total,
      payer_refund: asked,
      settlement_refund: asked,
      settlement_total: total,
      discount_refund: 0,
      currency,
    },
    promotion_detail: [],
  };
}

/** A refund as `REFUND.SUCCESS` (`.ABNORMAL`, `.CLOSED`) reports it. */
export function refundEventResource(refund: FakeRefund, order: FakeOrder): Record<string, unknown> {
  return {
    mchid: order.mchid,
    out_trade_no: refund.out_trade_no,
    transaction_id: refund.transaction_id,
    out_refund_no: refund.out_refund_no,
    refund_id: refund.refund_id,
    refund_status: refund.status,
    ...(refund.success_time && { success_time: refund.success_time }),
    user_received_account: '支付用户零钱',
    amount: { total: refund.amount.total, refund: refund.amount.refund, payer_total: order.amount.total, payer_refund: refund.amount.refund },
  };
}
