/**
 * The public shape of `wxpay.payment`: what the front end's pay call takes, and what the merchant
 * server hands in to get it. Types only; `lib/payment/input.ts` reads and checks the input.
 */

import type { LocallySigned } from '#platform/signing';

export type { LocallySigned };

/** The APIv2 signature types (签名类型) of an APIv2 order's payment parameters. */
export type V2SignType = 'MD5' | 'HMAC-SHA256';

/**
 * How a client signs: `'local'` with its `privateKey` (payment parameters are returned at once on
 * node:crypto — Node, Bun, Deno — and in a promise on WebCrypto — workerd, edge runtimes), `'remote'`
 * with a `signer` of its own (they come in a promise). A client whose options are only known as
 * `WechatpayConfig` is either.
 */
export type SigningMode = 'local' | 'remote';

/**
 * `T` as a client of signing mode `M` returns it: a local key's as the runtime signs
 * ({@link LocallySigned}: at once where the types resolve the `node` condition, a promise where they
 * resolve `workerd`, `edge-light`, `worker` or `browser`, either when they resolve none), a remote
 * signer's in a promise, either when `M` is not known.
 */
export type SignedBy<M extends SigningMode, T> = [M] extends ['local'] ? LocallySigned<T> : [M] extends ['remote'] ? Promise<T> : T | Promise<T>;

/** What `wxpay.payment.jsapi()` takes for an APIv3 order. Only own properties count. */
export interface JsapiPaymentInput {
  /**
   * The app ID that invokes payment: the `appid` of a direct order; for a partner (服务商) order
   * `sub_appid` when the payer was identified by `sub_openid` in the sub-merchant's app, else
   * `sp_appid`; for a combined order (合单) `combine_appid`.
   * @example 'wxd678efh567hg6787'
   */
  appId: string;
  /**
   * The `prepay_id` of the order's response, bare (without `prepay_id=`).
   * @example 'wx201410272009395522657a690389285100'
   */
  prepayId: string;
  /**
   * Appended to `package` as it is (and signed with it): the 微信分付 parameters, e.g.
   * `'&subsidy_period_type=PERIOD&selected_installment_number=3'`.
   * @default ''
   */
  packageSuffix?: string;
  /** `'RSA'` (APIv3, the merchant API key). @default 'RSA' */
  signType?: 'RSA';
}

/** What `wxpay.payment.jsapi()` takes for an APIv2 order: signed with the APIv2 key. */
export interface JsapiV2PaymentInput extends Omit<JsapiPaymentInput, 'signType'> {
  /** The APIv2 order's `sign_type`. */
  signType: V2SignType;
}

/** What `wxpay.payment.app()` takes for an APIv3 order. Only own properties count. */
export interface AppPaymentInput {
  /**
   * The mobile app's ID (移动应用AppID) that invokes payment: the order's `appid`; for a partner
   * order `sub_appid` or `sp_appid`, whichever app the order was placed for; for a combined
   * order `combine_appid`.
   * @example 'wxd678efh567hg6787'
   */
  appId: string;
  /** The `prepay_id` of the order's response. @example 'wx201410272009395522657a690389285100' */
  prepayId: string;
  /**
   * `partnerid`: the merchant ID that placed the order.
   * @default the client's `mchid` (a partner's `sp_mchid` in partner mode)
   */
  partnerId?: string;
  /** `'RSA'` (APIv3, the merchant API key). @default 'RSA' */
  signType?: 'RSA';
}

/** What `wxpay.payment.app()` takes for an APIv2 order: signed with the APIv2 key. */
export interface AppV2PaymentInput extends Omit<AppPaymentInput, 'signType'> {
  /** The APIv2 order's `sign_type`. */
  signType: V2SignType;
}

/**
 * The object `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` and the mini-program's
 * `wx.requestPayment(…)` take. Every value is a string; `timeStamp` is in seconds.
 * `wx.requestPayment` ignores `appId` (the mini-program's own is used), but it is signed all the same.
 */
export interface JsapiPaymentParams {
  appId: string;
  /** Seconds since the epoch, as a string. @example '1414561699' */
  timeStamp: string;
  /** 32 characters from the CSPRNG. */
  nonceStr: string;
  /** `prepay_id=…`, and the `packageSuffix` if one was given. */
  package: string;
  signType: 'RSA';
  /** base64 SHA256withRSA over `appId\ntimeStamp\nnonceStr\npackage\n` with the merchant API key. */
  paySign: string;
}

/**
 * The same for an APIv2 order: `paySign` is the APIv2 signature (upper-case hex) of
 * `appId`, `timeStamp`, `nonceStr`, `package` and `signType`.
 */
export interface JsapiV2PaymentParams extends Omit<JsapiPaymentParams, 'signType'> {
  signType: V2SignType;
}

/**
 * What the APP SDK's `PayReq` takes (`appId`, `partnerId`, `prepayId`, `packageValue`, `nonceStr`,
 * `timeStamp`, `sign` on Android; the same on iOS). Every value is a string; `timestamp` is in seconds.
 */
export interface AppPaymentParams {
  appid: string;
  partnerid: string;
  /** The bare prepay id. */
  prepayid: string;
  package: 'Sign=WXPay';
  noncestr: string;
  /** Seconds since the epoch, as a string. */
  timestamp: string;
  /**
   * APIv3: base64 SHA256withRSA over `appid\ntimestamp\nnoncestr\nprepayid\n`. APIv2: the APIv2
   * signature (upper-case hex) of the six other fields.
   */
  sign: string;
}

/**
 * `wxpay.payment`: the signed parameters the front end passes to WeChat to pay an order. With a
 * local `privateKey` they are returned at once on Node, Bun and Deno, in a promise on workerd and
 * edge runtimes (WebCrypto signs in one); with a remote `signer`, in a promise. APIv2 variants
 * (`signType: 'MD5' | 'HMAC-SHA256'`) sign with the `apiv2Key` and are always returned at once.
 * Bad input throws (rejects, with a remote signer) a `ParameterError` naming it.
 *
 * @example
 * ```ts
 * const { data } = await wxpay.v3.pay.transactions.jsapi.post({ json: order });
 * const params = wxpay.payment.jsapi({ appId: order.appid, prepayId: data.prepay_id });
 * // → the browser: WeixinJSBridge.invoke('getBrandWCPayRequest', params, …), or wx.requestPayment(params)
 * ```
 */
export interface Payment<M extends SigningMode = SigningMode> {
  /** JSAPI (公众号, WeixinJSBridge) and mini-program (`wx.requestPayment`) parameters of an APIv2 order. */
  jsapi(input: JsapiV2PaymentInput): JsapiV2PaymentParams;
  /**
   * JSAPI (公众号, WeixinJSBridge) and mini-program (`wx.requestPayment`) parameters.
   * @example
   * ```ts
   * const params = await wxpay.payment.jsapi({ appId: 'wxd678efh567hg6787', prepayId: 'wx201410272009395522657a690389285100' });
   * ```
   */
  jsapi(input: JsapiPaymentInput): SignedBy<M, JsapiPaymentParams>;
  /** APP parameters (the SDK's `PayReq`) of an APIv2 order. */
  app(input: AppV2PaymentInput): AppPaymentParams;
  /**
   * APP parameters (the SDK's `PayReq`).
   * @example
   * ```ts
   * const params = await wxpay.payment.app({ appId: 'wxd678efh567hg6787', prepayId: 'wx201410272009395522657a690389285100' });
   * ```
   */
  app(input: AppPaymentInput): SignedBy<M, AppPaymentParams>;
}
