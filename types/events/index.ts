/**
 * Typed notifications: the envelope every APIv3 notification shares, and a discriminated union on
 * `event_type` whose `resource` is the decrypted object of that event (see `generated.ts`).
 * @module
 */
import type { KnownEventType, NotificationResources } from './generated.js';

export type * from './generated.js';
export { KNOWN_EVENT_TYPES } from './known.js';

/** What every notification carries besides its `event_type` and decrypted `resource`. */
export interface NotificationEnvelope {
  /** The notification ID (通知的唯一ID): the same across redeliveries, so key idempotency on it. */
  id: string;
  /** When WeChat Pay created the notification, RFC 3339, e.g. `2015-05-20T13:29:35+08:00`. */
  create_time: string;
  /** Always `encrypt-resource` for APIv3 notifications; `xml` for APIv2 ones. */
  resource_type: string;
  /**
   * `'v2'` for an APIv2 (XML) notification, verified with the APIv2 key: `known` is `false`,
   * `resource` holds its fields as strings (a refund's decrypted `req_info` among them), and
   * `event_type` is the body's own, else `refund`, `transaction`, `combined-transaction`,
   * `contract` or `notification`. Absent for APIv3.
   */
  version?: 'v2';
  /** WeChat Pay's short summary (回调摘要), e.g. `支付成功`. */
  summary: string;
  /**
   * The `resource.original_type` of the encrypted envelope (e.g. `transaction`, `refund`,
   * `profitsharing`): which business object `resource` is.
   */
  original_type?: string;
  /**
   * Set when a dedupe store was given: `true` if this `id` was already handled. A duplicate is
   * still a valid notification; reply success to it without acting twice.
   */
  duplicate?: boolean;
  /**
   * `true` when the dedupe store could not be asked (e.g. Redis was down) and the dedupe's
   * `onUnavailable` is `handle`: `duplicate` is then `false` without having been checked, so this
   * may be a notification handled before. Act only if your update is idempotent on its own.
   */
  dedupeUnavailable?: true;
}

/** A notification of one event type with its typed resource. */
export interface TypedNotification<T extends string, R> extends NotificationEnvelope {
  /** `true`: `event_type` is in the catalog and `resource` is typed for it. */
  known: true;
  event_type: T;
  resource: R;
}

/**
 * A notification whose event type is not in the catalog: verified and decrypted, loosely typed.
 * (`known` is the discriminant because a `string`-typed `event_type` beside the literal ones would
 * leave it in every `case` branch and turn each typed resource field into `unknown`.)
 */
export interface UnknownNotification extends NotificationEnvelope {
  known: false;
  event_type: string;
  resource: Record<string, unknown>;
}

/** The notification of a known event type, e.g. `NotificationOf<'REFUND.SUCCESS'>`. */
export type NotificationOf<T extends KnownEventType> = TypedNotification<T, NotificationResources[T]>;

/** Every known notification, discriminated on `event_type`. */
export type KnownNotification = { [T in KnownEventType]: TypedNotification<T, NotificationResources[T]> }[KnownEventType];

/**
 * A verified, decrypted notification. Check `known`, then switch on `event_type` to get the typed
 * `resource`; event types outside the catalog are {@link UnknownNotification}.
 *
 * @example
 * ```ts
 * if (!event.known) return console.warn('unhandled notification', event.event_type);
 * switch (event.event_type) {
 *   case 'TRANSACTION.SUCCESS':
 *     if ('combine_out_trade_no' in event.resource) break; // a combined payment
 *     await markPaid(event.resource.out_trade_no, event.resource.amount.total);
 *     break;
 *   case 'REFUND.SUCCESS':
 *     await markRefunded(event.resource.out_refund_no);
 *     break;
 * }
 * ```
 */
export type Notification = KnownNotification | UnknownNotification;

/** The same as {@link Notification}, for modules where the DOM's `Notification` is also in scope. */
export type WechatpayNotification = Notification;
