/**
 * Where this package keeps things in Redis. Every key starts with the prefix and the merchant ID, so
 * one Redis serves several merchants (and other applications) without overlap. The certificate keys
 * of a merchant share the hash tag `{mchid}`, so that the scripts touching two of them run on one
 * Redis Cluster slot; notification keys carry no tag, so they spread over the cluster.
 *
 * ```
 * wechatpay:{1900000001}:certificates         hash: downloadedAt, mode, data (as GET /v3/certificates sent it, encrypted)
 * wechatpay:{1900000001}:certificates:lock    string: a random ID of the process downloading now (it alone deletes it)
 * wechatpay:{1900000001}:certificates:fence   string: the last fencing token granted
 * wechatpay:1900000001:notification:<id>      string: `claimed:<token>` while handled, then `done`
 * ```
 */

/** The default key prefix. */
export const DEFAULT_PREFIX = 'wechatpay';

/** Check a prefix: no hash-tag braces (they would move every key to one cluster slot), no spaces. */
export function checkPrefix(prefix: unknown): string {
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9:._-]{1,64}$/.test(prefix)) {
    throw new RangeError('prefix must be 1 to 64 letters, digits or `:._-` (no braces: the keys choose their own hash tags)');
  }
  return prefix;
}

/** Check a merchant ID before it goes into a key (and a hash tag). */
export function checkMchid(mchid: unknown): string {
  if (typeof mchid !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(mchid)) throw new RangeError('mchid must be 1 to 32 letters, digits, `_` or `-`');
  return mchid;
}

/** The keys of one merchant's platform certificates. */
export function certificateKeys(prefix: string, mchid: string): { record: string; lock: string; fence: string } {
  const base = `${prefix}:{${checkMchid(mchid)}}:certificates`;
  return { record: base, lock: `${base}:lock`, fence: `${base}:fence` };
}

/** The key of one notification ID of a merchant. */
export function notificationKey(prefix: string, mchid: string, id: string): string {
  return `${prefix}:${mchid}:notification:${id}`;
}
