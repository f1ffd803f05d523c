import type { CreateAxiosDefaults } from 'axios';
import type { KeyInput } from './auth/keys.js';
import type { Signer } from './auth/signer.js';
import type { PlatformCertificatesOptions } from './trust/certificates.js';
import type { Verifier } from './trust/store.js';
import type { ProxyOption, RetryOptions } from '../types/options.js';

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
  /**
   * The APIv2 key (APIv2密钥, API密钥), 32 characters: signs APIv2 calls (paths under `v2/`) and
   * verifies their answers and APIv2 notifications; its MD5 decrypts refund notifications'
   * `req_info`. Held so that it never appears in logs, errors or `util.inspect`. For the sandbox,
   * the sign key `getsignkey` hands out. Also signs the payment parameters of APIv2 orders
   * (`wxpay.payment.jsapi({ …, signType: 'MD5' })`).
   */
  apiv2Key?: string | Uint8Array;
  /**
   * The merchant API certificate and key as WeChat Pay issues them in one file (`apiclient_cert.p12`),
   * for mutual TLS only (APIv3 signing still takes `privateKey`): a Buffer or a `file://` URL.
   * Instead of `merchantCertificate`, which with `privateKey` serves as well. A `.p12` OpenSSL 3
   * refuses (RC2-40, as older downloads are) is a `ConfigError` saying how to convert it: see
   * docs/apiv2.md. Node, Bun and Deno only (node:tls): elsewhere a `ConfigError` (docs/runtimes.md).
   * @example 'file:///etc/wxpay/apiclient_cert.p12'
   */
  pkcs12?: Buffer | Uint8Array | URL | string;
  /**
   * The passphrase of `pkcs12`.
   * @default the merchant ID (`mchid`), as WeChat Pay sets it
   */
  pkcs12Passphrase?: string;
  /**
   * CA certificates (PEM, Buffer or `file://` URL) trusted for `https:` hosts in addition to Node's
   * root certificates, e.g. the testing kit's (`fake.ca`) for its HTTPS server on loopback.
   * Verification is never turned off. Node, Bun and Deno only (node:tls): where fetch sends it is a
   * `ConfigError`.
   */
  ca?: string | Buffer | URL | Array<string | Buffer | URL>;
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
