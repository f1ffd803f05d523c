// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 预签约API: request body */
export interface PostV3EduschoolpayContractsPresignBody {
 /** 商户appid @example wx8888888888888888 */ appid: string;
 /** 商户appid下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 /** 签约模板号 @example 101164396123311331 */ plan_id: string;
 /** 用户账号 @example 20200330tony */ user_id: string;
 /** 学校编号 @example 18260256813396 */ school_id: string;
 /** 外部签约号 @example 20190806125346 */ out_contract_code: string;
 /** 签约模式 @example LIMIT_BANK_CARD */ contract_mode?: string;
 /** 允许降级为普通签约模式 */ downgrade_default_contract?: boolean;
 /** 实名信息 */ identity?: {
  /** 姓名 @example 6TqLAZvNZ4AXLNHLMbjA1yKq2k5krHM09m3tCuR */ real_name: string;
  /** 证件类型 @example IDENTITY_CARD */ credential_type: string;
  /** 身份证号 @example 6TqLAZvNZ4AXLNHLMbjA1yKq2k5krHM09m3tCuR */ id_card_number?: string;
 };
 /** 签约银行卡 */ bank_card?: {
  /** 签约银行卡号 @example 6TqLAZvNZ4AXLNHLMbjA1yKq2k5krHM09m3tCuR */ bank_card_no: string;
  /** 银行卡有效期 @example 08/21 */ valid_thru?: string;
  /** 银行卡开卡预留手机号 */ phone?: string;
  /** 银行类型 @example CMC */ bank_type?: string;
 };
}
/** 预签约API: options */
export interface PostV3EduschoolpayContractsPresignOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EduschoolpayContractsPresignBody;
}
/** 预签约API: response body */
export interface PostV3EduschoolpayContractsPresignData {
 /** 预签约码 */ presign_token: string;
}

/** 通过协议号查询签约API: options */
export interface GetV3EduschoolpayContractsOptions extends CallOptions {
 /** 签约协议号 @example 2045011120563805041758214605 */ contract_id: string;
}
/** 通过协议号查询签约API: response body */
export interface GetV3EduschoolpayContractsData extends EduschoolpayData {}

/** 商户主动解约API: options */
export interface PostV3EduschoolpayContractsTerminateOptions extends CallOptions {
 /** 签约协议号 @example 2045011120563805041758214605 */ contract_id: string;
}
/** 商户主动解约API: response body */
export type PostV3EduschoolpayContractsTerminateData = undefined;

