// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 通过商户ETC绑定号查询签约状态: options */
export interface GetV3VehicleEtcContractsOptions extends CallOptions {
 /** 商户etc绑定号 @example aAfixCs13LsdKPpfZfDkk2189ssXjfx */ contract_id: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 通过商户ETC绑定号查询签约状态: response body */
export interface GetV3VehicleEtcContractsData extends GetV3VehicleEtcContractsDataFields {}

/** 预开通用户ETC指定卡扣费API: request body */
export interface PostV3VehicleEtcPreopenBody {
 /** 服务商appid @example 10000098 */ sp_appid: string;
 /** 子商户appid @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 特约商户号 @example 1510770601 */ sub_mchid?: string;
 /** 用户标识 @example ot35_4gNgXsUuh2sQY0lT9N08AU0 */ openid: string;
 /** ETC授权扣费模板ID @example 97619 */ plan_id: string;
 /** ETC设备号 @example xxxxxxx */ etc_device_id?: string;
 /** 车牌号 @example 藏ZZZZZZ */ plate_number: string;
 /** 实名信息 */ identify: {
  /** 姓名 @example LOX6jBeRlK/TErW6DqEM8JFHX4iL3Rlj2vqaEqktvw1KVjgmQ== */ encrypted_real_name: string;
  /** 证件号码 @example t85SAX3GxVYqGQm2Q8cfeFd1dWy40j4s7XpIds8Glw83HG3vN9Q== */ encrypted_credential_id: string;
  /** 证件类型 @example ID_CARD */ credential_type: string;
 };
 /** 用户开通ETC时绑定的银行卡 @example K/TErW6DqEM8JFHX4iL3Rlj2vqaEqktvw1KVjgmQ== */ bank_card_no?: string;
}
/** 预开通用户ETC指定卡扣费API: options */
export interface PostV3VehicleEtcPreopenOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3VehicleEtcPreopenBody;
}
/** 预开通用户ETC指定卡扣费API: response body */
export interface PostV3VehicleEtcPreopenData {
 /** 预开通ID */ preopen_id: string;
}

/** 高速场景商户扣款API: request body */
export interface PostV3VehicleEtcTransactionsHighwayBody {
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 /** 商户appid @example wxd678efh567hg6787 */ appid: string;
 /** 特约商户appid @example wxd678efh567hg6999 */ sub_appid?: string;
 /** ETC扣费授权协议号 @example wxd678ef4Fwxd678ef4Fwxd678ef4F21 */ contract_id: string;
 /** 商品信息 @example 商品信息 */ description: string;
 /** 附加信息 @example 自定义数据 */ attach?: string;
 /** 营销信息 @example test */ goods_tag?: string;
 /** 高速场景信息 */ highway_info: {
  /** 车牌号 @example 粤B888888 */ plate_number: string;
  /** 入站时间 @example 2017-08-26T09:43:39+08:00 */ start_time: string;
  /** 出站时间 @example 2017-08-26T09:43:39+08:00 */ end_time: string;
  /** 通道类型 @example ETC */ channel_type: string;
  /** 车辆类型 @example CAR */ car_type?: string;
  /** 入口名称 @example 沿江深圳-大铲湾 */ entrance: string;
  /** 出口名称 @example 广珠东线-珠海站 */ exit?: string;
  /** 承载人数 @example 3 */ carrying_capacity?: number;
  /** 荷载范围 @example 6-12 */ carrying_range?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 @example 888 */ total?: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 设备信息 */ device_info?: {
  /** 商户端设备号 @example POS1:1 */ device_id?: string;
  /** 商户端设备IP @example 123.12.12.123 */ device_ip: string;
 };
}
/** 高速场景商户扣款API: options */
export interface PostV3VehicleEtcTransactionsHighwayOptions extends CallOptions {
 json: PostV3VehicleEtcTransactionsHighwayBody;
}
/** 高速场景商户扣款API: response body */
export interface PostV3VehicleEtcTransactionsHighwayData extends PostV3VehicleEtcTransactionsHighwayDataFields {}

/** 查询订单API: options */
export interface GetV3VehicleEtcTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 25012014070332333018 */ transaction_id: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单API: response body */
export interface GetV3VehicleEtcTransactionsIdData extends PostV3VehicleEtcTransactionsHighwayDataFields {}

/** 查询订单API: options */
export interface GetV3VehicleEtcTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 121775250124070332 */ out_trade_no: string;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单API: response body */
export interface GetV3VehicleEtcTransactionsOutTradeNoData extends PostV3VehicleEtcTransactionsHighwayDataFields {}

/** 查询ETC签约状态API: options */
export interface GetV3VehicleEtcUsersContractsOptions extends CallOptions {
 /** 用户标识 @example onqOjjmM1tad-3ROpncN-yUfa6ua */ openid: string;
 query: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
  /** ETC授权扣费模板ID @example 123 */ plan_id: string;
  /** 车牌号 @example 浙ASB945 */ plate_number: string;
 };
}
/** 查询ETC签约状态API: response body */
export interface GetV3VehicleEtcUsersContractsData extends GetV3VehicleEtcContractsDataFields {}

