// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交保单授权信息: request body */
export interface PostV3InspolicymgrDeductAuthorizationsBody {
 /** 商户保险编号 @example Auisihsiahishishi4hihsid123418id */ out_insurance_no: string;
 /** 商户APPID @example wxd678efh567hg6787 */ appid: string;
 /** 保险代扣模板ID @example 12535 */ plan_id: string;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 保险名称 @example 微医保·百万医疗险 */ insurance_name: string;
 /** 收款方商户号 @example 1900000109 */ payee_mchid?: string;
 /** 收款方公众账号ID @example wx7f3f0032b6e6f0cc */ payee_appid?: string;
}
/** 提交保单授权信息: options */
export interface PostV3InspolicymgrDeductAuthorizationsOptions extends CallOptions {
 json: PostV3InspolicymgrDeductAuthorizationsBody;
}
/** 提交保单授权信息: response body */
export interface PostV3InspolicymgrDeductAuthorizationsData {
 /** 商户保险编号 */ out_insurance_no: string;
 /** 商户APPID */ appid?: string;
 /** 保险代扣模板ID */ plan_id: string;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 保险名称 */ insurance_name: string;
 /** 授权状态 */ auth_state: "AUTH_STATE_INIT" | "AUTH_STATE_PENDING" | "AUTH_STATE_GRANTED" | "AUTH_STATE_DENIED" | "AUTH_STATE_EXPIRED";
 /** 用户授权时间 */ user_auth_time?: string;
}

/** 查询保单授权信息: options */
export interface GetV3InspolicymgrDeductAuthorizationsOptions extends CallOptions {
 /** 商户保险编号 @example Auisihsiahishishi4hihsid123418id */ out_insurance_no: string;
}
/** 查询保单授权信息: response body */
export interface GetV3InspolicymgrDeductAuthorizationsData {
 /** 商户保险编号 */ out_insurance_no: string;
 /** 公众账号ID */ appid: string;
 /** 保险代扣模板ID */ plan_id: string;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 保险名称 */ insurance_name: string;
 /** 授权状态 */ auth_state: "AUTH_STATE_INIT" | "AUTH_STATE_PENDING" | "AUTH_STATE_GRANTED" | "AUTH_STATE_DENIED" | "AUTH_STATE_EXPIRED";
 /** 用户授权时间 */ user_auth_time?: string;
}

