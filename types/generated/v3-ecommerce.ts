// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交注销提现申请: request body */
export interface PostV3EcommerceAccountApplyCancelWithdrawBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户注销申请单号 @example P202410241010125346 */ out_request_no: string;
 /** 是否提取资金 @example APPLY_WITHDRAW */ withdraw?: "APPLY_WITHDRAW" | "NOT_APPLY_WITHDRAW";
 /** 收款账号信息 */ payee_info: {
  /** 账户类型 @example ACCOUNT_TYPE_CORPORATE */ account_type: "ACCOUNT_TYPE_CORPORATE" | "ACCOUNT_TYPE_PERSONAL";
  /** 银行账户 */ bank_account_info: {
   /** 开户名称 @example AOZdYGISxo4y44/UgZ69b0zZXkw== */ account_name: string;
   /** 开户银行 @example 工商银行 */ account_bank: string;
   /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
   /** 开户银行全称 */ bank_branch_name?: string;
   /** 开户银行全称 @example 402713354941 */ bank_name?: string;
   /** 银行账号 @example d+xT+MQCvrLHeorwC+w== */ account_number: string;
  };
  /** 收款人账号对应的证件信息 */ identity_info?: {
   /** 证件类型 @example IDENTIFICATION_TYPE_IDCARD */ id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
   /** 证件姓名 @example pVd1HJ6zyvPedzfg== */ identification_name: string;
   /** 证件号码 @example AOZdYGISxo4y44/UgZ69bkw== */ identification_no: string;
  };
 };
 /** 付款申请材料 */ proof_medias?: Array<{
  /** 申请证明材料类型 @example WITHDRAWAL_APPLICATION */ proof_media_type: "WITHDRAWAL_APPLICATION";
  /** 证明材料照片 @example jTpGmxUX3FBWVQ5NJTZvlKXQ */ proof_media: string;
 }>;
 /** 其他补充材料 */ additional_materials?: string[];
 /** 备注 @example 特殊理由 */ remark?: string;
}
/** 提交注销提现申请: options */
export interface PostV3EcommerceAccountApplyCancelWithdrawOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceAccountApplyCancelWithdrawBody;
}
/** 提交注销提现申请: response body */
export interface PostV3EcommerceAccountApplyCancelWithdrawData {
 /** 微信支付注销提现申请单号 */ applyment_id?: string;
 /** 商户注销提现申请单号 */ out_request_no?: string;
}

/** 微信支付注销提现申请单号查询申请单状态: options */
export interface GetV3EcommerceAccountApplyCancelWithdrawApplymentIdOptions extends CallOptions {
 /** 微信支付付销提现申请单号 @example X202410241010125346 */ applyment_id: string;
}
/** 微信支付注销提现申请单号查询申请单状态: response body */
export interface GetV3EcommerceAccountApplyCancelWithdrawApplymentIdData extends GetV3EcommerceAccountApplyCancelWithdrawApplymentIdDataFields {}

/** 平台代商户确认注销: request body */
export interface PostV3EcommerceAccountApplyCancelWithdrawConfirmBody {
 /** 微信支付注销单号 @example X202410241010125346 */ applyment_id?: string;
 /** 商户注销申请单号 @example P202410241010125346 */ out_request_no?: string;
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 平台确认操作人标识 @example id1102 */ operator_identification: string;
 /** 注销确认时间 @example 2015-05-20T13:29:35.120+08:00 */ confirm_time: string;
 /** 注销协议版本号 @example V20241213 */ cancel_contract_version: string;
}
/** 平台代商户确认注销: options */
export interface PostV3EcommerceAccountApplyCancelWithdrawConfirmOptions extends CallOptions {
 json: PostV3EcommerceAccountApplyCancelWithdrawConfirmBody;
}
/** 平台代商户确认注销: response body */
export interface PostV3EcommerceAccountApplyCancelWithdrawConfirmData {
 /** 微信支付注销单号 */ applyment_id?: string;
 /** 商户注销申请单号 */ out_request_no?: string;
 /** 二级商户号 */ sub_mchid?: string;
}

/** 商户注销提现申请单号查询申请单状态: options */
export interface GetV3EcommerceAccountApplyCancelWithdrawOutRequestNoOptions extends CallOptions {
 /** 商户注销提现申请号 @example P202410241010125346 */ out_request_no: string;
}
/** 商户注销提现申请单号查询申请单状态: response body */
export interface GetV3EcommerceAccountApplyCancelWithdrawOutRequestNoData extends GetV3EcommerceAccountApplyCancelWithdrawApplymentIdDataFields {}

/** 商户注销资格校验: options */
export interface GetV3EcommerceAccountApplyCancelWithdrawValidateCancelOptions extends CallOptions {
 /** 申请注销的二级商户号 @example 1900000109 */ sub_mchid: string;
}
/** 商户注销资格校验: response body */
export interface GetV3EcommerceAccountApplyCancelWithdrawValidateCancelData {
 /** 注销检查的二级商户号 */ sub_mchid: string;
 /** 注销提现申请单状态 */ merchant_state: "NORMAL" | "HAS_BEEN_CANCELLED";
 /** 注销资格检查结果 */ validate_result: "ALLOW_CANCEL_WITHDRAW" | "NOT_ALLOW_CANCEL_WITHDRAW";
 /** 账户信息 */ account_info: Array<{
  /** 商户资金账户余额 */ out_account_type: "BASIC_ACCOUNT" | "OPERATE_ACCOUNT" | "MARGIN_ACCOUNT" | "TRADE_FEE_ACCOUNT";
  /** 账户金额 */ amount: number;
 }>;
 /** 不可发起注销原因 */ block_reasons?: Array<{
  /** 二级商户号的出款子账户类型 */ type?: "CONSUMER_COMPLAINT_UNPROCESSED" | "HAS_BLOCKING_CONTROL" | "FUNDS_PENDING_PROCESSING" | "OTHER_REASON";
  /** 原因描述 */ description?: string;
 }>;
}

/** 提交注销申请单: request body */
export interface PostV3EcommerceAccountCancelApplicationsBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户注销申请单号 @example 2019061122222222122 */ out_apply_no: string;
 /** 注销申请材料 */ application_info: Array<{
  /** 注销申请材料类型 */ application_type?: "SP_CANCEL_ACCOUNT_APPLICATION" | "SUB_CANCEL_ACCOUNT_APPLICATION";
  /** 图片MediaID */ application_media_id?: string;
 }>;
}
/** 提交注销申请单: options */
export interface PostV3EcommerceAccountCancelApplicationsOptions extends CallOptions {
 json: PostV3EcommerceAccountCancelApplicationsBody;
}
/** 提交注销申请单: response body */
export interface PostV3EcommerceAccountCancelApplicationsData extends PostV3EcommerceAccountCancelApplicationsDataFields {}

/** The parts of the multipart/form-data body of POST /v3/ecommerce/account/cancel-applications/media. */
export interface PostV3EcommerceAccountCancelApplicationsMediaForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件摘要 */ file_digest?: string;
  /** 文件名称 */ file_name?: string;
 };
}
/** 图片上传API: options */
export interface PostV3EcommerceAccountCancelApplicationsMediaOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3EcommerceAccountCancelApplicationsMediaForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 图片上传API: response body */
export interface PostV3EcommerceAccountCancelApplicationsMediaData {
 /** 媒体文件标识Id */ media_id: string;
}

/** 查询注销单状态: options */
export interface GetV3EcommerceAccountCancelApplicationsOutApplyNoOptions extends CallOptions {
 /** 商户注销申请单号 @example 2019061122222222122 */ out_apply_no: string;
}
/** 查询注销单状态: response body */
export interface GetV3EcommerceAccountCancelApplicationsOutApplyNoData extends PostV3EcommerceAccountCancelApplicationsDataFields {}

/** 二级商户进件API: request body */
export interface PostV3EcommerceApplymentsBody {
 /** 业务申请编号 */ out_request_no: string;
 /** 主体类型 */ organization_type: 2401 | 2500 | 4 | 2 | 3 | 2502 | 1708;
 /** 是否金融机构 */ finance_institution?: boolean;
 /** 营业执照/登记证书信息 */ business_license_info?: {
  /** 登记证书类型 */ cert_type?: "CERTIFICATE_TYPE_2388" | "CERTIFICATE_TYPE_2389" | "CERTIFICATE_TYPE_2390" | "CERTIFICATE_TYPE_2391" | "CERTIFICATE_TYPE_2392" | "CERTIFICATE_TYPE_2393" | "CERTIFICATE_TYPE_2394" | "CERTIFICATE_TYPE_2395" | "CERTIFICATE_TYPE_2396" | "CERTIFICATE_TYPE_2399" | "CERTIFICATE_TYPE_2400" | "CERTIFICATE_TYPE_2520" | "CERTIFICATE_TYPE_2521" | "CERTIFICATE_TYPE_2522";
  /** 证件扫描件 */ business_license_copy?: string;
  /** 证件注册号 @example 123456789012345678 */ business_license_number?: string;
  /** 商户名称 @example 腾讯科技有限公司 */ merchant_name?: string;
  /** 经营者/法定代表人姓名 @example 张三 */ legal_person?: string;
  /** 注册地址 @example 深圳南山区科苑路 */ company_address?: string;
  /** 营业期限`JSON`格式字符串 @example ["2014-01-01","长期"] */ business_time?: string;
 };
 /** 金融机构许可证信息 */ finance_institution_info?: FinanceInstitutionInfo;
 /** 超级管理员类型 */ id_holder_type?: "LEGAL" | "SUPER";
 id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
 /** 法定代表人说明函 */ authorize_letter_copy?: string;
 /** 经营者/法人身份证信息 */ id_card_info?: {
  /** 身份证人像面照片 @example xpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_card_copy?: string;
  /** 身份证国徽面照片 @example vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_card_national?: string;
  /** 身份证姓名 @example pVd1HJ6v/69bDnuC4EL5Kz4jBHLiCa8MRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ id_card_name?: string;
  /** 身份证号码 @example zV+BEmytMNQCqQ8juwEc4P4TG5xzchG/5IL9DBd+Z0zZXkw==4 */ id_card_number?: string;
  /** 身份证有效期开始时间 */ id_card_valid_time_begin?: string;
  /** 身份证有效期结束时间 */ id_card_valid_time?: string;
 };
 /** 经营者/法人其他类型证件信息 */ id_doc_info?: {
  /** 证件姓名 @example jTpGmxUX3FBWVQ5NJTZvlKX_gdU4LC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_doc_name?: string;
  /** 证件号码 @example jTpGmxUX3FBWVQ5NJTZvlKX_go0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_doc_number?: string;
  /** 证件正面照片 @example xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_doc_copy?: string;
  /** 证件反面照片 @example xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_doc_copy_back?: string;
  /** 证件有效期开始时间 @example 2020-01-02 */ doc_period_begin?: string;
  /** 证件有效期结束时间 @example 2020-01-02 */ doc_period_end?: string;
 };
 /** 经营者/法人是否为受益人 */ owner?: boolean;
 /** 最终受益人信息列表 */ ubo_info_list?: Array<{
  ubo_id_doc_type: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 证件正面照片 */ ubo_id_doc_copy: string;
  /** 证件反面照片 */ ubo_id_doc_copy_back: string;
  /** 受益人姓名 */ ubo_id_doc_name: string;
  /** 证件号码 */ ubo_id_doc_number: string;
  /** 证件居住地址 */ ubo_id_doc_address: string;
  /** 证件有效期开始时间 */ ubo_period_begin: string;
  /** 证件有效期结束时间 */ ubo_period_end: string;
 }>;
 /** 结算银行账户 */ account_info: {
  /** 账户类型 @example 75 */ bank_account_type?: 74 | 75;
  /** 开户银行 @example 工商银行 */ account_bank?: string;
  /** 开户名称 @example AOZdYGISxo4yw96uY1Pk7Rq79Jtt7+I8juwEc4P4TG5xzchG/5IL9DBd+Z0zZXkw== */ account_name?: string;
  /** 开户银行省市编码 @example 110000 */ bank_address_code?: string;
  /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
  /** 开户银行全称 @example 施秉县农村信用合作联社城关信用社 */ bank_name?: string;
  /** 银行帐号 @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w== */ account_number?: string;
 };
 /** 超级管理员信息 */ contact_info: {
  /** 超级管理员类型 @example 65 */ contact_type?: 65 | 66;
  /** 超级管理员姓名 @example pVd1HJ6zyvPedzGaV+X3IdGdbDnuC4Eelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_name?: string;
  contact_id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 超级管理员身份证件号码 @example pVd1HJ6zmty7/mYNxLMpRSvMRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_id_card_number?: string;
  /** 超级管理员证件正面照片 */ contact_id_doc_copy?: string;
  /** 超级管理员证件反面照片 */ contact_id_doc_copy_back?: string;
  /** 超级管理员证件有效期开始时间 */ contact_period_begin?: string;
  /** 超级管理员证件有效期结束时间 */ contact_period_end?: string;
  /** 业务办理授权函 */ business_authorization_letter?: string;
  /** 超级管理员手机 */ mobile_phone?: string;
 };
 /** 店铺信息 */ sales_scene_info: SalesSceneInfo;
 /** 结算规则 */ settlement_info?: {
  /** 结算规则ID */ settlement_id?: string;
  /** 所属行业 */ qualification_type?: string;
 };
 /** 商户简称 */ merchant_shortname: string;
 qualifications?: string[];
 business_addition_pics?: string[];
 business_addition_desc?: string[];
}
/** 二级商户进件API: options */
export interface PostV3EcommerceApplymentsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceApplymentsBody;
}
/** 二级商户进件API: response body */
export interface PostV3EcommerceApplymentsData extends PostV3EcommerceApplymentsDataFields {}

