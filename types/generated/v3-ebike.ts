// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 预开通服务API: request body */
export interface PostV3EbikeChargeContractsPreopenBody {
 /** 特约商户号 @example 1510770601 */ sub_mchid?: string;
 /** 服务商公众号ID @example wx47c677487ce3ac47 */ appid: string;
 /** 特约商户公众号ID @example wxcc603d9f0d54eaf0 */ sub_appid?: string;
 /** 交易场景 @example CHARGE */ trade_scene: string;
 /** 用户标识 @example ot35_4gNgXsUuh2sQY0lT9N08AU0 */ openid: string;
}
/** 预开通服务API: options */
export interface PostV3EbikeChargeContractsPreopenOptions extends CallOptions {
 json: PostV3EbikeChargeContractsPreopenBody;
}
/** 预开通服务API: response body */
export interface PostV3EbikeChargeContractsPreopenData {
 /** 预开通ID */ preopen_id: string;
}

/** 通过签约号查询用户状态API: options */
export interface GetV3EbikeChargeContractsOptions extends CallOptions {
 /** 充电授权扣费协议号 @example aAfixCs13LsdKPpfZfDkk2189ssXjfx */ contract_id: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 通过签约号查询用户状态API: response body */
export interface GetV3EbikeChargeContractsData extends GetV3EbikeChargeContractsDataFields {}

/** 创建用户当次充电代扣凭证API: request body */
export interface PostV3EbikeChargeContractsConfirmBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 /** 服务商公众号ID @example wx47c677487ce3ac47 */ appid: string;
 /** 特约商户公众号ID @example wxcc603d9f0d54eaf0 */ sub_appid?: string;
 /** 充电场景信息 */ charge_info: {
  /** 开始时间 @example 2017-08-26T09:43:39+08:00 */ start_time: string;
  /** 充电站名称 @example xxx充电站 */ charging_station_name: string;
  /** 充电枪编号 @example 6555 */ charging_gun_number: string;
  /** 充电位设备号 @example 12343232 */ device_id: string;
 };
}
/** 创建用户当次充电代扣凭证API: options */
export interface PostV3EbikeChargeContractsConfirmOptions extends CallOptions {
 /** 充电授权扣费协议号 @example aAfixCs13LsdKPpfZfDkk2189ssXjfx */ contract_id: string;
 json: PostV3EbikeChargeContractsConfirmBody;
}
/** 创建用户当次充电代扣凭证API: response body */
export interface PostV3EbikeChargeContractsConfirmData {
 /** 用户充电代扣凭证 */ charging_token: string;
}

/** 充电自行车代扣受理扣款API: request body */
export interface PostV3EbikeChargeTransactionsBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 /** 服务商公众号ID @example wxd678efh567hg678 */ appid: string;
 /** 特约商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 /** 附加字段 @example 自定义数据 */ attach?: string;
 /** 营销信息 @example test */ goods_tag?: string;
 /** 通知url @example http://1111:111/metro-spt-api/callback */ notify_url: string;
 /** 商品描述 @example 商品信息 */ description: string;
 /** 用户充电代扣凭证 @example sdjf23kdsHJfdk */ charging_token: string;
 /** 订单金额信息 */ amount: {
  /** 订单总金额 @example 888 */ total: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 充电自行车场景信息 */ charge_info: {
  /** 开始时间 @example 2017-08-26T09:43:39+08:00 */ start_time: string;
  /** 结束时间 @example 2017-08-26T09:43:39+08:00 */ end_time: string;
  /** 充电站名称 @example xxx充电站 */ charging_station_name: string;
  /** 充电枪编号 @example 6555 */ charging_gun_number: string;
  /** 已充电量 @example 10 */ charged_capacity: number;
  /** 车位延时占用时长 @example 60 */ park_duration?: number;
  /** 车位延时占用产生的费用 @example 100 */ park_fee?: number;
 };
 /** 设备信息 */ device_info: {
  /** 充电位设备号 @example 12343232 */ device_id: string;
  /** 商户端设备ip @example 123.12.12.123 */ device_ip: string;
 };
}
/** 充电自行车代扣受理扣款API: options */
export interface PostV3EbikeChargeTransactionsOptions extends CallOptions {
 json: PostV3EbikeChargeTransactionsBody;
}
/** 充电自行车代扣受理扣款API: response body */
export interface PostV3EbikeChargeTransactionsData {
 /** 受理状态 */ accept_state: string;
 /** 订单创建时间 */ create_time?: string;
}

/** 查询订单API: options */
export interface GetV3EbikeChargeTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 25012014070332333018 */ transaction_id: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单API: response body */
export interface GetV3EbikeChargeTransactionsIdData extends GetV3EbikeChargeTransactionsIdDataFields {}

/** 查询订单API: options */
export interface GetV3EbikeChargeTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单API: response body */
export interface GetV3EbikeChargeTransactionsOutTradeNoData extends GetV3EbikeChargeTransactionsIdDataFields {}

/** 通过用户标识查询用户状态API: options */
export interface GetV3EbikeChargeUsersContractOptions extends CallOptions {
 /** 用户标识 @example onqOjjmM1tad-3ROpncN-yUfa6ua */ openid: string;
 query: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
  /** 交易场景 @example CHARGE */ trade_scene: string;
 };
}
/** 通过用户标识查询用户状态API: response body */
export interface GetV3EbikeChargeUsersContractData extends GetV3EbikeChargeContractsDataFields {}

export interface GetV3EbikeChargeContractsDataFields {
 /** 服务商商户号 */ mchid: string;
 /** 用户标识 */ openid: string;
 /** 特约商户号 */ sub_mchid?: string;
 /** 充电授权扣费协议号 */ contract_id?: string;
 /** 协议状态 */ contract_state: string;
}

