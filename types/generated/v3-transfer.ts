// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 发起批量转账API: request body */
export interface PostV3TransferBatchesBody {
 /** 直连商户的appid @example wxf636efh567hg4356 */ appid: string;
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 批次名称 @example 2019年1月深圳分部报销单 */ batch_name: string;
 /** 批次备注 @example 2019年1月深圳分部报销单 */ batch_remark: string;
 /** 转账总金额 @example 4000000 */ total_amount: number;
 /** 转账总笔数 @example 200 */ total_num: number;
 /** 转账明细列表 */ transfer_detail_list: Array<{
  /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 转账金额 @example 200000 */ transfer_amount: number;
  /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
  /** 用户在直连商户应用下的用户标示 @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
  /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name: string;
  /** 收款用户身份证 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ user_id_card?: string;
 }>;
 /** 转账场景ID @example 1001 */ transfer_scene_id: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 发起批量转账API: options */
export interface PostV3TransferBatchesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3TransferBatchesBody;
}
/** 发起批量转账API: response body */
export interface PostV3TransferBatchesData {
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
 /** 批次状态 */ batch_status?: "ACCEPTED" | "PROCESSING" | "FINISHED" | "CLOSED";
}

/** 微信批次单号查询批次单API: options */
export interface GetV3TransferBatchesBatchIdOptions extends CallOptions {
 /** 微信批次单号 @example 1030000071100999991182020050700019480001 */ batch_id: string;
 query: {
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_status?: string;
 };
}
/** 微信批次单号查询批次单API: response body */
export interface GetV3TransferBatchesBatchIdData {
 /** 转账批次单 */ transfer_batch: TransferBatch;
 /** 转账明细单列表 */ transfer_detail_list?: Array<{
  /** 微信明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_status: string;
 }>;
}

/** 微信明细单号查询明细单API: options */
export interface GetV3TransferBatchesBatchIdDetailsDetailIdOptions extends CallOptions {
 /** 微信批次单号 @example 1030000071100999991182020050700019480001 */ batch_id: string;
 /** 微信明细单号 @example 1040000071100999991182020050700019500100 */ detail_id: string;
}
/** 微信明细单号查询明细单API: response body */
export interface GetV3TransferBatchesBatchIdDetailsDetailIdData extends GetV3TransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 商家批次单号查询批次单API: options */
export interface GetV3TransferBatchesOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 query: {
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 @example 0 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_status?: string;
 };
}
/** 商家批次单号查询批次单API: response body */
export interface GetV3TransferBatchesOutBatchNoData {
 /** 转账批次单 */ transfer_batch: TransferBatch;
 /** 转账明细单列表 */ transfer_detail_list?: Array<{
  /** 微信明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_status: string;
 }>;
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
}

/** 商家明细单号查询明细单API: options */
export interface GetV3TransferBatchesOutBatchNoDetailsOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
}
/** 商家明细单号查询明细单API: response body */
export interface GetV3TransferBatchesOutBatchNoDetailsOutDetailNoData extends GetV3TransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 转账电子回单申请受理API: request body */
export interface PostV3TransferBillReceiptBody {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
}
/** 转账电子回单申请受理API: options */
export interface PostV3TransferBillReceiptOptions extends CallOptions {
 json: PostV3TransferBillReceiptBody;
}
/** 转账电子回单申请受理API: response body */
export interface PostV3TransferBillReceiptData extends PostV3TransferBillReceiptDataFields {}

/** 查询转账电子回单API: options */
export interface GetV3TransferBillReceiptOptions extends CallOptions {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
}
/** 查询转账电子回单API: response body */
export interface GetV3TransferBillReceiptData extends PostV3TransferBillReceiptDataFields {}

export interface TransferBatch {
 /** 商户号 */ mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信批次单号 */ batch_id: string;
 /** 直连商户的appid */ appid: string;
 /** 批次状态 */ batch_status: string;
 /** 批次类型 */ batch_type: string;
 /** 批次名称 */ batch_name: string;
 /** 批次备注 */ batch_remark: string;
 /** 批次关闭原因 */ close_reason?: string;
 /** 转账总金额 */ total_amount: number;
 /** 转账总笔数 */ total_num: number;
 /** 批次创建时间 */ create_time?: string;
 /** 批次更新时间 */ update_time?: string;
 /** 转账成功金额 */ success_amount?: number;
 /** 转账成功笔数 */ success_num?: number;
 /** 转账失败金额 */ fail_amount?: number;
 /** 转账失败笔数 */ fail_num?: number;
 /** 转账场景ID */ transfer_scene_id?: string;
}

export interface GetV3TransferBatchesBatchIdDetailsDetailIdDataFields {
 /** 商户号 */ mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信批次单号 */ batch_id: string;
 /** 直连商户的appid */ appid: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 微信明细单号 */ detail_id: string;
 /** 明细状态 */ detail_status: string;
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 明细失败原因 */ fail_reason?: string;
 /** 用户在直连商户应用下的用户标示 */ openid: string;
 /** 收款用户姓名 */ user_name: string;
 /** 转账发起时间 */ initiate_time: string;
 /** 明细更新时间 */ update_time: string;
}

export interface PostV3TransferBillReceiptDataFields {
 /** 商家批次单号 */ out_batch_no: string;
 /** 电子回单申请单号 */ signature_no: string;
 /** 电子回单状态 */ signature_status?: string;
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
 /** 创建时间 */ create_time?: string;
 /** 更新时间 */ update_time?: string;
}

export interface V3TransferNode {
 batches: Open<V3TransferBatchesNode>;
 billReceipt: Open<V3TransferBillReceiptNode>;
 chain: ChainFrom<"v3/transfer">;
}

export interface V3TransferBatchesNode {
 /**
  * 发起批量转账API `POST /v3/transfer/batches`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_1.shtml
  */
 post: Verb<PostV3TransferBatchesOptions, PostV3TransferBatchesData>;
 batchId: Open<V3TransferBatchesBatchIdNode>;
 outBatchNo: Open<V3TransferBatchesOutBatchNoNode>;
 chain: ChainFrom<"v3/transfer/batches">;
}

export interface V3TransferBatchesBatchIdNode {
 $batch_id$: Open<V3TransferBatchesBatchId_batch_id_Node>;
 _batch_id_: Open<V3TransferBatchesBatchId_batch_id_Node>;
 chain: ChainFrom<"v3/transfer/batches/batch-id">;
}

export interface V3TransferBatchesBatchId_batch_id_Node {
 /**
  * 微信批次单号查询批次单API `GET /v3/transfer/batches/batch-id/{batch_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_2.shtml
  */
 get: Verb<GetV3TransferBatchesBatchIdOptions, GetV3TransferBatchesBatchIdData>;
 details: Open<V3TransferBatchesBatchIdDetailsNode>;
 chain: ChainFrom<"v3/transfer/batches/batch-id/{batch_id}">;
}

export interface V3TransferBatchesBatchIdDetailsNode {
 detailId: Open<V3TransferBatchesBatchId_batch_id_DetailsDetailIdNode>;
 chain: ChainFrom<"v3/transfer/batches/batch-id/{batch_id}/details">;
}

export interface V3TransferBatchesBatchId_batch_id_DetailsDetailIdNode {
 $detail_id$: Open<V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 _detail_id_: Open<V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 chain: ChainFrom<"v3/transfer/batches/batch-id/{batch_id}/details/detail-id">;
}

export interface V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node {
 /**
  * 微信明细单号查询明细单API `GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_3.shtml
  */
 get: Verb<GetV3TransferBatchesBatchIdDetailsDetailIdOptions, GetV3TransferBatchesBatchIdDetailsDetailIdData>;
 chain: ChainFrom<"v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}">;
}

export interface V3TransferBatchesOutBatchNoNode {
 $out_batch_no$: Open<V3TransferBatchesOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3TransferBatchesOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/transfer/batches/out-batch-no">;
}

export interface V3TransferBatchesOutBatchNo_out_batch_no_Node {
 /**
  * 商家批次单号查询批次单API `GET /v3/transfer/batches/out-batch-no/{out_batch_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_4.shtml
  */
 get: Verb<GetV3TransferBatchesOutBatchNoOptions, GetV3TransferBatchesOutBatchNoData>;
 details: Open<V3TransferBatchesOutBatchNoDetailsNode>;
 chain: ChainFrom<"v3/transfer/batches/out-batch-no/{out_batch_no}">;
}

export interface V3TransferBatchesOutBatchNoDetailsNode {
 outDetailNo: Open<V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode>;
 chain: ChainFrom<"v3/transfer/batches/out-batch-no/{out_batch_no}/details">;
}

export interface V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode {
 $out_detail_no$: Open<V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no">;
}

export interface V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node {
 /**
  * 商家明细单号查询明细单API `GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_5.shtml
  */
 get: Verb<GetV3TransferBatchesOutBatchNoDetailsOutDetailNoOptions, GetV3TransferBatchesOutBatchNoDetailsOutDetailNoData>;
 chain: ChainFrom<"v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}">;
}

export interface V3TransferBillReceiptNode {
 /**
  * 转账电子回单申请受理API `POST /v3/transfer/bill-receipt`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_11.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_1.shtml
  */
 post: Verb<PostV3TransferBillReceiptOptions, PostV3TransferBillReceiptData>;
 $out_batch_no$: Open<V3TransferBillReceipt_out_batch_no_Node>;
 _out_batch_no_: Open<V3TransferBillReceipt_out_batch_no_Node>;
 chain: ChainFrom<"v3/transfer/bill-receipt">;
}

export interface V3TransferBillReceipt_out_batch_no_Node {
 /**
  * 查询转账电子回单API `GET /v3/transfer/bill-receipt/{out_batch_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_12.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_2.shtml
  */
 get: Verb<GetV3TransferBillReceiptOptions, GetV3TransferBillReceiptData>;
 chain: ChainFrom<"v3/transfer/bill-receipt/{out_batch_no}">;
}