/** 通过业务申请编号查询申请状态: options */
export interface GetV3EcommerceApplymentsOutRequestNoOptions extends CallOptions {
 /** 业务申请编号 @example APPLYMENT_00000000001 */ out_request_no: string;
}
/** 通过业务申请编号查询申请状态: response body */
export interface GetV3EcommerceApplymentsOutRequestNoData {
 /** 申请状态 */ applyment_state: "CHECKING" | "ACCOUNT_NEED_VERIFY" | "AUDITING" | "REJECTED" | "NEED_SIGN" | "FINISH" | "FROZEN";
 /** 申请状态描述 */ applyment_state_desc: string;
 /** 签约链接 */ sign_url?: string;
 /** 电商平台二级商户号 */ sub_mchid?: string;
 /** 汇款账户验证信息 */ account_validation?: {
  /** 付款户名 */ account_name?: string;
  /** 付款卡号 */ account_no?: string;
  /** 汇款金额 */ pay_amount?: number;
  /** 收款卡号 */ destination_account_number?: string;
  /** 收款户名 */ destination_account_name?: string;
  /** 开户银行 */ destination_account_bank?: string;
  /** 省市信息 */ city?: string;
  /** 备注信息 */ remark?: string;
  /** 汇款截止时间 */ deadline?: string;
 };
 /** 驳回原因详情 */ audit_detail?: Array<{
  /** 参数名称 */ param_name: string;
  /** 驳回原因 */ reject_reason: string;
 }>;
 /** 法人验证链接 */ legal_validation_url?: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 微信支付申请单号 */ applyment_id: number;
 /** 签约状态 */ sign_state?: "UNSIGNED" | "SIGNED" | "NOT_SIGNABLE";
}

/** 撤销申请单-使用业务申请编号: options */
export interface PostV3EcommerceApplymentsOutRequestNoRevokeOptions extends CallOptions {
 /** 业务申请编号 @example APPLYMENT_00000000001 */ out_request_no: string;
}
/** 撤销申请单-使用业务申请编号: response body */
export interface PostV3EcommerceApplymentsOutRequestNoRevokeData extends PostV3EcommerceApplymentsDataFields {}

/** 提交申请单: request body */
export interface PostV3EcommerceApplymentsSubmitAccountHostingApplymentBody {
 /** 业务申请编号 */ out_request_no: string;
 /** 主体类型 */ organization_type: 2401 | 2500 | 4 | 2 | 3 | 2502 | 1708;
 /** 是否金融机构 */ finance_institution?: boolean;
 /** 营业执照/登记证书信息 */ business_license_info?: {
  /** 登记证书类型 */ cert_type?: "CERTIFICATE_TYPE_2388" | "CERTIFICATE_TYPE_2389" | "CERTIFICATE_TYPE_2390" | "CERTIFICATE_TYPE_2391" | "CERTIFICATE_TYPE_2392" | "CERTIFICATE_TYPE_2393" | "CERTIFICATE_TYPE_2394" | "CERTIFICATE_TYPE_2395" | "CERTIFICATE_TYPE_2396" | "CERTIFICATE_TYPE_2399" | "CERTIFICATE_TYPE_2400" | "CERTIFICATE_TYPE_2520" | "CERTIFICATE_TYPE_2521" | "CERTIFICATE_TYPE_2522";
  /** 证件扫描件 @example 47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53 */ business_license_copy?: string;
  /** 证件注册号 @example 123456789012345678 */ business_license_number?: string;
  /** 商户名称 @example 腾讯科技有限公司 */ merchant_name?: string;
  /** 经营者/法定代表人姓名 @example 张三 */ legal_person?: string;
  /** 注册地址 @example 深圳南山区科苑路 */ company_address?: string;
  /** 营业期限`JSON`格式字符串 @example ["2014-01-01","长期"] */ business_time?: string;
 };
 /** 金融机构许可证信息 */ finance_institution_info?: FinanceInstitutionInfo;
 /** 超级管理员类型 */ id_holder_type?: "LEGAL" | "SUPER";
 id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
 /** 法定代表人说明函 */ authorize_letter_copy?: string;
 /** 经营者/法人身份证信息 */ id_card_info?: {
  /** 身份证人像面照片 @example xpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_card_copy: string;
  /** 身份证国徽面照片 @example vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_card_national: string;
  /** 身份证姓名 @example pVd1HJ6v/69bDnuC4EL5Kz4jBHLiCa8MRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ id_card_name: string;
  /** 身份证号码 @example zV+BEmytMNQCqQ8juwEc4P4TG5xzchG/5IL9DBd+Z0zZXkw==4 */ id_card_number: string;
  /** 身份证有效期开始时间 */ id_card_valid_time_begin: string;
  /** 身份证有效期结束时间 */ id_card_valid_time: string;
 };
 /** 经营者/法人其他类型证件信息 */ id_doc_info?: {
  /** 证件姓名 @example jTpGmxUX3FBWVQ5NJTZvlKX_gdU4LC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_doc_name: string;
  /** 证件号码 @example jTpGmxUX3FBWVQ5NJTZvlKX_go0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ */ id_doc_number: string;
  /** 证件正面照片 @example xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_doc_copy: string;
  /** 证件反面照片 @example xi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4 */ id_doc_copy_back?: string;
  /** 证件有效期开始时间 @example 2020-01-02 */ doc_period_begin: string;
  /** 证件有效期结束时间 @example 2020-01-02 */ doc_period_end: string;
 };
 /** 最终受益人信息列表 */ ubo_info_list?: Array<{
  ubo_id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 证件正面照片 */ ubo_id_doc_copy?: string;
  /** 证件反面照片 */ ubo_id_doc_copy_back?: string;
  /** 受益人姓名 */ ubo_id_doc_name?: string;
  /** 证件号码 */ ubo_id_doc_number?: string;
  /** 证件居住地址 */ ubo_id_doc_address?: string;
  /** 证件有效期开始时间 */ ubo_period_begin?: string;
  /** 证件有效期结束时间 */ ubo_period_end?: string;
  /** 证件有效期开始时间 */ ubo_id_doc_period_begin?: string;
  /** 证件有效期结束时间 */ ubo_id_doc_period_end?: string;
 }>;
 /** 结算银行账户 */ account_info: {
  /** 账户类型 @example 75 */ bank_account_type: 74 | 75;
  /** 开户银行 @example 工商银行 */ account_bank: string;
  /** 开户名称 @example AOZdYGISxo4yw96uY1Pk7Rq79Jtt7+I8juwEc4P4TG5xzchG/5IL9DBd+Z0zZXkw== */ account_name: string;
  /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
  /** 开户银行全称 @example 施秉县农村信用合作联社城关信用社 */ bank_name?: string;
  /** 银行帐号 @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w== */ account_number: string;
 };
 /** 超级管理员信息 */ contact_info: {
  /** 超级管理员类型 @example 65 */ contact_type: 65 | 66;
  /** 超级管理员姓名 @example pVd1HJ6zyvPedzGaV+X3IdGdbDnuC4Eelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_name: string;
  contact_id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 超级管理员身份证件号码 @example pVd1HJ6zmty7/mYNxLMpRSvMRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ contact_id_card_number?: string;
  /** 超级管理员证件正面照片 */ contact_id_doc_copy?: string;
  /** 超级管理员证件反面照片 */ contact_id_doc_copy_back?: string;
  /** 超级管理员证件有效期开始时间 */ contact_period_begin?: string;
  /** 超级管理员证件有效期结束时间 */ contact_period_end?: string;
  /** 业务办理授权函 */ business_authorization_letter?: string;
  /** 超级管理员证件有效期开始时间 @example 2019-06-06 */ contact_id_doc_period_begin?: string;
  /** 超级管理员证件有效期结束时间 @example 2026-06-06 */ contact_id_doc_period_end?: string;
  /** 超级管理员手机 */ mobile_phone?: string;
 };
 /** 店铺信息 */ sales_scene_info: SalesSceneInfo;
 /** 结算规则 */ settlement_info?: {
  /** 结算规则ID */ settlement_id?: string;
  /** 所属行业 */ qualification_type?: string;
 };
 /** 商户简称 */ merchant_shortname: string;
 qualifications?: string[];
 business_addition_pics?: string[];
 business_addition_desc?: string[];
 /** 是否走平台代理签约和代理核身入驻模式 */ proxy_sign_verify_mode?: boolean;
 /** 法人影印件信息辅助填写的平台声明 */ id_card_complete_statement?: string;
}
/** 提交申请单: options */
export interface PostV3EcommerceApplymentsSubmitAccountHostingApplymentOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceApplymentsSubmitAccountHostingApplymentBody;
}
/** 提交申请单: response body */
export interface PostV3EcommerceApplymentsSubmitAccountHostingApplymentData extends PostV3EcommerceApplymentsDataFields {}

/** 平台代理签约核身: request body */
export interface PostV3EcommerceApplymentsSubmitSignVerifyInfoBody {
 /** 业务申请编号 @example 1900013511_10000 */ out_request_no: string;
 /** 微信支付申请单号 @example 2000002124775691 */ applyment_id?: number;
 /** 预签署微信支付协议时间 @example 2018-06-08T10:34:56+08:00 */ pre_sign_time?: string;
 /** 平台代理核身信息 */ proxy_verify_identity_info?: {
  /** 核身方式 @example VERIFY_IDENTITY_TYPE_FACE_TO_FACE */ verify_identity_type: "VERIFY_IDENTITY_TYPE_FACE_TO_FACE" | "VERIFY_IDENTITY_TYPE_REMOTE";
  /** 核身结果 */ verify_identity_result: boolean;
 };
}
/** 平台代理签约核身: options */
export interface PostV3EcommerceApplymentsSubmitSignVerifyInfoOptions extends CallOptions {
 json: PostV3EcommerceApplymentsSubmitSignVerifyInfoBody;
}
/** 平台代理签约核身: response body */
export interface PostV3EcommerceApplymentsSubmitSignVerifyInfoData {
 /** 微信支付申请单号 */ applyment_id: number;
}

/** 通过申请单ID查询申请状态: options */
export interface GetV3EcommerceApplymentsOptions extends CallOptions {
 /** 微信支付申请单号 @example 2000002124775691 */ applyment_id: string | number;
}
/** 通过申请单ID查询申请状态: response body */
export interface GetV3EcommerceApplymentsData {
 /** 申请状态 */ applyment_state: "CHECKING" | "ACCOUNT_NEED_VERIFY" | "AUDITING" | "REJECTED" | "NEED_SIGN" | "FINISH" | "FROZEN";
 /** 申请状态描述 */ applyment_state_desc: string;
 /** 签约链接 */ sign_url?: string;
 /** 电商平台二级商户号 */ sub_mchid?: string;
 /** 汇款账户验证信息 */ account_validation?: {
  /** 付款户名 */ account_name: string;
  /** 付款卡号 */ account_no?: string;
  /** 汇款金额 */ pay_amount: number;
  /** 收款卡号 */ destination_account_number: string;
  /** 收款户名 */ destination_account_name: string;
  /** 开户银行 */ destination_account_bank: string;
  /** 省市信息 */ city: string;
  /** 备注信息 */ remark: string;
  /** 汇款截止时间 */ deadline: string;
 };
 /** 驳回原因详情 */ audit_detail?: Array<{
  /** 参数名称 */ param_name: string;
  /** 驳回原因 */ reject_reason: string;
 }>;
 /** 法人验证链接 */ legal_validation_url?: string;
 /** 业务申请编号 */ out_request_no: string;
 /** 微信支付申请单号 */ applyment_id: number;
 /** 签约状态 */ sign_state?: "UNSIGNED" | "SIGNED" | "NOT_SIGNABLE";
}

