// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交超管变更申请单: request body */
export interface PostV3MchalterapplyMchcontactalterapplymentBody {
 /** 商户号 @example 2492185251 */ merchant_code: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
 /** 超级管理员信息 */ contact_info?: {
  /** 超级管理员姓名 @example pVd1HJ6zyvPedzGaV+X3IdGdbDnuC4Eelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_name: string;
  /** 超级管理员证件类型 @example IDENTIFICATION_TYPE_IDCARD */ contact_id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 超级管理员身份证件号码 @example pVd1HJ6zmty7/mYNxLMpRSvMRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_id_card_number: string;
  /** 超级管理员证件正面照片 */ contact_id_doc_copy: string;
  /** 超级管理员证件反面照片 */ contact_id_doc_copy_back?: string;
  /** 超级管理员证件有效期开始时间 @example 2019-06-06 */ contact_id_doc_period_begin: string;
  /** 超级管理员证件有效期结束时间 @example 2026-06-06 */ contact_id_doc_period_end: string;
  /** 业务办理授权函 */ business_authorization_letter?: string;
  /** 超级管理员手机 */ mobile_phone: string;
 };
}
/** 提交超管变更申请单: options */
export interface PostV3MchalterapplyMchcontactalterapplymentOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MchalterapplyMchcontactalterapplymentBody;
}
/** 提交超管变更申请单: response body */
export interface PostV3MchalterapplyMchcontactalterapplymentData {
 /** 申请单号 */ apply_id?: string;
}

/** 查询超管变更申请单状态-使用业务单号和商户号: options */
export interface GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoOptions extends CallOptions {
 /** 微信支付商户号 @example 1900006491 */ merchant_code: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
}
/** 查询超管变更申请单状态-使用业务单号和商户号: response body */
export interface GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoData extends GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoDataFields {}

/** 查询超管变更申请单状态-使用申请单号: options */
export interface GetV3MchalterapplyMchcontactalterapplymentOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 查询超管变更申请单状态-使用申请单号: response body */
export interface GetV3MchalterapplyMchcontactalterapplymentData extends GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoDataFields {}

/** 撤销超管变更申请单: options */
export interface PostV3MchalterapplyMchcontactalterapplymentRevokeOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 撤销超管变更申请单: response body */
export interface PostV3MchalterapplyMchcontactalterapplymentRevokeData {
 /** 申请单号 */ apply_id?: string;
 /** 申请单状态 */ state?: "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_MODIFING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
}

