// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交申请单API: request body */
export interface PostV3Applyment4subApplymentBody {
 /** 业务申请编号 */ business_code: string;
 /** 超级管理员信息 */ contact_info: {
  /** 超级管理员类型 */ contact_type: "LEGAL" | "SUPER";
  /** 超级管理员姓名 */ contact_name: string;
  contact_id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 超级管理员身份证件号码 */ contact_id_number?: string;
  /** 超级管理员证件正面照片 */ contact_id_doc_copy?: string;
  /** 超级管理员证件反面照片 */ contact_id_doc_copy_back?: string;
  /** 超级管理员证件有效期开始时间 */ contact_period_begin?: string;
  /** 超级管理员证件有效期结束时间 */ contact_period_end?: string;
  /** 业务办理授权函 */ business_authorization_letter?: string;
  /** 超级管理员微信openid */ openid?: string;
  /** 联系手机 */ mobile_phone: string;
  /** 联系邮箱 */ contact_email: string;
 };
 /** 主体资料 */ subject_info: {
  /** 主体类型 */ subject_type: "SUBJECT_TYPE_INDIVIDUAL" | "SUBJECT_TYPE_ENTERPRISE" | "SUBJECT_TYPE_INSTITUTIONS" | "SUBJECT_TYPE_OTHERS" | "SUBJECT_TYPE_MICRO" | "SUBJECT_TYPE_GOVERNMENT" | "SUBJECT_TYPE_INSTITUTIONS_CLONED";
  /** 是否是金融机构 */ finance_institution?: boolean;
  /** 小微辅助证明材料 */ micro_biz_info?: {
   /** 小微经营类型 */ micro_biz_type: "MICRO_TYPE_STORE" | "MICRO_TYPE_MOBILE" | "MICRO_TYPE_ONLINE";
   /** 门店场所 */ micro_store_info?: {
    /** 门店名称 */ micro_name: string;
    /** 门店省市编码 */ micro_address_code: string;
    /** 门店地址 */ micro_address: string;
    /** 门店门头照片 */ store_entrance_pic: string;
    /** 店内环境照片 */ micro_indoor_copy: string;
    /** 门店经度 */ store_longitude?: string;
    /** 门店纬度 */ store_latitude?: string;
   };
   /** 流动经营/便民服务 */ micro_mobile_info?: {
    /** 经营/服务名称 */ micro_mobile_name: string;
    /** 经营/服务所在地省市 */ micro_mobile_city: string;
    /** 经营/服务所在地 */ micro_mobile_address: string;
    /** 经营/服务现场照片 */ micro_mobile_pics: string[];
   };
   /** 线上商品/服务交易 */ micro_online_info?: {
    /** 线上店铺名称 */ micro_online_store: string;
    /** 电商平台名称 */ micro_ec_name: string;
    /** 店铺二维码 */ micro_qrcode?: string;
    /** 店铺链接 */ micro_link?: string;
   };
  };
  /** 营业执照 */ business_license_info: {
   /** 营业执照照片 */ license_copy: string;
   /** 注册号/统一社会信用代码 */ license_number: string;
   /** 商户名称 */ merchant_name: string;
   /** 个体户经营者/法人姓名 */ legal_person: string;
   /** 注册地址 */ license_address?: string;
   /** 有效期限开始日期 */ period_begin?: string;
   /** 有效期限结束日期 */ period_end?: string;
  };
  /** 登记证书 */ certificate_info: {
   /** 登记证书照片 */ cert_copy: string;
   /** 登记证书类型 */ cert_type: "CERTIFICATE_TYPE_2388" | "CERTIFICATE_TYPE_2389" | "CERTIFICATE_TYPE_2390" | "CERTIFICATE_TYPE_2391" | "CERTIFICATE_TYPE_2392" | "CERTIFICATE_TYPE_2393" | "CERTIFICATE_TYPE_2394" | "CERTIFICATE_TYPE_2395" | "CERTIFICATE_TYPE_2396" | "CERTIFICATE_TYPE_2399" | "CERTIFICATE_TYPE_2400" | "CERTIFICATE_TYPE_2520" | "CERTIFICATE_TYPE_2521" | "CERTIFICATE_TYPE_2522";
   /** 证书号 */ cert_number: string;
   /** 商户名称 */ merchant_name: string;
   /** 注册地址 */ company_address: string;
   /** 法人姓名 */ legal_person: string;
   /** 有效期限开始日期 */ period_begin: string;
   /** 有效期限结束日期 */ period_end: string;
  };
  /** 组织机构代码证信息 */ organization_info?: {
   /** 组织机构代码证照片 */ organization_copy: string;
   /** 组织机构代码 */ organization_code: string;
   /** 组织机构代码证有效期开始日期 */ org_period_begin: string;
   /** 组织机构代码证有效期结束日期 */ org_period_end: string;
  };
  /** 单位证明函照片 */ certificate_letter_copy?: string;
  /** 金融机构许可证信息 */ finance_institution_info?: {
   /** 金融机构类型 */ finance_type?: "BANK_AGENT" | "PAYMENT_AGENT" | "INSURANCE" | "TRADE_AND_SETTLE" | "OTHER";
   /** 金融机构许可证图片 */ finance_license_pics?: string[];
  };
  /** 经营者/法人身份证件 */ identity_info: {
   /** 超级管理员类型 */ id_holder_type?: "LEGAL" | "SUPER";
   id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
   /** 法定代表人说明函 */ authorize_letter_copy?: string;
   /** 经营者/法人身份证信息 */ id_card_info?: {
    /** 身份证人像面照片 */ id_card_copy: string;
    /** 身份证国徽面照片 */ id_card_national: string;
    /** 身份证姓名 */ id_card_name: string;
    /** 身份证号码 */ id_card_number: string;
    /** 身份证居住地址 */ id_card_address?: string;
    /** 身份证有效期开始时间 */ card_period_begin: string;
    /** 身份证有效期结束时间 */ card_period_end: string;
   };
   /** 经营者/法人其他类型证件信息 */ id_doc_info?: {
    /** 证件正面照片 */ id_doc_copy: string;
    /** 证件反面照片 */ id_doc_copy_back?: string;
    /** 证件姓名 */ id_doc_name: string;
    /** 证件号码 */ id_doc_number: string;
    /** 证件居住地址 */ id_doc_address?: string;
    /** 证件有效期开始时间 */ doc_period_begin: string;
    /** 证件有效期结束时间 */ doc_period_end: string;
   };
   /** 经营者/法人是否为受益人 */ owner?: boolean;
  };
  /** 最终受益人信息列表 */ ubo_info_list?: Array<{
   ubo_id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
   /** 身份证人像面照片 */ ubo_id_doc_copy: string;
   /** 身份证国徽面照片 */ ubo_id_doc_copy_back: string;
   /** 受益人姓名 */ ubo_id_doc_name: string;
   /** 证件号码 */ ubo_id_doc_number: string;
   /** 证件居住地址 */ ubo_id_doc_address: string;
   /** 证件有效期开始时间 */ ubo_period_begin: string;
   /** 证件有效期结束时间 */ ubo_period_end: string;
  }>;
 };
 /** 经营资料 */ business_info: {
  /** 商户简称 */ merchant_shortname: string;
  /** 客服电话 */ service_phone: string;
  /** 经营场景 */ sales_info: {
   sales_scenes_type: Array<"SALES_SCENES_STORE" | "SALES_SCENES_MP" | "SALES_SCENES_MINI_PROGRAM" | "SALES_SCENES_WEB" | "SALES_SCENES_APP" | "SALES_SCENES_WEWORK">;
   /** 线下场所场景 */ biz_store_info?: {
    /** 线下场所名称 */ biz_store_name: string;
    /** 线下场所省市编码 */ biz_address_code: string;
    /** 线下场所地址 */ biz_store_address: string;
    store_entrance_pic: string[];
    indoor_pic: string[];
    /** 线下场所对应的商家AppID */ biz_sub_appid?: string;
   };
   /** 公众号场景 */ mp_info?: {
    /** 服务商公众号AppID */ mp_appid?: string;
    /** 商家公众号AppID */ mp_sub_appid?: string;
    mp_pics?: string[];
   };
   /** 小程序场景 */ mini_program_info?: {
    /** 服务商小程序APPID */ mini_program_appid?: string;
    /** 商家小程序APPID */ mini_program_sub_appid?: string;
    mini_program_pics?: string[];
   };
   /** App场景 */ app_info?: {
    /** 服务商应用APPID */ app_appid?: string;
    /** 商家应用APPID */ app_sub_appid?: string;
    app_pics?: string[];
   };
   /** 互联网网站场景 */ web_info?: {
    /** 互联网网站域名 */ domain?: string;
    /** 网站授权函 */ web_authorisation?: string;
    /** 互联网网站对应的商家APPID */ web_appid?: string;
   };
   /** 企业微信场景 */ wework_info?: {
    /** 商家企业微信CorpID */ sub_corp_id?: string;
    wework_pics?: string[];
   };
  };
 };
 /** 结算规则 */ settlement_info: {
  /** 入驻结算规则ID */ settlement_id?: string;
  /** 所属行业 */ qualification_type?: string;
  /** 特殊资质图片 */ qualifications?: string[];
  /** 优惠费率活动ID */ activities_id?: string;
  /** 优惠费率活动值 */ activities_rate?: string;
  /** 非信用卡活动费率值 */ debit_activities_rate?: string;
  /** 信用卡活动费率值 */ credit_activities_rate?: string;
  /** 优惠费率活动补充材料 */ activities_additions?: string[];
 };
 bank_account_info: {
  /** 账户类型 */ bank_account_type: "BANK_ACCOUNT_TYPE_CORPORATE" | "BANK_ACCOUNT_TYPE_PERSONAL";
  /** 开户名称 */ account_name: string;
  /** 开户银行 @example 工商银行 */ account_bank: string;
  /** 开户银行省市编码 */ bank_address_code: string;
  /** 开户银行全称 @example 施秉县农村信用合作联社城关信用社 */ bank_name?: string;
  /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
  /** 银行账号 @example ciphertext */ account_number?: string;
 };
 /** 补充材料 */ addition_info?: {
  /** 法人开户承诺函 */ legal_person_commitment?: string;
  /** 法人开户意愿视频 */ legal_person_video?: string;
  /** 补充材料 */ business_addition_pics?: string[];
  /** 补充说明 */ business_addition_msg?: string;
 };
}
/** 提交申请单API: options */
export interface PostV3Applyment4subApplymentOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3Applyment4subApplymentBody;
}
/** 提交申请单API: response body */
export interface PostV3Applyment4subApplymentData {
 /** 微信支付申请单号 */ applyment_id: number;
}