/** 撤销申请单-使用申请单号: options */
export interface PostV3EcommerceApplymentsRevokeOptions extends CallOptions {
 /** 微信支付申请单号 @example 2000002124775691 */ applyment_id: string | number;
}
/** 撤销申请单-使用申请单号: response body */
export interface PostV3EcommerceApplymentsRevokeData extends PostV3EcommerceApplymentsDataFields {}

/** 申请二级商户资金账单API: options */
export interface GetV3EcommerceBillFundflowbillOptions extends CallOptions {
 query: {
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 资金账户类型 @example ALL */ account_type: "ALL";
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
  /** 加密算法 */ algorithm: "AEAD_AES_256_GCM" | "SM4_GCM";
 };
}
/** 申请二级商户资金账单API: response body */
export interface GetV3EcommerceBillFundflowbillData {
 /** 下载信息总数 */ download_bill_count: number;
 /** 下载信息明细 */ download_bill_list?: Array<{
  /** 账单文件序号 */ bill_sequence: number;
  /** 哈希类型 */ hash_type: "SHA1";
  /** 哈希值 */ hash_value: string;
  /** 账单下载地址 */ download_url: string;
  /** 加密密钥 */ encrypt_key: string;
  /** 随机字符串 */ nonce: string;
 }>;
}

/** 通过商户协议号查询协议API: options */
export interface GetV3EcommerceCombinePapayContractsPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣协议模板Id @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
}
/** 通过商户协议号查询协议API: response body */
export interface GetV3EcommerceCombinePapayContractsPlanIdOutContractCodeData {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议Id */ contract_id: string;
 /** 商户APPID */ appid: string;
 /** 委托代扣协议模板Id */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 委托代扣协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time: string;
 /** 协议到期时间 */ contract_expired_time: string;
 /** 协议解约信息 */ contract_terminate_info?: {
  /** 协议解约方式 */ contract_termination_mode: string;
  /** 协议解约时间 */ contract_terminated_time: string;
  /** 解约备注 */ contract_termination_remark: string;
 };
 /** 用户openid */ openid: string;
}

/** 商户协议号解约协议API: request body */
export interface PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateBody {
 /** 解约备注 @example 用户解约 */ contract_termination_remark: string;
}
/** 商户协议号解约协议API: options */
export interface PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateOptions extends CallOptions {
 /** 委托代扣协议模板Id @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 json: PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateBody;
}
/** 商户协议号解约协议API: response body */
export interface PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateData {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议模板Id */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** APP方式预签约API: request body */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignBody {
 /** 商户APPID @example wxd678efh567hg6787 */ appid: string;
 /** 委托代扣协议模板Id @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 返回app标识 */ return_app?: boolean;
 /** 商户数据包 @example example_attach */ attach?: string;
}
/** APP方式预签约API: options */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignOptions extends CallOptions {
 json: PostV3EcommerceCombinePapayContractsPreEntrustSignBody;
}
/** APP方式预签约API: response body */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignData {
 /** 预签约Id */ pre_entrustweb_id: string;
 /** 商户号 */ mchid: string;
 /** 委托代扣协议模板Id */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 小程序方式预签约API: request body */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramBody {
 /** 商户APPID @example wxd678efh567hg6787 */ appid: string;
 /** 委托代扣协议模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
}
/** 小程序方式预签约API: options */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramBody;
}
/** 小程序方式预签约API: response body */
export interface PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 商户号 */ mchid: string;
 /** 委托代扣协议模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 电商合单委托代扣支付API: request body */
export interface PostV3EcommerceCombinePapayTransactionsBody {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mchid: string;
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 /** 子单信息 */ sub_orders?: Array<{
  /** 子单商户号 @example 1900000109 */ mchid: string;
  /** 附加数据 @example 深圳分店 */ attach?: string;
  /** 订单金额 */ amount: {
   /** 标价金额 @example 100 */ total_amount: number;
   /** 标价币种 @example CNY */ currency: string;
  };
  /** 子单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
  /** 二级商户appid @example wxd678efh567hg6787 */ sub_appid?: string;
  /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ description: string;
  /** 结算信息 */ settle_info?: {
   /** 是否指定分账 */ profit_sharing?: boolean;
   /** 补差金额 @example 10 */ subsidy_amount?: number;
  };
  /** 子单风控信息 */ sub_risk_info?: string;
 }>;
 /** 风控信息 */ risk_info?: string;
}
/** 电商合单委托代扣支付API: options */
export interface PostV3EcommerceCombinePapayTransactionsOptions extends CallOptions {
 json: PostV3EcommerceCombinePapayTransactionsBody;
}
/** 电商合单委托代扣支付API: response body */
export interface PostV3EcommerceCombinePapayTransactionsData extends PostV3EcommerceCombinePapayTransactionsDataFields {}

/** 电商合单委托代扣查询订单API: options */
export interface GetV3EcommerceCombinePapayTransactionsOptions extends CallOptions {
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
}
/** 电商合单委托代扣查询订单API: response body */
export interface GetV3EcommerceCombinePapayTransactionsData extends PostV3EcommerceCombinePapayTransactionsDataFields {}

/** 电商合单委托代扣撤销订单API: request body */
export interface PostV3EcommerceCombinePapayTransactionsReverseBody {
 /** 合单商户APPID @example wxd678efh567hg6787 */ combine_appid: string;
 /** 子单信息 */ sub_orders?: Array<{
  /** 子单商户号 @example 1900000109 */ mchid: string;
  /** 子单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
  /** 二级商户appid @example wxd678efh567hg6787 */ sub_appid?: string;
 }>;
}
/** 电商合单委托代扣撤销订单API: options */
export interface PostV3EcommerceCombinePapayTransactionsReverseOptions extends CallOptions {
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 json: PostV3EcommerceCombinePapayTransactionsReverseBody;
}
/** 电商合单委托代扣撤销订单API: response body */
export type PostV3EcommerceCombinePapayTransactionsReverseData = undefined;

/** 查询二级商户账户实时余额API: options */
export interface GetV3EcommerceFundBalanceOptions extends CallOptions {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 query?: {
  /** 账户类型 */ account_type?: "BASIC" | "OPERATION" | "FEES" | "DEPOSIT";
 };
}
/** 查询二级商户账户实时余额API: response body */
export interface GetV3EcommerceFundBalanceData {
 /** 特约商户号 */ sub_mchid: string;
 account_type?: "BASIC" | "OPERATION" | "FEES" | "DEPOSIT";
 /** 可用余额 */ available_amount: number;
 /** 不可用余额 */ pending_amount?: number;
}

/** 查询二级商户账户日终余额API: options */
export interface GetV3EcommerceFundEnddaybalanceOptions extends CallOptions {
 /** 电商特约商户商户号 @example 1222212222 */ sub_mchid: string;
 query: {
  /** 日期 @example 2019-08-17 */ date: string;
  /** 账户类型 */ account_type?: "BASIC" | "DEPOSIT";
 };
}
/** 查询二级商户账户日终余额API: response body */
export interface GetV3EcommerceFundEnddaybalanceData {
 /** 二级商户号 */ sub_mchid: string;
 /** 可用余额 */ available_amount: number;
 /** 不可用余额 */ pending_amount?: number;
 /** 账户类型 */ account_type?: "BASIC" | "DEPOSIT";
}

/** 账户余额提现API: request body */
export interface PostV3EcommerceFundWithdrawBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
 /** 提现金额 @example 100 */ amount: number;
 /** 提现备注 @example 交易提现 */ remark?: string;
 /** 银行附言 @example 微信支付提现 */ bank_memo?: string;
 /** 出款账户类型 @example BASIC */ account_type?: "BASIC" | "OPERATION" | "FEES";
 /** 提现结果通知地址 @example https://weixin.qq.com/a-fake-notify-url */ notify_url?: string;
}
/** 账户余额提现API: options */
export interface PostV3EcommerceFundWithdrawOptions extends CallOptions {
 json: PostV3EcommerceFundWithdrawBody;
}
/** 账户余额提现API: response body */
export interface PostV3EcommerceFundWithdrawData {
 /** 特约商户号 */ sub_mchid: string;
 /** 微信支付提现单号 */ withdraw_id: string;
 /** 商户提现单号 */ out_request_no: string;
 /** 出款账户类型 */ account_type?: "BASIC" | "OPERATION" | "FEES";
}

/** 商户提现单号查询: options */
export interface GetV3EcommerceFundWithdrawOutRequestNoOptions extends CallOptions {
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 商户提现单号查询: response body */
export interface GetV3EcommerceFundWithdrawOutRequestNoData extends GetV3EcommerceFundWithdrawOutRequestNoDataFields {}

/** 微信支付提现单号查询: options */
export interface GetV3EcommerceFundWithdrawOptions extends CallOptions {
 /** 微信支付提现单号 @example 1232193719823791273913279173 */ withdraw_id: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 微信支付提现单号查询: response body */
export interface GetV3EcommerceFundWithdrawData extends GetV3EcommerceFundWithdrawOutRequestNoDataFields {}

/** 根据业务申请单号查签约信息: options */
export interface GetV3EcommerceIndividualContractsOutContractCodeOptions extends CallOptions {
 /** 业务申请单号 @example APPLYMENT_00000000001 */ out_contract_code: string;
 query: {
  /** 签约和付款的微信小程序AppID @example wxd678efh567h23787 */ appid: string;
 };
}
/** 根据业务申请单号查签约信息: response body */
export interface GetV3EcommerceIndividualContractsOutContractCodeData {
 /** 授权ID */ individual_auth_id?: string;
 /** 签约时间 */ signed_time: string;
 /** 授权状态 */ auth_state: "AUTHORIZED" | "UNAUTHORIZED";
 /** 用户OpenID */ individual_openid?: string;
 /** 实名授权结果 */ real_name_auth_result?: {
  /** 应用授权作用域 */ scope: "pay_realname";
  /** 访问令牌 */ access_token: string;
  /** 访问令牌过期时间 */ access_token_expire_time: string;
 };
}

/** APP场景预签约（需要实名验证）: request body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppBody {
 /** 签约和付款的AppID @example wxd678efh567h23787 */ appid: string;
 /** 业务申请单号 @example APPLYMENT_00000000001 */ out_contract_code: string;
 /** 真实姓名 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tP */ real_name: string;
 /** 证件类型 @example ID_CARD */ cred_type: "ID_CARD";
 /** 件号码 @example MZnwEx6zotwIz6ctW2/iQL5z9 */ cred_id: string;
}
/** APP场景预签约（需要实名验证）: options */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppBody;
}
/** APP场景预签约（需要实名验证）: response body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppData {
 /** 预签约id */ pre_entrustweb_id: string;
}

/** 小程序场景预签约（需要实名验证）: request body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramBody {
 /** 签约和付款的AppID @example wxd678efh567h23787 */ appid: string;
 /** 业务申请单号 @example APPLYMENT_00000000001 */ out_contract_code: string;
 /** 个人收款方的OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 真实姓名 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tP */ real_name: string;
 /** 证件类型 @example ID_CARD */ cred_type: "ID_CARD";
 /** 件号码 @example MZnwEx6zotwIz6ctW2/iQL5z9 */ cred_id: string;
}
/** 小程序场景预签约（需要实名验证）: options */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramBody;
}
/** 小程序场景预签约（需要实名验证）: response body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramData {
 /** 预签约id */ pre_entrustweb_id: string;
}

/** APP场景预签约: request body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignAppBody {
 /** 签约和付款的AppID @example wxd678efh567h23787 */ appid: string;
 /** 业务申请单号 @example APPLYMENT_00000000001 */ out_contract_code: string;
}
/** APP场景预签约: options */
export interface PostV3EcommerceIndividualContractsPreEntrustSignAppOptions extends CallOptions {
 json: PostV3EcommerceIndividualContractsPreEntrustSignAppBody;
}
/** APP场景预签约: response body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignAppData {
 /** 预签约id */ pre_entrustweb_id: string;
}

/** 小程序场景预签约: request body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramBody {
 /** 签约和付款的AppID @example wxd678efh567h23787 */ appid: string;
 /** 业务申请单号 @example APPLYMENT_00000000001 */ out_contract_code: string;
 /** 个人收款方的OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
}
/** 小程序场景预签约: options */
export interface PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramBody;
}
/** 小程序场景预签约: response body */
export interface PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramData {
 /** 预签约id */ pre_entrustweb_id: string;
}

