// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, DownloadOptions, Open } from '../catalog.js';

/** 下载电子回单API: options */
export interface GetV3TransferdownloadElecvoucherfileOptions extends DownloadOptions {
 query: {
  /** 前序download_url的查询参数 @example X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD */ token: string;
  /** 前序download_url的查询参数 @example elecsign */ source: string;
 };
}
/** 下载电子回单API: response body */
export type GetV3TransferdownloadElecvoucherfileData = string;

/** 下载电子回单API: options */
export interface GetV3TransferdownloadSignfileOptions extends DownloadOptions {
 query: {
  /** 前序download_url的查询参数 @example X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD */ token: string;
 };
}
/** 下载电子回单API: response body */
export type GetV3TransferdownloadSignfileData = string;

export interface V3TransferdownloadNode {
 elecvoucherfile: Open<V3TransferdownloadElecvoucherfileNode>;
 signfile: Open<V3TransferdownloadSignfileNode>;
 chain: ChainFrom<"v3/transferdownload">;
}

export interface V3TransferdownloadElecvoucherfileNode {
 /**
  * 下载电子回单API `GET /v3/transferdownload/elecvoucherfile`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716436
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716455
  */
 get: Download<GetV3TransferdownloadElecvoucherfileOptions>;
 chain: ChainFrom<"v3/transferdownload/elecvoucherfile">;
}

export interface V3TransferdownloadSignfileNode {
 /**
  * 下载电子回单API `GET /v3/transferdownload/signfile`
  * @see https://pay.weixin.qq.com/docs/partner/apis/bank-mode-batch-transfer-accounts/download-electron-receipt.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/batch-transfer-accounts-money/transfer/download-electron-receipt.html
  * @see https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_15.shtml
  */
 get: Download<GetV3TransferdownloadSignfileOptions>;
 chain: ChainFrom<"v3/transferdownload/signfile">;
}
