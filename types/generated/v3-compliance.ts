// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Request body of POST /v3/compliance/inactive-merchant-identity-verification/merchants (发起不活跃商户身份核实). */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsBody {
  /** 特约商户号 @example 1900009231 */
  sub_mchid: string;
}
/** Options of POST /v3/compliance/inactive-merchant-identity-verification/merchants (发起不活跃商户身份核实). */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsOptions extends CallOptions {
  /** The JSON request body. */
  json: PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsBody;
}
/** Response body of POST /v3/compliance/inactive-merchant-identity-verification/merchants (发起不活跃商户身份核实). */
export interface PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsData {
  /** 核实单号 @example 28011678863778000000123124312 */
  verification_id: string;
}

/** Options of GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id} (查询不活跃商户身份核实结果). */
export interface GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsOptions extends CallOptions {
  /** 特约商户号 @example 1900009231 */
  sub_mchid: string;
  /** 核实单号 @example 28011678863778000000123124312 */
  verification_id: string;
}
/** Response body of GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id} (查询不活跃商户身份核实结果). */
export interface GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsData {
  /** 特约商户号 @example 1900009231 */
  sub_mchid: string;
  /** 核实单号 @example 28011678863778000000123124312 */
  verification_id: string;
  /** 核实单状态 @example PROCESSING */
  state: "PROCESSING" | "SUCCESS" | "FAIL";
  /** 失败原因 @example MATERIALS_ABNORMAL */
  fail_reason?: "MATERIALS_ABNORMAL" | "PROCESS_TIMEOUT";
  /** 创建时间 */
  create_time?: string;
  /** 完成时间 */
  finish_time?: string;
}

/** `v3/compliance` */
export interface V3ComplianceNode {
 /** `v3/compliance/inactive-merchant-identity-verification` */ inactiveMerchantIdentityVerification: Open<V3ComplianceInactiveMerchantIdentityVerificationNode>;
 chain: ChainFrom<"v3/compliance">;
}

/** `v3/compliance/inactive-merchant-identity-verification` */
export interface V3ComplianceInactiveMerchantIdentityVerificationNode {
 /** `v3/compliance/inactive-merchant-identity-verification/merchants` */ merchants: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchantsNode>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification">;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchantsNode {
 /**
  * 发起不活跃商户身份核实 `POST /v3/compliance/inactive-merchant-identity-verification/merchants`
  * @see https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/create-inactive-merchant-identity-verification.html
  */
 post: Verb<PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsOptions, PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsData>;
 postAsync: Verb<PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsOptions, PostV3ComplianceInactiveMerchantIdentityVerificationMerchantsData>;
 /** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}` */ $sub_mchid$: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node>;
 /** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}` */ _sub_mchid_: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants">;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Node {
 /** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications` */ verifications: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_VerificationsNode>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}">;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_VerificationsNode {
 /** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}` */ $verification_id$: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node>;
 /** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}` */ _verification_id_: Open<V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications">;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_Node {
 /**
  * 查询不活跃商户身份核实结果 `GET /v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/query-inactive-merchant-identity-verification.html
  */
 get: Verb<GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsOptions, GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsData>;
 getAsync: Verb<GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsOptions, GetV3ComplianceInactiveMerchantIdentityVerificationMerchantsVerificationsData>;
 chain: ChainFrom<"v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}">;
}
