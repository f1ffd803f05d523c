// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 创建保险订单: request body */
export interface PostV3HirePowerBankInsuranceOrdersBody {
 /** 商户创建保险订单时的凭据号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_order_no?: string;
 /** 微信用户在商户对应appid下的唯一标识 @example 2323dfsdf342342 */ openid?: string;
 /** 用于接收保险订单状态变化通知 @example https://api.test.com */ notify_url?: string;
 /** 商户在支付分服务下对应的服务ID @example 实例值 */ service_id?: string;
}
/** 创建保险订单: options */
export interface PostV3HirePowerBankInsuranceOrdersOptions extends CallOptions {
 json: PostV3HirePowerBankInsuranceOrdersBody;
}
/** 创建保险订单: response body */
export interface PostV3HirePowerBankInsuranceOrdersData extends PostV3HirePowerBankInsuranceOrdersDataFields {}

/** 查询保险订单详情: options */
export interface GetV3HirePowerBankInsuranceOrdersOptions extends CallOptions {
 /** 商户创建保险订单时的凭据号 @example 6e8369071cd942c0476613f9d1ce9ca3 */ out_order_no: string;
}
/** 查询保险订单详情: response body */
export interface GetV3HirePowerBankInsuranceOrdersData extends PostV3HirePowerBankInsuranceOrdersDataFields {}

/** 查询用户保险订单领取资格: options */
export interface GetV3HirePowerBankUserQualificationsOptions extends CallOptions {
 /** 微信用户在商户对应appid下的唯一标识 @example 2323dfsdf342342 */ openid: string;
}
/** 查询用户保险订单领取资格: response body */
export interface GetV3HirePowerBankUserQualificationsData {
 /** 用户是否具有保险订单领取资格 */ qualified_user?: boolean;
}

export interface PostV3HirePowerBankInsuranceOrdersDataFields {
 /** 租借充电宝隔夜归还保险订单号 */ order_id?: string;
 /** 商户创建保险订单时的凭据号 */ out_order_no?: string;
 /** 微信用户在商户对应appid下的唯一标识 */ openid?: string;
 /** 一笔保险订单对应的最大理赔次数 */ max_claim_count?: number;
 /** 一笔保险订单对应的已理赔次数 */ claimed_count?: number;
 /** 保险订单领取时间 */ order_receive_time?: string;
 /** 保险订单开始时间 */ order_begin_time?: string;
 /** 保险订单结束时间 */ order_end_time?: string;
 /** 保险订单领取状态 */ order_receive_state?: string;
}

export interface V3HirePowerBankNode {
 insuranceOrders: Open<V3HirePowerBankInsuranceOrdersNode>;
 userQualifications: Open<V3HirePowerBankUserQualificationsNode>;
 chain: ChainFrom<"v3/hire-power-bank">;
}

export interface V3HirePowerBankInsuranceOrdersNode {
 /**
  * 创建保险订单 `POST /v3/hire-power-bank/insurance-orders`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html
  */
 post: Verb<PostV3HirePowerBankInsuranceOrdersOptions, PostV3HirePowerBankInsuranceOrdersData>;
 $out_order_no$: Open<V3HirePowerBankInsuranceOrders_out_order_no_Node>;
 _out_order_no_: Open<V3HirePowerBankInsuranceOrders_out_order_no_Node>;
 chain: ChainFrom<"v3/hire-power-bank/insurance-orders">;
}

export interface V3HirePowerBankInsuranceOrders_out_order_no_Node {
 /**
  * 查询保险订单详情 `GET /v3/hire-power-bank/insurance-orders/{out_order_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html
  */
 get: Verb<GetV3HirePowerBankInsuranceOrdersOptions, GetV3HirePowerBankInsuranceOrdersData>;
 chain: ChainFrom<"v3/hire-power-bank/insurance-orders/{out_order_no}">;
}

export interface V3HirePowerBankUserQualificationsNode {
 $openid$: Open<V3HirePowerBankUserQualifications_openid_Node>;
 _openid_: Open<V3HirePowerBankUserQualifications_openid_Node>;
 chain: ChainFrom<"v3/hire-power-bank/user-qualifications">;
}

export interface V3HirePowerBankUserQualifications_openid_Node {
 /**
  * 查询用户保险订单领取资格 `GET /v3/hire-power-bank/user-qualifications/{openid}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html
  */
 get: Verb<GetV3HirePowerBankUserQualificationsOptions, GetV3HirePowerBankUserQualificationsData>;
 chain: ChainFrom<"v3/hire-power-bank/user-qualifications/{openid}">;
}
