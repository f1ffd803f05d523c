// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Verb } from '../catalog.js';

/** 南桥接口-微信支付平台通知商户平台协议及数据结构: request body */
export interface PostV3WebhooksBody {
 /** 通知ID @example EV-2018022511223320873 */ id: string;
 /** 通知创建时间 @example 2018-06-08T10:34:56+08:00 */ create_time: string;
 /** 通知类型 */ event_type: "MALL_AUTH.ACTIVATE_CARD" | "MALL_TRANSACTION.SUCCESS" | "MALL_REFUND.SUCCESS" | "TRANSACTION.SUCCESS" | "TRANSACTION.FAIL" | "ECOMMERCE_ENTRUST.SIGN" | "ECOMMERCE_ENTRUST.TERMINATE" | "ENTRUST.SIGNING" | "ENTRUST.RELEASE" | "ENTRUST.TERMINATE_RETENTION" | "PROFITSHARING" | "PROFITSHARING_RETURN" | "COMPLAINT.CREATE" | "COMPLAINT.STATE_CHANGE" | "REFUND.SUCCESS" | "REFUND.ABNORMAL" | "REFUND.CLOSED" | "COUPON.USE" | "COUPON.SEND" | "TRANSACTION.INDUSTRY_SUCCESS" | "TRANSACTION.INDUSTRY_FAILED" | "EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE" | "PAYSCORE.BIND_SERVICE_ACCOUNT" | "PAYSCORE.USER_SIGN_PLAN" | "PAYSCORE.USER_CANCEL_SIGN_PLAN" | "PAYSCORE.USER_OPEN_SERVICE" | "PAYSCORE.USER_CLOSE_SERVICE" | "PAYSCORE.USER_CONFIRM" | "PAYSCORE.USER_PAID" | "DISCOUNT_CARD.GET_CARD" | "DISCOUNT_CARD.SETTLEMENT" | "DISCOUNT_CARD.USER_ACCEPTED" | "DISCOUNT_CARD.AGREEMENT_ENDED" | "DISCOUNT_CARD.USER_PAID" | "MEMBERCARD.ACCEPT_CARD" | "MEMBERCARD.ACTIVATE_CARD" | "MEMBERCARD.USERCARD_MANAGE" | "HIRE_POWER_BANK.RECEIVE_INSURANCE" | "RECHARGE.SUCCESS" | "RECHARGE.CLOSED" | "APPLYMENT_STATE.APPROVED" | "PAPAY.SIGN" | "PAPAY.TERMINATE" | "FACEPAY.USER_STATE_CHANGE" | "SETTLEMENT.SUCCESS" | "MCHWITHDRAW.CHANGE" | "MCHTRANSFER.QQWALLETBILL.FINISHED" | "MCHTRANSFER.AUTHORIZATION.CONFIRMED" | "MEMBERCARDSP.USER_CARD.CREATE" | "MEMBERCARDSP.USER_CARD.DELETE" | "BUDGET.LOCKED" | "BUDGET.CLOSED" | "BUDGET.FINISHED" | "WEBIZPAY.QUOTACARDEXPIRED" | "WEBIZPAY.PAYMENTSUCCESS" | "WEBIZPAY.PAYMENTREFUNDSUCCESS" | "WEBIZPAY.REVOKED" | "WEBIZPAY.AUTHORIZED";
 /** 通知资源数据 @example encrypt-resource */ resource_type: string;
 /** 回调摘要 */ summary?: string;
 /** 通知资源数据 */ resource: {
  /** 加密算法类型 @example AEAD_AES_256_GCM */ algorithm: string;
  /** 随机串 @example 61f9c719728a */ nonce: string;
  /** 原始回调类型 @example discount_card */ original_type?: "discount_card" | "profitsharing" | "coupon" | "refund" | "membercard" | "recharge" | "entrust" | "facepay";
  /** 附加数据 */ associated_data?: string;
  /** 数据密文 @example sRvt... */ ciphertext: string;
 };
}
/** 南桥接口-微信支付平台通知商户平台协议及数据结构: options */
export interface PostV3WebhooksOptions extends CallOptions {
 headers: {
  /** 随机串 */ "Wechatpay-Nonce": string;
  /** 平台公钥ID/平台公钥证书序列号 */ "Wechatpay-Serial"?: string;
  /** 签名值 */ "Wechatpay-Signature": string;
  /** 时间戳 */ "Wechatpay-Timestamp": string;
  /** 请求ID */ "Request-ID": string;
  /** 签名认证类型 */ "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048" | "WECHATPAY2-SM2-WITH-SM3";
  [name: string]: string | number | undefined;
 };
 json: PostV3WebhooksBody;
}
/** 南桥接口-微信支付平台通知商户平台协议及数据结构: response body */
export type PostV3WebhooksData = {
 code: unknown;
 message: unknown;
} | undefined;

export interface V3WebhooksNode {
 /**
  * 南桥接口-微信支付平台通知商户平台协议及数据结构 `POST /v3/webhooks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter8_6_6.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/businesscircle/points/chapter3_1.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_11.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_11.shtml
  */
 post: Verb<PostV3WebhooksOptions, PostV3WebhooksData>;
 chain: ChainFrom<"v3/webhooks">;
}
