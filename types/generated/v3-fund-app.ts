// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 品牌商户发放红包: request body */
export interface PostV3FundAppBrandRedpacketBrandMerchantBatchesBody {
 /** 品牌ID @example 1234 */ brand_id: number;
 /** 品牌AppID @example wxf636efh567hg4356 */ brand_appid: string;
 /** 品牌红包发放场景 @example CUSTOM_SEND */ scene: "CUSTOM_SEND";
 /** 品牌红包模板ID @example 123400001 */ template_id: string;
 /** 商家品牌红包批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 品牌红包批次名称 @example 双十一营销用品牌红包 */ batch_name: string;
 /** 品牌红包批次备注 @example 双十一营销用品牌红包 */ batch_remark: string;
 /** 总金额 @example 10000 */ total_amount: number;
 /** 总笔数 @example 10 */ total_num: number;
 /** 品牌红包明细列表 */ detail_list: Array<{
  /** 商家品牌红包明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 红包金额 @example 100 */ amount: number;
  /** 接收红包用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
  /** 接收红包用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
  /** 红包备注 @example 来自XX的红包 */ remark: string;
 }>;
}
/** 品牌商户发放红包: options */
export interface PostV3FundAppBrandRedpacketBrandMerchantBatchesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppBrandRedpacketBrandMerchantBatchesBody;
}
/** 品牌商户发放红包: response body */
export interface PostV3FundAppBrandRedpacketBrandMerchantBatchesData {
 /** 商家品牌红包批次单号 */ out_batch_no: string;
 /** 微信支付品牌红包批次单号 */ batch_no?: string;
 /** 品牌红包批次创建时间 */ create_time: string;
 /** 批次单状态 */ batch_state?: "WAIT_PAY" | "ACCEPTED" | "PROCESSING" | "FINISHED" | "CLOSED";
}

/** 微信支付批次单号查询批次单: options */
export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesOptions extends CallOptions {
 /** 微信支付品牌红包批次单号 @example 1030000071100999991182020050700019480001 */ batch_no: string;
 query?: {
  /** 是否需要查询品牌红包明细单 */ need_query_detail?: boolean;
  /** 品牌红包明细单状态 */ detail_state?: "DETAIL_VIEW_ALL" | "DETAIL_VIEW_SUCCESS" | "DETAIL_VIEW_FAIL";
 };
}
/** 微信支付批次单号查询批次单: response body */
export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesData extends GetV3FundAppBrandRedpacketBrandMerchantBatchesDataFields {}

/** 商家明细单号查询明细单: options */
export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsOptions extends CallOptions {
 /** 微信支付品牌红包批次单号 @example 1030000071100999991182020050700019480001 */ batch_no: string;
 /** 商家品牌红包明细单号 @example 1040000071100999991182020050700019500100 */ detail_no: string;
}
/** 商家明细单号查询明细单: response body */
export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsData extends GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsDataFields {}

/** 商家批次单号查询批次单: options */
export interface GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOptions extends CallOptions {
 /** 商家品牌红包批次单号 @example plfk2020042013 */ out_batch_no: string;
 query?: {
  /** 是否需要查询品牌红包明细单 */ need_query_detail?: boolean;
  /** 品牌红包明细单状态 */ detail_state?: "DETAIL_VIEW_ALL" | "DETAIL_VIEW_SUCCESS" | "DETAIL_VIEW_FAIL";
 };
}
/** 商家批次单号查询批次单: response body */
export interface GetV3FundAppBrandRedpacketBrandMerchantOutBatchesData extends GetV3FundAppBrandRedpacketBrandMerchantBatchesDataFields {}

