// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询明细电子回单受理结果API: options */
export interface GetV3BankBatchTransferReceiptDetailReceiptsOptions extends CallOptions {
 query: {
  /** 银行转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no: string;
  /** 银行转账明细单号 @example mx0911231610162610v4CNkO4HAf */ out_detail_no: string;
 };
}
/** 查询明细电子回单受理结果API: response body */
export interface GetV3BankBatchTransferReceiptDetailReceiptsData extends GetV3BankBatchTransferReceiptDetailReceiptsDataFields {}

/** 受理明细电子回单API: request body */
export interface PostV3BankBatchTransferReceiptDetailReceiptsBody {
 /** 银行转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no: string;
 /** 银行转账明细单号 @example mx0911231610162610v4CNkO4HAf */ out_detail_no: string;
}
/** 受理明细电子回单API: options */
export interface PostV3BankBatchTransferReceiptDetailReceiptsOptions extends CallOptions {
 json: PostV3BankBatchTransferReceiptDetailReceiptsBody;
}
/** 受理明细电子回单API: response body */
export interface PostV3BankBatchTransferReceiptDetailReceiptsData extends GetV3BankBatchTransferReceiptDetailReceiptsDataFields {}

/** 查询汇总电子回单受理结果API: options */
export interface GetV3BankBatchTransferReceiptSummaryReceiptsOptions extends CallOptions {
 query: {
  /** 银行转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no: string;
 };
}
/** 查询汇总电子回单受理结果API: response body */
export interface GetV3BankBatchTransferReceiptSummaryReceiptsData extends GetV3BankBatchTransferReceiptSummaryReceiptsDataFields {}

/** 受理汇总电子回单API: request body */
export interface PostV3BankBatchTransferReceiptSummaryReceiptsBody {
 /** 银行转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no: string;
}
/** 受理汇总电子回单API: options */
export interface PostV3BankBatchTransferReceiptSummaryReceiptsOptions extends CallOptions {
 json: PostV3BankBatchTransferReceiptSummaryReceiptsBody;
}
/** 受理汇总电子回单API: response body */
export interface PostV3BankBatchTransferReceiptSummaryReceiptsData extends GetV3BankBatchTransferReceiptSummaryReceiptsDataFields {}

export interface GetV3BankBatchTransferReceiptDetailReceiptsDataFields {
 /** 银行转账批次单号 */ out_batch_no: string;
 /** 银行转账明细单号 */ out_detail_no: string;
 /** 电子回单受理单号 */ receipt_no: string;
 /** 电子回单状态 */ receipt_state?: string;
 /** 电子回单文件的Hash方法 */ hash_type?: string;
 /** 电子回单文件的Hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

export interface GetV3BankBatchTransferReceiptSummaryReceiptsDataFields {
 /** 银行转账批次单号 */ out_batch_no: string;
 /** 电子回单申请单号 */ receipt_no: string;
 /** 电子回单状态 */ receipt_state?: string;
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
 /** 创建时间 */ create_time?: string;
 /** 更新时间 */ update_time?: string;
}

export interface V3BankBatchTransferNode {
 receipt: Open<V3BankBatchTransferReceiptNode>;
 chain: ChainFrom<"v3/bank-batch-transfer">;
}

export interface V3BankBatchTransferReceiptNode {
 detailReceipts: Open<V3BankBatchTransferReceiptDetailReceiptsNode>;
 summaryReceipts: Open<V3BankBatchTransferReceiptSummaryReceiptsNode>;
 chain: ChainFrom<"v3/bank-batch-transfer/receipt">;
}

export interface V3BankBatchTransferReceiptDetailReceiptsNode {
 /**
  * 查询明细电子回单受理结果API `GET /v3/bank-batch-transfer/receipt/detail-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_9.shtml
  */
 get: Verb<GetV3BankBatchTransferReceiptDetailReceiptsOptions, GetV3BankBatchTransferReceiptDetailReceiptsData>;
 /**
  * 受理明细电子回单API `POST /v3/bank-batch-transfer/receipt/detail-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_8.shtml
  */
 post: Verb<PostV3BankBatchTransferReceiptDetailReceiptsOptions, PostV3BankBatchTransferReceiptDetailReceiptsData>;
 chain: ChainFrom<"v3/bank-batch-transfer/receipt/detail-receipts">;
}

export interface V3BankBatchTransferReceiptSummaryReceiptsNode {
 /**
  * 查询汇总电子回单受理结果API `GET /v3/bank-batch-transfer/receipt/summary-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_7.shtml
  */
 get: Verb<GetV3BankBatchTransferReceiptSummaryReceiptsOptions, GetV3BankBatchTransferReceiptSummaryReceiptsData>;
 /**
  * 受理汇总电子回单API `POST /v3/bank-batch-transfer/receipt/summary-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_6.shtml
  */
 post: Verb<PostV3BankBatchTransferReceiptSummaryReceiptsOptions, PostV3BankBatchTransferReceiptSummaryReceiptsData>;
 chain: ChainFrom<"v3/bank-batch-transfer/receipt/summary-receipts">;
}
