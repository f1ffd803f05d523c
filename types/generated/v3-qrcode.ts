// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 扣费受理: request body */
export interface PostV3QrcodeTransactionsBody {
 /** 商户在微信申请公众号或移动应用成功后分配的账号ID @example wxcbda96de0b165486 */ appid: string;
 /** 子公众账号ID @example wxcbda96de0b165486 */ sub_appid?: string;
 /** 微信支付分配的子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 商户自定义字段 @example 地铁扣费 */ description?: string;
 /** 附加数据 @example 深圳分店 */ attach?: string;
 /** 商户系统内部订单号 @example 20150806125346 */ out_trade_no: string;
 /** 交易场景值 */ trade_scene: "BUS" | "METRO";
 /** 代金券或立减优惠功能的参数 @example WXG */ goods_tag?: string;
 /** 签约成功后 @example Wx15463511252015071056489715 */ contract_id: string;
 /** 接受扣款结果异步回调通知的URL @example https://pay.weixin.qq.com/wxpay.html */ notify_url?: string;
 /** 订单金额信息 */ amount?: {
  /** 订单总金额 @example 600 */ total?: number;
  /** 符合ISO 4217标准的三位字母代码 @example CNY */ currency?: string;
 };
 /** 公交场景信息 */ bus_info?: {
  /** 用户乘车时间 @example 2017-08-26T10:43:39+08:00 */ start_time?: string;
  /** 乘车路线 @example 1路公车 */ line_name?: string;
  /** 车牌号 @example 粤B888888 */ plate_number?: string;
 };
 /** 地铁场景信息 */ metro_info?: {
  /** 用户乘车时间 @example 2017-08-26T10:43:39+08:00 */ start_time?: string;
  /** 用户下车时间 @example 2017-08-26T10:43:39+08:00 */ end_time?: string;
  /** 乘车起始站 @example 西单 */ start_station?: string;
  /** 乘车终点站 @example 天安门西 */ end_station?: string;
 };
}
/** 扣费受理: options */
export interface PostV3QrcodeTransactionsOptions extends CallOptions {
 json: PostV3QrcodeTransactionsBody;
}
/** 扣费受理: response body */
export interface PostV3QrcodeTransactionsData extends PostV3QrcodeTransactionsDataFields {}

/** 查询订单: options */
export interface GetV3QrcodeTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户系统内部订单号 @example 20150806125346 */ out_trade_no: string;
 query?: {
  /** 微信支付分配的子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单: response body */
export interface GetV3QrcodeTransactionsOutTradeNoData extends PostV3QrcodeTransactionsDataFields {}

/** 查询用户服务可用信息: options */
export interface GetV3QrcodeUserServicesContractIdOptions extends CallOptions {
 /** 签约成功后 @example Wx15463511252015071056489715 */ contract_id: string;
 query?: {
  /** 商户在微信申请公众号或移动应用成功后分配的账号ID @example wxcbda96de0b165486 */ appid?: string;
  /** 子公众账号ID @example wxcbda96de0b165486 */ sub_appid?: string;
  /** 微信支付分配的子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询用户服务可用信息: response body */
export interface GetV3QrcodeUserServicesContractIdData {
 /** 签约成功后 */ contract_id?: string;
 user_service_state?: "NORMAL" | "BLOCKED";
 /** 原因 */ block_reason?: string;
}

export interface PostV3QrcodeTransactionsDataFields {
 /** 公众账号ID */ appid?: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ sp_mchid?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 服务描述 */ description?: string;
 /** 订单创建时间 */ create_time?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易状态 */ trade_state?: "SUCCESS" | "ACCEPTED" | "PAY_FAIL" | "REFUND";
 /** 交易状态描述 */ trade_state_description?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 付款银行 */ bank_type?: string;
 /** 用户还款状态 */ user_repay_state?: "NOT_REPAY" | "REPAID" | "ALL_REFUND";
 /** 还款微信支付订单号 */ repay_transaction_id?: string;
 /** 垫资还款时间 */ repay_time?: string;
 /** 附加数据 */ attach?: string;
 /** 代扣签约ID */ contract_id?: string;
 /** 交易场景 */ trade_scene?: "BUS" | "METRO";
 /** 公交场景信息 */ bus_info?: {
  /** 用户乘车时间 */ start_time?: string;
  /** 乘车路线 */ line_name?: string;
  /** 车牌号 */ plate_number?: string;
 };
 /** 地铁场景信息 */ metro_info?: {
  /** 用户乘车时间 */ start_time?: string;
  /** 用户下车时间 */ end_time?: string;
  /** 乘车起始站 */ start_station?: string;
  /** 乘车终点站 */ end_station?: string;
 };
 /** 订单金额信息 */ amount?: Record<string, unknown>;
 promotion_detail?: Array<{
  /** 券ID */ coupon_id?: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
  /** 优惠类型 */ type?: "CASH" | "NOCASH";
  /** 活动ID */ stock_id?: string;
  /** 优惠券面额 */ amount?: number;
  /** 微信出资 */ wechatpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
  /** 优惠币种 */ currency?: string;
 }>;
}

export interface V3QrcodeNode {
 transactions: Open<V3QrcodeTransactionsNode>;
 userServices: Open<V3QrcodeUserServicesNode>;
 chain: ChainFrom<"v3/qrcode">;
}

export interface V3QrcodeTransactionsNode {
 /** 扣费受理 `POST /v3/qrcode/transactions` */
 post: Verb<PostV3QrcodeTransactionsOptions, PostV3QrcodeTransactionsData>;
 outTradeNo: Open<V3QrcodeTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/qrcode/transactions">;
}

export interface V3QrcodeTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3QrcodeTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3QrcodeTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/qrcode/transactions/out-trade-no">;
}

export interface V3QrcodeTransactionsOutTradeNo_out_trade_no_Node {
 /** 查询订单 `GET /v3/qrcode/transactions/out-trade-no/{out_trade_no}` */
 get: Verb<GetV3QrcodeTransactionsOutTradeNoOptions, GetV3QrcodeTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/qrcode/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3QrcodeUserServicesNode {
 contractId: Open<V3QrcodeUserServicesContractIdNode>;
 chain: ChainFrom<"v3/qrcode/user-services">;
}

export interface V3QrcodeUserServicesContractIdNode {
 $contract_id$: Open<V3QrcodeUserServicesContractId_contract_id_Node>;
 _contract_id_: Open<V3QrcodeUserServicesContractId_contract_id_Node>;
 chain: ChainFrom<"v3/qrcode/user-services/contract-id">;
}

export interface V3QrcodeUserServicesContractId_contract_id_Node {
 /** 查询用户服务可用信息 `GET /v3/qrcode/user-services/contract-id/{contract_id}` */
 get: Verb<GetV3QrcodeUserServicesContractIdOptions, GetV3QrcodeUserServicesContractIdData>;
 chain: ChainFrom<"v3/qrcode/user-services/contract-id/{contract_id}">;
}
