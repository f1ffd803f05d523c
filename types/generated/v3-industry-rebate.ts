// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 回传SN和商品编码: request body */
export interface PostV3IndustryRebateRetailIndustryTransactionsBody {
 /** 品牌ID @example 120344 */ brand_id?: string;
 /** 微信支付订单号 @example 20190611222222222200000000012122 */ transaction_id?: string;
 /** 商户订单号 @example example_out_trade_no */ out_trade_no: string;
 /** 子商户号 @example 1900000001 */ sub_mchid: string;
 /** 设备号 @example example_device_id */ device_id?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商品编码 @example example_barcode */ barcode: string;
  /** 商家商品编码 @example 1001 */ merchant_goods_id?: string;
  /** 商品名称 @example iPhoneX 256G */ goods_name: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 528800 */ price: number;
 }>;
}
/** 回传SN和商品编码: options */
export interface PostV3IndustryRebateRetailIndustryTransactionsOptions extends CallOptions {
 json: PostV3IndustryRebateRetailIndustryTransactionsBody;
}
/** 回传SN和商品编码: response body */
export type PostV3IndustryRebateRetailIndustryTransactionsData = undefined;

/** 支付码牌/点餐码牌交易回传: request body */
export interface PostV3IndustryRebateTransactionsBody {
 /** 子商户 @example 1900000001 */ sub_mchid: string;
 /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */ code_url: string;
 /** 商户订单号 @example example_out_trade_no */ out_trade_no: string;
}
/** 支付码牌/点餐码牌交易回传: options */
export interface PostV3IndustryRebateTransactionsOptions extends CallOptions {
 /** 商户提现单号 @example 20190611222222222200000000012122 */ transaction_id: string;
 json: PostV3IndustryRebateTransactionsBody;
}
/** 支付码牌/点餐码牌交易回传: response body */
export type PostV3IndustryRebateTransactionsData = undefined;

export interface V3IndustryRebateNode {
 retailIndustry: Open<V3IndustryRebateRetailIndustryNode>;
 transactions: Open<V3IndustryRebateTransactionsNode>;
 chain: ChainFrom<"v3/industry-rebate">;
}

export interface V3IndustryRebateRetailIndustryNode {
 transactions: Open<V3IndustryRebateRetailIndustryTransactionsNode>;
 chain: ChainFrom<"v3/industry-rebate/retail-industry">;
}

export interface V3IndustryRebateRetailIndustryTransactionsNode {
 /** 回传SN和商品编码 `POST /v3/industry-rebate/retail-industry/transactions` */
 post: Verb<PostV3IndustryRebateRetailIndustryTransactionsOptions, PostV3IndustryRebateRetailIndustryTransactionsData>;
 chain: ChainFrom<"v3/industry-rebate/retail-industry/transactions">;
}

export interface V3IndustryRebateTransactionsNode {
 $transaction_id$: Open<V3IndustryRebateTransactions_transaction_id_Node>;
 _transaction_id_: Open<V3IndustryRebateTransactions_transaction_id_Node>;
 chain: ChainFrom<"v3/industry-rebate/transactions">;
}

export interface V3IndustryRebateTransactions_transaction_id_Node {
 /** 支付码牌/点餐码牌交易回传 `POST /v3/industry-rebate/transactions/{transaction_id}` */
 post: Verb<PostV3IndustryRebateTransactionsOptions, PostV3IndustryRebateTransactionsData>;
 chain: ChainFrom<"v3/industry-rebate/transactions/{transaction_id}">;
}