/** 商家明细单号查询明细单: options */
export interface GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOutDetailsOptions extends CallOptions {
 /** 商家品牌红包批次单号 @example plfk2020042013 */ out_batch_no: string;
 /** 商家品牌红包明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
}
/** 商家明细单号查询明细单: response body */
export interface GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOutDetailsData extends GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsDataFields {}

/** 商户单号申请电子回单: request body */
export interface PostV3FundAppMchTransferElecsignOutBillNoBody {
 /** 商户转账单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 商户单号申请电子回单: options */
export interface PostV3FundAppMchTransferElecsignOutBillNoOptions extends CallOptions {
 json: PostV3FundAppMchTransferElecsignOutBillNoBody;
}
/** 商户单号申请电子回单: response body */
export interface PostV3FundAppMchTransferElecsignOutBillNoData {
 /** 申请单状态 */ state: string;
 /** 申请单创建时间 */ create_time: string;
}

/** 商户单号查询电子回单: options */
export interface GetV3FundAppMchTransferElecsignOutBillNoOptions extends CallOptions {
 /** 商户转账单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 商户单号查询电子回单: response body */
export interface GetV3FundAppMchTransferElecsignOutBillNoData extends GetV3FundAppMchTransferElecsignOutBillNoDataFields {}

/** 微信单号申请电子回单: request body */
export interface PostV3FundAppMchTransferElecsignTransferBillNoBody {
 /** 微信转账单号 @example 1330000071100999991182020050700019480001 */ transfer_bill_no: string;
}
/** 微信单号申请电子回单: options */
export interface PostV3FundAppMchTransferElecsignTransferBillNoOptions extends CallOptions {
 json: PostV3FundAppMchTransferElecsignTransferBillNoBody;
}
/** 微信单号申请电子回单: response body */
export interface PostV3FundAppMchTransferElecsignTransferBillNoData {
 /** 申请单状态 */ state: string;
 /** 申请单创建时间 */ create_time: string;
}

/** 微信单号查询电子回单: options */
export interface GetV3FundAppMchTransferElecsignTransferBillNoOptions extends CallOptions {
 /** 微信转账单号 @example 1330000071100999991182020050700019480001 */ transfer_bill_no: string;
}
/** 微信单号查询电子回单: response body */
export interface GetV3FundAppMchTransferElecsignTransferBillNoData extends GetV3FundAppMchTransferElecsignOutBillNoDataFields {}

/** 查询预算出资的电子回单: options */
export interface GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsOptions extends CallOptions {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 query: {
  /** 受理凭证 @example c2RmYWtqampqampsZmFza2xmanNhbGZqc2FrZmpzbGZqc2tsZmp */ accept_id: string;
 };
}
/** 查询预算出资的电子回单: response body */
export interface GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsData extends GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsDataFields {}

/** 申请预算出资的电子回单: request body */
export interface PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsBody {
 /** 开始日期 @example 2025-09-01 */ start_date: string;
 /** 结束日期 @example 2025-09-30 */ end_date: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
 /** 收款商户号 @example 1900102209 */ receiver_mchid?: string;
}
/** 申请预算出资的电子回单: options */
export interface PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsOptions extends CallOptions {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 json: PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsBody;
}
/** 申请预算出资的电子回单: response body */
export interface PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsData extends GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsDataFields {}

/** 申请公益捐赠预算: request body */
export interface PostV3FundAppMchTransferPartnerCharityBudgetBody {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
 /** 出资企业主体名称 @example 腾讯控股有限公司 */ sponsor_subject_name: string;
 /** 活动名称 @example 公益企业配捐活动 */ activity_name: string;
 /** 活动说明 @example 公益活动开始于9月1日，帮助困难儿童筹款活动 */ activity_remark: string;
 /** 预算总金额 @example 20000000 */ amount: number;
 /** 回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 申请公益捐赠预算: options */
export interface PostV3FundAppMchTransferPartnerCharityBudgetOptions extends CallOptions {
 json: PostV3FundAppMchTransferPartnerCharityBudgetBody;
}
/** 申请公益捐赠预算: response body */
export interface PostV3FundAppMchTransferPartnerCharityBudgetData extends PostV3FundAppMchTransferPartnerCharityBudgetDataFields {}

/** 商户单号查询公益捐赠预算详情: options */
export interface GetV3FundAppMchTransferPartnerCharityBudgetOptions extends CallOptions {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 query: {
  /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
 };
}
/** 商户单号查询公益捐赠预算详情: response body */
export interface GetV3FundAppMchTransferPartnerCharityBudgetData extends PostV3FundAppMchTransferPartnerCharityBudgetDataFields {}

/** 解锁公益捐赠预算: request body */
export interface PostV3FundAppMchTransferPartnerCharityBudgetUnlockBody {
 /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
 /** 解锁备注 @example 公益活动结束，解锁资金 */ activity_remark: string;
}
/** 解锁公益捐赠预算: options */
export interface PostV3FundAppMchTransferPartnerCharityBudgetUnlockOptions extends CallOptions {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 json: PostV3FundAppMchTransferPartnerCharityBudgetUnlockBody;
}
/** 解锁公益捐赠预算: response body */
export interface PostV3FundAppMchTransferPartnerCharityBudgetUnlockData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商户预算单号 */ out_budget_no: string;
 /** 微信支付预算单号 */ budget_id: string;
 /** 预算总金额 */ amount: number;
 /** 出资商户号 */ sponsor_mchid: string;
 /** 活动名称 */ activity_name: string;
 /** 活动说明 */ activity_remark: string;
 /** 预算单状态 */ state: "FINISHED";
 /** 撤销说明 */ unlock_remark: string;
 /** 资金锁定时间 */ locked_time: string;
 /** 完成时间 */ finished_time: string;
 /** 解锁金额 */ unlocked_amount?: number;
}

/** 发起公益捐赠: request body */
export interface PostV3FundAppMchTransferPartnerCharityTransferBillsBody {
 /** 商户预算单号 @example budget202506300102 */ out_budget_no: string;
 /** 商户公益捐赠单号 @example trans202506300102 */ out_transfer_no: string;
 /** 关联的交易单号 */ transaction_info?: {
  /** 订单类型 @example WXPAY */ transaction_type: "WXPAY";
  /** 订单号 @example 4217752501201407033233368018 */ transaction_id: string;
 };
 /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
 /** 收款商户号 @example 1900001109 */ receive_mchid: string;
 /** 预算总金额 @example 20000000 */ amount: number;
 /** 捐赠备注 @example 帮助受助群体爱心捐款 */ transfer_remark: string;
}
/** 发起公益捐赠: options */
export interface PostV3FundAppMchTransferPartnerCharityTransferBillsOptions extends CallOptions {
 json: PostV3FundAppMchTransferPartnerCharityTransferBillsBody;
}
/** 发起公益捐赠: response body */
export interface PostV3FundAppMchTransferPartnerCharityTransferBillsData extends PostV3FundAppMchTransferPartnerCharityTransferBillsDataFields {}

/** 商户单号查询公益捐赠详情: options */
export interface GetV3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoOptions extends CallOptions {
 /** 商户公益捐赠单号 @example trans202506300102 */ out_transfer_no: string;
 query: {
  /** 出资商户号 @example 1900001109 */ sponsor_mchid: string;
  /** 商户预算单号 @example budget202506030102 */ out_budget_no: string;
 };
}
/** 商户单号查询公益捐赠详情: response body */
export interface GetV3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoData extends PostV3FundAppMchTransferPartnerCharityTransferBillsDataFields {}

/** 申请单笔转账电子回单: request body */
export interface PostV3FundAppMchTransferPartnerElectronicReceiptsBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 /** 商户转账单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 申请单笔转账电子回单: options */
export interface PostV3FundAppMchTransferPartnerElectronicReceiptsOptions extends CallOptions {
 json: PostV3FundAppMchTransferPartnerElectronicReceiptsBody;
}
/** 申请单笔转账电子回单: response body */
export interface PostV3FundAppMchTransferPartnerElectronicReceiptsData extends PostV3FundAppMchTransferPartnerElectronicReceiptsDataFields {}

/** 查询单笔转账电子回单: options */
export interface GetV3FundAppMchTransferPartnerElectronicReceiptsOptions extends CallOptions {
 /** 商户转账单号 @example plfk2020042013 */ out_bill_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 查询单笔转账电子回单: response body */
export interface GetV3FundAppMchTransferPartnerElectronicReceiptsData extends PostV3FundAppMchTransferPartnerElectronicReceiptsDataFields {}

/** 申请子商户商家转账授权: request body */
export interface PostV3FundAppMchTransferPartnerSubMchAuthorizationsBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 /** 商户申请单号 @example apply2020042013 */ out_apply_no: string;
}
/** 申请子商户商家转账授权: options */
export interface PostV3FundAppMchTransferPartnerSubMchAuthorizationsOptions extends CallOptions {
 json: PostV3FundAppMchTransferPartnerSubMchAuthorizationsBody;
}
/** 申请子商户商家转账授权: response body */
export interface PostV3FundAppMchTransferPartnerSubMchAuthorizationsData extends ApplyOrder {}

/** 查询子商户商家转账授权状态: options */
export interface GetV3FundAppMchTransferPartnerSubMchAuthorizationsOptions extends CallOptions {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
}
/** 查询子商户商家转账授权状态: response body */
export interface GetV3FundAppMchTransferPartnerSubMchAuthorizationsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 授权状态 */ state: "AUTHORIZED" | "UNAUTHORIZED" | "CANCELED";
 /** 授权申请单 */ apply_order?: ApplyOrder;
 /** 授权时间 */ authorization_time?: string;
 /** 解除授权时间 */ cancel_authorization_time?: string;
}

/** 发起转账: request body */
export interface PostV3FundAppMchTransferPartnerTransferBillsBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
}
/** 发起转账: options */
export interface PostV3FundAppMchTransferPartnerTransferBillsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferPartnerTransferBillsBody;
}
/** 发起转账: response body */
export interface PostV3FundAppMchTransferPartnerTransferBillsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据创建时间 */ create_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 商户单号查询转账单: options */
export interface GetV3FundAppMchTransferPartnerTransferBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 商户单号查询转账单: response body */
export interface GetV3FundAppMchTransferPartnerTransferBillsOutBillNoData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户号 */ mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 商家转账订单号 */ transfer_bill_no: string;
 /** 商户AppID */ appid: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time: string;
 /** 最后一次状态变更时间 */ update_time: string;
}

