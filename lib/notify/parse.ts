import { decryptAesGcm } from '../auth/crypto.js';
import { utf8Text } from '../bytes.js';
import { SignatureError } from '../errors/signature-error.js';
import { verifySignature } from '../auth/verifier.js';
import { KNOWN_EVENT_TYPES, type Notification } from '../../types/events/index.js';
import { NotificationError } from './error.js';
import type { NotificationKeys } from './keys.js';
import { DEFAULT_MAX_BODY_BYTES, isV2Notification, normalizeHeaders, rawBytes, type NotificationInput } from './input.js';
import { parseV2Notification } from './v2.js';

export type { NotificationKeys } from './keys.js';

/** Options of `parse()`. */
export interface ParseOptions {
  /**
   * Bodies larger than this are refused (`body-too-large`) before any work is done.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
}

const KNOWN = new Set<string>(KNOWN_EVENT_TYPES);
const SIGNATURE_TYPE = 'WECHATPAY2-SHA256-RSA2048';
const ALGORITHM = 'AEAD_AES_256_GCM';

/**
 * Verify a notification over its raw bytes, then decrypt its `resource`. Rejects with a
 * {@link NotificationError} whose `code` names the failed check.
 */
export async function parseNotification(keys: NotificationKeys, input: NotificationInput, options: ParseOptions = {}): Promise<Notification> {
  if (typeof input !== 'object' || input === null) {
    throw new NotificationError('raw-body-required', 'parse() takes { headers, body } with the raw body');
  }
  const headers = normalizeHeaders(input.headers);
  const requestId = headers['request-id'];
  const body = rawBytes(input.body, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, requestId);
  // APIv2 notifications are verified with the APIv2 key rather than headers.
  if (isV2Notification(headers, body)) return parseV2Notification(keys, body, requestId);
  // Fail on configuration first: every notification needs the key, and a verified one would be lost anyway.
  const apiv3Key = keys.apiv3Key;
  if (!apiv3Key) throw new NotificationError('apiv3-key-missing', 'create the client with the `apiv3Key` option (APIv3密钥) to decrypt notifications', { requestId });

  const signatureType = headers['wechatpay-signature-type'];
  if (signatureType !== undefined && signatureType !== SIGNATURE_TYPE) {
    throw new NotificationError('unsupported-algorithm', `Wechatpay-Signature-Type ${signatureType.slice(0, 40)} is not supported (expected ${SIGNATURE_TYPE})`, { requestId });
  }
  try {
    await verifySignature({ headers, body, keyFor: keys.keyFor, unknownSerialHint: keys.unknownSerialHint, now: keys.clock(), toleranceSeconds: keys.clockToleranceSeconds });
  } catch (error) {
    if (!SignatureError.is(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new NotificationError('key-lookup-failed', `looking up Wechatpay-Serial ${headers['wechatpay-serial'] ?? ''} failed: ${detail}`, { requestId, serial: headers['wechatpay-serial'], cause: error });
    }
    // 'missing-sign' is APIv2's; a v3 notification lacks a header instead.
    throw new NotificationError(error.reason === 'missing-sign' ? 'missing-header' : error.reason, error.detail, { requestId, serial: error.serial, cause: error });
  }

  const envelope = parseEnvelope(body, requestId);
  const context = { requestId, notificationId: envelope.id };
  if (envelope.resource.algorithm !== ALGORITHM) {
    throw new NotificationError('unsupported-algorithm', `resource.algorithm ${String(envelope.resource.algorithm).slice(0, 40)} is not supported (expected ${ALGORITHM})`, context);
  }
  let plaintext: string;
  try {
    plaintext = await decryptAesGcm(envelope.resource, apiv3Key.reveal());
  } catch (error) {
    throw new NotificationError('decrypt-failed', (error as Error).message, { ...context, cause: error });
  }
  let resource: unknown;
  try {
    resource = JSON.parse(plaintext);
  } catch {
    throw new NotificationError('malformed-resource', 'the decrypted resource is not JSON', context);
  }
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
    throw new NotificationError('malformed-resource', 'the decrypted resource is not a JSON object', context);
  }
  const event = {
    known: KNOWN.has(envelope.event_type),
    id: envelope.id,
    create_time: envelope.create_time,
    event_type: envelope.event_type,
    resource_type: envelope.resource_type,
    summary: envelope.summary,
    original_type: envelope.resource.original_type,
    resource,
  };
  return event as Notification;
}

interface Envelope {
  id: string;
  create_time: string;
  event_type: string;
  resource_type: string;
  summary: string;
  resource: { algorithm: string; ciphertext: string; nonce: string; associated_data?: string; original_type?: string };
}

function parseEnvelope(bytes: Uint8Array, requestId: string | undefined): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(utf8Text(bytes));
  } catch {
    throw new NotificationError('malformed-body', 'the body is neither JSON nor XML', { requestId });
  }
  const fail = (what: string, notificationId?: string): never => {
    throw new NotificationError('malformed-body', `${what} is missing or not a string`, { requestId, notificationId });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new NotificationError('malformed-body', 'the body is not a JSON object', { requestId });
  const body = value as Record<string, unknown>;
  if (typeof body.id !== 'string' || !body.id) fail('id');
  const id = body.id as string;
  if (typeof body.event_type !== 'string' || !body.event_type) fail('event_type', id);
  const resource = body.resource as Record<string, unknown> | undefined;
  if (typeof resource !== 'object' || resource === null) fail('resource', id);
  for (const key of ['ciphertext', 'nonce'] as const) if (typeof resource![key] !== 'string') fail(`resource.${key}`, id);
  for (const key of ['associated_data', 'original_type'] as const) {
    if (resource![key] !== undefined && resource![key] !== null && typeof resource![key] !== 'string') fail(`resource.${key}`, id);
  }
  const text = (key: string): string => (typeof body[key] === 'string' ? (body[key] as string) : '');
  return {
    id,
    create_time: text('create_time'),
    event_type: body.event_type as string,
    resource_type: text('resource_type'),
    summary: text('summary'),
    resource: {
      algorithm: String(resource!.algorithm),
      ciphertext: resource!.ciphertext as string,
      nonce: resource!.nonce as string,
      associated_data: (resource!.associated_data as string | null | undefined) ?? undefined,
      original_type: (resource!.original_type as string | null | undefined) ?? undefined,
    },
  };
}
