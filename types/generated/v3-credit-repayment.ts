// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** APP预签约自动还款协议: request body */
export interface PostV3CreditRepaymentPartnerContractsAppPresignBody {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 模板ID @example 123 */ plan_id: string;
 /** 服务商签约协议号 @example 100001256 */ out_contract_code: string;
 /** 用户展示名称 @example *明 */ display_name: string;
 /** 签约结果通知地址 @example https://pay.weixin.qq.com */ contract_notify_url: string;
 /** 还款日 @example 1 */ repayment_day: number;
 /** 还款金额上限 @example 10000 */ repayment_amount_limit: string;
 /** 子商户号 @example 1000000109 */ sub_mchid?: string;
 /** 子商户AppID @example example_sub_appid */ sub_appid?: string;
 /** 用户实名信息 */ real_identity: RealIdentity;
 /** 交易信息 */ trade_info?: TradeInfo;
}
/** APP预签约自动还款协议: options */
export interface PostV3CreditRepaymentPartnerContractsAppPresignOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CreditRepaymentPartnerContractsAppPresignBody;
}
/** APP预签约自动还款协议: response body */
export interface PostV3CreditRepaymentPartnerContractsAppPresignData {
 /** 预签约码 */ presign_token: string;
 /** 跳转到的签约服务提供方 */ redirect_service?: string;
}

/** H5预签约自动还款协议: request body */
export interface PostV3CreditRepaymentPartnerContractsH5PresignBody {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 模板ID @example 123 */ plan_id: string;
 /** 服务商签约协议号 @example 100001256 */ out_contract_code: string;
 /** 用户展示名称 @example *明 */ display_name: string;
 /** 签约结果通知地址 @example https://pay.weixin.qq.com */ contract_notify_url: string;
 /** 还款日 @example 1 */ repayment_day: number;
 /** 还款金额上限 @example 10000 */ repayment_amount_limit: string;
 /** 子商户号 @example 1000000109 */ sub_mchid?: string;
 /** 子商户AppID @example example_sub_appid */ sub_appid?: string;
 /** 用户实名信息 */ real_identity: RealIdentity;
 /** 交易信息 */ trade_info?: TradeInfo;
 /** 跳转控制信息 */ jump_info?: {
  /** 签约完后要跳转到的应用AppID @example example_jump_appid */ jump_appid?: string;
 };
}
/** H5预签约自动还款协议: options */
export interface PostV3CreditRepaymentPartnerContractsH5PresignOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CreditRepaymentPartnerContractsH5PresignBody;
}
/** H5预签约自动还款协议: response body */
export interface PostV3CreditRepaymentPartnerContractsH5PresignData {
 /** 拉起微信支付签约页的URL */ redirect_url: string;
}

/** 解除自动还款协议: request body */
export interface PostV3CreditRepaymentPartnerContractsTerminateBody {
 /** 服务商签约协议号 @example 100001256 */ out_contract_code: string;
 /** 协议解约备注 @example example_contract_termination_remark */ contract_termination_remark: string;
}
/** 解除自动还款协议: options */
export interface PostV3CreditRepaymentPartnerContractsTerminateOptions extends CallOptions {
 json: PostV3CreditRepaymentPartnerContractsTerminateBody;
}
/** 解除自动还款协议: response body */
export interface PostV3CreditRepaymentPartnerContractsTerminateData {
 /** 协议信息 */ contract_info?: ContractInfo;
}

/** 查询自动还款协议: options */
export interface GetV3CreditRepaymentPartnerContractsOptions extends CallOptions {
 /** 服务商签约协议号 @example 100005698 */ out_contract_code: string;
}
/** 查询自动还款协议: response body */
export interface GetV3CreditRepaymentPartnerContractsData extends ContractInfo {}

/** 发起还款: request body */
export interface PostV3CreditRepaymentPartnerDeductOrdersBody {
 /** 还款协议ID @example 20251105000000123456789 */ contract_id: string;
 /** 商户侧交易单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商户侧预约还款单号 @example 1234567abcde */ out_record_id: string;
 /** 还款金额 @example 10000 */ deduct_amount: string;
 /** 商户回调地址 @example wxd678efh567hg6787 */ notify_url: string;
 /** 产品描述 @example 信贷还款 */ description: string;
 /** 商户数据包 @example 备注 */ attach?: string;
}
/** 发起还款: options */
export interface PostV3CreditRepaymentPartnerDeductOrdersOptions extends CallOptions {
 json: PostV3CreditRepaymentPartnerDeductOrdersBody;
}
/** 发起还款: response body */
export interface PostV3CreditRepaymentPartnerDeductOrdersData extends PostV3CreditRepaymentPartnerDeductOrdersDataFields {}

/** 查询还款单: options */
export interface GetV3CreditRepaymentPartnerDeductOrdersOptions extends CallOptions {
 /** 商户侧交易单号 @example 1217752501201407033233368018 */ out_trade_no: string;
}
/** 查询还款单: response body */
export interface GetV3CreditRepaymentPartnerDeductOrdersData extends PostV3CreditRepaymentPartnerDeductOrdersDataFields {}