export interface GetV3EbikeChargeTransactionsIdDataFields {
 /** 商户号 */ mchid: string;
 /** 特约商户号 */ sub_mchid?: string;
 /** 服务商公众号ID */ appid: string;
 /** 特约商户公众号ID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id?: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: string;
 /** 银行类型 */ bank_type?: string;
 /** 成功时间 */ success_time?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_des?: string;
 /** 充电授权扣费协议号 */ contract_id: string;
 /** 支付者信息 */ payer?: {
  /** 用户在服务商的标识 */ openid?: string;
  /** 用户在特约商户的标识 */ sub_openid?: string;
 };
 /** 订单金额信息 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户实际支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
 };
 /** 设备信息 */ device_info: {
  /** 充电位设备号 */ device_id: string;
  /** 商户端设备ip */ device_ip: string;
 };
 /** 优惠信息 */ promotion_detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: string;
  /** 优惠类型 */ type?: string;
  /** 活动ID */ activity_id?: string;
  /** 优惠券面额 */ amount: number;
  /** 微信出资 */ wxpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
 }>;
}

export interface V3EbikeNode {
 charge: Open<V3EbikeChargeNode>;
 chain: ChainFrom<"v3/ebike">;
}

export interface V3EbikeChargeNode {
 contracts: Open<V3EbikeChargeContractsNode>;
 transactions: Open<V3EbikeChargeTransactionsNode>;
 users: Open<V3EbikeChargeUsersNode>;
 chain: ChainFrom<"v3/ebike/charge">;
}

export interface V3EbikeChargeContractsNode {
 $contract_id$: Open<V3EbikeChargeContracts_contract_id_Node>;
 _contract_id_: Open<V3EbikeChargeContracts_contract_id_Node>;
 preopen: Open<V3EbikeChargeContractsPreopenNode>;
 chain: ChainFrom<"v3/ebike/charge/contracts">;
}

export interface V3EbikeChargeContractsPreopenNode {
 /**
  * 预开通服务API `POST /v3/ebike/charge/contracts/preopen`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml
  * @deprecated
  */
 post: Verb<PostV3EbikeChargeContractsPreopenOptions, PostV3EbikeChargeContractsPreopenData>;
 chain: ChainFrom<"v3/ebike/charge/contracts/preopen">;
}

export interface V3EbikeChargeContracts_contract_id_Node {
 /**
  * 通过签约号查询用户状态API `GET /v3/ebike/charge/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_2.shtml
  * @deprecated
  */
 get: Verb<GetV3EbikeChargeContractsOptions, GetV3EbikeChargeContractsData>;
 confirm: Open<V3EbikeChargeContractsConfirmNode>;
 chain: ChainFrom<"v3/ebike/charge/contracts/{contract_id}">;
}

export interface V3EbikeChargeContractsConfirmNode {
 /**
  * 创建用户当次充电代扣凭证API `POST /v3/ebike/charge/contracts/{contract_id}/confirm`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml
  * @deprecated
  */
 post: Verb<PostV3EbikeChargeContractsConfirmOptions, PostV3EbikeChargeContractsConfirmData>;
 chain: ChainFrom<"v3/ebike/charge/contracts/{contract_id}/confirm">;
}

export interface V3EbikeChargeTransactionsNode {
 /**
  * 充电自行车代扣受理扣款API `POST /v3/ebike/charge/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml
  * @deprecated
  */
 post: Verb<PostV3EbikeChargeTransactionsOptions, PostV3EbikeChargeTransactionsData>;
 id: Open<V3EbikeChargeTransactionsIdNode>;
 outTradeNo: Open<V3EbikeChargeTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/ebike/charge/transactions">;
}

export interface V3EbikeChargeTransactionsIdNode {
 $transaction_id$: Open<V3EbikeChargeTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3EbikeChargeTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/ebike/charge/transactions/id">;
}

export interface V3EbikeChargeTransactionsId_transaction_id_Node {
 /**
  * 查询订单API `GET /v3/ebike/charge/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml
  * @deprecated
  */
 get: Verb<GetV3EbikeChargeTransactionsIdOptions, GetV3EbikeChargeTransactionsIdData>;
 chain: ChainFrom<"v3/ebike/charge/transactions/id/{transaction_id}">;
}

export interface V3EbikeChargeTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3EbikeChargeTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3EbikeChargeTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/ebike/charge/transactions/out-trade-no">;
}

export interface V3EbikeChargeTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单API `GET /v3/ebike/charge/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml
  * @deprecated
  */
 get: Verb<GetV3EbikeChargeTransactionsOutTradeNoOptions, GetV3EbikeChargeTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/ebike/charge/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3EbikeChargeUsersNode {
 $openid$: Open<V3EbikeChargeUsers_openid_Node>;
 _openid_: Open<V3EbikeChargeUsers_openid_Node>;
 chain: ChainFrom<"v3/ebike/charge/users">;
}

export interface V3EbikeChargeUsers_openid_Node {
 contract: Open<V3EbikeChargeUsersContractNode>;
 chain: ChainFrom<"v3/ebike/charge/users/{openid}">;
}

export interface V3EbikeChargeUsersContractNode {
 /**
  * 通过用户标识查询用户状态API `GET /v3/ebike/charge/users/{openid}/contract`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml
  * @deprecated
  */
 get: Verb<GetV3EbikeChargeUsersContractOptions, GetV3EbikeChargeUsersContractData>;
 chain: ChainFrom<"v3/ebike/charge/users/{openid}/contract">;
}