/** 查询个人收款方授权结果: options */
export interface GetV3EcommerceIndividualContractsOptions extends CallOptions {
 /** 个人收款方在平台appid下的唯一标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 query: {
  /** 签约和付款的微信小程序AppID @example wxd678efh567h23787 */ appid: string;
  /** 权限类型 @example INDIVIDUAL_PAYEE */ permission_type: "INDIVIDUAL_PAYEE";
 };
}
/** 查询个人收款方授权结果: response body */
export interface GetV3EcommerceIndividualContractsData {
 /** 授权ID */ individual_auth_id: string;
 /** 操作时间 */ operation_time: string;
 /** 授权状态 */ auth_state: "AUTHORIZED" | "UNAUTHORIZED";
}

/** 申请二级商户商家转账授权: request body */
export interface PostV3EcommerceMchTransferAuthorizationsBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 /** 签约协议列表 */ agreement_list: Array<{
  /** 协议编号 @example 1 */ agreement_code: string;
  /** 协议版本号 @example 20230101 */ agreement_version: string;
  /** 签约主体 @example 示例有限责任公司 */ sign_organization: string;
  /** 签约时间 @example 2015-05-20T13:29:35.120+08:00 */ sign_time: string;
 }>;
}
/** 申请二级商户商家转账授权: options */
export interface PostV3EcommerceMchTransferAuthorizationsOptions extends CallOptions {
 json: PostV3EcommerceMchTransferAuthorizationsBody;
}
/** 申请二级商户商家转账授权: response body */
export interface PostV3EcommerceMchTransferAuthorizationsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权申请受理时间 */ accept_time: string;
 /** 授权时间 */ authorize_time?: string;
}

/** 查询二级商户商家转账授权状态: options */
export interface GetV3EcommerceMchTransferAuthorizationsOptions extends CallOptions {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
}
/** 查询二级商户商家转账授权状态: response body */
export interface GetV3EcommerceMchTransferAuthorizationsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权时间 */ authorize_time?: string;
}

/** 发起转账: request body */
export interface PostV3EcommerceMchTransferTransferBillsBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 /** 服务商AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 发起转账: options */
export interface PostV3EcommerceMchTransferTransferBillsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceMchTransferTransferBillsBody;
}
/** 发起转账: response body */
export interface PostV3EcommerceMchTransferTransferBillsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据创建时间 */ create_time: string;
 /** 单据状态 */ state: string;
 /** 失败原因 */ fail_reason?: string;
 /** 跳转领取页面的package信息 */ package_info?: string;
}

/** 商户单号查询转账单: options */
export interface GetV3EcommerceMchTransferTransferBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 商户单号查询转账单: response body */
export interface GetV3EcommerceMchTransferTransferBillsOutBillNoData extends GetV3EcommerceMchTransferTransferBillsOutBillNoDataFields {}

/** 撤销转账: request body */
export interface PostV3EcommerceMchTransferTransferBillsOutBillNoCancelBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
}
/** 撤销转账: options */
export interface PostV3EcommerceMchTransferTransferBillsOutBillNoCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 json: PostV3EcommerceMchTransferTransferBillsOutBillNoCancelBody;
}
/** 撤销转账: response body */
export interface PostV3EcommerceMchTransferTransferBillsOutBillNoCancelData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据状态 */ state: string;
 /** 状态变更时间 */ update_time: string;
}

/** 微信转账单号查询转账单: options */
export interface GetV3EcommerceMchTransferTransferBillsTransferBillNoOptions extends CallOptions {
 /** 微信转账单号 @example 1330000071100999991182020050700019480001 */ transfer_bill_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 微信转账单号查询转账单: response body */
export interface GetV3EcommerceMchTransferTransferBillsTransferBillNoData extends GetV3EcommerceMchTransferTransferBillsOutBillNoDataFields {}

/** 查询售后服务分账结果: options */
export interface GetV3EcommerceProfitsharingAfterSalesOrdersOptions extends CallOptions {
 query: {
  /** 二级商户号 */ sub_mchid: string;
  /** 微信订单号 */ transaction_id?: string;
 };
}
/** 查询售后服务分账结果: response body */
export interface GetV3EcommerceProfitsharingAfterSalesOrdersData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信分账单号 */ transaction_id: string;
 /** 分账金额 */ amount: number;
 /** 分账结果 */ result: "PROCESSING" | "SUCCESS" | "FAILED";
 /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK";
 /** 分账完成时间 */ finish_time: string;
}

/** 请求售后服务分账: request body */
export interface PostV3EcommerceProfitsharingAfterSalesOrdersBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 3008450740201411110007820472 */ transaction_id: string;
 /** 回退金额 @example 10 */ amount: number;
 /** 类型 */ type: "SERVICE_FEE_INCOME";
 /** 场景 */ scene: "REFUND_TICKET" | "CHANGE_TICKET" | "RETURN_GOODS";
 /** 微信退款单号 */ refund_id: string;
}
/** 请求售后服务分账: options */
export interface PostV3EcommerceProfitsharingAfterSalesOrdersOptions extends CallOptions {
 json: PostV3EcommerceProfitsharingAfterSalesOrdersBody;
}
/** 请求售后服务分账: response body */
export interface PostV3EcommerceProfitsharingAfterSalesOrdersData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 分账金额 */ amount: number;
}

/** 完结分账API: request body */
export interface PostV3EcommerceProfitsharingFinishOrderBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分帐单号 @example P20150806125346 */ out_order_no: string;
 /** 分账描述 @example 分账完结 */ description: string;
}
/** 完结分账API: options */
export interface PostV3EcommerceProfitsharingFinishOrderOptions extends CallOptions {
 json: PostV3EcommerceProfitsharingFinishOrderBody;
}
/** 完结分账API: response body */
export interface PostV3EcommerceProfitsharingFinishOrderData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分帐单号 */ out_order_no: string;
 /** 微信分帐单号 */ order_id: string;
}

/** 查询分账结果API: options */
export interface GetV3EcommerceProfitsharingOrdersOptions extends CallOptions {
 query: {
  /** 二级商户号 */ sub_mchid: string;
  /** 微信订单号 */ transaction_id: string;
  /** 商户分账单号 */ out_order_no: string;
 };
}
/** 查询分账结果API: response body */
export interface GetV3EcommerceProfitsharingOrdersData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ status?: "PROCESSING" | "FINISHED";
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账接收商户号 */ receiver_mchid?: string;
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账结果 */ result?: "PENDING" | "SUCCESS" | "CLOSED";
  /** 完成时间 */ finish_time: string;
  /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK";
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
  /** 分账接收方账号 */ receiver_account: string;
  /** 分账明细单号 */ detail_id: string;
 }>;
 /** 关单原因描述 */ close_reason?: string;
 /** 异常处理状态 */ abnormal_status?: "ABNORMAL_PENDING" | "ABNORMAL_FINISHED" | "ABNORMAL_CLOSED";
 /** 异常处理关单原因 */ funds_abnormal_closed_reason?: "CLOSED_REASON_TIMEOUT" | "CLOSED_REASON_RESTRICT_TRANSFER";
 /** 微信支付在途异常资金付款单号 */ funds_abnormal_redirect_id?: string;
 /** 平台接收异常资金商户号或运营主体列表 */ funds_abnormal_receivers?: Array<{
  /** 平台接收异常资金商户号 */ mchid?: string;
 }>;
 /** 分账完结的分账金额 */ finish_amount?: number;
 /** 分账完结的原因描述 */ finish_description?: string;
}

/** 请求分账API: request body */
export interface PostV3EcommerceProfitsharingOrdersBody {
 /** 公众账号ID @example wx8888888888888888 */ appid?: string;
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表 */ receivers: Array<{
  /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
  /** 分账接收方账号 @example 1900000109 */ receiver_account: string;
  /** 分账金额 @example 190 */ amount: number;
  /** 分账描述 @example 分给商户1900000109 */ description: string;
  /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ receiver_name?: string;
 }>;
 /** 是否分账完成 */ finish: boolean;
}
/** 请求分账API: options */
export interface PostV3EcommerceProfitsharingOrdersOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceProfitsharingOrdersBody;
}
/** 请求分账API: response body */
export interface PostV3EcommerceProfitsharingOrdersData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ status?: "PROCESSING" | "FINISHED";
 /** 分账接收方列表 */ receivers: Array<{
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账结果 */ result?: "PENDING" | "SUCCESS" | "CLOSED";
  /** 完成时间 */ finish_time: string;
  /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK";
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
  /** 分账接收方账号 */ receiver_account: string;
  /** 分账明细单号 */ detail_id: string;
  /** 异常处理状态 */ abnormal_status?: "ABNORMAL_PENDING" | "ABNORMAL_FINISHED" | "ABNORMAL_CLOSED";
  /** 异常处理关单原因 */ funds_abnormal_closed_reason?: "CLOSED_REASON_TIMEOUT" | "CLOSED_REASON_RESTRICT_TRANSFER";
  /** 微信支付在途异常资金付款单号 */ funds_abnormal_redirect_id?: string;
  /** 平台接收异常资金商户号或运营主体列表 */ funds_abnormal_receivers?: Array<{
   /** 平台接收异常资金商户号 */ mchid?: string;
  }>;
 }>;
}

/** 查询订单剩余待分金额API: options */
export interface GetV3EcommerceProfitsharingOrdersAmountsOptions extends CallOptions {
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
}
/** 查询订单剩余待分金额API: response body */
export interface GetV3EcommerceProfitsharingOrdersAmountsData {
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余待分金额 */ unsplit_amount: number;
}

/** 添加分账接收方API: request body */
export interface PostV3EcommerceProfitsharingReceiversAddBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
 /** 接收方账号 @example 190001001 */ account: string;
 /** 接收方名称 @example 张三网络公司 */ name?: string;
 /** 接收方名称的密文 @example hu89ohu89ohu89o */ encrypted_name?: string;
 /** 与分账方的关系类型 @example SUPPLIER */ relation_type: "MERCHANT_ID" | "PERSONAL_OPENID";
}
/** 添加分账接收方API: options */
export interface PostV3EcommerceProfitsharingReceiversAddOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceProfitsharingReceiversAddBody;
}
/** 添加分账接收方API: response body */
export interface PostV3EcommerceProfitsharingReceiversAddData {
 /** 接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
 /** 接收方账号 */ account: string;
}

/** 删除分账接收方API: request body */
export interface PostV3EcommerceProfitsharingReceiversDeleteBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
 /** 接收方账号 @example 190001001 */ account: string;
}
/** 删除分账接收方API: options */
export interface PostV3EcommerceProfitsharingReceiversDeleteOptions extends CallOptions {
 json: PostV3EcommerceProfitsharingReceiversDeleteBody;
}
/** 删除分账接收方API: response body */
export interface PostV3EcommerceProfitsharingReceiversDeleteData {
 /** 接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID";
 /** 接收方账号 */ account: string;
}

/** 查询分账回退结果API: options */
export interface GetV3EcommerceProfitsharingReturnordersOptions extends CallOptions {
 query: {
  /** 二级商户号 */ sub_mchid: string;
  /** 微信订单号 */ order_id?: string;
  /** 商户分账单号 */ out_order_no?: string;
  /** 商户回退单号 */ out_return_no: string;
 };
}
/** 查询分账回退结果API: response body */
export interface GetV3EcommerceProfitsharingReturnordersData extends GetV3EcommerceProfitsharingReturnordersDataFields {}

/** 请求分账回退API: request body */
export interface PostV3EcommerceProfitsharingReturnordersBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信分账单号 @example 3008450740201411110007820472 */ order_id?: string;
 /** 商户分账单号 */ out_order_no?: string;
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
 /** 回退商户号 @example 86693852 */ return_mchid: string;
 /** 回退金额 @example 10 */ amount: number;
 /** 回退描述 @example 分账回退 */ description: string;
 /** 微信订单号 */ transaction_id?: string;
}
/** 请求分账回退API: options */
export interface PostV3EcommerceProfitsharingReturnordersOptions extends CallOptions {
 json: PostV3EcommerceProfitsharingReturnordersBody;
}
/** 请求分账回退API: response body */
export interface PostV3EcommerceProfitsharingReturnordersData extends GetV3EcommerceProfitsharingReturnordersDataFields {}

