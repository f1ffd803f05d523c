// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询所有退款: options */
export interface GetV3RefundsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 query?: {
  /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
  /** 商户订单号 */ out_trade_no?: string;
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
  /** 记录起始位置 @example 0 */ offset?: number;
  /** 每页笔数 @example 10 */ count?: number;
 };
}
/** 查询所有退款: response body */
export interface GetV3RefundsData {
 /** 微信支付交易订单号 */ id: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户支付金额 */ payer_total: number;
  /** 支付币种 */ payer_currency: string;
 };
 /** 退款单列表 */ data: Array<{
  /** 微信退款单号 */ id: string;
  /** 商户退款单号 */ out_refund_no: string;
  /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
  /** 退款入账账户 */ recv_account?: string;
  /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
  /** 退款成功时间 */ success_time?: string;
  /** 退款创建时间 */ create_time: string;
  /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
  /** 退款金额 */ amount: RefundsAmount;
  /** 优惠退款详情 */ refund_detail?: RefundsRefundDetail;
 }>;
 /** 订单总退款次数 */ total_num: number;
 /** 本次返回退款单数 */ current_total_num: number;
}

/** 申请退款: request body */
export interface PostV3RefundsBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 退款原因 @example 商品已售完 */ reason?: string;
 /** 订单金额 */ amount: {
  /** 退款金额 @example 888 */ refund: number;
  /** 原订单金额 @example 888 */ total: number;
  /** 退款币种 @example CNY */ currency: string;
 };
 /** 退款通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 申请退款: options */
export interface PostV3RefundsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3RefundsBody;
}
/** 申请退款: response body */
export interface PostV3RefundsData {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款金额 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款币种 */ currency: string;
  /** 用户退款金额 */ payer_refund: number;
  /** 支付币种 */ payer_currency: string;
  /** 汇率 */ exchange_rate: {
   /** 汇率类型 */ type?: "SETTLEMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠退款详情 */ detail?: RefundsRefundDetail;
}

/** 查询单笔退款(微信支付退款订单号): options */
export interface GetV3RefundsIdOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 微信支付退款订单号 */ refund_id: string;
 query?: {
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
 };
}
/** 查询单笔退款(微信支付退款订单号): response body */
export interface GetV3RefundsIdData extends GetV3RefundsIdDataFields {}

/** 查询单笔退款(商户退款订单号): options */
export interface GetV3RefundsOutRefundNoOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 商户退款订单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 query?: {
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
 };
}
/** 查询单笔退款(商户退款订单号): response body */
export interface GetV3RefundsOutRefundNoData extends GetV3RefundsIdDataFields {}

export interface RefundsAmount {
 /** 退款金额 */ refund: number;
 /** 货币类型 */ currency?: string;
 /** 用户退款金额 */ payer_refund: number;
 /** 支付币种 */ payer_currency: string;
 /** 汇率 */ exchange_rate: {
  /** 汇率类型 */ type?: "SETTLEMENT_RATE";
  /** 汇率值 */ rate?: number;
 };
}

export interface RefundsRefundDetail {
 /** 券ID */ promotion_id: string;
 /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
 /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
 /** 优惠券面额 */ amount?: number;
 /** 优惠券退款额 */ refund_amount?: number;
 /** 货币类型 */ currency: string;
}

export interface GetV3RefundsIdDataFields {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信支付交易订单号 */ transaction_id: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
 /** 退款入账账户 */ recv_account?: string;
 /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
 /** 退款金额 */ amount: RefundsAmount;
 /** 优惠退款详情 */ detail?: RefundsRefundDetail;
}

export interface V3RefundsNode {
 /**
  * 查询所有退款 `GET /v3/refunds`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/refunds`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_4.shtml
  */
 get: Verb<GetV3RefundsOptions, GetV3RefundsData>;
 /**
  * 申请退款 `POST /v3/refunds`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/refunds`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_2.shtml
  */
 post: Verb<PostV3RefundsOptions, PostV3RefundsData>;
 id: Open<V3RefundsIdNode>;
 outRefundNo: Open<V3RefundsOutRefundNoNode>;
 chain: ChainFrom<"v3/refunds">;
}

export interface V3RefundsIdNode {
 $refund_id$: Open<V3RefundsId_refund_id_Node>;
 _refund_id_: Open<V3RefundsId_refund_id_Node>;
 chain: ChainFrom<"v3/refunds/id">;
}

export interface V3RefundsId_refund_id_Node {
 /**
  * 查询单笔退款(微信支付退款订单号) `GET /v3/refunds/id/{refund_id}`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/refunds/id/{refund_id}`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
  */
 get: Verb<GetV3RefundsIdOptions, GetV3RefundsIdData>;
 chain: ChainFrom<"v3/refunds/id/{refund_id}">;
}

export interface V3RefundsOutRefundNoNode {
 $out_refund_no$: Open<V3RefundsOutRefundNo_out_refund_no_Node>;
 _out_refund_no_: Open<V3RefundsOutRefundNo_out_refund_no_Node>;
 chain: ChainFrom<"v3/refunds/out-refund-no">;
}

export interface V3RefundsOutRefundNo_out_refund_no_Node {
 /**
  * 查询单笔退款(商户退款订单号) `GET /v3/refunds/out-refund-no/{out_refund_no}`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/refunds/out-refund-no/{out_refund_no}`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
  */
 get: Verb<GetV3RefundsOutRefundNoOptions, GetV3RefundsOutRefundNoData>;
 chain: ChainFrom<"v3/refunds/out-refund-no/{out_refund_no}">;
}
