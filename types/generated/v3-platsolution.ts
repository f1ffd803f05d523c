// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请银行转账充值: request body */
export interface PostV3PlatsolutionEcommerceBankTransferRechargesApplyBody {
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
 /** 充值场景 @example ECOMMERCE_BANK_TRANSFER */ recharge_scene: string;
 /** 充值入账账户 @example BASIC */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 充值金额 */ recharge_amount: {
  /** 总金额 @example 500000 */ amount?: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
}
/** 申请银行转账充值: options */
export interface PostV3PlatsolutionEcommerceBankTransferRechargesApplyOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceBankTransferRechargesApplyBody;
}
/** 申请银行转账充值: response body */
export interface PostV3PlatsolutionEcommerceBankTransferRechargesApplyData {
 /** 微信支付充值单号 */ recharge_id: string;
 /** 商户充值单号 */ out_recharge_no: string;
 /** 银行账户 */ transfer_in_account: {
  /** 开户银行名称 */ bank_name?: string;
  /** 开户银行省市编码 */ bank_address_code?: string;
  /** 开户银行行号 */ bank_code?: string;
  /** 银行账户名称 */ bank_account_name?: string;
  /** 银行账号 */ bank_account_no?: string;
 };
}

/** 查询银行转账充值结果: options */
export interface GetV3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoOptions extends CallOptions {
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
}
/** 查询银行转账充值结果: response body */
export interface GetV3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoData {
 /** 充值商户号 */ mchid: string;
 /** 微信支付充值单号 */ recharge_id: string;
 /** 商户充值单号 */ out_recharge_no: string;
 /** 充值入账账户 */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 充值状态 */ recharge_state: "SUCCESS" | "RECHARGING" | "CLOSED";
 /** 充值场景 */ recharge_scene: "ECOMMERCE_BANK_TRANSFER";
 /** 充值状态描述 */ recharge_state_desc?: string;
 /** 充值金额 */ recharge_amount: {
  /** 总金额 */ amount?: number;
  /** 货币类型 */ currency?: string;
 };
 /** 转账充值的付款信息 */ bank_transfer_info?: {
  /** 转账充值附言 */ memo?: string;
  /** 银行转账退回时间 */ return_time?: string;
  /** 银行转账退回原因 */ return_reason?: string;
  /** 开户银行名称 */ bank_name?: string;
  /** 银行卡号后四位 */ bank_card_tail?: string;
 };
 /** 受理充值时间 */ accept_time?: string;
 /** 充值成功时间 */ success_time?: string;
 /** 关闭充值时间 */ close_time?: string;
}

/** 开通保险理赔功能: request body */
export interface PostV3PlatsolutionEcommerceInsuranceCompensationContractsBody {
 /** 商户申请单号 @example No123456 */ out_apply_no: string;
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 签约协议列表 */ agreement_list: Array<{
  /** 协议编号 @example 微信支付运营功能服务协议（平台二级商户） */ agreement_code: string;
  /** 协议版本号 @example 20240815 */ agreement_version: string;
  /** 签约主体 @example 温州名优贸易 */ sign_organization: string;
  /** 签约时间 @example 2024-08-08T10:34:56+08:00 */ sign_time: string;
 }>;
}
/** 开通保险理赔功能: options */
export interface PostV3PlatsolutionEcommerceInsuranceCompensationContractsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceInsuranceCompensationContractsBody;
}
/** 开通保险理赔功能: response body */
export interface PostV3PlatsolutionEcommerceInsuranceCompensationContractsData {
 /** 二级商户号 */ sub_mchid: string;
 /** 是否开通成功 */ opened: boolean;
 /** 成功时间 */ success_time?: string;
}

/** 查询保险理赔功能开通状态: options */
export interface PostV3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedOptions extends CallOptions {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
}
/** 查询保险理赔功能开通状态: response body */
export interface PostV3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedData {
 /** 二级商户号 */ sub_mchid: string;
 /** 是否开通成功 */ opened: boolean;
 /** 成功时间 */ success_time?: string;
}

/** 请求赔付: request body */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsBody {
 /** 收款方信息 */ receiver: Receiver;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
 /** 转账场景ID @example 1001 */ transfer_scene_id?: string;
 /** 用户收款感知 @example 退货运费补偿 */ user_recv_perception?: string;
}
/** 请求赔付: options */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferCompensateBillsBody;
}
/** 请求赔付: response body */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 转账接收方信息 */ receiver_detail: ReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询赔付结果（按微信支付赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdOptions extends CallOptions {
 /** 微信支付单号 @example 1330000071100999991182020050700019480001 */ bill_id: string;
}
/** 查询赔付结果（按微信支付赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdData extends GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdDataFields {}

/** 查询赔付结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 查询赔付结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoData extends GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdDataFields {}

/** 请求撤销赔付: options */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 请求撤销赔付: response body */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelData {
 /** 商户单号 */ out_bill_no: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 撤销受理时间 */ cancel_accept_time: string;
}

/** 请求赔付预下单: request body */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferBody {
 /** 公众账号ID @example wx8888888888888888 */ sp_appid?: string;
 /** 收款方信息 */ receiver: Receiver;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
 /** 转账场景ID @example 1001 */ transfer_scene_id?: string;
 /** 用户收款感知 @example 退货运费补偿 */ user_recv_perception?: string;
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 请求赔付预下单: options */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferBody;
}
/** 请求赔付预下单: response body */
export interface PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferData {
 /** 商户单号 */ out_bill_no: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 受理时间 */ accept_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 请求保证金售后赔付: request body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 公众账号ID @example wx8888888888888888 */ sp_appid?: string;
 /** 收款方信息 */ receiver: {
  /** 转账接收方类型 @example MERCHANT */ type?: "MERCHANT" | "TRANSACTION_USER";
  /** 转账接收方订单信息 */ transaction_info?: TransactionInfo;
  /** 转账接收方用户 */ user_info?: {
   /** 转账接收方用户 openid @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
  };
 };
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 转账场景ID @example 1001 */ transfer_scene_id?: string;
 /** 用户收款感知 @example 退货运费补偿 */ user_recv_perception?: string;
 /** 二级商户AppID @example wx8888888888888888 */ sub_appid?: string;
}
/** 请求保证金售后赔付: options */
export interface PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBody;
}
/** 请求保证金售后赔付: response body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
}

/** 查询保证金售后赔付结果（按微信支付赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdOptions extends CallOptions {
 /** 微信支付单号 @example 1330000071100999991182020050700019480001 */ bill_id: string;
 query?: {
  /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 };
}
/** 查询保证金售后赔付结果（按微信支付赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdData extends GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdDataFields {}

/** 查询保证金售后赔付结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query?: {
  /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 };
}
/** 查询保证金售后赔付结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoData extends GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdDataFields {}

/** 发起保证金赔付保司保费: request body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 公众账号ID @example wx8888888888888888 */ sp_appid?: string;
 /** 赔付用户信息 */ receiver: {
  /** 转账接收方类型 @example MERCHANT */ type?: "MERCHANT";
  /** 转账接收方商户信息 */ mch_info?: {
   /** 商户号 @example 1900001108 */ mchid?: string;
  };
  /** 赔付单信息 */ transaction_info?: {
   /** 交易订单号 @example 1217752501201407033233368018 */ transaction_id: string;
   /** 赔付单类型 */ type: "WXPAY" | "WXVALUE";
  };
 };
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
}
/** 发起保证金赔付保司保费: options */
export interface PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsBody;
}
/** 发起保证金赔付保司保费: response body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail2;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询保证金赔付保司保费结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
}
/** 查询保证金赔付保司保费结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail2;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 发起保证金赔付用户运费: request body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 公众账号ID @example wx8888888888888888 */ sp_appid?: string;
 /** 赔付用户信息 */ receiver: {
  /** 转账接收方订单信息 */ transaction_info?: TransactionInfo;
  /** 转账接收方用户 */ user_info?: {
   /** 转账接收方用户 openid @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
  };
 };
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 转账场景ID @example 1001 */ transfer_scene_id?: string;
 /** 用户收款感知 @example 退货运费补偿 */ user_recv_perception?: string;
}
/** 发起保证金赔付用户运费: options */
export interface PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsBody;
}
/** 发起保证金赔付用户运费: response body */
export interface PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail3;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询保证金售后赔付运费结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query?: {
  /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 };
}
/** 查询保证金售后赔付运费结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail3;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 请求保险理赔: request body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 /** 赔付用户信息 */ receiver: PlatsolutionReceiver;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
}
/** 请求保险理赔: options */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBody;
}
/** 请求保险理赔: response body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询保险理赔结果（按微信支付赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdOptions extends CallOptions {
 /** 微信支付单号 @example 1330000071100999991182020050700019480001 */ bill_id: string;
 query?: {
  /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 };
}
/** 查询保险理赔结果（按微信支付赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdData extends GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdDataFields {}

/** 查询保险理赔结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query?: {
  /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 };
}
/** 查询保险理赔结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoData extends GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdDataFields {}

/** 请求撤销保险理赔: request body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
}
/** 请求撤销保险理赔: options */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 json: PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelBody;
}
/** 请求撤销保险理赔: response body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelData {
 /** 二级商户号 */ sub_mchid?: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 撤销受理时间 */ cancel_accept_time: string;
}

/** 请求保险理赔预下单: request body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid?: string;
 /** 收款方信息 */ receiver: PlatsolutionReceiver;
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 请求保险理赔预下单: options */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferBody;
}
/** 请求保险理赔预下单: response body */
export interface PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferData {
 /** 二级商户号 */ sub_mchid?: string;
 /** 商户单号 */ out_bill_no: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 受理时间 */ accept_time: string;
 /** 跳转领取页面的package信息 */ package_info: string;
}

