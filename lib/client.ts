import type { AxiosInstance } from 'axios';
import type { Readable } from 'node:stream';
import { createNonce } from './auth/crypto.js';
import type { Secret } from './auth/secret.js';
import type { Signer } from './auth/signer.js';
import { rootChain, rootChild, type Send } from './chain/node.js';
import { runtime } from '#platform/http';
import { INSPECT } from './inspect.js';
import { readConfig } from './config.js';
import type { DownloadContext, DownloadFileOptions, DownloadResult } from './files/download.js';
import type { DownloadSource } from './files/source.js';
import { hasFile } from './files/upload-rules.js';
// Streamed downloads and uploads from files: node:stream, node:zlib and node:fs on Node, Bun and
// Deno; refused with the reason where the runtime has none of them.
import { download, uploadOptions } from '#platform/files';
import { mutualTlsProblem } from '#platform/tls';
import { Exchange } from './http/exchange.js';
import { notificationsFor, type Notifications } from './notify/notifications.js';
import { paymentFor } from './payment/payment.js';
import type { Payment, SigningMode } from './payment/types.js';
import { buildRequest, type RequestSettings } from './request/builder.js';
import { attachCertificateDownloads } from './trust/certificates.js';
import type { DecryptOptions, EncryptOptions } from './trust/sensitive.js';
import { SensitiveFields } from './trust/sensitive.js';
import type { TrustStore } from './trust/store.js';
import { VERSION } from './version.js';
import type { WechatpayResponse } from '../types/options.js';
import type { WechatpayConfig } from './client-config.js';
import type { LooseNode, WechatpayPaths, WechatpayRoot } from '../types/client.js';

export type { WechatpayConfig } from './client-config.js';

// Keyed by both the instance and its proxy, so prototype methods find their state whichever `this` they get.
const internals = new WeakMap<object, ClientState>();

/** What a client keeps; reachable from its members, never from outside. */
export interface ClientState {
  /** Sends one call: build, then exchange. */
  send: Send;
  /** `GET /v3/certificates`, its raw body handed back unverified (see trust/certificates.ts). */
  getCertificateList: () => Promise<WechatpayResponse>;
  exchange: Exchange;
  /** What `wxpay.download()` needs: the builder and exchange above, the hosts, the merchant key. */
  files: DownloadContext;
  mchid: string;
  serial: string;
  baseURL: string;
  trust: TrustStore;
  apiv3Key: Secret | undefined;
  /** The APIv2 key, for APIv2 notifications. */
  apiv2Key: Secret | undefined;
  /** The merchant's signer: its `privateKey`'s, or the caller's own. */
  signer: Signer;
  /** Sensitive-field encryption and the `Wechatpay-Serial` it implies. */
  sensitive: SensitiveFields;
  clock: () => number;
  clockToleranceSeconds: number;
}