/** 提交资料变更申请单: request body */
export interface PostV3MchalterapplyMchsubjectalterapplymentBody {
 /** 商户号 @example 2492185251 */ merchant_code: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
 /** 主体资料变更范围 @example ALTER_SCOPE_FULL */ alter_scope?: "ALTER_SCOPE_FULL" | "ALTER_SCOPE_BUSINESS_CERT" | "ALTER_SCOPE_UBO";
 /** 主体类型 @example SUBJECT_TYPE_ENTERPRISE */ organization_type: "SUBJECT_TYPE_ENTERPRISE" | "SUBJECT_TYPE_INSTITUTIONS_CLONED" | "SUBJECT_TYPE_INDIVIDUAL" | "SUBJECT_TYPE_OTHERS" | "SUBJECT_TYPE_GOVERNMENT" | "SUBJECT_TYPE_MICRO";
 /** 是否金融机构 */ finance_institution?: boolean;
 /** 营业执照信息 */ business_license_info?: {
  /** 营业执照注册号 @example 123456789012345678 */ license_number: string;
  /** 营业执照照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ license_copy: string;
  /** 商户名称 @example 李四网络有限公司 */ merchant_name: string;
  /** 法人姓名 @example 李四 */ legal_person: string;
  /** 注册地址 @example 广东省深圳市南山区xx路xx号 */ company_address?: string;
  /** 有效期开始时间 @example 2019-06-06 */ license_period_begin?: string;
  /** 有效期结束时间 @example 2026-06-06 */ license_period_end?: string;
 };
 /** 登记证书信息 */ certificate_info?: {
  /** 证书类型 @example CERTIFICATE_TYPE_2388 */ cert_type: "CERTIFICATE_TYPE_2388" | "CERTIFICATE_TYPE_2389" | "CERTIFICATE_TYPE_2394" | "CERTIFICATE_TYPE_2395" | "CERTIFICATE_TYPE_2396" | "CERTIFICATE_TYPE_2520" | "CERTIFICATE_TYPE_2521" | "CERTIFICATE_TYPE_2522" | "CERTIFICATE_TYPE_2399" | "CERTIFICATE_TYPE_2400";
  /** 证书编号 @example 111111111111 */ cert_number: string;
  /** 证书照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ cert_copy: string;
  /** 商户名称 @example xx公益团体 */ merchant_name: string;
  /** 法人姓名 @example 李四 */ legal_person: string;
  /** 注册地址 @example 广东省深圳市南山区xx路xx号 */ company_address: string;
  /** 有效期开始时间 @example 2019-06-06 */ cert_period_begin: string;
  /** 有效期结束时间 @example 2026-06-06 */ cert_period_end: string;
 };
 /** 金融机构许可证 */ finance_institution_info?: {
  /** 金融机构类型 @example FINANCE_TYPE_BANK_AGENT */ finance_type: "FINANCE_TYPE_BANK_AGENT" | "FINANCE_TYPE_PAYMENT_AGENT" | "FINANCE_TYPE_INSURANCE" | "FINANCE_TYPE_TRADE_AND_SETTLE" | "FINANCE_TYPE_OTHER";
  /** 金融机构许可证图片 */ finance_license_pics: string[];
 };
 /** 法人身份信息 */ legal_person_info?: {
  /** 证件持有人类型 @example LEGAL */ id_holder_type: "LEGAL" | "SUPER";
  /** 证件类型 @example IDENTIFICATION_TYPE_IDCARD */ id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 法定代表人说明函 @example 47ZC6GC-vnrbEny_Ie_AUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ authorize_letter_copy?: string;
  /** 证件正面照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ card_front?: string;
  /** 证件反面照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ card_back?: string;
  /** 证件姓名 @example MZnwEx6zotwIz6ctW2/iQL5zaGs82HJNU3K+46ndk7pMrENiPDw== */ card_name?: string;
  /** 证件号码 @example MZnwEx6zotwIz6ctW2/iQL5zaGs82HJNU3K+46ndk7pMrENiPDw== */ card_number?: string;
  /** 证件居住地址 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPROspQO/0kjiwfqdfg== */ card_address?: string;
  /** 证件有效期开始时间 @example 2019-06-06 */ card_period_begin?: string;
  /** 证件有效期结束时间 @example 2026-06-06 */ card_period_end?: string;
  /** 经营者/法人是否为受益人 */ as_ubo?: boolean;
 };
 /** 最终受益人信息列表 */ ubo_info_list?: Array<{
  /** 证件类型 @example IDENTIFICATION_TYPE_IDCARD */ id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 证件正面照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ card_front: string;
  /** 证件反面照片 @example 0P3ng6KTIW4-Q_l2FjKLZuhHjFwczhJehHhAZN6BKXQPcs-VvdSo */ card_back?: string;
  /** 证件姓名 @example MZnwEx6zotwIz6ctW2/iQL5zaGs82HJNU3K+46ndk7pMrENiPDw== */ card_name: string;
  /** 证件号码 @example MZnwEx6zotwIz6ctW2/iQL5zaGs82HJNU3K+46ndk7pMrENiPDw== */ card_number: string;
  /** 证件居住地址 @example pVd1HJ6zyvPedzGaV+bzQIzfb3HHLEjZ4YiR/cJiCrZxnAqi+== */ card_address: string;
  /** 证件有效期开始时间 @example 2019-06-06 */ card_period_begin: string;
  /** 证件有效期结束时间 @example 2026-06-06 */ card_period_end: string;
 }>;
 /** 补充材料列表 */ addition?: {
  /** 银行开户许可证 */ bank_openaccount_license?: string[];
  /** 开户核准通知书 */ openaccount_approval?: string[];
  /** 法人身份辅助证明 */ legal_other_prove?: string[];
  /** 发证机关证明 */ agency_prove?: string[];
  /** 受益所有人补充材料 */ ubo_prove?: string[];
 };
}
/** 提交资料变更申请单: options */
export interface PostV3MchalterapplyMchsubjectalterapplymentOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MchalterapplyMchsubjectalterapplymentBody;
}
/** 提交资料变更申请单: response body */
export interface PostV3MchalterapplyMchsubjectalterapplymentData {
 /** 申请单号 */ apply_id?: string;
}

