// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 通过协议号查询签约API: options */
export interface GetV3EduPapayContractsIdOptions extends CallOptions {
 /** 签约协议号 @example wx998877665544wx */ contract_id: string;
 query: {
  /** 服务商APPID @example wx8888888888888888 */ appid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 };
}
/** 通过协议号查询签约API: response body */
export interface GetV3EduPapayContractsIdData extends EduPapayData {}

/** 预签约API: request body */
export interface PostV3EduPapayContractsPresignBody {
 /** 服务商APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 服务商APPID下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 /** 子商户APPID下的用户标识 @example oUpF8uMuAJOM2pxb2W */ sub_openid?: string;
 /** 签约模板号 @example 101164396123311331 */ plan_id: string;
 /** 用户账号 @example 20200330tony */ user_id: string;
 /** 首次扣款日期 @example 2020-03-19 */ period_start_date: string;
 /** 场景信息枚举 @example EDUCATION_PERIOD */ trade_scene: string;
}
/** 预签约API: options */
export interface PostV3EduPapayContractsPresignOptions extends CallOptions {
 json: PostV3EduPapayContractsPresignBody;
}
/** 预签约API: response body */
export interface PostV3EduPapayContractsPresignData {
 /** 预签约号 */ presign_token: string;
}

/** 解约API: options */
export interface DeleteV3EduPapayContractsOptions extends CallOptions {
 /** 签约协议号 @example wx998877665544wx */ contract_id: string;
}
/** 解约API: response body */
export type DeleteV3EduPapayContractsData = undefined;

/** 教育通扣款受理API: request body */
export interface PostV3EduPapayTransactionsBody {
 /** 服务商APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 商品或支付单简要描述 @example 新东方-语文课程 */ body: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 /** 商品标记 @example test */ goods_tag?: string;
 /** 支付回调通知地址 @example https://www.weixin.qq.com/wxpay/pay */ notify_url: string;
 /** 签约协议号 @example wx998877665544wx */ contract_id: string;
 /** 场景信息枚举 @example EDUCATION_PERIOD */ trade_scene: string;
 /** 订单金额 */ amount: {
  /** 总金额 @example 888 */ total: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 设备信息 */ device_information: {
  /** 设备号 @example 12343232 */ device_id?: string;
  /** 商户端设备ip @example 123.12.12.123 */ device_ip: string;
 };
}
/** 教育通扣款受理API: options */
export interface PostV3EduPapayTransactionsOptions extends CallOptions {
 json: PostV3EduPapayTransactionsBody;
}
/** 教育通扣款受理API: response body */
export type PostV3EduPapayTransactionsData = undefined;

/** 微信订单号查单API: options */
export interface GetV3EduPapayTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 25012014070332333018 */ transaction_id: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 微信订单号查单API: response body */
export interface GetV3EduPapayTransactionsIdData extends GetV3EduPapayTransactionsIdDataFields {}

/** 商户订单号查单API: options */
export interface GetV3EduPapayTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 201407033233368018 */ out_trade_no: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 商户订单号查单API: response body */
export interface GetV3EduPapayTransactionsOutTradeNoData extends GetV3EduPapayTransactionsIdDataFields {}

/** 发送扣款预通知API: request body */
export interface PostV3EduPapayUserNotificationsSendBody {
 /** 服务商APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
}
/** 发送扣款预通知API: options */
export interface PostV3EduPapayUserNotificationsSendOptions extends CallOptions {
 /** 签约协议号 @example wx8888888888888888 */ contract_id: string;
 json: PostV3EduPapayUserNotificationsSendBody;
}
/** 发送扣款预通知API: response body */
export type PostV3EduPapayUserNotificationsSendData = undefined;

/** 通过用户标识查询签约API: options */
export interface GetV3EduPapayUserContractsOptions extends CallOptions {
 /** 服务商APPID下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 query: {
  /** 服务商APPID @example wx8888888888888888 */ appid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
  /** 子商户APPID下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ sub_openid?: string;
  /** 签约模板号 @example 101164396123311331 */ plan_id: string;
  /** 签约状态 @example ADD */ contract_status?: "ADD" | "DELETE";
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 通过用户标识查询签约API: response body */
export interface GetV3EduPapayUserContractsData {
 /** 结果集 */ data?: EduPapayData[];
 /** 总数量 */ total_count?: number;
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
}

export interface EduPapayData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 服务商APPID */ appid: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 服务商APPID下的用户标识 */ openid?: string;
 /** 子商户APPID下的用户标识 */ sub_openid?: string;
 /** 签约模板号 */ plan_id?: string;
 /** 签约信息 */ contract_information?: {
  /** 签约协议号 */ contract_id?: string;
  /** 签约状态 */ contract_status?: string;
  /** 签约时间 */ create_time?: string;
 };
}

export interface GetV3EduPapayTransactionsIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 服务商APPID */ appid: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 商户数据 */ attach?: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_description?: string;
 /** 支付者 */ payer?: {
  /** 服务商APPID下的用户标识 */ openid?: string;
  /** 子商户APPID下的用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 用户支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
  /** 货币类型 */ currency?: string;
 };
 /** 设备信息 */ device_information: {
  /** 设备号 */ device_id?: string;
  /** 商户端设备ip */ device_ip: string;
 };
 /** 优惠详情 */ promotion_detail?: Array<{
  /** 券ID */ coupon_id?: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: string;
  /** 优惠类型 */ type?: string;
  /** 优惠券面额 */ amount?: number;
  /** 活动ID */ stock_id?: string;
  /** 微信出资 */ wechatpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
 }>;
}

export interface V3EduPapayNode {
 contracts: Open<V3EduPapayContractsNode>;
 transactions: Open<V3EduPapayTransactionsNode>;
 user: Open<V3EduPapayUserNode>;
 userNotifications: Open<V3EduPapayUserNotificationsNode>;
 chain: ChainFrom<"v3/edu-papay">;
}

export interface V3EduPapayContractsNode {
 $contract_id$: Open<V3EduPapayContracts_contract_id_Node>;
 _contract_id_: Open<V3EduPapayContracts_contract_id_Node>;
 id: Open<V3EduPapayContractsIdNode>;
 presign: Open<V3EduPapayContractsPresignNode>;
 chain: ChainFrom<"v3/edu-papay/contracts">;
}

export interface V3EduPapayContractsIdNode {
 $contract_id$: Open<V3EduPapayContractsId_contract_id_Node>;
 _contract_id_: Open<V3EduPapayContractsId_contract_id_Node>;
 chain: ChainFrom<"v3/edu-papay/contracts/id">;
}

export interface V3EduPapayContractsId_contract_id_Node {
 /**
  * 通过协议号查询签约API `GET /v3/edu-papay/contracts/id/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_2.shtml
  */
 get: Verb<GetV3EduPapayContractsIdOptions, GetV3EduPapayContractsIdData>;
 chain: ChainFrom<"v3/edu-papay/contracts/id/{contract_id}">;
}

export interface V3EduPapayContractsPresignNode {
 /**
  * 预签约API `POST /v3/edu-papay/contracts/presign`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_1.shtml
  */
 post: Verb<PostV3EduPapayContractsPresignOptions, PostV3EduPapayContractsPresignData>;
 chain: ChainFrom<"v3/edu-papay/contracts/presign">;
}

export interface V3EduPapayContracts_contract_id_Node {
 /**
  * 解约API `DELETE /v3/edu-papay/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_4.shtml
  */
 delete: Verb<DeleteV3EduPapayContractsOptions, DeleteV3EduPapayContractsData>;
 chain: ChainFrom<"v3/edu-papay/contracts/{contract_id}">;
}

export interface V3EduPapayTransactionsNode {
 /**
  * 教育通扣款受理API `POST /v3/edu-papay/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_7.shtml
  */
 post: Verb<PostV3EduPapayTransactionsOptions, PostV3EduPapayTransactionsData>;
 id: Open<V3EduPapayTransactionsIdNode>;
 outTradeNo: Open<V3EduPapayTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/edu-papay/transactions">;
}

export interface V3EduPapayTransactionsIdNode {
 $transaction_id$: Open<V3EduPapayTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3EduPapayTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/edu-papay/transactions/id">;
}

export interface V3EduPapayTransactionsId_transaction_id_Node {
 /**
  * 微信订单号查单API `GET /v3/edu-papay/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_8.shtml
  */
 get: Verb<GetV3EduPapayTransactionsIdOptions, GetV3EduPapayTransactionsIdData>;
 chain: ChainFrom<"v3/edu-papay/transactions/id/{transaction_id}">;
}

export interface V3EduPapayTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3EduPapayTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3EduPapayTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/edu-papay/transactions/out-trade-no">;
}

