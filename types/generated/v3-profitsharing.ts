// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请分账账单: options */
export interface GetV3ProfitsharingBillsOptions extends CallOptions {
 query: {
  /** 二级商户号 */ sub_mchid?: string;
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
 };
}
/** 申请分账账单: response body */
export interface GetV3ProfitsharingBillsData {
 /** 下载地址 */ download_url: string;
 /** 哈希类型 */ hash_type: "SHA1";
 /** 哈希值 */ hash_value: string;
}

/** 查询最大分账比例: options */
export interface GetV3ProfitsharingMerchantConfigsOptions extends CallOptions {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 查询最大分账比例: response body */
export interface GetV3ProfitsharingMerchantConfigsData {
 /** 子商户号 */ sub_mchid: string;
 /** 最大分账比例 */ max_ratio: number;
}

/** 请求分账: request body */
export interface PostV3ProfitsharingOrdersBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid?: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 @example 86693852 */ account: string;
  /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ name?: string;
  /** 分账金额 @example 888 */ amount: number;
  /** 分账描述 @example 分给商户A */ description: string;
 }>;
 /** 是否解冻剩余未分资金 */ unfreeze_unsplit: boolean;
}
/** 请求分账: options */
export interface PostV3ProfitsharingOrdersOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3ProfitsharingOrdersBody;
}
/** 请求分账: response body */
export interface PostV3ProfitsharingOrdersData {
 /** 子商户号 */ sub_mchid?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ state: "PROCESSING" | "FINISHED";
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 */ account: string;
  /** 分账结果 */ result: "PENDING" | "SUCCESS" | "CLOSED";
  /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK" | "RECEIVER_REAL_NAME_NOT_VERIFIED" | "NO_AUTH" | "RECEIVER_RECEIPT_LIMIT" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 分账明细单号 */ detail_id?: string;
  /** 分账创建时间 */ create_time: string;
  /** 分账完成时间 */ finish_time: string;
 }>;
}

/** 解冻剩余资金: request body */
export interface PostV3ProfitsharingOrdersUnfreezeBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账描述 @example 解冻全部剩余资金 */ description: string;
}
/** 解冻剩余资金: options */
export interface PostV3ProfitsharingOrdersUnfreezeOptions extends CallOptions {
 json: PostV3ProfitsharingOrdersUnfreezeBody;
}
/** 解冻剩余资金: response body */
export interface PostV3ProfitsharingOrdersUnfreezeData {
 /** 子商户号 */ sub_mchid?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ state: "PROCESSING" | "FINISHED";
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 */ account: string;
  /** 分账结果 */ result: string;
  /** 分账失败原因 */ fail_reason: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK" | "RECEIVER_REAL_NAME_NOT_VERIFIED" | "NO_AUTH" | "RECEIVER_RECEIPT_LIMIT" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 分账明细单号 */ detail_id?: string;
  /** 分账创建时间 */ create_time: string;
  /** 分账完成时间 */ finish_time: string;
 }>;
}

/** 查询分账结果: options */
export interface GetV3ProfitsharingOrdersOptions extends CallOptions {
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 };
}
/** 查询分账结果: response body */
export interface GetV3ProfitsharingOrdersData {
 /** 子商户号 */ sub_mchid?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ state: "PENDING" | "SUCCESS" | "CLOSED";
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 */ account: string;
  /** 分账结果 */ result: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK" | "RECEIVER_REAL_NAME_NOT_VERIFIED" | "NO_AUTH" | "RECEIVER_RECEIPT_LIMIT" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 分账失败原因 */ fail_reason?: string;
  /** 分账明细单号 */ detail_id?: string;
  /** 分账创建时间 */ create_time: string;
  /** 分账完成时间 */ finish_time: string;
 }>;
}

/** 添加分账接收方: request body */
export interface PostV3ProfitsharingReceiversAddBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方帐号 @example 86693852 */ account: string;
 /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ name?: string;
 /** 与分账方的关系类型 @example SERVICE_PROVIDER */ relation_type: "SERVICE_PROVIDER" | "STORE" | "STAFF" | "STORE_OWNER" | "PARTNER" | "HEADQUARTER" | "BRAND" | "DISTRIBUTOR" | "USER" | "SUPPLIER" | "CUSTOM";
 /** 自定义的分账关系 @example 代理商 */ custom_relation?: string;
}
/** 添加分账接收方: options */
export interface PostV3ProfitsharingReceiversAddOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3ProfitsharingReceiversAddBody;
}
/** 添加分账接收方: response body */
export interface PostV3ProfitsharingReceiversAddData {
 /** 子商户号 */ sub_mchid?: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
 /** 分账接收方全称 */ name?: string;
 /** 与分账方的关系类型 */ relation_type: "SERVICE_PROVIDER" | "STORE" | "STAFF" | "STORE_OWNER" | "PARTNER" | "HEADQUARTER" | "BRAND" | "DISTRIBUTOR" | "USER" | "SUPPLIER" | "CUSTOM";
 /** 自定义的分账关系 */ custom_relation?: string;
}

