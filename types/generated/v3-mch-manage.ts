// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 分页查询子商户名下的商户管理记录: options */
export interface GetV3MchManageMchManageRecordsSubMchidOptions extends CallOptions {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 query: {
  /** 最大资源条数 @example 5 */ limit: number;
  /** 请求资源起始位置 @example 10 */ offset?: number;
  /** 商户管理记录类型 @example FUNCTIONAL_LIMIT_RECORD */ manage_record_type: "FUNCTIONAL_LIMIT_RECORD" | "INVESTIGATE_RECORD";
  /** 商户管理记录状态 @example PENDING */ manage_record_state?: "PENDING" | "SUBMITTED" | "EXPIRED" | "UNDER_REVIEW" | "RECOVERED" | "REJECTED";
 };
}
/** 分页查询子商户名下的商户管理记录: response body */
export interface GetV3MchManageMchManageRecordsSubMchidData {
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
 /** 资源总条数 */ total_count?: number;
 /** 商户管理记录详情列表 */ data?: MchManageData[];
}

/** 查询子商户下指定商户管理记录: options */
export interface GetV3MchManageMchManageRecordsOptions extends CallOptions {
 /** 商户管理记录ID @example M1210999900435123451697535102441 */ manage_record_id: string;
 query: {
  /** 子商户号 @example 123000110 */ sub_mchid: string;
 };
}
/** 查询子商户下指定商户管理记录: response body */
export interface GetV3MchManageMchManageRecordsData extends MchManageData {}

/** 对指定商户管理记录提交资料: request body */
export interface PostV3MchManageMchManageRecordsMchManageSubmissionsBody {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 /** 商户提交资料内容 @example {"record_fields":[]} */ submit_data: string;
}
/** 对指定商户管理记录提交资料: options */
export interface PostV3MchManageMchManageRecordsMchManageSubmissionsOptions extends CallOptions {
 /** 商户管理记录ID @example M1210999900435123451697535102441 */ manage_record_id: string;
 json: PostV3MchManageMchManageRecordsMchManageSubmissionsBody;
}
/** 对指定商户管理记录提交资料: response body */
export interface PostV3MchManageMchManageRecordsMchManageSubmissionsData {
 /** 商户管理提交资料记录ID */ manage_submission_id?: string;
}

