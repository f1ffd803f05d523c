// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 获取购付汇账单文件下载链接API: options */
export interface GetV3FundsToOverseaBillDownloadUrlOptions extends CallOptions {
 query: {
  /** 账单日期 @example 2021-01-01 */ bill_date: string;
  /** 子商户号 @example 19000000001 */ sub_mchid?: string;
 };
}
/** 获取购付汇账单文件下载链接API: response body */
export interface GetV3FundsToOverseaBillDownloadUrlData {
 /** 哈希类型 */ hash_type: string;
 /** 哈希值 */ hash_value: string;
 /** 下载地址 */ download_url: string;
}

/** 申请资金出境API: request body */
export interface PostV3FundsToOverseaOrdersBody {
 /** 商户出境单号 @example merchant_1123123 */ out_order_id: string;
 /** 二级商户号 @example 123456 */ sub_mchid: string;
 /** 微信订单号 @example 420000000000000010 */ transaction_id: string;
 /** 出境金额 @example 10 */ amount: number;
 /** 境外收款币种 @example USD */ foreign_currency: string;
 /** 商品信息 */ goods_info?: Array<{
  /** 商品名称 @example 橘子 */ goods_name: string;
  /** 商品类目 @example 家用电器 */ goods_category: string;
  /** 商品单价 @example 1 */ goods_unit_price: number;
  /** 商品数量 @example 1 */ goods_quantity: number;
 }>;
 /** 卖家信息 */ seller_info: {
  /** 境外卖家经营主体名称 @example 香港xxxx公司 */ oversea_business_name: string;
  /** 境外卖家店铺名称 @example 香港xxx公司xxx店铺 */ oversea_shop_name: string;
  /** 卖家ID @example id2123123123 */ seller_id: string;
 };
 /** 物流信息 */ express_info: {
  /** 物流单号 @example curier_number_1231 */ courier_number: string;
  /** 物流商名称 @example 国际xxx物流 */ express_company_name: string;
 };
 /** 收款人信息 */ payee_info: {
  /** 收款人识别号 @example ID123112312 */ payee_id: string;
 };
 /** 预售信息 */ presale_info?: {
  /** 订单类型 */ type: "DEPOSIT" | "BALANCE";
  /** 预售订单总金额 @example 10 */ total_amount: number;
  /** 关联定金订单号 @example 4208450740201411110007820472 */ deposit_transaction_id?: string;
  /** 关联尾款订单号 @example 4208450740201411110007820472 */ balance_transaction_id?: string;
 };
}
/** 申请资金出境API: options */
export interface PostV3FundsToOverseaOrdersOptions extends CallOptions {
 json: PostV3FundsToOverseaOrdersBody;
}
/** 申请资金出境API: response body */
export interface PostV3FundsToOverseaOrdersData extends PostV3FundsToOverseaOrdersDataFields {}

/** 查询出境结果API: options */
export interface GetV3FundsToOverseaOrdersOptions extends CallOptions {
 /** 商户出境单号 @example merchant123123 */ out_order_id: string;
 query: {
  /** 二级商户号 @example 1231231 */ sub_mchid: string;
  /** 微信支付订单号 @example 4200000000000 */ transaction_id: string;
 };
}
/** 查询出境结果API: response body */
export interface GetV3FundsToOverseaOrdersData extends PostV3FundsToOverseaOrdersDataFields {}

/** 申请资金出境退回: request body */
export interface PostV3FundsToOverseaReturnReturnOrdersBody {
 /** 商户出境退回单号 @example R20250220103930 */ out_return_no: string;
 /** 二级商户号 @example 123456 */ sub_mchid: string;
 /** 商户出境单号 @example merchant_1123123 */ out_order_id: string;
 /** 微信订单号 @example 420000000000000010 */ transaction_id: string;
 /** 退回凭证补充信息 @example 5017752501201407033233368018 */ supplement_info: string;
 /** 退回金额 @example 100 */ amount: number;
}
/** 申请资金出境退回: options */
export interface PostV3FundsToOverseaReturnReturnOrdersOptions extends CallOptions {
 json: PostV3FundsToOverseaReturnReturnOrdersBody;
}
/** 申请资金出境退回: response body */
export interface PostV3FundsToOverseaReturnReturnOrdersData {
 /** 商户出境退回单号 */ out_return_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 微信出境退回单号 */ return_id: string;
 /** 商户出境单号 */ out_order_id: string;
 /** 微信订单号 */ transaction_id: string;
 /** 退回凭证补充信息 */ supplement_info?: string;
 /** 退回金额 */ amount: number;
 /** 出境退回状态 */ state: "PROCESSING" | "SUCCESS" | "FAILED";
 /** 创建时间 */ create_time: string;
 /** 成功时间 */ success_time?: string;
 /** 失败原因 */ fail_reason?: "RETURN_AMOUNT_NOT_ENOUGH";
}

/** 查询出境退回结果（通过商户出境退回单号）: options */
export interface GetV3FundsToOverseaReturnReturnOrdersOutReturnNoOptions extends CallOptions {
 /** 商户出境单号 @example merchant123123 */ out_return_no: string;
 query: {
  /** 二级商户号 @example 1231231 */ sub_mchid: string;
 };
}
/** 查询出境退回结果（通过商户出境退回单号）: response body */
export interface GetV3FundsToOverseaReturnReturnOrdersOutReturnNoData {
 /** 商户出境退回单号 */ out_return_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 微信出境退回单号 */ return_id: string;
 /** 商户出境单号 */ out_order_id: string;
 /** 微信订单号 */ transaction_id: string;
 /** 微信退款单号 */ refund_id: string;
 /** 退回金额 */ amount: number;
 /** 出境退回状态 */ state: "PROCESSING" | "SUCCESS" | "FAILED";
 /** 创建时间 */ create_time: string;
 /** 成功时间 */ success_time?: string;
 /** 失败原因 */ fail_reason?: string;
}

