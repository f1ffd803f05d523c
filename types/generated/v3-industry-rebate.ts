// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Request body of POST /v3/industry-rebate/retail-industry/transactions (回传SN和商品编码). */
export interface PostV3IndustryRebateRetailIndustryTransactionsBody {
  /** 品牌ID @example 120344 */
  brand_id?: string;
  /** 微信支付订单号 @example 20190611222222222200000000012122 */
  transaction_id?: string;
  /** 商户订单号 @example example_out_trade_no */
  out_trade_no: string;
  /** 子商户号 @example 1900000001 */
  sub_mchid: string;
  /** 设备号 @example example_device_id */
  device_id?: string;
  /** 单品列表 */
  goods_detail?: Array<{
    /** 商品编码 @example example_barcode */
    barcode: string;
    /** 商家商品编码 @example 1001 */
    merchant_goods_id?: string;
    /** 商品名称 @example iPhoneX 256G */
    goods_name: string;
    /** 商品数量 @example 1 */
    quantity: number;
    /** 商品单价 @example 528800 */
    price: number;
  }>;
}
/** Options of POST /v3/industry-rebate/retail-industry/transactions (回传SN和商品编码). */
export interface PostV3IndustryRebateRetailIndustryTransactionsOptions extends CallOptions {
  /** The JSON request body. */
  json: PostV3IndustryRebateRetailIndustryTransactionsBody;
}
/** Response body of POST /v3/industry-rebate/retail-industry/transactions (回传SN和商品编码). */
export type PostV3IndustryRebateRetailIndustryTransactionsData = undefined;

/** Request body of POST /v3/industry-rebate/transactions/{transaction_id} (支付码牌/点餐码牌交易回传). */
export interface PostV3IndustryRebateTransactionsBody {
  /** 子商户 @example 1900000001 */
  sub_mchid: string;
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
  /** 商户订单号 @example example_out_trade_no */
  out_trade_no: string;
}
/** Options of POST /v3/industry-rebate/transactions/{transaction_id} (支付码牌/点餐码牌交易回传). */
export interface PostV3IndustryRebateTransactionsOptions extends CallOptions {
  /** 商户提现单号 @example 20190611222222222200000000012122 */
  transaction_id: string;
  /** The JSON request body. */
  json: PostV3IndustryRebateTransactionsBody;
}
/** Response body of POST /v3/industry-rebate/transactions/{transaction_id} (支付码牌/点餐码牌交易回传). */
export type PostV3IndustryRebateTransactionsData = undefined;

/** `v3/industry-rebate` */
export interface V3IndustryRebateNode {
 /** `v3/industry-rebate/retail-industry` */ retailIndustry: Open<V3IndustryRebateRetailIndustryNode>;
 /** `v3/industry-rebate/transactions` */ transactions: Open<V3IndustryRebateTransactionsNode>;
 chain: ChainFrom<"v3/industry-rebate">;
}

/** `v3/industry-rebate/retail-industry` */
export interface V3IndustryRebateRetailIndustryNode {
 /** `v3/industry-rebate/retail-industry/transactions` */ transactions: Open<V3IndustryRebateRetailIndustryTransactionsNode>;
 chain: ChainFrom<"v3/industry-rebate/retail-industry">;
}

/** `v3/industry-rebate/retail-industry/transactions` */
export interface V3IndustryRebateRetailIndustryTransactionsNode {
 /** 回传SN和商品编码 `POST /v3/industry-rebate/retail-industry/transactions` */
 post: Verb<PostV3IndustryRebateRetailIndustryTransactionsOptions, PostV3IndustryRebateRetailIndustryTransactionsData>;
 postAsync: Verb<PostV3IndustryRebateRetailIndustryTransactionsOptions, PostV3IndustryRebateRetailIndustryTransactionsData>;
 chain: ChainFrom<"v3/industry-rebate/retail-industry/transactions">;
}

/** `v3/industry-rebate/transactions` */
export interface V3IndustryRebateTransactionsNode {
 /** `v3/industry-rebate/transactions/{transaction_id}` */ $transaction_id$: Open<V3IndustryRebateTransactions_transaction_id_Node>;
 /** `v3/industry-rebate/transactions/{transaction_id}` */ _transaction_id_: Open<V3IndustryRebateTransactions_transaction_id_Node>;
 chain: ChainFrom<"v3/industry-rebate/transactions">;
}

/** `v3/industry-rebate/transactions/{transaction_id}` */
export interface V3IndustryRebateTransactions_transaction_id_Node {
 /** 支付码牌/点餐码牌交易回传 `POST /v3/industry-rebate/transactions/{transaction_id}` */
 post: Verb<PostV3IndustryRebateTransactionsOptions, PostV3IndustryRebateTransactionsData>;
 postAsync: Verb<PostV3IndustryRebateTransactionsOptions, PostV3IndustryRebateTransactionsData>;
 chain: ChainFrom<"v3/industry-rebate/transactions/{transaction_id}">;
}