/** 撤销转账: request body */
export interface PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
}
/** 撤销转账: options */
export interface PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 json: PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelBody;
}
/** 撤销转账: response body */
export interface PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 转账金额 */ transfer_amount?: number;
 /** 转账备注 */ transfer_remark?: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time?: string;
 /** 最后一次单据状态变更时间 */ update_time: string;
}

/** 发起转账并完成自动收款授权: request body */
export interface PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
 /** 自动收款授权信息 */ authorization_info?: AuthorizationInfo;
}
/** 发起转账并完成自动收款授权: options */
export interface PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationBody;
}
/** 发起转账并完成自动收款授权: response body */
export interface PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据创建时间 */ create_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 转账（用户自动收款）: request body */
export interface PostV3FundAppMchTransferPartnerTransferBillsTransferBody {
 /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
 /** 微信自动收款授权单号 @example 201202504101000123456789012 */ authorization_id: string;
}
/** 转账（用户自动收款）: options */
export interface PostV3FundAppMchTransferPartnerTransferBillsTransferOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferPartnerTransferBillsTransferBody;
}
/** 转账（用户自动收款）: response body */
export interface PostV3FundAppMchTransferPartnerTransferBillsTransferData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户号 */ mchid?: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 商户AppID */ appid?: string;
 /** 单据状态 */ state: "ACCEPTED" | "SUCCESS";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time: string;
 /** 最后一次状态变更时间 */ update_time?: string;
}

/** 申请免确认收款授权: request body */
export interface PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsBody {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
 /** 商户AppID @example 102022609 */ appid: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 用户展示名称 @example wx_123456 */ user_display_name: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 授权结果通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
}
/** 申请免确认收款授权: options */
export interface PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsOptions extends CallOptions {
 json: PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsBody;
}
/** 申请免确认收款授权: response body */
export interface PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 单据状态 */ state: "WAIT_USER_CONFIRM";
 /** 单据创建时间 */ create_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 商户单号查询自动收款授权: options */
export interface GetV3FundAppMchTransferPartnerUserConfirmAuthorizationsOptions extends CallOptions {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
}
/** 商户单号查询自动收款授权: response body */
export interface GetV3FundAppMchTransferPartnerUserConfirmAuthorizationsData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 商户AppID */ appid: string;
 /** 收款用户OpenID */ openid: string;
 /** 用户展示名称 */ user_display_name: string;
 /** 微信自动收款授权单号 */ authorization_id: string;
 /** 单据状态 */ state: "TAKING_EFFECT" | "CLOSED" | "WAIT_USER_CONFIRM";
 /** 用户确认授权的时间 */ authorize_time: string;
 /** 自动收款授权的关闭信息 */ close_info?: {
  /** 关闭时间 */ close_time: string;
  /** 自动收款授权的原因 */ close_reason: "CLOSE_VIA_MCH_API" | "USER_CLOSE";
 };
 /** 转账场景ID */ transfer_scene_id?: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 用户收款感知 */ user_recv_perception?: string;
 /** 单据创建时间 */ create_time?: string;
}

/** 解除免确认收款授权: options */
export interface PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseOptions extends CallOptions {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
}
/** 解除免确认收款授权: response body */
export interface PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 商户AppID */ appid: string;
 /** 收款用户OpenID */ openid: string;
 /** 用户展示名称 */ user_display_name: string;
 /** 微信自动收款授权单号 */ authorization_id: string;
 /** 单据状态 */ state: "CLOSED";
 /** 用户确认授权的时间 */ authorize_time: string;
 /** 自动收款授权的关闭信息 */ close_info?: {
  /** 关闭时间 */ close_time: string;
  /** 自动收款授权的原因 */ close_reason: "CLOSE_VIA_MCH_API";
 };
 /** 转账场景ID */ transfer_scene_id?: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 用户收款感知 */ user_recv_perception?: string;
 /** 单据创建时间 */ create_time?: string;
}

/** 发起转账: request body */
export interface PostV3FundAppMchTransferTransferBillsBody {
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
 /** 用户收款样式 */ user_recv_style?: {
  /** 用户收款样式类型 */ type: "CONFIRM_PAGE" | "RED_PACKET";
 };
}
/** 发起转账: options */
export interface PostV3FundAppMchTransferTransferBillsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferTransferBillsBody;
}
/** 发起转账: response body */
export interface PostV3FundAppMchTransferTransferBillsData {
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据创建时间 */ create_time: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 失败原因 */ fail_reason?: string;
 /** 跳转领取页面的package信息 */ package_info?: string;
}

/** 商户单号查询转账单: options */
export interface GetV3FundAppMchTransferTransferBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 商户单号查询转账单: response body */
export interface GetV3FundAppMchTransferTransferBillsOutBillNoData extends GetV3FundAppMchTransferTransferBillsOutBillNoDataFields {}

/** 撤销转账: options */
export interface PostV3FundAppMchTransferTransferBillsOutBillNoCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 撤销转账: response body */
export interface PostV3FundAppMchTransferTransferBillsOutBillNoCancelData {
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据状态 */ state: "CANCELING" | "CANCELLED";
 /** 最后一次单据状态变更时间 */ update_time: string;
}

/** 发起转账并完成自动收款授权: request body */
export interface PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationBody {
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
 /** 自动收款授权信息 */ authorization_info?: AuthorizationInfo;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
}
/** 发起转账并完成自动收款授权: options */
export interface PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationBody;
}
/** 发起转账并完成自动收款授权: response body */
export interface PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationData {
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 单据创建时间 */ create_time: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "CANCELING";
 /** 跳转领取页面的package信息 */ package_info?: string;
 /** 用户展示名称 */ user_display_name?: string;
 /** 商户侧授权单号 */ out_authorization_no?: string;
}