/** 请求赔付: request body */
export interface PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsBody {
 /** 赔付商户信息 */ receiver: {
  /** 赔付接收方类型 @example MERCHANT */ type: "MERCHANT";
  /** 赔付接收方商户信息 */ mch_info: {
   /** 商户号 @example 1900001108 */ mchid: string;
  };
 };
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
}
/** 请求赔付: options */
export interface PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsBody;
}
/** 请求赔付: response body */
export interface PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 赔付接收方信息 */ receiver_detail: {
  /** 赔付接收者信息 */ receiver?: {
   /** 赔付接收方类型 */ type?: "MERCHANT";
   /** 赔付接收方商户信息 */ mch_info?: {
    /** 商户号 */ mchid: string;
   };
  };
 };
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询赔付结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query?: {
  /** 出资商户号 @example 1900001109 */ sponsor_mchid?: string;
 };
}
/** 查询赔付结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 赔付接收方信息 */ receiver_detail: {
  /** 赔付接收者信息 */ receiver?: {
   /** 赔付接收方类型 */ type?: "MERCHANT";
   /** 赔付接收方商户信息 */ mch_info?: {
    /** 商户号 */ mchid: string;
   };
  };
 };
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 保证金赔付: request body */
export interface PostV3PlatsolutionEcommerceMchTransferTransferBillsBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 公众账号ID @example wx8888888888888888 */ sp_appid?: string;
 /** 业务类型 @example DEPOSIT_COMPENSATION */ business_type: "DEPOSIT_COMPENSATION" | "PLATFORM_AFTER_SALES_COMPENSATION" | "INSURANCE_CLAIM" | "DEPOSIT_AFTER_SALES_COMPENSATION";
 /** 收款方信息 */ receiver: {
  /** 转账接收方类型 @example MERCHANT */ type?: "MERCHANT" | "TRANSACTION_USER";
  /** 转账接收方商户信息 */ mch_info?: {
   /** 商户号 @example 1900001108 */ mch_id?: string;
   /** 商户号 @example 1900001108 */ mchid?: string;
  };
 };
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 /** 赔付金额 @example 10000 */ amount?: number;
 /** 赔付原因 @example 直播违规扣罚 */ transfer_remark: string;
 /** 收款方备注 @example 小店XXXX直播违规扣罚 */ receiver_remark?: string;
}
/** 保证金赔付: options */
export interface PostV3PlatsolutionEcommerceMchTransferTransferBillsOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceMchTransferTransferBillsBody;
}
/** 保证金赔付: response body */
export interface PostV3PlatsolutionEcommerceMchTransferTransferBillsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 业务类型 */ business_type?: "DEPOSIT_COMPENSATION" | "PLATFORM_AFTER_SALES_COMPENSATION" | "INSURANCE_CLAIM" | "DEPOSIT_AFTER_SALES_COMPENSATION";
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail4;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark: string;
 /** 收款方备注 */ receiver_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 出资商户号 */ sponsor_mchid?: string;
}

/** 查询保证金赔付结果（按微信支付赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdOptions extends CallOptions {
 /** 微信支付单号 @example 1330000071100999991182020050700019480001 */ bill_id: string;
 query?: {
  /** 业务类型 @example DEPOSIT_COMPENSATION */ business_type?: "DEPOSIT_COMPENSATION" | "PLATFORM_AFTER_SALES_COMPENSATION" | "INSURANCE_CLAIM" | "DEPOSIT_AFTER_SALES_COMPENSATION";
 };
}
/** 查询保证金赔付结果（按微信支付赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdData extends GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdDataFields {}

/** 查询保证金赔付结果（按商户赔付单号）: options */
export interface GetV3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoOptions extends CallOptions {
 /** 商户单号 @example plfk2020042013 */ out_bill_no: string;
 query?: {
  /** 业务类型 @example DEPOSIT_COMPENSATION */ business_type?: "DEPOSIT_COMPENSATION" | "PLATFORM_AFTER_SALES_COMPENSATION" | "INSURANCE_CLAIM" | "DEPOSIT_AFTER_SALES_COMPENSATION";
 };
}
/** 查询保证金赔付结果（按商户赔付单号）: response body */
export interface GetV3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoData extends GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdDataFields {}

/** 添加二级商户可扫码充值员工: request body */
export interface PostV3PlatsolutionEcommerceRechargeEmployeesBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 员工OpenID @example oLTPCuCsfN3ABBz50VUZBNlHDbUU */ sp_openid: string;
}
/** 添加二级商户可扫码充值员工: options */
export interface PostV3PlatsolutionEcommerceRechargeEmployeesOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceRechargeEmployeesBody;
}
/** 添加二级商户可扫码充值员工: response body */
export interface PostV3PlatsolutionEcommerceRechargeEmployeesData extends Employees {}

/** 查询二级商户可扫码充值员工列表: options */
export interface GetV3PlatsolutionEcommerceRechargeEmployeesSubMchidOptions extends CallOptions {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
}
/** 查询二级商户可扫码充值员工列表: response body */
export interface GetV3PlatsolutionEcommerceRechargeEmployeesSubMchidData {
 /** 员工列表 */ employees?: Employees[];
}

/** 删除二级商户可扫码充值员工: options */
export interface PostV3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteOptions extends CallOptions {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 员工OpenID @example oLTPCuCsfN3ABBz50VUZBNlHDbUU */ sp_openid: string;
}
/** 删除二级商户可扫码充值员工: response body */
export interface PostV3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteData extends Employees {}

/** 申请二级商户充值: request body */
export interface PostV3PlatsolutionEcommerceRechargesApplyBody {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
 /** 充值场景 @example ECOMMERCE_DEPOSIT */ recharge_scene: "ECOMMERCE_DEPOSIT" | "ECOMMERCE_PAYMENT";
 /** 充值入账账户 @example DEPOSIT */ account_type: "DEPOSIT" | "OPERATION";
 /** 充值金额 */ recharge_amount: {
  /** 总金额 @example 500000 */ amount?: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 可用充值渠道列表 */ available_recharge_channels?: Array<"BANK_TRANSFER" | "QR_RECHARGE" | "ONLINE_BANK">;
 /** 充值备注 @example example_remark */ remark?: string;
}
/** 申请二级商户充值: options */
export interface PostV3PlatsolutionEcommerceRechargesApplyOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceRechargesApplyBody;
}
/** 申请二级商户充值: response body */
export interface PostV3PlatsolutionEcommerceRechargesApplyData {
 /** 微信支付充值单号 */ recharge_id: string;
 /** 商户充值单号 */ out_recharge_no: string;
 /** 充值链接 */ recharge_url: string;
}

/** 查询二级商户充值结果: options */
export interface GetV3PlatsolutionEcommerceRechargesOutRechargeNoOptions extends CallOptions {
 /** 商户充值单号 @example cz2020042013 */ out_recharge_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 查询二级商户充值结果: response body */
export interface GetV3PlatsolutionEcommerceRechargesOutRechargeNoData extends GetV3PlatsolutionEcommerceRechargesOutRechargeNoDataFields {}

/** 关闭二级商户充值: options */
export interface PostV3PlatsolutionEcommerceRechargesOutRechargeNoCloseOptions extends CallOptions {
 /** 商户充值单号 @example cz2020042013 */ out_recharge_no: string;
 query: {
  /** 二级商户号 @example 1900001121 */ sub_mchid: string;
 };
}
/** 关闭二级商户充值: response body */
export interface PostV3PlatsolutionEcommerceRechargesOutRechargeNoCloseData extends GetV3PlatsolutionEcommerceRechargesOutRechargeNoDataFields {}

/** 个人收款-申请批量结算: request body */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersBody {
 /** 发起方AppID @example WXA12368855126622 */ appid: string;
 /** 商户结算批次单号 @example 1236698745558870 */ out_settle_batch_no: string;
 /** 商品单个人收款方受理授权ID @example 256322110225 */ individual_auth_id: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 收款方描述 @example 共计2笔订单，订单金额xxx元，平台服务费xxx元，合计收款xxx元 */ description: string;
 /** 交易场景 @example RECOMMERCE */ trade_scenario: "RECOMMERCE";
 /** 结算信息列表 */ settle_info_list: Array<{
  /** 商户结算单号 @example 12369666555136622 */ out_settle_no: string;
  /** 微信支付订单号 @example 4207752501201407033233368018 */ transaction_id: string;
  /** 结算明细单列表 */ settle_detail_info_list: Array<{
   /** 商户结算明细单号 @example 123688556699666554 */ out_settle_detail_no: string;
   /** 结算类型 @example RECEIVE */ settle_type: string;
   /** 接收方类型 @example MERCHANT */ receiver_type: string;
   /** 接收方账号 @example 1234567890 */ receiver_account: string;
   /** 金额 */ amount: {
    /** 金额 @example 11000 */ amount: number;
    /** 币种 @example CNY */ currency?: string;
   };
  }>;
 }>;
 /** 收款类型模板ID */ receive_type_template_id?: 1 | 2;
}
/** 个人收款-申请批量结算: options */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersBody;
}
/** 个人收款-申请批量结算: response body */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersData {
 /** 商户结算批次单号 */ out_settle_batch_no: string;
 /** 微信支付结算批次单号 */ settle_batch_no: string;
 /** 商品单个人收款方受理授权ID */ individual_auth_id: string;
 /** 收款方描述 */ description: string;
 /** 批次状态 */ state: string;
 /** 交易场景 */ trade_scenario: string;
 /** 批次创建时间 */ create_time: string;
 /** 批次完成时间 */ finish_time?: string;
}

