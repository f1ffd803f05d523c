// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 分页查询子商户名下的交易拦截记录: options */
export interface GetV3TransactionBlockTransactionBlockRecordsSubMchidOptions extends CallOptions {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 query: {
  /** 最大资源条数 @example 5 */ limit: number;
  /** 请求资源起始位置 @example 10 */ offset?: number;
 };
}
/** 分页查询子商户名下的交易拦截记录: response body */
export interface GetV3TransactionBlockTransactionBlockRecordsSubMchidData {
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
 /** 资源总条数 */ total_count?: number;
 /** 交易拦截记录详情列表 */ data?: TransactionBlockData[];
}

/** 查询子商户交易拦截记录详情: options */
export interface GetV3TransactionBlockTransactionBlockRecordsOptions extends CallOptions {
 /** 交易拦截记录ID @example 123400 */ block_record_id: string;
 query: {
  /** 子商户号 @example 123000110 */ sub_mchid: string;
 };
}
/** 查询子商户交易拦截记录详情: response body */
export interface GetV3TransactionBlockTransactionBlockRecordsData extends TransactionBlockData {}

/** 发起交易拦截申诉: request body */
export interface PostV3TransactionBlockTransactionBlockSubmissionsSubMchidBody {
 /** 商户侧申诉单号 @example ABC123456789 */ merchant_submit_id: string;
 /** 商户提交资料内容 @example {"record_fields":[]} */ submit_data: string;
}
/** 发起交易拦截申诉: options */
export interface PostV3TransactionBlockTransactionBlockSubmissionsSubMchidOptions extends CallOptions {
 /** 子商户号 @example 123000110 */ sub_mchid: string;
 json: PostV3TransactionBlockTransactionBlockSubmissionsSubMchidBody;
}
/** 发起交易拦截申诉: response body */
export interface PostV3TransactionBlockTransactionBlockSubmissionsSubMchidData {
 /** 交易拦截申诉ID */ block_submission_id?: string;
 /** 提交时间 */ submit_time?: string;
 /** 审核结果 */ review_result?: "EMPTY" | "PASS" | "REJECT";
 /** 审核时间 */ review_time?: string;
 /** 审核驳回原因 */ review_reject_reason?: string;
}

/** 查询交易拦截申诉详情: options */
export interface GetV3TransactionBlockTransactionBlockSubmissionsOptions extends CallOptions {
 /** 交易拦截申诉ID @example B021234566799876aacsecd */ block_submission_id: string;
}
/** 查询交易拦截申诉详情: response body */
export interface GetV3TransactionBlockTransactionBlockSubmissionsData {
 /** 交易拦截申诉ID */ block_submission_id?: string;
 /** 提交时间 */ submit_time?: string;
 /** 审核结果 */ review_result?: "EMPTY" | "PASS" | "REJECT";
 /** 审核时间 */ review_time?: string;
 /** 审核驳回原因 */ review_reject_reason?: string;
}

export interface TransactionBlockData {
 /** 交易拦截记录ID */ block_record_id?: string;
 /** 拦截时间 */ block_time?: string;
 /** 拦截原因 */ block_reason?: string;
 /** 拦截笔数 */ number_of_block?: "LESS_THAN_TWENTY" | "LESS_THAN_ONE_HUNDRED" | "LESS_THAN_ONE_THOUSAND" | "OVER_ONE_THOUSAND";
 /** 解除管控方式 */ recover_way?: "SUBMIT_INFORMATION";
 /** 商户提交资料内容 */ requested_item_info?: string;
}

export interface V3TransactionBlockNode {
 transactionBlockRecords: Open<V3TransactionBlockTransactionBlockRecordsNode>;
 transactionBlockSubmissions: Open<V3TransactionBlockTransactionBlockSubmissionsNode>;
 chain: ChainFrom<"v3/transaction-block">;
}

export interface V3TransactionBlockTransactionBlockRecordsNode {
 $block_record_id$: Open<V3TransactionBlockTransactionBlockRecords_block_record_id_Node>;
 _block_record_id_: Open<V3TransactionBlockTransactionBlockRecords_block_record_id_Node>;
 subMchid: Open<V3TransactionBlockTransactionBlockRecordsSubMchidNode>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-records">;
}

export interface V3TransactionBlockTransactionBlockRecordsSubMchidNode {
 $sub_mchid$: Open<V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-records/sub-mchid">;
}

export interface V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_Node {
 /** 分页查询子商户名下的交易拦截记录 `GET /v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}` */
 get: Verb<GetV3TransactionBlockTransactionBlockRecordsSubMchidOptions, GetV3TransactionBlockTransactionBlockRecordsSubMchidData>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}">;
}

export interface V3TransactionBlockTransactionBlockRecords_block_record_id_Node {
 /** 查询子商户交易拦截记录详情 `GET /v3/transaction-block/transaction-block-records/{block_record_id}` */
 get: Verb<GetV3TransactionBlockTransactionBlockRecordsOptions, GetV3TransactionBlockTransactionBlockRecordsData>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-records/{block_record_id}">;
}

export interface V3TransactionBlockTransactionBlockSubmissionsNode {
 $block_submission_id$: Open<V3TransactionBlockTransactionBlockSubmissions_block_submission_id_Node>;
 _block_submission_id_: Open<V3TransactionBlockTransactionBlockSubmissions_block_submission_id_Node>;
 subMchid: Open<V3TransactionBlockTransactionBlockSubmissionsSubMchidNode>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-submissions">;
}

export interface V3TransactionBlockTransactionBlockSubmissionsSubMchidNode {
 $sub_mchid$: Open<V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-submissions/sub-mchid">;
}

export interface V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_Node {
 /** 发起交易拦截申诉 `POST /v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}` */
 post: Verb<PostV3TransactionBlockTransactionBlockSubmissionsSubMchidOptions, PostV3TransactionBlockTransactionBlockSubmissionsSubMchidData>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}">;
}

export interface V3TransactionBlockTransactionBlockSubmissions_block_submission_id_Node {
 /** 查询交易拦截申诉详情 `GET /v3/transaction-block/transaction-block-submissions/{block_submission_id}` */
 get: Verb<GetV3TransactionBlockTransactionBlockSubmissionsOptions, GetV3TransactionBlockTransactionBlockSubmissionsData>;
 chain: ChainFrom<"v3/transaction-block/transaction-block-submissions/{block_submission_id}">;
}