/** 用户授权后转账: request body */
export interface PostV3FundAppMchTransferTransferBillsTransferBody {
 /** 商户AppID @example wxf636efh567hg4356 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
 /** 微信免确认收款授权单号 @example 201202504101000123456789012 */ authorization_id?: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no?: string;
}
/** 用户授权后转账: options */
export interface PostV3FundAppMchTransferTransferBillsTransferOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferTransferBillsTransferBody;
}
/** 用户授权后转账: response body */
export interface PostV3FundAppMchTransferTransferBillsTransferData {
 /** 商户号 */ mch_id: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** 商户AppID */ appid?: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "TRANSFERING" | "SUCCESS";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time: string;
 /** 最后一次状态变更时间 */ update_time?: string;
}

/** 微信转账单号查询转账单: options */
export interface GetV3FundAppMchTransferTransferBillsTransferBillNoOptions extends CallOptions {
 /** 微信转账单号 @example 1330000071100999991182020050700019480001 */ transfer_bill_no: string;
}
/** 微信转账单号查询转账单: response body */
export interface GetV3FundAppMchTransferTransferBillsTransferBillNoData extends GetV3FundAppMchTransferTransferBillsOutBillNoDataFields {}

/** 发起转账到QQ钱包: request body */
export interface PostV3FundAppMchTransferTransferToQqWalletBillsBody {
 /** QQ互联开放平台AppID @example 102022609 */ appid: string;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 收款用户QQ号 @example 490379403 */ user_qq?: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name?: string;
 /** 转账金额 @example 400000 */ transfer_amount: number;
 /** 转账备注 @example 2020年4月报销 */ transfer_remark: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 转账场景ID @example 1401 */ transfer_scene_id: "1401";
 /** 转账场景报备信息 */ transfer_scene_report_infos: TransferSceneReportInfos[];
}
/** 发起转账到QQ钱包: options */
export interface PostV3FundAppMchTransferTransferToQqWalletBillsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3FundAppMchTransferTransferToQqWalletBillsBody;
}
/** 发起转账到QQ钱包: response body */
export interface PostV3FundAppMchTransferTransferToQqWalletBillsData extends PostV3FundAppMchTransferTransferToQqWalletBillsDataFields {}

/** 查询转账到QQ钱包的结果: options */
export interface GetV3FundAppMchTransferTransferToQqWalletBillsOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 查询转账到QQ钱包的结果: response body */
export interface GetV3FundAppMchTransferTransferToQqWalletBillsData extends PostV3FundAppMchTransferTransferToQqWalletBillsDataFields {}

/** 撤销转账到QQ钱包: options */
export interface PostV3FundAppMchTransferTransferToQqWalletBillsCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 撤销转账到QQ钱包: response body */
export interface PostV3FundAppMchTransferTransferToQqWalletBillsCancelData {
 /** 商户号 */ mchid?: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** QQ互联开放平台AppID */ appid?: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 转账金额 */ transfer_amount?: number;
 /** 转账备注 */ transfer_remark?: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户QQ号 */ user_qq?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time?: string;
 /** 最后一次状态变更时间 */ update_time: string;
}

/** 申请免确认收款授权: request body */
export interface PostV3FundAppMchTransferUserConfirmAuthorizationBody {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
 /** 商户AppID @example 102022609 */ appid: string;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: "1000" | "1002" | "1004" | "1005" | "1009" | "1010" | "1011" | "1013";
 /** 用户展示名称 @example wx_123456 */ user_display_name: string;
 /** 用户收款感知 @example 现金奖励 */ user_recv_perception?: string;
 /** 授权结果通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ authorization_notify_url: string;
 /** 场景信息 */ scene_info?: {
  /** 用户终端IP @example 113.84.136.9 */ client_ip?: string;
  /** 用户设备ID @example 8d67f169fe104008cd20b72573a0c8c9 */ device_id?: string;
  /** 用户设备类型 @example IOS */ device_type?: "IOS" | "ANDROID" | "HARMONY" | "OTHER";
 };
}
/** 申请免确认收款授权: options */
export interface PostV3FundAppMchTransferUserConfirmAuthorizationOptions extends CallOptions {
 json: PostV3FundAppMchTransferUserConfirmAuthorizationBody;
}
/** 申请免确认收款授权: response body */
export interface PostV3FundAppMchTransferUserConfirmAuthorizationData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 单据状态 */ state: "WAIT_USER_CONFIRM";
 /** 单据创建时间 */ create_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 商户单号查询自动收款授权: options */
export interface GetV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoOptions extends CallOptions {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
 query?: {
  /** 是否展示用户授权信息 @example true */ is_display_authorization?: boolean;
 };
}
/** 商户单号查询自动收款授权: response body */
export interface GetV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 商户AppID */ appid: string;
 /** 收款用户OpenID */ openid: string;
 /** 用户展示名称 */ user_display_name: string;
 /** 微信自动收款授权单号 */ authorization_id?: string;
 /** 单据状态 */ state: "TAKING_EFFECT" | "CLOSED" | "WAIT_USER_CONFIRM";
 /** 用户确认授权的时间 */ authorize_time?: string;
 /** 自动收款授权的关闭信息 */ close_info?: {
  /** 关闭时间 */ close_time: string;
  /** 自动收款授权的原因 */ close_reason: "CLOSE_VIA_MCH_API" | "USER_CLOSE" | "USER_OVERDUE_UNCONFIRMED" | "TRANSFER_RISK" | "USER_ACCOUNT_ABNORMAL";
 };
 /** 转账场景ID */ transfer_scene_id?: string;
 /** 用户收款感知 */ user_recv_perception?: string;
 /** 单据创建时间 */ create_time?: string;
 /** 跳转领取页面的package信息 */ package_info?: string;
}

/** 解除免确认收款授权: options */
export interface PostV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseOptions extends CallOptions {
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
}
/** 解除免确认收款授权: response body */
export interface PostV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseData {
 /** 商户侧授权单号 */ out_authorization_no: string;
 /** 商户AppID */ appid: string;
 /** 收款用户OpenID */ openid: string;
 /** 用户展示名称 */ user_display_name: string;
 /** 微信自动收款授权单号 */ authorization_id?: string;
 /** 单据状态 */ state: "CLOSED";
 /** 用户确认授权的时间 */ authorize_time?: string;
 /** 自动收款授权的关闭信息 */ close_info?: {
  /** 关闭时间 */ close_time: string;
  /** 自动收款授权的原因 */ close_reason: "CLOSE_VIA_MCH_API";
 };
 /** 转账场景ID */ transfer_scene_id?: string;
 /** 用户收款感知 */ user_recv_perception?: string;
 /** 单据创建时间 */ create_time?: string;
}