/** 退款申请API: request body */
export interface PostV3EcommerceRefundsApplyBody {
 /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 电商平台APPID @example wx8888888888888888 */ sp_appid: string;
 /** 二级商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 还款服务商商户号 @example 1230000109 */ combine_mchid?: string;
 /** 还款订单号 @example P20150806125346 */ combine_out_trade_no?: string;
 /** 交易单微信支付订单号 @example 1217752501201407033233368018 */ combine_transaction_id: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 退款原因 @example 商品已售完 */ reason?: string;
 /** 订单金额 */ amount: {
  /** 退款金额 @example 888 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 */ account: "AVAILABLE" | "UNAVAILABLE";
   /** 出资金额 @example 444 */ amount: number;
  }>;
  /** 原订单金额 @example 888 */ total: number;
  /** 退款币种 @example CNY */ currency?: string;
 };
 /** 退款结果回调url @example https://weixin.qq.com */ notify_url?: string;
 /** 退款出资商户 */ refund_account?: "REFUND_SOURCE_SUB_MERCHANT" | "REFUND_SOURCE_PARTNER_ADVANCE";
 /** 资金账户 @example AVAILABLE */ funds_account: "AVAILABLE" | "UNSETTLED" | "PREPAID";
}
/** 退款申请API: options */
export interface PostV3EcommerceRefundsApplyOptions extends CallOptions {
 json: PostV3EcommerceRefundsApplyBody;
}
/** 退款申请API: response body */
export interface PostV3EcommerceRefundsApplyData {
 /** 微信退款单号 */ refund_id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 退款创建时间 */ create_time: string;
 /** 订单金额 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 */ account: string;
   /** 出资金额 */ amount: number;
  }>;
  /** 用户退款金额 */ payer_refund: number;
  /** 优惠退款金额 */ discount_refund?: number;
  /** 退款币种 */ currency?: string;
  /** 垫付金额 */ advance?: number;
 };
 /** 优惠退款详情 */ promotion_detail?: PromotionDetail[];
 /** 退款出资商户 */ refund_account?: "REFUND_SOURCE_SUB_MERCHANT" | "REFUND_SOURCE_PARTNER_ADVANCE";
}

/** 通过微信支付退款单号查询退款: options */
export interface GetV3EcommerceRefundsIdOptions extends CallOptions {
 /** 微信退款单号 @example 50000000382019052709732678859 */ refund_id: string;
 query?: {
  /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 通过微信支付退款单号查询退款: response body */
export interface GetV3EcommerceRefundsIdData extends GetV3EcommerceRefundsIdDataFields {}

/** 通过商户退款单号查询退款: options */
export interface GetV3EcommerceRefundsOutRefundNoOptions extends CallOptions {
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 query?: {
  /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 通过商户退款单号查询退款: response body */
export interface GetV3EcommerceRefundsOutRefundNoData extends GetV3EcommerceRefundsIdDataFields {}

/** 发起异常退款: request body */
export interface PostV3EcommerceRefundsApplyAbnormalRefundBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 异常退款处理方式 */ type: "USER_BANK_CARD" | "MERCHANT_BANK_CARD";
 /** 开户银行 @example ICBC_DEBIT */ bank_type?: "CMB_DEBIT" | "COMM_DEBIT" | "ABC_DEBIT" | "CCB_DEBIT" | "ICBC_DEBIT" | "BOC_DEBIT" | "PAB_DEBIT" | "SPDB_DEBIT" | "CITIC_DEBIT" | "CEB_DEBIT" | "CMBC_DEBIT" | "CIB_DEBIT" | "GDB_DEBIT" | "PSBC_DEBIT" | "NBCB_DEBIT";
 /** 收款银行卡号 @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w== */ bank_account?: string;
 /** 收款用户姓名 @example UPgQcZSdq3zOayJwZ5XLrHY2dZU1W2Cd */ real_name?: string;
}
/** 发起异常退款: options */
export interface PostV3EcommerceRefundsApplyAbnormalRefundOptions extends CallOptions {
 /** 微信退款单号 @example 50000000382019052709732678859 */ refund_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3EcommerceRefundsApplyAbnormalRefundBody;
}
/** 发起异常退款: response body */
export interface PostV3EcommerceRefundsApplyAbnormalRefundData {
 /** 微信支付退款号 */ refund_id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel?: string;
 /** 退款入账账户 */ user_received_account?: string;
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: "SUCCESS" | "CLOSE" | "PROCESSING" | "ABNORMAL";
 /** 资金账户 */ funds_account?: "AVAILABLE" | "UNSETTLED";
 /** 金额信息 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 */ account: string;
   /** 出资金额 */ amount: number;
  }>;
  /** 用户退款金额 */ payer_refund: number;
  /** 优惠退款金额 */ discount_refund: number;
  /** 退款币种 */ currency: string;
  /** 手续费退款金额 */ refund_fee?: number;
 };
 /** 优惠退款信息 */ promotion_detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠范围 */ scope: string;
  /** 优惠类型 */ type: string;
  /** 优惠券面额 */ amount: number;
  /** 优惠退款金额 */ refund_amount: number;
  /** 商品列表 */ goods_detail?: Array<{
   /** 商户侧商品编码 */ merchant_goods_id: string;
   /** 微信侧商品编码 */ wechatpay_goods_id?: string;
   /** 商品名称 */ goods_name?: string;
   /** 商品单价 */ unit_price: number;
   /** 商品退款金额 */ refund_amount: number;
   /** 商品退货数量 */ refund_quantity: number;
  }>;
 }>;
 /** 退款出资商户 */ refund_account?: "REFUND_SOURCE_PARTNER_ADVANCE" | "REFUND_SOURCE_SUB_MERCHANT";
}

/** 查询垫付回补结果API: options */
export interface GetV3EcommerceRefundsReturnAdvanceOptions extends CallOptions {
 /** 微信退款单号 @example 50000000382019052709732678859 */ refund_id: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询垫付回补结果API: response body */
export interface GetV3EcommerceRefundsReturnAdvanceData extends GetV3EcommerceRefundsReturnAdvanceDataFields {}

/** 垫付退款回补API: request body */
export interface PostV3EcommerceRefundsReturnAdvanceBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
}
/** 垫付退款回补API: options */
export interface PostV3EcommerceRefundsReturnAdvanceOptions extends CallOptions {
 /** 微信退款单号 @example 50000000382019052709732678859 */ refund_id: string;
 json: PostV3EcommerceRefundsReturnAdvanceBody;
}
/** 垫付退款回补API: response body */
export interface PostV3EcommerceRefundsReturnAdvanceData extends GetV3EcommerceRefundsReturnAdvanceDataFields {}

/** 取消补差API: request body */
export interface PostV3EcommerceSubsidiesCancelBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 取消补差描述 @example 订单退款 */ description: string;
}
/** 取消补差API: options */
export interface PostV3EcommerceSubsidiesCancelOptions extends CallOptions {
 json: PostV3EcommerceSubsidiesCancelBody;
}
/** 取消补差API: response body */
export interface PostV3EcommerceSubsidiesCancelData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 取消补差结果 */ result: "SUCCESS" | "FAIL";
 /** 取消补差描述 */ description: string;
}

/** 请求补差API: request body */
export interface PostV3EcommerceSubsidiesCreateBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 补差金额 @example 10 */ amount: number;
 /** 补差描述 @example 测试备注 */ description: string;
 /** 微信退款单号 @example 3008450740201411110007820472 */ refund_id?: string;
 /** 商户补差单号 @example P20150806125347 */ out_subsidy_no?: string;
}
/** 请求补差API: options */
export interface PostV3EcommerceSubsidiesCreateOptions extends CallOptions {
 json: PostV3EcommerceSubsidiesCreateBody;
}
/** 请求补差API: response body */
export interface PostV3EcommerceSubsidiesCreateData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 微信补差单号 */ subsidy_id: string;
 /** 补差描述 */ description: string;
 /** 补差金额 */ amount: number;
 /** 补差单结果 */ result: "SUCCESS" | "FAIL" | "REFUND";
 /** 补差完成时间 */ success_time: string;
}

/** 请求补差回退API: request body */
export interface PostV3EcommerceSubsidiesReturnBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户补差回退单号 @example P20150806125346 */ out_order_no: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 微信退款单号 @example 3008450740201411110007820472 */ refund_id: string;
 /** 补差回退金额 @example 10 */ amount: number;
 /** 补差回退描述 @example 测试备注 */ description: string;
 /** 微信补差单号 @example 3008450740201411110007820472 */ subsidy_id?: string;
 /** 回退出资账户及金额 */ from?: Array<{
  /** 出资账户类型 */ account?: "AVAILABLE" | "UNAVAILABLE";
  /** 出资金额 @example 10 */ amount?: number;
 }>;
}
/** 请求补差回退API: options */
export interface PostV3EcommerceSubsidiesReturnOptions extends CallOptions {
 json: PostV3EcommerceSubsidiesReturnBody;
}
/** 请求补差回退API: response body */
export interface PostV3EcommerceSubsidiesReturnData {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 微信补差回退单号 */ subsidy_refund_id: string;
 /** 微信退款单号 */ refund_id: string;
 /** 商户补差回退单号 */ out_order_no: string;
 /** 补差回退金额 */ amount: number;
 /** 补差回退描述 */ description: string;
 /** 补差回退结果 */ result: "SUCCESS" | "FAIL" | "REFUND";
 /** 补差回退完成时间 */ success_time: string;
}

export interface GetV3EcommerceAccountApplyCancelWithdrawApplymentIdDataFields {
 /** 微信支付注销提现申请单号 */ applyment_id: string;
 /** 商户注销提现申请单号 */ out_request_no: string;
 /** 注销提现申请单状态 */ cancel_state: "ACCEPTED" | "REVIEWING" | "REJECTED" | "WAITING_MERCHANT_CONFIRM" | "REVOKED" | "SYSTEM_PROCESSING" | "CANCELED" | "FUND_PROCESSING" | "FINISH";
 /** 注销提现申请单状态描述 */ cancel_state_description: string;
 /** 是否提取资金 */ withdraw?: "APPLY_WITHDRAW" | "NOT_APPLY_WITHDRAW";
 /** 提现状态 */ withdraw_state?: "WITHDRAW_PROCESSING" | "WITHDRAW_EXCEPTION" | "WITHDRAW_SUCCEED";
 /** 提现状态描述 */ withdraw_state_description?: unknown;
 /** 账户提现结果 */ account_withdraw_result?: Array<{
  /** 二级商户号的出款子账户类型 */ out_account_type: "BASIC_ACCOUNT" | "OPERATE_ACCOUNT" | "MARGIN_ACCOUNT" | "TRADE_FEE_ACCOUNT";
  /** 付款状态 */ pay_state: "PAY_PROCESSING" | "PAY_SUCCEED" | "PAY_FAIL" | "BANK_REFUNDED";
  /** 付款状态描述 */ state_description: string;
 }>;
 /** 最后更新时间 */ modify_time?: string;
 /** 申请注销的二级商户号 */ sub_mchid: string;
 /** 账户信息 */ account_info?: Array<{
  /** 二级商户号的出款子账户类型 */ out_account_type: "BASIC_ACCOUNT" | "OPERATE_ACCOUNT" | "MARGIN_ACCOUNT" | "TRADE_FEE_ACCOUNT";
  /** 账户金额 */ amount: number;
 }>;
 /** 用于引导商户超级管理员确认注销的信息 */ confirm_cancel?: {
  /** 确认商户注销的页面url */ confirm_cancel_url?: string;
 };
}

export interface PostV3EcommerceAccountCancelApplicationsDataFields {
 /** 商户注销申请单号 */ out_apply_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 受理失败原因 */ reject_reason?: string;
 /** 注销状态 */ cancel_state?: "REVIEWING" | "REJECTED" | "CANCEL_SUCCESS";
 /** 最后更新时间 */ update_time?: string;
}

export interface FinanceInstitutionInfo {
 /** 金融机构类型 */ finance_type?: "BANK_AGENT" | "PAYMENT_AGENT" | "INSURANCE" | "TRADE_AND_SETTLE" | "OTHER";
 /** 金融机构许可证图片 */ finance_license_pics?: string[];
}

export interface SalesSceneInfo {
 /** 店铺名称 @example 爱烧烤 */ store_name?: string;
 /** 店铺链接 @example http://www.qq.com */ store_url?: string;
 /** 店铺二维码 */ store_qr_code?: string;
 /** 小程序AppID */ mini_program_sub_appid?: string;
}

export interface PostV3EcommerceApplymentsDataFields {
 /** 微信支付申请单号 */ applyment_id: number;
 /** 业务申请编号 */ out_request_no: string;
}

