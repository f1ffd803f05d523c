import { ConfigError } from '../../errors/config-error.js';
import type { CertificateParts, PlatformKey, TlsMaterial } from '../contract.js';

/**
 * Where fetch sends (workerd, the Vercel edge runtime, browsers) there is no node:tls: fetch trusts
 * the platform's CAs and presents no client certificate. So `ca`, `pkcs12` and `pkcs12Passphrase`
 * are refused at construction, and a call that needs mutual TLS before it is sent.
 */

/** Why a call that needs mutual TLS cannot be sent here. */
export const mutualTlsProblem: string | undefined =
  'is sent with the merchant API certificate (mutual TLS), which needs node:tls: this runtime sends through fetch, which presents no client certificate; send it from Node, Bun or Deno';

const REFUSED: ReadonlyArray<readonly [option: 'ca' | 'pkcs12' | 'pkcs12Passphrase', why: string]> = [
  ['ca', 'needs node:tls: this runtime sends through fetch, which trusts the platform\'s CAs only'],
  ['pkcs12', 'is for mutual TLS, which needs node:tls: this runtime sends through fetch, which presents no client certificate (use Node, Bun or Deno for the calls that need it)'],
  ['pkcs12Passphrase', 'is for `pkcs12`, which needs node:tls: this runtime sends through fetch'],
];

export function tlsMaterial(config: { ca?: unknown; pkcs12?: unknown; pkcs12Passphrase?: unknown }, _merchant: { mchid: string; certificate: CertificateParts | undefined; privateKey: PlatformKey | undefined }): TlsMaterial {
  for (const [option, why] of REFUSED) if (config[option] !== undefined) throw new ConfigError(option, why);
  return { trust: undefined, identity: undefined };
}
