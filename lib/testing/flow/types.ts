/** The fake's payment flow: orders, refunds and notification deliveries, as tests see them. */
import type { KeyObject } from 'node:crypto';
import type { FakeHandler, FakeReply } from '../fake-types.js';
import type { FakeNotification, FakeNotificationOptions } from '../notification.js';

/** How an order is paid: the WeChat Pay `trade_type` (H5 is `MWEB`). */
export type FakeTradeType = 'JSAPI' | 'APP' | 'NATIVE' | 'MWEB';

/** Where an order stands, as `trade_state` reports it. */
export type FakeTradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';

/** An order as the fake holds it. Tests read it; the flow's operations change it. */
export interface FakeOrder {
  trade_type: FakeTradeType;
  appid: string;
  mchid: string;
  out_trade_no: string;
  description: string;
  attach?: string;
  notify_url: string;
  amount: { total: number; currency: string };
  /** The payer: given with a JSAPI order, made up for the others when they are paid. */
  payer?: { openid: string };
  /** Every order has one; Native's `code_url` and H5's `h5_url` stand for it. */
  prepay_id: string;
  code_url?: string;
  h5_url?: string;
  trade_state: FakeTradeState;
  /** Set when paid. */
  transaction_id?: string;
  success_time?: string;
  /** When it was placed, in milliseconds (the prepay id is valid for 2 hours from then). */
  placedAt: number;
}

/** What a test may give {@link FakePayments.addOrder}: an order placed some other way (an APIv2 order, say). */
export type FakeOrderSeed = Pick<FakeOrder, 'trade_type' | 'appid' | 'out_trade_no' | 'notify_url' | 'amount'> & Partial<Pick<FakeOrder, 'description' | 'attach' | 'payer' | 'mchid'>>;

/** A refund as the fake holds it. */
export interface FakeRefund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  transaction_id: string;
  reason?: string;
  /** Where its notification goes; the order's `notify_url` when the request named none. */
  notify_url?: string;
  status: 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';
  amount: { refund: number; total: number; currency: string };
  create_time: string;
  success_time?: string;
}

/**
 * How the fake delivers notifications. WeChat Pay waits 5 s for the merchant's reply, and when it is
 * not a 200 or 204 it tries again after 15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min, 30 min,
 * 30 min, 60 min, 3 h, 3 h, 3 h, 6 h and 6 h. Tests compress that with `timeScale`.
 *
 * @example
 * ```ts
 * new FakeWechatpay({ delivery: { timeScale: 0.001 } }); // 15 s becomes 15 ms
 * ```
 */
export interface FakeDeliveryOptions {
  /** The waits before each retry, in milliseconds. @default WeChat Pay's fifteen, from 15 s to 6 h */
  retryDelaysMs?: readonly number[];
  /** Every wait is multiplied by it, e.g. `0.001` (15 s → 15 ms). `0` retries at once. @default 1 */
  timeScale?: number;
  /** How long the merchant has to answer one attempt, in milliseconds (not scaled). @default 5000 */
  replyTimeoutMs?: number;
}

/** An in-process receiver of notifications: a Web handler, such as `wxpay.notifications.handler(…)`. */
export type FakeNotifyHandler = (request: Request) => Response | Promise<Response>;

/** One POST of a notification to the merchant. */
export interface FakeDeliveryAttempt {
  /** From 1. */
  attempt: number;
  /** The merchant's status, when it answered. */
  status?: number;
  /** The merchant's reply body, when it answered. */
  body?: string;
  /** Why there was no answer (a timeout, a refused connection, a handler that threw). */
  error?: string;
  /** Whether WeChat Pay would count it as received: a 200 or 204. */
  acknowledged: boolean;
}

/** A notification the fake delivered: every attempt, and whether the merchant acknowledged it. */
export interface FakeDelivery {
  eventType: string;
  /** The notification ID: the same in every attempt (that is how a redelivery is recognized). */
  id: string;
  url: string;
  /** The first attempt's headers and body (later attempts carry the same body, signed afresh). */
  notification: FakeNotification;
  /** The decrypted `resource`. */
  resource: Record<string, unknown>;
  attempts: FakeDeliveryAttempt[];
  /** True once an attempt was answered with 200 or 204. */
  readonly acknowledged: boolean;
  /**
   * POST the same notification once more, as WeChat Pay does when a reply was lost or late: the
   * same ID and body, signed afresh. Resolves with the attempt.
   */
  redeliver(): Promise<FakeDeliveryAttempt>;
}

/** The outcome of {@link FakePayments.verifyPayment}: what the WeChat client would make of the parameters. */
export type FakePaymentCheck = { ok: true; order: FakeOrder } | { ok: false; reason: string };

/** What the flow needs of the fake it belongs to (not the class itself: the fake imports the flow). */
export interface FakeHost {
  merchant: { mchid: string; publicKey: KeyObject };
  clock: () => number;
  on(method: string, template: string, handler: FakeHandler): unknown;
  reply(reply: FakeReply): FakeReply;
  /** A notification signed by the fake's key; `options.rawBody` re-signs a body as it is. */
  notification(eventType: string, resource: unknown, options?: FakeNotificationOptions): FakeNotification;
}
