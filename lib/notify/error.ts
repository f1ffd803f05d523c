import { WechatpayError } from '../errors/base.js';

/** Which check a notification failed; each maps to the HTTP status its failure reply uses. */
export type NotificationFailure =
  /** The body is a parsed object (or missing): the signature covers the raw bytes. 400 */
  | 'raw-body-required'
  /** The body exceeds `maxBodyBytes`. 413 */
  | 'body-too-large'
  /** A `Wechatpay-Timestamp`, `-Nonce`, `-Signature` or `-Serial` header is absent or empty. 401 */
  | 'missing-header'
  /** `Wechatpay-Timestamp` is malformed or outside the allowed clock offset. 401 */
  | 'timestamp'
  /** A WeChat Pay probe (`WECHATPAY/SIGNTEST/…`), which must never verify. 401 */
  | 'probe'
  /** `Wechatpay-Serial` names no trusted key, even after the trust store refreshed. 401 */
  | 'unknown-serial'
  /** Looking the serial up failed (e.g. the trust store could not download certificates). 503 */
  | 'key-lookup-failed'
  /** The platform certificate for that serial is expired or not yet valid. 401 */
  | 'certificate-validity'
  /** The RSA signature does not match the raw body. 401 */
  | 'bad-signature'
  /** `Wechatpay-Signature-Type` or `resource.algorithm` is not one this SDK implements. 400 */
  | 'unsupported-algorithm'
  /** The verified body is not a JSON notification envelope (`id`, `event_type`, `resource`…). 400 */
  | 'malformed-body'
  /** AES-256-GCM authentication failed: wrong APIv3 key, or an altered ciphertext, nonce or associated data. 400 */
  | 'decrypt-failed'
  /** The decrypted resource is not a JSON object. 400 */
  | 'malformed-resource'
  /** The client was created without `apiv3Key`, which every notification needs. 500 */
  | 'apiv3-key-missing'
  /** An APIv2 (XML) notification, and the client was created without `apiv2Key`. 500 */
  | 'apiv2-key-missing'
  /** Another delivery of the same notification `id` is being handled right now (see `NotificationDedupe`). 409 */
  | 'in-progress'
  /** The dedupe store could not be asked, and its `onUnavailable` is `fail`. 503 */
  | 'dedupe-unavailable';

const STATUS: Record<NotificationFailure, number> = {
  'raw-body-required': 400,
  'body-too-large': 413,
  'missing-header': 401,
  timestamp: 401,
  probe: 401,
  'unknown-serial': 401,
  'key-lookup-failed': 503,
  'certificate-validity': 401,
  'bad-signature': 401,
  'unsupported-algorithm': 400,
  'malformed-body': 400,
  'decrypt-failed': 400,
  'malformed-resource': 400,
  'apiv3-key-missing': 500,
  'apiv2-key-missing': 500,
  'in-progress': 409,
  'dedupe-unavailable': 503,
};

/**
 * A notification was refused. `code` names the failed check; `status` is the HTTP status to reply
 * with (WeChat Pay then redelivers). The message never quotes the APIv3 key or decrypted data.
 */
export class NotificationError extends WechatpayError {
  override readonly kind = 'NotificationError';
  /** The check that failed. */
  readonly code: NotificationFailure;
  /** The HTTP status of the failure reply: 400, 401, 409, 413, 500 or 503. */
  readonly status: number;
  /** The `Request-ID` header of the notification, to quote to WeChat Pay support. */
  readonly requestId: string | undefined;
  /** The `Wechatpay-Serial` presented, for signature failures. */
  readonly serial: string | undefined;
  /** The notification `id`, when the body got far enough to have one. */
  readonly notificationId: string | undefined;

  constructor(
    code: NotificationFailure,
    detail: string,
    context: { requestId?: string; serial?: string; notificationId?: string; cause?: unknown } = {},
  ) {
    super(`WeChat Pay notification refused (${code}): ${detail}`, context.cause === undefined ? undefined : { cause: context.cause });
    this.code = code;
    this.status = STATUS[code];
    this.requestId = context.requestId;
    this.serial = context.serial;
    this.notificationId = context.notificationId;
  }

  static override is(value: unknown): value is NotificationError {
    return WechatpayError.is(value) && value.kind === 'NotificationError';
  }
}
