// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 发起批量转账API: request body */
export interface PostV3PartnerTransferBatchesBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
 /** 特约商户appid @example wxf636efh567hg4356 */ sub_appid?: string;
 /** 特约商户授权类型 @example INFORMATION_AUTHORIZATION_TYPE */ authorization_type: "INFORMATION_AUTHORIZATION_TYPE" | "FUND_AUTHORIZATION_TYPE" | "INFORMATION_AND_FUND_AUTHORIZATION_TYPE";
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 批次名称 @example 2019年1月深圳分部报销单 */ batch_name: string;
 /** 批次备注 @example 2019年1月深圳分部报销单 */ batch_remark: string;
 /** 转账总金额 @example 4000000 */ total_amount: number;
 /** 转账总笔数 @example 200 */ total_num: number;
 /** 转账明细列表 */ transfer_detail_list: Array<{
  /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 转账金额 @example 200000 */ transfer_amount: number;
  /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
  /** 收款用户openid @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
  /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name: string;
  /** 收款用户身份证 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ user_id_card?: string;
 }>;
 /** 服务商的appid @example wxf636efh567hg4388 */ sp_appid?: string;
 /** 批量转账用途 @example COMMISSION */ transfer_purpose?: "GOODSPAYMENT" | "COMMISSION" | "REFUND" | "REIMBURSEMENT" | "FREIGHT" | "OTHERS";
 /** 转账场景 @example ORDINARY_TRANSFER */ transfer_scene?: "ORDINARY_TRANSFER" | "PAYROLL_CARD_TRANSFER";
}
/** 发起批量转账API: options */
export interface PostV3PartnerTransferBatchesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PartnerTransferBatchesBody;
}
/** 发起批量转账API: response body */
export interface PostV3PartnerTransferBatchesData {
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
}

/** 微信支付批次单号查询批次单API: options */
export interface GetV3PartnerTransferBatchesBatchIdOptions extends CallOptions {
 /** 微信支付批次单号 @example 1030000071100999991182020050700019480001 */ batch_id: string;
 query: {
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 @example 0 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_status?: "ALL" | "SUCCESS" | "FAIL";
 };
}
/** 微信支付批次单号查询批次单API: response body */
export interface GetV3PartnerTransferBatchesBatchIdData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 特约商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 特约商户appid */ sub_appid?: string;
 /** 批次状态 */ batch_status: string;
 /** 批次类型 */ batch_type: string;
 /** 特约商户授权类型 */ authorization_type: string;
 /** 批次名称 */ batch_name: string;
 /** 批次备注 */ batch_remark: string;
 /** 批次关闭原因 */ close_reason?: "MERCHANT_REVOCATION" | "OVERDUE_CLOSE" | "PAYER_ACCOUNT_ABNORMAL";
 /** 转账总金额 */ total_amount: number;
 /** 转账总笔数 */ total_num: number;
 /** 批次创建时间 */ create_time?: string;
 /** 批次更新时间 */ update_time?: string;
 /** 转账成功金额 */ success_amount?: number;
 /** 转账成功笔数 */ success_num?: number;
 /** 转账失败金额 */ fail_amount?: number;
 /** 转账失败笔数 */ fail_num?: number;
 /** 转账明细单列表 */ transfer_detail_list?: Array<{
  /** 微信支付明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_status: string;
 }>;
 /** 服务商的appid */ sp_appid?: string;
 /** 批量转账用途 */ transfer_purpose?: "GOODSPAYMENT" | "COMMISSION" | "REFUND" | "REIMBURSEMENT" | "FREIGHT" | "OTHERS";
 /** 转账场景 */ transfer_scene?: "ORDINARY_TRANSFER" | "PAYROLL_CARD_TRANSFER";
}

/** 微信支付明细单号查询明细单API: options */
export interface GetV3PartnerTransferBatchesBatchIdDetailsDetailIdOptions extends CallOptions {
 /** 微信支付批次单号 @example 1030000071100999991182020050700019480001 */ batch_id: string;
 /** 微信明细单号 @example 1040000071100999991182020050700019500100 */ detail_id: string;
}
/** 微信支付明细单号查询明细单API: response body */
export interface GetV3PartnerTransferBatchesBatchIdDetailsDetailIdData extends GetV3PartnerTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 商家批次单号查询批次单API: options */
export interface GetV3PartnerTransferBatchesOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 query: {
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_status?: "ALL" | "SUCCESS" | "FAIL" | "REFUND";
 };
}
/** 商家批次单号查询批次单API: response body */
export interface GetV3PartnerTransferBatchesOutBatchNoData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 特约商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 特约商户appid */ sub_appid?: string;
 /** 批次状态 */ batch_status: string;
 /** 批次类型 */ batch_type: string;
 /** 特约商户授权类型 */ authorization_type: string;
 /** 批次名称 */ batch_name: string;
 /** 批次备注 */ batch_remark: string;
 /** 批次关闭原因 */ close_reason?: "MERCHANT_REVOCATION" | "OVERDUE_CLOSE" | "PAYER_ACCOUNT_ABNORMAL";
 /** 转账总金额 */ total_amount: number;
 /** 转账总笔数 */ total_num: number;
 /** 批次创建时间 */ create_time?: string;
 /** 批次更新时间 */ update_time?: string;
 /** 转账成功金额 */ success_amount?: number;
 /** 转账成功笔数 */ success_num?: number;
 /** 转账失败金额 */ fail_amount?: number;
 /** 转账失败笔数 */ fail_num?: number;
 /** 转账明细单列表 */ transfer_detail_list: Array<{
  /** 微信支付明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_status: string;
 }>;
 /** 服务商的appid */ sp_appid?: string;
 /** 批量转账用途 */ transfer_purpose?: "GOODSPAYMENT" | "COMMISSION" | "REFUND" | "REIMBURSEMENT" | "FREIGHT" | "OTHERS";
 /** 转账场景 */ transfer_scene?: "ORDINARY_TRANSFER" | "PAYROLL_CARD_TRANSFER";
}

