// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, UploadFileOptions, Verb } from '../catalog.js';

/** 查询账户实时余额API: options */
export interface GetV3MerchantFundBalanceOptions extends CallOptions {
 /** 账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
}
/** 查询账户实时余额API: response body */
export interface GetV3MerchantFundBalanceData {
 /** 可用余额 */ available_amount: number;
 /** 不可用余额 */ pending_amount?: number;
}

/** 查询账户日终余额API: options */
export interface GetV3MerchantFundDayendbalanceOptions extends CallOptions {
 /** 账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
 query: {
  /** 日期 @example 2019-06-11 */ date: string;
 };
}
/** 查询账户日终余额API: response body */
export interface GetV3MerchantFundDayendbalanceData {
 /** 可用余额 */ available_amount: number;
 /** 不可用余额 */ pending_amount?: number;
}

/** 电商平台提现API: request body */
export interface PostV3MerchantFundWithdrawBody {
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
 /** 提现金额 @example 1 */ amount: number;
 /** 备注 @example 交易体现 */ remark?: string;
 /** 银行附言 @example xx平台提现 */ bank_memo?: string;
 /** 资金账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 提现结果通知地址 */ notify_url?: string;
}
/** 电商平台提现API: options */
export interface PostV3MerchantFundWithdrawOptions extends CallOptions {
 json: PostV3MerchantFundWithdrawBody;
}
/** 电商平台提现API: response body */
export interface PostV3MerchantFundWithdrawData {
 /** 微信支付提现单号 */ withdraw_id: string;
 /** 商户提现单号 */ out_request_no: string;
}

/** 按日下载提现异常文件API: options */
export interface GetV3MerchantFundWithdrawBillTypeOptions extends CallOptions {
 bill_type: string;
 query: {
  /** 账单类型 */ bill_type?: "NO_SUCC";
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
 };
}
/** 按日下载提现异常文件API: response body */
export interface GetV3MerchantFundWithdrawBillTypeData {
 /** 哈希类型 */ hash_type: "SHA1";
 /** 哈希值 */ hash_value: string;
 /** 账单下载地址 */ download_url: string;
}

/** 电商平台(商户提现单号查询)提现状态API: options */
export interface GetV3MerchantFundWithdrawOutRequestNoOptions extends CallOptions {
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
}
/** 电商平台(商户提现单号查询)提现状态API: response body */
export interface GetV3MerchantFundWithdrawOutRequestNoData extends GetV3MerchantFundWithdrawOutRequestNoDataFields {}

/** 电商平台(微信支付提现单号)查询提现状态API: options */
export interface GetV3MerchantFundWithdrawWithdrawIdOptions extends CallOptions {
 /** 微信支付提现单号 @example 12321937198237912739132791732123 */ withdraw_id: string;
}
/** 电商平台(微信支付提现单号)查询提现状态API: response body */
export interface GetV3MerchantFundWithdrawWithdrawIdData extends GetV3MerchantFundWithdrawOutRequestNoDataFields {}

/** The parts of the multipart/form-data body of POST /v3/merchant/media/upload. */
export interface PostV3MerchantMediaUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 文件上传: options */
export interface PostV3MerchantMediaUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3MerchantMediaUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/merchant/media/upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3MerchantMediaUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/merchant/media/upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3MerchantMediaUploadOptions = PostV3MerchantMediaUploadFormDataOptions | PostV3MerchantMediaUploadFileOptions;
/** 文件上传: response body */
export interface PostV3MerchantMediaUploadData {
 /** 媒体文件标识Id */ media_id: string;
}

/** The parts of the multipart/form-data body of POST /v3/merchant/media/video_upload. */
export interface PostV3MerchantMediaVideoUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 视频上传API: options */
export interface PostV3MerchantMediaVideoUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3MerchantMediaVideoUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/merchant/media/video_upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3MerchantMediaVideoUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/merchant/media/video_upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3MerchantMediaVideoUploadOptions = PostV3MerchantMediaVideoUploadFormDataOptions | PostV3MerchantMediaVideoUploadFileOptions;
/** 视频上传API: response body */
export interface PostV3MerchantMediaVideoUploadData {
 /** 媒体文件标识Id */ media_id: string;
}

export interface GetV3MerchantFundWithdrawOutRequestNoDataFields {
 /** 提现单状态 */ status: "CREATE_SUCCESS" | "SUCCESS" | "FAIL" | "REFUND" | "CLOSE" | "INIT";
 /** 微信支付提现单号 */ withdraw_id: string;
 /** 商户提现单号 */ out_request_no: string;
 /** 提现金额 */ amount: number;
 /** 发起提现时间 */ create_time: string;
 /** 提现状态更新时间 */ update_time: string;
 /** 失败原因 */ reason: string;
 /** 提现备注 */ remark: string;
 /** 银行附言 */ bank_memo: string;
 /** 出款账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 提现失败解决方案 */ solution: string;
}

export interface V3MerchantNode {
 fund: Open<V3MerchantFundNode>;
 media: Open<V3MerchantMediaNode>;
 chain: ChainFrom<"v3/merchant">;
}

