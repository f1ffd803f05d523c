// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 还款单查询: options */
export interface GetV3RepaymentCombineTransactionsPartnerOutTradeNoOptions extends CallOptions {
 /** 还款单订单号 @example P20150806125346 */ combine_out_trade_no: string;
}
/** 还款单查询: response body */
export interface GetV3RepaymentCombineTransactionsPartnerOutTradeNoData {
 /** 还款服务商APPID */ combine_appid: string;
 /** 还款服务商商户号 */ combine_mchid: string;
 /** 还款单订单号 */ combine_out_trade_no: string;
 /** 还款单微信支付订单号 */ combine_transaction_id: string;
 /** 还款支付者信息 */ combine_payer_info?: {
  /** 用户服务商标识 */ openid: string;
 };
 /** 还款明细单信息列表 */ sub_orders?: Array<{
  /** 还款单发起商户号 */ mchid: string;
  /** 子商户号 */ sub_mchid?: string;
  /** 还款明细单订单号 */ out_trade_no: string;
  /** 还款明细单微信支付订单号 */ transaction_id?: string;
  /** 交易类型 */ trade_type?: "REPAYMENT";
  /** 交易状态 */ trade_state?: "SUCCESS" | "NOTPAY" | "CLOSED";
  /** 付款银行 */ bank_type?: string;
  /** 附加数据 */ attach?: string;
  /** 支付完成时间 */ success_time?: string;
  /** 子单金额信息 */ amount?: {
   /** 标价金额 */ total_amount: number;
   /** 标价币种 */ currency?: string;
   /** 现金支付金额 */ payer_amount: number;
   /** 现金支付币种 */ payer_currency?: string;
  };
 }>;
}

/** 商户关单: request body */
export interface PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseBody {
 /** 还款明细单信息列表 */ sub_orders: Array<{
  /** 还款单发起商户号 @example 1900000109 */ mchid: string;
  /** 还款明细单订单号 @example 20150806125346 */ out_trade_no: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 }>;
}
/** 商户关单: options */
export interface PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseOptions extends CallOptions {
 /** 还款单订单号 @example 1217752501201407033233368018 */ combine_out_trade_no: string;
 json: PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseBody;
}
/** 商户关单: response body */
export type PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseData = undefined;

/** 还款下单: request body */
export interface PostV3RepaymentCombineTransactionsPartnerPrepayBody {
 /** 还款单订单号 @example 1217752501201407033233368018 */ combine_out_trade_no: string;
 /** 还款服务商商户号 @example 1230000109 */ combine_mchid: string;
 /** 还款明细单信息列表 */ sub_orders: Array<{
  /** 还款单发起商户号 @example 1230000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 还款明细单订单号 @example 20150806125346 */ out_trade_no: string;
  /** 订单金额 */ amount: {
   /** 标价金额 @example 10 */ total_amount: number;
   /** 标价币种 @example CNY */ currency: string;
  };
  /** 附加数据 @example 深圳分店 */ attach: string;
  /** 商品描述 @example 某某放心借 */ description: string;
  /** 结算信息 */ settle_info?: {
   /** 是否指定分账 */ profit_sharing?: boolean;
   /** 补差金额 @example 10 */ subsidy_amount?: number;
  };
 }>;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url?: string;
 /** H5调起支付场景信息 */ h5_info?: {
  /** 还款服务商APPID @example wxd678efh567hg6787 */ combine_appid: string;
  /** 用户终端IP @example 127.0.0.1 */ payer_client_ip: string;
  /** 场景类型 @example iOS */ type: "iOS" | "Android" | "Wap";
  /** 应用名称 @example 王者荣耀 */ app_name?: string;
  /** 网站URL @example https://pay.qq.com */ app_url: string;
  /** iOS平台BundleID @example com.tencent.wzryiOS */ bundle_id?: string;
  /** Android平台PackageName @example com.tencent.tmgp.sgame */ package_name?: string;
 };
 /** APP调起支付场景信息 */ app_info?: {
  /** 还款服务商APPID @example wxd678efh567hg6787 */ combine_appid: string;
 };
 /** 小程序调起支付场景信息 */ miniprogram_info?: {
  /** 还款服务商APPID @example wxd678efh567hg6787 */ combine_appid: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 };
 /** 支付者信息 */ combine_payer_info?: {
  /** 实名支付 */ identity?: {
   /** 类型 */ type: "IDCARD" | "HONGKONG_MACAO" | "HONGKONG_MACAO_RESIDENT" | "TAIWAN_RESIDENT" | "FOREIGN_RESIDENT" | "OVERSEA_PASSPORT" | "TAIWAN_COMPATRIOT_PERMIT";
   /** 加密后的证件号 */ number: string;
   /** 加密后的姓名 */ name: string;
  };
 };
 /** 微信内网页调起支付场景信息 */ wechat_web_info?: {
  /** 还款服务商APPID */ combine_appid?: string;
  /** 用户标识 */ openid?: string;
  /** 网页经营场景URL */ webview_url?: string;
 };
}
/** 还款下单: options */
export interface PostV3RepaymentCombineTransactionsPartnerPrepayOptions extends CallOptions {
 json: PostV3RepaymentCombineTransactionsPartnerPrepayBody;
}
/** 还款下单: response body */
export interface PostV3RepaymentCombineTransactionsPartnerPrepayData {
 /** 预支付交易会话标识 */ prepay_id?: string;
 /** 支付跳转链接 */ h5_url?: string;
}

export interface V3RepaymentNode {
 combineTransactions: Open<V3RepaymentCombineTransactionsNode>;
 chain: ChainFrom<"v3/repayment">;
}

export interface V3RepaymentCombineTransactionsNode {
 partner: Open<V3RepaymentCombineTransactionsPartnerNode>;
 chain: ChainFrom<"v3/repayment/combine-transactions">;
}

export interface V3RepaymentCombineTransactionsPartnerNode {
 outTradeNo: Open<V3RepaymentCombineTransactionsPartnerOutTradeNoNode>;
 prepay: Open<V3RepaymentCombineTransactionsPartnerPrepayNode>;
 chain: ChainFrom<"v3/repayment/combine-transactions/partner">;
}

export interface V3RepaymentCombineTransactionsPartnerOutTradeNoNode {
 $combine_out_trade_no$: Open<V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Node>;
 _combine_out_trade_no_: Open<V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Node>;
 chain: ChainFrom<"v3/repayment/combine-transactions/partner/out-trade-no">;
}

export interface V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Node {
 /** 还款单查询 `GET /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}` */
 get: Verb<GetV3RepaymentCombineTransactionsPartnerOutTradeNoOptions, GetV3RepaymentCombineTransactionsPartnerOutTradeNoData>;
 close: Open<V3RepaymentCombineTransactionsPartnerOutTradeNoCloseNode>;
 chain: ChainFrom<"v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}">;
}

export interface V3RepaymentCombineTransactionsPartnerOutTradeNoCloseNode {
 /** 商户关单 `POST /v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close` */
 post: Verb<PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseOptions, PostV3RepaymentCombineTransactionsPartnerOutTradeNoCloseData>;
 chain: ChainFrom<"v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close">;
}

export interface V3RepaymentCombineTransactionsPartnerPrepayNode {
 /** 还款下单 `POST /v3/repayment/combine-transactions/partner/prepay` */
 post: Verb<PostV3RepaymentCombineTransactionsPartnerPrepayOptions, PostV3RepaymentCombineTransactionsPartnerPrepayData>;
 chain: ChainFrom<"v3/repayment/combine-transactions/partner/prepay">;
}