/** 通过申请单号查询申请状态: options */
export interface GetV3Applyment4subApplymentApplymentIdOptions extends CallOptions {
 /** 业务申请编号 */ applyment_id: string | number;
}
/** 通过申请单号查询申请状态: response body */
export interface GetV3Applyment4subApplymentApplymentIdData extends GetV3Applyment4subApplymentApplymentIdDataFields {}

/** 通过业务申请编号查询申请状态: options */
export interface GetV3Applyment4subApplymentBusinessCodeOptions extends CallOptions {
 /** 业务申请编号 */ business_code: string;
}
/** 通过业务申请编号查询申请状态: response body */
export interface GetV3Applyment4subApplymentBusinessCodeData extends GetV3Applyment4subApplymentApplymentIdDataFields {}

export interface GetV3Applyment4subApplymentApplymentIdDataFields {
 /** 业务申请编号 */ business_code?: string;
 /** 微信支付申请单号 */ applyment_id?: number;
 /** 特约商户号 */ sub_mchid?: string;
 /** 超级管理员签约链接 */ sign_url?: string;
 /** 申请单状态 */ applyment_state: "APPLYMENT_STATE_WAITTING_FOR_AUDIT" | "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT" | "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON" | "APPLYMENT_STATE_PASSED" | "APPLYMENT_STATE_FREEZED" | "APPLYMENT_STATE_EDITTING" | "APPLYMENT_STATE_AUDITING" | "APPLYMENT_STATE_REJECTED" | "APPLYMENT_STATE_TO_BE_CONFIRMED" | "APPLYMENT_STATE_TO_BE_SIGNED" | "APPLYMENT_STATE_SIGNING" | "APPLYMENT_STATE_FINISHED" | "APPLYMENT_STATE_CANCELED";
 /** 申请状态描述 */ applyment_state_msg?: string;
 /** 驳回原因详情 */ audit_detail?: Array<{
  /** 字段名 */ field?: string;
  /** 字段名称 */ field_name?: string;
  /** 驳回原因 */ reject_reason?: string;
 }>;
}

