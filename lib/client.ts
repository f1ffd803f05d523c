import type { AxiosInstance, CreateAxiosDefaults } from 'axios';
import type { KeyInput } from './auth/keys.js';
import type { Secret } from './auth/secret.js';
import type { Signer } from './auth/signer.js';
import { rootChain, rootChild, type Send } from './chain/node.js';
import { runtime } from '#platform/http';
import { INSPECT } from './inspect.js';
import { readConfig } from './config.js';
import { Exchange } from './http/exchange.js';
import { notificationsFor, type Notifications } from './notify/notifications.js';
import { buildRequest, type RequestSettings } from './request/builder.js';
import { attachCertificateDownloads, type PlatformCertificatesOptions } from './trust/certificates.js';
import type { DecryptOptions, EncryptOptions } from './trust/sensitive.js';
import { SensitiveFields } from './trust/sensitive.js';
import type { TrustStore, Verifier } from './trust/store.js';
import { VERSION } from './version.js';
import type { ProxyOption, RetryOptions, WechatpayResponse } from '../types/options.js';
import type { LooseNode, WechatpayPaths, WechatpayRoot } from '../types/client.js';

/** Options of `new Wechatpay()`. Only own properties count. Any other axios instance option (e.g. `httpsAgent`) passes through. */
export interface WechatpayConfig extends Omit<CreateAxiosDefaults, 'baseURL' | 'transformRequest' | 'transformResponse' | 'validateStatus' | 'responseType' | 'auth' | 'params' | 'data' | 'url' | 'method' | 'maxRedirects' | 'beforeRedirect' | 'transport' | 'timeout' | 'maxContentLength' | 'proxy'> {
  /** Merchant ID (商户号), digits only. @example '1900000109' */
  mchid: string;
  /**
   * Serial number of the merchant API certificate (商户API证书序列号), hex. May be left out when
   * `merchantCertificate` is given (it is read from there); when both are given they must agree.
   * @example '3775B6A45ACD588826D15E583A95F5DD********'
   */
  serial?: string;
  /**
   * The merchant API certificate (`apiclient_cert.pem`): PEM, DER, Buffer or `file://` URL. Gives
   * `serial`, and is checked once against `privateKey` (the pair must match).
   * @example 'file:///etc/wxpay/apiclient_cert.pem'
   */
  merchantCertificate?: KeyInput;
  /**
   * Merchant API private key (`apiclient_key.pem`): PEM, Buffer, KeyObject or `file://` URL; PKCS#1 or
   * PKCS#8. Required unless a remote `signer` is given (then `wxpay.decrypt()` is unavailable).
   */
  privateKey?: KeyInput;
  /**
   * WeChat Pay verification keys by `Wechatpay-Serial`: the WeChat Pay public key under its ID
   * (`PUB_KEY_ID_…`), and/or platform certificates under their serials. Both kinds may be given at once.
   * Required unless platform certificates are downloaded (`apiv3Key` without `certs`, or
   * `platformCertificates`).
   * @example { 'PUB_KEY_ID_0114232134912410000000000000': 'file:///etc/wxpay/pub_key.pem' }
   */
  certs?: Record<string, KeyInput>;
  /**
   * The API host (and path prefix) every path is resolved against, e.g. a test server or WeChat Pay's
   * cross-border host. A `/` is added at the end when missing; a query, fragment or credentials are refused.
   * @default 'https://api.mch.weixin.qq.com/'
   */
  baseURL?: string;
  /**
   * Allowed offset between this machine's clock and `Wechatpay-Timestamp`, in seconds.
   * @default 300
   */
  clockToleranceSeconds?: number;
  /**
   * The APIv3 key (APIv3密钥), 32 characters: decrypts notifications and downloaded platform
   * certificates. Held so that it never appears in logs, errors or `util.inspect`.
   */
  apiv3Key?: string | Uint8Array;
  /** Sign elsewhere (KMS, HSM): receives the canonical message, returns the base64 signature. Replaces signing with `privateKey`. */
  signer?: Signer;
  /**
   * Check WeChat Pay signatures elsewhere (HSM, KMS, another crypto library) instead of with
   * node:crypto. It gets the key the trust store chose for `Wechatpay-Serial`; validity windows,
   * rotation and refresh apply as usual.
   */
  verifier?: Verifier;
  /**
   * Download platform certificates from `GET /v3/certificates` (decrypted with `apiv3Key`, verified,
   * refreshed on a schedule and when an unknown serial appears). On by default when `apiv3Key` is
   * given and `certs` is not; `true` or options turn it on beside `certs` (merchants migrating to
   * a WeChat Pay public key); `false` turns it off. A public-key-mode merchant's
   * `404 RESOURCE_NOT_EXISTS` is understood: only `certs` is trusted then.
   * @default apiv3Key !== undefined && certs === undefined
   * @example { storage: myRedisStorage, refreshIntervalSeconds: 6 * 3600 }
   */
  platformCertificates?: boolean | PlatformCertificatesOptions;
  /** The clock, in milliseconds since the epoch (for tests). @default Date.now */
  clock?: () => number;
  /**
   * Hosts tried in order when `baseURL` cannot be connected to (DNS failure, connection refused,
   * connect timeout): only then, when no byte of the request has left this machine, never once a
   * request may have been sent. A host that failed is tried last for the next minute.
   * @default ['https://api2.mch.weixin.qq.com/'] when `baseURL` is the default host, otherwise []
   */
  backupBaseURLs?: string[];
  /**
   * Milliseconds for everything before the request can be written: waiting for a socket, a proxy's
   * tunnel, DNS lookup, TCP connect and TLS handshake; then the attempt fails (and a backup host is
   * tried). Bounded by `timeout`.
   * @default 5000
   */
  connectTimeout?: number;
  /**
   * Milliseconds one attempt may take in all, from the start of the connection to the last byte of
   * the response (a body that trickles in is bounded too); then it fails with a `NetworkError`.
   * `0` waits for ever. A call's `timeout` overrides it.
   * @default 30000
   */
  timeout?: number;
  /**
   * A forward proxy every request goes through, in a `CONNECT` tunnel (the proxy relays TLS and sees
   * neither signature nor body): a URL such as `'http://user:secret@proxy.internal:3128'`, or `false`
   * to ignore the environment. Not beside an `httpsAgent`/`httpAgent` of your own (give that agent the
   * proxy). A call's `proxy` overrides it.
   * @default from `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY` and `NO_PROXY`, read on every request
   */
  proxy?: ProxyOption;
  /**
   * The largest response body accepted, in bytes; a larger one fails with a `ResponseError`
   * (`reason: 'too-large'`) instead of filling memory. A call's `maxContentLength` overrides it.
   * @default 10485760 (10 MiB)
   */
  maxContentLength?: number;
  /**
   * Retry policy for reads (GET) and for writes that carry an `Idempotency-Key` header: `true` for
   * the defaults (3 attempts, backoff from 200 ms with jitter, `Retry-After` honoured up to 10 s,
   * statuses 429/500/502/503/504 and network failures), a number of attempts, or options. Other
   * writes are never retried unless the call passes `retry` itself. Each attempt is signed afresh.
   * @default false (one attempt)
   * @example { retry: { attempts: 4, delayMs: 500, onRetry: (e) => log.warn(e.error.message) } }
   */
  retry?: boolean | number | RetryOptions;
}