/** The client's own members; see {@link Wechatpay}. `M`: whether it signs with a local key or a remote `signer`. */
class WechatpayClient<M extends SigningMode = SigningMode> {
  constructor(config: WechatpayConfig) {
    const settings = readConfig(config);
    const { identity, trust, baseURL, clock } = settings;
    const sensitive = new SensitiveFields(trust, identity.privateKey);
    const exchange = new Exchange({
      identity: { mchid: settings.mchid, serial: identity.serial, signer: identity.signer },
      hosts: [baseURL, ...settings.backupBaseURLs],
      connectTimeout: settings.connectTimeout,
      connection: settings.connection,
      tls: settings.tls,
      axiosDefaults: settings.axiosDefaults,
      keyFor: (serial) => trust.resolve(serial),
      unknownSerialHint: (serial) => trust.hint(serial),
      clock,
      clockToleranceSeconds: settings.clockToleranceSeconds,
      apiv2Key: () => settings.apiv2Key,
    });
    const requestSettings: RequestSettings = {
      baseURL,
      userAgent: `wechatpay-chain/${VERSION} ${runtime}`,
      retry: settings.retry,
      timeout: settings.timeout,
      encryptedWith: (body, template) => sensitive.encryptedWith(body, template),
      apiv2: { mchid: settings.mchid, key: settings.apiv2Key, nonce: () => createNonce(), hasCertificate: settings.tls.identity !== undefined, mutualTlsProblem },
    };
    const build: DownloadContext['build'] = (method, template, options) => buildRequest(method, template, options, requestSettings);
    const state: ClientState = {
      // Async, so that a call with bad options rejects rather than throws. An upload's `file` becomes
      // its multipart body first (lib/files/upload.ts): that reads the file for its digest.
      send: async (method, template, options) => exchange.send(build(method, template, hasFile(options) ? await uploadOptions(method, template, options as object) : options)),
      getCertificateList: () => exchange.send(buildRequest('GET', 'v3/certificates', { responseType: 'arraybuffer' }, requestSettings), { verifiedByCaller: true }),
      exchange,
      files: { build, send: (request) => exchange.send(request), hosts: [baseURL, ...settings.backupBaseURLs], unwrapKey: (key) => sensitive.unwrap(key, 'wxpay.download()') },
      mchid: settings.mchid,
      serial: identity.serial,
      baseURL,
      trust,
      apiv3Key: settings.apiv3Key,
      apiv2Key: settings.apiv2Key,
      signer: identity.signer,
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
   * The signed parameters the front end passes to WeChat to pay an order: `jsapi()` for
   * WeixinJSBridge and mini-programs (`wx.requestPayment`), `app()` for the APP SDK. Returned at once
   * with a local `privateKey`, in a promise with a remote `signer`. See docs/payments.md.
   * @example
   * ```ts
   * const params = wxpay.payment.jsapi({ appId: 'wxd678efh567hg6787', prepayId: data.prepay_id });
   * ```
   */
  get payment(): Payment<M> {
    return paymentFor<M>(stateOf(this));
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

  /**
   * Download a bill or statement as a stream of its plain bytes, checked as they flow: gzip
   * decompressed, encrypted bills decrypted (AES-256-GCM), the SHA-1 of the signed bill answer (or
   * the signed `Wechatpay-Statement-Sha1`) compared at the end. The stream errors before it ends when
   * a check fails. With `to`, writes a file and resolves once it verified. APIv2 bills
   * (`{ bill: 'v2/pay/downloadbill', xml }`) stream the same way; WeChat Pay gives them no digest,
   * and an XML error in the file's place is an `ApiError`. See docs/files.md. Node, Bun and Deno only
   * (node:stream, node:zlib): on workerd and edge runtimes it rejects, saying so.
   * @example
   * ```ts
   * const { data } = await wxpay.v3.bill.tradebill.get({ query: { bill_date: '2026-12-01', tar_type: 'GZIP' } });
   * await wxpay.download(data, { to: 'trade-2026-12-01.csv' });
   * await wxpay.download({ bill: 'v2/pay/downloadbill', xml: { appid, bill_date: '20261201', bill_type: 'ALL', tar_type: 'GZIP' } }, { to: 'v2-2026-12-01.csv' });
   * ```
   */
  download(info: DownloadSource, options: DownloadFileOptions & { to: string | URL }): Promise<DownloadResult>;
  download(info: DownloadSource, options?: DownloadFileOptions & { to?: undefined }): Promise<Readable>;
  download(info: DownloadSource, options?: DownloadFileOptions): Promise<Readable | DownloadResult> {
    return download(stateOf(this).files, info, options);
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
export type Wechatpay<M extends SigningMode = SigningMode> = WechatpayClient<M> & WechatpayRoot;

/** `new Wechatpay()`: a client with a remote `signer` makes payment parameters in a promise, one with a `privateKey` at once. */
export interface WechatpayConstructor {
  new (config: WechatpayConfig & { signer: Signer }): Wechatpay<'remote'>;
  new (config: WechatpayConfig & { signer?: undefined }): Wechatpay<'local'>;
  new (config: WechatpayConfig): Wechatpay;
}

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
export const Wechatpay = WechatpayClient as unknown as WechatpayConstructor;

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