export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesDataFields {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 微信支付品牌红包批次单号 */ batch_no: string;
 /** 商家品牌红包批次单号 */ out_batch_no: string;
 /** 品牌ID */ brand_id?: number;
 /** 品牌红包模板ID */ template_id?: string;
 /** 品牌AppID */ brand_appid?: string;
 /** 批次单状态 */ batch_state: "WAIT_PAY" | "ACCEPTED" | "PROCESSING" | "FINISHED" | "CLOSED";
 /** 品牌红包批次名称 */ batch_name: string;
 /** 品牌红包批次备注 */ batch_remark: string;
 /** 品牌红包批次单关闭原因 */ close_reason?: "MERCHANT_REVOCATION" | "SYSTEM_OVERDUE_CLOSE";
 /** 总金额 */ total_amount: number;
 /** 总笔数 */ total_num: number;
 /** 品牌红包批次创建时间 */ create_time: string;
 /** 品牌红包批次更新时间 */ update_time?: string;
 /** 发放成功金额 */ success_amount: number;
 /** 发放成功笔数 */ success_num: number;
 /** 发放失败金额 */ fail_amount: number;
 /** 发放失败笔数 */ fail_num: number;
 /** 品牌红包明细列表 */ detail_list?: Array<{
  /** 微信支付品牌红包明细单号 */ transfer_detail_no: string;
  /** 商家品牌红包明细单号 */ out_detail_no: string;
  /** 品牌红包明细单状态 */ detail_state: "DETAIL_INIT" | "DETAIL_WAIT_PAY" | "DETAIL_PROCESSING" | "DETAIL_SUCCESS" | "DETAIL_FAIL";
 }>;
}

export interface GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsDataFields {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 商家品牌红包批次单号 */ out_batch_no: string;
 /** 微信支付品牌红包批次单号 */ batch_no: string;
 /** 商家品牌红包明细单号 */ out_detail_no: string;
 /** 微信支付品牌红包明细单号 */ detail_no: string;
 /** 品牌红包明细单状态 */ detail_state: "DETAIL_INIT" | "DETAIL_WAIT_PAY" | "DETAIL_PROCESSING" | "DETAIL_SUCCESS" | "DETAIL_FAIL";
 /** 红包金额 */ amount: number;
 /** 红包备注 */ remark: string;
 /** 失败原因 */ fail_reason?: "ACCOUNT_FROZEN" | "REAL_NAME_CHECK_FAIL" | "NAME_NOT_CORRECT" | "OPENID_INVALID" | "TRANSFER_QUOTA_EXCEED" | "DAY_RECEIVED_QUOTA_EXCEED" | "DAY_RECEIVED_COUNT_EXCEED" | "PRODUCT_AUTH_CHECK_FAIL" | "OVERDUE_CLOSE" | "ACCOUNT_NOT_EXIST" | "TRANSFER_RISK" | "USER_ACCOUNT_LIMIT" | "FAIL_REASON_UNKNOWN" | "PAYER_ACCOUNT_ABNORMAL" | "PAYEE_ACCOUNT_ABNORMAL" | "USER_RECEIVE_OVERDUE" | "REMARK_NOT_CORRECT" | "MERCHANT_REJECT" | "MERCHANT_NOT_CONFIRM" | "BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH";
 /** 接收红包用户OpenID */ openid: string;
 /** 接收红包用户姓名 */ user_name?: string;
 /** 品牌红包发起时间 */ initiate_time?: string;
 /** 品牌红包更新时间 */ update_time: string;
 /** 品牌ID */ brand_id: number;
 /** 品牌红包模板ID */ template_id: string;
 /** 品牌AppID */ brand_appid?: string;
}

export interface GetV3FundAppMchTransferElecsignOutBillNoDataFields {
 /** 申请单状态 */ state: "GENERATING" | "FINISHED" | "FAILED";
 /** 申请单创建时间 */ create_time: string;
 /** 申请单更新时间 */ update_time: string;
 /** 回单文件摘要类型 */ hash_type?: "SHA256" | "SM3";
 /** 回单文件摘要值 */ hash_value?: string;
 /** 回单文件下载地址 */ download_url?: string;
 /** 失败原因 */ fail_reason?: string;
}

export interface GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsDataFields {
 /** 商户预算单号 */ out_budget_no: string;
 /** 开始日期 */ start_date: string;
 /** 结束日期 */ end_date: string;
 /** 出资商户号 */ sponsor_mchid: string;
 /** 收款商户号 */ receiver_mchid?: string;
 /** 电子回单状态 */ receipt_state: "ACCEPTED" | "FINISHED";
 /** 受理凭证 */ accept_id: string;
 /** 电子回单文件的hash方法 */ hash_type?: "SHA256" | "SM3";
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单下载地址 */ download_url?: string;
}

export interface PostV3FundAppMchTransferPartnerCharityBudgetDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商户预算单号 */ out_budget_no: string;
 /** 微信支付预算单号 */ budget_id: string;
 /** 预算总金额 */ amount: number;
 /** 出资商户号 */ sponsor_mchid: string;
 /** 活动名称 */ activity_name: string;
 /** 活动说明 */ activity_remark: string;
 /** 预算单状态 */ state?: "PENDING" | "LOCKED" | "FINISHED" | "CLOSED";
 /** 确认出资页面地址 */ confirm_url?: string;
 /** 商户号超管微信号掩码 */ super_admin_wxid_mask?: string;
 /** 剩余预算金额 */ remain_amount?: number;
 /** 撤销说明 */ unlock_remark?: string;
 /** 资金锁定时间 */ locked_time?: string;
 /** 完成时间 */ finished_time?: string;
 /** 关闭时间 */ closed_time?: string;
}

export interface PostV3FundAppMchTransferPartnerCharityTransferBillsDataFields {
 /** 商户预算单号 */ out_budget_no: string;
 /** 微信支付预算单号 */ budget_id: string;
 /** 商户公益捐赠单号 */ out_transfer_no: string;
 /** 微信支付公益捐赠单号 */ transfer_id: string;
 /** 预算总金额 */ amount: number;
 /** 捐赠备注 */ transfer_remark: string;
 /** 收款商户号 */ receive_mchid: string;
 /** 捐赠状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSE";
 /** 捐赠单创建时间 */ create_time: string;
 /** 捐赠完成时间 */ success_time?: string;
}