/** 个人收款-查询批量结算信息: options */
export interface GetV3PlatsolutionEcommerceSettlePrepaySettleOrdersOptions extends CallOptions {
 /** 微信支付结算批次单号 @example 123685544886666 */ settle_batch_no: string;
}
/** 个人收款-查询批量结算信息: response body */
export interface GetV3PlatsolutionEcommerceSettlePrepaySettleOrdersData {
 /** 商户结算批次单号 */ out_settle_batch_no: string;
 /** 微信支付结算批次单号 */ settle_batch_no: string;
 /** 商品单个人收款方受理授权ID */ individual_auth_id: string;
 /** 收款方描述 */ description: string;
 /** 批次状态 */ state: string;
 /** 交易场景 */ trade_scenario: "RECOMMERCE";
 /** 批次创建时间 */ create_time: string;
 /** 批次完成时间 */ finish_time?: string;
}

/** 个人收款-申请异常结算批次单处理: request body */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleBody {
 /** 商品单个人收款方受理授权ID @example 256322110225 */ individual_auth_id: string;
 /** 商户异常结算批次单号 @example 1236698745558870 */ out_abnormal_settle_batch_no: string;
 /** 异常结算批次单处理方式 @example TRANSFER_TO_ORIGINAL_RECEIVE_USER */ abnormal_settle_type: "TRANSFER_TO_ORIGINAL_RECEIVE_USER";
 /** 异常处理说明 @example xx结算失败，转付至原用户 */ description?: string;
}
/** 个人收款-申请异常结算批次单处理: options */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleOptions extends CallOptions {
 /** 微信支付结算批次单号 @example 123685544886666 */ settle_batch_no: string;
 json: PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleBody;
}
/** 个人收款-申请异常结算批次单处理: response body */
export interface PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleData {
 /** 商户结算批次单号 */ out_settle_batch_no: string;
 /** 微信支付结算批次单号 */ settle_batch_no: string;
 /** 商品单个人收款方受理授权ID */ individual_auth_id: string;
 /** 收款方描述 */ description: string;
 /** 批次状态 */ state: "ACCEPTED" | "RECEIVED" | "SUCCESS" | "DEDUCT_FEE_FAIL" | "ABNORMAL" | "ABNORMAL_SETTLE_SUCCESS";
 /** 交易场景 */ trade_scenario: "RECOMMERCE" | "INDIVIDUALTRADE";
 /** 批次创建时间 */ create_time: string;
 /** 批次完成时间 */ finish_time?: string;
 /** 异常原因类型 */ abnormal_type?: "AUTH_RELATIONSHIP_INVALID" | "USER_PAY_QUOTA_LIMIT";
 /** 异常结算处理结果 */ abnormal_settle_result?: {
  /** 异常结算批次单处理方式 */ abnormal_settle_type: "TRANSFER_TO_ORIGINAL_RECEIVE_USER";
  /** 批次创建时间 */ apply_success_time: string;
  /** 微信支付异常资金付款单号 */ abnormal_fund_receipt_id: string;
  /** 商户异常结算批次单号 */ out_abnormal_settle_batch_no: string;
 };
}

/** 二级商户按日终余额预约提现: request body */
export interface PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
 /** 计算提现金额方式 @example ONLY_DAY_END_BALANCE */ calculate_amount_type: "ONLY_DAY_END_BALANCE" | "ALLOW_CURRENT_BALANCE";
 /** 提现备注 @example 交易提现 */ remark?: string;
 /** 银行附言 @example 微信支付提现 */ bank_memo?: string;
 /** 提现结果通知地址 @example https://yourapp.com/notify */ notify_url?: string;
 /** 留存额 @example 100 */ reserve_amount?: number;
}
/** 二级商户按日终余额预约提现: options */
export interface PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOptions extends CallOptions {
 json: PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawBody;
}
/** 二级商户按日终余额预约提现: response body */
export interface PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawData extends PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawDataFields {}

/** 查询二级商户按日终余额预约提现状态: options */
export interface GetV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoOptions extends CallOptions {
 /** 商户提现单号 @example 20190611222222222200000000012122 */ out_request_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询二级商户按日终余额预约提现状态: response body */
export interface GetV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoData extends PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawDataFields {}

/** 受理商家转账: request body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesApplyBody extends PostV3PlatsolutionInsuranceMchTransferBatchesApplyBodyFields {}
/** 受理商家转账: options */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesApplyOptions extends CallOptions {
 json: PostV3PlatsolutionInsuranceMchTransferBatchesApplyBody;
}
/** 受理商家转账: response body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesApplyData {
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
 /** 批次状态 */ batch_state?: "ACCEPTED" | "PROCESSING" | "COMPLETED" | "CLOSED";
}

/** 微信支付转账批次单号查询批次单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdOptions extends CallOptions {
 /** 商家转账批次单号 @example 131000011085109987515042023022300246500006 */ batch_id: string;
 query: {
  /** 二级商户号 @example 1900102208 */ sub_mchid: string;
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 明细状态 @example FAIL */ detail_state?: "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL" | "BANK_REFUND";
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 */ limit?: number;
 };
}
/** 微信支付转账批次单号查询批次单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdData extends GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDataFields {}

/** 微信支付转账明细单号查询明细单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdOptions extends CallOptions {
 /** 商家转账批次单号 @example 131000011085109987515042023022300246500006 */ batch_id: string;
 /** 商家转账明细单号 @example 132000011085109987515042023022300246521006 */ detail_id: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 微信支付转账明细单号查询明细单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdData extends GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 查询商家转账明细电子回单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询商家转账明细电子回单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoData {
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账明细单号 */ detail_id: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 电子回单状态 */ receipt_state: "ACCEPTED" | "FINISHED";
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

/** 申请商家转账明细电子回单: request body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyBody {
 /** 二级商户号 @example 1900102208 */ sub_mchid: string;
}
/** 申请商家转账明细电子回单: options */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 json: PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyBody;
}
/** 申请商家转账明细电子回单: response body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 电子回单状态 */ receipt_state: "ACCEPTED" | "FINISHED";
}

/** 商户转账批次单号查询批次单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 query: {
  /** 二级商户号 @example 1900102208 */ sub_mchid: string;
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 */ limit?: number;
  /** 明细状态 @example ALL */ detail_state?: "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL" | "BANK_REFUND";
 };
}
/** 商户转账批次单号查询批次单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoData extends GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDataFields {}

/** 商户明细单号查询明细单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 商户明细单号查询明细单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsOutDetailNoData extends GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 查询商家转账批次电子回单: options */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询商家转账批次电子回单: response body */
export interface GetV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoData {
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 电子回单状态 */ receipt_state: "ACCEPTED" | "FINISHED";
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

/** 申请商家转账批次电子回单: request body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyBody {
 /** 二级商户号 @example 1900102208 */ sub_mchid: string;
}
/** 申请商家转账批次电子回单: options */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 json: PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyBody;
}
/** 申请商家转账批次电子回单: response body */
export interface PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 电子回单状态 */ receipt_state: "ACCEPTED" | "FINISHED";
}

/** 受理单次预约商家转账: request body */
export interface PostV3PlatsolutionInsuranceMchTransferReservationApplyBody extends PostV3PlatsolutionInsuranceMchTransferReservationApplyBodyFields {}
/** 受理单次预约商家转账: options */
export interface PostV3PlatsolutionInsuranceMchTransferReservationApplyOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PlatsolutionInsuranceMchTransferReservationApplyBody;
}
/** 受理单次预约商家转账: response body */
export interface PostV3PlatsolutionInsuranceMchTransferReservationApplyData extends PostV3PlatsolutionInsuranceMchTransferReservationApplyDataFields {}

