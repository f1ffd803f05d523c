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
export interface GetV3RechargeBankTransferRechargesOutRechargeNoOptions extends CallOptions {
 /** 商户充值单号 @example cz202407181234 */ out_recharge_no: string;
}
/** 查询银行转账充值结果: response body */
export interface GetV3RechargeBankTransferRechargesOutRechargeNoData {
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