/** 查询申请单状态-使用业务单号: options */
export interface GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoOptions extends CallOptions {
 /** 微信支付商户号 @example 1900006491 */ merchant_code: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
}
/** 查询申请单状态-使用业务单号: response body */
export interface GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoData extends GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoDataFields {}

/** 查询资料变更申请单状态-使用申请单号: options */
export interface GetV3MchalterapplyMchsubjectalterapplymentOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 查询资料变更申请单状态-使用申请单号: response body */
export interface GetV3MchalterapplyMchsubjectalterapplymentData extends GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoDataFields {}

/** 撤销资料变更申请单: options */
export interface PostV3MchalterapplyMchsubjectalterapplymentRevokeOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 撤销资料变更申请单: response body */
export interface PostV3MchalterapplyMchsubjectalterapplymentRevokeData {
 /** 撤销状态 */ result: "SUCCESS" | "FAIL";
}

/** 提交商户简称变更申请单: request body */
export interface PostV3MchalterapplyMerchantnamealterapplymentBody {
 /** 二级商户号 @example 2492185251 */ sub_mchid: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
 /** 商户简称 @example 新疆大枣专卖店 */ merchant_shortname: string;
}
/** 提交商户简称变更申请单: options */
export interface PostV3MchalterapplyMerchantnamealterapplymentOptions extends CallOptions {
 json: PostV3MchalterapplyMerchantnamealterapplymentBody;
}
/** 提交商户简称变更申请单: response body */
export interface PostV3MchalterapplyMerchantnamealterapplymentData {
 /** 申请单号 */ apply_id?: string;
}

/** 查询商户简称申请单状态-使用业务单号和商户号: options */
export interface GetV3MchalterapplyMerchantnamealterapplymentMerchantOutRequestNoOptions extends CallOptions {
 /** 二级商户号 @example 1900006491 */ sub_mchid: string;
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
}
/** 查询商户简称申请单状态-使用业务单号和商户号: response body */
export interface GetV3MchalterapplyMerchantnamealterapplymentMerchantOutRequestNoData {
 /** 申请单号 */ apply_id: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 申请单状态 */ state: "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_MODIFING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
 /** 总体驳回原因 */ audit_reject_reason?: string;
}

/** 查询商户简称变更申请单状态-使用申请单号: options */
export interface GetV3MchalterapplyMerchantnamealterapplymentOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 查询商户简称变更申请单状态-使用申请单号: response body */
export interface GetV3MchalterapplyMerchantnamealterapplymentData {
 /** 申请单号 */ apply_id: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 微信支付商户号 */ merchant_code: string;
 /** 申请单状态 */ state: "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_MODIFING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
 /** 总体驳回原因 */ audit_reject_reason?: string;
}

/** 撤销商户简称变更申请单: options */
export interface PostV3MchalterapplyMerchantnamealterapplymentRevokeOptions extends CallOptions {
 /** 微信支付申请单号 @example 20220617143306000013906025001 */ apply_id: string;
}
/** 撤销商户简称变更申请单: response body */
export interface PostV3MchalterapplyMerchantnamealterapplymentRevokeData {
 /** 申请单号 */ apply_id?: string;
 /** 申请单状态 */ state?: "APPLYMENT_STATE_CANCELED";
}