/** 预约还款: request body */
export interface PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateBody {
 /** 还款协议ID @example 20251105000000123456789 */ contract_id: string;
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 预约还款项列表 */ schedule_items: Array<{
  /** 商户侧预约还款单号 @example 1234567abcde */ out_record_id: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 子商户AppID @example wxcbda96de0b165489 */ sub_appid?: string;
  /** 应还款金额 @example 10000 */ repayment_amount: string;
  /** 最低还款金额 @example 2000 */ min_repayment_amount?: string;
  /** 还款日期 @example 2025-11-18 */ repayment_date: string;
 }>;
}
/** 预约还款: options */
export interface PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateOptions extends CallOptions {
 json: PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateBody;
}
/** 预约还款: response body */
export interface PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateData {
 /** 预约还款记录列表 */ schedule_records?: ScheduleRecords[];
}

/** 查询预约还款记录: options */
export interface GetV3CreditRepaymentPartnerScheduleRecordsOptions extends CallOptions {
 /** 商户侧预约还款单号 @example 1234567abcde */ out_record_id: string;
 query: {
  /** 还款协议ID @example 20251105000000123456789 */ contract_id: string;
 };
}
/** 查询预约还款记录: response body */
export interface GetV3CreditRepaymentPartnerScheduleRecordsData extends ScheduleRecords {}

export interface RealIdentity {
 /** 实名验证类型 @example REAL_IDENTITY_TYPE_INVALID */ identity_type: "REAL_IDENTITY_TYPE_INVALID" | "REAL_IDENTITY_TYPE_ID_CARD";
 /** 自然人证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj== */ identity_id: string;
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61leeGD7x87j3Ph== */ real_name: string;
}

export interface TradeInfo {
 /** 商户侧交易单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 还款金额 @example 10000 */ deduct_amount: number;
 /** 产品描述 @example 信贷还款 */ description?: string;
 /** 商户数据包 @example 备注信息 */ attach?: string;
 /** 商户回调地址 @example https://www.test.com */ notify_url?: string;
}

export interface ContractInfo {
 /** 协议ID */ contract_id: string;
 /** 模板ID */ plan_id: string;
 /** 服务商签约协议号 */ out_contract_code: string;
 /** 用户展示名称 */ display_name: string;
 /** 协议状态 */ contract_state: "CONTRACT_STATE_INVALID" | "CONTRACT_STATE_EFFECTIVE" | "CONTRACT_STATE_TERMINATED";
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议解约时间 */ contract_terminated_time?: string;
 /** 协议解约方式 */ contract_terminated_mode?: "TERMINATION_MODE_INVALID" | "TERMINATION_MODE_BY_USER" | "TERMINATION_MODE_BY_MERCHANT" | "TERMINATION_MODE_BY_CUSTOMER_SERVICE";
 /** 协议解约备注 */ contract_termination_remark?: string;
 /** 还款日 */ repayment_day?: number;
 /** 用户服务商标识 */ openid?: string;
 /** 服务商AppID */ appid?: string;
 /** 还款金额上限 */ repayment_amount_limit: number;
}

export interface PostV3CreditRepaymentPartnerDeductOrdersDataFields {
 /** 商户侧交易单号 */ out_trade_no: string;
 /** 商户侧预约还款单号 */ out_record_id: string;
 /** 商户AppID */ appid: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 用户标识 */ openid: string;
 /** 还款协议ID */ contract_id: string;
 /** 还款单状态 */ order_state: "DEDUCT_ORDER_STATE_PENDING" | "DEDUCT_ORDER_STATE_NOT_PAY" | "DEDUCT_ORDER_STATE_PAY_SUCCESS" | "DEDUCT_ORDER_STATE_PAY_FAIL";
 /** 还款金额 */ deduct_amount: string;
 /** 实际还款金额 */ pay_success_amount?: string;
 /** 产品描述 */ description: string;
 /** 商户数据包 */ attach?: string;
 /** 微信支付的支付单号 */ transaction_id?: string;
}

export interface ScheduleRecords {
 /** 商户侧预约还款单号 */ out_record_id: string;
 /** 商户AppID */ appid: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 还款协议ID */ contract_id?: string;
 /** 应还款金额 */ repayment_amount: string;
 /** 最低还款金额 */ min_repayment_amount: string;
 /** 还款日期 */ repayment_date: string;
 /** 用户标识 */ openid: string;
}

export interface V3CreditRepaymentNode {
 partner: Open<V3CreditRepaymentPartnerNode>;
 chain: ChainFrom<"v3/credit-repayment">;
}

export interface V3CreditRepaymentPartnerNode {
 contracts: Open<V3CreditRepaymentPartnerContractsNode>;
 deductOrders: Open<V3CreditRepaymentPartnerDeductOrdersNode>;
 scheduleRecords: Open<V3CreditRepaymentPartnerScheduleRecordsNode>;
 chain: ChainFrom<"v3/credit-repayment/partner">;
}

