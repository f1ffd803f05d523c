// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, DownloadOptions, Open } from '../catalog.js';

/** Options of GET /v3/transferdownload/elecvoucherfile (下载电子回单API). */
export interface GetV3TransferdownloadElecvoucherfileOptions extends DownloadOptions {
  /** Query-string parameters. */
  query: {
    /** 前序download_url的查询参数 @example X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD */
    token: string;
    /** 前序download_url的查询参数 @example elecsign */
    source: string;
  };
}
/** Response body of GET /v3/transferdownload/elecvoucherfile (下载电子回单API). */
export type GetV3TransferdownloadElecvoucherfileData = string;

/** Options of GET /v3/transferdownload/signfile (下载电子回单API). */
export interface GetV3TransferdownloadSignfileOptions extends DownloadOptions {
  /** Query-string parameters. */
  query: {
    /** 前序download_url的查询参数 @example X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD */
    token: string;
  };
}
/** Response body of GET /v3/transferdownload/signfile (下载电子回单API). */
export type GetV3TransferdownloadSignfileData = string;

/** `v3/transferdownload` */
export interface V3TransferdownloadNode {
 /** `v3/transferdownload/elecvoucherfile` */ elecvoucherfile: Open<V3TransferdownloadElecvoucherfileNode>;
 /** `v3/transferdownload/signfile` */ signfile: Open<V3TransferdownloadSignfileNode>;
 chain: ChainFrom<"v3/transferdownload">;
}

/** `v3/transferdownload/elecvoucherfile` */
export interface V3TransferdownloadElecvoucherfileNode {
 /**
  * 下载电子回单API `GET /v3/transferdownload/elecvoucherfile`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716436
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716455
  */
 get: Download<GetV3TransferdownloadElecvoucherfileOptions>;
 getAsync: Download<GetV3TransferdownloadElecvoucherfileOptions>;
 chain: ChainFrom<"v3/transferdownload/elecvoucherfile">;
}

/** `v3/transferdownload/signfile` */
export interface V3TransferdownloadSignfileNode {
 /**
  * 下载电子回单API `GET /v3/transferdownload/signfile`
  * @see https://pay.weixin.qq.com/docs/partner/apis/bank-mode-batch-transfer-accounts/download-electron-receipt.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/batch-transfer-accounts-money/transfer/download-electron-receipt.html
  * @see https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_15.shtml
  */
 get: Download<GetV3TransferdownloadSignfileOptions>;
 getAsync: Download<GetV3TransferdownloadSignfileOptions>;
 chain: ChainFrom<"v3/transferdownload/signfile">;
}