/** 创建停车入场API: request body */
export interface PostV3VehicleParkingParkingsBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户入场id @example 1231243 */ out_parking_no: string;
 /** 车牌号 @example 粤B888888 */ plate_number: string;
 /** 车牌颜色 @example BLUE */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
 /** 回调通知url @example https://yoursite.com/wxpay.html */ notify_url: string;
 /** 入场时间 @example 2017-08-26T10:43:39+08:00 */ start_time: string;
 /** 停车场名称 @example 欢乐海岸停车场 */ parking_name: string;
 /** 免费时长 @example 3600 */ free_duration: number;
}
/** 创建停车入场API: options */
export interface PostV3VehicleParkingParkingsOptions extends CallOptions {
 json: PostV3VehicleParkingParkingsBody;
}
/** 创建停车入场API: response body */
export interface PostV3VehicleParkingParkingsData {
 /** 停车入场id */ id: string;
 /** 商户入场id */ out_parking_no: string;
 /** 车牌号 */ plate_number: string;
 /** 车牌颜色 */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
 /** 入场时间 */ start_time: string;
 /** 停车场名称 */ parking_name: string;
 /** 免费时长 */ free_duration: number;
 /** 停车入场状态 */ state: "NORMAL" | "BLOCKED";
 /** 不可用状态描述 */ block_reason?: "PAUSE" | "OVERDUE" | "OUT_SERVICE" | "EVALUATION_FAILED";
}

