// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询核身记录API: options */
export interface GetV3PayrollCardAuthenticationsOptions extends CallOptions {
 query: {
  /** 用户标识 @example onqOjjmo8wmTOOtSKwXtGjg9Gb58 */ openid: string;
  /** 应用ID @example wxa1111111 */ appid?: string;
  /** 子商户应用ID @example wxa1111111 */ sub_appid?: string;
  /** 子商户号 @example 1111111 */ sub_mchid: string;
  /** 核身日期 @example 2020-12-25 */ authenticate_date: string;
  /** 核身状态 @example AUTHENTICATE_SUCCESS */ authenticate_state: string;
  /** 本次查询偏移量 @example 0 */ offset?: number;
  /** 本次请求最大查询条数 @example 10 */ limit?: number;
 };
}
/** 查询核身记录API: response body */
export interface GetV3PayrollCardAuthenticationsData {
 /** 查询结果记录列表 */ data?: Array<{
  /** 商户号 */ mchid: string;
  /** 子商户号 */ sub_mchid: string;
  /** 用户标识 */ openid: string;
  /** 核身渠道 */ authenticate_scene: "FROM_MINI_APP" | "FROM_HARDWARE";
  /** 核身渠道标识 */ authenticate_source: string;
  /** 项目名称 */ project_name: string;
  /** 单位名称 */ employer_name: string;
  /** 核身状态 */ authenticate_state: "AUTHENTICATE_PROCESSING" | "AUTHENTICATE_SUCCESS" | "AUTHENTICATE_FAILED";
  /** 核身时间 */ authenticate_time: string;
  /** 商家核身单号 */ authenticate_number: string;
 }>;
 /** 总记录条数 */ total_count: number;
 /** 记录起始位置 */ offset: number;
 /** 本次返回条数 */ limit: number;
}

/** 微工卡核身预下单API: request body */
export interface PostV3PayrollCardAuthenticationsPreOrderBody {
 /** 用户标识 @example onqOjjmo8wmTOOtSKwXtGjg9Gb58 */ openid: string;
 /** 应用ID @example wxa1111111 */ appid?: string;
 /** 子商户号 @example 1111111 */ sub_mchid: string;
 /** 子商户应用ID @example wxa1111111 */ sub_appid?: string;
 /** 商家核身单号 @example mcdhehfgisdhfjghed39384564i83 */ authenticate_number: string;
 /** 项目名称 @example 某项目 */ project_name: string;
 /** 单位名称 @example 某单位名称 */ employer_name: string;
 /** 核身类型 @example SIGN_IN */ authenticate_type: "SIGN_IN" | "INSURANCE" | "CONTRACT";
}
/** 微工卡核身预下单API: options */
export interface PostV3PayrollCardAuthenticationsPreOrderOptions extends CallOptions {
 json: PostV3PayrollCardAuthenticationsPreOrderBody;
}
/** 微工卡核身预下单API: response body */
export interface PostV3PayrollCardAuthenticationsPreOrderData extends PostV3PayrollCardAuthenticationsPreOrderDataFields {}

/** 微工卡核身预下单（流程中完成授权）: request body */
export interface PostV3PayrollCardAuthenticationsPreOrderWithAuthBody {
 /** 用户标识 @example onqOjjmo8wmTOOtSKwXtGjg9Gb58 */ openid: string;
 /** 应用ID @example wxa1111111 */ appid?: string;
 /** 子商户号 @example 1111111 */ sub_mchid: string;
 /** 子商户应用ID @example wxa1111111 */ sub_appid?: string;
 /** 商家核身单号 @example mcdhehfgisdhfjghed39384564i83 */ authenticate_number: string;
 /** 项目名称 @example 某项目 */ project_name: string;
 /** 用工单位名称 @example 某用工企业 */ employer_name: string;
 /** 用户实名 @example LP7bT4hQXUsOZCEvK2YrSiqFsnP0oRMfeoLN0vBg */ user_name: string;
 /** 用户证件号 @example 7FzH5XksJG3a8HLLsaaUV6K54y1OnPMY5 */ id_card_number: string;
 /** 用工类型 @example LONG_TERM_EMPLOYMENT */ employment_type: "LONG_TERM_EMPLOYMENT" | "SHORT_TERM_EMPLOYMENT" | "COOPERATION_EMPLOYMENT";
 /** 核身类型 @example SIGN_IN */ authenticate_type: "SIGN_IN" | "INSURANCE" | "CONTRACT";
}
/** 微工卡核身预下单（流程中完成授权）: options */
export interface PostV3PayrollCardAuthenticationsPreOrderWithAuthOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayrollCardAuthenticationsPreOrderWithAuthBody;
}
/** 微工卡核身预下单（流程中完成授权）: response body */
export interface PostV3PayrollCardAuthenticationsPreOrderWithAuthData extends PostV3PayrollCardAuthenticationsPreOrderDataFields {}