/** The parts of the multipart/form-data body of POST /v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload. */
export interface PostV3MchManageSubmissionFilesSubMchidUploadForm {
 /** 资料文件 */ submission_file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 @example demo.png */ file_name?: string;
  /** 文件摘要 @example B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9 */ file_digest?: string;
 };
 /** 资料项唯一id @example 56 */ item_id: number;
 /** 商户管理记录ID @example 56 */ manage_record_id: string;
}
/** 上传商户提交资料文件: options */
export interface PostV3MchManageSubmissionFilesSubMchidUploadOptions extends CallOptions {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 /** A `FormData` with the parts of {@link PostV3MchManageSubmissionFilesSubMchidUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 上传商户提交资料文件: response body */
export interface PostV3MchManageSubmissionFilesSubMchidUploadData {
 /** 文件标识ID */ file_id: string;
}

export interface MchManageData {
 /** 子商户号 */ sub_mchid?: string;
 /** 商户管理记录ID */ manage_record_id?: string;
 /** 商户管理记录类型 */ manage_record_type?: "FUNCTIONAL_LIMIT_RECORD" | "INVESTIGATE_RECORD";
 /** 管控时间 */ manage_time?: string;
 /** 管控原因 */ manage_reason?: string;
 /** 限制功能 */ limit_ability?: string;
 /** 解除管控方式 */ recover_way?: "SUBMIT_INFORMATION" | "VERIFY_INACTIVE_MERCHANT_IDENTITY" | "MODIFY_ORGANIZATION_INFORMATION" | "OTHER";
 /** 是否允许提交资料 */ allow_submit?: boolean;
 /** 禁止提交资料原因 */ forbid_submit_reason?: string;
 /** 可提交资料开始时间 */ submit_start_time?: string;
 /** 可提交资料结束时间 */ submit_end_time?: string;
 /** 商户管理记录状态 */ manage_record_state?: "PENDING" | "SUBMITTED" | "EXPIRED" | "UNDER_REVIEW" | "RECOVERED" | "REJECTED";
 /** 解除管控时间 */ recover_time?: string;
 /** 解除管控原因 */ recover_reason?: "MERCHANT_SUBMIT_RECOVER" | "MERCHANT_OPERATE_RECOVER" | "PLATFORM_AUTO_RECOVER";
 /** 申诉驳回原因 */ reject_reason?: string;
 /** 可提交资料结束时间 */ approve_time?: string;
 /** 要求提交的资料 */ requested_item_info?: string;
}

export interface V3MchManageNode {
 mchManageRecords: Open<V3MchManageMchManageRecordsNode>;
 submissionFiles: Open<V3MchManageSubmissionFilesNode>;
 chain: ChainFrom<"v3/mch-manage">;
}

export interface V3MchManageMchManageRecordsNode {
 $manage_record_id$: Open<V3MchManageMchManageRecords_manage_record_id_Node>;
 _manage_record_id_: Open<V3MchManageMchManageRecords_manage_record_id_Node>;
 subMchid: Open<V3MchManageMchManageRecordsSubMchidNode>;
 chain: ChainFrom<"v3/mch-manage/mch-manage-records">;
}

export interface V3MchManageMchManageRecordsSubMchidNode {
 $sub_mchid$: Open<V3MchManageMchManageRecordsSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3MchManageMchManageRecordsSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/mch-manage/mch-manage-records/sub-mchid">;
}

export interface V3MchManageMchManageRecordsSubMchid_sub_mchid_Node {
 /** 分页查询子商户名下的商户管理记录 `GET /v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}` */
 get: Verb<GetV3MchManageMchManageRecordsSubMchidOptions, GetV3MchManageMchManageRecordsSubMchidData>;
 chain: ChainFrom<"v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}">;
}

export interface V3MchManageMchManageRecords_manage_record_id_Node {
 /** 查询子商户下指定商户管理记录 `GET /v3/mch-manage/mch-manage-records/{manage_record_id}` */
 get: Verb<GetV3MchManageMchManageRecordsOptions, GetV3MchManageMchManageRecordsData>;
 mchManageSubmissions: Open<V3MchManageMchManageRecordsMchManageSubmissionsNode>;
 chain: ChainFrom<"v3/mch-manage/mch-manage-records/{manage_record_id}">;
}

export interface V3MchManageMchManageRecordsMchManageSubmissionsNode {
 /** 对指定商户管理记录提交资料 `POST /v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions` */
 post: Verb<PostV3MchManageMchManageRecordsMchManageSubmissionsOptions, PostV3MchManageMchManageRecordsMchManageSubmissionsData>;
 chain: ChainFrom<"v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions">;
}

export interface V3MchManageSubmissionFilesNode {
 subMchid: Open<V3MchManageSubmissionFilesSubMchidNode>;
 chain: ChainFrom<"v3/mch-manage/submission-files">;
}

export interface V3MchManageSubmissionFilesSubMchidNode {
 $sub_mchid$: Open<V3MchManageSubmissionFilesSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3MchManageSubmissionFilesSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/mch-manage/submission-files/sub-mchid">;
}

export interface V3MchManageSubmissionFilesSubMchid_sub_mchid_Node {
 upload: Open<V3MchManageSubmissionFilesSubMchidUploadNode>;
 chain: ChainFrom<"v3/mch-manage/submission-files/sub-mchid/{sub_mchid}">;
}

export interface V3MchManageSubmissionFilesSubMchidUploadNode {
 /** 上传商户提交资料文件 `POST /v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload` */
 post: Verb<PostV3MchManageSubmissionFilesSubMchidUploadOptions, PostV3MchManageSubmissionFilesSubMchidUploadData>;
 chain: ChainFrom<"v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload">;
}