export interface V3CreditRepaymentPartnerContractsNode {
 $out_contract_code$: Open<V3CreditRepaymentPartnerContracts_out_contract_code_Node>;
 _out_contract_code_: Open<V3CreditRepaymentPartnerContracts_out_contract_code_Node>;
 appPresign: Open<V3CreditRepaymentPartnerContractsAppPresignNode>;
 h5Presign: Open<V3CreditRepaymentPartnerContractsH5PresignNode>;
 terminate: Open<V3CreditRepaymentPartnerContractsTerminateNode>;
 chain: ChainFrom<"v3/credit-repayment/partner/contracts">;
}

export interface V3CreditRepaymentPartnerContractsAppPresignNode {
 /** APP预签约自动还款协议 `POST /v3/credit-repayment/partner/contracts/app-presign` */
 post: Verb<PostV3CreditRepaymentPartnerContractsAppPresignOptions, PostV3CreditRepaymentPartnerContractsAppPresignData>;
 chain: ChainFrom<"v3/credit-repayment/partner/contracts/app-presign">;
}

export interface V3CreditRepaymentPartnerContractsH5PresignNode {
 /** H5预签约自动还款协议 `POST /v3/credit-repayment/partner/contracts/h5-presign` */
 post: Verb<PostV3CreditRepaymentPartnerContractsH5PresignOptions, PostV3CreditRepaymentPartnerContractsH5PresignData>;
 chain: ChainFrom<"v3/credit-repayment/partner/contracts/h5-presign">;
}

export interface V3CreditRepaymentPartnerContractsTerminateNode {
 /** 解除自动还款协议 `POST /v3/credit-repayment/partner/contracts/terminate` */
 post: Verb<PostV3CreditRepaymentPartnerContractsTerminateOptions, PostV3CreditRepaymentPartnerContractsTerminateData>;
 chain: ChainFrom<"v3/credit-repayment/partner/contracts/terminate">;
}

export interface V3CreditRepaymentPartnerContracts_out_contract_code_Node {
 /** 查询自动还款协议 `GET /v3/credit-repayment/partner/contracts/{out_contract_code}` */
 get: Verb<GetV3CreditRepaymentPartnerContractsOptions, GetV3CreditRepaymentPartnerContractsData>;
 chain: ChainFrom<"v3/credit-repayment/partner/contracts/{out_contract_code}">;
}

export interface V3CreditRepaymentPartnerDeductOrdersNode {
 /** 发起还款 `POST /v3/credit-repayment/partner/deduct-orders` */
 post: Verb<PostV3CreditRepaymentPartnerDeductOrdersOptions, PostV3CreditRepaymentPartnerDeductOrdersData>;
 $out_trade_no$: Open<V3CreditRepaymentPartnerDeductOrders_out_trade_no_Node>;
 _out_trade_no_: Open<V3CreditRepaymentPartnerDeductOrders_out_trade_no_Node>;
 chain: ChainFrom<"v3/credit-repayment/partner/deduct-orders">;
}

export interface V3CreditRepaymentPartnerDeductOrders_out_trade_no_Node {
 /** 查询还款单 `GET /v3/credit-repayment/partner/deduct-orders/{out_trade_no}` */
 get: Verb<GetV3CreditRepaymentPartnerDeductOrdersOptions, GetV3CreditRepaymentPartnerDeductOrdersData>;
 chain: ChainFrom<"v3/credit-repayment/partner/deduct-orders/{out_trade_no}">;
}

export interface V3CreditRepaymentPartnerScheduleRecordsNode {
 $out_record_id$: Open<V3CreditRepaymentPartnerScheduleRecords_out_record_id_Node>;
 _out_record_id_: Open<V3CreditRepaymentPartnerScheduleRecords_out_record_id_Node>;
 batchCreate: Open<V3CreditRepaymentPartnerScheduleRecordsBatchCreateNode>;
 chain: ChainFrom<"v3/credit-repayment/partner/schedule-records">;
}

export interface V3CreditRepaymentPartnerScheduleRecordsBatchCreateNode {
 /** 预约还款 `POST /v3/credit-repayment/partner/schedule-records/batch-create` */
 post: Verb<PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateOptions, PostV3CreditRepaymentPartnerScheduleRecordsBatchCreateData>;
 chain: ChainFrom<"v3/credit-repayment/partner/schedule-records/batch-create">;
}

export interface V3CreditRepaymentPartnerScheduleRecords_out_record_id_Node {
 /** 查询预约还款记录 `GET /v3/credit-repayment/partner/schedule-records/{out_record_id}` */
 get: Verb<GetV3CreditRepaymentPartnerScheduleRecordsOptions, GetV3CreditRepaymentPartnerScheduleRecordsData>;
 chain: ChainFrom<"v3/credit-repayment/partner/schedule-records/{out_record_id}">;
}
