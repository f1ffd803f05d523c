// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询转账明细电子回单受理结果API: options */
export interface GetV3TransferDetailElectronicReceiptsOptions extends CallOptions {
 query: {
  /** 受理类型 @example BATCH_TRANSFER */ accept_type: "BATCH_TRANSFER" | "TRANSFER_TO_POCKET" | "TRANSFER_TO_BANK";
  /** 商家转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no?: string;
  /** 商家转账明细单号 @example mx0911231610162610v4CNkO4HAf */ out_detail_no: string;
 };
}
/** 查询转账明细电子回单受理结果API: response body */
export interface GetV3TransferDetailElectronicReceiptsData extends GetV3TransferDetailElectronicReceiptsDataFields {}

/** 转账明细电子回单受理API: request body */
export interface PostV3TransferDetailElectronicReceiptsBody {
 /** 受理类型 @example BATCH_TRANSFER */ accept_type: "BATCH_TRANSFER" | "TRANSFER_TO_POCKET" | "TRANSFER_TO_BANK";
 /** 商家转账批次单号 @example GD2021011610162610BBdkkIwcu3 */ out_batch_no?: string;
 /** 商家转账明细单号 @example mx0911231610162610v4CNkO4HAf */ out_detail_no: string;
}
/** 转账明细电子回单受理API: options */
export interface PostV3TransferDetailElectronicReceiptsOptions extends CallOptions {
 json: PostV3TransferDetailElectronicReceiptsBody;
}
/** 转账明细电子回单受理API: response body */
export interface PostV3TransferDetailElectronicReceiptsData extends GetV3TransferDetailElectronicReceiptsDataFields {}

export interface GetV3TransferDetailElectronicReceiptsDataFields {
 /** 受理类型 */ accept_type: string;
 /** 商家转账批次单号 */ out_batch_no?: string;
 /** 商家转账明细单号 */ out_detail_no: string;
 /** 电子回单受理单号 */ signature_no: string;
 /** 电子回单状态 */ signature_status?: string;
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

export interface V3TransferDetailNode {
 electronicReceipts: Open<V3TransferDetailElectronicReceiptsNode>;
 chain: ChainFrom<"v3/transfer-detail">;
}

export interface V3TransferDetailElectronicReceiptsNode {
 /**
  * 查询转账明细电子回单受理结果API `GET /v3/transfer-detail/electronic-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_14.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_5.shtml
  */
 get: Verb<GetV3TransferDetailElectronicReceiptsOptions, GetV3TransferDetailElectronicReceiptsData>;
 /**
  * 转账明细电子回单受理API `POST /v3/transfer-detail/electronic-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_13.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_4.shtml
  */
 post: Verb<PostV3TransferDetailElectronicReceiptsOptions, PostV3TransferDetailElectronicReceiptsData>;
 chain: ChainFrom<"v3/transfer-detail/electronic-receipts">;
}
