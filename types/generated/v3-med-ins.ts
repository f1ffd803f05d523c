// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 医保自费混合收款下单: request body */
export interface PostV3MedInsOrdersBody {
 /** 混合支付类型 @example CASH_AND_INSURANCE */ mix_pay_type: "UNKNOWN_MIX_PAY_TYPE" | "CASH_ONLY" | "INSURANCE_ONLY" | "CASH_AND_INSURANCE";
 /** 订单类型 @example REG_PAY */ order_type: "UNKNOWN_ORDER_TYPE" | "REG_PAY" | "DIAG_PAY" | "COVID_EXAM_PAY" | "IN_HOSP_PAY" | "PHARMACY_PAY" | "INSURANCE_PAY" | "INT_REG_PAY" | "INT_RE_DIAG_PAY" | "INT_RX_PAY" | "COVID_ANTIGEN_PAY" | "MED_PAY";
 /** 从业机构的公众号ID @example wx8888888888888888 */ appid: string;
 /** 医疗机构的公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 医疗机构的商户号 @example 1900000109 */ sub_mchid?: string;
 /** 用户在appid下的唯一标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户在医疗机构AppID下的唯一标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 支付人身份信息 */ payer: MedInsPayer;
 /** 是否代亲属支付 */ pay_for_relatives?: boolean;
 /** 亲属身份信息 */ relative?: MedInsPayer;
 /** 从业机构订单号 @example 202204022005169952975171534816 */ out_trade_no: string;
 /** 医疗机构订单号 @example 1217752501201 */ serial_no: string;
 /** 医保局返回的支付单ID @example ORD530100202204022006350000021 */ pay_order_id?: string;
 /** 医保局返回的支付授权码 @example AUTH530100202204022006310000034 */ pay_auth_no?: string;
 /** 用户定位信息 @example 102.682296,25.054260 */ geo_location?: string;
 /** 城市ID @example 530100 */ city_id: string;
 /** 医疗机构名称 @example 北大医院 */ med_inst_name: string;
 /** 医疗机构编码 @example 1217752501201407033233368318 */ med_inst_no: string;
 /** 医保下单时间 @example 2018-06-08T10:34:56+08:00 */ med_ins_order_create_time?: string;
 /** 使用该接口下单的总金额 @example 202000 */ total_fee: number;
 /** 医保局结算后 @example 100000 */ med_ins_gov_fee?: number;
 /** 医保局结算后 @example 45000 */ med_ins_self_fee?: number;
 /** 医保局结算后 @example 5000 */ med_ins_other_fee?: number;
 /** 医保局结算后 @example 50000 */ med_ins_cash_fee?: number;
 /** 实际需要用户微信支付的金额 @example 42000 */ wechat_pay_cash_fee?: number;
 /** 现金补充列表 */ cash_add_detail?: Array<{
  /** 现金补充金额 @example 2000 */ cash_add_fee: number;
  /** 现金补充类型 @example FREIGHT */ cash_add_type: "DEFAULT_ADD_TYPE" | "FREIGHT" | "OTHER_MEDICAL_EXPENSES";
 }>;
 /** 现金减免列表 */ cash_reduce_detail?: Array<{
  /** 现金减免金额 @example 10000 */ cash_reduce_fee: number;
  /** 现金减免类型 @example DEFAULT_REDUCE_TYPE */ cash_reduce_type: "DEFAULT_REDUCE_TYPE" | "HOSPITAL_REDUCE" | "PHARMACY_DISCOUNT" | "DISCOUNT" | "PRE_PAYMENT" | "DEPOSIT_DEDUCTION";
 }>;
 /** 回调通知URL @example https://www.weixin.qq.com/wxpay/pay.php */ callback_url: string;
 /** 自费预下单ID @example wx201410272009395522657a690389285100 */ prepay_id?: string;
 /** 医疗机构透传给医保的数据 @example {} */ passthrough_request_content?: string;
 /** 扩展字段 @example {} */ extends?: string;
 /** 附加数据 @example {} */ attach?: string;
 /** 渠道号 @example AAGN9uhZc5EGyRdairKW7Qnu */ channel_no?: string;
 /** 是否到医保局测试环境下单 */ med_ins_test_env?: boolean;
}
/** 医保自费混合收款下单: options */
export interface PostV3MedInsOrdersOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MedInsOrdersBody;
}
/** 医保自费混合收款下单: response body */
export interface PostV3MedInsOrdersData extends PostV3MedInsOrdersDataFields {}

