import type { FakeReply } from '../fake-types.js';
import { beijingTime } from '../time.js';
import { badField, fail, field, isFen, text } from './answers.js';
import { codeUrl, h5Url, openid, prepayId, transactionId } from './ids.js';
import type { FakeHost, FakeOrder, FakeOrderSeed, FakeTradeType } from './types.js';

const ORDER_PATHS: ReadonlyArray<[path: string, tradeType: FakeTradeType]> = [
  ['jsapi', 'JSAPI'],
  ['app', 'APP'],
  ['native', 'NATIVE'],
  ['h5', 'MWEB'],
];

// 6 to 32 characters: digits, letters and _-|* (商户订单号 as documented).
const OUT_TRADE_NO = /^[0-9A-Za-z_\-|*]{6,32}$/;

const TRADE_STATE_DESC: Record<FakeOrder['trade_state'], string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '订单已关闭',
  REFUND: '订单发生过退款，退款详情请查询退款单',
};

/**
 * The orders of one fake merchant: `POST v3/pay/transactions/{jsapi,app,native,h5}` place them,
 * `GET …/out-trade-no/{out_trade_no}` and `GET …/id/{transaction_id}` query them, `POST …/close`
 * closes them. A repeated order with the same number and fields gets the same answer, as at
 * WeChat Pay; a different one is refused.
 */
export class FakeOrderBook {
  readonly #host: FakeHost;
  readonly #byTradeNo = new Map<string, FakeOrder>();
  readonly #byPrepayId = new Map<string, FakeOrder>();
  readonly #byTransactionId = new Map<string, FakeOrder>();