export interface GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoDataFields {
 /** 申请单号 */ apply_id: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 微信支付商户号 */ merchant_code: string;
 /** 申请单状态 */ state: "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_MODIFING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
 /** 总体驳回原因 */ audit_reject_reason?: string;
 /** 驳回原因详情 */ audit_reject_detail?: Array<{
  /** 参数名称 */ param_name?: string;
  /** 驳回原因 */ reject_reason?: string;
 }>;
}

export interface GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoDataFields {
 /** 微信支付商户号 */ merchant_code: string;
 /** 申请单号 */ apply_id: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 申请单状态 */ state: "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_MODIFING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED" | "APPLYMENT_STATE_EDITTING";
 /** 总体驳回原因 */ audit_reject_reason?: string;
 /** 驳回原因详情 */ audit_reject_detail?: Array<{
  /** 参数名称 */ param_name?: string;
  /** 驳回原因 */ reject_reason?: string;
 }>;
}

export interface V3MchalterapplyNode {
 mchcontactalterapplyment: Open<V3MchalterapplyMchcontactalterapplymentNode>;
 mchsubjectalterapplyment: Open<V3MchalterapplyMchsubjectalterapplymentNode>;
 merchantnamealterapplyment: Open<V3MchalterapplyMerchantnamealterapplymentNode>;
 chain: ChainFrom<"v3/mchalterapply">;
}

export interface V3MchalterapplyMchcontactalterapplymentNode {
 /** 提交超管变更申请单 `POST /v3/mchalterapply/mchcontactalterapplyment` */
 post: Verb<PostV3MchalterapplyMchcontactalterapplymentOptions, PostV3MchalterapplyMchcontactalterapplymentData>;
 $apply_id$: Open<V3MchalterapplyMchcontactalterapplyment_apply_id_Node>;
 _apply_id_: Open<V3MchalterapplyMchcontactalterapplyment_apply_id_Node>;
 merchant: Open<V3MchalterapplyMchcontactalterapplymentMerchantNode>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment">;
}

export interface V3MchalterapplyMchcontactalterapplymentMerchantNode {
 $merchant_code$: Open<V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_Node>;
 _merchant_code_: Open<V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_Node>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/merchant">;
}

export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_Node {
 outRequestNo: Open<V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNoNode>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}">;
}

export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNoNode {
 $out_request_no$: Open<V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no">;
}

export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node {
 /**
  * 查询超管变更申请单状态-使用业务单号和商户号 `GET /v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4014090667
  */
 get: Verb<GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoOptions, GetV3MchalterapplyMchcontactalterapplymentMerchantOutRequestNoData>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}">;
}

export interface V3MchalterapplyMchcontactalterapplyment_apply_id_Node {
 /** 查询超管变更申请单状态-使用申请单号 `GET /v3/mchalterapply/mchcontactalterapplyment/{apply_id}` */
 get: Verb<GetV3MchalterapplyMchcontactalterapplymentOptions, GetV3MchalterapplyMchcontactalterapplymentData>;
 revoke: Open<V3MchalterapplyMchcontactalterapplymentRevokeNode>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/{apply_id}">;
}

export interface V3MchalterapplyMchcontactalterapplymentRevokeNode {
 /** 撤销超管变更申请单 `POST /v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke` */
 post: Verb<PostV3MchalterapplyMchcontactalterapplymentRevokeOptions, PostV3MchalterapplyMchcontactalterapplymentRevokeData>;
 chain: ChainFrom<"v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke">;
}

export interface V3MchalterapplyMchsubjectalterapplymentNode {
 /**
  * 提交资料变更申请单 `POST /v3/mchalterapply/mchsubjectalterapplyment`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4014090649
  */
 post: Verb<PostV3MchalterapplyMchsubjectalterapplymentOptions, PostV3MchalterapplyMchsubjectalterapplymentData>;
 $apply_id$: Open<V3MchalterapplyMchsubjectalterapplyment_apply_id_Node>;
 _apply_id_: Open<V3MchalterapplyMchsubjectalterapplyment_apply_id_Node>;
 merchant: Open<V3MchalterapplyMchsubjectalterapplymentMerchantNode>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment">;
}

