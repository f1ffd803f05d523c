import { randomUUID } from 'node:crypto';
import { createNonce } from '../auth/crypto.js';
// The fake runs on Node: it signs and checks synchronously with node:crypto.
import { encryptAesGcm } from '../platform/node/crypto.js';
import type { SignMode } from './fake-types.js';

/** How {@link FakeWechatpay.notification} builds a notification; the defaults make a valid one. */
export interface FakeNotificationOptions {
  /** How it is signed (the same faults as replies: `tamper-body`, `probe`, `{ skewSeconds }`…). @default 'valid' */
  sign?: SignMode;
  /** The notification ID. @default a random UUID */
  id?: string;
  /** @default now, in UTC+8 (`2015-05-20T13:29:35+08:00`) */
  create_time?: string;
  /** @default '支付成功' */
  summary?: string;
  /** `resource.original_type`. @default derived from the event type (`REFUND.SUCCESS` → `refund`) */
  original_type?: string;
  /** Encrypt with this 32-byte key instead of the fake's APIv3 key (a wrong-key test). */
  apiv3Key?: string;
  /** Flip one byte of the ciphertext after encrypting, so that the GCM tag fails. */
  tamperCiphertext?: boolean;
  /** Sign this raw body instead of building the JSON envelope (e.g. a non-JSON body). */
  rawBody?: string;
}

/** A notification ready to POST: headers and the exact body bytes that were signed (or tampered). */
export interface FakeNotification {
  headers: Record<string, string>;
  body: string;
  /** The notification ID in the body. */
  id: string;
}

/** The envelope WeChat Pay POSTs: the resource encrypted with AEAD_AES_256_GCM. */
export function notificationBody(eventType: string, resource: unknown, apiv3Key: string, now: number, options: FakeNotificationOptions = {}): { body: string; id: string } {
  const id = options.id ?? randomUUID();
  const nonce = createNonce(12);
  const associatedData = 'transaction';
  let ciphertext = encryptAesGcm(JSON.stringify(resource), Buffer.from(options.apiv3Key ?? apiv3Key), nonce, associatedData);
  if (options.tamperCiphertext) {
    const bytes = Buffer.from(ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 0x01;
    ciphertext = bytes.toString('base64');
  }
  const envelope = {
    id,
    create_time: options.create_time ?? `${new Date(now + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`,
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: options.summary ?? '支付成功',
    resource: {
      original_type: options.original_type ?? eventType.split('.')[0]!.toLowerCase(),
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext,
      associated_data: associatedData,
      nonce,
    },
  };
  return { body: options.rawBody ?? JSON.stringify(envelope), id };
}
