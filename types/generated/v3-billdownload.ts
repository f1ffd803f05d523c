// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, DownloadOptions, Open } from '../catalog.js';

/** 下载账单API: options */
export interface GetV3BilldownloadFileOptions extends DownloadOptions {
 query: {
  token: string;
  tartype?: string;
 };
}
/** 下载账单API: response body */
export type GetV3BilldownloadFileData = string;

export interface V3BilldownloadNode {
 file: Open<V3BilldownloadFileNode>;
 chain: ChainFrom<"v3/billdownload">;
}

export interface V3BilldownloadFileNode {
 /**
  * 下载账单API `GET /v3/billdownload/file`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/bill/chapter3_3.shtml
  */
 get: Download<GetV3BilldownloadFileOptions>;
 chain: ChainFrom<"v3/billdownload/file">;
}