export interface V3EduPapayTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 商户订单号查单API `GET /v3/edu-papay/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_9.shtml
  */
 get: Verb<GetV3EduPapayTransactionsOutTradeNoOptions, GetV3EduPapayTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/edu-papay/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3EduPapayUserNode {
 $openid$: Open<V3EduPapayUser_openid_Node>;
 _openid_: Open<V3EduPapayUser_openid_Node>;
 chain: ChainFrom<"v3/edu-papay/user">;
}

export interface V3EduPapayUserNotificationsNode {
 $contract_id$: Open<V3EduPapayUserNotifications_contract_id_Node>;
 _contract_id_: Open<V3EduPapayUserNotifications_contract_id_Node>;
 chain: ChainFrom<"v3/edu-papay/user-notifications">;
}

export interface V3EduPapayUserNotifications_contract_id_Node {
 send: Open<V3EduPapayUserNotificationsSendNode>;
 chain: ChainFrom<"v3/edu-papay/user-notifications/{contract_id}">;
}

export interface V3EduPapayUserNotificationsSendNode {
 /**
  * 发送扣款预通知API `POST /v3/edu-papay/user-notifications/{contract_id}/send`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_6.shtml
  */
 post: Verb<PostV3EduPapayUserNotificationsSendOptions, PostV3EduPapayUserNotificationsSendData>;
 chain: ChainFrom<"v3/edu-papay/user-notifications/{contract_id}/send">;
}

export interface V3EduPapayUser_openid_Node {
 contracts: Open<V3EduPapayUserContractsNode>;
 chain: ChainFrom<"v3/edu-papay/user/{openid}">;
}

export interface V3EduPapayUserContractsNode {
 /**
  * 通过用户标识查询签约API `GET /v3/edu-papay/user/{openid}/contracts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_3.shtml
  */
 get: Verb<GetV3EduPapayUserContractsOptions, GetV3EduPapayUserContractsData>;
 chain: ChainFrom<"v3/edu-papay/user/{openid}/contracts">;
}