/** 商家明细单号查询明细单API: options */
export interface GetV3PartnerTransferBatchesOutBatchNoDetailsOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
}
/** 商家明细单号查询明细单API: response body */
export interface GetV3PartnerTransferBatchesOutBatchNoDetailsOutDetailNoData extends GetV3PartnerTransferBatchesBatchIdDetailsDetailIdDataFields {}

export interface GetV3PartnerTransferBatchesBatchIdDetailsDetailIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 商户的appid */ appid?: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 微信支付明细单号 */ detail_id: string;
 /** 明细状态 */ detail_status: string;
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 明细失败原因 */ fail_reason?: string;
 /** 收款用户openid */ openid: string;
 /** 收款用户姓名 */ username: string;
 /** 转账发起时间 */ initiate_time: string;
 /** 明细更新时间 */ update_time: string;
 /** 收款账户类型 */ account_type?: string;
 /** 银行名称 */ bank_name?: string;
 /** 银行卡尾号 */ bank_card_number_tail?: string;
}

export interface V3PartnerTransferNode {
 batches: Open<V3PartnerTransferBatchesNode>;
 chain: ChainFrom<"v3/partner-transfer">;
}

export interface V3PartnerTransferBatchesNode {
 /**
  * 发起批量转账API `POST /v3/partner-transfer/batches`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_6.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_1.shtml
  */
 post: Verb<PostV3PartnerTransferBatchesOptions, PostV3PartnerTransferBatchesData>;
 batchId: Open<V3PartnerTransferBatchesBatchIdNode>;
 outBatchNo: Open<V3PartnerTransferBatchesOutBatchNoNode>;
 chain: ChainFrom<"v3/partner-transfer/batches">;
}

export interface V3PartnerTransferBatchesBatchIdNode {
 $batch_id$: Open<V3PartnerTransferBatchesBatchId_batch_id_Node>;
 _batch_id_: Open<V3PartnerTransferBatchesBatchId_batch_id_Node>;
 chain: ChainFrom<"v3/partner-transfer/batches/batch-id">;
}

export interface V3PartnerTransferBatchesBatchId_batch_id_Node {
 /**
  * 微信支付批次单号查询批次单API `GET /v3/partner-transfer/batches/batch-id/{batch_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_7.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_2.shtml
  */
 get: Verb<GetV3PartnerTransferBatchesBatchIdOptions, GetV3PartnerTransferBatchesBatchIdData>;
 details: Open<V3PartnerTransferBatchesBatchIdDetailsNode>;
 chain: ChainFrom<"v3/partner-transfer/batches/batch-id/{batch_id}">;
}

export interface V3PartnerTransferBatchesBatchIdDetailsNode {
 detailId: Open<V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailIdNode>;
 chain: ChainFrom<"v3/partner-transfer/batches/batch-id/{batch_id}/details">;
}

export interface V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailIdNode {
 $detail_id$: Open<V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 _detail_id_: Open<V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 chain: ChainFrom<"v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id">;
}

export interface V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node {
 /**
  * 微信支付明细单号查询明细单API `GET /v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_8.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_3.shtml
  */
 get: Verb<GetV3PartnerTransferBatchesBatchIdDetailsDetailIdOptions, GetV3PartnerTransferBatchesBatchIdDetailsDetailIdData>;
 chain: ChainFrom<"v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}">;
}

export interface V3PartnerTransferBatchesOutBatchNoNode {
 $out_batch_no$: Open<V3PartnerTransferBatchesOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PartnerTransferBatchesOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/partner-transfer/batches/out-batch-no">;
}

export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_Node {
 /**
  * 商家批次单号查询批次单API `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_9.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_4.shtml
  */
 get: Verb<GetV3PartnerTransferBatchesOutBatchNoOptions, GetV3PartnerTransferBatchesOutBatchNoData>;
 details: Open<V3PartnerTransferBatchesOutBatchNoDetailsNode>;
 chain: ChainFrom<"v3/partner-transfer/batches/out-batch-no/{out_batch_no}">;
}

export interface V3PartnerTransferBatchesOutBatchNoDetailsNode {
 outDetailNo: Open<V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode>;
 chain: ChainFrom<"v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details">;
}

export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode {
 $out_detail_no$: Open<V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no">;
}

export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node {
 /**
  * 商家明细单号查询明细单API `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_10.shtml
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_5.shtml
  */
 get: Verb<GetV3PartnerTransferBatchesOutBatchNoDetailsOutDetailNoOptions, GetV3PartnerTransferBatchesOutBatchNoDetailsOutDetailNoData>;
 chain: ChainFrom<"v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}">;
}
