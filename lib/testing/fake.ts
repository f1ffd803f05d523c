import { constants, privateDecrypt, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import type { CertificateListEntry } from '../trust/certificate-list.js';
import { createNonce } from '../auth/crypto.js';
// The fake runs on Node: it signs and checks synchronously with node:crypto.
import { fakeCertificateList } from './certificate-list.js';
import { generateMerchant, generatePlatform, type TestMerchant, type TestPlatform } from './keys.js';
import { verifyV3Request } from './verify.js';
import { notificationBody, type FakeNotification, type FakeNotificationOptions } from './notification.js';
import type { KnownEventType, NotificationResources } from '../../types/events/index.js';
import { listen, type FakeServer } from './server.js';
import { isReply, markedReply, signedReply } from './reply.js';
import { generateFakeTls, type FakeTls } from './tls.js';
import { handleV2, isV2Request, type V2Outcome } from './v2.js';
import { v2NotificationOf, v2RefundNotificationOf, type FakeV2Notification, type FakeV2NotificationOptions } from './v2-notification.js';
import type { FakeContext, FakeHandler, FakeReply, FakeRequest, FakeResponse, SignMode } from './fake-types.js';
import { FakePayments } from './flow/payments.js';
import type { FakeDelivery, FakeDeliveryOptions, FakePaymentCheck } from './flow/types.js';

export type { FakeContext, FakeHandler, FakeReply, FakeRequest, FakeResponse, SignMode };

export interface FakeWechatpayOptions {
  /** The merchant whose requests are accepted. @default a fresh {@link generateMerchant} */
  merchant?: Pick<TestMerchant, 'mchid' | 'serial' | 'publicKey'> & Partial<TestMerchant>;
  /** The key that signs responses. @default a fresh public-key-mode {@link generatePlatform} */
  platform?: TestPlatform;
  /**
   * Every WeChat Pay key the fake holds (public keys and platform certificates); the first signs
   * responses unless the request's `Wechatpay-Serial` names another. Overrides `platform`.
   * Platforms with a `certificate` are served by `GET /v3/certificates` (certificate mode); with none,
   * that endpoint answers `404 RESOURCE_NOT_EXISTS` as for a public-key-mode merchant.
   */
  platforms?: TestPlatform[];
  /** The merchant's APIv3 key (32 characters) that encrypts downloaded certificates. @default random */
  apiv3Key?: string;
  /** The merchant's APIv2 key (32 characters): APIv2 requests must be signed with it, answers are. @default random */
  apiv2Key?: string;
  /** Clock in milliseconds. @default Date.now */
  clock?: () => number;
  /** Allowed request timestamp offset in seconds. @default 300 */
  toleranceSeconds?: number;
  /** How notifications of the payment flow are delivered and retried (see {@link FakePayments}). @default WeChat Pay's schedule */
  delivery?: FakeDeliveryOptions;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: FakeHandler;
}

/**
 * A fake WeChat Pay: it checks every request's `Authorization` against the merchant public key,
 * routes it to a handler registered per operation, and signs the reply with a platform key. Serve it
 * with {@link FakeWechatpay.listen} (node:http on 127.0.0.1) or msw (`wechatpay-chain/testing/msw`).
 *
 * @example
 * ```ts
 * const fake = new FakeWechatpay();
 * fake.on('GET', 'v3/pay/transactions/id/{transaction_id}', ({ params }) => ({ transaction_id: params.transaction_id }));
 * const server = await fake.listen();
 * const wxpay = new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL });
 * ```
 */
export class FakeWechatpay {
  readonly merchant: FakeWechatpayOptions['merchant'] & {};
  /** The APIv3 key that encrypts the certificates served by `GET /v3/certificates`. */
  readonly apiv3Key: string;
  /** The APIv2 key that APIv2 requests are verified, and answers and notifications signed, with. */
  readonly apiv2Key: string;
  #tls: FakeTls | undefined;
  #platforms: TestPlatform[];
  #signer: TestPlatform;
  /** Every request received, in order, whether or not its signature verified. */
  readonly requests: (FakeRequest & { verified: boolean })[] = [];
  readonly #routes: Route[] = [];
  readonly #clock: () => number;
  readonly #tolerance: number;
  /** The merchant's payment flow: orders, refunds, bills, payment checks and notification delivery. */
  readonly payments: FakePayments;

  constructor(options: FakeWechatpayOptions = {}) {
    this.merchant = options.merchant ?? generateMerchant();
    this.#platforms = options.platforms?.length ? [...options.platforms] : [options.platform ?? generatePlatform()];
    this.#signer = this.#platforms[0]!;
    this.apiv3Key = options.apiv3Key ?? randomBytes(16).toString('hex');
    if (Buffer.byteLength(this.apiv3Key) !== 32) throw new Error('FakeWechatpay: apiv3Key must be 32 bytes');
    this.apiv2Key = options.apiv2Key ?? randomBytes(16).toString('hex');
    if (Buffer.byteLength(this.apiv2Key) !== 32) throw new Error('FakeWechatpay: apiv2Key must be 32 bytes');
    this.#clock = options.clock ?? Date.now;
    this.#tolerance = options.toleranceSeconds ?? 300;
    this.on('GET', 'v3/certificates', () => this.#certificates());
    this.payments = new FakePayments(this, { clock: this.#clock, reply: FakeWechatpay.reply, delivery: options.delivery });
  }

  /** Check payment parameters as the WeChat client would: {@link FakePayments.verifyPayment}. */
  verifyPayment(params: unknown, options?: { apiv2Key?: string }): FakePaymentCheck {
    return this.payments.verifyPayment(params, options);
  }

  /** The user pays an order, and `TRANSACTION.SUCCESS` is delivered: {@link FakePayments.pay}. */
  pay(outTradeNo: string): Promise<FakeDelivery> {
    return this.payments.pay(outTradeNo);
  }

  /** A refund goes through, and `REFUND.SUCCESS` is delivered: {@link FakePayments.refund}. */
  refund(outRefundNo: string, options?: { status?: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' }): Promise<FakeDelivery> {
    return this.payments.refund(outRefundNo, options);
  }

  /** The key that signs responses (unless a request's `Wechatpay-Serial` names another one the fake holds). */
  get platform(): TestPlatform {
    return this.#signer;
  }

  /** Every key the fake holds, in order. */
  get platforms(): readonly TestPlatform[] {
    return this.#platforms;
  }

  /**
   * Replace the keys the fake holds, e.g. for a rotation A → A+B → B:
   * `setPlatforms([a, b])` (still signing with A), `setPlatforms([a, b], b)`, `setPlatforms([b])`.
   * @param signWith - the key that signs responses from now on. @default platforms[0]
   */
  setPlatforms(platforms: TestPlatform[], signWith: TestPlatform = platforms[0]!): this {
    if (!platforms.length || !platforms.includes(signWith)) throw new Error('setPlatforms: signWith must be one of at least one platform');
    this.#platforms = [...platforms];
    this.#signer = signWith;
    return this;
  }

  /**
   * Client options that match this fake: merchant identity (with its API certificate, for mutual
   * TLS), every key it holds in `certs` (the certificate PEM for a platform certificate, else the
   * public key), the APIv3 and APIv2 keys, and, once it serves HTTPS, the CA to trust (`ca`); add
   * `baseURL`. Leave out `certs` to have the client download platform certificates itself.
   */
  clientConfig(): { mchid: string; serial: string; privateKey: KeyObject; certs: Record<string, KeyObject | string>; apiv3Key: string; apiv2Key: string; merchantCertificate?: string; ca?: string } {
    if (!this.merchant.privateKey) throw new Error('FakeWechatpay was given a merchant without a private key');
    return {
      mchid: this.merchant.mchid,
      serial: this.merchant.serial,
      privateKey: this.merchant.privateKey,
      certs: Object.fromEntries(this.#platforms.map((p) => [p.serial, p.certificate ?? p.publicKey])),
      apiv3Key: this.apiv3Key,
      apiv2Key: this.apiv2Key,
      ...(this.#certifiesMerchantKey() ? { merchantCertificate: this.merchant.certificate } : {}),
      ...(this.#tls ? { ca: this.#tls.ca } : {}),
    };
  }

  /** Whether `merchant.certificate` certifies `merchant.publicKey` (a test may pair a merchant with another key). */
  #certifiesMerchantKey(): boolean {
    const certificate = this.merchant.certificate;
    return certificate !== undefined && new X509Certificate(certificate).publicKey.equals(this.merchant.publicKey);
  }

  /** The CA (PEM) of the fake's HTTPS server, generated on first use: the client's `ca` option. */
  get ca(): string {
    this.#tls ??= generateFakeTls();
    return this.#tls.ca;
  }

  /**
   * An APIv2 notification of `fields` signed with the APIv2 key (a payment result, a contract event);
   * `options.sign` makes the faults a receiver must refuse.
   */
  v2Notification(fields: Record<string, string>, options?: FakeV2NotificationOptions): FakeV2Notification {
    return v2NotificationOf(fields, this.apiv2Key, options);
  }

  /** An APIv2 refund result: `refund` encrypted as `req_info` (AES-256-ECB, key MD5 of the APIv2 key); `tamper` alters its ciphertext. */
  v2RefundNotification(refund: Record<string, string>, options: { outer?: Record<string, string>; tamper?: boolean } = {}): FakeV2Notification {
    const outer = { return_msg: 'OK', appid: 'wx8888888888888888', mch_id: this.merchant.mchid, nonce_str: createNonce(), ...options.outer };
    return v2RefundNotificationOf(refund, outer, this.apiv2Key, options.tamper);
  }

  /**
   * A notification as WeChat Pay POSTs it: `resource` encrypted with the APIv3 key, the body signed
   * by the fake's signing key. `options.sign` and the others produce the faults a receiver must refuse.
   *
   * @example
   * ```ts
   * const { headers, body } = fake.notification('TRANSACTION.SUCCESS', { out_trade_no: '1217752501201407033233368018', … });
   * await fetch('http://127.0.0.1:3000/wxpay/notify', { method: 'POST', headers, body });
   * ```
   */
  notification<T extends KnownEventType>(eventType: T, resource: NotificationResources[T], options?: FakeNotificationOptions): FakeNotification;
  /** Any other event type, with any resource (a known event type must use the typed overload). */
  notification<T extends string>(eventType: T extends KnownEventType ? never : T, resource: Record<string, unknown>, options?: FakeNotificationOptions): FakeNotification;
  notification(eventType: string, resource: unknown, options: FakeNotificationOptions = {}): FakeNotification {
    const { body, id } = notificationBody(eventType, resource, this.apiv3Key, this.#clock(), options);
    const sign = options.sign ?? 'valid';
    const extra: Record<string, string> = sign === 'unsigned' ? {} : { 'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048' };
    const signed = this.#respond({ body, sign, headers: extra }, { method: 'POST', url: '/', headers: {}, body: Buffer.alloc(0) });
    return { headers: signed.headers, body: signed.body.toString('utf8'), id };
  }

  /**
   * The body `GET /v3/certificates` answers with: every platform certificate the fake holds,
   * encrypted with the APIv3 key. Tests may alter it and serve it from their own handler.
   */
  certificateList(): { data: CertificateListEntry[] } {
    return fakeCertificateList(this.#platforms, this.apiv3Key);
  }

  /**
   * Decrypt a sensitive field (RSA-OAEP/SHA-1) the way WeChat Pay would, with the key named by
   * `serial`: in a handler, pass the request's own `Wechatpay-Serial` header.
   */
  decrypt(ciphertext: string, serial: string): string {
    const platform = this.#platforms.find((p) => p.serial === serial);
    if (!platform) throw new Error(`the fake holds no key ${serial}`);
    return privateDecrypt({ key: platform.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(ciphertext, 'base64')).toString('utf8');
  }

  #certificates(): FakeReply {
    const list = this.certificateList();
    if (list.data.length === 0) {
      // What WeChat Pay answers a merchant that has only a WeChat Pay public key.
      return FakeWechatpay.reply({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。' } });
    }
    return FakeWechatpay.reply({ json: list });
  }

  /** Register a handler for one operation, e.g. `on('POST', 'v3/pay/transactions/native', …)`. Later registrations win. */
  on(method: string, template: string, handler: FakeHandler): this {
    const names: string[] = [];
    let source = '';
    let last = 0;
    // An APIv2 route is served at its path without `v2/`, as the client sends it.
    const trimmed = template.replace(/^\/+/, '').replace(/^v2\//, '');
    const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    for (const match of trimmed.matchAll(/\{(\+?)([^}]+)\}/g)) {
      names.push(match[2]!);
      // {+name} (reserved expansion) may span segments, as in the client's templates.
      source += escape(trimmed.slice(last, match.index)) + (match[1] ? '(.+)' : '([^/]+)');
      last = match.index! + match[0].length;
    }
    source += escape(trimmed.slice(last));
    this.#routes.unshift({ method: method.toUpperCase(), template, pattern: new RegExp(`^/${source}$`), names, handler });
    return this;
  }

  /**
   * Serve this fake on 127.0.0.1 (a free port unless one is given): node:http, or with `tls: true`
   * node:https under a certificate of its own CA ({@link FakeWechatpay.ca}), which checks the TLS client
   * certificate of APIv2 `security` operations against the merchant's.
   */
  listen(options?: number | { port?: number; tls?: boolean }): Promise<FakeServer> {
    const { port, tls } = typeof options === 'number' || options === undefined ? { port: options, tls: false } : options;
    if (tls) this.#tls ??= generateFakeTls();
    return listen(this, port, tls ? this.#tls : undefined);
  }

  /** Build a reply with status, headers or a signing fault (rather than a plain 200 JSON body). */
  static reply(reply: FakeReply): FakeReply {
    return markedReply(reply);
  }

  /** Handle one request: verify it, route it, sign the reply. */
  async handle(request: FakeRequest): Promise<FakeResponse> {
    const pathname = new URL(request.url, 'http://fake.invalid').pathname;
    if (isV2Request(request, pathname)) {
      const route = this.#routes.find((r) => r.method === request.method.toUpperCase() && r.pattern.test(pathname));
      const run = async (extra: Partial<FakeContext>) => ({ found: route !== undefined, outcome: (await route?.handler({ ...request, params: {}, query: new URL(request.url, 'http://fake.invalid').searchParams, json: undefined, authorization: {}, ...extra })) as V2Outcome });
      const { response, verified } = await handleV2(request, pathname, { mchid: this.merchant.mchid, apiv2Key: this.apiv2Key, certificate: this.merchant.certificate }, run);
      this.requests.push({ ...request, verified });
      return response;
    }
    const authorization = verifyV3Request(request, this.merchant, Math.floor(this.#clock() / 1000), this.#tolerance);
    this.requests.push({ ...request, verified: typeof authorization !== 'string' });
    if (typeof authorization === 'string') {
      return this.#respond({ status: 401, json: { code: 'SIGN_ERROR', message: authorization } }, request);
    }
    const url = new URL(request.url, 'http://fake.invalid');
    for (const route of this.#routes) {
      const match = route.method === request.method.toUpperCase() ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1]!)));
      const text = request.body.toString('utf8');
      let json: unknown;
      if (text && (request.headers['content-type'] ?? '').includes('json')) {
        try {
          json = JSON.parse(text);
        } catch {
          return this.#respond({ status: 400, json: { code: 'PARAM_ERROR', message: 'the body is not valid JSON' } }, request);
        }
      }
      const result = await route.handler({ ...request, params, query: url.searchParams, json, authorization });
      return this.#respond(isReply(result) ? result : result === undefined ? { status: 204 } : { json: result }, request);
    }
    return this.#respond({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: `no fake handler for ${request.method} ${url.pathname}` } }, request);
  }

  #respond(given: FakeReply, request: FakeRequest): FakeResponse {
    // As WeChat Pay does, a request's Wechatpay-Serial selects the key that signs its response.
    const requested = request.headers['wechatpay-serial'];
    return signedReply(given, this.#platforms.find((p) => p.serial === requested) ?? this.#signer, this.#clock());
  }
}
