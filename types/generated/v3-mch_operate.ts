// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交已注销商户号可用余额提现申请单API: request body */
export interface PostV3MchOperateRiskWithdrawlApplyBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 二级商户号的出款子账户类型 @example BASIC_ACCOUNT */ out_account_type: "BASIC_ACCOUNT" | "OPERATE_ACCOUNT" | "MARGIN_ACCOUNT";
 /** 提现金额 @example 101 */ amount: number;
 /** 商户提现申请单号 @example 2019061122222222122 */ out_request_no: string;
 /** 收款对象类型 @example OTHER_MERCHANT */ payee_type: "CONTRIBUTION_MERCHANT" | "SERVICE_PROVIDER_MERCHANT" | "OTHER_MERCHANT" | "INDIVIDUAL";
 /** 收款对象对应的商户号 @example 1900000109 */ payee_mchid?: string;
 /** 收款账号信息 */ payee_info: {
  /** 账户类型 @example ACCOUNT_TYPE_CORPORATE */ account_type: "ACCOUNT_TYPE_CORPORATE" | "ACCOUNT_TYPE_PERSONAL";
  /** 银行账户 */ bank_account_info?: {
   /** 开户名称 @example AOZdYGISxo4y44/UgZ69b0zZXkw== */ account_name: string;
   /** 开户银行 @example 工商银行 */ account_bank: string;
   /** 开户银行联行号 @example 402713354941 */ bank_branch_id?: string;
   /** 开户银行全称 @example 402713354941 */ bank_name?: string;
   /** 银行账号 @example d+xT+MQCvrLHeorwC+w== */ account_number: string;
  };
  /** 收款人账号对应的证件信息 */ identity_info?: {
   /** 证件类型 @example IDENTIFICATION_TYPE_IDCARD */ id_doc_type?: "IDENTIFICATION_TYPE_IDCARD" | "IDENTIFICATION_TYPE_OVERSEA_PASSPORT" | "IDENTIFICATION_TYPE_HONGKONG_PASSPORT" | "IDENTIFICATION_TYPE_MACAO_PASSPORT" | "IDENTIFICATION_TYPE_TAIWAN_PASSPORT" | "IDENTIFICATION_TYPE_FOREIGN_RESIDENT" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
   /** 证件姓名 @example pVd1HJ6zyvPedzfg== */ identification_name: string;
   /** 证件号码 @example AOZdYGISxo4y44/UgZ69bkw== */ identification_no: string;
  };
 };
 /** 付款申请证明材料 */ proof_media_list?: {
  /** 申请证明材料 */ proof_payee_media?: Array<{
   /** 申请证明材料类型 @example BASIC_TRANSACTION_INFORMATION */ proof_media_type: "BASIC_TRANSACTION_INFORMATION" | "LEGAL_ID_CARD" | "ID_CARD" | "BUSINESS_LICENSE_PHOTO" | "PAYEE_ID_CARD" | "WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_6" | "WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_7" | "WECHAT_PAY_WITHDRAWAL_APPLICATION_TYPE_8";
   /** 证明材料照片 @example jTpGmxUX3FBWVQ5NJTZvlKXQ */ proof_media: string;
  }>;
 };
 /** 补充材料 */ additional_materials?: {
  /** 补充材料照片列表 */ additional_media?: string[];
 };
 /** 备注 @example 特殊理由 */ remark?: string;
}
/** 提交已注销商户号可用余额提现申请单API: options */
export interface PostV3MchOperateRiskWithdrawlApplyOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MchOperateRiskWithdrawlApplyBody;
}
/** 提交已注销商户号可用余额提现申请单API: response body */
export interface PostV3MchOperateRiskWithdrawlApplyData {
 /** 微信支付提现申请单号 */ applyment_id?: string;
 /** 商户提现申请单号 */ out_request_no?: string;
}

