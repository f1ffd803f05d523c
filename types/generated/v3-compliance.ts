// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 发起不活跃商户身份核实: request body */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsBody {
 /** 特约商户号 @example 1900009231 */ sub_mchid: string;
}
/** 发起不活跃商户身份核实: options */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsOptions extends CallOptions {
 json: PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsBody;
}
/** 发起不活跃商户身份核实: response body */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsData {
 /** 核实单号 */ verification_id: string;
}

/** 查询不活跃商户身份核实结果: options */
export interface GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsOptions extends CallOptions {
 /** 特约商户号 @example 1900009231 */ sub_mchid: string;
 /** 核实单号 @example 28011678863778000000123124312 */ verification_id: string;
}
/** 查询不活跃商户身份核实结果: response body */
export interface GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsData {
 /** 特约商户号 */ sub_mchid: string;
 /** 核实单号 */ verification_id: string;
 /** 核实单状态 */ state: "PROCESSING" | "SUCCESS" | "FAIL";
 /** 失败原因 */ fail_reason?: "MATERIALS_ABNORMAL" | "PROCESS_TIMEOUT";
 /** 创建时间 */ create_time?: string;
 /** 完成时间 */ finish_time?: string;
}

export interface V3ComplianceNode {
 inactiveMerchantIdentityVerification: Open<V3ComplianceInactiveMerchantIdentityVerificationNode>;
 chain: ChainFrom<"v3/compliance">;
}

export interface V3ComplianceInactiveMerchantIdentityVerificationNode {
 merchants: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchantsNode>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification">;
}

export interface V3ComplianceInactiveMerchantIdentityVerificationMerchantsNode {
 /**
  * 发起不活跃商户身份核实 `POST /v3/compliance/inactive-merchant-identity-verification/merchants`
  * @see https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/create-inactive-merchant-identity-verification.html
  */
 post: Verb<PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsOptions, PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsData>;
 $sub_mchid$: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node>;
 _sub_mchid_: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants">;
}

export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node {
 verifications: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_VerificationsNode>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}">;
}

export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_VerificationsNode {
 $verification_id$: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node>;
 _verification_id_: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications">;
}

export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node {
 /**
  * 查询不活跃商户身份核实结果 `GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/query-inactive-merchant-identity-verification.html
  */
 get: Verb<GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsOptions, GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsData>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}">;
}
