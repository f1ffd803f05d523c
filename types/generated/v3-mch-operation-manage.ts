// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询子商户强化尽调单信息: options */
export interface GetV3MchOperationManageEnhancedDueDiligenceOptions extends CallOptions {
 /** 尽调单号 @example 123000110_2_2190381dakdajois1283i12jo */ due_diligence_id: string;
 query: {
  /** 子商户号 @example 123000110 */ sub_mchid: string;
 };
}
/** 查询子商户强化尽调单信息: response body */
export interface GetV3MchOperationManageEnhancedDueDiligenceData {
 /** 尽调单号 */ due_diligence_id: string;
 /** 子商户号 */ sub_mchid: string;
 /** 尽调单状态 */ due_diligence_state: "DUE_DILIGENCE_STATE_COLLECTING" | "DUE_DILIGENCE_STATE_AUDITING" | "DUE_DILIGENCE_STATE_REJECTED" | "DUE_DILIGENCE_STATE_EXPIRED" | "DUE_DILIGENCE_STATE_CANCELLED" | "DUE_DILIGENCE_STATE_FINISHED";
 /** 驳回原因 */ reject_reason?: string;
 /** 截止时间 */ deadline_time: string;
 /** 终止时间 */ terminal_time?: string;
 /** 提交时间 */ submit_time?: string;
 /** 驳回时间 */ reject_time?: string;
 /** 完成时间 */ complete_time?: string;
 /** 尽调要求提交的资料 */ submission_template?: string;
 /** 尽调已经提交的资料 */ submission_data?: string;
}

/** 提交尽调资料: request body */
export interface PostV3MchOperationManageEnhancedDueDiligenceSubmitBody {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 /** 提交资料内容 @example {"record_fields":[]} */ submit_data?: string;
}
/** 提交尽调资料: options */
export interface PostV3MchOperationManageEnhancedDueDiligenceSubmitOptions extends CallOptions {
 /** 尽调单号 @example 123000110_2_2190381dakdajois1283i12jo */ due_diligence_id: string;
 json: PostV3MchOperationManageEnhancedDueDiligenceSubmitBody;
}
/** 提交尽调资料: response body */
export interface PostV3MchOperationManageEnhancedDueDiligenceSubmitData {
 /** 尽调单状态 */ due_diligence_state?: "DUE_DILIGENCE_STATE_COLLECTING" | "DUE_DILIGENCE_STATE_AUDITING" | "DUE_DILIGENCE_STATE_REJECTED" | "DUE_DILIGENCE_STATE_EXPIRED" | "DUE_DILIGENCE_STATE_CANCELLED" | "DUE_DILIGENCE_STATE_FINISHED";
 /** 提交时间 */ submit_time?: string;
 /** 尽调要求提交的资料 */ submission_template?: string;
 /** 尽调已经提交的资料 */ submission_data?: string;
}