/** 删除分账接收方: request body */
export interface PostV3ProfitsharingReceiversDeleteBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 @example 86693852 */ account: string;
}
/** 删除分账接收方: options */
export interface PostV3ProfitsharingReceiversDeleteOptions extends CallOptions {
 json: PostV3ProfitsharingReceiversDeleteBody;
}
/** 删除分账接收方: response body */
export interface PostV3ProfitsharingReceiversDeleteData {
 /** 子商户号 */ sub_mchid?: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
}

/** 请求分账回退: request body */
export interface PostV3ProfitsharingReturnOrdersBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 微信分账单号 @example 3008450740201411110007820472 */ order_id?: string;
 /** 商户分账单号 */ out_order_no?: string;
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
 /** 回退商户号 @example 86693852 */ return_mchid: string;
 /** 回退金额 @example 10 */ amount: number;
 /** 回退描述 @example 用户退款 */ description: string;
}
/** 请求分账回退: options */
export interface PostV3ProfitsharingReturnOrdersOptions extends CallOptions {
 json: PostV3ProfitsharingReturnOrdersBody;
}
/** 请求分账回退: response body */
export interface PostV3ProfitsharingReturnOrdersData extends PostV3ProfitsharingReturnOrdersDataFields {}

/** 查询分账回退结果: options */
export interface GetV3ProfitsharingReturnOrdersOptions extends CallOptions {
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 商户分账单号 @example P20190806125346 */ out_order_no: string;
 };
}
/** 查询分账回退结果: response body */
export interface GetV3ProfitsharingReturnOrdersData extends PostV3ProfitsharingReturnOrdersDataFields {}

/** 查询剩余待分金额: options */
export interface GetV3ProfitsharingTransactionsAmountsOptions extends CallOptions {
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
}
/** 查询剩余待分金额: response body */
export interface GetV3ProfitsharingTransactionsAmountsData {
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余待分金额 */ unsplit_amount: number;
}

export interface PostV3ProfitsharingReturnOrdersDataFields {
 /** 子商户号 */ sub_mchid?: string;
 /** 微信分账单号 */ order_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 微信回退单号 */ return_id: string;
 /** 回退商户号 */ return_mchid: string;
 /** 回退金额 */ amount: number;
 /** 回退描述 */ description: string;
 /** 回退结果 */ result: "PROCESSING" | "SUCCESS" | "FAILED";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "BALANCE_NOT_ENOUGH" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
 /** 创建时间 */ create_time: string;
 /** 完成时间 */ finish_time: string;
}

export interface V3ProfitsharingNode {
 bills: Open<V3ProfitsharingBillsNode>;
 merchantConfigs: Open<V3ProfitsharingMerchantConfigsNode>;
 orders: Open<V3ProfitsharingOrdersNode>;
 receivers: Open<V3ProfitsharingReceiversNode>;
 returnOrders: Open<V3ProfitsharingReturnOrdersNode>;
 transactions: Open<V3ProfitsharingTransactionsNode>;
 chain: ChainFrom<"v3/profitsharing">;
}

export interface V3ProfitsharingBillsNode {
 /** 申请分账账单 `GET /v3/profitsharing/bills` */
 get: Verb<GetV3ProfitsharingBillsOptions, GetV3ProfitsharingBillsData>;
 chain: ChainFrom<"v3/profitsharing/bills">;
}

export interface V3ProfitsharingMerchantConfigsNode {
 $sub_mchid$: Open<V3ProfitsharingMerchantConfigs_sub_mchid_Node>;
 _sub_mchid_: Open<V3ProfitsharingMerchantConfigs_sub_mchid_Node>;
 chain: ChainFrom<"v3/profitsharing/merchant-configs">;
}