export interface PostV3EcommerceCombinePapayTransactionsDataFields {
 /** 合单商户APPID */ combine_appid: string;
 /** 合单商户号 */ combine_mchid: string;
 /** 合单商户订单号 */ combine_out_trade_no: string;
 /** 子单信息 */ sub_orders?: Array<{
  /** 子单商户号 */ mchid: string;
  /** 交易类型 */ trade_type: string;
  /** 交易状态 */ trade_state: string;
  /** 付款银行 */ bank_type?: string;
  /** 附加数据 */ attach?: string;
  /** 支付完成时间 */ success_time?: string;
  /** 子单微信订单号 */ transaction_id: string;
  /** 子单商户订单号 */ out_trade_no: string;
  /** 二级商户号 */ sub_mchid: string;
  /** 二级商户appid */ sub_appid?: string;
  /** 订单金额 */ amount?: {
   /** 标价金额 */ total_amount: number;
   /** 标价币种 */ currency: string;
   /** 现金支付金额 */ payer_amount?: number;
   /** 现金支付币种 */ payer_currency?: string;
  };
 }>;
 /** 支付者 */ combine_payer_info?: {
  /** 用户标识 */ openid: string;
 };
}

export interface GetV3EcommerceFundWithdrawOutRequestNoDataFields {
 /** 二级商户号 */ sub_mchid?: string;
 /** 电商平台商户号 */ sp_mchid: string;
 /** 提现单状态 */ status: "CREATE_SUCCESS" | "SUCCESS" | "FAIL" | "REFUND" | "CLOSE" | "INIT";
 /** 微信支付提现单号 */ withdraw_id: string;
 /** 商户提现单号 */ out_request_no: string;
 /** 提现金额 */ amount: number;
 /** 发起提现时间 */ create_time?: string;
 /** 提现状态更新时间 */ update_time?: string;
 /** 失败原因 */ reason?: string;
 /** 提现备注 */ remark?: string;
 /** 银行备注 */ bank_memo?: string;
 /** 出款账户类型 */ account_type?: "BASIC" | "OPERATION" | "FEES";
 /** 入账银行账号后四位 */ account_number?: string;
 /** 入账银行 */ account_bank?: string;
 /** 入账银行全称 */ bank_name?: string;
}

export interface GetV3EcommerceMchTransferTransferBillsOutBillNoDataFields {
 /** 服务商商户号 */ mchid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 服务商AppID */ appid: string;
 /** 转账场景ID */ transfer_scene_id: string;
 /** 单据状态 */ state: string;
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time: string;
 /** 状态变更时间 */ update_time: string;
}

export interface GetV3EcommerceProfitsharingReturnordersDataFields {
 /** 二级商户号 */ sub_mchid: string;
 /** 微信分账单号 */ order_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 回退商户号 */ return_mchid: string;
 /** 回退金额 */ amount: number;
 /** 微信回退单号 */ return_no: string;
 /** 回退结果 */ result: "PROCESSING" | "SUCCESS" | "FAIL";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED";
 /** 完成时间 */ finish_time: string;
}

export interface PromotionDetail {
 /** 券ID */ promotion_id: string;
 /** 优惠范围 */ scope: "GLOBAL" | "SINGLE";
 /** 优惠类型 */ type: "COUPON" | "DISCOUNT";
 /** 优惠券面额 */ amount: number;
 /** 优惠退款金额 */ refund_amount: number;
}

export interface GetV3EcommerceRefundsIdDataFields {
 /** 微信退款单号 */ refund_id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
 /** 退款入账账户 */ user_received_account?: string;
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: "SUCCESS" | "CLOSE" | "PROCESSING" | "ABNORMAL";
 /** 退款金额信息 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 */ account: "AVAILABLE" | "UNAVAILABLE";
   /** 出资金额 */ amount: number;
  }>;
  /** 用户退款金额 */ payer_refund: number;
  /** 优惠退款金额 */ discount_refund?: number;
  /** 退款币种 */ currency?: string;
  /** 垫付金额 */ advance?: number;
 };
 /** 营销详情 */ promotion_detail?: PromotionDetail[];
 /** 退款出资商户 */ refund_account?: "REFUND_SOURCE_SUB_MERCHANT" | "REFUND_SOURCE_PARTNER_ADVANCE";
 /** 资金账户 */ funds_account?: "AVAILABLE" | "UNSETTLED" | "OPERATION" | "BASIC" | "ECNY_BASIC";
}

export interface GetV3EcommerceRefundsReturnAdvanceDataFields {
 /** 微信退款单号 */ refund_id: string;
 /** 微信回补单号 */ advance_return_id: string;
 /** 垫付回补金额 */ return_amount: number;
 /** 出款方商户号 */ payer_mchid: string;
 /** 出款方账户 */ payer_account: string;
 /** 入账方商户号 */ payee_mchid: string;
 /** 入账方账户 */ payee_account: string;
 /** 垫付回补结果 */ result: string;
 /** 垫付回补完成时间 */ success_time?: string;
}

export interface V3EcommerceNode {
 account: Open<V3EcommerceAccountNode>;
 applyments: Open<V3EcommerceApplymentsNode>;
 bill: Open<V3EcommerceBillNode>;
 combinePapay: Open<V3EcommerceCombinePapayNode>;
 fund: Open<V3EcommerceFundNode>;
 individualContracts: Open<V3EcommerceIndividualContractsNode>;
 mchTransfer: Open<V3EcommerceMchTransferNode>;
 profitsharing: Open<V3EcommerceProfitsharingNode>;
 refunds: Open<V3EcommerceRefundsNode>;
 subsidies: Open<V3EcommerceSubsidiesNode>;
 chain: ChainFrom<"v3/ecommerce">;
}

export interface V3EcommerceAccountNode {
 applyCancelWithdraw: Open<V3EcommerceAccountApplyCancelWithdrawNode>;
 cancelApplications: Open<V3EcommerceAccountCancelApplicationsNode>;
 chain: ChainFrom<"v3/ecommerce/account">;
}

export interface V3EcommerceAccountApplyCancelWithdrawNode {
 /** 提交注销提现申请 `POST /v3/ecommerce/account/apply-cancel-withdraw` */
 post: Verb<PostV3EcommerceAccountApplyCancelWithdrawOptions, PostV3EcommerceAccountApplyCancelWithdrawData>;
 applymentId: Open<V3EcommerceAccountApplyCancelWithdrawApplymentIdNode>;
 confirm: Open<V3EcommerceAccountApplyCancelWithdrawConfirmNode>;
 outRequestNo: Open<V3EcommerceAccountApplyCancelWithdrawOutRequestNoNode>;
 validateCancel: Open<V3EcommerceAccountApplyCancelWithdrawValidateCancelNode>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw">;
}

export interface V3EcommerceAccountApplyCancelWithdrawApplymentIdNode {
 $applyment_id$: Open<V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_Node>;
 _applyment_id_: Open<V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_Node>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/applyment-id">;
}

export interface V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_Node {
 /** 微信支付注销提现申请单号查询申请单状态 `GET /v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}` */
 get: Verb<GetV3EcommerceAccountApplyCancelWithdrawApplymentIdOptions, GetV3EcommerceAccountApplyCancelWithdrawApplymentIdData>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}">;
}

export interface V3EcommerceAccountApplyCancelWithdrawConfirmNode {
 /** 平台代商户确认注销 `POST /v3/ecommerce/account/apply-cancel-withdraw/confirm` */
 post: Verb<PostV3EcommerceAccountApplyCancelWithdrawConfirmOptions, PostV3EcommerceAccountApplyCancelWithdrawConfirmData>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/confirm">;
}

export interface V3EcommerceAccountApplyCancelWithdrawOutRequestNoNode {
 $out_request_no$: Open<V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/out-request-no">;
}

export interface V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_Node {
 /** 商户注销提现申请单号查询申请单状态 `GET /v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}` */
 get: Verb<GetV3EcommerceAccountApplyCancelWithdrawOutRequestNoOptions, GetV3EcommerceAccountApplyCancelWithdrawOutRequestNoData>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}">;
}

export interface V3EcommerceAccountApplyCancelWithdrawValidateCancelNode {
 $sub_mchid$: Open<V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_Node>;
 _sub_mchid_: Open<V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_Node>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/validate-cancel">;
}

export interface V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_Node {
 /** 商户注销资格校验 `GET /v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}` */
 get: Verb<GetV3EcommerceAccountApplyCancelWithdrawValidateCancelOptions, GetV3EcommerceAccountApplyCancelWithdrawValidateCancelData>;
 chain: ChainFrom<"v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}">;
}

export interface V3EcommerceAccountCancelApplicationsNode {
 /**
  * 提交注销申请单 `POST /v3/ecommerce/account/cancel-applications`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/create-cancel-application.html
  */
 post: Verb<PostV3EcommerceAccountCancelApplicationsOptions, PostV3EcommerceAccountCancelApplicationsData>;
 media: Open<V3EcommerceAccountCancelApplicationsMediaNode>;
 outApplyNo: Open<V3EcommerceAccountCancelApplicationsOutApplyNoNode>;
 chain: ChainFrom<"v3/ecommerce/account/cancel-applications">;
}

export interface V3EcommerceAccountCancelApplicationsMediaNode {
 /**
  * 图片上传API `POST /v3/ecommerce/account/cancel-applications/media`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/media/upload-media.html
  */
 post: Verb<PostV3EcommerceAccountCancelApplicationsMediaOptions, PostV3EcommerceAccountCancelApplicationsMediaData>;
 chain: ChainFrom<"v3/ecommerce/account/cancel-applications/media">;
}

export interface V3EcommerceAccountCancelApplicationsOutApplyNoNode {
 $out_apply_no$: Open<V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_Node>;
 _out_apply_no_: Open<V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_Node>;
 chain: ChainFrom<"v3/ecommerce/account/cancel-applications/out-apply-no">;
}

export interface V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_Node {
 /**
  * 查询注销单状态 `GET /v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/get-cancel-application.html
  */
 get: Verb<GetV3EcommerceAccountCancelApplicationsOutApplyNoOptions, GetV3EcommerceAccountCancelApplicationsOutApplyNoData>;
 chain: ChainFrom<"v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}">;
}

export interface V3EcommerceApplymentsNode {
 "": Open<V3EcommerceApplymentsNode2>;
 $applyment_id$: Open<V3EcommerceApplyments_applyment_id_Node>;
 _applyment_id_: Open<V3EcommerceApplyments_applyment_id_Node>;
 outRequestNo: Open<V3EcommerceApplymentsOutRequestNoNode>;
 submitAccountHostingApplyment: Open<V3EcommerceApplymentsSubmitAccountHostingApplymentNode>;
 submitSignVerifyInfo: Open<V3EcommerceApplymentsSubmitSignVerifyInfoNode>;
 chain: ChainFrom<"v3/ecommerce/applyments">;
}

export interface V3EcommerceApplymentsNode2 {
 /**
  * 二级商户进件API `POST /v3/ecommerce/applyments/`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_1_1.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/submit-applyment.html
  */
 post: Verb<PostV3EcommerceApplymentsOptions, PostV3EcommerceApplymentsData>;
 chain: ChainFrom<"v3/ecommerce/applyments/">;
}

export interface V3EcommerceApplymentsOutRequestNoNode {
 $out_request_no$: Open<V3EcommerceApplymentsOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3EcommerceApplymentsOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/ecommerce/applyments/out-request-no">;
}

export interface V3EcommerceApplymentsOutRequestNo_out_request_no_Node {
 /**
  * 通过业务申请编号查询申请状态 `GET /v3/ecommerce/applyments/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/get-state-by-out-request-no.html
  */
 get: Verb<GetV3EcommerceApplymentsOutRequestNoOptions, GetV3EcommerceApplymentsOutRequestNoData>;
 revoke: Open<V3EcommerceApplymentsOutRequestNoRevokeNode>;
 chain: ChainFrom<"v3/ecommerce/applyments/out-request-no/{out_request_no}">;
}

export interface V3EcommerceApplymentsOutRequestNoRevokeNode {
 /** 撤销申请单-使用业务申请编号 `POST /v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke` */
 post: Verb<PostV3EcommerceApplymentsOutRequestNoRevokeOptions, PostV3EcommerceApplymentsOutRequestNoRevokeData>;
 chain: ChainFrom<"v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke">;
}

export interface V3EcommerceApplymentsSubmitAccountHostingApplymentNode {
 /** 提交申请单 `POST /v3/ecommerce/applyments/submit-account-hosting-applyment` */
 post: Verb<PostV3EcommerceApplymentsSubmitAccountHostingApplymentOptions, PostV3EcommerceApplymentsSubmitAccountHostingApplymentData>;
 chain: ChainFrom<"v3/ecommerce/applyments/submit-account-hosting-applyment">;
}