/** 上传保单: request body */
export interface PostV3InspolicymgrDeductPoliciesBody {
 /** 商户保险编号 @example Auisihsiahishishi4hihsid123418id */ out_insurance_no: string;
 /** 被保险人姓名列表 */ insured_name_list: string[];
 /** 承保公司代码 @example 1001 */ insurance_company_code: string;
 /** 保单生效时间 @example 2025-09-21T17:11:12+08:00 */ effective_time: string;
 /** 保单失效时间 @example 2025-09-21T17:11:12+08:00 */ expired_time: string;
 /** 保障详情 @example 可保190种疾病，确诊一次性赔付 */ coverage_detail: string;
 /** 是否支持续保 */ support_renewal: boolean;
 /** 可续保开始时间 @example 2025-09-21T17:11:12+08:00 */ start_renewal_time?: string;
 /** 可续保结束时间 @example 2025-09-21T17:11:12+08:00 */ end_renewal_time?: string;
 /** 保单类型 @example POLICY_TYPE_OTHER */ policy_type: "POLICY_TYPE_OTHER" | "POLICY_TYPE_MEDICAL" | "POLICY_TYPE_ACCIDENT" | "POLICY_TYPE_CRITICAL" | "POLICY_TYPE_CAR" | "POLICY_TYPE_LIFE" | "POLICY_TYPE_PROPERTY" | "POLICY_TYPE_PET" | "POLICY_TYPE_ANNUITY";
 /** 车牌信息 @example 粤B·AB123 */ car_number?: string;
 /** 宠物名称 @example 小狗 */ pet_name?: string;
 /** 地址信息 @example 上海市浦东新区晨晖路1001号 */ address?: string;
 /** 保单状态 @example POLICY_STATE_ISSUING */ policy_state: "POLICY_STATE_ISSUING" | "POLICY_STATE_APPROVED" | "POLICY_STATE_DECLINED" | "POLICY_STATE_INACTIVE";
 /** 保司保单号 @example Coisihsiaxishishi4hihsid1ii411co */ policy_code?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: string;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 保单的扣费周期列表 */ policy_periods: number[];
 /** 商户APPID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在商户公众号内的身份标识 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid: string;
 /** 是否为赠险 */ free_insurance: boolean;
 /** 是否与其它保单合并扣费 */ combined_payment?: boolean;
 /** 缴费方式 */ payment_method?: "PAYMENT_METHOD_OTHER" | "PAYMENT_METHOD_PERIOD" | "PAYMENT_METHOD_LUMP_SUM";
 /** 期交保费模式 */ period_premium_mode?: "PERIOD_PREMIUM_MODE_EQUAL" | "PERIOD_PREMIUM_MODE_FIRST_DIFF" | "PERIOD_PREMIUM_MODE_MULTI_DIFF";
 /** 缴费周期 */ payment_period?: "PAYMENT_PERIOD_DAY" | "PAYMENT_PERIOD_WEEK" | "PAYMENT_PERIOD_BIWEEKLY" | "PAYMENT_PERIOD_MONTH" | "PAYMENT_PERIOD_QUARTER" | "PAYMENT_PERIOD_HALF_YEAR" | "PAYMENT_PERIOD_YEAR";
 /** 首期保费金额 @example 8000 */ first_period_amount?: number;
 /** 后续每期保费金额 @example 5000 */ subsequent_period_amount?: number;
 /** 保障期限类型 */ coverage_term_type?: "COVERAGE_TERM_TYPE_FIXED_DATE" | "COVERAGE_TERM_TYPE_LIFETIME";
 /** 收款方商户号 @example 1900000109 */ payee_mchid?: string;
 /** 收款方公众账号ID @example wx7f3f0032b6e6f0cc */ payee_appid?: string;
 /** 收款方用户标识 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ payee_openid?: string;
}
/** 上传保单: options */
export interface PostV3InspolicymgrDeductPoliciesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3InspolicymgrDeductPoliciesBody;
}
/** 上传保单: response body */
export interface PostV3InspolicymgrDeductPoliciesData extends PostV3InspolicymgrDeductPoliciesDataFields {}

/** 查询保单: options */
export interface GetV3InspolicymgrDeductPoliciesOptions extends CallOptions {
 /** 商户保险编号 @example Auisihsiahishishi4hihsid123418id */ out_insurance_no: string;
}
/** 查询保单: response body */
export interface GetV3InspolicymgrDeductPoliciesData extends PostV3InspolicymgrDeductPoliciesDataFields {}

