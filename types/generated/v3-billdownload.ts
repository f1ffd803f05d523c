// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, DownloadOptions, Open } from '../catalog.js';

/** Options of GET /v3/billdownload/file (下载账单API). */
export interface GetV3BilldownloadFileOptions extends DownloadOptions {
  /** Query-string parameters. */
  query: {
    token: string;
    tartype?: string;
  };
}
/** Response body of GET /v3/billdownload/file (下载账单API). */
export type GetV3BilldownloadFileData = string;

/** `v3/billdownload` */
export interface V3BilldownloadNode {
 /** `v3/billdownload/file` */ file: Open<V3BilldownloadFileNode>;
 chain: ChainFrom<"v3/billdownload">;
}

/** `v3/billdownload/file` */
export interface V3BilldownloadFileNode {
 /**
  * 下载账单API `GET /v3/billdownload/file`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/bill/chapter3_3.shtml
  */
 get: Download<GetV3BilldownloadFileOptions>;
 getAsync: Download<GetV3BilldownloadFileOptions>;
 chain: ChainFrom<"v3/billdownload/file">;
}