// Keyed by both the instance and its proxy, so prototype methods find their state whichever `this` they get.
const internals = new WeakMap<object, ClientState>();

/** What a client keeps; reachable from its members, never from outside. */
export interface ClientState {
  /** Sends one call: build, then exchange. */
  send: Send;
  /** `GET /v3/certificates`, its raw body handed back unverified (see trust/certificates.ts). */
  getCertificateList: () => Promise<WechatpayResponse>;
  exchange: Exchange;
  mchid: string;
  serial: string;
  baseURL: string;
  trust: TrustStore;
  apiv3Key: Secret | undefined;
  /** Sensitive-field encryption and the `Wechatpay-Serial` it implies. */
  sensitive: SensitiveFields;
  clock: () => number;
  clockToleranceSeconds: number;
}

/** The client's own members; see {@link Wechatpay}. */
class WechatpayClient {
  constructor(config: WechatpayConfig) {
    const settings = readConfig(config);
    const { identity, trust, baseURL, clock } = settings;
    const sensitive = new SensitiveFields(trust, identity.privateKey);
    const exchange = new Exchange({
      identity: { mchid: settings.mchid, serial: identity.serial, signer: identity.signer },
      hosts: [baseURL, ...settings.backupBaseURLs],
      connectTimeout: settings.connectTimeout,
      connection: settings.connection,
      axiosDefaults: settings.axiosDefaults,
      keyFor: (serial) => trust.resolve(serial),
      unknownSerialHint: (serial) => trust.hint(serial),
      clock,
      clockToleranceSeconds: settings.clockToleranceSeconds,
    });
    const requestSettings: RequestSettings = {
      baseURL,
      userAgent: `wechatpay-chain/${VERSION} ${runtime}`,
      retry: settings.retry,
      timeout: settings.timeout,
      encryptedWith: (body, template) => sensitive.encryptedWith(body, template),
    };
    const state: ClientState = {
      // Async, so that a call with bad options rejects rather than throws.
      send: async (method, template, options) => exchange.send(buildRequest(method, template, options, requestSettings)),
      getCertificateList: () => exchange.send(buildRequest('GET', 'v3/certificates', { responseType: 'arraybuffer' }, requestSettings), { verifiedByCaller: true }),
      exchange,
      mchid: settings.mchid,
      serial: identity.serial,
      baseURL,
      trust,
      apiv3Key: settings.apiv3Key,
      sensitive,
      clock,
      clockToleranceSeconds: settings.clockToleranceSeconds,
    };
    if (settings.downloads) attachCertificateDownloads(trust, { ...state, apiv3Key: state.apiv3Key! }, settings.downloads);
    const proxy = new Proxy(this, rootHandler);
    internals.set(this, state);
    internals.set(proxy, state);
    return proxy;
  }