/** 更新保单信息: request body */
export interface PatchV3InspolicymgrDeductPoliciesBody {
 /** 被保险人姓名列表 */ insured_name_list?: string[];
 /** 保险名称 @example 微医保·百万医疗险 */ insurance_name?: string;
 /** 保单生效时间 @example 2025-09-21T17:11:12+08:00 */ effective_time?: string;
 /** 保单失效时间 @example 2025-09-21T17:11:12+08:00 */ expired_time?: string;
 /** 保障详情 @example 可保190种疾病，确诊一次性赔付 */ coverage_detail?: string;
 /** 是否支持续保 */ support_renewal?: boolean;
 /** 可续保开始时间 @example 2025-09-21T17:11:12+08:00 */ start_renewal_time?: string;
 /** 可续保结束时间 @example 2025-09-21T17:11:12+08:00 */ end_renewal_time?: string;
 /** 保单类型 @example POLICY_TYPE_OTHER */ policy_type?: "POLICY_TYPE_OTHER" | "POLICY_TYPE_MEDICAL" | "POLICY_TYPE_ACCIDENT" | "POLICY_TYPE_CRITICAL" | "POLICY_TYPE_CAR" | "POLICY_TYPE_LIFE" | "POLICY_TYPE_PROPERTY" | "POLICY_TYPE_PET" | "POLICY_TYPE_ANNUITY";
 /** 车牌信息 @example 粤B·AB123 */ car_number?: string;
 /** 宠物名称 @example 小狗 */ pet_name?: string;
 /** 地址信息 @example 上海市浦东新区晨晖路1001号 */ address?: string;
 /** 保单状态 @example POLICY_STATE_ISSUING */ policy_state?: "POLICY_STATE_ISSUING" | "POLICY_STATE_APPROVED" | "POLICY_STATE_DECLINED" | "POLICY_STATE_INACTIVE";
 /** 保司保单号 @example Coisihsiaxishishi4hihsid1ii411co */ policy_code?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id?: string;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code?: string;
 /** 保单的扣费周期列表 */ policy_periods?: number[];
 /** 是否为赠险 */ free_insurance?: boolean;
 /** 是否与其它保单合并扣费 */ combined_payment?: boolean;
 /** 缴费方式 */ payment_method?: "PAYMENT_METHOD_OTHER" | "PAYMENT_METHOD_PERIOD" | "PAYMENT_METHOD_LUMP_SUM";
 /** 期交保费模式 */ period_premium_mode?: "PERIOD_PREMIUM_MODE_EQUAL" | "PERIOD_PREMIUM_MODE_FIRST_DIFF" | "PERIOD_PREMIUM_MODE_MULTI_DIFF";
 /** 缴费周期 */ payment_period?: "PAYMENT_PERIOD_DAY" | "PAYMENT_PERIOD_WEEK" | "PAYMENT_PERIOD_BIWEEKLY" | "PAYMENT_PERIOD_MONTH" | "PAYMENT_PERIOD_QUARTER" | "PAYMENT_PERIOD_HALF_YEAR" | "PAYMENT_PERIOD_YEAR";
 /** 首期保费金额 @example 8000 */ first_period_amount?: number;
 /** 后续每期保费金额 @example 5000 */ subsequent_period_amount?: number;
 /** 保障期限类型 */ coverage_term_type?: "COVERAGE_TERM_TYPE_FIXED_DATE" | "COVERAGE_TERM_TYPE_LIFETIME";
}
/** 更新保单信息: options */
export interface PatchV3InspolicymgrDeductPoliciesOptions extends CallOptions {
 /** 商户保险编号 @example Auisihsiahishishi4hihsid123418id */ out_insurance_no: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PatchV3InspolicymgrDeductPoliciesBody;
}
/** 更新保单信息: response body */
export interface PatchV3InspolicymgrDeductPoliciesData extends PostV3InspolicymgrDeductPoliciesDataFields {}

export interface PostV3InspolicymgrDeductPoliciesDataFields {
 /** 商户保险编号 */ out_insurance_no: string;
 /** 保险名称 */ insurance_name: string;
 /** 被保险人姓名列表 */ insured_name_list: string[];
 /** 承保公司代码 */ insurance_company_code: string;
 /** 保单生效时间 */ effective_time: string;
 /** 保单失效时间 */ expired_time: string;
 /** 保障详情 */ coverage_detail: string;
 /** 是否支持续保 */ support_renewal: boolean;
 /** 可续保开始时间 */ start_renewal_time?: string;
 /** 可续保结束时间 */ end_renewal_time?: string;
 /** 保单类型 */ policy_type: "POLICY_TYPE_OTHER" | "POLICY_TYPE_MEDICAL" | "POLICY_TYPE_ACCIDENT" | "POLICY_TYPE_CRITICAL" | "POLICY_TYPE_CAR" | "POLICY_TYPE_LIFE" | "POLICY_TYPE_PROPERTY" | "POLICY_TYPE_PET" | "POLICY_TYPE_ANNUITY";
 /** 车牌信息 */ car_number?: string;
 /** 宠物名称 */ pet_name?: string;
 /** 地址信息 */ address?: string;
 /** 保单状态 */ policy_state: "POLICY_STATE_ISSUING" | "POLICY_STATE_APPROVED" | "POLICY_STATE_DECLINED" | "POLICY_STATE_INACTIVE";
 /** 保司保单号 */ policy_code?: string;
 /** 委托代扣模板ID */ plan_id: string;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 保单的扣费周期列表 */ policy_periods: number[];
 /** 是否为赠险 */ free_insurance: boolean;
 /** 是否与其它保单合并扣费 */ combined_payment?: boolean;
 /** 缴费方式 */ payment_method?: "PAYMENT_METHOD_OTHER" | "PAYMENT_METHOD_PERIOD" | "PAYMENT_METHOD_LUMP_SUM";
 /** 期交保费模式 */ period_premium_mode?: "PERIOD_PREMIUM_MODE_EQUAL" | "PERIOD_PREMIUM_MODE_FIRST_DIFF" | "PERIOD_PREMIUM_MODE_MULTI_DIFF";
 /** 缴费周期 */ payment_period?: "PAYMENT_PERIOD_DAY" | "PAYMENT_PERIOD_WEEK" | "PAYMENT_PERIOD_BIWEEKLY" | "PAYMENT_PERIOD_MONTH" | "PAYMENT_PERIOD_QUARTER" | "PAYMENT_PERIOD_HALF_YEAR" | "PAYMENT_PERIOD_YEAR";
 /** 首期保费金额 */ first_period_amount?: number;
 /** 后续每期保费金额 */ subsequent_period_amount?: number;
 /** 保障期限类型 */ coverage_term_type?: "COVERAGE_TERM_TYPE_FIXED_DATE" | "COVERAGE_TERM_TYPE_LIFETIME";
}