/** 商户预约单号查询预约商家转账记录: options */
export interface GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoOptions extends CallOptions {
 /** 商户预约单号 @example plfk2020042013 */ out_reservation_no: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 商户预约单号查询预约商家转账记录: response body */
export interface GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoData extends GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoDataFields {}

/** 关闭预约商家转账记录: options */
export interface PostV3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseOptions extends CallOptions {
 /** 商户预约单号 @example plfk2020042013 */ out_reservation_no: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 关闭预约商家转账记录: response body */
export interface PostV3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseData extends GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoDataFields {}

/** 微信支付预约单号查询预约商家转账记录: options */
export interface GetV3PlatsolutionInsuranceMchTransferReservationReservationIdOptions extends CallOptions {
 /** 微信转账预约单号 @example 1330000071100999991182020050700019480001 */ reservation_id: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 微信支付预约单号查询预约商家转账记录: response body */
export interface GetV3PlatsolutionInsuranceMchTransferReservationReservationIdData extends GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoDataFields {}

/** 受理商家转账: request body */
export interface PostV3PlatsolutionMchTransferBatchesApplyBody extends PostV3PlatsolutionInsuranceMchTransferBatchesApplyBodyFields {}
/** 受理商家转账: options */
export interface PostV3PlatsolutionMchTransferBatchesApplyOptions extends CallOptions {
 json: PostV3PlatsolutionMchTransferBatchesApplyBody;
}
/** 受理商家转账: response body */
export interface PostV3PlatsolutionMchTransferBatchesApplyData {
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账批次单号 */ batch_id: string;
 /** 批次创建时间 */ create_time: string;
 /** 批次状态 */ batch_state?: string;
}

/** 微信支付转账批次单号查询批次单: options */
export interface GetV3PlatsolutionMchTransferBatchesBatchIdOptions extends CallOptions {
 /** 商家转账批次单号 @example 131000011085109987515042023022300246500006 */ batch_id: string;
 query: {
  /** 二级商户号 @example 1900102208 */ sub_mchid: string;
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 明细状态 @example FAIL */ detail_state?: "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL";
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 */ limit?: number;
 };
}
/** 微信支付转账批次单号查询批次单: response body */
export interface GetV3PlatsolutionMchTransferBatchesBatchIdData extends GetV3PlatsolutionMchTransferBatchesBatchIdDataFields {}

/** 微信支付转账明细单号查询明细单: options */
export interface GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdOptions extends CallOptions {
 /** 商家转账批次单号 @example 131000011085109987515042023022300246500006 */ batch_id: string;
 /** 商家转账明细单号 @example 132000011085109987515042023022300246521006 */ detail_id: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 微信支付转账明细单号查询明细单: response body */
export interface GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdData extends GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 查询商家转账明细电子回单: options */
export interface GetV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询商家转账明细电子回单: response body */
export interface GetV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoData {
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账明细单号 */ detail_id: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 电子回单状态 */ receipt_state: string;
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

/** 申请商家转账明细电子回单: request body */
export interface PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyBody {
 /** 二级商户号 @example 1900102208 */ sub_mchid: string;
}
/** 申请商家转账明细电子回单: options */
export interface PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 json: PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyBody;
}
/** 申请商家转账明细电子回单: response body */
export interface PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 电子回单状态 */ receipt_state: string;
}

/** 商户转账批次单号查询批次单: options */
export interface GetV3PlatsolutionMchTransferBatchesOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 query: {
  /** 二级商户号 @example 1900102208 */ sub_mchid: string;
  /** 是否查询转账明细单 */ need_query_detail: boolean;
  /** 请求资源起始位置 */ offset?: number;
  /** 最大资源条数 */ limit?: number;
  /** 明细状态 @example ALL */ detail_state?: "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL" | "BANK_REFUND";
 };
}
/** 商户转账批次单号查询批次单: response body */
export interface GetV3PlatsolutionMchTransferBatchesOutBatchNoData extends GetV3PlatsolutionMchTransferBatchesBatchIdDataFields {}

/** 商户明细单号查询明细单: options */
export interface GetV3PlatsolutionMchTransferBatchesOutBatchNoDetailsOutDetailNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 商户明细单号查询明细单: response body */
export interface GetV3PlatsolutionMchTransferBatchesOutBatchNoDetailsOutDetailNoData extends GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdDataFields {}

/** 查询商家转账批次电子回单: options */
export interface GetV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 query: {
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询商家转账批次电子回单: response body */
export interface GetV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoData {
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 电子回单状态 */ receipt_state: string;
 /** 电子回单文件的hash方法 */ hash_type?: string;
 /** 电子回单文件的hash值 */ hash_value?: string;
 /** 电子回单文件的下载地址 */ download_url?: string;
}

/** 申请商家转账批次电子回单: request body */
export interface PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyBody {
 /** 二级商户号 @example 1900102208 */ sub_mchid: string;
}
/** 申请商家转账批次电子回单: options */
export interface PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyOptions extends CallOptions {
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 json: PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyBody;
}
/** 申请商家转账批次电子回单: response body */
export interface PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyData {
 /** 二级商户号 */ sub_mchid: string;
 /** 商家批次单号 */ out_batch_no: string;
 /** 电子回单状态 */ receipt_state: string;
}

/** 受理单次预约商家转账: request body */
export interface PostV3PlatsolutionMchTransferReservationApplyBody extends PostV3PlatsolutionInsuranceMchTransferReservationApplyBodyFields {}
/** 受理单次预约商家转账: options */
export interface PostV3PlatsolutionMchTransferReservationApplyOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PlatsolutionMchTransferReservationApplyBody;
}
/** 受理单次预约商家转账: response body */
export interface PostV3PlatsolutionMchTransferReservationApplyData extends PostV3PlatsolutionInsuranceMchTransferReservationApplyDataFields {}

/** 商户预约单号查询预约商家转账记录: options */
export interface GetV3PlatsolutionMchTransferReservationOutReservationNoOptions extends CallOptions {
 /** 商户预约单号 @example plfk2020042013 */ out_reservation_no: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 商户预约单号查询预约商家转账记录: response body */
export interface GetV3PlatsolutionMchTransferReservationOutReservationNoData extends GetV3PlatsolutionMchTransferReservationOutReservationNoDataFields {}

/** 关闭预约商家转账记录: options */
export interface PostV3PlatsolutionMchTransferReservationOutReservationNoCloseOptions extends CallOptions {
 /** 商户预约单号 @example plfk2020042013 */ out_reservation_no: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 关闭预约商家转账记录: response body */
export interface PostV3PlatsolutionMchTransferReservationOutReservationNoCloseData extends GetV3PlatsolutionMchTransferReservationOutReservationNoDataFields {}

/** 微信支付预约单号查询预约商家转账记录: options */
export interface GetV3PlatsolutionMchTransferReservationReservationIdOptions extends CallOptions {
 /** 微信转账预约单号 @example 1330000071100999991182020050700019480001 */ reservation_id: string;
 query: {
  /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 };
}
/** 微信支付预约单号查询预约商家转账记录: response body */
export interface GetV3PlatsolutionMchTransferReservationReservationIdData extends GetV3PlatsolutionMchTransferReservationOutReservationNoDataFields {}

export interface Receiver {
 /** 转账接收方类型 @example TRANSACTION_USER */ type?: "TRANSACTION_USER";
 /** 转账接收方订单信息 */ transaction_info?: TransactionInfo;
}

export interface TransactionInfo {
 /** 交易订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 转账接收方订单类型 @example WXPAY */ type?: "WXPAY" | "WXVALUE";
}

export interface ReceiverDetail {
 /** 转账接收者信息 */ receiver?: {
  /** 转账接收方类型 */ type?: "TRANSACTION_USER";
  /** 转账接收方订单信息 */ transaction_info?: {
   /** 交易订单号 */ transaction_id: string;
   /** 转账接收方订单类型 */ type?: "WXPAY" | "WXVALUE";
  };
 };
}

export interface GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 转账接收方信息 */ receiver_detail: ReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
}

export interface CloseInfo {
 /** 关单时间 */ close_time?: string;
 /** 关单原因 */ close_reason?: string;
}

export interface PlatsolutionReceiverDetail {
 /** 转账接收者信息 */ receiver?: {
  /** 转账接收方类型 */ type?: "MERCHANT" | "TRANSACTION_USER";
  /** 转账接收方订单信息 */ transaction_info?: {
   /** 交易订单号 */ transaction_id: string;
   /** 转账接收方订单类型 */ type?: "WXPAY" | "WXVALUE";
  };
 };
}

export interface GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
 /** 二级商户AppID */ sub_appid?: string;
}

export interface PlatsolutionReceiverDetail2 {
 /** 转账接收者信息 */ receiver?: {
  /** 转账接收方类型 */ type?: "MERCHANT";
  /** 转账接收方商户信息 */ mch_info?: {
   /** 商户号 */ mchid?: string;
  };
  /** 赔付单信息 */ transaction_info?: {
   /** 交易订单号 */ transaction_id: string;
  };
 };
}

export interface PlatsolutionReceiverDetail3 {
 /** 转账接收者信息 */ receiver?: {
  /** 转账接收方订单信息 */ transaction_info?: {
   /** 交易订单号 */ transaction_id: string;
   /** 转账接收方订单类型 */ type?: "WXPAY" | "WXVALUE";
  };
  /** 转账接收方用户 */ user_info?: {
   /** 转账接收方用户 openid */ sp_openid?: string;
  };
 };
}

export interface PlatsolutionReceiver {
 /** 转账接收方类型 @example MERCHANT */ type?: "MERCHANT" | "TRANSACTION_USER";
 /** 转账接收方订单信息 */ transaction_info?: TransactionInfo;
}

export interface GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid?: string;
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: {
  /** 关单时间 */ accept_time?: string;
  /** 关单原因 */ close_reason?: string;
 };
 /** 出资商户号 */ sponsor_mchid?: string;
}

export interface PlatsolutionReceiverDetail4 {
 /** 转账接收者信息 */ receiver?: {
  /** 转账接收方类型 */ type?: "MERCHANT" | "TRANSACTION_USER";
  /** 转账接收方商户信息 */ mch_info?: {
   /** 商户号 */ mch_id?: string;
  };
 };
}

export interface GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 业务类型 */ business_type?: "DEPOSIT_COMPENSATION" | "PLATFORM_AFTER_SALES_COMPENSATION" | "INSURANCE_CLAIM" | "DEPOSIT_AFTER_SALES_COMPENSATION";
 /** 转账接收方信息 */ receiver_detail: PlatsolutionReceiverDetail4;
 /** 商户单号 */ out_bill_no: string;
 /** 赔付金额 */ amount?: number;
 /** 赔付原因 */ transfer_remark?: string;
 /** 收款方备注 */ receiver_remark?: string;
 /** 微信支付转账单号 */ bill_id: string;
 /** 赔付状态 */ state: "ACCEPTED" | "SUCCESS" | "CLOSED" | "WAIT_USER_CONFIRM" | "CANCELING" | "CANCELLED";
 /** 受理时间 */ accept_time: string;
 /** 成功时间 */ success_time?: string;
 /** 关单信息 */ close_info?: CloseInfo;
 /** 出资商户号 */ sponsor_mchid?: string;
}

export interface Employees {
 /** 二级商户号 */ sub_mchid: string;
 /** 员工OpenID */ sp_openid?: string;
 /** 员工状态 */ state?: "EFFECTIVE" | "DELETED";
 /** 添加员工时间 */ create_time?: string;
 /** 最后更新时间 */ update_time?: string;
}

