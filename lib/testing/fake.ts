import { constants, privateDecrypt, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import type { CertificateListEntry } from '../trust/certificate-list.js';
import { createNonce } from '../auth/crypto.js';
// The fake runs on Node: it signs and checks synchronously with node:crypto.
import { encryptAesGcm, signSha256Rsa, verifySha256Rsa } from '../platform/node/crypto.js';
import { parseAuthorization, signingMessage } from '../auth/signer.js';
import { ownRecord } from '../request/own.js';
import { generateMerchant, generatePlatform, type TestMerchant, type TestPlatform } from './keys.js';
import { multipartField } from './multipart.js';
import { notificationBody, type FakeNotification, type FakeNotificationOptions } from './notification.js';
import type { KnownEventType, NotificationResources } from '../../types/events/index.js';
import { listen, type FakeServer } from './server.js';
import type { FakeContext, FakeHandler, FakeReply, FakeRequest, FakeResponse, SignMode } from './fake-types.js';

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
  /** Clock in milliseconds. @default Date.now */
  clock?: () => number;
  /** Allowed request timestamp offset in seconds. @default 300 */
  toleranceSeconds?: number;
}

/** Marks a handler's return value as a {@link FakeReply} rather than a JSON body. */
const REPLY = Symbol('FakeReply');

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
  #platforms: TestPlatform[];
  #signer: TestPlatform;
  /** Every request received, in order, whether or not its signature verified. */
  readonly requests: (FakeRequest & { verified: boolean })[] = [];
  readonly #routes: Route[] = [];
  readonly #clock: () => number;
  readonly #tolerance: number;

  constructor(options: FakeWechatpayOptions = {}) {
    this.merchant = options.merchant ?? generateMerchant();
    this.#platforms = options.platforms?.length ? [...options.platforms] : [options.platform ?? generatePlatform()];
    this.#signer = this.#platforms[0]!;
    this.apiv3Key = options.apiv3Key ?? randomBytes(16).toString('hex');
    if (Buffer.byteLength(this.apiv3Key) !== 32) throw new Error('FakeWechatpay: apiv3Key must be 32 bytes');
    this.#clock = options.clock ?? Date.now;
    this.#tolerance = options.toleranceSeconds ?? 300;
    this.on('GET', 'v3/certificates', () => this.#certificates());
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
   * Client options that match this fake: merchant identity, every key it holds in `certs` (the
   * certificate PEM for a platform certificate, else the public key) and the APIv3 key; add `baseURL`.
   * Leave out `certs` to have the client download platform certificates itself.
   */
  clientConfig(): { mchid: string; serial: string; privateKey: KeyObject; certs: Record<string, KeyObject | string>; apiv3Key: string } {
    if (!this.merchant.privateKey) throw new Error('FakeWechatpay was given a merchant without a private key');
    return {
      mchid: this.merchant.mchid,
      serial: this.merchant.serial,
      privateKey: this.merchant.privateKey,
      certs: Object.fromEntries(this.#platforms.map((p) => [p.serial, p.certificate ?? p.publicKey])),
      apiv3Key: this.apiv3Key,
    };
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
    return {
      data: this.#platforms.flatMap((platform) => {
        if (!platform.certificate) return [];
        const nonce = createNonce(12);
        const validity = certificateValidity(platform.certificate);
        return [{
          serial_no: platform.serial,
          effective_time: validity.effective,
          expire_time: validity.expire,
          encrypt_certificate: {
            algorithm: 'AEAD_AES_256_GCM',
            nonce,
            associated_data: 'certificate',
            ciphertext: encryptAesGcm(platform.certificate, Buffer.from(this.apiv3Key), nonce, 'certificate'),
          },
        }];
      }),
    };
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
    const trimmed = template.replace(/^\/+/, '');
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

  /** Serve this fake with node:http on 127.0.0.1 (a free port unless one is given). */
  listen(port?: number): Promise<FakeServer> {
    return listen(this, port);
  }

  /** Build a reply with status, headers or a signing fault (rather than a plain 200 JSON body). */
  static reply(reply: FakeReply): FakeReply {
    return Object.assign({ [REPLY]: true }, reply);
  }

  /** Handle one request: verify it, route it, sign the reply. */
  async handle(request: FakeRequest): Promise<FakeResponse> {
    const authorization = this.#verifyRequest(request);
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

  /** Returns the verified Authorization pairs, or why the request is refused. */
  #verifyRequest(request: FakeRequest): Record<string, string> | string {
    const header = request.headers.authorization;
    if (!header) return 'the Authorization header is missing';
    const parsed = parseAuthorization(header);
    if (!parsed || parsed.scheme !== 'WECHATPAY2-SHA256-RSA2048') return 'the Authorization header is malformed';
    const { mchid, serial_no: serial, nonce_str: nonce, timestamp, signature } = parsed.params;
    if (!mchid || !serial || !nonce || !timestamp || !signature) return 'the Authorization header lacks a field';
    if (mchid !== this.merchant.mchid) return `unknown mchid ${mchid}`;
    if (serial !== this.merchant.serial) return `unknown merchant certificate serial ${serial}`;
    if (Math.abs(Math.floor(this.#clock() / 1000) - Number(timestamp)) > this.#tolerance) return 'the request timestamp is out of range';
    const body = isMultipart(request) ? (multipartField(request.body, request.headers['content-type']!, 'meta') ?? '') : request.body.toString('utf8');
    const message = signingMessage({ method: request.method, pathAndQuery: request.url, signedBody: body }, Number(timestamp), nonce);
    if (!verifySha256Rsa(message, signature, this.merchant.publicKey)) return 'the request signature does not verify';
    return parsed.params;
  }

  #respond(given: FakeReply, request: FakeRequest): FakeResponse {
    // A handler's own fields only: an inherited `body` or `status` must not become the answer.
    const reply = ownRecord(given) as FakeReply;
    const status = reply.status ?? 200;
    let body: Buffer = reply.body === undefined ? (reply.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.json))) : Buffer.from(reply.body);
    const headers: Record<string, string> = { 'Request-ID': `fake-${createNonce(16)}`, ...reply.headers };
    if (body.length && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    const mode = reply.sign ?? 'valid';
    if (mode !== 'unsigned') {
      const skew = typeof mode === 'object' && 'skewSeconds' in mode ? mode.skewSeconds : 0;
      const timestamp = String(Math.floor(this.#clock() / 1000) + skew);
      const nonce = createNonce();
      const signed = mode === 'forge-signature' ? Buffer.concat([body, Buffer.from(' ')]) : body;
      // As WeChat Pay does, a request's Wechatpay-Serial selects the key that signs its response.
      const requested = request.headers['wechatpay-serial'];
      const signer = this.#platforms.find((p) => p.serial === requested) ?? this.#signer;
      let signature = signSha256Rsa(Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), signed, Buffer.from('\n')]), signer.privateKey);
      if (mode === 'probe') signature = `WECHATPAY/SIGNTEST/${signature}`;
      if (mode === 'tamper-body') body = flipOneByte(body);
      Object.assign(headers, {
        'Wechatpay-Timestamp': timestamp,
        'Wechatpay-Nonce': nonce,
        'Wechatpay-Signature': signature,
        'Wechatpay-Serial': typeof mode === 'object' && 'serial' in mode ? mode.serial : signer.serial,
      });
      if (typeof mode === 'object' && 'omitHeader' in mode) delete headers[mode.omitHeader];
    }
    return { status, headers, body };
  }
}

function certificateValidity(pem: string): { effective: string; expire: string } {
  const cert = new X509Certificate(pem);
  return { effective: beijingTime(new Date(cert.validFrom)), expire: beijingTime(new Date(cert.validTo)) };
}

/** RFC 3339 in UTC+8, as WeChat Pay writes times: `2018-06-08T10:34:56+08:00`. */
function beijingTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

function isReply(value: unknown): value is FakeReply {
  return typeof value === 'object' && value !== null && REPLY in value;
}

function isMultipart(request: FakeRequest): boolean {
  return (request.headers['content-type'] ?? '').startsWith('multipart/form-data');
}

function flipOneByte(body: Buffer): Buffer {
  const copy = Buffer.from(body.length ? body : Buffer.from(' '));
  const index = Math.floor(copy.length / 2);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}