export interface PostV3FundAppMchTransferPartnerElectronicReceiptsDataFields {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户转账单号 */ out_bill_no: string;
 /** 申请单状态 */ state: "GENERATING" | "FINISHED";
 /** 申请单创建时间 */ create_time: string;
 /** 申请单更新时间 */ update_time?: string;
 /** 回单文件摘要类型 */ hash_type?: "SM3";
 /** 回单文件摘要值 */ hash_value?: string;
 /** 回单文件下载地址 */ download_url?: string;
}

export interface ApplyOrder {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户申请单号 */ out_apply_no: string;
 /** 授权申请单状态 */ state: "INVITED" | "PASSED" | "REJECTED" | "EXPIRED";
 /** 授权申请受理时间 */ accept_time: string;
 /** 最后一次状态变更时间 */ update_time: string;
}

export interface TransferSceneReportInfos {
 /** 信息类型 @example 活动名称 */ info_type: string;
 /** 信息内容 @example 注册会员有礼 */ info_content: string;
}

export interface AuthorizationInfo {
 /** 用户展示名称 @example wx_123456 */ user_display_name: string;
 /** 商户侧授权单号 @example plfk2020042013 */ out_authorization_no: string;
 /** 自动收款授权结果通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ authorization_notify_url: string;
}

export interface GetV3FundAppMchTransferTransferBillsOutBillNoDataFields {
 /** 商户号 */ mch_id: string;
 /** 商户单号 */ out_bill_no: string;
 /** 商家转账订单号 */ transfer_bill_no: string;
 /** 商户AppID */ appid: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 单据创建时间 */ create_time: string;
 /** 最后一次状态变更时间 */ update_time: string;
}

export interface PostV3FundAppMchTransferTransferToQqWalletBillsDataFields {
 /** 商户号 */ mchid: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信转账单号 */ transfer_bill_no: string;
 /** QQ互联开放平台AppID */ appid?: string;
 /** 单据状态 */ state: "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款用户QQ号 */ user_qq?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 失败原因 */ fail_reason?: string;
 /** 单据创建时间 */ create_time: string;
 /** 最后一次状态变更时间 */ update_time?: string;
}

export interface V3FundAppNode {
 brandRedpacket: Open<V3FundAppBrandRedpacketNode>;
 mchTransfer: Open<V3FundAppMchTransferNode>;
 chain: ChainFrom<"v3/fund-app">;
}

export interface V3FundAppBrandRedpacketNode {
 brandMerchantBatches: Open<V3FundAppBrandRedpacketBrandMerchantBatchesNode>;
 brandMerchantOutBatches: Open<V3FundAppBrandRedpacketBrandMerchantOutBatchesNode>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket">;
}

export interface V3FundAppBrandRedpacketBrandMerchantBatchesNode {
 /** 品牌商户发放红包 `POST /v3/fund-app/brand-redpacket/brand-merchant-batches` */
 post: Verb<PostV3FundAppBrandRedpacketBrandMerchantBatchesOptions, PostV3FundAppBrandRedpacketBrandMerchantBatchesData>;
 $batch_no$: Open<V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Node>;
 _batch_no_: Open<V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Node>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-batches">;
}

export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Node {
 /** 微信支付批次单号查询批次单 `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}` */
 get: Verb<GetV3FundAppBrandRedpacketBrandMerchantBatchesOptions, GetV3FundAppBrandRedpacketBrandMerchantBatchesData>;
 details: Open<V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_DetailsNode>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}">;
}

export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_DetailsNode {
 $detail_no$: Open<V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_Node>;
 _detail_no_: Open<V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_Node>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details">;
}

export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_Node {
 /** 商家明细单号查询明细单 `GET /v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}` */
 get: Verb<GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsOptions, GetV3FundAppBrandRedpacketBrandMerchantBatchesDetailsData>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}">;
}

export interface V3FundAppBrandRedpacketBrandMerchantOutBatchesNode {
 $out_batch_no$: Open<V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_Node>;
 _out_batch_no_: Open<V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_Node>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-out-batches">;
}

export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_Node {
 /** 商家批次单号查询批次单 `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}` */
 get: Verb<GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOptions, GetV3FundAppBrandRedpacketBrandMerchantOutBatchesData>;
 outDetails: Open<V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetailsNode>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}">;
}

export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetailsNode {
 $out_detail_no$: Open<V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_Node>;
 _out_detail_no_: Open<V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_Node>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details">;
}

export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_Node {
 /** 商家明细单号查询明细单 `GET /v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}` */
 get: Verb<GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOutDetailsOptions, GetV3FundAppBrandRedpacketBrandMerchantOutBatchesOutDetailsData>;
 chain: ChainFrom<"v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}">;
}

export interface V3FundAppMchTransferNode {
 elecsign: Open<V3FundAppMchTransferElecsignNode>;
 partner: Open<V3FundAppMchTransferPartnerNode>;
 transferBills: Open<V3FundAppMchTransferTransferBillsNode>;
 transferToQqWalletBills: Open<V3FundAppMchTransferTransferToQqWalletBillsNode>;
 userConfirmAuthorization: Open<V3FundAppMchTransferUserConfirmAuthorizationNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer">;
}

export interface V3FundAppMchTransferElecsignNode {
 outBillNo: Open<V3FundAppMchTransferElecsignOutBillNoNode>;
 transferBillNo: Open<V3FundAppMchTransferElecsignTransferBillNoNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/elecsign">;
}

export interface V3FundAppMchTransferElecsignOutBillNoNode {
 /**
  * 商户单号申请电子回单 `POST /v3/fund-app/mch-transfer/elecsign/out-bill-no`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-out-no.html
  */
 post: Verb<PostV3FundAppMchTransferElecsignOutBillNoOptions, PostV3FundAppMchTransferElecsignOutBillNoData>;
 $out_bill_no$: Open<V3FundAppMchTransferElecsignOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3FundAppMchTransferElecsignOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/elecsign/out-bill-no">;
}

export interface V3FundAppMchTransferElecsignOutBillNo_out_bill_no_Node {
 /**
  * 商户单号查询电子回单 `GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-out-no.html
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716436
  */
 get: Verb<GetV3FundAppMchTransferElecsignOutBillNoOptions, GetV3FundAppMchTransferElecsignOutBillNoData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}">;
}

export interface V3FundAppMchTransferElecsignTransferBillNoNode {
 /**
  * 微信单号申请电子回单 `POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-no.html
  */
 post: Verb<PostV3FundAppMchTransferElecsignTransferBillNoOptions, PostV3FundAppMchTransferElecsignTransferBillNoData>;
 $transfer_bill_no$: Open<V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_Node>;
 _transfer_bill_no_: Open<V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/elecsign/transfer-bill-no">;
}