export interface GetV3PlatsolutionEcommerceRechargesOutRechargeNoDataFields {
 /** 平台商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 微信支付充值单号 */ recharge_id: string;
 /** 商户充值单号 */ out_recharge_no: string;
 /** 充值渠道 */ recharge_channel?: "BANK_TRANSFER" | "QR_RECHARGE" | "ONLINE_BANK";
 /** 充值入账账户 */ account_type: "DEPOSIT" | "OPERATION";
 /** 充值状态 */ recharge_state: "SUCCESS" | "RECHARGING" | "CLOSED";
 /** 充值场景 */ recharge_scene: "ECOMMERCE_DEPOSIT" | "ECOMMERCE_PAYMENT";
 /** 充值状态描述 */ recharge_state_desc?: string;
 /** 充值金额 */ recharge_amount: {
  /** 总金额 */ amount?: number;
  /** 货币类型 */ currency?: string;
 };
 /** 转账充值的付款信息 */ bank_transfer_info?: {
  /** 转入的银行流水单号 */ bill_no?: string;
  /** 转账充值附言 */ memo?: string;
  /** 银行转账退回时间 */ return_time?: string;
  /** 银行转账退回原因 */ return_reason?: string;
  /** 开户银行名称 */ bank_name?: string;
  /** 银行卡号后四位 */ bank_card_tail?: string;
  /** 银行账户名称 */ bank_account_name?: string;
 };
 /** 扫码充值的付款信息 */ qr_recharge_info?: {
  /** 用户OpenID */ openid?: string;
  /** 员工类型 */ employee_type?: "ADMIN" | "STAFF";
 };
 /** 网银充值的付款信息 */ online_bank_recharge_info?: {
  /** 银行交易订单号 */ bill_no?: string;
  /** 网银充值退回时间 */ return_time?: string;
  /** 网银充值退回原因 */ return_reason?: string;
  /** 开户银行名称 */ bank_name?: string;
  /** 网银类型 */ online_bank_type?: "ONLINE_BANK_TYPE_CORPORATE" | "ONLINE_BANK_TYPE_PERSONAL";
  /** 银行卡号后四位 */ bank_card_tail?: string;
  /** 银行账户名称 */ bank_account_name?: string;
 };
 /** 受理充值时间 */ accept_time?: string;
 /** 充值成功时间 */ success_time?: string;
 /** 关闭充值时间 */ close_time?: string;
 /** 可用充值渠道列表 */ available_recharge_channels?: Array<"BANK_TRANSFER" | "QR_RECHARGE" | "ONLINE_BANK">;
}

export interface PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawDataFields {
 /** 收付通平台商户号 */ sp_mchid: string;
 /** 特约商户号 */ sub_mchid: string;
 /** 单据状态 */ status: "CREATED" | "PROCESSING" | "FINISHED" | "ABNORMAL";
 /** 微信支付提现单号 */ withdraw_id: string;
 /** 商户提现单号 */ out_request_no: string;
 /** 提现金额 */ total_amount: number;
 /** 提现成功金额 */ success_amount?: number;
 /** 提现失败金额 */ fail_amount?: number;
 /** 提现退票金额 */ refund_amount?: number;
 /** 发起提现时间 */ create_time: string;
 /** 提现状态更新时间 */ update_time: string;
 /** 失败原因 */ reason?: string;
 /** 提现备注 */ remark?: string;
 /** 银行附言 */ bank_memo?: string;
 /** 出款账户类型 */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 入账银行账号后四位 */ account_number: string;
 /** 入账银行 */ account_bank: string;
 /** 入账银行全称 */ bank_name?: string;
}

export interface PostV3PlatsolutionInsuranceMchTransferBatchesApplyBodyFields {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 /** 服务商AppID @example wxf636efh567hg4356 */ sp_appid: string;
 /** 二级商户AppID @example wxf636efh567hg4356 */ sub_appid?: string;
 /** 商家批次单号 @example sjzz20230223 */ out_batch_no: string;
 /** 批次名称 @example 2023年2月深圳分部报销单 */ batch_name: string;
 /** 批次备注 @example 2023年2月深圳分部报销单 */ batch_remark: string;
 /** 转账总金额 @example 4000000 */ total_amount: number;
 /** 转账总笔数 @example 200 */ total_num: number;
 /** 转账场景ID @example 1000 */ transfer_scene_id: string;
 /** 转账明细列表 */ transfer_detail_list: Array<{
  /** 商家明细单号 @example x23zy545Bd5436 */ out_detail_no: string;
  /** 转账金额 @example 200000 */ transfer_amount: number;
  /** 转账备注 @example 2023年2月报销 */ transfer_remark: string;
  /** 微信转账预约单号 @example 1330000071100999991182020050700019480001 */ reservation_id: string;
  /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid: string;
 }>;
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
}

export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDataFields {
 /** 转账批次单 */ transfer_batch: {
  /** 商家批次单号 */ out_batch_no: string;
  /** 商家转账批次单号 */ batch_id: string;
  /** 服务商应用ID */ sp_appid: string;
  /** 二级商户号 */ sub_mchid: string;
  /** 二级商户应用ID */ sub_appid?: string;
  /** 批次状态 */ batch_state: "ACCEPTED" | "PROCESSING" | "COMPLETED" | "CLOSED";
  /** 批次名称 */ batch_name: string;
  /** 批次备注 */ batch_remark: string;
  /** 批次关闭原因 */ close_reason?: "MERCHANT_REVOCATION" | "OVERDUE_CLOSE";
  /** 转账总金额 */ total_amount: number;
  /** 转账总笔数 */ total_num: number;
  /** 批次创建时间 */ create_time: string;
  /** 转账成功金额 */ success_amount: number;
  /** 转账成功笔数 */ success_num: number;
  /** 转账失败金额 */ failed_amount: number;
  /** 转账失败笔数 */ failed_num: number;
  /** 转账场景ID */ transfer_scene_id: string;
 };
 /** 转账明细单列表 */ data?: Array<{
  /** 商家转账明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_state: "INIT" | "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL" | "BANK_REFUND";
 }>;
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
}

export interface GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdDataFields {
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 商家转账明细单号 */ detail_id: string;
 /** 服务商应用ID */ sp_appid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 二级商户应用ID */ sub_appid?: string;
 /** 转账发起时间 */ create_time: string;
 /** 明细状态 */ detail_state: "INIT" | "ALL" | "WAIT_PAY" | "SUCCESS" | "FAIL" | "BANK_REFUND";
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 明细失败原因 */ fail_reason?: "ACCOUNT_FROZEN" | "REAL_NAME_CHECK_FAIL" | "NAME_NOT_CORRECT" | "OPENID_INVALID" | "TRANSFER_QUOTA_EXCEED" | "DAY_RECEIVED_QUOTA_EXCEED" | "MONTH_RECEIVED_QUOTA_EXCEED" | "DAY_RECEIVED_COUNT_EXCEED" | "PRODUCT_AUTH_CHECK_FAIL" | "OVERDUE_CLOSE" | "ID_CARD_NOT_CORRECT" | "ACCOUNT_NOT_EXIST" | "TRANSFER_RISK" | "PAYROLL_CARD_ALREADY_LOGOUT" | "PAYROLL_CARD_ALREADY_FROZEN" | "PAYROLL_CARD_UNAUTHORIZED" | "PAYROLL_CARD_USER_NOT_OPEN" | "PAYROLL_CARD_NAME_CARD_NOT_MATCH" | "PAYROLL_CARD_ID_CARD_NOT_MATCH" | "PAYROLL_CARD_BANKCARD_UNBUNDLING" | "BANK_CARD_COLLECTIONS_ABOVE_QUOTA" | "BANK_CARD_ACCOUNT_ABNORMAL" | "BANK_CARD_STATUS_ABNORMAL" | "BANK_CARD_BANK_INFO_WRONG" | "BANK_CARD_CARD_INFO_WRONG" | "OTHER_FAIL_REASON_TYPE" | "REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED" | "RECEIVE_ACCOUNT_NOT_PERMMIT" | "PAYEE_ACCOUNT_ABNORMAL" | "PAYER_ACCOUNT_ABNORMAL" | "TRANSFER_REMARK_SET_FAIL" | "TRANSFER_SCENE_INVALID" | "TRANSFER_SCENE_UNAVAILABLE" | "RECEIVE_ACCOUNT_NOT_CONFIGURE" | "BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH" | "BLOCK_B2C_USERLIMITAMOUNT_MONTH" | "MERCHANT_REJECT" | "MERCHANT_NOT_CONFIRM" | "BANK_CARD_PARAM_ERROR" | "BANK_CARD_TYPE_NOT_SUPPORTED" | "RESERVATION_STATE_INVALID" | "EXCEEDED_ESTIMATED_AMOUNT" | "RESERVATION_INFO_NOT_MATCH" | "RESERVATION_SCENE_NOT_MATCH";
 /** 收款用户OpenID */ openid?: string;
 /** 收款银行类型 */ bank_type?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 转账完成时间 */ transfer_finish_time?: string;
 /** 银行退票时间 */ bank_refund_time?: string;
}

export interface PostV3PlatsolutionInsuranceMchTransferReservationApplyBodyFields {
 /** 二级商户号 @example 1900001109 */ sub_mchid: string;
 /** 服务商AppID @example wxf636efh567hg4356 */ sp_appid: string;
 /** 二级商户AppID @example wxf636efh567hg4356 */ sub_appid?: string;
 /** 商户预约单号 @example plfk2020042013 */ out_reservation_no: string;
 /** 转账场景ID @example 1000 */ transfer_scene_id: string;
 /** 预计最晚转账日期 @example 2019-11-22 */ estimated_date: string;
 /** 预计最大转账金额 @example 400000 */ estimated_max_amount?: number;
 /** 准确转账金额 @example 100000 */ exact_amount?: number;
 /** 收款用户OpenID @example o-MYE42l80oelYMDE34nYD456Xoy */ openid?: string;
 /** 收款用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_real_name?: string;
 /** 预约备注 @example 由于存在收益波动，实际到账资金可能不等于当前金额 */ reserve_remark: string;
 /** 商户回调地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 场景报备信息 */ scene_report_data?: {
  /** 保险保单报备信息 */ insurance_policy?: {
   /** 保险产品备案编号 @example 40058541257 */ product_registration_no: string;
   /** 保险单号 @example 202301011651 */ policy_no: string;
   /** 保险名称 @example 养老保险 */ name: string;
   /** 取现单号 @example 202310410941 */ withdrawal_no?: string;
   /** 理赔单号 @example 202310410941 */ claim_no?: string;
  };
 };
}

export interface PostV3PlatsolutionInsuranceMchTransferReservationApplyDataFields {
 /** 二级商户号 */ sub_mchid: string;
 /** 商户预约单号 */ out_reservation_no: string;
 /** 微信转账预约单号 */ reservation_id: string;
 /** 预约记录受理时间 */ accept_time: string;
 /** 预约记录状态 */ state: "ACCEPTED" | "CONFIRMED" | "CLOSED";
 /** 跳转微信支付用户确认预约页的package信息 */ package_info: string;
}

export interface GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 服务商AppID */ sp_appid: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 微信转账预约单号 */ reservation_id: string;
 /** 商户预约单号 */ out_reservation_no: string;
 /** 转账场景ID */ transfer_scene_id: string;
 /** 预计最晚转账日期 */ estimated_date?: string;
 /** 预计最大转账金额 */ estimated_max_amount?: number;
 /** 准确转账金额 */ exact_amount?: number;
 /** 收款用户OpenID */ openid: string;
 /** 收款银行类型 */ bank_type?: string;
 /** 预约记录状态 */ state: "ACCEPTED" | "CONFIRMED" | "CLOSED";
 /** 预约记录受理的时间 */ accept_time: string;
 /** 预约记录用户确认预约的时间 */ reserve_time?: string;
 /** 预约记录的关闭信息 */ close_info?: {
  /** 预约记录关闭的时间 */ close_time: string;
  /** 预约记录关闭的原因 */ close_reason: "USER_OVERDUE_UNCONFIRMED" | "CLOSE_CONFIRMED_VIA_MCH_API" | "CLOSE_ACCEPTED_VIA_MCH_API" | "TRANSFER_FINISHED" | "OVERDUE_NOT_TRANSFER" | "RESERVE_FAIL" | "USER_CLOSE";
 };
}