export interface V3Applyment4subNode {
 applyment: Open<V3Applyment4subApplymentNode>;
 chain: ChainFrom<"v3/applyment4sub">;
}

export interface V3Applyment4subApplymentNode {
 "": Open<V3Applyment4subApplymentNode2>;
 applyment_id: Open<V3Applyment4subApplymentApplymentIdNode>;
 business_code: Open<V3Applyment4subApplymentBusinessCodeNode>;
 chain: ChainFrom<"v3/applyment4sub/applyment">;
}

export interface V3Applyment4subApplymentNode2 {
 /**
  * 提交申请单API `POST /v3/applyment4sub/applyment/`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter11_1_1.shtml
  */
 post: Verb<PostV3Applyment4subApplymentOptions, PostV3Applyment4subApplymentData>;
 chain: ChainFrom<"v3/applyment4sub/applyment/">;
}

export interface V3Applyment4subApplymentApplymentIdNode {
 $applyment_id$: Open<V3Applyment4subApplymentApplymentId_applyment_id_Node>;
 _applyment_id_: Open<V3Applyment4subApplymentApplymentId_applyment_id_Node>;
 chain: ChainFrom<"v3/applyment4sub/applyment/applyment_id">;
}

export interface V3Applyment4subApplymentApplymentId_applyment_id_Node {
 /**
  * 通过申请单号查询申请状态 `GET /v3/applyment4sub/applyment/applyment_id/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml
  */
 get: Verb<GetV3Applyment4subApplymentApplymentIdOptions, GetV3Applyment4subApplymentApplymentIdData>;
 chain: ChainFrom<"v3/applyment4sub/applyment/applyment_id/{applyment_id}">;
}

export interface V3Applyment4subApplymentBusinessCodeNode {
 $business_code$: Open<V3Applyment4subApplymentBusinessCode_business_code_Node>;
 _business_code_: Open<V3Applyment4subApplymentBusinessCode_business_code_Node>;
 chain: ChainFrom<"v3/applyment4sub/applyment/business_code">;
}

export interface V3Applyment4subApplymentBusinessCode_business_code_Node {
 /**
  * 通过业务申请编号查询申请状态 `GET /v3/applyment4sub/applyment/business_code/{business_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml
  */
 get: Verb<GetV3Applyment4subApplymentBusinessCodeOptions, GetV3Applyment4subApplymentBusinessCodeData>;
 chain: ChainFrom<"v3/applyment4sub/applyment/business_code/{business_code}">;
}