/** 查询车牌服务开通信息API: options */
export interface GetV3VehicleParkingServicesFindOptions extends CallOptions {
 query: {
  /** 应用ID @example wxcbda96de0b165486 */ appid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 车牌号 @example 粤B888888 */ plate_number: string;
  /** 车牌颜色 @example BLUE */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
  /** 用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 };
}
/** 查询车牌服务开通信息API: response body */
export interface GetV3VehicleParkingServicesFindData {
 /** 车牌号 */ plate_number: string;
 /** 车牌颜色 */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
 /** 车牌服务开通时间 */ service_open_time?: string;
 /** 用户标识 */ openid: string;
 /** 车牌服务开通状态 */ service_state: "NORMAL" | "PAUSE" | "OUT_SERVICE";
}

/** 查询订单API: options */
export interface GetV3VehicleTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单API: response body */
export interface GetV3VehicleTransactionsOutTradeNoData {
 /** 应用ID */ appid: string;
 /** 子商户应用ID */ sub_appid: string;
 /** 商户号 */ sp_mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 服务描述 */ description: string;
 /** 订单创建时间 */ create_time: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_description?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 付款银行 */ bank_type?: string;
 /** 用户是否已还款 */ user_repaid?: string;
 /** 附加数据 */ attach?: string;
 /** 交易场景 */ trade_scene: string;
 /** 停车场景信息 */ parking_info?: ParkingInfo;
 /** 支付者信息 */ payer: {
  /** 用户在appid下的标识 */ openid: string;
  /** 用户在sub_appid下的标识 */ sub_openid?: string;
 };
 /** 订单金额信息 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency: string;
  /** 用户实际支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
 };
 /** 优惠信息 */ promotion_detail?: Array<{
  /** 券ID */ coupon_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: string;
  /** 优惠类型 */ type?: string;
  /** 活动ID */ stock_id?: string;
  /** 优惠券面额 */ amount: number;
  /** 微信出资 */ wechatpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
  /** 优惠币种 */ currency?: string;
 }>;
}

/** 扣费受理API: request body */
export interface PostV3VehicleTransactionsParkingBody {
 /** 应用ID @example wxcbda96de0b165486 */ appid: string;
 /** 子商户应用ID @example wxcbda96de0b165486 */ sub_appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 服务描述 @example 停车场扣费 */ description: string;
 /** 附加数据 @example 深圳分店 */ attach?: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 交易场景 @example PARKING */ trade_scene: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example https://yoursite.com/wxpay.html */ notify_url: string;
 /** 分账标识 @example Y */ profit_sharing?: "Y" | "N";
 /** 订单金额 */ amount: {
  /** 订单金额 @example 888 */ total: number;
  /** 货币类型 @example CNY */ currency?: "CNY";
 };
 /** 停车场景信息 */ parking_info?: {
  /** 停车入场id @example 5K8264ILTKCH16CQ250 */ parking_id: string;
  /** 车牌号 @example 粤B888888 */ plate_number: string;
  /** 车牌颜色 @example BLUE */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
  /** 入场时间 @example 2017-08-26T10:43:39+08:00 */ start_time: string;
  /** 出场时间 @example 2017-08-26T10:43:39+08:00 */ end_time: string;
  /** 停车场名称 @example 欢乐海岸停车场 */ parking_name: string;
  /** 计费时长 @example 3600 */ charging_duration: number;
  /** 停车场设备id @example 12313 */ device_id: string;
 };
}
/** 扣费受理API: options */
export interface PostV3VehicleTransactionsParkingOptions extends CallOptions {
 json: PostV3VehicleTransactionsParkingBody;
}
/** 扣费受理API: response body */
export interface PostV3VehicleTransactionsParkingData {
 /** 应用ID */ appid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 商户号 */ sp_mchid: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 服务描述 */ description: string;
 /** 订单创建时间 */ create_time: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "ACCEPTED" | "PAY_FAIL" | "REFUND";
 /** 交易状态描述 */ trade_state_description?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 付款银行 */ bank_type?: string;
 /** 用户是否已还款 */ user_repaid?: "Y" | "N";
 /** 附加数据 */ attach?: string;
 /** 交易场景 */ trade_scene: "PARKING";
 /** 停车场景信息 */ parking_info?: ParkingInfo;
 /** 支付者信息 */ payer: {
  /** 用户在appid下的标识 */ openid: string;
  /** 用户在sub_appid下的标识 */ sub_openid?: string;
 };
 /** 订单金额信息 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency: "CNY";
  /** 用户实际支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
 };
 /** 优惠信息 */ promotion_detail?: Array<{
  /** 券ID */ coupon_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: "SINGLE" | "GLOBAL";
  /** 优惠类型 */ type?: "CASH" | "NOCASH";
  /** 活动ID */ stock_id?: string;
  /** 优惠券面额 */ amount: number;
  /** 微信出资 */ wechatpay_contribute?: number;
  /** 商户出资 */ merchant_contribute?: number;
  /** 其他出资 */ other_contribute?: number;
  /** 优惠币种 */ currency?: "CNY";
 }>;
}

export interface GetV3VehicleEtcContractsDataFields {
 /** 发起签约的appid */ appid: string;
 /** 服务商商户号 */ sp_mchid: string;
 /** 用户在发起签约APP的标识 */ sp_openid: string;
 /** 子商户appid */ sub_appid?: string;
 /** 特约商户号 */ sub_mchid?: string;
 /** ETC扣费授权协议号 */ contract_id: string;
 /** ETC绑定状态 */ bind_state: string;
 /** 绑定的车牌号 */ plate_number: string;
 /** 用户在发起签约子APP的标识 */ sub_openid?: string;
}

export interface PostV3VehicleEtcTransactionsHighwayDataFields {
 /** 商户号 */ mchid: string;
 /** 特约商户号 */ sub_mchid?: string;
 /** 商户appid */ appid: string;
 /** 特约商户appid */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 支付者 */ payer?: {
  /** 用户在服务商APP的标识 */ sp_openid?: string;
  /** 用户在特约商户APP的标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户实际支付金额 */ payer_total?: number;
  /** 折扣 */ discount_total?: number;
 };
 /** 设备信息 */ device_info?: {
  /** 商户端设备号 */ device_id?: string;
  /** 商户端设备IP */ device_ip?: string;
 };
 /** 优惠详情 */ promotion_detail?: Array<{
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

export interface ParkingInfo {
 /** 停车入场id */ parking_id: string;
 /** 车牌号 */ plate_number: string;
 /** 车牌颜色 */ plate_color: "BLUE" | "GREEN" | "YELLOW" | "BLACK" | "WHITE" | "LIMEGREEN";
 /** 入场时间 */ start_time: string;
 /** 出场时间 */ end_time: string;
 /** 停车场名称 */ parking_name: string;
 /** 计费时长 */ charging_duration: number;
 /** 停车场设备id */ device_id: string;
}

export interface V3VehicleNode {
 etc: Open<V3VehicleEtcNode>;
 parking: Open<V3VehicleParkingNode>;
 transactions: Open<V3VehicleTransactionsNode>;
 chain: ChainFrom<"v3/vehicle">;
}

export interface V3VehicleEtcNode {
 contracts: Open<V3VehicleEtcContractsNode>;
 preopen: Open<V3VehicleEtcPreopenNode>;
 transactions: Open<V3VehicleEtcTransactionsNode>;
 users: Open<V3VehicleEtcUsersNode>;
 chain: ChainFrom<"v3/vehicle/etc">;
}

export interface V3VehicleEtcContractsNode {
 $contract_id$: Open<V3VehicleEtcContracts_contract_id_Node>;
 _contract_id_: Open<V3VehicleEtcContracts_contract_id_Node>;
 chain: ChainFrom<"v3/vehicle/etc/contracts">;
}

export interface V3VehicleEtcContracts_contract_id_Node {
 /**
  * 通过商户ETC绑定号查询签约状态 `GET /v3/vehicle/etc/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/etc-authorization/contracts/get-by.html
  */
 get: Verb<GetV3VehicleEtcContractsOptions, GetV3VehicleEtcContractsData>;
 chain: ChainFrom<"v3/vehicle/etc/contracts/{contract_id}">;
}

export interface V3VehicleEtcPreopenNode {
 /**
  * 预开通用户ETC指定卡扣费API `POST /v3/vehicle/etc/preopen`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_1.shtml
  */
 post: Verb<PostV3VehicleEtcPreopenOptions, PostV3VehicleEtcPreopenData>;
 chain: ChainFrom<"v3/vehicle/etc/preopen">;
}

export interface V3VehicleEtcTransactionsNode {
 highway: Open<V3VehicleEtcTransactionsHighwayNode>;
 id: Open<V3VehicleEtcTransactionsIdNode>;
 outTradeNo: Open<V3VehicleEtcTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/vehicle/etc/transactions">;
}

export interface V3VehicleEtcTransactionsHighwayNode {
 /**
  * 高速场景商户扣款API `POST /v3/vehicle/etc/transactions/highway`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_3.shtml
  */
 post: Verb<PostV3VehicleEtcTransactionsHighwayOptions, PostV3VehicleEtcTransactionsHighwayData>;
 chain: ChainFrom<"v3/vehicle/etc/transactions/highway">;
}

export interface V3VehicleEtcTransactionsIdNode {
 $transaction_id$: Open<V3VehicleEtcTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3VehicleEtcTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/vehicle/etc/transactions/id">;
}

export interface V3VehicleEtcTransactionsId_transaction_id_Node {
 /**
  * 查询订单API `GET /v3/vehicle/etc/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_8.shtml
  */
 get: Verb<GetV3VehicleEtcTransactionsIdOptions, GetV3VehicleEtcTransactionsIdData>;
 chain: ChainFrom<"v3/vehicle/etc/transactions/id/{transaction_id}">;
}

export interface V3VehicleEtcTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3VehicleEtcTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3VehicleEtcTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/vehicle/etc/transactions/out-trade-no">;
}

export interface V3VehicleEtcTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单API `GET /v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_8.shtml
  */
 get: Verb<GetV3VehicleEtcTransactionsOutTradeNoOptions, GetV3VehicleEtcTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3VehicleEtcUsersNode {
 $openid$: Open<V3VehicleEtcUsers_openid_Node>;
 _openid_: Open<V3VehicleEtcUsers_openid_Node>;
 chain: ChainFrom<"v3/vehicle/etc/users">;
}

export interface V3VehicleEtcUsers_openid_Node {
 contracts: Open<V3VehicleEtcUsersContractsNode>;
 chain: ChainFrom<"v3/vehicle/etc/users/{openid}">;
}

export interface V3VehicleEtcUsersContractsNode {
 /**
  * 查询ETC签约状态API `GET /v3/vehicle/etc/users/{openid}/contracts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_5.shtml
  */
 get: Verb<GetV3VehicleEtcUsersContractsOptions, GetV3VehicleEtcUsersContractsData>;
 chain: ChainFrom<"v3/vehicle/etc/users/{openid}/contracts">;
}

export interface V3VehicleParkingNode {
 parkings: Open<V3VehicleParkingParkingsNode>;
 services: Open<V3VehicleParkingServicesNode>;
 chain: ChainFrom<"v3/vehicle/parking">;
}

export interface V3VehicleParkingParkingsNode {
 /**
  * 创建停车入场API `POST /v3/vehicle/parking/parkings`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_2.shtml
  */
 post: Verb<PostV3VehicleParkingParkingsOptions, PostV3VehicleParkingParkingsData>;
 chain: ChainFrom<"v3/vehicle/parking/parkings">;
}

export interface V3VehicleParkingServicesNode {
 find: Open<V3VehicleParkingServicesFindNode>;
 chain: ChainFrom<"v3/vehicle/parking/services">;
}

export interface V3VehicleParkingServicesFindNode {
 /**
  * 查询车牌服务开通信息API `GET /v3/vehicle/parking/services/find`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_1.shtml
  */
 get: Verb<GetV3VehicleParkingServicesFindOptions, GetV3VehicleParkingServicesFindData>;
 chain: ChainFrom<"v3/vehicle/parking/services/find">;
}

export interface V3VehicleTransactionsNode {
 outTradeNo: Open<V3VehicleTransactionsOutTradeNoNode>;
 parking: Open<V3VehicleTransactionsParkingNode>;
 chain: ChainFrom<"v3/vehicle/transactions">;
}

export interface V3VehicleTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3VehicleTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3VehicleTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/vehicle/transactions/out-trade-no">;
}

export interface V3VehicleTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单API `GET /v3/vehicle/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_4.shtml
  */
 get: Verb<GetV3VehicleTransactionsOutTradeNoOptions, GetV3VehicleTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/vehicle/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3VehicleTransactionsParkingNode {
 /**
  * 扣费受理API `POST /v3/vehicle/transactions/parking`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012534352
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012534427
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_3.shtml
  */
 post: Verb<PostV3VehicleTransactionsParkingOptions, PostV3VehicleTransactionsParkingData>;
 chain: ChainFrom<"v3/vehicle/transactions/parking">;
}
