// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请资金账单API: options */
export interface GetV3BillFundflowbillOptions extends CallOptions {
 query: {
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 二级商户号 */ sub_mchid?: string;
  /** 资金账户类型 */ account_type?: "BASIC" | "OPERATION" | "FEES";
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
 };
}
/** 申请资金账单API: response body */
export interface GetV3BillFundflowbillData {
 /** 哈希类型 */ hash_type: string;
 /** 哈希值 */ hash_value: string;
 /** 账单下载地址 */ download_url: string;
}

/** 申请单个子商户资金账单API: options */
export interface GetV3BillSubMerchantFundflowbillOptions extends CallOptions {
 query: {
  /** 子商户号 @example 19000000001 */ sub_mchid: string;
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
  /** 加密算法 */ algorithm: "AEAD_AES_256_GCM" | "SM4_GCM";
  /** 资金账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES" | "DEPOSIT";
 };
}
/** 申请单个子商户资金账单API: response body */
export interface GetV3BillSubMerchantFundflowbillData {
 /** 下载信息总数 */ download_bill_count: number;
 /** 下载信息明细 */ download_bill_list?: Array<{
  /** 账单文件序号 */ bill_sequence: number;
  /** 下载地址 */ download_url: string;
  /** 加密密钥 */ encrypt_key: string;
  /** 哈希类型 */ hash_type: string;
  /** 哈希值 */ hash_value: string;
  /** 随机字符串 */ nonce: string;
 }>;
}

/** 申请交易账单API: options */
export interface GetV3BillTradebillOptions extends CallOptions {
 query: {
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 二级商户号 @example 19000000001 */ sub_mchid?: string;
  /** 账单类型 */ bill_type?: "ALL" | "SUCCESS" | "REFUND" | "RECHARGE_REFUND" | "ALL_SPECIAL" | "SUC_SPECIAL" | "REF_SPECIAL";
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
 };
}
/** 申请交易账单API: response body */
export interface GetV3BillTradebillData {
 /** 哈希类型 */ hash_type: string;
 /** 哈希值 */ hash_value: string;
 /** 账单下载地址 */ download_url: string;
}

export interface V3BillNode {
 fundflowbill: Open<V3BillFundflowbillNode>;
 subMerchantFundflowbill: Open<V3BillSubMerchantFundflowbillNode>;
 tradebill: Open<V3BillTradebillNode>;
 chain: ChainFrom<"v3/bill">;
}

export interface V3BillFundflowbillNode {
 /**
  * 申请资金账单API `GET /v3/bill/fundflowbill`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/bill-download/fund-bill/get-fund-bill.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/bill-download/fund-bill/get-fund-bill.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_2.shtml
  */
 get: Verb<GetV3BillFundflowbillOptions, GetV3BillFundflowbillData>;
 chain: ChainFrom<"v3/bill/fundflowbill">;
}

export interface V3BillSubMerchantFundflowbillNode {
 /**
  * 申请单个子商户资金账单API `GET /v3/bill/sub-merchant-fundflowbill`
  * @see https://pay.weixin.qq.com/docs/partner/apis/bill-download/sub-mch-fund-flow-bill/get-sub-mch-fund-flow-bill.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_25.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter4_1_12.shtml
  */
 get: Verb<GetV3BillSubMerchantFundflowbillOptions, GetV3BillSubMerchantFundflowbillData>;
 chain: ChainFrom<"v3/bill/sub-merchant-fundflowbill">;
}

export interface V3BillTradebillNode {
 /**
  * 申请交易账单API `GET /v3/bill/tradebill`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/bill-download/trade-bill/get-trade-bill.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/bill-download/trade-bill/get-trade-bill.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_1.shtml
  */
 get: Verb<GetV3BillTradebillOptions, GetV3BillTradebillData>;
 chain: ChainFrom<"v3/bill/tradebill">;
}