export interface V3EcommerceApplymentsSubmitSignVerifyInfoNode {
 /** 平台代理签约核身 `POST /v3/ecommerce/applyments/submit-sign-verify-info` */
 post: Verb<PostV3EcommerceApplymentsSubmitSignVerifyInfoOptions, PostV3EcommerceApplymentsSubmitSignVerifyInfoData>;
 chain: ChainFrom<"v3/ecommerce/applyments/submit-sign-verify-info">;
}

export interface V3EcommerceApplyments_applyment_id_Node {
 /**
  * 通过申请单ID查询申请状态 `GET /v3/ecommerce/applyments/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/get-applyment-state.html
  */
 get: Verb<GetV3EcommerceApplymentsOptions, GetV3EcommerceApplymentsData>;
 revoke: Open<V3EcommerceApplymentsRevokeNode>;
 chain: ChainFrom<"v3/ecommerce/applyments/{applyment_id}">;
}

export interface V3EcommerceApplymentsRevokeNode {
 /** 撤销申请单-使用申请单号 `POST /v3/ecommerce/applyments/{applyment_id}/revoke` */
 post: Verb<PostV3EcommerceApplymentsRevokeOptions, PostV3EcommerceApplymentsRevokeData>;
 chain: ChainFrom<"v3/ecommerce/applyments/{applyment_id}/revoke">;
}

export interface V3EcommerceBillNode {
 fundflowbill: Open<V3EcommerceBillFundflowbillNode>;
 chain: ChainFrom<"v3/ecommerce/bill">;
}

export interface V3EcommerceBillFundflowbillNode {
 /**
  * 申请二级商户资金账单API `GET /v3/ecommerce/bill/fundflowbill`
  * @see https://pay.weixin.qq.com/docs/partner/apis/bill-download/sub-merchant-fund-flow-bill/get-sub-merchant-fund-flow-bill.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_5.shtml
  */
 get: Verb<GetV3EcommerceBillFundflowbillOptions, GetV3EcommerceBillFundflowbillData>;
 chain: ChainFrom<"v3/ecommerce/bill/fundflowbill">;
}

export interface V3EcommerceCombinePapayNode {
 contracts: Open<V3EcommerceCombinePapayContractsNode>;
 transactions: Open<V3EcommerceCombinePapayTransactionsNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay">;
}

export interface V3EcommerceCombinePapayContractsNode {
 planId: Open<V3EcommerceCombinePapayContractsPlanIdNode>;
 preEntrustSign: Open<V3EcommerceCombinePapayContractsPreEntrustSignNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts">;
}

export interface V3EcommerceCombinePapayContractsPlanIdNode {
 $plan_id$: Open<V3EcommerceCombinePapayContractsPlanId_plan_id_Node>;
 _plan_id_: Open<V3EcommerceCombinePapayContractsPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/plan-id">;
}

export interface V3EcommerceCombinePapayContractsPlanId_plan_id_Node {
 outContractCode: Open<V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}">;
}

export interface V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code">;
}

export interface V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /**
  * 通过商户协议号查询协议API `GET /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_2.shtml
  */
 get: Verb<GetV3EcommerceCombinePapayContractsPlanIdOutContractCodeOptions, GetV3EcommerceCombinePapayContractsPlanIdOutContractCodeData>;
 terminate: Open<V3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateNode {
 /**
  * 商户协议号解约协议API `POST /v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_3.shtml
  */
 post: Verb<PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateOptions, PostV3EcommerceCombinePapayContractsPlanIdOutContractCodeTerminateData>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate">;
}

export interface V3EcommerceCombinePapayContractsPreEntrustSignNode {
 /**
  * APP方式预签约API `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_1.shtml
  */
 post: Verb<PostV3EcommerceCombinePapayContractsPreEntrustSignOptions, PostV3EcommerceCombinePapayContractsPreEntrustSignData>;
 miniProgram: Open<V3EcommerceCombinePapayContractsPreEntrustSignMiniProgramNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/pre-entrust-sign">;
}

export interface V3EcommerceCombinePapayContractsPreEntrustSignMiniProgramNode {
 /**
  * 小程序方式预签约API `POST /v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_8.shtml
  */
 post: Verb<PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramOptions, PostV3EcommerceCombinePapayContractsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program">;
}

export interface V3EcommerceCombinePapayTransactionsNode {
 /**
  * 电商合单委托代扣支付API `POST /v3/ecommerce/combine-papay/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_4.shtml
  */
 post: Verb<PostV3EcommerceCombinePapayTransactionsOptions, PostV3EcommerceCombinePapayTransactionsData>;
 $combine_out_trade_no$: Open<V3EcommerceCombinePapayTransactions_combine_out_trade_no_Node>;
 _combine_out_trade_no_: Open<V3EcommerceCombinePapayTransactions_combine_out_trade_no_Node>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/transactions">;
}

export interface V3EcommerceCombinePapayTransactions_combine_out_trade_no_Node {
 /**
  * 电商合单委托代扣查询订单API `GET /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_6.shtml
  */
 get: Verb<GetV3EcommerceCombinePapayTransactionsOptions, GetV3EcommerceCombinePapayTransactionsData>;
 reverse: Open<V3EcommerceCombinePapayTransactionsReverseNode>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}">;
}

export interface V3EcommerceCombinePapayTransactionsReverseNode {
 /**
  * 电商合单委托代扣撤销订单API `POST /v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_5.shtml
  */
 post: Verb<PostV3EcommerceCombinePapayTransactionsReverseOptions, PostV3EcommerceCombinePapayTransactionsReverseData>;
 chain: ChainFrom<"v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse">;
}

export interface V3EcommerceFundNode {
 balance: Open<V3EcommerceFundBalanceNode>;
 enddaybalance: Open<V3EcommerceFundEnddaybalanceNode>;
 withdraw: Open<V3EcommerceFundWithdrawNode>;
 chain: ChainFrom<"v3/ecommerce/fund">;
}

export interface V3EcommerceFundBalanceNode {
 $sub_mchid$: Open<V3EcommerceFundBalance_sub_mchid_Node>;
 _sub_mchid_: Open<V3EcommerceFundBalance_sub_mchid_Node>;
 chain: ChainFrom<"v3/ecommerce/fund/balance">;
}

export interface V3EcommerceFundBalance_sub_mchid_Node {
 /**
  * 查询二级商户账户实时余额API `GET /v3/ecommerce/fund/balance/{sub_mchid}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-balance.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_19.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_1.shtml
  */
 get: Verb<GetV3EcommerceFundBalanceOptions, GetV3EcommerceFundBalanceData>;
 chain: ChainFrom<"v3/ecommerce/fund/balance/{sub_mchid}">;
}

export interface V3EcommerceFundEnddaybalanceNode {
 $sub_mchid$: Open<V3EcommerceFundEnddaybalance_sub_mchid_Node>;
 _sub_mchid_: Open<V3EcommerceFundEnddaybalance_sub_mchid_Node>;
 chain: ChainFrom<"v3/ecommerce/fund/enddaybalance">;
}

export interface V3EcommerceFundEnddaybalance_sub_mchid_Node {
 /**
  * 查询二级商户账户日终余额API `GET /v3/ecommerce/fund/enddaybalance/{sub_mchid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-day-end-balance.html
  */
 get: Verb<GetV3EcommerceFundEnddaybalanceOptions, GetV3EcommerceFundEnddaybalanceData>;
 chain: ChainFrom<"v3/ecommerce/fund/enddaybalance/{sub_mchid}">;
}

export interface V3EcommerceFundWithdrawNode {
 /**
  * 账户余额提现API `POST /v3/ecommerce/fund/withdraw`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_22.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_2.shtml
  */
 post: Verb<PostV3EcommerceFundWithdrawOptions, PostV3EcommerceFundWithdrawData>;
 $withdraw_id$: Open<V3EcommerceFundWithdraw_withdraw_id_Node>;
 _withdraw_id_: Open<V3EcommerceFundWithdraw_withdraw_id_Node>;
 outRequestNo: Open<V3EcommerceFundWithdrawOutRequestNoNode>;
 chain: ChainFrom<"v3/ecommerce/fund/withdraw">;
}

export interface V3EcommerceFundWithdrawOutRequestNoNode {
 $out_request_no$: Open<V3EcommerceFundWithdrawOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3EcommerceFundWithdrawOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/ecommerce/fund/withdraw/out-request-no">;
}

export interface V3EcommerceFundWithdrawOutRequestNo_out_request_no_Node {
 /**
  * 商户提现单号查询 `GET /v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_23.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml
  */
 get: Verb<GetV3EcommerceFundWithdrawOutRequestNoOptions, GetV3EcommerceFundWithdrawOutRequestNoData>;
 chain: ChainFrom<"v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}">;
}

export interface V3EcommerceFundWithdraw_withdraw_id_Node {
 /**
  * 微信支付提现单号查询 `GET /v3/ecommerce/fund/withdraw/{withdraw_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_23.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml
  */
 get: Verb<GetV3EcommerceFundWithdrawOptions, GetV3EcommerceFundWithdrawData>;
 chain: ChainFrom<"v3/ecommerce/fund/withdraw/{withdraw_id}">;
}

export interface V3EcommerceIndividualContractsNode {
 $openid$: Open<V3EcommerceIndividualContracts_openid_Node>;
 _openid_: Open<V3EcommerceIndividualContracts_openid_Node>;
 outContractCode: Open<V3EcommerceIndividualContractsOutContractCodeNode>;
 preEntrustSign: Open<V3EcommerceIndividualContractsPreEntrustSignNode>;
 preEntrustSignWithRealNameIdentity: Open<V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityNode>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts">;
}

export interface V3EcommerceIndividualContractsOutContractCodeNode {
 $out_contract_code$: Open<V3EcommerceIndividualContractsOutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3EcommerceIndividualContractsOutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/out-contract-code">;
}