export interface V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_Node {
 /**
  * 微信单号查询电子回单 `GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-no.html
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716455
  */
 get: Verb<GetV3FundAppMchTransferElecsignTransferBillNoOptions, GetV3FundAppMchTransferElecsignTransferBillNoData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}">;
}

export interface V3FundAppMchTransferPartnerNode {
 budget: Open<V3FundAppMchTransferPartnerBudgetNode>;
 charityBudget: Open<V3FundAppMchTransferPartnerCharityBudgetNode>;
 charityTransferBills: Open<V3FundAppMchTransferPartnerCharityTransferBillsNode>;
 electronicReceipts: Open<V3FundAppMchTransferPartnerElectronicReceiptsNode>;
 subMchAuthorizations: Open<V3FundAppMchTransferPartnerSubMchAuthorizationsNode>;
 transferBills: Open<V3FundAppMchTransferPartnerTransferBillsNode>;
 userConfirmAuthorizations: Open<V3FundAppMchTransferPartnerUserConfirmAuthorizationsNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner">;
}

export interface V3FundAppMchTransferPartnerBudgetNode {
 $out_budget_no$: Open<V3FundAppMchTransferPartnerBudget_out_budget_no_Node>;
 _out_budget_no_: Open<V3FundAppMchTransferPartnerBudget_out_budget_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/budget">;
}

export interface V3FundAppMchTransferPartnerBudget_out_budget_no_Node {
 electronicReceipts: Open<V3FundAppMchTransferPartnerBudgetElectronicReceiptsNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/budget/{out_budget_no}">;
}

export interface V3FundAppMchTransferPartnerBudgetElectronicReceiptsNode {
 /** 查询预算出资的电子回单 `GET /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts` */
 get: Verb<GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsOptions, GetV3FundAppMchTransferPartnerBudgetElectronicReceiptsData>;
 /** 申请预算出资的电子回单 `POST /v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts` */
 post: Verb<PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsOptions, PostV3FundAppMchTransferPartnerBudgetElectronicReceiptsData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts">;
}

export interface V3FundAppMchTransferPartnerCharityBudgetNode {
 /** 申请公益捐赠预算 `POST /v3/fund-app/mch-transfer/partner/charity-budget` */
 post: Verb<PostV3FundAppMchTransferPartnerCharityBudgetOptions, PostV3FundAppMchTransferPartnerCharityBudgetData>;
 $out_budget_no$: Open<V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Node>;
 _out_budget_no_: Open<V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-budget">;
}

export interface V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Node {
 /** 商户单号查询公益捐赠预算详情 `GET /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}` */
 get: Verb<GetV3FundAppMchTransferPartnerCharityBudgetOptions, GetV3FundAppMchTransferPartnerCharityBudgetData>;
 unlock: Open<V3FundAppMchTransferPartnerCharityBudgetUnlockNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}">;
}

export interface V3FundAppMchTransferPartnerCharityBudgetUnlockNode {
 /** 解锁公益捐赠预算 `POST /v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock` */
 post: Verb<PostV3FundAppMchTransferPartnerCharityBudgetUnlockOptions, PostV3FundAppMchTransferPartnerCharityBudgetUnlockData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock">;
}

export interface V3FundAppMchTransferPartnerCharityTransferBillsNode {
 /** 发起公益捐赠 `POST /v3/fund-app/mch-transfer/partner/charity-transfer-bills` */
 post: Verb<PostV3FundAppMchTransferPartnerCharityTransferBillsOptions, PostV3FundAppMchTransferPartnerCharityTransferBillsData>;
 outTransferNo: Open<V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-transfer-bills">;
}

export interface V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoNode {
 $out_transfer_no$: Open<V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_Node>;
 _out_transfer_no_: Open<V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no">;
}

export interface V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_Node {
 /** 商户单号查询公益捐赠详情 `GET /v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}` */
 get: Verb<GetV3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoOptions, GetV3FundAppMchTransferPartnerCharityTransferBillsOutTransferNoData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}">;
}

export interface V3FundAppMchTransferPartnerElectronicReceiptsNode {
 /** 申请单笔转账电子回单 `POST /v3/fund-app/mch-transfer/partner/electronic-receipts` */
 post: Verb<PostV3FundAppMchTransferPartnerElectronicReceiptsOptions, PostV3FundAppMchTransferPartnerElectronicReceiptsData>;
 $out_bill_no$: Open<V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_Node>;
 _out_bill_no_: Open<V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/electronic-receipts">;
}

export interface V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_Node {
 /** 查询单笔转账电子回单 `GET /v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}` */
 get: Verb<GetV3FundAppMchTransferPartnerElectronicReceiptsOptions, GetV3FundAppMchTransferPartnerElectronicReceiptsData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}">;
}

export interface V3FundAppMchTransferPartnerSubMchAuthorizationsNode {
 /** 申请子商户商家转账授权 `POST /v3/fund-app/mch-transfer/partner/sub-mch-authorizations` */
 post: Verb<PostV3FundAppMchTransferPartnerSubMchAuthorizationsOptions, PostV3FundAppMchTransferPartnerSubMchAuthorizationsData>;
 $sub_mchid$: Open<V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_Node>;
 _sub_mchid_: Open<V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/sub-mch-authorizations">;
}

export interface V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_Node {
 /** 查询子商户商家转账授权状态 `GET /v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}` */
 get: Verb<GetV3FundAppMchTransferPartnerSubMchAuthorizationsOptions, GetV3FundAppMchTransferPartnerSubMchAuthorizationsData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}">;
}

export interface V3FundAppMchTransferPartnerTransferBillsNode {
 /** 发起转账 `POST /v3/fund-app/mch-transfer/partner/transfer-bills` */
 post: Verb<PostV3FundAppMchTransferPartnerTransferBillsOptions, PostV3FundAppMchTransferPartnerTransferBillsData>;
 outBillNo: Open<V3FundAppMchTransferPartnerTransferBillsOutBillNoNode>;
 preTransferWithAuthorization: Open<V3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationNode>;
 transfer: Open<V3FundAppMchTransferPartnerTransferBillsTransferNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills">;
}

export interface V3FundAppMchTransferPartnerTransferBillsOutBillNoNode {
 $out_bill_no$: Open<V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no">;
}

export interface V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Node {
 /** 商户单号查询转账单 `GET /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}` */
 get: Verb<GetV3FundAppMchTransferPartnerTransferBillsOutBillNoOptions, GetV3FundAppMchTransferPartnerTransferBillsOutBillNoData>;
 cancel: Open<V3FundAppMchTransferPartnerTransferBillsOutBillNoCancelNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}">;
}

