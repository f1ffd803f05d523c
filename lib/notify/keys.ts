import type { VerificationKey } from '../auth/keys.js';
import type { Secret } from '../auth/secret.js';

/** What verifying and decrypting needs of a client. */
export interface NotificationKeys {
  /** Look up a verification key by `Wechatpay-Serial`; may refresh downloaded certificates. */
  keyFor: (serial: string) => VerificationKey | undefined | Promise<VerificationKey | undefined>;
  /** Why a serial is unknown and what to do, for the `unknown-serial` message. */
  unknownSerialHint?: (serial: string) => string | undefined;
  apiv3Key: Secret | undefined;
  /** The APIv2 key, which verifies APIv2 (XML) notifications and decrypts their `req_info`. */
  apiv2Key?: Secret | undefined;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Allowed offset of `Wechatpay-Timestamp`, in seconds. */
  clockToleranceSeconds: number;
}