export interface V3ProfitsharingMerchantConfigs_sub_mchid_Node {
 /** 查询最大分账比例 `GET /v3/profitsharing/merchant-configs/{sub_mchid}` */
 get: Verb<GetV3ProfitsharingMerchantConfigsOptions, GetV3ProfitsharingMerchantConfigsData>;
 chain: ChainFrom<"v3/profitsharing/merchant-configs/{sub_mchid}">;
}

export interface V3ProfitsharingOrdersNode {
 /** 请求分账 `POST /v3/profitsharing/orders` */
 post: Verb<PostV3ProfitsharingOrdersOptions, PostV3ProfitsharingOrdersData>;
 $out_order_no$: Open<V3ProfitsharingOrders_out_order_no_Node>;
 _out_order_no_: Open<V3ProfitsharingOrders_out_order_no_Node>;
 unfreeze: Open<V3ProfitsharingOrdersUnfreezeNode>;
 chain: ChainFrom<"v3/profitsharing/orders">;
}

export interface V3ProfitsharingOrdersUnfreezeNode {
 /** 解冻剩余资金 `POST /v3/profitsharing/orders/unfreeze` */
 post: Verb<PostV3ProfitsharingOrdersUnfreezeOptions, PostV3ProfitsharingOrdersUnfreezeData>;
 chain: ChainFrom<"v3/profitsharing/orders/unfreeze">;
}

export interface V3ProfitsharingOrders_out_order_no_Node {
 /** 查询分账结果 `GET /v3/profitsharing/orders/{out_order_no}` */
 get: Verb<GetV3ProfitsharingOrdersOptions, GetV3ProfitsharingOrdersData>;
 chain: ChainFrom<"v3/profitsharing/orders/{out_order_no}">;
}

export interface V3ProfitsharingReceiversNode {
 add: Open<V3ProfitsharingReceiversAddNode>;
 delete: Open<V3ProfitsharingReceiversDeleteNode>;
 chain: ChainFrom<"v3/profitsharing/receivers">;
}

export interface V3ProfitsharingReceiversAddNode {
 /** 添加分账接收方 `POST /v3/profitsharing/receivers/add` */
 post: Verb<PostV3ProfitsharingReceiversAddOptions, PostV3ProfitsharingReceiversAddData>;
 chain: ChainFrom<"v3/profitsharing/receivers/add">;
}

export interface V3ProfitsharingReceiversDeleteNode {
 /** 删除分账接收方 `POST /v3/profitsharing/receivers/delete` */
 post: Verb<PostV3ProfitsharingReceiversDeleteOptions, PostV3ProfitsharingReceiversDeleteData>;
 chain: ChainFrom<"v3/profitsharing/receivers/delete">;
}

export interface V3ProfitsharingReturnOrdersNode {
 /** 请求分账回退 `POST /v3/profitsharing/return-orders` */
 post: Verb<PostV3ProfitsharingReturnOrdersOptions, PostV3ProfitsharingReturnOrdersData>;
 $out_return_no$: Open<V3ProfitsharingReturnOrders_out_return_no_Node>;
 _out_return_no_: Open<V3ProfitsharingReturnOrders_out_return_no_Node>;
 chain: ChainFrom<"v3/profitsharing/return-orders">;
}

export interface V3ProfitsharingReturnOrders_out_return_no_Node {
 /** 查询分账回退结果 `GET /v3/profitsharing/return-orders/{out_return_no}` */
 get: Verb<GetV3ProfitsharingReturnOrdersOptions, GetV3ProfitsharingReturnOrdersData>;
 chain: ChainFrom<"v3/profitsharing/return-orders/{out_return_no}">;
}

export interface V3ProfitsharingTransactionsNode {
 $transaction_id$: Open<V3ProfitsharingTransactions_transaction_id_Node>;
 _transaction_id_: Open<V3ProfitsharingTransactions_transaction_id_Node>;
 chain: ChainFrom<"v3/profitsharing/transactions">;
}

export interface V3ProfitsharingTransactions_transaction_id_Node {
 amounts: Open<V3ProfitsharingTransactionsAmountsNode>;
 chain: ChainFrom<"v3/profitsharing/transactions/{transaction_id}">;
}

export interface V3ProfitsharingTransactionsAmountsNode {
 /** 查询剩余待分金额 `GET /v3/profitsharing/transactions/{transaction_id}/amounts` */
 get: Verb<GetV3ProfitsharingTransactionsAmountsOptions, GetV3ProfitsharingTransactionsAmountsData>;
 chain: ChainFrom<"v3/profitsharing/transactions/{transaction_id}/amounts">;
}