export interface V3EcommerceIndividualContractsOutContractCode_out_contract_code_Node {
 /** 根据业务申请单号查签约信息 `GET /v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}` */
 get: Verb<GetV3EcommerceIndividualContractsOutContractCodeOptions, GetV3EcommerceIndividualContractsOutContractCodeData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignNode {
 app: Open<V3EcommerceIndividualContractsPreEntrustSignAppNode>;
 miniProgram: Open<V3EcommerceIndividualContractsPreEntrustSignMiniProgramNode>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityNode {
 app: Open<V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppNode>;
 miniProgram: Open<V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramNode>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppNode {
 /** APP场景预签约（需要实名验证） `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app` */
 post: Verb<PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppOptions, PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityAppData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramNode {
 /** 小程序场景预签约（需要实名验证） `POST /v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program` */
 post: Verb<PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramOptions, PostV3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgramData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignAppNode {
 /** APP场景预签约 `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/app` */
 post: Verb<PostV3EcommerceIndividualContractsPreEntrustSignAppOptions, PostV3EcommerceIndividualContractsPreEntrustSignAppData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign/app">;
}

export interface V3EcommerceIndividualContractsPreEntrustSignMiniProgramNode {
 /** 小程序场景预签约 `POST /v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program` */
 post: Verb<PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramOptions, PostV3EcommerceIndividualContractsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program">;
}

export interface V3EcommerceIndividualContracts_openid_Node {
 /**
  * 查询个人收款方授权结果 `GET /v3/ecommerce/individual-contracts/{openid}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-contracts.html
  */
 get: Verb<GetV3EcommerceIndividualContractsOptions, GetV3EcommerceIndividualContractsData>;
 chain: ChainFrom<"v3/ecommerce/individual-contracts/{openid}">;
}

export interface V3EcommerceMchTransferNode {
 authorizations: Open<V3EcommerceMchTransferAuthorizationsNode>;
 transferBills: Open<V3EcommerceMchTransferTransferBillsNode>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer">;
}

export interface V3EcommerceMchTransferAuthorizationsNode {
 /**
  * 申请二级商户商家转账授权 `POST /v3/ecommerce/mch-transfer/authorizations`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/authorization/create-authorization.html
  */
 post: Verb<PostV3EcommerceMchTransferAuthorizationsOptions, PostV3EcommerceMchTransferAuthorizationsData>;
 $sub_mchid$: Open<V3EcommerceMchTransferAuthorizations_sub_mchid_Node>;
 _sub_mchid_: Open<V3EcommerceMchTransferAuthorizations_sub_mchid_Node>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/authorizations">;
}

export interface V3EcommerceMchTransferAuthorizations_sub_mchid_Node {
 /**
  * 查询二级商户商家转账授权状态 `GET /v3/ecommerce/mch-transfer/authorizations/{sub_mchid}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/authorization/get-authorization.html
  */
 get: Verb<GetV3EcommerceMchTransferAuthorizationsOptions, GetV3EcommerceMchTransferAuthorizationsData>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/authorizations/{sub_mchid}">;
}

export interface V3EcommerceMchTransferTransferBillsNode {
 /**
  * 发起转账 `POST /v3/ecommerce/mch-transfer/transfer-bills`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/transfer-to-user.html
  */
 post: Verb<PostV3EcommerceMchTransferTransferBillsOptions, PostV3EcommerceMchTransferTransferBillsData>;
 outBillNo: Open<V3EcommerceMchTransferTransferBillsOutBillNoNode>;
 transferBillNo: Open<V3EcommerceMchTransferTransferBillsTransferBillNoNode>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills">;
}

export interface V3EcommerceMchTransferTransferBillsOutBillNoNode {
 $out_bill_no$: Open<V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills/out-bill-no">;
}

export interface V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node {
 /**
  * 商户单号查询转账单 `GET /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/get-transfer-bill-by-out-no.html
  */
 get: Verb<GetV3EcommerceMchTransferTransferBillsOutBillNoOptions, GetV3EcommerceMchTransferTransferBillsOutBillNoData>;
 cancel: Open<V3EcommerceMchTransferTransferBillsOutBillNoCancelNode>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}">;
}

export interface V3EcommerceMchTransferTransferBillsOutBillNoCancelNode {
 /**
  * 撤销转账 `POST /v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/cancel-transfer.html
  */
 post: Verb<PostV3EcommerceMchTransferTransferBillsOutBillNoCancelOptions, PostV3EcommerceMchTransferTransferBillsOutBillNoCancelData>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel">;
}

export interface V3EcommerceMchTransferTransferBillsTransferBillNoNode {
 $transfer_bill_no$: Open<V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node>;
 _transfer_bill_no_: Open<V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no">;
}

export interface V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node {
 /**
  * 微信转账单号查询转账单 `GET /v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/get-transfer-bill-by-no.html
  */
 get: Verb<GetV3EcommerceMchTransferTransferBillsTransferBillNoOptions, GetV3EcommerceMchTransferTransferBillsTransferBillNoData>;
 chain: ChainFrom<"v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}">;
}

export interface V3EcommerceProfitsharingNode {
 afterSalesOrders: Open<V3EcommerceProfitsharingAfterSalesOrdersNode>;
 finishOrder: Open<V3EcommerceProfitsharingFinishOrderNode>;
 orders: Open<V3EcommerceProfitsharingOrdersNode>;
 receivers: Open<V3EcommerceProfitsharingReceiversNode>;
 returnorders: Open<V3EcommerceProfitsharingReturnordersNode>;
 chain: ChainFrom<"v3/ecommerce/profitsharing">;
}

export interface V3EcommerceProfitsharingAfterSalesOrdersNode {
 /**
  * 查询售后服务分账结果 `GET /v3/ecommerce/profitsharing/after-sales-orders`
  * @see https://pay.weixin.qq.com/docs/partner/products/ecommerce/introduction.html
  */
 get: Verb<GetV3EcommerceProfitsharingAfterSalesOrdersOptions, GetV3EcommerceProfitsharingAfterSalesOrdersData>;
 /**
  * 请求售后服务分账 `POST /v3/ecommerce/profitsharing/after-sales-orders`
  * @see https://pay.weixin.qq.com/docs/partner/products/ecommerce/introduction.html
  */
 post: Verb<PostV3EcommerceProfitsharingAfterSalesOrdersOptions, PostV3EcommerceProfitsharingAfterSalesOrdersData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/after-sales-orders">;
}

export interface V3EcommerceProfitsharingFinishOrderNode {
 /**
  * 完结分账API `POST /v3/ecommerce/profitsharing/finish-order`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_5.shtml
  */
 post: Verb<PostV3EcommerceProfitsharingFinishOrderOptions, PostV3EcommerceProfitsharingFinishOrderData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/finish-order">;
}

export interface V3EcommerceProfitsharingOrdersNode {
 /**
  * 查询分账结果API `GET /v3/ecommerce/profitsharing/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_2.shtml
  */
 get: Verb<GetV3EcommerceProfitsharingOrdersOptions, GetV3EcommerceProfitsharingOrdersData>;
 /**
  * 请求分账API `POST /v3/ecommerce/profitsharing/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_1.shtml
  */
 post: Verb<PostV3EcommerceProfitsharingOrdersOptions, PostV3EcommerceProfitsharingOrdersData>;
 $transaction_id$: Open<V3EcommerceProfitsharingOrders_transaction_id_Node>;
 _transaction_id_: Open<V3EcommerceProfitsharingOrders_transaction_id_Node>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/orders">;
}

export interface V3EcommerceProfitsharingOrders_transaction_id_Node {
 amounts: Open<V3EcommerceProfitsharingOrdersAmountsNode>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/orders/{transaction_id}">;
}

export interface V3EcommerceProfitsharingOrdersAmountsNode {
 /**
  * 查询订单剩余待分金额API `GET /v3/ecommerce/profitsharing/orders/{transaction_id}/amounts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_4_9.shtml
  */
 get: Verb<GetV3EcommerceProfitsharingOrdersAmountsOptions, GetV3EcommerceProfitsharingOrdersAmountsData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/orders/{transaction_id}/amounts">;
}

export interface V3EcommerceProfitsharingReceiversNode {
 add: Open<V3EcommerceProfitsharingReceiversAddNode>;
 delete: Open<V3EcommerceProfitsharingReceiversDeleteNode>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/receivers">;
}

export interface V3EcommerceProfitsharingReceiversAddNode {
 /**
  * 添加分账接收方API `POST /v3/ecommerce/profitsharing/receivers/add`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_7.shtml
  */
 post: Verb<PostV3EcommerceProfitsharingReceiversAddOptions, PostV3EcommerceProfitsharingReceiversAddData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/receivers/add">;
}

export interface V3EcommerceProfitsharingReceiversDeleteNode {
 /**
  * 删除分账接收方API `POST /v3/ecommerce/profitsharing/receivers/delete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_8.shtml
  */
 post: Verb<PostV3EcommerceProfitsharingReceiversDeleteOptions, PostV3EcommerceProfitsharingReceiversDeleteData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/receivers/delete">;
}

export interface V3EcommerceProfitsharingReturnordersNode {
 /**
  * 查询分账回退结果API `GET /v3/ecommerce/profitsharing/returnorders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_4.shtml
  */
 get: Verb<GetV3EcommerceProfitsharingReturnordersOptions, GetV3EcommerceProfitsharingReturnordersData>;
 /**
  * 请求分账回退API `POST /v3/ecommerce/profitsharing/returnorders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_3.shtml
  */
 post: Verb<PostV3EcommerceProfitsharingReturnordersOptions, PostV3EcommerceProfitsharingReturnordersData>;
 chain: ChainFrom<"v3/ecommerce/profitsharing/returnorders">;
}

export interface V3EcommerceRefundsNode {
 $refund_id$: Open<V3EcommerceRefunds_refund_id_Node>;
 _refund_id_: Open<V3EcommerceRefunds_refund_id_Node>;
 apply: Open<V3EcommerceRefundsApplyNode>;
 id: Open<V3EcommerceRefundsIdNode>;
 outRefundNo: Open<V3EcommerceRefundsOutRefundNoNode>;
 chain: ChainFrom<"v3/ecommerce/refunds">;
}

export interface V3EcommerceRefundsApplyNode {
 /**
  * 退款申请API `POST /v3/ecommerce/refunds/apply`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/create-refund.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_1.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-refund.html
  */
 post: Verb<PostV3EcommerceRefundsApplyOptions, PostV3EcommerceRefundsApplyData>;
 chain: ChainFrom<"v3/ecommerce/refunds/apply">;
}

export interface V3EcommerceRefundsIdNode {
 $refund_id$: Open<V3EcommerceRefundsId_refund_id_Node>;
 _refund_id_: Open<V3EcommerceRefundsId_refund_id_Node>;
 chain: ChainFrom<"v3/ecommerce/refunds/id">;
}

export interface V3EcommerceRefundsId_refund_id_Node {
 /**
  * 通过微信支付退款单号查询退款 `GET /v3/ecommerce/refunds/id/{refund_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-refund.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-refund.html
  */
 get: Verb<GetV3EcommerceRefundsIdOptions, GetV3EcommerceRefundsIdData>;
 chain: ChainFrom<"v3/ecommerce/refunds/id/{refund_id}">;
}

export interface V3EcommerceRefundsOutRefundNoNode {
 $out_refund_no$: Open<V3EcommerceRefundsOutRefundNo_out_refund_no_Node>;
 _out_refund_no_: Open<V3EcommerceRefundsOutRefundNo_out_refund_no_Node>;
 chain: ChainFrom<"v3/ecommerce/refunds/out-refund-no">;
}

export interface V3EcommerceRefundsOutRefundNo_out_refund_no_Node {
 /**
  * 通过商户退款单号查询退款 `GET /v3/ecommerce/refunds/out-refund-no/{out_refund_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-refund-by-out-refund-no.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-refund-by-out-refund-no.html
  */
 get: Verb<GetV3EcommerceRefundsOutRefundNoOptions, GetV3EcommerceRefundsOutRefundNoData>;
 chain: ChainFrom<"v3/ecommerce/refunds/out-refund-no/{out_refund_no}">;
}

export interface V3EcommerceRefunds_refund_id_Node {
 applyAbnormalRefund: Open<V3EcommerceRefundsApplyAbnormalRefundNode>;
 returnAdvance: Open<V3EcommerceRefundsReturnAdvanceNode>;
 chain: ChainFrom<"v3/ecommerce/refunds/{refund_id}">;
}

export interface V3EcommerceRefundsApplyAbnormalRefundNode {
 /**
  * 发起异常退款 `POST /v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund`
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-abnormal-refund.html
  */
 post: Verb<PostV3EcommerceRefundsApplyAbnormalRefundOptions, PostV3EcommerceRefundsApplyAbnormalRefundData>;
 chain: ChainFrom<"v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund">;
}

export interface V3EcommerceRefundsReturnAdvanceNode {
 /**
  * 查询垫付回补结果API `GET /v3/ecommerce/refunds/{refund_id}/return-advance`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_5.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-return-advance.html
  */
 get: Verb<GetV3EcommerceRefundsReturnAdvanceOptions, GetV3EcommerceRefundsReturnAdvanceData>;
 /**
  * 垫付退款回补API `POST /v3/ecommerce/refunds/{refund_id}/return-advance`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_4.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-return-advance.html
  */
 post: Verb<PostV3EcommerceRefundsReturnAdvanceOptions, PostV3EcommerceRefundsReturnAdvanceData>;
 chain: ChainFrom<"v3/ecommerce/refunds/{refund_id}/return-advance">;
}

export interface V3EcommerceSubsidiesNode {
 cancel: Open<V3EcommerceSubsidiesCancelNode>;
 create: Open<V3EcommerceSubsidiesCreateNode>;
 return: Open<V3EcommerceSubsidiesReturnNode>;
 chain: ChainFrom<"v3/ecommerce/subsidies">;
}

export interface V3EcommerceSubsidiesCancelNode {
 /**
  * 取消补差API `POST /v3/ecommerce/subsidies/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_3.shtml
  */
 post: Verb<PostV3EcommerceSubsidiesCancelOptions, PostV3EcommerceSubsidiesCancelData>;
 chain: ChainFrom<"v3/ecommerce/subsidies/cancel">;
}

export interface V3EcommerceSubsidiesCreateNode {
 /**
  * 请求补差API `POST /v3/ecommerce/subsidies/create`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_1.shtml
  */
 post: Verb<PostV3EcommerceSubsidiesCreateOptions, PostV3EcommerceSubsidiesCreateData>;
 chain: ChainFrom<"v3/ecommerce/subsidies/create">;
}

export interface V3EcommerceSubsidiesReturnNode {
 /**
  * 请求补差回退API `POST /v3/ecommerce/subsidies/return`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_2.shtml
  */
 post: Verb<PostV3EcommerceSubsidiesReturnOptions, PostV3EcommerceSubsidiesReturnData>;
 chain: ChainFrom<"v3/ecommerce/subsidies/return">;
}