/** 扣款API: request body */
export interface PostV3EduschoolpayTransactionsBody {
 /** 商户appid @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 子商户appid @example wx8888888888888888 */ sub_appid?: string;
 /** 商品描述 @example 中山大学-第二食堂-海鲜炒饭 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 /** 订单优惠标记 @example test */ goods_tag?: string;
 /** 商户接收通知地址 @example https://www.weixin.qq.com/wxpay/pay */ notify_url: string;
 /** 签约协议号 @example 2045011120563805041758214605 */ contract_id: string;
 /** 用户账号 @example 20200330tony */ user_id: string;
 /** 订单金额 */ amount: {
  /** 总金额 @example 888 */ total: number;
  /** 货币类型 @example CNY */ currency: string;
 };
 /** 场景信息 */ scene_info: {
  /** 消费时间 @example 2017-08-26T09:43:39+08:00 */ start_time: string;
  /** 学校编号 @example 18260256813396 */ school_id: string;
  /** 消费场景类型 @example CANTEEN */ scene_type: string;
 };
 /** 设备信息 */ device_info: {
  /** 设备号 @example 12343232 */ device_id?: string;
  /** 商户端设备ip @example 123.12.12.123 */ device_ip: string;
 };
 /** 分账结算信息 */ settle_info?: {
  /** 是否指定分账 */ profit_sharing?: boolean;
 };
 /** 扣款模式 @example SYNC */ payment_mode?: string;
}
/** 扣款API: options */
export interface PostV3EduschoolpayTransactionsOptions extends CallOptions {
 json: PostV3EduschoolpayTransactionsBody;
}
/** 扣款API: response body */
export interface PostV3EduschoolpayTransactionsData {
 /** 商户号 */ mchid: string;
 /** 商户AppID */ appid: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 商户数据 */ attach?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 支付者 */ payer?: {
  /** 商户AppID下的用户标识 */ openid?: string;
  /** 子商户AppID下的用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 用户支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
  /** 货币类型 */ currency?: string;
 };
 /** 设备信息 */ device_info: {
  /** 设备号 */ device_id?: string;
  /** 商户端设备IP */ device_ip: string;
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

/** 微信支付订单号查单API: options */
export interface GetV3EduschoolpayTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 25012014070332333018 */ transaction_id: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 微信支付订单号查单API: response body */
export interface GetV3EduschoolpayTransactionsIdData extends GetV3EduschoolpayTransactionsIdDataFields {}

/** 商户订单号查单API: options */
export interface GetV3EduschoolpayTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 201407033233368018 */ out_trade_no: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 商户订单号查单API: response body */
export interface GetV3EduschoolpayTransactionsOutTradeNoData extends GetV3EduschoolpayTransactionsIdDataFields {}

/** 查询用户签约列表API: options */
export interface GetV3EduschoolpayUsersContractsOptions extends CallOptions {
 /** 商户appid下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 query: {
  /** 签约模板号 @example 101164396123311331 */ plan_id: string;
  /** 签约状态 @example ADD */ contract_status: string;
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询用户签约列表API: response body */
export interface GetV3EduschoolpayUsersContractsData {
 /** 查询结果列表 */ data?: EduschoolpayData[];
 /** 请求资源起始位置 */ offset: number;
 /** 最大资源条数 */ limit: number;
 /** 资源总条数 */ total_count: number;
 /** 相关链接 */ links: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self: string;
 };
}

/** 商户查询用户欠款状态API: options */
export interface GetV3EduschoolpayUsersDebtStateOptions extends CallOptions {
 /** 商户appid下的用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
}
/** 商户查询用户欠款状态API: response body */
export interface GetV3EduschoolpayUsersDebtStateData {
 /** 商户appid */ appid: string;
 /** 商户appid下的用户标识 */ openid: string;
 /** 用户状态 */ state: string;
 /** 当前用户欠款笔数 */ debt_count: number;
 /** 用户欠款状态更新时间 */ update_time: string;
}

export interface EduschoolpayData {
 /** 签约协议号 */ contract_id: string;
 /** 商户号 */ mchid: string;
 /** 商户appid */ appid: string;
 /** 商户appid下的用户标识 */ openid: string;
 /** 签约模板号 */ plan_id: string;
 /** 签约状态 */ contract_status: string;
 /** 签约时间 */ create_time: string;
 /** 外部签约号 */ out_contract_code: string;
}

export interface GetV3EduschoolpayTransactionsIdDataFields {
 /** 商户号 */ mchid: string;
 /** 商户appid */ appid: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 子商户appid */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 商户数据 */ attach?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 支付者 */ payer: {
  /** 商户appid下的用户标识 */ openid: string;
  /** 子商户appid下的用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 用户支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
  /** 货币类型 */ currency: string;
 };
 /** 设备信息 */ device_info: {
  /** 设备号 */ device_id?: string;
  /** 商户端设备ip */ device_ip: string;
 };
 /** 优惠详情 */ promotion_detail?: Array<{
  /** 券ID */ coupon_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: string;
  /** 优惠类型 */ type?: string;
  /** 优惠券面额 */ amount?: number;
  /** 活动ID */ stock_id: string;
  /** 微信出资 */ wechatpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
 }>;
}

export interface V3EduschoolpayNode {
 contracts: Open<V3EduschoolpayContractsNode>;
 transactions: Open<V3EduschoolpayTransactionsNode>;
 users: Open<V3EduschoolpayUsersNode>;
 chain: ChainFrom<"v3/eduschoolpay">;
}

export interface V3EduschoolpayContractsNode {
 $contract_id$: Open<V3EduschoolpayContracts_contract_id_Node>;
 _contract_id_: Open<V3EduschoolpayContracts_contract_id_Node>;
 presign: Open<V3EduschoolpayContractsPresignNode>;
 chain: ChainFrom<"v3/eduschoolpay/contracts">;
}

export interface V3EduschoolpayContractsPresignNode {
 /**
  * 预签约API `POST /v3/eduschoolpay/contracts/presign`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_1.shtml
  */
 post: Verb<PostV3EduschoolpayContractsPresignOptions, PostV3EduschoolpayContractsPresignData>;
 chain: ChainFrom<"v3/eduschoolpay/contracts/presign">;
}

export interface V3EduschoolpayContracts_contract_id_Node {
 /**
  * 通过协议号查询签约API `GET /v3/eduschoolpay/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_2.shtml
  */
 get: Verb<GetV3EduschoolpayContractsOptions, GetV3EduschoolpayContractsData>;
 terminate: Open<V3EduschoolpayContractsTerminateNode>;
 chain: ChainFrom<"v3/eduschoolpay/contracts/{contract_id}">;
}

export interface V3EduschoolpayContractsTerminateNode {
 /**
  * 商户主动解约API `POST /v3/eduschoolpay/contracts/{contract_id}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_3.shtml
  */
 post: Verb<PostV3EduschoolpayContractsTerminateOptions, PostV3EduschoolpayContractsTerminateData>;
 chain: ChainFrom<"v3/eduschoolpay/contracts/{contract_id}/terminate">;
}

export interface V3EduschoolpayTransactionsNode {
 /**
  * 扣款API `POST /v3/eduschoolpay/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_1.shtml
  */
 post: Verb<PostV3EduschoolpayTransactionsOptions, PostV3EduschoolpayTransactionsData>;
 id: Open<V3EduschoolpayTransactionsIdNode>;
 outTradeNo: Open<V3EduschoolpayTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/eduschoolpay/transactions">;
}

export interface V3EduschoolpayTransactionsIdNode {
 $transaction_id$: Open<V3EduschoolpayTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3EduschoolpayTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/eduschoolpay/transactions/id">;
}

export interface V3EduschoolpayTransactionsId_transaction_id_Node {
 /**
  * 微信支付订单号查单API `GET /v3/eduschoolpay/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_2.shtml
  */
 get: Verb<GetV3EduschoolpayTransactionsIdOptions, GetV3EduschoolpayTransactionsIdData>;
 chain: ChainFrom<"v3/eduschoolpay/transactions/id/{transaction_id}">;
}

export interface V3EduschoolpayTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3EduschoolpayTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3EduschoolpayTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/eduschoolpay/transactions/out-trade-no">;
}

export interface V3EduschoolpayTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 商户订单号查单API `GET /v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_3.shtml
  */
 get: Verb<GetV3EduschoolpayTransactionsOutTradeNoOptions, GetV3EduschoolpayTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3EduschoolpayUsersNode {
 $openid$: Open<V3EduschoolpayUsers_openid_Node>;
 _openid_: Open<V3EduschoolpayUsers_openid_Node>;
 chain: ChainFrom<"v3/eduschoolpay/users">;
}

export interface V3EduschoolpayUsers_openid_Node {
 contracts: Open<V3EduschoolpayUsersContractsNode>;
 debtState: Open<V3EduschoolpayUsersDebtStateNode>;
 chain: ChainFrom<"v3/eduschoolpay/users/{openid}">;
}

export interface V3EduschoolpayUsersContractsNode {
 /**
  * 查询用户签约列表API `GET /v3/eduschoolpay/users/{openid}/contracts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_4.shtml
  */
 get: Verb<GetV3EduschoolpayUsersContractsOptions, GetV3EduschoolpayUsersContractsData>;
 chain: ChainFrom<"v3/eduschoolpay/users/{openid}/contracts">;
}

export interface V3EduschoolpayUsersDebtStateNode {
 /**
  * 商户查询用户欠款状态API `GET /v3/eduschoolpay/users/{openid}/debt-state`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_4.shtml
  */
 get: Verb<GetV3EduschoolpayUsersDebtStateOptions, GetV3EduschoolpayUsersDebtStateData>;
 chain: ChainFrom<"v3/eduschoolpay/users/{openid}/debt-state">;
}