/** 获取核身结果API: options */
export interface GetV3PayrollCardAuthentications_authenticate_number_Options extends CallOptions {
 /** 商家核身单号 @example mcdhehfgisdhfjghed39384564i83 */ authenticate_number: string;
 query: {
  /** 子商户号 @example 1111111 */ sub_mchid: string;
 };
}
/** 获取核身结果API: response body */
export interface GetV3PayrollCardAuthentications_authenticate_number_Data {
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 用户标识 */ openid: string;
 /** 核身渠道 */ authenticate_scene: string;
 /** 核身渠道标识 */ authenticate_source: string;
 /** 项目名称 */ project_name: string;
 /** 单位名称 */ employer_name: string;
 /** 核身状态 */ authenticate_state: "AUTHENTICATE_PROCESSING" | "AUTHENTICATE_SUCCESS" | "AUTHENTICATE_FAILED";
 /** 核身时间 */ authenticate_time: string;
 /** 商家核身单号 */ authenticate_number: string;
 /** 核身失败原因 */ authenticate_failed_reason?: string;
}

/** 查询微工卡授权关系API: options */
export interface GetV3PayrollCardRelationsOptions extends CallOptions {
 /** 用户标识 @example 9x111111 */ openid: string;
 query: {
  /** 子商户号 @example 1111111 */ sub_mchid: string;
  /** 应用ID @example wxa1111111 */ appid?: string;
  /** 子商户应用ID @example wxa1111111 */ sub_appid?: string;
 };
}
/** 查询微工卡授权关系API: response body */
export interface GetV3PayrollCardRelationsData {
 /** 用户标识 */ openid: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 授权状态 */ authorize_state: "UNAUTHORIZED" | "AUTHORIZED" | "DEAUTHORIZED";
 /** 授权时间 */ authorize_time?: string;
 /** 取消授权时间 */ deauthorize_time?: string;
}

/** 生成授权token API: request body */
export interface PostV3PayrollCardTokensBody {
 /** 用户标识 @example 9x111111 */ openid: string;
 /** 应用ID @example wxa1111111 */ appid?: string;
 /** 子商户应用ID @example wxa1111111 */ sub_appid?: string;
 /** 子商户号 @example 1111111 */ sub_mchid: string;
 /** 用户实名 @example LP7bT4hQXUsOZCEvK2YrSiqFsnP0oRMfeoLN0vBg */ user_name: string;
 /** 用户证件号 @example 7FzH5XksJG3a8HLLsaaUV6K54y1OnPMY5 */ id_card_number: string;
 /** 用工类型 @example LONG_TERM_EMPLOYMENT */ employment_type: "LONG_TERM_EMPLOYMENT" | "SHORT_TERM_EMPLOYMENT" | "COOPERATION_EMPLOYMENT";
}
/** 生成授权token API: options */
export interface PostV3PayrollCardTokensOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayrollCardTokensBody;
}
/** 生成授权token API: response body */
export interface PostV3PayrollCardTokensData {
 /** 用户标识 */ openid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 授权token */ token: string;
 /** token有效时间 */ expires_in: number;
}

