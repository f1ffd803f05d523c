import { decryptAesGcm, decryptReqInfo } from '../auth/crypto.js';
import { verifyV2 } from '../auth/v2-sign.js';
import { utf8Bytes } from '../bytes.js';
import type { Notification } from '../../types/events/index.js';
import { textFields, XmlRefusedError, type XmlFields } from '../xml/fields.js';
import { xmlParser } from '../xml/load.js';
import { NotificationError } from './error.js';
import type { NotificationKeys } from './keys.js';

/** The kinds of APIv2 notification, as `event_type` names them when the body carries no `event_type` of its own. */
export type V2NotificationKind = 'refund' | 'transaction' | 'combined-transaction' | 'contract' | 'notification';

/**
 * Verify an APIv2 (XML) notification (in a promise: WebCrypto decrypts in one) and hand it over as a notification with `version: 'v2'`,
 * `known: false` and the fields as `resource` (strings):
 * - a refund result (`req_info`): decrypted with AES-256-ECB under the lower-case hex MD5 of the APIv2
 *   key (PKCS#7), which is what authenticates it (WeChat Pay does not sign it);
 * - anything else (payment results, contract and risk events): its `sign` verified with the APIv2 key
 *   (MD5 or HMAC-SHA256 by its length, in constant time); an `event_ciphertext` inside is then
 *   decrypted with the APIv3 key.
 * Refuses with the {@link NotificationError} codes of APIv3 notifications: `malformed-body`,
 * `missing-header` (no `sign`), `bad-signature`, `decrypt-failed`, `malformed-resource`.
 */
export async function parseV2Notification(keys: NotificationKeys, body: Uint8Array, requestId: string | undefined): Promise<Notification> {
  const apiv2Key = keys.apiv2Key;
  if (!apiv2Key) throw new NotificationError('apiv2-key-missing', 'create the client with the `apiv2Key` option (APIv2密钥) to verify APIv2 (XML) notifications', { requestId });
  const { parseXml } = await xmlParser();
  const xml = (bytes: Uint8Array, root: string, code: 'malformed-body' | 'malformed-resource'): XmlFields => parsed(parseXml, bytes, root, code, requestId);
  const fields = xml(body, 'xml', 'malformed-body');
  const text = (name: string): string | undefined => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined);
  let resource: Record<string, unknown>;
  let kind: string;
  const reqInfo = text('req_info');
  if (reqInfo !== undefined) {
    let plaintext: string;
    try {
      plaintext = await decryptReqInfo(reqInfo, apiv2Key.reveal());
    } catch (error) {
      throw new NotificationError('decrypt-failed', (error as Error).message, { requestId, cause: error });
    }
    const { req_info: _encrypted, ...outer } = fields;
    resource = { ...outer, ...xml(utf8Bytes(plaintext), 'root', 'malformed-resource') };
    kind = 'refund';
  } else {
    if (text('sign') === undefined) throw new NotificationError('missing-header', 'the APIv2 notification carries no `sign`', { requestId });
    if (!verifyV2(textFields(fields), apiv2Key.reveal())) throw new NotificationError('bad-signature', 'the `sign` does not match the fields under the APIv2 key', { requestId });
    resource = { ...fields, ...(await decryptedEvent(fields, keys, requestId)) };
    kind = text('event_type') ?? kindOf(fields);
  }
  const id = [text('event_id'), str(resource.refund_id), str(resource.transaction_id), text('contract_id'), text('nonce_str')].find((value) => value !== undefined && value !== '') ?? '';
  const event = {
    known: false,
    version: 'v2',
    id,
    create_time: text('event_create_time') ?? str(resource.success_time) ?? str(resource.time_end) ?? '',
    event_type: kind,
    resource_type: 'xml',
    summary: text('return_msg') ?? '',
    resource,
  };
  return event as Notification;
}

function kindOf(fields: XmlFields): V2NotificationKind {
  if (fields.combine_out_trade_no !== undefined) return 'combined-transaction';
  if (fields.contract_id !== undefined || fields.change_type !== undefined) return 'contract';
  if (fields.transaction_id !== undefined || fields.out_trade_no !== undefined) return 'transaction';
  return 'notification';
}

/** An `event_ciphertext` (AES-256-GCM under the APIv3 key) of a signed APIv2 event, decrypted as `event_resource`. */
async function decryptedEvent(fields: XmlFields, keys: NotificationKeys, requestId: string | undefined): Promise<Record<string, unknown>> {
  const ciphertext = fields.event_ciphertext;
  if (typeof ciphertext !== 'string') return {};
  const apiv3Key = keys.apiv3Key;
  if (!apiv3Key) throw new NotificationError('apiv3-key-missing', 'this APIv2 notification carries an event encrypted with the APIv3 key: give the client `apiv3Key`', { requestId });
  let plaintext: string;
  try {
    plaintext = await decryptAesGcm({ algorithm: str(fields.event_algorithm), nonce: str(fields.event_nonce) ?? '', associated_data: str(fields.event_associated_data), ciphertext }, apiv3Key.reveal());
  } catch (error) {
    throw new NotificationError('decrypt-failed', (error as Error).message, { requestId, cause: error });
  }
  try {
    return { event_resource: JSON.parse(plaintext) as unknown };
  } catch {
    throw new NotificationError('malformed-resource', 'the decrypted event is not JSON', { requestId });
  }
}

function parsed(parseXml: (input: Uint8Array, maxBytes: number | undefined, root: string) => XmlFields, body: Uint8Array, root: string, code: 'malformed-body' | 'malformed-resource', requestId: string | undefined): XmlFields {
  try {
    return parseXml(body, undefined, root);
  } catch (error) {
    const detail = error instanceof XmlRefusedError ? error.message : 'not XML';
    throw new NotificationError(code, `${code === 'malformed-body' ? 'the body' : 'the decrypted req_info'} is refused: ${detail}`, { requestId });
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