/** The parts of the multipart/form-data body of POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload. */
export interface PostV3MchOperationManageEnhancedDueDiligenceUploadForm {
 /** 图片文件 */ due_diligence_file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 @example demo.png */ file_name?: string;
  /** 文件摘要 @example B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9 */ file_digest?: string;
  /** 子商户号 @example 1230001104 */ sub_mchid?: string;
  /** 资料项唯一id @example 130013 */ item_id?: number;
 };
}
/** 上传尽调资料文件: options */
export interface PostV3MchOperationManageEnhancedDueDiligenceUploadOptions extends CallOptions {
 /** 尽调单号 @example 123000110_2_2190381dakdajois1283i12jo */ due_diligence_id: string;
 /** A `FormData` with the parts of {@link PostV3MchOperationManageEnhancedDueDiligenceUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 上传尽调资料文件: response body */
export interface PostV3MchOperationManageEnhancedDueDiligenceUploadData {
 /** 文件标识ID */ file_id: string;
}

/** 查询子商户管控情况: options */
export interface GetV3MchOperationManageMerchantLimitationsSubMchidOptions extends CallOptions {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
}
/** 查询子商户管控情况: response body */
export interface GetV3MchOperationManageMerchantLimitationsSubMchidData {
 /** 商户号 */ mchid: string;
 /** 商户被管控能力列表 */ limited_functions?: Array<"NO_TRANSACTION_AND_RECHARGE" | "NO_PAYMENT" | "NO_WITHDRAWAL" | "NO_REFUND" | "NO_TRANSACTION" | "NO_PROFIT_SHARING" | "NO_PAYMENT_POINT_COMPLETE_ORDER">;
 /** 被管控原因及解脱路径列表 */ recovery_specifications?: Array<{
  /** 商户被该原因管控的单据号 */ limitation_case_id?: string;
  /** 商户被管控原因 */ limitation_reason?: string;
  /** 商户被管控原因描述 */ limitation_reason_describe?: string;
  /** 商户被该原因管控的解脱路径 */ recover_way?: "IRRECOVERABLE" | "MODIFY_SUBJECT_INFORMATION" | "MODIFY_SETTLE_ACCOUNT_INFORMATION" | "VERIFY_INACTIVE_MERCHANT_IDENTITY" | "SUBMIT_OFFLINE_BUSINESS_SCENARIO_INFORMATION" | "SUBMIT_INFORMATION_FOR_APPEAL" | "RESOLVE_TRANSACTION_DISPUTES" | "MODIFY_ADMINISTRATOR_INFORMATION" | "CALL_CUSTOMER_SERVICE_AT_95017" | "UPDATE_BUSINESS_SCENARIO_INFORMATION" | "SUBMIT_CDD_INFORMATION" | "WAITING_FOR_PLATFORM_REVIEW" | "SUBMIT_UBO_INFORMATION" | "SIGN_ANTI_FRAUD_PLEDGE_AND_VERIFY_FACE" | "CONTACT_APPROPRIATE_AUTHORITY_FOR_CONSULTATION" | "MODIFY_ABBREVIATION_INFORMATION" | "CONFIRM_BUSINESS_TYPE" | "SUBMIT_ONLINE_BUSINESS_SCENARIO_INFORMATION" | "CONTACT_SERVICE_PROVIDER";
  /** 商户被该原因管控的解脱路径参数 */ recover_way_param?: string;
  /** 商户被该原因管控的解脱帮助链接 */ recover_help_url?: string;
  /** 处置方式 */ limitation_action_type?: "LIMIT_ACTION_TYPE_IMMEDIATE_CONTROL" | "LIMIT_ACTION_TYPE_DELAY_CONTROL";
  /** 预计管控开始时间 */ limitation_start_date?: string;
  /** 商户被该原因管控的时间 */ limitation_date?: string;
  /** 商户被管控原因类型 */ limitation_reason_type?: "LICENSE_ABNORMAL" | "NO_TRADE" | "SETTLE_ACCOUNT_ABNORMAL" | "RISK_ABNORMAL" | "OTHER" | "INSPECT_ABNORMAL" | "INVALID_REPRESENTATIVE_INFORMATION" | "INVALID_BUSINESS_STATUS" | "INVALID_BUSINESS_LICENSE" | "INVALID_BENEFICIARY_INFORMATION";
  /** 商户被该原因管控的能力列表 */ relate_limitations?: Array<"NO_TRANSACTION_AND_RECHARGE" | "NO_PAYMENT" | "NO_WITHDRAWAL" | "NO_REFUND" | "NO_TRANSACTION" | "NO_PROFIT_SHARING" | "NO_PAYMENT_POINT_COMPLETE_ORDER">;
  /** 商户被该原因管控的其他能力描述 */ other_relate_limitations?: string;
 }>;
 /** 商户其他被管控能力描述 */ other_limited_functions?: string;
}

export interface V3MchOperationManageNode {
 enhancedDueDiligence: Open<V3MchOperationManageEnhancedDueDiligenceNode>;
 merchantLimitations: Open<V3MchOperationManageMerchantLimitationsNode>;
 chain: ChainFrom<"v3/mch-operation-manage">;
}

export interface V3MchOperationManageEnhancedDueDiligenceNode {
 $due_diligence_id$: Open<V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Node>;
 _due_diligence_id_: Open<V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Node>;
 chain: ChainFrom<"v3/mch-operation-manage/enhanced-due-diligence">;
}

export interface V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Node {
 /** 查询子商户强化尽调单信息 `GET /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}` */
 get: Verb<GetV3MchOperationManageEnhancedDueDiligenceOptions, GetV3MchOperationManageEnhancedDueDiligenceData>;
 submit: Open<V3MchOperationManageEnhancedDueDiligenceSubmitNode>;
 upload: Open<V3MchOperationManageEnhancedDueDiligenceUploadNode>;
 chain: ChainFrom<"v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}">;
}

export interface V3MchOperationManageEnhancedDueDiligenceSubmitNode {
 /** 提交尽调资料 `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit` */
 post: Verb<PostV3MchOperationManageEnhancedDueDiligenceSubmitOptions, PostV3MchOperationManageEnhancedDueDiligenceSubmitData>;
 chain: ChainFrom<"v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit">;
}

export interface V3MchOperationManageEnhancedDueDiligenceUploadNode {
 /** 上传尽调资料文件 `POST /v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload` */
 post: Verb<PostV3MchOperationManageEnhancedDueDiligenceUploadOptions, PostV3MchOperationManageEnhancedDueDiligenceUploadData>;
 chain: ChainFrom<"v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload">;
}

export interface V3MchOperationManageMerchantLimitationsNode {
 subMchid: Open<V3MchOperationManageMerchantLimitationsSubMchidNode>;
 chain: ChainFrom<"v3/mch-operation-manage/merchant-limitations">;
}

export interface V3MchOperationManageMerchantLimitationsSubMchidNode {
 $sub_mchid$: Open<V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/mch-operation-manage/merchant-limitations/sub-mchid">;
}

export interface V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_Node {
 /**
  * 查询子商户管控情况 `GET /v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/limited-functions-and-reasons/mch-limitations/query-sub-mch-limitation.html
  */
 get: Verb<GetV3MchOperationManageMerchantLimitationsSubMchidOptions, GetV3MchOperationManageMerchantLimitationsSubMchidData>;
 chain: ChainFrom<"v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}">;
}
