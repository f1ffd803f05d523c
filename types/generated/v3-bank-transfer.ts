// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 发起批量转账API: request body */
export interface PostV3BankTransferBatchesBody {
 /** 服务平台商户号 @example 1900001109 */ platform_mchid: string;
 /** 付款企业商户号 @example 1900001109 */ specialized_payment_mchid: string;
 /** 实际出资商户号 @example 1900001109 */ sponsor_mchid: string;
 /** 用户授权商户号 @example 1900001109 */ user_authorized_mchid: string;
 /** 用户授权appid @example wxaffdakkk11112e3 */ user_authorized_appid: string;
 /** 银行批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 批次名称 @example 2019年1月深圳分部报销单 */ batch_name: string;
 /** 批次备注 @example 2019年1月深圳分部报销单 */ batch_remark: string;
 /** 附加信息 @example 付款专用商户单号11111 */ attach_remark?: string;
 /** 转账总金额 @example 4000000 */ total_amount: number;
 /** 转账总笔数 @example 200 */ total_count: number;
 /** 转账场景 @example ORDINARY_TRANSFER */ transfer_scene: string;
 /** 批量转账用途 @example COMMISSION */ transfer_purpose: string;
 /** 转账明细列表 */ transfer_detail_list?: Array<{
  /** 银行明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 转账金额 @example 200000 */ transfer_amount: number;
  /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
  /** 收款用户openid @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
  /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name: string;
  /** 收款用户身份证 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ user_id_card?: string;
 }>;
}
/** 发起批量转账API: options */
export interface PostV3BankTransferBatchesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BankTransferBatchesBody;
}
/** 发起批量转账API: response body */
export interface PostV3BankTransferBatchesData {
 /** 银行批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
}

/** 微信支付批次单号查询批次单API: options */
export interface GetV3BankTransferBatchesBatchIdOptions extends CallOptions {
 /** 微信支付批次单号 @example 1130000071100999991182020050700019480001 */ batch_id: string;
 query: {
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_state?: "ALL" | "SUCCESS" | "FAIL";
 };
}
/** 微信支付批次单号查询批次单API: response body */
export interface GetV3BankTransferBatchesBatchIdData extends GetV3BankTransferBatchesBatchIdDataFields {}

/** 微信支付明细单号查询明细单API: options */
export interface GetV3BankTransferBatchesBatchIdDetailsDetailIdOptions extends CallOptions {
 /** 微信支付批次单号 @example 1130000071100999991182020050700019480001 */ batch_id: string;
 /** 微信明细单号 @example 1140000071100999991182020050700019500100 */ detail_id: string;
}
/** 微信支付明细单号查询明细单API: response body */
export interface GetV3BankTransferBatchesBatchIdDetailsDetailIdData extends GetV3BankTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 银行批次单号查询批次单API: options */
export interface GetV3BankTransferBatchesOutBatchNoOptions extends CallOptions {
 out_batch_no: string;
 query: {
  /** 银行批次单号 @example plfk2020042013 */ out_batch_no: string;
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
  /** 明细状态 @example FAIL */ detail_state?: "ALL" | "SUCCESS" | "FAIL";
 };
}
/** 银行批次单号查询批次单API: response body */
export interface GetV3BankTransferBatchesOutBatchNoData extends GetV3BankTransferBatchesBatchIdDataFields {}

/** 银行明细单号查询明细单API: options */
export interface GetV3BankTransferBatchesOutBatchNoDetailsOutDetailNoOptions extends CallOptions {
 /** 银行批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 银行明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
}
/** 银行明细单号查询明细单API: response body */
export interface GetV3BankTransferBatchesOutBatchNoDetailsOutDetailNoData extends GetV3BankTransferBatchesBatchIdDetailsDetailIdDataFields {}

export interface GetV3BankTransferBatchesBatchIdDataFields {
 /** 银行服务商号 */ bank_sp_mchid: string;
 /** 服务平台商户号 */ platform_mchid: string;
 /** 付款企业商户号 */ specialized_payment_mchid: string;
 /** 实际出资商户号 */ sponsor_mchid: string;
 /** 用户授权商户号 */ user_authorized_mchid: string;
 /** 用户授权appid */ user_authorized_appid: string;
 /** 银行批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 转账场景 */ transfer_scene: "ORDINARY_TRANSFER" | "PAYROLL_CARD_TRANSFER";
 /** 批次名称 */ batch_name: string;
 /** 批次备注 */ batch_remark: string;
 /** 附加信息 */ attach_remark?: string;
 /** 批量转账用途 */ transfer_purpose: "GOODSPAYMENT" | "COMMISSION" | "REFUND" | "REIMBURSEMENT" | "FREIGHT" | "OTHERS";
 /** 批次状态 */ batch_state: "ACCEPTED" | "PROCESSING" | "FINISHED" | "CLOSED";
 /** 批次关闭原因 */ close_reason?: "MERCHANT_REVOCATION" | "OVERDUE_CLOSE";
 /** 转账总金额 */ total_amount: number;
 /** 转账总笔数 */ total_count: number;
 /** 批次创建时间 */ create_time?: string;
 /** 批次更新时间 */ update_time?: string;
 /** 转账成功金额 */ success_amount?: number;
 /** 转账成功笔数 */ success_count?: number;
 /** 转账失败金额 */ fail_amount?: number;
 /** 转账失败笔数 */ fail_count?: number;
 /** 转账明细单列表 */ transfer_detail_list: Array<{
  /** 微信支付明细单号 */ detail_id: string;
  /** 银行明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_state: "PROCESSING" | "SUCCESS" | "REFUND";
  /** 明细失败原因 */ fail_reason?: "ACCOUNT_FROZEN" | "REAL_NAME_CHECK_FAIL" | "NAME_NOT_CORRECT" | "OPENID_INVALID" | "TRANSFER_QUOTA_EXCEED" | "DAY_RECEIVED_QUOTA_EXCEED" | "MONTH_RECEIVED_QUOTA_EXCEED" | "DAY_RECEIVED_COUNT_EXCEED" | "PRODUCT_AUTH_CHECK_FAIL" | "OVERDUE_CLOSE" | "ID_CARD_NOT_CORRECT" | "ACCOUNT_NOT_EXIST" | "TRANSFER_RISK" | "PAYROLL_CARD_ALREADY_LOGOUT" | "PAYROLL_CARD_ALREADY_FROZEN" | "PAYROLL_CARD_UNAUTHORIZED" | "PAYROLL_CARD_USER_NOT_OPEN" | "PAYROLL_CARD_NAME_CARD_NOT_MATCH" | "PAYROLL_CARD_ID_CARD_NOT_MATCH" | "PAYROLL_CARD_BANKCARD_UNBUNDLING" | "BANK_CARD_COLLECTIONS_ABOVE_QUOTA" | "BANK_CARD_ACCOUNT_ABNORMAL" | "BANK_CARD_STATUS_ABNORMAL" | "BANK_CARD_BANK_INFO_WRONG" | "BANK_CARD_CARD_INFO_WRONG" | "OTHER_FAIL_REASON_TYPE" | "REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED" | "TRANSFER_REMARK_SET_FAIL";
 }>;
}

export interface GetV3BankTransferBatchesBatchIdDetailsDetailIdDataFields {
 /** 银行服务商号 */ bank_sp_mchid: string;
 /** 服务平台商户号 */ platform_mchid: string;
 /** 付款企业商户号 */ specialized_payment_mchid: string;
 /** 实际出资商户号 */ sponsor_mchid: string;
 /** 用户授权商户号 */ user_authorized_mchid: string;
 /** 用户授权appid */ user_authorized_appid: string;
 /** 银行批次单号 */ out_batch_no: string;
 /** 微信支付批次单号 */ batch_id: string;
 /** 转账场景 */ transfer_scene: "ORDINARY_TRANSFER" | "PAYROLL_CARD_TRANSFER";
 /** 银行明细单号 */ out_detail_no: string;
 /** 微信支付明细单号 */ detail_id: string;
 /** 收款用户openid */ openid: string;
 /** 收款用户姓名 */ username: string;
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 明细状态 */ detail_state: "PROCESSING" | "SUCCESS" | "FAIL" | "REFUND";
 /** 明细失败原因 */ fail_reason?: "ACCOUNT_FROZEN" | "REAL_NAME_CHECK_FAIL" | "NAME_NOT_CORRECT" | "OPENID_INVALID" | "TRANSFER_QUOTA_EXCEED" | "DAY_RECEIVED_QUOTA_EXCEED" | "MONTH_RECEIVED_QUOTA_EXCEED" | "DAY_RECEIVED_COUNT_EXCEED" | "PRODUCT_AUTH_CHECK_FAIL" | "OVERDUE_CLOSE" | "ID_CARD_NOT_CORRECT" | "ACCOUNT_NOT_EXIST" | "TRANSFER_RISK" | "PAYROLL_CARD_ALREADY_LOGOUT" | "PAYROLL_CARD_ALREADY_FROZEN" | "PAYROLL_CARD_UNAUTHORIZED" | "PAYROLL_CARD_USER_NOT_OPEN" | "PAYROLL_CARD_NAME_CARD_NOT_MATCH" | "PAYROLL_CARD_ID_CARD_NOT_MATCH" | "PAYROLL_CARD_BANKCARD_UNBUNDLING" | "BANK_CARD_COLLECTIONS_ABOVE_QUOTA" | "BANK_CARD_ACCOUNT_ABNORMAL" | "BANK_CARD_STATUS_ABNORMAL" | "BANK_CARD_BANK_INFO_WRONG" | "BANK_CARD_CARD_INFO_WRONG" | "OTHER_FAIL_REASON_TYPE" | "REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED" | "TRANSFER_REMARK_SET_FAIL";
 /** 转账发起时间 */ initiate_time?: string;
 /** 明细更新时间 */ update_time: string;
 /** 收款账户类型 */ account_type: "WECHATPAY_ACCOUNT" | "BANK_ACCOUNT";
 /** 银行名称 */ bank_name?: string;
 /** 银行卡尾号 */ bank_card_number_tail?: string;
}

export interface V3BankTransferNode {
 batches: Open<V3BankTransferBatchesNode>;
 chain: ChainFrom<"v3/bank-transfer">;
}

export interface V3BankTransferBatchesNode {
 /**
  * 发起批量转账API `POST /v3/bank-transfer/batches`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_1.shtml
  */
 post: Verb<PostV3BankTransferBatchesOptions, PostV3BankTransferBatchesData>;
 batchId: Open<V3BankTransferBatchesBatchIdNode>;
 outBatchNo: Open<V3BankTransferBatchesOutBatchNoNode>;
 chain: ChainFrom<"v3/bank-transfer/batches">;
}

export interface V3BankTransferBatchesBatchIdNode {
 $batch_id$: Open<V3BankTransferBatchesBatchId_batch_id_Node>;
 _batch_id_: Open<V3BankTransferBatchesBatchId_batch_id_Node>;
 chain: ChainFrom<"v3/bank-transfer/batches/batch-id">;
}

export interface V3BankTransferBatchesBatchId_batch_id_Node {
 /**
  * 微信支付批次单号查询批次单API `GET /v3/bank-transfer/batches/batch-id/{batch_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_2.shtml
  */
 get: Verb<GetV3BankTransferBatchesBatchIdOptions, GetV3BankTransferBatchesBatchIdData>;
 details: Open<V3BankTransferBatchesBatchIdDetailsNode>;
 chain: ChainFrom<"v3/bank-transfer/batches/batch-id/{batch_id}">;
}

export interface V3BankTransferBatchesBatchIdDetailsNode {
 detailId: Open<V3BankTransferBatchesBatchId_batch_id_DetailsDetailIdNode>;
 chain: ChainFrom<"v3/bank-transfer/batches/batch-id/{batch_id}/details">;
}

export interface V3BankTransferBatchesBatchId_batch_id_DetailsDetailIdNode {
 $detail_id$: Open<V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 _detail_id_: Open<V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 chain: ChainFrom<"v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id">;
}

export interface V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node {
 /**
  * 微信支付明细单号查询明细单API `GET /v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_3.shtml
  */
 get: Verb<GetV3BankTransferBatchesBatchIdDetailsDetailIdOptions, GetV3BankTransferBatchesBatchIdDetailsDetailIdData>;
 chain: ChainFrom<"v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}">;
}

export interface V3BankTransferBatchesOutBatchNoNode {
 $out_batch_no$: Open<V3BankTransferBatchesOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3BankTransferBatchesOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/bank-transfer/batches/out-batch-no">;
}

export interface V3BankTransferBatchesOutBatchNo_out_batch_no_Node {
 /**
  * 银行批次单号查询批次单API `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_4.shtml
  */
 get: Verb<GetV3BankTransferBatchesOutBatchNoOptions, GetV3BankTransferBatchesOutBatchNoData>;
 details: Open<V3BankTransferBatchesOutBatchNoDetailsNode>;
 chain: ChainFrom<"v3/bank-transfer/batches/out-batch-no/{out_batch_no}">;
}

export interface V3BankTransferBatchesOutBatchNoDetailsNode {
 outDetailNo: Open<V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode>;
 chain: ChainFrom<"v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details">;
}

export interface V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode {
 $out_detail_no$: Open<V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no">;
}

export interface V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node {
 /**
  * 银行明细单号查询明细单API `GET /v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_5.shtml
  */
 get: Verb<GetV3BankTransferBatchesOutBatchNoDetailsOutDetailNoOptions, GetV3BankTransferBatchesOutBatchNoDetailsOutDetailNoData>;
 chain: ChainFrom<"v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}">;
}