export interface V3FundAppMchTransferPartnerTransferBillsOutBillNoCancelNode {
 /** 撤销转账 `POST /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel` */
 post: Verb<PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelOptions, PostV3FundAppMchTransferPartnerTransferBillsOutBillNoCancelData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel">;
}

export interface V3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationNode {
 /** 发起转账并完成自动收款授权 `POST /v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization` */
 post: Verb<PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationOptions, PostV3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorizationData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization">;
}

export interface V3FundAppMchTransferPartnerTransferBillsTransferNode {
 /** 转账（用户自动收款） `POST /v3/fund-app/mch-transfer/partner/transfer-bills/transfer` */
 post: Verb<PostV3FundAppMchTransferPartnerTransferBillsTransferOptions, PostV3FundAppMchTransferPartnerTransferBillsTransferData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/transfer-bills/transfer">;
}

export interface V3FundAppMchTransferPartnerUserConfirmAuthorizationsNode {
 /** 申请免确认收款授权 `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations` */
 post: Verb<PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsOptions, PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsData>;
 $out_authorization_no$: Open<V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Node>;
 _out_authorization_no_: Open<V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/user-confirm-authorizations">;
}

export interface V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Node {
 /** 商户单号查询自动收款授权 `GET /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}` */
 get: Verb<GetV3FundAppMchTransferPartnerUserConfirmAuthorizationsOptions, GetV3FundAppMchTransferPartnerUserConfirmAuthorizationsData>;
 close: Open<V3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}">;
}

export interface V3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseNode {
 /** 解除免确认收款授权 `POST /v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close` */
 post: Verb<PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseOptions, PostV3FundAppMchTransferPartnerUserConfirmAuthorizationsCloseData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close">;
}

export interface V3FundAppMchTransferTransferBillsNode {
 /**
  * 发起转账 `POST /v3/fund-app/mch-transfer/transfer-bills`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012716434
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/transfer-to-user.html
  */
 post: Verb<PostV3FundAppMchTransferTransferBillsOptions, PostV3FundAppMchTransferTransferBillsData>;
 outBillNo: Open<V3FundAppMchTransferTransferBillsOutBillNoNode>;
 preTransferWithAuthorization: Open<V3FundAppMchTransferTransferBillsPreTransferWithAuthorizationNode>;
 transfer: Open<V3FundAppMchTransferTransferBillsTransferNode>;
 transferBillNo: Open<V3FundAppMchTransferTransferBillsTransferBillNoNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills">;
}

export interface V3FundAppMchTransferTransferBillsOutBillNoNode {
 $out_bill_no$: Open<V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/out-bill-no">;
}

export interface V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Node {
 /**
  * 商户单号查询转账单 `GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-out-no.html
  */
 get: Verb<GetV3FundAppMchTransferTransferBillsOutBillNoOptions, GetV3FundAppMchTransferTransferBillsOutBillNoData>;
 cancel: Open<V3FundAppMchTransferTransferBillsOutBillNoCancelNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}">;
}

export interface V3FundAppMchTransferTransferBillsOutBillNoCancelNode {
 /**
  * 撤销转账 `POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/cancel-transfer.html
  */
 post: Verb<PostV3FundAppMchTransferTransferBillsOutBillNoCancelOptions, PostV3FundAppMchTransferTransferBillsOutBillNoCancelData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel">;
}

export interface V3FundAppMchTransferTransferBillsPreTransferWithAuthorizationNode {
 /** 发起转账并完成自动收款授权 `POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization` */
 post: Verb<PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationOptions, PostV3FundAppMchTransferTransferBillsPreTransferWithAuthorizationData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization">;
}

export interface V3FundAppMchTransferTransferBillsTransferNode {
 /** 用户授权后转账 `POST /v3/fund-app/mch-transfer/transfer-bills/transfer` */
 post: Verb<PostV3FundAppMchTransferTransferBillsTransferOptions, PostV3FundAppMchTransferTransferBillsTransferData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/transfer">;
}

export interface V3FundAppMchTransferTransferBillsTransferBillNoNode {
 $transfer_bill_no$: Open<V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node>;
 _transfer_bill_no_: Open<V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no">;
}

export interface V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_Node {
 /**
  * 微信转账单号查询转账单 `GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-no.html
  */
 get: Verb<GetV3FundAppMchTransferTransferBillsTransferBillNoOptions, GetV3FundAppMchTransferTransferBillsTransferBillNoData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}">;
}

export interface V3FundAppMchTransferTransferToQqWalletBillsNode {
 /** 发起转账到QQ钱包 `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills` */
 post: Verb<PostV3FundAppMchTransferTransferToQqWalletBillsOptions, PostV3FundAppMchTransferTransferToQqWalletBillsData>;
 $out_bill_no$: Open<V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Node>;
 _out_bill_no_: Open<V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills">;
}

export interface V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Node {
 /** 查询转账到QQ钱包的结果 `GET /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}` */
 get: Verb<GetV3FundAppMchTransferTransferToQqWalletBillsOptions, GetV3FundAppMchTransferTransferToQqWalletBillsData>;
 cancel: Open<V3FundAppMchTransferTransferToQqWalletBillsCancelNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}">;
}

export interface V3FundAppMchTransferTransferToQqWalletBillsCancelNode {
 /** 撤销转账到QQ钱包 `POST /v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel` */
 post: Verb<PostV3FundAppMchTransferTransferToQqWalletBillsCancelOptions, PostV3FundAppMchTransferTransferToQqWalletBillsCancelData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel">;
}

export interface V3FundAppMchTransferUserConfirmAuthorizationNode {
 /** 申请免确认收款授权 `POST /v3/fund-app/mch-transfer/user-confirm-authorization` */
 post: Verb<PostV3FundAppMchTransferUserConfirmAuthorizationOptions, PostV3FundAppMchTransferUserConfirmAuthorizationData>;
 outAuthorizationNo: Open<V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/user-confirm-authorization">;
}

export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoNode {
 $out_authorization_no$: Open<V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Node>;
 _out_authorization_no_: Open<V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Node>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no">;
}

export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Node {
 /** 商户单号查询自动收款授权 `GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}` */
 get: Verb<GetV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoOptions, GetV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoData>;
 close: Open<V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseNode>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}">;
}

export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseNode {
 /** 解除免确认收款授权 `POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close` */
 post: Verb<PostV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseOptions, PostV3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNoCloseData>;
 chain: ChainFrom<"v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close">;
}
