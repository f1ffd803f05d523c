// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 报关查询API: options */
export interface GetV3CustomsOrdersOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://apihk.mch.weixin.qq.com/global/ */ baseURL: string;
 query: {
  /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
  /** 商户号 @example 1230000109 */ mchid: string;
  /** 订单类型 @example out_trade_no */ order_type: "out_trade_no" | "transaction_id" | "sub_order_no" | "sub_order_id";
  /** 订单号 @example 20150806125346 */ order_no: string;
  /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 偏移量 @example 1 */ offset?: number;
  /** 请求最大记录条数 @example 20 */ limit?: number;
 };
}
/** 报关查询API: response body */
export interface GetV3CustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构流水号 */ verify_department_trade_id: string;
 /** 偏移量 */ offset: number;
 /** 请求最大记录条数 */ limit: number;
 /** 查询结果总条数 */ total_count: number;
 /** 报关数据包 */ data: Array<{
  /** 商户子单号 */ sub_order_no?: string;
  /** 微信子单号 */ sub_order_id?: string;
  /** 商户海关备案号 */ mch_customs_no?: string;
  /** 海关代码 */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 币种 */ fee_type?: string;
  /** 子单金额 */ order_fee?: number;
  /** 关税 */ duty?: number;
  /** 物流费用 */ transport_fee?: number;
  /** 商品费用 */ product_fee?: number;
  /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
  /** 报关结果说明 */ explanation?: string;
  /** 最后更新时间 */ modify_time: string;
 }>;
}

/** 报关API: request body */
export interface PostV3CustomsOrdersBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 关税 @example 888 */ duty?: number;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 子订单金额 @example 888 */ order_fee?: number;
 /** 物流费用 @example 888 */ transport_fee?: number;
 /** 商品费用 @example 888 */ product_fee?: number;
}
/** 报关API: options */
export interface PostV3CustomsOrdersOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://apihk.mch.weixin.qq.com/global/ */ baseURL: string;
 json: PostV3CustomsOrdersBody;
}
/** 报关API: response body */
export interface PostV3CustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构交易流水号 */ verify_department_trade_id: string;
}

/** 报关信息修改API: request body */
export interface PatchV3CustomsOrdersBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 海关编码 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 关税 @example 888 */ duty?: number;
 /** 子订单金额 @example 888 */ order_fee?: number;
 /** 物流费用 @example 888 */ transport_fee?: number;
 /** 商品费用 @example 888 */ product_fee?: number;
}
/** 报关信息修改API: options */
export interface PatchV3CustomsOrdersOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://apihk.mch.weixin.qq.com/global/ */ baseURL: string;
 json: PatchV3CustomsOrdersBody;
}
/** 报关信息修改API: response body */
export interface PatchV3CustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构流水号 */ verify_department_trade_id: string;
}

/** 报关重推API: request body */
export interface PostV3CustomsRedeclareBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no?: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id?: string;
 /** 商户子单号 @example 20150806125346 */ sub_order_no?: string;
 /** 微信子单号 @example 1000320306201511078440737891 */ sub_order_id?: string;
 /** 海关编码 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
}
/** 报关重推API: options */
export interface PostV3CustomsRedeclareOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://apihk.mch.weixin.qq.com/global/ */ baseURL: string;
 json: PostV3CustomsRedeclareBody;
}
/** 报关重推API: response body */
export interface PostV3CustomsRedeclareData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 申报结果说明 */ explanation?: string;
}

/** 身份信息校验API: request body */
export interface PostV3CustomsVerifyCertificateBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 证件类型 @example IDCARD */ certificate_type: "IDCARD";
 /** 证件号 @example 330821198809085211 */ certificate_id: string;
 /** 证件姓名 @example 张三 */ certificate_name: string;
}
/** 身份信息校验API: options */
export interface PostV3CustomsVerifyCertificateOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://apihk.mch.weixin.qq.com/global/ */ baseURL: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CustomsVerifyCertificateBody;
}
/** 身份信息校验API: response body */
export interface PostV3CustomsVerifyCertificateData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 身份核验结果 */ certificate_check_result: "SAME" | "DIFFERENT";
}

export interface V3CustomsNode {
 orders: Open<V3CustomsOrdersNode>;
 redeclare: Open<V3CustomsRedeclareNode>;
 verifyCertificate: Open<V3CustomsVerifyCertificateNode>;
 chain: ChainFrom<"v3/customs">;
}

export interface V3CustomsOrdersNode {
 /**
  * 报关查询API `GET /v3/customs/orders`
  *
  * On the host its reference page gives it, `baseURL: 'https://apihk.mch.weixin.qq.com/global/'` (documented as `/global/v3/customs/orders`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_3.shtml
  */
 get: Verb<GetV3CustomsOrdersOptions, GetV3CustomsOrdersData>;
 /**
  * 报关API `POST /v3/customs/orders`
  *
  * On the host its reference page gives it, `baseURL: 'https://apihk.mch.weixin.qq.com/global/'` (documented as `/global/v3/customs/orders`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_1.shtml
  */
 post: Verb<PostV3CustomsOrdersOptions, PostV3CustomsOrdersData>;
 /**
  * 报关信息修改API `PATCH /v3/customs/orders`
  *
  * On the host its reference page gives it, `baseURL: 'https://apihk.mch.weixin.qq.com/global/'` (documented as `/global/v3/customs/orders`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_5.shtml
  */
 patch: Verb<PatchV3CustomsOrdersOptions, PatchV3CustomsOrdersData>;
 chain: ChainFrom<"v3/customs/orders">;
}

export interface V3CustomsRedeclareNode {
 /**
  * 报关重推API `POST /v3/customs/redeclare`
  *
  * On the host its reference page gives it, `baseURL: 'https://apihk.mch.weixin.qq.com/global/'` (documented as `/global/v3/customs/redeclare`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_4.shtml
  */
 post: Verb<PostV3CustomsRedeclareOptions, PostV3CustomsRedeclareData>;
 chain: ChainFrom<"v3/customs/redeclare">;
}

export interface V3CustomsVerifyCertificateNode {
 /**
  * 身份信息校验API `POST /v3/customs/verify-certificate`
  *
  * On the host its reference page gives it, `baseURL: 'https://apihk.mch.weixin.qq.com/global/'` (documented as `/global/v3/customs/verify-certificate`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_2.shtml
  */
 post: Verb<PostV3CustomsVerifyCertificateOptions, PostV3CustomsVerifyCertificateData>;
 chain: ChainFrom<"v3/customs/verify-certificate">;
}
