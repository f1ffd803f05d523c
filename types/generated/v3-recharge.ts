// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请银行转账充值: request body */
export interface PostV3RechargeBankTransferRechargesApplyBody {
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
 /** 充值场景 @example NORMAL_BANK_TRANSFER */ recharge_scene: "NORMAL_BANK_TRANSFER";
 /** 充值入账账户 @example BASIC */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 充值金额 */ recharge_amount: {
  /** 总金额 @example 500000 */ amount?: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
}
/** 申请银行转账充值: options */
export interface PostV3RechargeBankTransferRechargesApplyOptions extends CallOptions {
 json: PostV3RechargeBankTransferRechargesApplyBody;
}
/** 申请银行转账充值: response body */
export interface PostV3RechargeBankTransferRechargesApplyData {
 /** 微信支付充值单号 @example 172207846292553701 */ recharge_id: string;
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
 /** 银行账户 */ transfer_in_account: {
  /** 开户银行名称 @example 财付通-备付金账户 */ bank_name?: string;
  /** 开户银行省市编码 @example 440300 */ bank_address_code?: string;
  /** 开户银行行号 @example 991584000049 */ bank_code?: string;
  /** 银行账户名称 @example 某某某有限公司 */ bank_account_name?: string;
  /** 银行账号 @example 686000172489957748585801 */ bank_account_no?: string;
 };
}

/** 查询银行转账充值结果: options */
export interface GetV3RechargeBankTransferRechargesOutRechargeNoOptions extends CallOptions {
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
}
/** 查询银行转账充值结果: response body */
export interface GetV3RechargeBankTransferRechargesOutRechargeNoData {
 /** 充值商户号 @example 1900001121 */ mchid: string;
 /** 微信支付充值单号 @example 172234484162395401 */ recharge_id: string;
 /** 商户充值单号 @example cz2020042013 */ out_recharge_no: string;
 /** 充值入账账户 @example DEPOSIT */ account_type: "BASIC" | "OPERATION" | "FEES";
 /** 充值状态 @example SUCCESS */ recharge_state: "SUCCESS" | "RECHARGING" | "CLOSED";
 /** 充值场景 @example ECOMMERCE_BANK_TRANSFER */ recharge_scene: "ECOMMERCE_BANK_TRANSFER";
 /** 充值状态描述 @example 超过时间限制，系统自动关闭充值单 */ recharge_state_desc?: string;
 /** 充值金额 */ recharge_amount: {
  /** 总金额 @example 500000 */ amount?: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 转账充值的付款信息 */ bank_transfer_info?: {
  /** 转账充值附言 @example 转账充值附言 */ memo?: string;
  /** 银行转账退回时间 @example 2015-05-20T13:29:35+08:00 */ return_time?: string;
  /** 银行转账退回原因 @example 银行转账充值金额与申请充值金额不一致 */ return_reason?: string;
  /** 开户银行名称 @example 中国银行 */ bank_name?: string;
  /** 银行卡号后四位 @example 0722 */ bank_card_tail?: string;
 };
 /** 受理充值时间 @example 2015-05-20T13:29:35+08:00 */ accept_time?: string;
 /** 充值成功时间 @example 2015-05-20T13:29:35+08:00 */ success_time?: string;
 /** 关闭充值时间 @example 2015-05-20T13:29:35+08:00 */ close_time?: string;
}

export interface V3RechargeNode {
 bankTransferRecharges: Open<V3RechargeBankTransferRechargesNode>;
 chain: ChainFrom<"v3/recharge">;
}

export interface V3RechargeBankTransferRechargesNode {
 apply: Open<V3RechargeBankTransferRechargesApplyNode>;
 outRechargeNo: Open<V3RechargeBankTransferRechargesOutRechargeNoNode>;
 chain: ChainFrom<"v3/recharge/bank-transfer-recharges">;
}

export interface V3RechargeBankTransferRechargesApplyNode {
 /**
  * 申请银行转账充值 `POST /v3/recharge/bank-transfer-recharges/apply`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-recharge/bank-recharge/bank-transfer-recharge-apply.html
  */
 post: Verb<PostV3RechargeBankTransferRechargesApplyOptions, PostV3RechargeBankTransferRechargesApplyData>;
 chain: ChainFrom<"v3/recharge/bank-transfer-recharges/apply">;
}

export interface V3RechargeBankTransferRechargesOutRechargeNoNode {
 $out_recharge_no$: Open<V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_Node>;
 _out_recharge_no_: Open<V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_Node>;
 chain: ChainFrom<"v3/recharge/bank-transfer-recharges/out-recharge-no">;
}

export interface V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_Node {
 /**
  * 查询银行转账充值结果 `GET /v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/mch-recharge/bank-recharge/bank-transfer-recharge-get-by-out-no.html
  */
 get: Verb<GetV3RechargeBankTransferRechargesOutRechargeNoOptions, GetV3RechargeBankTransferRechargesOutRechargeNoData>;
 chain: ChainFrom<"v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}">;
}
