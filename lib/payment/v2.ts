import type { V2SignType } from './types.js';

/** The APIv2 signature (签名算法) is the one the APIv2 runtime signs calls with. */
export { signV2 } from '../auth/v2-sign.js';

/** Whether `value` is an APIv2 signature type. */
export function isV2SignType(value: unknown): value is V2SignType {
  return value === 'MD5' || value === 'HMAC-SHA256';
}