export interface V3InspolicymgrNode {
 deduct: Open<V3InspolicymgrDeductNode>;
 chain: ChainFrom<"v3/inspolicymgr">;
}

export interface V3InspolicymgrDeductNode {
 authorizations: Open<V3InspolicymgrDeductAuthorizationsNode>;
 policies: Open<V3InspolicymgrDeductPoliciesNode>;
 chain: ChainFrom<"v3/inspolicymgr/deduct">;
}

export interface V3InspolicymgrDeductAuthorizationsNode {
 /** 提交保单授权信息 `POST /v3/inspolicymgr/deduct/authorizations` */
 post: Verb<PostV3InspolicymgrDeductAuthorizationsOptions, PostV3InspolicymgrDeductAuthorizationsData>;
 $out_insurance_no$: Open<V3InspolicymgrDeductAuthorizations_out_insurance_no_Node>;
 _out_insurance_no_: Open<V3InspolicymgrDeductAuthorizations_out_insurance_no_Node>;
 chain: ChainFrom<"v3/inspolicymgr/deduct/authorizations">;
}

export interface V3InspolicymgrDeductAuthorizations_out_insurance_no_Node {
 /** 查询保单授权信息 `GET /v3/inspolicymgr/deduct/authorizations/{out_insurance_no}` */
 get: Verb<GetV3InspolicymgrDeductAuthorizationsOptions, GetV3InspolicymgrDeductAuthorizationsData>;
 chain: ChainFrom<"v3/inspolicymgr/deduct/authorizations/{out_insurance_no}">;
}

export interface V3InspolicymgrDeductPoliciesNode {
 /** 上传保单 `POST /v3/inspolicymgr/deduct/policies` */
 post: Verb<PostV3InspolicymgrDeductPoliciesOptions, PostV3InspolicymgrDeductPoliciesData>;
 $out_insurance_no$: Open<V3InspolicymgrDeductPolicies_out_insurance_no_Node>;
 _out_insurance_no_: Open<V3InspolicymgrDeductPolicies_out_insurance_no_Node>;
 chain: ChainFrom<"v3/inspolicymgr/deduct/policies">;
}

export interface V3InspolicymgrDeductPolicies_out_insurance_no_Node {
 /** 查询保单 `GET /v3/inspolicymgr/deduct/policies/{out_insurance_no}` */
 get: Verb<GetV3InspolicymgrDeductPoliciesOptions, GetV3InspolicymgrDeductPoliciesData>;
 /** 更新保单信息 `PATCH /v3/inspolicymgr/deduct/policies/{out_insurance_no}` */
 patch: Verb<PatchV3InspolicymgrDeductPoliciesOptions, PatchV3InspolicymgrDeductPoliciesData>;
 chain: ChainFrom<"v3/inspolicymgr/deduct/policies/{out_insurance_no}">;
}