export interface GetV3PlatsolutionMchTransferBatchesBatchIdDataFields {
 /** 转账批次单 */ transfer_batch: {
  /** 商家批次单号 */ out_batch_no: string;
  /** 商家转账批次单号 */ batch_id: string;
  /** 服务商应用ID */ sp_appid: string;
  /** 二级商户号 */ sub_mchid: string;
  /** 二级商户应用ID */ sub_appid?: string;
  /** 批次状态 */ batch_state: string;
  /** 批次名称 */ batch_name: string;
  /** 批次备注 */ batch_remark: string;
  /** 批次关闭原因 */ close_reason?: string;
  /** 转账总金额 */ total_amount: number;
  /** 转账总笔数 */ total_num: number;
  /** 批次创建时间 */ create_time: string;
  /** 转账成功金额 */ success_amount: number;
  /** 转账成功笔数 */ success_num: number;
  /** 转账失败金额 */ failed_amount: number;
  /** 转账失败笔数 */ failed_num: number;
  /** 转账场景ID */ transfer_scene_id: string;
 };
 /** 转账明细单列表 */ data?: Array<{
  /** 商家转账明细单号 */ detail_id: string;
  /** 商家明细单号 */ out_detail_no: string;
  /** 明细状态 */ detail_state: string;
 }>;
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
}

export interface GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdDataFields {
 /** 商家批次单号 */ out_batch_no: string;
 /** 商家转账批次单号 */ batch_id: string;
 /** 商家明细单号 */ out_detail_no: string;
 /** 商家转账明细单号 */ detail_id: string;
 /** 服务商应用ID */ sp_appid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 二级商户应用ID */ sub_appid?: string;
 /** 转账发起时间 */ create_time: string;
 /** 明细状态 */ detail_state: string;
 /** 转账金额 */ transfer_amount: number;
 /** 转账备注 */ transfer_remark: string;
 /** 明细失败原因 */ fail_reason?: string;
 /** 收款用户OpenID */ openid?: string;
 /** 收款银行类型 */ bank_type?: string;
 /** 收款用户姓名 */ user_name?: string;
 /** 转账完成时间 */ transfer_finish_time?: string;
 /** 银行退票时间 */ bank_refund_time?: string;
}

export interface GetV3PlatsolutionMchTransferReservationOutReservationNoDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 二级商户号 */ sub_mchid: string;
 /** 服务商AppID */ sp_appid: string;
 /** 二级商户AppID */ sub_appid?: string;
 /** 微信转账预约单号 */ reservation_id: string;
 /** 商户预约单号 */ out_reservation_no: string;
 /** 转账场景ID */ transfer_scene_id: string;
 /** 预计最晚转账日期 */ estimated_date?: string;
 /** 预计最大转账金额 */ estimated_max_amount?: number;
 /** 准确转账金额 */ exact_amount?: number;
 /** 收款用户OpenID */ openid: string;
 /** 收款银行类型 */ bank_type?: string;
 /** 预约记录状态 */ state: string;
 /** 预约记录受理的时间 */ accept_time: string;
 /** 预约记录用户确认预约的时间 */ reserve_time?: string;
 /** 预约记录的关闭信息 */ close_info?: {
  /** 预约记录关闭的时间 */ close_time: string;
  /** 预约记录关闭的原因 */ close_reason: string;
 };
}

export interface V3PlatsolutionNode {
 ecommerce: Open<V3PlatsolutionEcommerceNode>;
 insurance: Open<V3PlatsolutionInsuranceNode>;
 mchTransfer: Open<V3PlatsolutionMchTransferNode>;
 chain: ChainFrom<"v3/platsolution">;
}

export interface V3PlatsolutionEcommerceNode {
 bankTransferRecharges: Open<V3PlatsolutionEcommerceBankTransferRechargesNode>;
 insuranceCompensationContracts: Open<V3PlatsolutionEcommerceInsuranceCompensationContractsNode>;
 mchTransfer: Open<V3PlatsolutionEcommerceMchTransferNode>;
 rechargeEmployees: Open<V3PlatsolutionEcommerceRechargeEmployeesNode>;
 recharges: Open<V3PlatsolutionEcommerceRechargesNode>;
 settle: Open<V3PlatsolutionEcommerceSettleNode>;
 withdraw: Open<V3PlatsolutionEcommerceWithdrawNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce">;
}

export interface V3PlatsolutionEcommerceBankTransferRechargesNode {
 apply: Open<V3PlatsolutionEcommerceBankTransferRechargesApplyNode>;
 outRechargeNo: Open<V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/bank-transfer-recharges">;
}

export interface V3PlatsolutionEcommerceBankTransferRechargesApplyNode {
 /**
  * 申请银行转账充值 `POST /v3/platsolution/ecommerce/bank-transfer-recharges/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/bank-recharge/bank-transfer-recharge-apply.html
  */
 post: Verb<PostV3PlatsolutionEcommerceBankTransferRechargesApplyOptions, PostV3PlatsolutionEcommerceBankTransferRechargesApplyData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/bank-transfer-recharges/apply">;
}

export interface V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoNode {
 $out_recharge_no$: Open<V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_Node>;
 _out_recharge_no_: Open<V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no">;
}

export interface V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_Node {
 /**
  * 查询银行转账充值结果 `GET /v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/bank-recharge/bank-transfer-recharge-get-by-out-no.html
  */
 get: Verb<GetV3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoOptions, GetV3PlatsolutionEcommerceBankTransferRechargesOutRechargeNoData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}">;
}

export interface V3PlatsolutionEcommerceInsuranceCompensationContractsNode {
 /**
  * 开通保险理赔功能 `POST /v3/platsolution/ecommerce/insurance-compensation-contracts`
  * @see https://pay.weixin.qq.com/docs/partner/apis/plat-compensation/plat-compensation/open-insurance-compensation.html
  */
 post: Verb<PostV3PlatsolutionEcommerceInsuranceCompensationContractsOptions, PostV3PlatsolutionEcommerceInsuranceCompensationContractsData>;
 subMchid: Open<V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/insurance-compensation-contracts">;
}

export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidNode {
 $sub_mchid$: Open<V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid">;
}

export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_Node {
 checkOpened: Open<V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}">;
}

export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedNode {
 /**
  * 查询保险理赔功能开通状态 `POST /v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened`
  * @see https://pay.weixin.qq.com/docs/partner/apis/plat-compensation/plat-compensation/check-insurance-compensation-opened.html
  */
 post: Verb<PostV3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedOptions, PostV3PlatsolutionEcommerceInsuranceCompensationContractsSubMchidCheckOpenedData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened">;
}

