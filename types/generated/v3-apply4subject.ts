// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 查询商户开户意愿申请单审核结果API: options */
export interface GetV3Apply4subjectApplymentOptions extends CallOptions {
 query?: {
  /** 申请单编号 */ applyment_id?: string;
  /** 业务申请编号 */ business_code?: string;
 };
}
/** 查询商户开户意愿申请单审核结果API: response body */
export interface GetV3Apply4subjectApplymentData {
 /** 申请单状态 */ applyment_state: "APPLYMENT_STATE_WAITTING_FOR_AUDIT" | "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT" | "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON" | "APPLYMENT_STATE_PASSED" | "APPLYMENT_STATE_FREEZED" | "APPLYMENT_STATE_EDITTING" | "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_TO_BE_CONFIRMED" | "APPLYMENT_STATE_TO_BE_SIGNED" | "APPLYMENT_STATE_SIGNING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
 /** 小程序码图片 */ qrcode_data?: string;
 /** 驳回参数 */ reject_param?: string;
 /** 驳回原因 */ reject_reason?: string;
}

/** 提交商户开户意愿申请单API: request body */
export interface PostV3Apply4subjectApplymentBody {
 /** 业务申请编号 */ business_code: string;
 /** 联系人信息 */ contact_info: {
  /** 超级管理员类型 */ contact_type?: "LEGAL" | "SUPER";
  /** 联系人姓名 */ name: string;
  contact_id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 联系人身份证号码 */ id_card_number: string;
  /** 联系人证件正面照片 */ contact_id_doc_copy?: string;
  /** 联系人证件反面照片 */ contact_id_doc_copy_back?: string;
  /** 联系人证件有效期开始时间 */ contact_period_begin?: string;
  /** 联系人证件有效期结束时间 */ contact_period_end?: string;
  /** 业务办理授权函 */ business_authorization_letter?: string;
  /** 联系人手机号 */ mobile: string;
 };
 /** 主体信息 */ subject_info: {
  /** 主体类型 */ subject_type: "SUBJECT_TYPE_INDIVIDUAL" | "SUBJECT_TYPE_ENTERPRISE" | "SUBJECT_TYPE_INSTITUTIONS" | "SUBJECT_TYPE_OTHERS" | "SUBJECT_TYPE_MICRO" | "SUBJECT_TYPE_GOVERNMENT" | "SUBJECT_TYPE_INSTITUTIONS_CLONED";
  /** 是否金融机构 */ is_finance_institution?: boolean;
  /** 营业执照 */ business_license_info: {
   /** 营业执照注册号 */ licence_number: string;
   /** 营业执照照片 */ licence_copy: string;
   /** 商户名称 */ merchant_name: string;
   /** 法人姓名 */ legal_person: string;
   /** 注册地址 */ company_address: string;
   /** 营业执照有效日期`JSON`格式字符串 @example ["1970-01-01","forever"] */ licence_valid_date: string;
  };
  /** 登记证书 */ certificate_info?: {
   /** 登记证书类型 */ cert_type: "CERTIFICATE_TYPE_2388" | "CERTIFICATE_TYPE_2389" | "CERTIFICATE_TYPE_2390" | "CERTIFICATE_TYPE_2391" | "CERTIFICATE_TYPE_2392" | "CERTIFICATE_TYPE_2393" | "CERTIFICATE_TYPE_2394" | "CERTIFICATE_TYPE_2395" | "CERTIFICATE_TYPE_2396" | "CERTIFICATE_TYPE_2399" | "CERTIFICATE_TYPE_2400" | "CERTIFICATE_TYPE_2520" | "CERTIFICATE_TYPE_2521" | "CERTIFICATE_TYPE_2522";
   /** 证书编号 */ cert_number: string;
   /** 登记证书照片 */ cert_copy: string;
   /** 商户名称 */ merchant_name: string;
   /** 法人姓名 */ legal_person: string;
   /** 注册地址 */ company_address: string;
   /** 营业执照有效日期`JSON`格式字符串 @example ["1970-01-01","forever"] */ cert_valid_date: string;
  };
  /** 单位证明函照片 */ company_prove_copy?: string;
  /** 辅助证明材料信息 */ assist_prove_info?: {
   /** 小微经营类型 @example MICRO_TYPE_STORE */ micro_biz_type: "MICRO_TYPE_STORE" | "MICRO_TYPE_MOBILE" | "MICRO_TYPE_ONLINE";
   /** 门店名称 */ store_name: string;
   /** 门店省市编码 */ store_address_code?: string;
   /** 门店地址 */ store_address: string;
   /** 门店门头照片 */ store_header_copy: string;
   /** 店内环境照片 */ store_indoor_copy: string;
  };
  /** 经营许可证列表信息 */ special_operation_info?: Array<{
   /** 行业ID */ category_id: 44 | 33 | 22 | 41 | 42 | 49 | 50 | 51 | 36 | 54 | 55 | 32 | 52;
   store_indoor_copy?: string[];
  }>;
  /** 金融机构许可证信息 */ finance_institution_info?: {
   /** 金融机构类型 */ finance_type?: "BANK_AGENT" | "PAYMENT_AGENT" | "INSURANCE" | "TRADE_AND_SETTLE" | "OTHER";
   /** 金融机构许可证图片 */ finance_license_pics?: string[];
  };
 };
 /** 法人身份信息 */ identification_info: {
  /** 超级管理员类型 */ id_holder_type?: "LEGAL" | "SUPER";
  identification_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 法定代表人说明函 */ authorize_letter_copy?: string;
  /** 证件姓名 */ identification_name: string;
  /** 证件号码 */ identification_number: string;
  /** 证件有效日期`JSON`格式字符串 @example ["1970-01-01","forever"] */ identification_valid_date: string;
  /** 证件居住地址 */ identification_address?: string;
  /** 证件正面照片 */ identification_front_copy: string;
  /** 证件反面照片 */ identification_back_copy?: string;
  /** 经营者/法人是否为受益人 */ owner?: boolean;
 };
 /** 最终受益人信息列表 */ ubo_info_list?: Array<{
  ubo_id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 证件正面照片 */ ubo_id_doc_copy: string;
  /** 证件反面照片 */ ubo_id_doc_copy_back: string;
  /** 证件姓名 */ ubo_id_doc_name: string;
  /** 证件号码 */ ubo_id_doc_number: string;
  /** 证件居住地址 */ ubo_id_doc_address: string;
  /** 证件有效期开始时间 */ ubo_period_begin: string;
  /** 证件有效期结束时间 */ ubo_period_end: string;
 }>;
 /** 补充材料 */ addition_info?: {
  /** 待确认商户号列表 */ confirm_mchid_list?: string[];
 };
}
/** 提交商户开户意愿申请单API: options */
export interface PostV3Apply4subjectApplymentOptions extends CallOptions {
 query?: {
  /** 渠道商户号 */ channel_id?: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3Apply4subjectApplymentBody;
}
/** 提交商户开户意愿申请单API: response body */
export interface PostV3Apply4subjectApplymentData {
 /** 微信支付申请单号 */ applyment_id: number;
}

/** 获取商户开户意愿确认状态API: options */
export interface GetV3Apply4subjectApplymentMerchantsStateOptions extends CallOptions {
 /** 特约商户号 */ sub_mchid: string;
}
/** 获取商户开户意愿确认状态API: response body */
export interface GetV3Apply4subjectApplymentMerchantsStateData {
 /** 授权状态 */ authorize_state: "AUTHORIZE_STATE_UNAUTHORIZED" | "AUTHORIZE_STATE_AUTHORIZED";
}

/** 撤销商户开户意愿申请单API: options */
export interface PostV3Apply4subjectApplyment_applyment_id_CancelOptions extends CallOptions {
 /** 申请单编号 */ applyment_id: string;
}
/** 撤销商户开户意愿申请单API: response body */
export type PostV3Apply4subjectApplyment_applyment_id_CancelData = undefined;

/** 撤销商户开户意愿申请单API: options */
export interface PostV3Apply4subjectApplyment_business_code_CancelOptions extends CallOptions {
 /** 业务申请编号 */ business_code: string;
}
/** 撤销商户开户意愿申请单API: response body */
export type PostV3Apply4subjectApplyment_business_code_CancelData = undefined;

export interface V3Apply4subjectNode {
 applyment: Open<V3Apply4subjectApplymentNode>;
 chain: ChainFrom<"v3/apply4subject">;
}

export interface V3Apply4subjectApplymentNode {
 /**
  * 查询商户开户意愿申请单审核结果API `GET /v3/apply4subject/applyment`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_3.shtml
  */
 get: OptionalVerb<GetV3Apply4subjectApplymentOptions, GetV3Apply4subjectApplymentData>;
 /**
  * 提交商户开户意愿申请单API `POST /v3/apply4subject/applyment`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_1.shtml
  */
 post: Verb<PostV3Apply4subjectApplymentOptions, PostV3Apply4subjectApplymentData>;
 $applyment_id$: Open<V3Apply4subjectApplyment_applyment_id_Node>;
 $business_code$: Open<V3Apply4subjectApplyment_business_code_Node>;
 _applyment_id_: Open<V3Apply4subjectApplyment_applyment_id_Node>;
 _business_code_: Open<V3Apply4subjectApplyment_business_code_Node>;
 merchants: Open<V3Apply4subjectApplymentMerchantsNode>;
 chain: ChainFrom<"v3/apply4subject/applyment">;
}

export interface V3Apply4subjectApplymentMerchantsNode {
 $sub_mchid$: Open<V3Apply4subjectApplymentMerchants_sub_mchid_Node>;
 _sub_mchid_: Open<V3Apply4subjectApplymentMerchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/apply4subject/applyment/merchants">;
}

export interface V3Apply4subjectApplymentMerchants_sub_mchid_Node {
 state: Open<V3Apply4subjectApplymentMerchantsStateNode>;
 chain: ChainFrom<"v3/apply4subject/applyment/merchants/{sub_mchid}">;
}

export interface V3Apply4subjectApplymentMerchantsStateNode {
 /**
  * 获取商户开户意愿确认状态API `GET /v3/apply4subject/applyment/merchants/{sub_mchid}/state`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_4.shtml
  */
 get: Verb<GetV3Apply4subjectApplymentMerchantsStateOptions, GetV3Apply4subjectApplymentMerchantsStateData>;
 chain: ChainFrom<"v3/apply4subject/applyment/merchants/{sub_mchid}/state">;
}

export interface V3Apply4subjectApplyment_applyment_id_Node {
 cancel: Open<V3Apply4subjectApplyment_applyment_id_CancelNode>;
 chain: ChainFrom<"v3/apply4subject/applyment/{applyment_id}">;
}

export interface V3Apply4subjectApplyment_applyment_id_CancelNode {
 /**
  * 撤销商户开户意愿申请单API `POST /v3/apply4subject/applyment/{applyment_id}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_2.shtml
  */
 post: Verb<PostV3Apply4subjectApplyment_applyment_id_CancelOptions, PostV3Apply4subjectApplyment_applyment_id_CancelData>;
 chain: ChainFrom<"v3/apply4subject/applyment/{applyment_id}/cancel">;
}

export interface V3Apply4subjectApplyment_business_code_Node {
 cancel: Open<V3Apply4subjectApplyment_business_code_CancelNode>;
 chain: ChainFrom<"v3/apply4subject/applyment/{business_code}">;
}

export interface V3Apply4subjectApplyment_business_code_CancelNode {
 /**
  * 撤销商户开户意愿申请单API `POST /v3/apply4subject/applyment/{business_code}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_2.shtml
  */
 post: Verb<PostV3Apply4subjectApplyment_business_code_CancelOptions, PostV3Apply4subjectApplyment_business_code_CancelData>;
 chain: ChainFrom<"v3/apply4subject/applyment/{business_code}/cancel">;
}
