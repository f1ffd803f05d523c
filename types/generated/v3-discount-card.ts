// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 预受理领卡请求API: request body */
export interface PostV3DiscountCardCardsBody {
 /** 商户领卡号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_card_code: string;
 /** 卡模板ID @example 87789b2f25177433bcbf407e8e471f95 */ card_template_id: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 通知商户URL @example https://api.test.com */ notify_url: string;
}
/** 预受理领卡请求API: options */
export interface PostV3DiscountCardCardsOptions extends CallOptions {
 json: PostV3DiscountCardCardsBody;
}
/** 预受理领卡请求API: response body */
export interface PostV3DiscountCardCardsData {
 /** 预领卡请求token */ prepare_card_token: string;
}

/** 查询先享卡订单API: options */
export interface GetV3DiscountCardCardsOptions extends CallOptions {
 /** 商户领卡号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_card_code: string;
}
/** 查询先享卡订单API: response body */
export interface GetV3DiscountCardCardsData {
 /** 先享卡ID */ card_id: string;
 /** 先享卡模板ID */ card_template_id: string;
 /** 用户标识 */ openid: string;
 /** 商户领卡号 */ out_card_code: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 约定时间期限 */ time_range: {
  /** 约定开始时间 */ begin_time: string;
  /** 约定结束时间 */ end_time: string;
 };
 /** 状态 */ state: string;
 /** 未完成约定原因 */ unfinished_reason?: string;
 /** 享受优惠总金额 */ total_amount?: number;
 /** 用户退回优惠的付款信息 */ pay_information?: {
  /** 付款金额 */ pay_amount: number;
  /** 付款状态 */ pay_state: string;
  /** 微信支付订单号 */ transaction_id?: string;
  /** 支付时间 */ pay_time?: string;
 };
 /** 创卡时间 */ create_time: string;
 /** 目标列表 */ objectives?: Array<{
  /** 目标ID */ objective_id: string;
  /** 目标名称 */ name: string;
  /** 目标数量 */ count: number;
  /** 目标单位 */ unit: string;
  /** 目标描述 */ description?: string;
  /** 目标完成记录 */ objective_completion_records?: Array<{
   /** 目标完成流水号 */ objective_completion_serial_no: string;
   /** 目标ID */ objective_id: string;
   /** 目标完成时间 */ completion_time: string;
   /** 目标完成类型 */ completion_type: string;
   /** 目标完成描述 */ description: string;
   /** 目标完成数量 */ completion_count: number;
   /** 备注说明 */ remark?: string;
  }>;
 }>;
 /** 优惠列表 */ rewards?: Array<{
  /** 优惠ID */ reward_id: string;
  /** 优惠名称 */ name: string;
  /** 优惠数量类型 */ count_type: string;
  /** 优惠数量 */ count: number;
  /** 优惠单位 */ unit: string;
  /** 优惠金额 */ amount: number;
  /** 优惠描述 */ description?: string;
  /** 优惠使用记录列 */ reward_usage_records?: Array<{
   /** 优惠使用记录流水号 */ reward_usage_serial_no: string;
   /** 优惠ID */ reward_id: string;
   /** 优惠使用时间 */ usage_time: string;
   /** 优惠使用类型 */ usage_type: string;
   /** 优惠使用描述 */ description: string;
   /** 优惠使用数量 */ usage_count: number;
   /** 优惠金额 */ amount: number;
   /** 备注说明 */ remark?: string;
  }>;
 }>;
 /** 邀请者用户标识 */ sharer_openid?: string;
}

/** 增加用户记录API: request body */
export interface PostV3DiscountCardCardsAddUserRecordsBody {
 /** 卡模板ID @example 87789b2f25177433bcbf407e8e471f95 */ card_template_id: string;
 /** 目标完成记录 */ objective_completion_records?: Array<{
  /** 目标完成流水号 @example 578354545 */ objective_completion_serial_no: string;
  /** 目标ID @example 123456 */ objective_id: string;
  /** 目标完成时间 @example 2015-05-20T13:29:35.120+08:00 */ completion_time: string;
  /** 目标完成类型 @example INCREASE */ completion_type: string;
  /** 目标完成描述 @example 购买商品 */ description: string;
  /** 目标完成数量 @example 1 */ completion_count: number;
  /** 备注说明 @example 特价商品 */ remark?: string;
 }>;
 /** 优惠使用记录 */ reward_usage_records?: Array<{
  /** 优惠使用记录流水号 @example 578354 */ reward_usage_serial_no: string;
  /** 优惠ID @example 123456 */ reward_id: string;
  /** 优惠使用时间 @example 2015-05-20T13:29:35.120+08:00 */ usage_time: string;
  /** 优惠使用类型 @example INCREASE */ usage_type: string;
  /** 优惠使用描述 @example 购买商品 */ description: string;
  /** 数量 @example 1 */ usage_count: number;
  /** 金额 @example 100 */ amount: number;
  /** 备注说明 @example 特价商品 */ remark?: string;
 }>;
}
/** 增加用户记录API: options */
export interface PostV3DiscountCardCardsAddUserRecordsOptions extends CallOptions {
 /** 商户领卡号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_card_code: string;
 json: PostV3DiscountCardCardsAddUserRecordsBody;
}
/** 增加用户记录API: response body */
export type PostV3DiscountCardCardsAddUserRecordsData = undefined;

/** 通过先享卡订单号查询订单API: options */
export interface GetV3DiscountCardOrdersOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_trade_no: string;
}
/** 通过先享卡订单号查询订单API: response body */
export interface GetV3DiscountCardOrdersOutTradeNoData extends GetV3DiscountCardOrdersOutTradeNoDataFields {}

/** 通过先享卡订单号查询订单API: options */
export interface GetV3DiscountCardOrdersOptions extends CallOptions {
 /** 先享卡订单号 @example 233bcbf407e87789b8e471f251774f95 */ out_order_no: string;
}
/** 通过先享卡订单号查询订单API: response body */
export interface GetV3DiscountCardOrdersData extends GetV3DiscountCardOrdersOutTradeNoDataFields {}

/** 更新先享卡订单API: request body */
export interface PatchV3DiscountCardOrdersBody {
 /** 目标达成明细列表 */ objectives?: Array<{
  /** 目标流水号 @example 578354545 */ objective_serial_no: string;
  /** 先享卡目标ID @example 123456 */ objective_id: number;
  /** 履约描述 @example 购买商品 */ performance_description: string;
  /** 履约类型 @example INCREASE */ performance_type: "INCREASE" | "DECREASE";
  /** 目标数量 @example 1 */ count: number;
  /** 履约时间 @example 2015-05-20T13:29:35.120+08:00 */ performance_time: string;
  /** 备注说明 @example 特价商品 */ remark?: string;
 }>;
 /** 奖励明细列表 */ rewards?: Array<{
  /** 奖励流水号 @example 578354 */ reward_serial_no: string;
  /** 先享卡奖励ID @example 123456 */ reward_id: number;
  /** 奖励描述 @example 购买商品 */ description: string;
  /** 奖励类型 @example INCREASE */ reward_type: "INCREASE" | "DECREASE";
  /** 奖励数量 @example 1 */ count: number;
  /** 奖励金额 @example 100 */ amount: number;
  /** 奖励时间 @example 2015-05-20T13:29:35.120+08:00 */ reward_time: string;
  /** 备注说明 @example 特价商品 */ remark?: string;
 }>;
}
/** 更新先享卡订单API: options */
export interface PatchV3DiscountCardOrdersOptions extends CallOptions {
 /** 先享卡订单号 @example 233bcbf407e87789b8e471f251774f95 */ out_order_no: string;
 json: PatchV3DiscountCardOrdersBody;
}
/** 更新先享卡订单API: response body */
export interface PatchV3DiscountCardOrdersData {
 /** 先享卡订单号 */ out_order_no: string;
 /** 微信支付服务订单号 */ order_id: string;
}

export interface GetV3DiscountCardOrdersOutTradeNoDataFields {
 /** 先享卡订单号 */ out_order_no: string;
 /** 先享卡ID */ discount_card_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 公众账号ID */ appid: string;
 /** 服务ID */ service_id: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 微信支付交易单号 */ transaction_id?: string;
 /** 用户标识 */ openid: string;
 /** 先享卡开始时间 */ card_begin_time: string;
 /** 先享卡结束时间 */ card_end_time: string;
 /** 先享卡名称 */ card_name: string;
 /** 目标描述 */ objective_description: string;
 /** 奖励描述 */ reward_description: string;
 /** 预估奖励金额 */ estimated_reward_amount: number;
 /** 线上使用说明 */ online_instructions?: string;
 /** 线下使用说明 */ offline_instructions?: string;
 /** 订单状态 */ state: "CREATED" | "SETTLING" | "CHARGING" | "CHARGED" | "NO_CHARGE" | "REVOKED";
 /** 总金额 */ total_amount?: number;
 /** 扣除金额 */ deduction_amount?: number;
 /** 结算金额 */ settlement_amount?: number;
 /** 创建时间 */ create_time: string;
 /** 支付时间 */ pay_time?: string;
 /** 目标达成明细列表 */ objectives?: Array<{
  /** 目标流水号 */ objective_serial_no: string;
  /** 先享卡目标ID */ objective_id: number;
  /** 目标名称 */ name?: string;
  /** 目标单位 */ unit?: string;
  /** 履约描述 */ performance_description: string;
  /** 履约类型 */ performance_type: "INCREASE" | "DECREASE";
  /** 目标数量 */ count: number;
  /** 履约时间 */ performance_time: string;
  /** 备注说明 */ remark?: string;
 }>;
 /** 奖励明细列表 */ rewards?: Array<{
  /** 奖励流水号 */ reward_serial_no: string;
  /** 先享卡奖励ID */ reward_id: number;
  /** 奖励名称 */ name?: string;
  /** 奖励单位 */ unit?: string;
  /** 奖励描述 */ description: string;
  /** 奖励类型 */ reward_type: "INCREASE" | "DECREASE";
  /** 奖励数量 */ count: number;
  /** 奖励金额 */ amount: number;
  /** 奖励时间 */ reward_time: string;
  /** 备注说明 */ remark?: string;
 }>;
}

export interface V3DiscountCardNode {
 cards: Open<V3DiscountCardCardsNode>;
 orders: Open<V3DiscountCardOrdersNode>;
 chain: ChainFrom<"v3/discount-card">;
}

export interface V3DiscountCardCardsNode {
 /**
  * 预受理领卡请求API `POST /v3/discount-card/cards`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_1.shtml
  */
 post: Verb<PostV3DiscountCardCardsOptions, PostV3DiscountCardCardsData>;
 $out_card_code$: Open<V3DiscountCardCards_out_card_code_Node>;
 _out_card_code_: Open<V3DiscountCardCards_out_card_code_Node>;
 chain: ChainFrom<"v3/discount-card/cards">;
}

export interface V3DiscountCardCards_out_card_code_Node {
 /**
  * 查询先享卡订单API `GET /v3/discount-card/cards/{out_card_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_3.shtml
  */
 get: Verb<GetV3DiscountCardCardsOptions, GetV3DiscountCardCardsData>;
 addUserRecords: Open<V3DiscountCardCardsAddUserRecordsNode>;
 chain: ChainFrom<"v3/discount-card/cards/{out_card_code}">;
}

export interface V3DiscountCardCardsAddUserRecordsNode {
 /**
  * 增加用户记录API `POST /v3/discount-card/cards/{out_card_code}/add-user-records`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_2.shtml
  */
 post: Verb<PostV3DiscountCardCardsAddUserRecordsOptions, PostV3DiscountCardCardsAddUserRecordsData>;
 chain: ChainFrom<"v3/discount-card/cards/{out_card_code}/add-user-records">;
}

export interface V3DiscountCardOrdersNode {
 $out_order_no$: Open<V3DiscountCardOrders_out_order_no_Node>;
 _out_order_no_: Open<V3DiscountCardOrders_out_order_no_Node>;
 outTradeNo: Open<V3DiscountCardOrdersOutTradeNoNode>;
 chain: ChainFrom<"v3/discount-card/orders">;
}

export interface V3DiscountCardOrdersOutTradeNoNode {
 $out_trade_no$: Open<V3DiscountCardOrdersOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3DiscountCardOrdersOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/discount-card/orders/out-trade-no">;
}

export interface V3DiscountCardOrdersOutTradeNo_out_trade_no_Node {
 /**
  * 通过先享卡订单号查询订单API `GET /v3/discount-card/orders/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml
  * @deprecated
  */
 get: Verb<GetV3DiscountCardOrdersOutTradeNoOptions, GetV3DiscountCardOrdersOutTradeNoData>;
 chain: ChainFrom<"v3/discount-card/orders/out-trade-no/{out_trade_no}">;
}

export interface V3DiscountCardOrders_out_order_no_Node {
 /**
  * 通过先享卡订单号查询订单API `GET /v3/discount-card/orders/{out_order_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml
  * @deprecated
  */
 get: Verb<GetV3DiscountCardOrdersOptions, GetV3DiscountCardOrdersData>;
 /**
  * 更新先享卡订单API `PATCH /v3/discount-card/orders/{out_order_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml
  * @deprecated
  */
 patch: Verb<PatchV3DiscountCardOrdersOptions, PatchV3DiscountCardOrdersData>;
 chain: ChainFrom<"v3/discount-card/orders/{out_order_no}">;
}