export interface V3PlatsolutionEcommerceMchTransferNode {
 compensateBills: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsNode>;
 depositAfterSalesCompensationBills: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsNode>;
 depositInsurancePremiumsCompensationBills: Open<V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsNode>;
 depositShippingCostCompensationBills: Open<V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsNode>;
 insuranceClaimBills: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsNode>;
 subMchCompensationBills: Open<V3PlatsolutionEcommerceMchTransferSubMchCompensationBillsNode>;
 transferBills: Open<V3PlatsolutionEcommerceMchTransferTransferBillsNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsNode {
 /**
  * 请求赔付 `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504175
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferCompensateBillsOptions, PostV3PlatsolutionEcommerceMchTransferCompensateBillsData>;
 billId: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsBillIdNode>;
 outBillNo: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoNode>;
 preTransfer: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsBillIdNode {
 $bill_id$: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_Node>;
 _bill_id_: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_Node {
 /**
  * 查询赔付结果（按微信支付赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504179
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdOptions, GetV3PlatsolutionEcommerceMchTransferCompensateBillsBillIdData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoNode {
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Node {
 /**
  * 查询赔付结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504178
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoOptions, GetV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoData>;
 cancel: Open<V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelNode {
 /**
  * 请求撤销赔付 `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504177
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelOptions, PostV3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNoCancelData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel">;
}

export interface V3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferNode {
 /**
  * 请求赔付预下单 `POST /v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504176
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferOptions, PostV3PlatsolutionEcommerceMchTransferCompensateBillsPreTransferData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsNode {
 /**
  * 请求保证金售后赔付 `POST /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504194
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOptions, PostV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsData>;
 billId: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdNode>;
 outBillNo: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdNode {
 $bill_id$: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_Node>;
 _bill_id_: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_Node {
 /**
  * 查询保证金售后赔付结果（按微信支付赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504196
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdOptions, GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillIdData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoNode {
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_Node {
 /**
  * 查询保证金售后赔付结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504195
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoOptions, GetV3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNoData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsNode {
 /** 发起保证金赔付保司保费 `POST /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills` */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsOptions, PostV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsData>;
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_Node {
 /** 查询保证金赔付保司保费结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}` */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsOptions, GetV3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBillsData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsNode {
 /**
  * 发起保证金赔付用户运费 `POST /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504202
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOptions, PostV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsData>;
 outBillNo: Open<V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoNode {
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no">;
}

export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_Node {
 /**
  * 查询保证金售后赔付运费结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504203
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoOptions, GetV3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNoData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsNode {
 /**
  * 请求保险理赔 `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504184
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOptions, PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsData>;
 billId: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdNode>;
 outBillNo: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoNode>;
 preTransfer: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdNode {
 $bill_id$: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_Node>;
 _bill_id_: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_Node {
 /**
  * 查询保险理赔结果（按微信支付赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504188
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdOptions, GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillIdData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoNode {
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Node {
 /**
  * 查询保险理赔结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504187
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoOptions, GetV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoData>;
 cancel: Open<V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelNode {
 /**
  * 请求撤销保险理赔 `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504186
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelOptions, PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNoCancelData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel">;
}

export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferNode {
 /**
  * 请求保险理赔预下单 `POST /v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504185
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferOptions, PostV3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransferData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer">;
}

export interface V3PlatsolutionEcommerceMchTransferSubMchCompensationBillsNode {
 /** 请求赔付 `POST /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills` */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsOptions, PostV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsData>;
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_Node {
 /** 查询赔付结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}` */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsOptions, GetV3PlatsolutionEcommerceMchTransferSubMchCompensationBillsData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceMchTransferTransferBillsNode {
 /**
  * 保证金赔付 `POST /v3/platsolution/ecommerce/mch-transfer/transfer-bills`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504198
  */
 post: Verb<PostV3PlatsolutionEcommerceMchTransferTransferBillsOptions, PostV3PlatsolutionEcommerceMchTransferTransferBillsData>;
 billId: Open<V3PlatsolutionEcommerceMchTransferTransferBillsBillIdNode>;
 outBillNo: Open<V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/transfer-bills">;
}

export interface V3PlatsolutionEcommerceMchTransferTransferBillsBillIdNode {
 $bill_id$: Open<V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_Node>;
 _bill_id_: Open<V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id">;
}

export interface V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_Node {
 /**
  * 查询保证金赔付结果（按微信支付赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504200
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdOptions, GetV3PlatsolutionEcommerceMchTransferTransferBillsBillIdData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}">;
}

export interface V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoNode {
 $out_bill_no$: Open<V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 _out_bill_no_: Open<V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no">;
}

export interface V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Node {
 /**
  * 查询保证金赔付结果（按商户赔付单号） `GET /v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013504199
  */
 get: Verb<GetV3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoOptions, GetV3PlatsolutionEcommerceMchTransferTransferBillsOutBillNoData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesNode {
 /**
  * 添加二级商户可扫码充值员工 `POST /v3/platsolution/ecommerce/recharge-employees`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013521743
  */
 post: Verb<PostV3PlatsolutionEcommerceRechargeEmployeesOptions, PostV3PlatsolutionEcommerceRechargeEmployeesData>;
 subMchid: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchidNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchidNode {
 $sub_mchid$: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees/sub-mchid">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_Node {
 /**
  * 查询二级商户可扫码充值员工列表 `GET /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013521757
  */
 get: Verb<GetV3PlatsolutionEcommerceRechargeEmployeesSubMchidOptions, GetV3PlatsolutionEcommerceRechargeEmployeesSubMchidData>;
 spOpenid: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenidNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenidNode {
 $sp_openid$: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Node>;
 _sp_openid_: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Node {
 delete: Open<V3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}">;
}

export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteNode {
 /**
  * 删除二级商户可扫码充值员工 `POST /v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013521753
  */
 post: Verb<PostV3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteOptions, PostV3PlatsolutionEcommerceRechargeEmployeesSubMchidSpOpenidDeleteData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete">;
}

export interface V3PlatsolutionEcommerceRechargesNode {
 apply: Open<V3PlatsolutionEcommerceRechargesApplyNode>;
 outRechargeNo: Open<V3PlatsolutionEcommerceRechargesOutRechargeNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharges">;
}

export interface V3PlatsolutionEcommerceRechargesApplyNode {
 /**
  * 申请二级商户充值 `POST /v3/platsolution/ecommerce/recharges/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/apply.html
  */
 post: Verb<PostV3PlatsolutionEcommerceRechargesApplyOptions, PostV3PlatsolutionEcommerceRechargesApplyData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharges/apply">;
}

export interface V3PlatsolutionEcommerceRechargesOutRechargeNoNode {
 $out_recharge_no$: Open<V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Node>;
 _out_recharge_no_: Open<V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharges/out-recharge-no">;
}

export interface V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Node {
 /**
  * 查询二级商户充值结果 `GET /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/get-by-out-no.html
  */
 get: Verb<GetV3PlatsolutionEcommerceRechargesOutRechargeNoOptions, GetV3PlatsolutionEcommerceRechargesOutRechargeNoData>;
 close: Open<V3PlatsolutionEcommerceRechargesOutRechargeNoCloseNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}">;
}

export interface V3PlatsolutionEcommerceRechargesOutRechargeNoCloseNode {
 /**
  * 关闭二级商户充值 `POST /v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/close.html
  */
 post: Verb<PostV3PlatsolutionEcommerceRechargesOutRechargeNoCloseOptions, PostV3PlatsolutionEcommerceRechargesOutRechargeNoCloseData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close">;
}

export interface V3PlatsolutionEcommerceSettleNode {
 prepaySettleOrders: Open<V3PlatsolutionEcommerceSettlePrepaySettleOrdersNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/settle">;
}

export interface V3PlatsolutionEcommerceSettlePrepaySettleOrdersNode {
 /**
  * 个人收款-申请批量结算 `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/apply-prepay-settle-orders.html
  */
 post: Verb<PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersOptions, PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersData>;
 $settle_batch_no$: Open<V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_Node>;
 _settle_batch_no_: Open<V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/settle/prepay-settle-orders">;
}

export interface V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_Node {
 /**
  * 个人收款-查询批量结算信息 `GET /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/get-prepay-settle-orders.html
  */
 get: Verb<GetV3PlatsolutionEcommerceSettlePrepaySettleOrdersOptions, GetV3PlatsolutionEcommerceSettlePrepaySettleOrdersData>;
 applyAbnormalSettle: Open<V3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}">;
}

export interface V3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleNode {
 /** 个人收款-申请异常结算批次单处理 `POST /v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle` */
 post: Verb<PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleOptions, PostV3PlatsolutionEcommerceSettlePrepaySettleOrdersApplyAbnormalSettleData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle">;
}

export interface V3PlatsolutionEcommerceWithdrawNode {
 dayEndBalanceWithdraw: Open<V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/withdraw">;
}

export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawNode {
 /** 二级商户按日终余额预约提现 `POST /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw` */
 post: Verb<PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOptions, PostV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawData>;
 outRequestNo: Open<V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoNode>;
 chain: ChainFrom<"v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw">;
}

export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoNode {
 $out_request_no$: Open<V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no">;
}

export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_Node {
 /** 查询二级商户按日终余额预约提现状态 `GET /v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}` */
 get: Verb<GetV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoOptions, GetV3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNoData>;
 chain: ChainFrom<"v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}">;
}

export interface V3PlatsolutionInsuranceNode {
 mchTransfer: Open<V3PlatsolutionInsuranceMchTransferNode>;
 chain: ChainFrom<"v3/platsolution/insurance">;
}

export interface V3PlatsolutionInsuranceMchTransferNode {
 batches: Open<V3PlatsolutionInsuranceMchTransferBatchesNode>;
 reservation: Open<V3PlatsolutionInsuranceMchTransferReservationNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesNode {
 apply: Open<V3PlatsolutionInsuranceMchTransferBatchesApplyNode>;
 batchId: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchIdNode>;
 detailReceipts: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsNode>;
 outBatchNo: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNoNode>;
 summaryReceipts: Open<V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesApplyNode {
 /** 受理商家转账 `POST /v3/platsolution/insurance/mch-transfer/batches/apply` */
 post: Verb<PostV3PlatsolutionInsuranceMchTransferBatchesApplyOptions, PostV3PlatsolutionInsuranceMchTransferBatchesApplyData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/apply">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesBatchIdNode {
 $batch_id$: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Node>;
 _batch_id_: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/batch-id">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Node {
 /** 微信支付转账批次单号查询批次单 `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdOptions, GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdData>;
 details: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsNode {
 detailId: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailIdNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailIdNode {
 $detail_id$: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 _detail_id_: Open<V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node {
 /** 微信支付转账明细单号查询明细单 `GET /v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdOptions, GetV3PlatsolutionInsuranceMchTransferBatchesBatchIdDetailsDetailIdData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsNode {
 outBatchNo: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node {
 outDetailNo: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNoNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNoNode {
 $out_detail_no$: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node {
 /** 查询商家转账明细电子回单 `GET /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoOptions, GetV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoData>;
 apply: Open<V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyNode {
 /** 申请商家转账明细电子回单 `POST /v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply` */
 post: Verb<PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyOptions, PostV3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/out-batch-no">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Node {
 /** 商户转账批次单号查询批次单 `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoOptions, GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoData>;
 details: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsNode {
 outDetailNo: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode {
 $out_detail_no$: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node {
 /** 商户明细单号查询明细单 `GET /v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsOutDetailNoOptions, GetV3PlatsolutionInsuranceMchTransferBatchesOutBatchNoDetailsOutDetailNoData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsNode {
 outBatchNo: Open<V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/summary-receipts">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node {
 /** 查询商家转账批次电子回单 `GET /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoOptions, GetV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoData>;
 apply: Open<V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyNode {
 /** 申请商家转账批次电子回单 `POST /v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply` */
 post: Verb<PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyOptions, PostV3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNoApplyData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationNode {
 apply: Open<V3PlatsolutionInsuranceMchTransferReservationApplyNode>;
 outReservationNo: Open<V3PlatsolutionInsuranceMchTransferReservationOutReservationNoNode>;
 reservationId: Open<V3PlatsolutionInsuranceMchTransferReservationReservationIdNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationApplyNode {
 /** 受理单次预约商家转账 `POST /v3/platsolution/insurance/mch-transfer/reservation/apply` */
 post: Verb<PostV3PlatsolutionInsuranceMchTransferReservationApplyOptions, PostV3PlatsolutionInsuranceMchTransferReservationApplyData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/apply">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNoNode {
 $out_reservation_no$: Open<V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Node>;
 _out_reservation_no_: Open<V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Node {
 /** 商户预约单号查询预约商家转账记录 `GET /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoOptions, GetV3PlatsolutionInsuranceMchTransferReservationOutReservationNoData>;
 close: Open<V3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseNode>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseNode {
 /** 关闭预约商家转账记录 `POST /v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close` */
 post: Verb<PostV3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseOptions, PostV3PlatsolutionInsuranceMchTransferReservationOutReservationNoCloseData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationReservationIdNode {
 $reservation_id$: Open<V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_Node>;
 _reservation_id_: Open<V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_Node>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/reservation-id">;
}

export interface V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_Node {
 /** 微信支付预约单号查询预约商家转账记录 `GET /v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}` */
 get: Verb<GetV3PlatsolutionInsuranceMchTransferReservationReservationIdOptions, GetV3PlatsolutionInsuranceMchTransferReservationReservationIdData>;
 chain: ChainFrom<"v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}">;
}

export interface V3PlatsolutionMchTransferNode {
 batches: Open<V3PlatsolutionMchTransferBatchesNode>;
 reservation: Open<V3PlatsolutionMchTransferReservationNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer">;
}

export interface V3PlatsolutionMchTransferBatchesNode {
 apply: Open<V3PlatsolutionMchTransferBatchesApplyNode>;
 batchId: Open<V3PlatsolutionMchTransferBatchesBatchIdNode>;
 detailReceipts: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsNode>;
 outBatchNo: Open<V3PlatsolutionMchTransferBatchesOutBatchNoNode>;
 summaryReceipts: Open<V3PlatsolutionMchTransferBatchesSummaryReceiptsNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches">;
}

export interface V3PlatsolutionMchTransferBatchesApplyNode {
 /**
  * 受理商家转账 `POST /v3/platsolution/mch-transfer/batches/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-apply.html
  */
 post: Verb<PostV3PlatsolutionMchTransferBatchesApplyOptions, PostV3PlatsolutionMchTransferBatchesApplyData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/apply">;
}

export interface V3PlatsolutionMchTransferBatchesBatchIdNode {
 $batch_id$: Open<V3PlatsolutionMchTransferBatchesBatchId_batch_id_Node>;
 _batch_id_: Open<V3PlatsolutionMchTransferBatchesBatchId_batch_id_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/batch-id">;
}

export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_Node {
 /**
  * 微信支付转账批次单号查询批次单 `GET /v3/platsolution/mch-transfer/batches/batch-id/{batch_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-by-id.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesBatchIdOptions, GetV3PlatsolutionMchTransferBatchesBatchIdData>;
 details: Open<V3PlatsolutionMchTransferBatchesBatchIdDetailsNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/batch-id/{batch_id}">;
}

export interface V3PlatsolutionMchTransferBatchesBatchIdDetailsNode {
 detailId: Open<V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailIdNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details">;
}

export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailIdNode {
 $detail_id$: Open<V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 _detail_id_: Open<V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id">;
}

export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_Node {
 /**
  * 微信支付转账明细单号查询明细单 `GET /v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/get-transfer-detail-by-no.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdOptions, GetV3PlatsolutionMchTransferBatchesBatchIdDetailsDetailIdData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsNode {
 outBatchNo: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_Node {
 outDetailNo: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNoNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNoNode {
 $out_detail_no$: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Node {
 /**
  * 查询商家转账明细电子回单 `GET /v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipt-query-by-detail-out-no.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoOptions, GetV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoData>;
 apply: Open<V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}">;
}

export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyNode {
 /**
  * 申请商家转账明细电子回单 `POST /v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipt-apply-by-detail-out-no.html
  */
 post: Verb<PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyOptions, PostV3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNoOutDetailNoApplyData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply">;
}

export interface V3PlatsolutionMchTransferBatchesOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/out-batch-no">;
}

export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Node {
 /**
  * 商户转账批次单号查询批次单 `GET /v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-by-out-code.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesOutBatchNoOptions, GetV3PlatsolutionMchTransferBatchesOutBatchNoData>;
 details: Open<V3PlatsolutionMchTransferBatchesOutBatchNoDetailsNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionMchTransferBatchesOutBatchNoDetailsNode {
 outDetailNo: Open<V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details">;
}

export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNoNode {
 $out_detail_no$: Open<V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 _out_detail_no_: Open<V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no">;
}

export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_Node {
 /**
  * 商户明细单号查询明细单 `GET /v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-detail-by-out-no.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesOutBatchNoDetailsOutDetailNoOptions, GetV3PlatsolutionMchTransferBatchesOutBatchNoDetailsOutDetailNoData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}">;
}

export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsNode {
 outBatchNo: Open<V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/summary-receipts">;
}

export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoNode {
 $out_batch_no$: Open<V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node>;
 _out_batch_no_: Open<V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no">;
}

export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Node {
 /**
  * 查询商家转账批次电子回单 `GET /v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipts-query-by-batch-out-no.html
  */
 get: Verb<GetV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoOptions, GetV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoData>;
 apply: Open<V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}">;
}

export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyNode {
 /**
  * 申请商家转账批次电子回单 `POST /v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipts-apply-by-batch-out-no.html
  */
 post: Verb<PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyOptions, PostV3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNoApplyData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply">;
}

export interface V3PlatsolutionMchTransferReservationNode {
 apply: Open<V3PlatsolutionMchTransferReservationApplyNode>;
 outReservationNo: Open<V3PlatsolutionMchTransferReservationOutReservationNoNode>;
 reservationId: Open<V3PlatsolutionMchTransferReservationReservationIdNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation">;
}

export interface V3PlatsolutionMchTransferReservationApplyNode {
 /**
  * 受理单次预约商家转账 `POST /v3/platsolution/mch-transfer/reservation/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-apply.html
  */
 post: Verb<PostV3PlatsolutionMchTransferReservationApplyOptions, PostV3PlatsolutionMchTransferReservationApplyData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/apply">;
}

export interface V3PlatsolutionMchTransferReservationOutReservationNoNode {
 $out_reservation_no$: Open<V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Node>;
 _out_reservation_no_: Open<V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/out-reservation-no">;
}

export interface V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Node {
 /**
  * 商户预约单号查询预约商家转账记录 `GET /v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-get-by-out-no.html
  */
 get: Verb<GetV3PlatsolutionMchTransferReservationOutReservationNoOptions, GetV3PlatsolutionMchTransferReservationOutReservationNoData>;
 close: Open<V3PlatsolutionMchTransferReservationOutReservationNoCloseNode>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}">;
}

export interface V3PlatsolutionMchTransferReservationOutReservationNoCloseNode {
 /**
  * 关闭预约商家转账记录 `POST /v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-close.html
  */
 post: Verb<PostV3PlatsolutionMchTransferReservationOutReservationNoCloseOptions, PostV3PlatsolutionMchTransferReservationOutReservationNoCloseData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close">;
}

export interface V3PlatsolutionMchTransferReservationReservationIdNode {
 $reservation_id$: Open<V3PlatsolutionMchTransferReservationReservationId_reservation_id_Node>;
 _reservation_id_: Open<V3PlatsolutionMchTransferReservationReservationId_reservation_id_Node>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/reservation-id">;
}

export interface V3PlatsolutionMchTransferReservationReservationId_reservation_id_Node {
 /**
  * 微信支付预约单号查询预约商家转账记录 `GET /v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-get-by-id.html
  */
 get: Verb<GetV3PlatsolutionMchTransferReservationReservationIdOptions, GetV3PlatsolutionMchTransferReservationReservationIdData>;
 chain: ChainFrom<"v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}">;
}