export interface V3MerchantFundNode {
 balance: Open<V3MerchantFundBalanceNode>;
 dayendbalance: Open<V3MerchantFundDayendbalanceNode>;
 withdraw: Open<V3MerchantFundWithdrawNode>;
 chain: ChainFrom<"v3/merchant/fund">;
}

export interface V3MerchantFundBalanceNode {
 $account_type$: Open<V3MerchantFundBalance_account_type_Node>;
 _account_type_: Open<V3MerchantFundBalance_account_type_Node>;
 chain: ChainFrom<"v3/merchant/fund/balance">;
}

export interface V3MerchantFundBalance_account_type_Node {
 /**
  * 查询账户实时余额API `GET /v3/merchant/fund/balance/{account_type}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_20.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_3.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-balance.html
  */
 get: Verb<GetV3MerchantFundBalanceOptions, GetV3MerchantFundBalanceData>;
 chain: ChainFrom<"v3/merchant/fund/balance/{account_type}">;
}

export interface V3MerchantFundDayendbalanceNode {
 $account_type$: Open<V3MerchantFundDayendbalance_account_type_Node>;
 _account_type_: Open<V3MerchantFundDayendbalance_account_type_Node>;
 chain: ChainFrom<"v3/merchant/fund/dayendbalance">;
}

export interface V3MerchantFundDayendbalance_account_type_Node {
 /**
  * 查询账户日终余额API `GET /v3/merchant/fund/dayendbalance/{account_type}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_4.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_21.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-day-end-balance.html
  */
 get: Verb<GetV3MerchantFundDayendbalanceOptions, GetV3MerchantFundDayendbalanceData>;
 chain: ChainFrom<"v3/merchant/fund/dayendbalance/{account_type}">;
}

export interface V3MerchantFundWithdrawNode {
 /** 电商平台提现API `POST /v3/merchant/fund/withdraw` */
 post: Verb<PostV3MerchantFundWithdrawOptions, PostV3MerchantFundWithdrawData>;
 billType: Open<V3MerchantFundWithdrawBillTypeNode>;
 outRequestNo: Open<V3MerchantFundWithdrawOutRequestNoNode>;
 withdrawId: Open<V3MerchantFundWithdrawWithdrawIdNode>;
 chain: ChainFrom<"v3/merchant/fund/withdraw">;
}

export interface V3MerchantFundWithdrawBillTypeNode {
 $bill_type$: Open<V3MerchantFundWithdrawBillType_bill_type_Node>;
 _bill_type_: Open<V3MerchantFundWithdrawBillType_bill_type_Node>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/bill-type">;
}

export interface V3MerchantFundWithdrawBillType_bill_type_Node {
 /**
  * 按日下载提现异常文件API `GET /v3/merchant/fund/withdraw/bill-type/{bill_type}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_24.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_4.shtml
  */
 get: Verb<GetV3MerchantFundWithdrawBillTypeOptions, GetV3MerchantFundWithdrawBillTypeData>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/bill-type/{bill_type}">;
}

export interface V3MerchantFundWithdrawOutRequestNoNode {
 $out_request_no$: Open<V3MerchantFundWithdrawOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3MerchantFundWithdrawOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/out-request-no">;
}

export interface V3MerchantFundWithdrawOutRequestNo_out_request_no_Node {
 /**
  * 电商平台(商户提现单号查询)提现状态API `GET /v3/merchant/fund/withdraw/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml
  */
 get: Verb<GetV3MerchantFundWithdrawOutRequestNoOptions, GetV3MerchantFundWithdrawOutRequestNoData>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/out-request-no/{out_request_no}">;
}

export interface V3MerchantFundWithdrawWithdrawIdNode {
 $withdraw_id$: Open<V3MerchantFundWithdrawWithdrawId_withdraw_id_Node>;
 _withdraw_id_: Open<V3MerchantFundWithdrawWithdrawId_withdraw_id_Node>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/withdraw-id">;
}

export interface V3MerchantFundWithdrawWithdrawId_withdraw_id_Node {
 /**
  * 电商平台(微信支付提现单号)查询提现状态API `GET /v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml
  */
 get: Verb<GetV3MerchantFundWithdrawWithdrawIdOptions, GetV3MerchantFundWithdrawWithdrawIdData>;
 chain: ChainFrom<"v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}">;
}

export interface V3MerchantMediaNode {
 upload: Open<V3MerchantMediaUploadNode>;
 video_upload: Open<V3MerchantMediaVideoUploadNode>;
 chain: ChainFrom<"v3/merchant/media">;
}

export interface V3MerchantMediaUploadNode {
 /** 文件上传 `POST /v3/merchant/media/upload` */
 post: Verb<PostV3MerchantMediaUploadOptions, PostV3MerchantMediaUploadData>;
 chain: ChainFrom<"v3/merchant/media/upload">;
}

export interface V3MerchantMediaVideoUploadNode {
 /**
  * 视频上传API `POST /v3/merchant/media/video_upload`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_2.shtml
  */
 post: Verb<PostV3MerchantMediaVideoUploadOptions, PostV3MerchantMediaVideoUploadData>;
 chain: ChainFrom<"v3/merchant/media/video_upload">;
}
