// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询结算账户修改申请状态: options */
export interface GetV3Apply4subSubMerchantsApplicationOptions extends CallOptions {
 /** 特约商户/二级商户号 @example 1511101111 */ sub_mchid: string;
 /** 修改结算账户申请单号 @example 102329389XXXX */ application_no: string;
 query?: {
  /** 银行账号展示规则 @example ACCOUNT_NUMBER_RULE_MASK_V1 */ account_number_rule?: "ACCOUNT_NUMBER_RULE_MASK_V1" | "ACCOUNT_NUMBER_RULE_MASK_V2";
 };
}
/** 查询结算账户修改申请状态: response body */
export interface GetV3Apply4subSubMerchantsApplicationData {
 /** 开户名称 */ account_name: string;
 /** 账户类型 */ account_type: "ACCOUNT_TYPE_BUSINESS" | "ACCOUNT_TYPE_PRIVATE";
 /** 开户银行 */ account_bank: string;
 /** 开户银行全称 */ bank_name?: string;
 /** 开户银行联行号 */ bank_branch_id?: string;
 /** 银行账号 */ account_number: string;
 /** 审核状态 */ verify_result: "AUDIT_SUCCESS" | "AUDITING" | "AUDIT_FAIL";
 /** 审核驳回原因 */ verify_fail_reason?: string;
 /** 审核结果更新时间 */ verify_finish_time?: string;
}

/** 修改结算帐号API: request body */
export interface PostV3Apply4subSubMerchantsModifySettlementBody {
 /** 修改模式 @example MODIFY_MODE_ASYNC */ modify_mode?: "MODIFY_MODE_ASYNC";
 /** 账户类型 @example ACCOUNT_TYPE_BUSINESS */ account_type: "ACCOUNT_TYPE_BUSINESS" | "ACCOUNT_TYPE_PRIVATE";
 /** 开户银行 @example 工商银行 */ account_bank: string;
 /** 开户银行省市编码 @example 110000 */ bank_address_code: string;
 /** 开户银行全称 @example 中国工商银行股份有限公司北京市分行营业部 */ bank_name?: string;
 /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
 /** 银行账号 @example ciphertext */ account_number: string;
 /** 开户名称 @example ciphertext */ account_name?: string;
}
/** 修改结算帐号API: options */
export interface PostV3Apply4subSubMerchantsModifySettlementOptions extends CallOptions {
 /** 特约商户号 @example 1900006491 */ sub_mchid: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3Apply4subSubMerchantsModifySettlementBody;
}
/** 修改结算帐号API: response body */
export interface PostV3Apply4subSubMerchantsModifySettlementData {
 /** 修改结算账户申请单号 */ application_no: string;
}

/** 查询结算账户API: options */
export interface GetV3Apply4subSubMerchantsSettlementOptions extends CallOptions {
 /** 特约商户/二级商户号 @example 1900006491 */ sub_mchid: string;
}
/** 查询结算账户API: response body */
export interface GetV3Apply4subSubMerchantsSettlementData {
 /** 账户类型 */ account_type: "ACCOUNT_TYPE_BUSINESS" | "ACCOUNT_TYPE_PRIVATE";
 /** 开户银行 */ account_bank: string;
 /** 开户银行全称 */ bank_name?: string;
 /** 开户银行联行号 */ bank_branch_id?: string;
 /** 银行账号 */ account_number: string;
 /** 验证结果 */ verify_result: "VERIFY_SUCCESS" | "VERIFY_FAIL" | "VERIFYING";
 /** 验证失败原因 */ verify_fail_reason?: string;
}

export interface V3Apply4subNode {
 sub_merchants: Open<V3Apply4subSubMerchantsNode>;
 chain: ChainFrom<"v3/apply4sub">;
}

export interface V3Apply4subSubMerchantsNode {
 $sub_mchid$: Open<V3Apply4subSubMerchants_sub_mchid_Node>;
 _sub_mchid_: Open<V3Apply4subSubMerchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants">;
}

export interface V3Apply4subSubMerchants_sub_mchid_Node {
 application: Open<V3Apply4subSubMerchants_sub_mchid_ApplicationNode>;
 modifySettlement: Open<V3Apply4subSubMerchantsModifySettlementNode>;
 settlement: Open<V3Apply4subSubMerchantsSettlementNode>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants/{sub_mchid}">;
}

export interface V3Apply4subSubMerchants_sub_mchid_ApplicationNode {
 $application_no$: Open<V3Apply4subSubMerchants_sub_mchid_Application_application_no_Node>;
 _application_no_: Open<V3Apply4subSubMerchants_sub_mchid_Application_application_no_Node>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants/{sub_mchid}/application">;
}

export interface V3Apply4subSubMerchants_sub_mchid_Application_application_no_Node {
 /**
  * 查询结算账户修改申请状态 `GET /v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-application.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/modify-settlement/sub-merchants/get-application.html
  */
 get: Verb<GetV3Apply4subSubMerchantsApplicationOptions, GetV3Apply4subSubMerchantsApplicationData>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}">;
}

export interface V3Apply4subSubMerchantsModifySettlementNode {
 /**
  * 修改结算帐号API `POST /v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_3.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/modify-settlement.html
  */
 post: Verb<PostV3Apply4subSubMerchantsModifySettlementOptions, PostV3Apply4subSubMerchantsModifySettlementData>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement">;
}

export interface V3Apply4subSubMerchantsSettlementNode {
 /**
  * 查询结算账户API `GET /v3/apply4sub/sub_merchants/{sub_mchid}/settlement`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_4.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-settlement.html
  */
 get: Verb<GetV3Apply4subSubMerchantsSettlementOptions, GetV3Apply4subSubMerchantsSettlementData>;
 chain: ChainFrom<"v3/apply4sub/sub_merchants/{sub_mchid}/settlement">;
}