/** 查询订单剩余可出境余额API: options */
export interface GetV3FundsToOverseaTransactionsAvailableAbroadAmountsOptions extends CallOptions {
 /** 微信支付订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询订单剩余可出境余额API: response body */
export interface GetV3FundsToOverseaTransactionsAvailableAbroadAmountsData {
 /** 微信支付订单号 */ transaction_id: string;
 /** 订单剩余可出境金额 */ available_abroad_amount: number;
}

export interface PostV3FundsToOverseaOrdersDataFields {
 /** 商户出境单号 */ out_order_id: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 微信出境单号 */ order_id: string;
 /** 出境结果 */ result: string;
 /** 出境失败的原因 */ fail_reason?: string;
 /** 请求出境人民币金额 */ amount: number;
 /** 真实出境外币金额 */ foreign_amount?: number;
 /** 外币币种 */ foreign_currency: string;
 /** 汇率 */ rate?: number;
 /** 购汇时间 */ exchange_rate_time?: string;
 /** 预计购汇时间 */ estimate_exchange_rate_time?: string;
 /** 真实出境人民币金额 */ departure_amount?: number;
 /** 手续费人民币金额 */ fee?: number;
 /** 手续费承担商户号 */ charge_mchid?: string;
 /** 手续费承担账户 */ charge_account_type?: string;
}

export interface V3FundsToOverseaNode {
 billDownloadUrl: Open<V3FundsToOverseaBillDownloadUrlNode>;
 orders: Open<V3FundsToOverseaOrdersNode>;
 return: Open<V3FundsToOverseaReturnNode>;
 transactions: Open<V3FundsToOverseaTransactionsNode>;
 chain: ChainFrom<"v3/funds-to-oversea">;
}

export interface V3FundsToOverseaBillDownloadUrlNode {
 /**
  * 获取购付汇账单文件下载链接API `GET /v3/funds-to-oversea/bill-download-url`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_4.shtml
  */
 get: Verb<GetV3FundsToOverseaBillDownloadUrlOptions, GetV3FundsToOverseaBillDownloadUrlData>;
 chain: ChainFrom<"v3/funds-to-oversea/bill-download-url">;
}

export interface V3FundsToOverseaOrdersNode {
 /**
  * 申请资金出境API `POST /v3/funds-to-oversea/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_2.shtml
  */
 post: Verb<PostV3FundsToOverseaOrdersOptions, PostV3FundsToOverseaOrdersData>;
 $out_order_id$: Open<V3FundsToOverseaOrders_out_order_id_Node>;
 _out_order_id_: Open<V3FundsToOverseaOrders_out_order_id_Node>;
 chain: ChainFrom<"v3/funds-to-oversea/orders">;
}

export interface V3FundsToOverseaOrders_out_order_id_Node {
 /**
  * 查询出境结果API `GET /v3/funds-to-oversea/orders/{out_order_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_3.shtml
  */
 get: Verb<GetV3FundsToOverseaOrdersOptions, GetV3FundsToOverseaOrdersData>;
 chain: ChainFrom<"v3/funds-to-oversea/orders/{out_order_id}">;
}

export interface V3FundsToOverseaReturnNode {
 returnOrders: Open<V3FundsToOverseaReturnReturnOrdersNode>;
 chain: ChainFrom<"v3/funds-to-oversea/return">;
}

export interface V3FundsToOverseaReturnReturnOrdersNode {
 /**
  * 申请资金出境退回 `POST /v3/funds-to-oversea/return/return-orders`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013735039
  */
 post: Verb<PostV3FundsToOverseaReturnReturnOrdersOptions, PostV3FundsToOverseaReturnReturnOrdersData>;
 outReturnNo: Open<V3FundsToOverseaReturnReturnOrdersOutReturnNoNode>;
 chain: ChainFrom<"v3/funds-to-oversea/return/return-orders">;
}

export interface V3FundsToOverseaReturnReturnOrdersOutReturnNoNode {
 $out_return_no$: Open<V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_Node>;
 _out_return_no_: Open<V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_Node>;
 chain: ChainFrom<"v3/funds-to-oversea/return/return-orders/out-return-no">;
}

export interface V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_Node {
 /**
  * 查询出境退回结果（通过商户出境退回单号） `GET /v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013735052
  */
 get: Verb<GetV3FundsToOverseaReturnReturnOrdersOutReturnNoOptions, GetV3FundsToOverseaReturnReturnOrdersOutReturnNoData>;
 chain: ChainFrom<"v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}">;
}

export interface V3FundsToOverseaTransactionsNode {
 $transaction_id$: Open<V3FundsToOverseaTransactions_transaction_id_Node>;
 _transaction_id_: Open<V3FundsToOverseaTransactions_transaction_id_Node>;
 chain: ChainFrom<"v3/funds-to-oversea/transactions">;
}

export interface V3FundsToOverseaTransactions_transaction_id_Node {
 available_abroad_amounts: Open<V3FundsToOverseaTransactionsAvailableAbroadAmountsNode>;
 chain: ChainFrom<"v3/funds-to-oversea/transactions/{transaction_id}">;
}

export interface V3FundsToOverseaTransactionsAvailableAbroadAmountsNode {
 /**
  * 查询订单剩余可出境余额API `GET /v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_1.shtml
  */
 get: Verb<GetV3FundsToOverseaTransactionsAvailableAbroadAmountsOptions, GetV3FundsToOverseaTransactionsAvailableAbroadAmountsData>;
 chain: ChainFrom<"v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts">;
}