export interface V3MchalterapplyMchsubjectalterapplymentMerchantNode {
 $merchant_code$: Open<V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_Node>;
 _merchant_code_: Open<V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_Node>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/merchant">;
}

export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_Node {
 outRequestNo: Open<V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNoNode>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}">;
}

export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNoNode {
 $out_request_no$: Open<V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no">;
}

export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_Node {
 /**
  * 查询申请单状态-使用业务单号 `GET /v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4014090667
  */
 get: Verb<GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoOptions, GetV3MchalterapplyMchsubjectalterapplymentMerchantOutRequestNoData>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}">;
}

export interface V3MchalterapplyMchsubjectalterapplyment_apply_id_Node {
 /**
  * 查询资料变更申请单状态-使用申请单号 `GET /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4014090655
  */
 get: Verb<GetV3MchalterapplyMchsubjectalterapplymentOptions, GetV3MchalterapplyMchsubjectalterapplymentData>;
 revoke: Open<V3MchalterapplyMchsubjectalterapplymentRevokeNode>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/{apply_id}">;
}

export interface V3MchalterapplyMchsubjectalterapplymentRevokeNode {
 /**
  * 撤销资料变更申请单 `POST /v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4014090672
  */
 post: Verb<PostV3MchalterapplyMchsubjectalterapplymentRevokeOptions, PostV3MchalterapplyMchsubjectalterapplymentRevokeData>;
 chain: ChainFrom<"v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke">;
}

export interface V3MchalterapplyMerchantnamealterapplymentNode {
 /** 提交商户简称变更申请单 `POST /v3/mchalterapply/merchantnamealterapplyment` */
 post: Verb<PostV3MchalterapplyMerchantnamealterapplymentOptions, PostV3MchalterapplyMerchantnamealterapplymentData>;
 $apply_id$: Open<V3MchalterapplyMerchantnamealterapplyment_apply_id_Node>;
 _apply_id_: Open<V3MchalterapplyMerchantnamealterapplyment_apply_id_Node>;
 merchant: Open<V3MchalterapplyMerchantnamealterapplymentMerchantNode>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment">;
}

export interface V3MchalterapplyMerchantnamealterapplymentMerchantNode {
 $sub_mchid$: Open<V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_Node>;
 _sub_mchid_: Open<V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_Node>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/merchant">;
}

export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_Node {
 outRequestNo: Open<V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNoNode>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}">;
}

export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNoNode {
 $out_request_no$: Open<V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no">;
}

export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_Node {
 /** 查询商户简称申请单状态-使用业务单号和商户号 `GET /v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}` */
 get: Verb<GetV3MchalterapplyMerchantnamealterapplymentMerchantOutRequestNoOptions, GetV3MchalterapplyMerchantnamealterapplymentMerchantOutRequestNoData>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}">;
}

export interface V3MchalterapplyMerchantnamealterapplyment_apply_id_Node {
 /** 查询商户简称变更申请单状态-使用申请单号 `GET /v3/mchalterapply/merchantnamealterapplyment/{apply_id}` */
 get: Verb<GetV3MchalterapplyMerchantnamealterapplymentOptions, GetV3MchalterapplyMerchantnamealterapplymentData>;
 revoke: Open<V3MchalterapplyMerchantnamealterapplymentRevokeNode>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/{apply_id}">;
}

export interface V3MchalterapplyMerchantnamealterapplymentRevokeNode {
 /** 撤销商户简称变更申请单 `POST /v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke` */
 post: Verb<PostV3MchalterapplyMerchantnamealterapplymentRevokeOptions, PostV3MchalterapplyMerchantnamealterapplymentRevokeData>;
 chain: ChainFrom<"v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke">;
}