/** 发起批量转账API: request body */
export interface PostV3PayrollCardTransferBatchesBody {
 /** 特约商户号 @example 1111111 */ sub_mchid: string;
 /** 特约商户AppID @example wxf636efh567hg4356 */ sub_appid?: string;
 /** 特约商户授权类型 @example INFORMATION_AUTHORIZATION_TYPE */ authorization_type: string;
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 批次名称 @example 2019年1月深圳分部报销单 */ batch_name: string;
 /** 批次备注 @example 2019年1月深圳分部报销单 */ batch_remark: string;
 /** 转账总金额 @example 4000000 */ total_amount: number;
 /** 转账总笔数 @example 200 */ total_num: number;
 /** 转账明细列表 */ transfer_detail_list: Array<{
  /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 转账金额 @example 200000 */ transfer_amount: number;
  /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
  /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
  /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name: string;
 }>;
 /** 服务商的AppID @example wxf636efh567hg4388 */ sp_appid?: string;
 /** 用工类型 @example LONG_TERM_EMPLOYMENT */ employment_type: string;
 /** 用工场景 @example LOGISTICS */ employment_scene: string;
}
/** 发起批量转账API: options */
export interface PostV3PayrollCardTransferBatchesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayrollCardTransferBatchesBody;
}
/** 发起批量转账API: response body */
export interface PostV3PayrollCardTransferBatchesData {
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
}

/** 生成投保结果API: request body */
export interface PostV3PayrollCardWesureInsuranceBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid: string;
 /** 特约商户商户号 @example 1900000109 */ wesure_order_no: string;
 /** 微保保单号 @example 5fds5345dfd */ token: string;
 /** 保司保单号 @example 5fds5345dfd */ insurance_company_order_no: string;
 /** 用户标识 @example 111111 */ openid: string;
 /** 投保状态 @example INSURE_SUCCESS */ insure_state: string;
 /** 保障生效时间 @example 2018-06-08T10:34:56+08:00 */ insure_effect_time: string;
 /** 保障失效时间 @example 2018-06-08T10:34:56+08:00 */ insure_invalid_time: string;
 /** 保障的保险公司名称 @example 平安 */ insurance_company_name: string;
}
/** 生成投保结果API: options */
export interface PostV3PayrollCardWesureInsuranceOptions extends CallOptions {
 json: PostV3PayrollCardWesureInsuranceBody;
}
/** 生成投保结果API: response body */
export type PostV3PayrollCardWesureInsuranceData = undefined;

/** 校验核身结果API: request body */
export interface PostV3PayrollCardWesureTokenValidationsBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid: string;
 /** 特约商户商户号 @example 1900000109 */ sub_mchid: string;
 /** token值 @example abcdefghijklmn */ token: string;
 /** 用户姓名 @example LP7bT4hQXUsOZCEvK2YrSiqFsnP0oRMfeoLN0vBg */ user_name: string;
 /** 用户身份证号 @example 7FzH5XksJG3a8HLLsaaUV6K54y1OnPMY5 */ id_card_number: string;
 /** 核身类型 @example NORMAL */ authenticate_type?: "NORMAL" | "SIGN_IN" | "INSURANCE" | "CONTRACT";
}
/** 校验核身结果API: options */
export interface PostV3PayrollCardWesureTokenValidationsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayrollCardWesureTokenValidationsBody;
}
/** 校验核身结果API: response body */
export interface PostV3PayrollCardWesureTokenValidationsData {
 /** 校验结果 */ result: string;
 /** 核身成功时间 */ authenticate_success_time?: string;
 /** 用户标识 */ openid?: string;
 /** 校验不通过原因 */ fail_reason?: string;
}

export interface PostV3PayrollCardAuthenticationsPreOrderDataFields {
 /** 商家核身单号 */ authenticate_number: string;
 /** 用户标识 */ openid: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** token值 */ token: string;
 /** token有效时间 */ expires_in: number;
}

export interface V3PayrollCardNode {
 authentications: Open<V3PayrollCardAuthenticationsNode>;
 relations: Open<V3PayrollCardRelationsNode>;
 tokens: Open<V3PayrollCardTokensNode>;
 transferBatches: Open<V3PayrollCardTransferBatchesNode>;
 wesure: Open<V3PayrollCardWesureNode>;
 chain: ChainFrom<"v3/payroll-card">;
}

