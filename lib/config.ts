import type { CreateAxiosDefaults } from 'axios';
import { merchantIdentity, type MerchantIdentity } from './auth/merchant.js';
import { utf8Bytes } from './bytes.js';
import { Secret } from './auth/secret.js';
import { ConfigError } from './errors/config-error.js';
import { describe } from './errors/describe.js';
// The platform's check: an http(s) proxy URL on node:http; none at all where fetch sends.
import { proxyOptionProblem } from '#platform/http';
// node:tls's secure contexts for `ca` and mutual TLS; where fetch sends, those options are refused.
import { tlsMaterial } from '#platform/tls';
import type { TlsMaterial } from './platform/contract.js';
import type { ConnectionOptions } from './request/proxy-option.js';
import { backupBaseURLs, DEFAULT_BASE_URL, normalizeBaseURL } from './request/hosts.js';
import { ownRecord } from './request/own.js';
import { retryPolicyFromConfig, type RetryPolicy } from './request/retry.js';
import { platformCertificateSettings, type PlatformCertificatesOptions } from './trust/certificates.js';
import { TrustStore, type Verifier } from './trust/store.js';

/** Milliseconds for a whole attempt, from connecting to the last byte of the response. */
export const DEFAULT_TIMEOUT = 30_000;
/** Milliseconds for everything before the request can be written, after which a backup host is tried. */
export const DEFAULT_CONNECT_TIMEOUT = 5_000;

/** A client's configuration, read and checked: everything `new Wechatpay()` builds from. */
export interface ClientSettings {
  mchid: string;
  identity: MerchantIdentity;
  trust: TrustStore;
  /** How platform certificates are downloaded; `undefined`: they are not. */
  downloads: Required<PlatformCertificatesOptions> | undefined;
  baseURL: string;
  backupBaseURLs: string[];
  clockToleranceSeconds: number;
  clock: () => number;
  apiv3Key: Secret | undefined;
  /** The APIv2 key (APIv2密钥), which signs APIv2 calls and verifies their answers and notifications. */
  apiv2Key: Secret | undefined;
  connectTimeout: number;
  timeout: number;
  retry: RetryPolicy | undefined;
  connection: ConnectionOptions;
  /** The CAs trusted beyond Node's (`ca`) and the mutual-TLS identity (merchant certificate, or `pkcs12`). */
  tls: TlsMaterial;
  /** The options the client leaves to axios. */
  axiosDefaults: CreateAxiosDefaults;
}

/** The client's own options; any other passes to axios. */
const OWN_OPTIONS: ReadonlySet<string> = new Set([
  'mchid', 'serial', 'privateKey', 'certs', 'baseURL', 'clockToleranceSeconds', 'signer', 'clock', 'apiv3Key', 'merchantCertificate',
  'verifier', 'platformCertificates', 'backupBaseURLs', 'apiv2Key', 'ca', 'pkcs12', 'pkcs12Passphrase', 'connectTimeout', 'timeout', 'retry', 'proxy', 'httpAgent', 'httpsAgent',
]);
// Redirects are never followed: the signature covers one URL, and Authorization must not reach another host.
const NO_REDIRECTS: ReadonlySet<string> = new Set(['maxRedirects', 'beforeRedirect', 'transport']);
const FORBIDDEN_AXIOS: ReadonlySet<string> = new Set(['transformRequest', 'transformResponse', 'validateStatus', 'responseType', 'auth', 'params', 'data', 'url', 'method']);

/**
 * Read and check `new Wechatpay()`'s options: own properties only (a polluted `Object.prototype`
 * changes nothing), keys parsed once. Throws a {@link ConfigError} naming the option; no message
 * quotes a value, which may be a key given in the wrong place.
 */
export function readConfig(given: unknown): ClientSettings {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new ConfigError('config', `expected an options object, got ${describe(given)}`);
  const config = ownRecord(given);
  const mchid = config.mchid;
  if (typeof mchid !== 'string' || !/^\d{6,20}$/.test(mchid)) {
    throw new ConfigError('mchid', typeof mchid === 'string' ? 'a merchant ID is a string of digits, e.g. "1900000109"' : `expected a string of digits, got ${describe(mchid)}`);
  }
  const identity = merchantIdentity(config);
  const downloads = platformCertificateSettings(config);
  if (config.verifier !== undefined && typeof config.verifier !== 'function') throw new ConfigError('verifier', `expected a function, got ${describe(config.verifier)}`);
  if (config.clock !== undefined && typeof config.clock !== 'function') throw new ConfigError('clock', 'expected a function returning milliseconds');
  const clock = (config.clock as (() => number) | undefined) ?? Date.now;
  const trust = TrustStore.fromConfig(config.certs, identity.serial, { optional: downloads !== undefined, clock, verifier: config.verifier as Verifier | undefined });
  const baseURL = config.baseURL === undefined ? DEFAULT_BASE_URL : normalizeBaseURL(config.baseURL, 'baseURL');
  const tolerance = config.clockToleranceSeconds ?? 300;
  // Finite: Infinity would switch the timestamp check (replay protection) off altogether.
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) throw new ConfigError('clockToleranceSeconds', 'expected a finite number of seconds ≥ 0');
  const connection: ConnectionOptions = { proxy: config.proxy, httpAgent: config.httpAgent, httpsAgent: config.httpsAgent };
  const proxyProblem = proxyOptionProblem(config.proxy, connection);
  if (proxyProblem !== undefined) throw new ConfigError('proxy', proxyProblem);
  const axiosDefaults: Record<string, unknown> = {};
  for (const key of Object.keys(config)) {
    if (FORBIDDEN_AXIOS.has(key)) throw new ConfigError(key, 'is managed by the client: bodies are signed and verified byte for byte');
    if (NO_REDIRECTS.has(key)) throw new ConfigError(key, 'is managed by the client: redirects are never followed, so Authorization never travels to another host');
    if (!OWN_OPTIONS.has(key)) axiosDefaults[key] = config[key];
  }
  return {
    mchid,
    identity,
    trust,
    downloads,
    baseURL,
    backupBaseURLs: backupBaseURLs(config.backupBaseURLs, baseURL),
    clockToleranceSeconds: tolerance,
    clock,
    apiv3Key: loadKey(config.apiv3Key, 'apiv3Key', 'AES-256'),
    apiv2Key: loadKey(config.apiv2Key, 'apiv2Key', 'the APIv2 key WeChat Pay has merchants set'),
    connectTimeout: milliseconds(config.connectTimeout, 'connectTimeout', DEFAULT_CONNECT_TIMEOUT),
    timeout: milliseconds(config.timeout, 'timeout', DEFAULT_TIMEOUT),
    retry: retryPolicyFromConfig(config.retry),
    connection,
    tls: tlsMaterial(config, { mchid, certificate: identity.certificate, privateKey: identity.privateKey }),
    axiosDefaults,
  };
}

/** A 32-byte key (the APIv3 or APIv2 key), held as a {@link Secret}; messages give its length, never its value. */
function loadKey(value: unknown, option: string, why: string): Secret | undefined {
  if (value === undefined) return undefined;
  const bytes = typeof value === 'string' ? utf8Bytes(value) : value instanceof Uint8Array ? new Uint8Array(value) : undefined;
  if (!bytes) throw new ConfigError(option, `expected a 32-character string, got ${describe(value)}`);
  if (bytes.length !== 32) throw new ConfigError(option, `must be 32 bytes (${why}), got ${bytes.length}`);
  return new Secret(bytes);
}

function milliseconds(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ConfigError(option, `expected milliseconds ≥ 0, got ${describe(value)}`);
  return value;
}
