// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 服务商银行来账查询: options */
export interface GetV3MerchantfundMerchantIncomeRecordsOptions extends CallOptions {
 query: {
  /** 账户类型 @example BASIC */ account_type: "BASIC" | "OPERATION" | "FEES";
  /** 日期 @example 2019-06-11 */ date: string;
  /** 本次查询偏移量 @example 0 */ offset?: number;
  /** 本次请求最大查询条数 @example 100 */ limit: number;
 };
}
/** 服务商银行来账查询: response body */
export interface GetV3MerchantfundMerchantIncomeRecordsData {
 /** 查询数据总条数 */ total_count: number;
 /** 本次查询偏移量 */ offset: number;
 /** 本次查询条数 */ limit: number;
 /** 银行来账记录列表 */ data?: Array<{
  /** 商户号 */ mchid: string;
  /** 账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
  /** 银行来账类型 */ income_record_type: "OFFLINERECHARGE" | "ENTERPRISEDIRECTREVENUE";
  /** 银行来账微信单号 */ income_record_id: string;
  /** 银行来账金额 */ amount: number;
  /** 银行来账完成时间 */ success_time: string;
  /** 付款方银行名称 */ bank_name: string;
  /** 付款方银行户名 */ bank_account_name: string;
  /** 付款方银行卡号 */ bank_account_number: string;
  /** 银行备注 */ recharge_remark: string;
 }>;
 /** 分页链接 */ links: {
  /** 下一页链接 */ next: string;
  /** 上一页链接 */ prev: string;
  /** 当前链接 */ self: string;
 };
}

/** 特约商户银行来账查询: options */
export interface GetV3MerchantfundPartnerIncomeRecordsOptions extends CallOptions {
 query: {
  /** 特约商户号 @example 2480253391 */ sub_mchid: string;
  /** 账户类型 @example BASIC */ account_type: "BASIC" | "OPERATION" | "FEES";
  /** 日期 @example 2019-06-11 */ date: string;
  /** 本次查询偏移量 @example 0 */ offset?: number;
  /** 本次请求最大查询条数 @example 100 */ limit: number;
 };
}
/** 特约商户银行来账查询: response body */
export interface GetV3MerchantfundPartnerIncomeRecordsData {
 /** 查询数据总条数 */ total_count: number;
 /** 本次查询偏移量 */ offset: number;
 /** 本次查询条数 */ limit: number;
 /** 银行来账记录列表 */ data?: Array<{
  /** 特约商户号 */ sub_mchid: string;
  /** 账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
  /** 银行来账类型 */ income_record_type: "OFFLINERECHARGE" | "ENTERPRISEDIRECTREVENUE";
  /** 银行来账微信单号 */ income_record_id: string;
  /** 银行来账金额 */ amount: number;
  /** 银行来账完成时间 */ success_time: string;
  /** 付款方银行名称 */ bank_name: string;
  /** 付款方银行户名 */ bank_account_name: string;
  /** 付款方银行卡号 */ bank_account_number: string;
  /** 银行备注 */ recharge_remark: string;
 }>;
 /** 分页链接 */ links: {
  /** 下一页链接 */ next: string;
  /** 上一页链接 */ prev: string;
  /** 当前链接 */ self: string;
 };
}

export interface V3MerchantfundNode {
 merchant: Open<V3MerchantfundMerchantNode>;
 partner: Open<V3MerchantfundPartnerNode>;
 chain: ChainFrom<"v3/merchantfund">;
}

export interface V3MerchantfundMerchantNode {
 incomeRecords: Open<V3MerchantfundMerchantIncomeRecordsNode>;
 chain: ChainFrom<"v3/merchantfund/merchant">;
}

export interface V3MerchantfundMerchantIncomeRecordsNode {
 /** 服务商银行来账查询 `GET /v3/merchantfund/merchant/income-records` */
 get: Verb<GetV3MerchantfundMerchantIncomeRecordsOptions, GetV3MerchantfundMerchantIncomeRecordsData>;
 chain: ChainFrom<"v3/merchantfund/merchant/income-records">;
}

export interface V3MerchantfundPartnerNode {
 incomeRecords: Open<V3MerchantfundPartnerIncomeRecordsNode>;
 chain: ChainFrom<"v3/merchantfund/partner">;
}

export interface V3MerchantfundPartnerIncomeRecordsNode {
 /** 特约商户银行来账查询 `GET /v3/merchantfund/partner/income-records` */
 get: Verb<GetV3MerchantfundPartnerIncomeRecordsOptions, GetV3MerchantfundPartnerIncomeRecordsData>;
 chain: ChainFrom<"v3/merchantfund/partner/income-records">;
}