/** 使用医保自费混合订单号查看下单结果: options */
export interface GetV3MedInsOrdersMixTradeNoOptions extends CallOptions {
 /** 医保自费混合订单号 @example 1217752501201407033233368318 */ mix_trade_no: string;
 query?: {
  /** 医疗机构的商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 使用医保自费混合订单号查看下单结果: response body */
export interface GetV3MedInsOrdersMixTradeNoData extends PostV3MedInsOrdersDataFields {}

/** 使用商户订单号查看下单结果: options */
export interface GetV3MedInsOrdersOutTradeNoOptions extends CallOptions {
 /** 医保自费混合订单号 @example 1217752501201407033233368318 */ out_trade_no: string;
 query?: {
  /** 医疗机构的商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 使用商户订单号查看下单结果: response body */
export interface GetV3MedInsOrdersOutTradeNoData extends PostV3MedInsOrdersDataFields {}

/** 医保退款通知: request body */
export interface PostV3MedInsRefundsNotifyBody {
 /** 医疗机构的商户号 @example 1900000109 */ sub_mchid: string;
 /** 医保退款的总金额 @example 45000 */ med_refund_total_fee: number;
 /** 医保统筹退款金额 @example 45000 */ med_refund__gov_fee: number;
 /** 医保个账退款金额 @example 45000 */ med_refund__self_fee: number;
 /** 医保其他退款金额 @example 45000 */ med_refund__other_fee: number;
 /** 医保退款成功时间 @example 2018-06-08T10:34:56+08:00 */ refund_time: string;
 /** 从业机构退款单号 @example R202204022005169952975171534816 */ out_refund_no: string;
}
/** 医保退款通知: options */
export interface PostV3MedInsRefundsNotifyOptions extends CallOptions {
 query: {
  /** 医保自费混合订单号 @example 1217752501201407033233368318 */ mix_trade_no: string;
 };
 json: PostV3MedInsRefundsNotifyBody;
}
/** 医保退款通知: response body */
export type PostV3MedInsRefundsNotifyData = undefined;

export interface MedInsPayer {
 /** 真实姓名 */ name: string;
 /** 个人身份ID摘要 */ id_digest: string;
 /** 证件类型 @example ID_CARD */ card_type: "UNKNOWN_USER_CARD_TYPE" | "ID_CARD" | "HOUSEHOLD_REGISTRATION" | "FOREIGNER_PASSPORT" | "MAINLAND_TRAVEL_PERMIT_FOR_TW" | "MAINLAND_TRAVEL_PERMIT_FOR_MO" | "MAINLAND_TRAVEL_PERMIT_FOR_HK" | "FOREIGN_PERMANENT_RESIDENT";
}

export interface PostV3MedInsOrdersDataFields {
 /** 医保自费混合订单号 */ mix_trade_no: string;
 /** 医保自费混合订单支付状态 */ mix_pay_status: "UNKNOWN_MIX_PAY_STATUS" | "MIX_PAY_CREATED" | "MIX_PAY_SUCCESS" | "MIX_PAY_REFUND" | "MIX_PAY_FAIL";
 /** 混合订单中自费部分的支付状态 */ self_pay_status: "UNKNOWN_SELF_PAY_STATUS" | "SELF_PAY_CREATED" | "SELF_PAY_SUCCESS" | "SELF_PAY_REFUND" | "SELF_PAY_FAIL" | "NO_SELF_PAY";
 /** 混合订单中自费部分的支付状态 */ med_ins_pay_status: "UNKNOWN_MED_INS_PAY_STATUS" | "MED_INS_PAY_CREATED" | "MED_INS_PAY_SUCCESS" | "MED_INS_PAY_REFUND" | "MED_INS_PAY_FAIL" | "NO_MED_INS_PAY";
 /** 订单支付时间 */ paid_time?: string;
 /** 支付完成后医保局返回内容 */ passthrough_response_content?: string;
 /** 混合支付类型 */ mix_pay_type: "UNKNOWN_MIX_PAY_TYPE" | "CASH_ONLY" | "INSURANCE_ONLY" | "CASH_AND_INSURANCE";
 /** 订单类型 */ order_type: "UNKNOWN_ORDER_TYPE" | "REG_PAY" | "DIAG_PAY" | "COVID_EXAM_PAY" | "IN_HOSP_PAY" | "PHARMACY_PAY" | "INSURANCE_PAY" | "INT_REG_PAY" | "INT_RE_DIAG_PAY" | "INT_RX_PAY" | "COVID_ANTIGEN_PAY" | "MED_PAY";
 /** 从业机构的公众号ID */ appid: string;
 /** 医疗机构的公众号ID */ sub_appid?: string;
 /** 医疗机构的商户号 */ sub_mchid?: string;
 /** 用户在appid下的唯一标识 */ openid?: string;
 /** 用户在医疗机构AppID下的唯一标识 */ sub_openid?: string;
 /** 是否代亲属支付 */ pay_for_relatives?: boolean;
 /** 从业机构订单号 */ out_trade_no: string;
 /** 医疗机构订单号 */ serial_no: string;
 /** 医保局返回的支付单ID */ pay_order_id?: string;
 /** 医保局返回的支付授权码 */ pay_auth_no?: string;
 /** 用户定位信息 */ geo_location?: string;
 /** 城市ID */ city_id: string;
 /** 医疗机构名称 */ med_inst_name: string;
 /** 医疗机构编码 */ med_inst_no: string;
 /** 医保下单时间 */ med_ins_order_create_time?: string;
 /** 使用该接口下单的总金额 */ total_fee: number;
 /** 医保局结算后 */ med_ins_gov_fee?: number;
 /** 医保局结算后 */ med_ins_self_fee?: number;
 /** 医保局结算后 */ med_ins_other_fee?: number;
 /** 医保局结算后 */ med_ins_cash_fee?: number;
 /** 实际需要用户微信支付的金额 */ wechat_pay_cash_fee?: number;
 /** 现金补充列表 */ cash_add_detail?: Array<{
  /** 现金补充金额 */ cash_add_fee: number;
  /** 现金补充类型 */ cash_add_type: "DEFAULT_ADD_TYPE" | "FREIGHT" | "OTHER_MEDICAL_EXPENSES";
 }>;
 /** 现金减免列表 */ cash_reduce_detail?: Array<{
  /** 现金减免金额 */ cash_reduce_fee: number;
  /** 现金减免类型 */ cash_reduce_type: "DEFAULT_REDUCE_TYPE" | "HOSPITAL_REDUCE" | "PHARMACY_DISCOUNT" | "DISCOUNT" | "PRE_PAYMENT" | "DEPOSIT_DEDUCTION";
 }>;
 /** 回调通知URL */ callback_url: string;
 /** 自费预下单ID */ prepay_id?: string;
 /** 医疗机构透传给医保的数据 */ passthrough_request_content?: string;
 /** 扩展字段 */ extends?: string;
 /** 附加数据 */ attach?: string;
 /** 渠道号 */ channel_no?: string;
 /** 是否到医保局测试环境下单 */ med_ins_test_env?: boolean;
 /** 医保支付失败原因 */ med_ins_fail_reason?: string;
}

export interface V3MedInsNode {
 orders: Open<V3MedInsOrdersNode>;
 refunds: Open<V3MedInsRefundsNode>;
 chain: ChainFrom<"v3/med-ins">;
}

export interface V3MedInsOrdersNode {
 /** 医保自费混合收款下单 `POST /v3/med-ins/orders` */
 post: Verb<PostV3MedInsOrdersOptions, PostV3MedInsOrdersData>;
 mixTradeNo: Open<V3MedInsOrdersMixTradeNoNode>;
 outTradeNo: Open<V3MedInsOrdersOutTradeNoNode>;
 chain: ChainFrom<"v3/med-ins/orders">;
}

export interface V3MedInsOrdersMixTradeNoNode {
 $mix_trade_no$: Open<V3MedInsOrdersMixTradeNo_mix_trade_no_Node>;
 _mix_trade_no_: Open<V3MedInsOrdersMixTradeNo_mix_trade_no_Node>;
 chain: ChainFrom<"v3/med-ins/orders/mix-trade-no">;
}

export interface V3MedInsOrdersMixTradeNo_mix_trade_no_Node {
 /** 使用医保自费混合订单号查看下单结果 `GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}` */
 get: Verb<GetV3MedInsOrdersMixTradeNoOptions, GetV3MedInsOrdersMixTradeNoData>;
 chain: ChainFrom<"v3/med-ins/orders/mix-trade-no/{mix_trade_no}">;
}

export interface V3MedInsOrdersOutTradeNoNode {
 $out_trade_no$: Open<V3MedInsOrdersOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3MedInsOrdersOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/med-ins/orders/out-trade-no">;
}

export interface V3MedInsOrdersOutTradeNo_out_trade_no_Node {
 /** 使用商户订单号查看下单结果 `GET /v3/med-ins/orders/out-trade-no/{out_trade_no}` */
 get: Verb<GetV3MedInsOrdersOutTradeNoOptions, GetV3MedInsOrdersOutTradeNoData>;
 chain: ChainFrom<"v3/med-ins/orders/out-trade-no/{out_trade_no}">;
}

export interface V3MedInsRefundsNode {
 notify: Open<V3MedInsRefundsNotifyNode>;
 chain: ChainFrom<"v3/med-ins/refunds">;
}

export interface V3MedInsRefundsNotifyNode {
 /** 医保退款通知 `POST /v3/med-ins/refunds/notify` */
 post: Verb<PostV3MedInsRefundsNotifyOptions, PostV3MedInsRefundsNotifyData>;
 chain: ChainFrom<"v3/med-ins/refunds/notify">;
}