  /**
   * A node for a literal path template, e.g. `wxpay.chain('v3/pay/transactions/id/{transaction_id}')`:
   * typed when the catalog documents the path, loose otherwise.
   */
  chain<P extends keyof WechatpayPaths>(path: P): WechatpayPaths[P];
  chain(path: string): LooseNode;
  chain(path: string): unknown {
    return rootChain(stateOf(this).send, path);
  }

  /** The axios instance behind the client, for interceptors (logging, metrics). Its signer and verifier run closest to the wire. */
  get axios(): AxiosInstance {
    return stateOf(this).exchange.axios;
  }

  /**
   * Incoming notifications (回调通知): verify, decrypt and type them, with handlers for Web
   * `Request`s and Node requests. Needs the `apiv3Key` option.
   */
  get notifications(): Notifications {
    return notificationsFor(stateOf(this));
  }

  /**
   * Encrypt a sensitive request field (RSA-OAEP/SHA-1) with the currently preferred WeChat Pay key:
   * the public key if there is one, else the newest valid platform certificate (downloaded first if
   * needed). A request whose body carries the result gets the matching `Wechatpay-Serial` header
   * automatically (an explicit header wins; fields encrypted with two keys in one request are refused).
   * @example
   * ```ts
   * await wxpay.v3.profitsharing.receivers.add.post({ json: { appid, type: 'PERSONAL_OPENID', account, name: await wxpay.encrypt('张三') } });
   * ```
   */
  encrypt(plaintext: string, options?: EncryptOptions): Promise<string> {
    return stateOf(this).sensitive.encrypt(plaintext, options);
  }

  /**
   * Decrypt a sensitive response field encrypted to the merchant key (RSA-OAEP/SHA-1). Needs
   * `privateKey`. PKCS#1 v1.5 (`{ padding: 'pkcs1' }`) is refused, with the reason (CVE-2023-46809).
   */
  decrypt(ciphertext: string, options?: DecryptOptions): string {
    return stateOf(this).sensitive.decrypt(ciphertext, options);
  }

  /** Merchant ID and certificate serial only: never a key. */
  toJSON(): { mchid: string; serial: string; baseURL: string } {
    const { mchid, serial, baseURL } = stateOf(this);
    return { mchid, serial, baseURL };
  }

  [INSPECT](): string {
    const { mchid, serial, baseURL } = stateOf(this);
    return `Wechatpay { mchid: '${mchid}', serial: '${serial}', baseURL: '${baseURL}' }`;
  }
}

/**
 * A WeChat Pay client: its own members, and every endpoint as a chain, `chain('…')` or `['…']` path.
 * The typed surface of the paths lives in `types/` (generated from the API descriptions).
 */
export type Wechatpay = WechatpayClient & WechatpayRoot;

/**
 * Create a WeChat Pay APIv3 client. Keys are parsed once, here; a bad option throws a
 * {@link ConfigError} naming it.
 *
 * @example
 * ```ts
 * const wxpay = new Wechatpay({ mchid, serial, privateKey: 'file:///etc/wxpay/apiclient_key.pem', certs });
 * const res = await wxpay.v3.pay.transactions.id._transaction_id_.get({ transaction_id, query: { mchid } });
 * ```
 */
export const Wechatpay = WechatpayClient as unknown as new (config: WechatpayConfig) => Wechatpay;

const rootHandler: ProxyHandler<WechatpayClient> = {
  get(target, property, receiver) {
    if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver);
    return rootChild(stateOf(target).send, property);
  },
};

/** The internal state of a client (for modules of this package only; not exported from the index). */
export function stateOf(self: object): ClientState {
  const state = internals.get(self);
  if (!state) throw new TypeError('not a Wechatpay instance');
  return state;
}