export interface V3PayrollCardAuthenticationsNode {
 /**
  * 查询核身记录API `GET /v3/payroll-card/authentications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_5.shtml
  */
 get: Verb<GetV3PayrollCardAuthenticationsOptions, GetV3PayrollCardAuthenticationsData>;
 $authenticate_number$: Open<V3PayrollCardAuthentications_authenticate_number_Node>;
 _authenticate_number_: Open<V3PayrollCardAuthentications_authenticate_number_Node>;
 preOrder: Open<V3PayrollCardAuthenticationsPreOrderNode>;
 preOrderWithAuth: Open<V3PayrollCardAuthenticationsPreOrderWithAuthNode>;
 chain: ChainFrom<"v3/payroll-card/authentications">;
}

export interface V3PayrollCardAuthenticationsPreOrderNode {
 /**
  * 微工卡核身预下单API `POST /v3/payroll-card/authentications/pre-order`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_3.shtml
  */
 post: Verb<PostV3PayrollCardAuthenticationsPreOrderOptions, PostV3PayrollCardAuthenticationsPreOrderData>;
 chain: ChainFrom<"v3/payroll-card/authentications/pre-order">;
}

export interface V3PayrollCardAuthenticationsPreOrderWithAuthNode {
 /**
  * 微工卡核身预下单（流程中完成授权） `POST /v3/payroll-card/authentications/pre-order-with-auth`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_29.shtml
  */
 post: Verb<PostV3PayrollCardAuthenticationsPreOrderWithAuthOptions, PostV3PayrollCardAuthenticationsPreOrderWithAuthData>;
 chain: ChainFrom<"v3/payroll-card/authentications/pre-order-with-auth">;
}

export interface V3PayrollCardAuthentications_authenticate_number_Node {
 /**
  * 获取核身结果API `GET /v3/payroll-card/authentications/{authenticate_number}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_4.shtml
  */
 get: Verb<GetV3PayrollCardAuthentications_authenticate_number_Options, GetV3PayrollCardAuthentications_authenticate_number_Data>;
 chain: ChainFrom<"v3/payroll-card/authentications/{authenticate_number}">;
}

export interface V3PayrollCardRelationsNode {
 $openid$: Open<V3PayrollCardRelations_openid_Node>;
 _openid_: Open<V3PayrollCardRelations_openid_Node>;
 chain: ChainFrom<"v3/payroll-card/relations">;
}

export interface V3PayrollCardRelations_openid_Node {
 /**
  * 查询微工卡授权关系API `GET /v3/payroll-card/relations/{openid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_2.shtml
  */
 get: Verb<GetV3PayrollCardRelationsOptions, GetV3PayrollCardRelationsData>;
 chain: ChainFrom<"v3/payroll-card/relations/{openid}">;
}

export interface V3PayrollCardTokensNode {
 /**
  * 生成授权token API `POST /v3/payroll-card/tokens`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_1.shtml
  */
 post: Verb<PostV3PayrollCardTokensOptions, PostV3PayrollCardTokensData>;
 chain: ChainFrom<"v3/payroll-card/tokens">;
}

export interface V3PayrollCardTransferBatchesNode {
 /**
  * 发起批量转账API `POST /v3/payroll-card/transfer-batches`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_6.shtml
  */
 post: Verb<PostV3PayrollCardTransferBatchesOptions, PostV3PayrollCardTransferBatchesData>;
 chain: ChainFrom<"v3/payroll-card/transfer-batches">;
}

export interface V3PayrollCardWesureNode {
 insurance: Open<V3PayrollCardWesureInsuranceNode>;
 tokenValidations: Open<V3PayrollCardWesureTokenValidationsNode>;
 chain: ChainFrom<"v3/payroll-card/wesure">;
}

export interface V3PayrollCardWesureInsuranceNode {
 /**
  * 生成投保结果API `POST /v3/payroll-card/wesure/insurance`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_32.shtml
  */
 post: Verb<PostV3PayrollCardWesureInsuranceOptions, PostV3PayrollCardWesureInsuranceData>;
 chain: ChainFrom<"v3/payroll-card/wesure/insurance">;
}

export interface V3PayrollCardWesureTokenValidationsNode {
 /**
  * 校验核身结果API `POST /v3/payroll-card/wesure/token-validations`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_31.shtml
  */
 post: Verb<PostV3PayrollCardWesureTokenValidationsOptions, PostV3PayrollCardWesureTokenValidationsData>;
 chain: ChainFrom<"v3/payroll-card/wesure/token-validations">;
}