/** 微信支付提现申请单号查询提现申请单状态API: options */
export interface GetV3MchOperateRiskWithdrawlApplyApplymentIdOptions extends CallOptions {
 /** 微信支付提现申请单号 @example 20220210183333 */ applyment_id: string;
}
/** 微信支付提现申请单号查询提现申请单状态API: response body */
export interface GetV3MchOperateRiskWithdrawlApplyApplymentIdData extends GetV3MchOperateRiskWithdrawlApplyApplymentIdDataFields {}

/** 商户提现申请单号查询提现申请单状态: options */
export interface GetV3MchOperateRiskWithdrawlApplyOutRequestNoOptions extends CallOptions {
 /** 商户提现申请号 @example 123283928932 */ out_request_no: string;
}
/** 商户提现申请单号查询提现申请单状态: response body */
export interface GetV3MchOperateRiskWithdrawlApplyOutRequestNoData extends GetV3MchOperateRiskWithdrawlApplyApplymentIdDataFields {}

export interface GetV3MchOperateRiskWithdrawlApplyApplymentIdDataFields {
 /** 提现申请单信息 */ withdrawl_apply: {
  /** 微信支付提现申请单号 */ applyment_id: string;
  /** 商户提现申请单号 */ out_request_no: string;
  /** 申请单状态 */ state: string;
  /** 失败原因 */ fail_reason?: string;
  /** 最后更新时间 */ modify_time?: string;
 };
}

export interface V3MchOperateNode {
 risk: Open<V3MchOperateRiskNode>;
 chain: ChainFrom<"v3/mch_operate">;
}

export interface V3MchOperateRiskNode {
 withdrawlApply: Open<V3MchOperateRiskWithdrawlApplyNode>;
 chain: ChainFrom<"v3/mch_operate/risk">;
}

export interface V3MchOperateRiskWithdrawlApplyNode {
 /**
  * 提交已注销商户号可用余额提现申请单API `POST /v3/mch_operate/risk/withdrawl-apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/withdrawal-apply/withdrawal-apply/submit-apply.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_9.shtml
  */
 post: Verb<PostV3MchOperateRiskWithdrawlApplyOptions, PostV3MchOperateRiskWithdrawlApplyData>;
 applymentId: Open<V3MchOperateRiskWithdrawlApplyApplymentIdNode>;
 outRequestNo: Open<V3MchOperateRiskWithdrawlApplyOutRequestNoNode>;
 chain: ChainFrom<"v3/mch_operate/risk/withdrawl-apply">;
}

export interface V3MchOperateRiskWithdrawlApplyApplymentIdNode {
 $applyment_id$: Open<V3MchOperateRiskWithdrawlApplyApplymentId_applyment_id_Node>;
 _applyment_id_: Open<V3MchOperateRiskWithdrawlApplyApplymentId_applyment_id_Node>;
 chain: ChainFrom<"v3/mch_operate/risk/withdrawl-apply/applyment-id">;
}

export interface V3MchOperateRiskWithdrawlApplyApplymentId_applyment_id_Node {
 /**
  * 微信支付提现申请单号查询提现申请单状态API `GET /v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_8.shtml
  */
 get: Verb<GetV3MchOperateRiskWithdrawlApplyApplymentIdOptions, GetV3MchOperateRiskWithdrawlApplyApplymentIdData>;
 chain: ChainFrom<"v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}">;
}

export interface V3MchOperateRiskWithdrawlApplyOutRequestNoNode {
 $out_request_no$: Open<V3MchOperateRiskWithdrawlApplyOutRequestNo_out_request_no_Node>;
 _out_request_no_: Open<V3MchOperateRiskWithdrawlApplyOutRequestNo_out_request_no_Node>;
 chain: ChainFrom<"v3/mch_operate/risk/withdrawl-apply/out-request-no">;
}

export interface V3MchOperateRiskWithdrawlApplyOutRequestNo_out_request_no_Node {
 /**
  * 商户提现申请单号查询提现申请单状态 `GET /v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_7.shtml
  */
 get: Verb<GetV3MchOperateRiskWithdrawlApplyOutRequestNoOptions, GetV3MchOperateRiskWithdrawlApplyOutRequestNoData>;
 chain: ChainFrom<"v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}">;
}