  constructor(host: FakeHost) {
    this.#host = host;
    for (const [path, tradeType] of ORDER_PATHS) host.on('POST', `v3/pay/transactions/${path}`, ({ json }) => this.#place(tradeType, json));
    host.on('GET', 'v3/pay/transactions/out-trade-no/{out_trade_no}', ({ params, query }) => this.#query(this.get(params.out_trade_no!), query.get('mchid')));
    host.on('GET', 'v3/pay/transactions/id/{transaction_id}', ({ params, query }) => this.#query(this.#byTransactionId.get(params.transaction_id!), query.get('mchid')));
    host.on('POST', 'v3/pay/transactions/out-trade-no/{out_trade_no}/close', ({ params, json }) => this.#close(this.get(params.out_trade_no!), json));
  }

  get(outTradeNo: string): FakeOrder | undefined {
    return this.#byTradeNo.get(outTradeNo);
  }

  /** Every order, in the order they were placed. */
  all(): IterableIterator<FakeOrder> {
    return this.#byTradeNo.values();
  }

  byPrepayId(prepay: string): FakeOrder | undefined {
    return this.#byPrepayId.get(prepay);
  }

  byTransactionId(id: string): FakeOrder | undefined {
    return this.#byTransactionId.get(id);
  }

  /** Hold an order placed some other way; it gets a prepay id as if placed here. */
  add(seed: FakeOrderSeed): FakeOrder {
    if (this.#byTradeNo.has(seed.out_trade_no)) throw new Error(`the fake already holds an order ${seed.out_trade_no}`);
    const prepay = prepayId(this.#host.clock());
    const order: FakeOrder = {
      description: '',
      mchid: this.#host.merchant.mchid,
      ...seed,
      prepay_id: prepay,
      trade_state: 'NOTPAY',
      placedAt: this.#host.clock(),
    };
    if (order.trade_type === 'NATIVE') order.code_url = codeUrl();
    if (order.trade_type === 'MWEB') order.h5_url = h5Url(prepay);
    this.#byTradeNo.set(order.out_trade_no, order);
    this.#byPrepayId.set(prepay, order);
    return order;
  }

  /** Mark an order paid now (by a made-up payer when the order names none). */
  markPaid(order: FakeOrder): void {
    order.trade_state = 'SUCCESS';
    order.transaction_id = transactionId();
    order.success_time = beijingTime(this.#host.clock());
    order.payer ??= { openid: openid() };
    this.#byTransactionId.set(order.transaction_id, order);
  }

  #place(tradeType: FakeTradeType, json: unknown): FakeReply | Record<string, string> {
    const host = this.#host;
    for (const path of ['appid', 'mchid', 'description', 'out_trade_no', 'notify_url']) if (!text(json, path)) return badField(host, path);
    if (field(json, 'mchid') !== host.merchant.mchid) return fail(host, 400, 'PARAM_ERROR', '请求体中的 mchid 与请求的商户号不一致');
    if (!/^wx[0-9A-Za-z]{16}$/.test(text(json, 'appid')!)) return fail(host, 400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
    if (!OUT_TRADE_NO.test(text(json, 'out_trade_no')!)) return badField(host, 'out_trade_no', '格式校验失败：6 到 32 位的数字、字母或 _-|*');
    if (!/^https?:\/\/[^?#]+$/.test(text(json, 'notify_url')!)) return badField(host, 'notify_url', '格式校验失败：必须是不带参数的 URL');
    if (!isFen(field(json, 'amount.total'))) return badField(host, 'amount.total', '取值校验失败：应为大于 0 的整数（分）');
    const currency = field(json, 'amount.currency') ?? 'CNY';
    if (currency !== 'CNY') return badField(host, 'amount.currency', '取值校验失败：境内商户号仅支持 CNY');
    if (tradeType === 'JSAPI' && !text(json, 'payer.openid')) return badField(host, 'payer.openid');
    if (tradeType === 'MWEB' && !text(json, 'scene_info.payer_client_ip')) return badField(host, 'scene_info.payer_client_ip');
    if (tradeType === 'MWEB' && !text(json, 'scene_info.h5_info.type')) return badField(host, 'scene_info.h5_info.type');
    const seed: FakeOrderSeed = {
      trade_type: tradeType,
      appid: text(json, 'appid')!,
      mchid: host.merchant.mchid,
      out_trade_no: text(json, 'out_trade_no')!,
      description: text(json, 'description')!,
      notify_url: text(json, 'notify_url')!,
      amount: { total: field(json, 'amount.total') as number, currency },
      ...(text(json, 'attach') && { attach: text(json, 'attach') }),
      ...(tradeType === 'JSAPI' && { payer: { openid: text(json, 'payer.openid')! } }),
    };
    const existing = this.get(seed.out_trade_no);
    const order = existing ?? this.add(seed);
    if (existing) {
      if (existing.trade_state === 'SUCCESS' || existing.trade_state === 'REFUND') return fail(host, 400, 'ORDERPAID', '该订单已支付');
      if (existing.trade_state === 'CLOSED') return fail(host, 400, 'ORDER_CLOSED', '该订单已关闭');
      if (!sameOrder(existing, seed)) return fail(host, 403, 'OUT_TRADE_NO_USED', '商户订单号重复');
    }
    if (tradeType === 'NATIVE') return { code_url: order.code_url! };
    if (tradeType === 'MWEB') return { h5_url: order.h5_url! };
    return { prepay_id: order.prepay_id };
  }

  #query(order: FakeOrder | undefined, mchid: string | null): FakeReply | Record<string, unknown> {
    if (!mchid) return fail(this.#host, 400, 'PARAM_ERROR', '输入源“/query/mchid”映射到字段“mchid”必填性规则校验失败，此字段为必填项');
    if (!order || order.mchid !== mchid) return fail(this.#host, 404, 'ORDER_NOT_EXIST', '订单不存在');
    return transactionView(order);
  }

  #close(order: FakeOrder | undefined, json: unknown): FakeReply | undefined {
    if (field(json, 'mchid') !== this.#host.merchant.mchid) return badField(this.#host, 'mchid');
    if (!order) return fail(this.#host, 404, 'ORDER_NOT_EXIST', '订单不存在');
    if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') return fail(this.#host, 400, 'ORDERPAID', '该订单已支付');
    order.trade_state = 'CLOSED';
    return undefined; // 204 No Content, also for an order closed before
  }
}

function sameOrder(order: FakeOrder, seed: FakeOrderSeed): boolean {
  return order.trade_type === seed.trade_type && order.appid === seed.appid && order.amount.total === seed.amount.total && order.description === seed.description && order.notify_url === seed.notify_url;
}

/** An order as the query operations and `TRANSACTION.SUCCESS` report it. */
export function transactionView(order: FakeOrder): Record<string, unknown> {
  const paid = order.transaction_id !== undefined;
  return {
    appid: order.appid,
    mchid: order.mchid,
    out_trade_no: order.out_trade_no,
    ...(paid && { transaction_id: order.transaction_id }),
    trade_type: order.trade_type,
    trade_state: order.trade_state,
    trade_state_desc: TRADE_STATE_DESC[order.trade_state],
    ...(paid && { bank_type: 'OTHERS', success_time: order.success_time }),
    ...(order.attach !== undefined && { attach: order.attach }),
    ...(order.payer && { payer: { ...order.payer } }),
    amount: { total: order.amount.total, currency: order.amount.currency, ...(paid && { payer_total: order.amount.total, payer_currency: order.amount.currency }) },
  };
}
