// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Verb } from '../catalog.js';

/** 下载对账单: options */
export interface GetV3StatementsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 query: {
  /** 账单日期 @example 20180130 */ date: string;
  /** 商户号 @example 1900000109 */ mchid?: string;
 };
 headers?: {
  /** 账单压缩 @example gzip */ "Accept-Encoding"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 下载对账单: response body */
export type GetV3StatementsData = unknown;

export interface V3StatementsNode {
 /**
  * 下载对账单 `GET /v3/statements`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/statements`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_5.shtml
  */
 get: Verb<GetV3StatementsOptions, GetV3StatementsData>;
 chain: ChainFrom<"v3/statements">;
}
