// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 重试扣费通知API: request body */
export interface PostV3PapayContractsFailNotifyBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
}
/** 重试扣费通知API: options */
export interface PostV3PapayContractsFailNotifyOptions extends CallOptions {
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 json: PostV3PapayContractsFailNotifyBody;
}
/** 重试扣费通知API: response body */
export type PostV3PapayContractsFailNotifyData = undefined;

/** 直连商户预扣费通知API: request body */
export interface PostV3PapayContractsNotifyBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 扣费持续时间 */ deduct_duration?: {
  /** 扣费持续时间数 @example 1 */ count: 1 | 2 | 3;
  /** 单位 @example DAY */ unit?: "DAY";
 };
 /** 预计扣费金额信息 */ estimated_amount: {
  /** 预计扣费金额 @example 1 */ amount: number;
  /** 预计扣费货币类型 @example CNY */ currency?: string;
 };
}
/** 直连商户预扣费通知API: options */
export interface PostV3PapayContractsNotifyOptions extends CallOptions {
 /** 委托代扣协议ID */ contract_id: string;
 json: PostV3PapayContractsNotifyBody;
}
/** 直连商户预扣费通知API: response body */
export type PostV3PapayContractsNotifyData = undefined;

/** 保险商户查询保险自动续费预约API: options */
export interface GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdOptions extends CallOptions {
 /** 委托代扣协议ID */ contract_id: string;
 /** 保单的扣费周期编号 @example 1 */ policy_period_id: string | number;
}
/** 保险商户查询保险自动续费预约API: response body */
export interface GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdData extends GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdDataFields {}

/** 保险商户预约保险自动续费API: request body */
export interface PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 预约扣费金额信息 */ scheduled_amount: PapayScheduledAmount;
}
/** 保险商户预约保险自动续费API: options */
export interface PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleOptions extends CallOptions {
 /** 委托代扣协议ID */ contract_id: string;
 /** 保单的扣费周期编号 @example 1 */ policy_period_id: string | number;
 json: PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleBody;
}
/** 保险商户预约保险自动续费API: response body */
export interface PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleData extends GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdDataFields {}

/** 保险商户受理保险自动续费扣款API: request body */
export interface PostV3PapayInsurancePayTransactionsApplyBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 通知地址 @example https://www.qq.com/ */ transaction_notify_url: string;
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 /** 保单的扣费周期编号 @example 1 */ policy_period_id: number;
 /** 扣费金额信息 */ amount: PapayScheduledAmount;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
}
/** 保险商户受理保险自动续费扣款API: options */
export interface PostV3PapayInsurancePayTransactionsApplyOptions extends CallOptions {
 json: PostV3PapayInsurancePayTransactionsApplyBody;
}
/** 保险商户受理保险自动续费扣款API: response body */
export interface PostV3PapayInsurancePayTransactionsApplyData extends PostV3PapayInsurancePayTransactionsApplyDataFields {}

/** 保险商户受理续期自动续费协议: request body */
export interface PostV3PapayInsuranceSignContractsPlanIdContractIdRenewBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 续期的扣费周期列表 */ policy_periods: PolicyPeriods[];
}
/** 保险商户受理续期自动续费协议: options */
export interface PostV3PapayInsuranceSignContractsPlanIdContractIdRenewOptions extends CallOptions {
 /** 委托代扣模板ID */ plan_id: string | number;
 /** 委托代扣协议ID */ contract_id: string;
 json: PostV3PapayInsuranceSignContractsPlanIdContractIdRenewBody;
}
/** 保险商户受理续期自动续费协议: response body */
export type PostV3PapayInsuranceSignContractsPlanIdContractIdRenewData = undefined;

/** 保险商户查询保险自动续费协议: options */
export interface GetV3PapayInsuranceSignContractsPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
}
/** 保险商户查询保险自动续费协议: response body */
export interface GetV3PapayInsuranceSignContractsPlanIdOutContractCodeData {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议ID */ contract_id: string;
 /** 商户AppID */ appid: string;
 /** 委托代扣模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 被保人姓名 */ insured_display_name?: string;
 /** 委托代扣协议状态 */ contract_state: "SIGNED" | "TERMINATED" | "SIGN_FAILED" | "TO_BE_RENEWED" | "TERMINATE_PENDING";
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议到期时间 */ contract_expired_time?: string;
 /** 协议解约信息 */ contract_terminate_info?: ContractTerminateInfo;
 /** 用户OpenID */ openid: string;
 /** 商户侧用户标识 */ out_user_code?: string;
 /** 跳转撤销解约小程序的路径 */ revoke_terminate_contract_redirect_url?: string;
 /** 跳转撤销解约小程序的appid */ revoke_terminate_contract_redirect_appid?: string;
}

/** 保险商户通过商户协议号解除保险自动续费协议: request body */
export interface PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateBody {
 /** 解约备注 @example 用户解约 */ contract_termination_remark: string;
}
/** 保险商户通过商户协议号解除保险自动续费协议: options */
export interface PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 json: PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateBody;
}
/** 保险商户通过商户协议号解除保险自动续费协议: response body */
export interface PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateData {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议ID */ contract_id: string;
 /** 商户AppID */ appid: string;
 /** 委托代扣模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 被保人姓名 */ insured_display_name?: string;
 /** 委托代扣协议状态 */ contract_state: "SIGNED" | "TERMINATED" | "SIGN_FAILED" | "TO_BE_RENEWED" | "TERMINATE_PENDING";
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议到期时间 */ contract_expired_time?: string;
 /** 协议解约信息 */ contract_terminate_info?: ContractTerminateInfo;
 /** 用户OpenID */ openid: string;
 /** 商户侧用户标识 */ out_user_code?: string;
}

/** 保险商户App预签约API: request body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignAppBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 被保人的展示名称 @example *明 */ insured_display_name: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 保险保单的开始日期 @example 2019-11-22 */ policy_start_date: string;
 /** 保险保单的结束日期 @example 2020-11-22 */ policy_end_date: string;
 /** 保单的扣费周期列表 */ policy_periods: PolicyPeriods[];
 /** 扣费金额信息 */ amount?: PapayScheduledAmount;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description?: string;
 /** 支付结果通知地址 @example https://www.qq.com/ */ transaction_notify_url?: string;
 /** 商户侧用户标识 @example 用户昵称 */ out_user_code?: string;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 是否自动续保 @example true */ can_auto_insure?: boolean;
 /** 是否自动重新投保 @example false */ can_auto_reinsure?: boolean;
 /** 用户实名信息 */ real_identity?: PapayRealIdentity;
 /** 合并扣费期数 @example 1 */ combined_deduct_period_count?: number;
}
/** 保险商户App预签约API: options */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignAppOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PapayInsuranceSignContractsPreEntrustSignAppBody;
}
/** 保险商户App预签约API: response body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignAppData {
 /** 预签约ID */ pre_entrustweb_id: string;
}

/** 保险商户H5预签约API: request body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignH5Body {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 被保人的展示名称 @example *明 */ insured_display_name: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 保险保单的开始日期 @example 2019-11-22 */ policy_start_date: string;
 /** 保险保单的结束日期 @example 2020-11-22 */ policy_end_date: string;
 /** 保单的扣费周期列表 */ policy_periods: PapayPolicyPeriods[];
 /** 扣费金额信息 */ amount?: PapayScheduledAmount;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description?: string;
 /** 支付结果通知地址 @example https://www.qq.com/ */ transaction_notify_url?: string;
 /** 商户侧用户标识 @example 用户昵称 */ out_user_code?: string;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 是否自动续保 @example true */ can_auto_insure?: boolean;
 /** 是否自动重新投保 @example false */ can_auto_reinsure?: boolean;
 /** 用户实名信息 */ real_identity?: PapayRealIdentity;
 /** 跳转控制信息 */ jump_control?: JumpControl;
 /** 合并扣费期数 @example 1 */ combined_deduct_period_count?: number;
}
/** 保险商户H5预签约API: options */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignH5Options extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PapayInsuranceSignContractsPreEntrustSignH5Body;
}
/** 保险商户H5预签约API: response body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignH5Data {
 /** 拉起微信支付客户端的URL */ redirect_url: string;
}

/** 保险商户JSAPI预签约API: request body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignJsapiBody extends PostV3PapayInsuranceSignContractsPreEntrustSignJsapiBodyFields {}
/** 保险商户JSAPI预签约API: options */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignJsapiOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PapayInsuranceSignContractsPreEntrustSignJsapiBody;
}
/** 保险商户JSAPI预签约API: response body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignJsapiData {
 /** 跳转签约并支付流程的URL */ redirect_url: string;
}

/** 保险商户小程序预签约API: request body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramBody extends PostV3PapayInsuranceSignContractsPreEntrustSignJsapiBodyFields {}
/** 保险商户小程序预签约API: options */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramBody;
}
/** 保险商户小程序预签约API: response body */
export interface PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的AppID */ redirect_appid: string;
 /** 跳转签约小程序的路径 */ redirect_path: string;
}

/** 保险商户修改保险扣费周期列表: request body */
export interface PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 续期的扣费周期列表 */ policy_periods: PolicyPeriods[];
 /** 是否允许取消预约 */ allow_cancel_scheduled?: boolean;
}
/** 保险商户修改保险扣费周期列表: options */
export interface PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 委托代扣协议ID @example 2015071056489715 */ contract_id: string;
 json: PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyBody;
}
/** 保险商户修改保险扣费周期列表: response body */
export interface PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyData {
 /** 最新的扣费周期列表 */ policy_periods?: Array<{
  /** 保险扣费周期编号 */ policy_period_id: number;
  /** 预计扣费的日期 */ estimated_deduct_date: string;
  /** 预计扣费金额 */ estimated_deduct_amount: ScheduledAmount;
 }>;
 /** 发生了取消预约的扣费计划项编号 */ cancel_scheduled_policy_period_id?: number;
}

/** 保险商户查询保险扣费周期列表API: options */
export interface GetV3PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 query?: {
  /** 分页大小 @example 20 */ limit?: number;
  /** 分页开始位置 @example 50 */ offset?: number;
 };
}
/** 保险商户查询保险扣费周期列表API: response body */
export interface GetV3PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeData {
 /** 扣费周期列表 */ data?: Array<{
  /** 保单的扣费周期编号 */ policy_period_id: number;
  /** 扣费周期预计的扣费的日期 */ estimated_deduct_date: string;
  /** 扣费周期预计的扣费金额 */ estimated_deduct_amount: ScheduledAmount;
  /** 扣费周期预约状态 */ policy_period_state: string;
  /** 已预约的扣费金额信息 */ scheduled_amount?: ScheduledAmount;
  /** 实际扣费金额 */ deduct_amount?: ScheduledAmount;
  /** 实际扣费的日期 */ deduct_date?: string;
 }>;
 /** 分页大小 */ limit: number;
 /** 分页开始位置 */ offset: number;
 /** 扣费周期总条数 */ total_count?: number;
}

/** 代扣受理扣款: request body */
export interface PostV3PapayPayHarmonyTransactionsApplyBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 通知地址 @example https://www.qq.com/ */ transaction_notify_url: string;
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 /** 扣费金额信息 */ amount: PapayScheduledAmount;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 鸿蒙账户id @example example_harmony_account_id */ harmony_account_id: string;
 /** 商户类别码 @example 5734 */ mcc?: string;
}
/** 代扣受理扣款: options */
export interface PostV3PapayPayHarmonyTransactionsApplyOptions extends CallOptions {
 json: PostV3PapayPayHarmonyTransactionsApplyBody;
}
/** 代扣受理扣款: response body */
export interface PostV3PapayPayHarmonyTransactionsApplyData extends PostV3PapayInsurancePayTransactionsApplyDataFields {}

/** 查询扣费预约API: options */
export interface GetV3PapayPayPartnerSchedulesContractIdOptions extends CallOptions {
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 query: {
  /** 子商户号商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询扣费预约API: response body */
export interface GetV3PapayPayPartnerSchedulesContractIdData extends GetV3PapayPayPartnerSchedulesContractIdDataFields {}

/** 预约扣费API: request body */
export interface PostV3PapayPayPartnerSchedulesContractIdScheduleBody {
 /** 应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 子商户号商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 预约的金额信息 */ schedule_amount: PapayScheduledAmount;
}
/** 预约扣费API: options */
export interface PostV3PapayPayPartnerSchedulesContractIdScheduleOptions extends CallOptions {
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 json: PostV3PapayPayPartnerSchedulesContractIdScheduleBody;
}
/** 预约扣费API: response body */
export interface PostV3PapayPayPartnerSchedulesContractIdScheduleData extends GetV3PapayPayPartnerSchedulesContractIdDataFields {}

/** 受理扣款API: request body */
export interface PostV3PapayPayPartnerTransactionsApplyBody {
 /** 应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 子商户号商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 通知地址 @example https://www.qq.com/ */ transaction_notify_url: string;
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 /** 扣费金额信息 */ amount: PapayScheduledAmount;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
}
/** 受理扣款API: options */
export interface PostV3PapayPayPartnerTransactionsApplyOptions extends CallOptions {
 json: PostV3PapayPayPartnerTransactionsApplyBody;
}
/** 受理扣款API: response body */
export interface PostV3PapayPayPartnerTransactionsApplyData extends PostV3PapayInsurancePayTransactionsApplyDataFields {}

/** 查询扣费预约API: options */
export interface GetV3PapayPaySchedulesContractIdOptions extends CallOptions {
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
}
/** 查询扣费预约API: response body */
export interface GetV3PapayPaySchedulesContractIdData extends GetV3PapayPayPartnerSchedulesContractIdDataFields {}

/** 预约扣费API: request body */
export interface PostV3PapayPaySchedulesContractIdScheduleBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 预约的金额信息 */ schedule_amount: PapayScheduledAmount;
}
/** 预约扣费API: options */
export interface PostV3PapayPaySchedulesContractIdScheduleOptions extends CallOptions {
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 json: PostV3PapayPaySchedulesContractIdScheduleBody;
}
/** 预约扣费API: response body */
export interface PostV3PapayPaySchedulesContractIdScheduleData extends GetV3PapayPayPartnerSchedulesContractIdDataFields {}

/** 受理扣款API: request body */
export interface PostV3PapayPayTransactionsApplyBody {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 通知地址 @example https://www.qq.com/ */ transaction_notify_url: string;
 /** 委托代扣协议ID @example 123124412412423431 */ contract_id: string;
 /** 扣费金额信息 */ amount: PapayScheduledAmount;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
}
/** 受理扣款API: options */
export interface PostV3PapayPayTransactionsApplyOptions extends CallOptions {
 json: PostV3PapayPayTransactionsApplyBody;
}
/** 受理扣款API: response body */
export interface PostV3PapayPayTransactionsApplyData extends PostV3PapayInsurancePayTransactionsApplyDataFields {}

/** App场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBody extends PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBodyFields {}
/** App场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignAppOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBody;
}
/** App场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignAppData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的username */ miniprogram_username?: string;
 /** 跳转签约小程序的path */ miniprogram_path?: string;
}

/** H5场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Body {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 商户侧用户标识 @example 用户A */ out_user_code?: string;
 /** 用于预约扣费的预约信息 */ deduct_schedule?: DeductSchedule;
 /** 跳转控制信息 */ jump_control?: JumpControl;
}
/** H5场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Options extends CallOptions {
 json: PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Body;
}
/** H5场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Data {
 /** 拉起微信支付客户端的URL */ redirect_url: string;
}

/** JSAPI场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiBody extends PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBodyFields {}
/** JSAPI场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiBody;
}
/** JSAPI场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiData {
 /** 跳转签约流程的URL */ redirect_url: string;
}

/** 小程序场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramBody extends PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBodyFields {}
/** 小程序场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramBody;
}
/** 小程序场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的AppID */ redirect_appid: string;
 /** 跳转签约小程序的路径 */ redirect_path: string;
}

/** App场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBody extends PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBodyFields {}
/** App场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBody;
}
/** App场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的username */ miniprogram_username?: string;
 /** 跳转签约小程序的path */ miniprogram_path?: string;
}

/** H5场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Body {
 /** 应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 用户在服务商商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ sp_openid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户AppID对应的用户OpenID @example wxd678efh567hg6787 */ sub_openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 商户侧用户标识 @example 用户A */ out_user_code?: string;
 /** 用于预约扣费的预约信息 */ deduct_schedule?: DeductSchedule;
 /** 跳转控制信息 */ jump_control?: JumpControl;
}
/** H5场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Options extends CallOptions {
 json: PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Body;
}
/** H5场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Data {
 /** 拉起微信支付客户端的URL */ redirect_url: string;
}

/** JSAPI场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiBody extends PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBodyFields {}
/** JSAPI场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiBody;
}
/** JSAPI场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiData {
 /** 跳转签约流程的URL */ redirect_url: string;
}

/** 小程序场景预约扣费类型签约的预签约API: request body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramBody extends PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBodyFields {}
/** 小程序场景预约扣费类型签约的预签约API: options */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramBody;
}
/** 小程序场景预约扣费类型签约的预签约API: response body */
export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的AppID */ redirect_appid: string;
 /** 跳转签约小程序的路径 */ redirect_path: string;
}

/** 通过商户协议号查询委托代扣签约协议: options */
export interface GetV3PapaySignContractsHarmonyPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
}
/** 通过商户协议号查询委托代扣签约协议: response body */
export interface GetV3PapaySignContractsHarmonyPlanIdOutContractCodeData {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议ID */ contract_id: string;
 /** 商户AppID */ appid: string;
 /** 委托代扣模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 委托代扣协议状态 */ contract_state: "SIGNED" | "TERMINATED" | "SIGN_FAILED" | "TO_BE_RENEWED";
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议到期时间 */ contract_expired_time?: string;
 /** 用户OpenID */ openid: string;
 /** 协议解约信息 */ contract_terminate_info?: ContractTerminateInfo;
 /** 商户侧用户标识 */ out_user_code?: string;
 /** 鸿蒙代扣场景的用户微信号掩码 */ mask_wxid?: string;
}

/** 通过商户协议号查询委托代扣签约协议API: options */
export interface GetV3PapaySignContractsPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
}
/** 通过商户协议号查询委托代扣签约协议API: response body */
export interface GetV3PapaySignContractsPlanIdOutContractCodeData extends GetV3PapaySignContractsPlanIdOutContractCodeDataFields {}

/** 通过商户协议号解除委托代扣签约协议API: request body */
export interface PostV3PapaySignContractsPlanIdOutContractCodeTerminateBody {
 /** 解约备注 @example 用户解约 */ contract_termination_remark: string;
}
/** 通过商户协议号解除委托代扣签约协议API: options */
export interface PostV3PapaySignContractsPlanIdOutContractCodeTerminateOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 json: PostV3PapaySignContractsPlanIdOutContractCodeTerminateBody;
}
/** 通过商户协议号解除委托代扣签约协议API: response body */
export interface PostV3PapaySignContractsPlanIdOutContractCodeTerminateData extends GetV3PapaySignContractsPlanIdOutContractCodeDataFields {}

/** 代扣预签约: request body */
export interface PostV3PapaySignContractsPreEntrustSignBody {
 /** 签约场景 @example SIGN_SCENE_APP */ sign_scene: "SIGN_SCENE_APP" | "SIGN_SCENE_QRCODE";
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 商户侧用户标识 @example 用户A */ out_user_code: string;
 /** 回跳地址的url @example https://yourapp.com/notify */ return_url?: string;
 /** 发起预签约的用户 */ device_info: {
  /** 设备类型 */ device_type: "DEVICE_TYPE_UNKNOW" | "DEVICE_TYPE_PHONE" | "DEVICE_TYPE_PAD" | "DEVICE_TYPE_TV" | "DEVICE_TYPE_WATCH";
  /** 设备的OS版本 @example example_device_os */ device_os: string;
  /** 设备ID @example example_device_id */ device_id: string;
  /** 设备是否以root身份运行 */ device_running_as_root: boolean;
  /** 设备的IP @example example_device_ip */ device_ip: string;
  /** 设备上是否安装微信 */ weixin_installed: boolean;
  /** 设备上微信的版本 @example example_weixin_version */ weixin_version: string;
  /** 发起预签约的用户首次登录该设备的时间 */ days_since_first_login: "DAYS_SINCE_FIRST_LOGIN_UNKNOW" | "DAYS_SINCE_FIRST_LOGIN_WITHIN_1_DAY" | "DAYS_SINCE_FIRST_LOGIN_WITHIN_7_DAYS" | "DAYS_SINCE_FIRST_LOGIN_WITHIN_30_DAYS" | "DAYS_SINCE_FIRST_LOGIN_WITHIN_90_DAYS" | "DAYS_SINCE_FIRST_LOGIN_WITHIN_180_DAYS" | "DAYS_SINCE_FIRST_LOGIN_MORE_THEN_180_DAYS";
 };
}
/** 代扣预签约: options */
export interface PostV3PapaySignContractsPreEntrustSignOptions extends CallOptions {
 json: PostV3PapaySignContractsPreEntrustSignBody;
}
/** 代扣预签约: response body */
export interface PostV3PapaySignContractsPreEntrustSignData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 跳转签约小程序的username */ mini_program_username?: string;
 /** 跳转签约小程序的path */ mini_program_path?: string;
 /** 展示扫码签约的二维码的URL */ redirect_url?: string;
}

/** 通过商户协议号查询委托代扣签约协议API: options */
export interface GetV3PapaySignPartnerContractsPlanIdOutContractCodeOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 query: {
  /** 子商户号商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 通过商户协议号查询委托代扣签约协议API: response body */
export interface GetV3PapaySignPartnerContractsPlanIdOutContractCodeData extends GetV3PapaySignPartnerContractsPlanIdOutContractCodeDataFields {}

/** 通过商户协议号解除委托代扣签约协议API: request body */
export interface PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateBody {
 /** 子商户号商户号 @example 1900000109 */ sub_mchid: string;
 /** 解约备注 @example 用户解约 */ contract_termination_remark: string;
}
/** 通过商户协议号解除委托代扣签约协议API: options */
export interface PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateOptions extends CallOptions {
 /** 委托代扣模板ID @example 12535 */ plan_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 json: PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateBody;
}
/** 通过商户协议号解除委托代扣签约协议API: response body */
export interface PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateData extends GetV3PapaySignPartnerContractsPlanIdOutContractCodeDataFields {}

export interface GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdDataFields {
 /** 保单的扣费周期编号 */ policy_period_id: number;
 /** 当前扣费周期的状态 */ policy_period_state: string;
 /** 可扣费开始日期 */ deduct_start_date?: string;
 /** 可扣费结束日期 */ deduct_end_date?: string;
 /** 已预约的扣费金额信息 */ scheduled_amount?: ScheduledAmount;
 /** 实际扣费金额 */ deduct_amount?: ScheduledAmount;
 /** 实际扣费的日期 */ deduct_date?: string;
}

export interface ScheduledAmount {
 /** 金额 */ total: number;
 /** 货币类型 */ currency?: string;
}

export interface PapayScheduledAmount {
 /** 金额 @example 1 */ total: number;
 /** 货币类型 @example CNY */ currency?: string;
}

export interface PostV3PapayInsurancePayTransactionsApplyDataFields {
 /** 商户订单号 */ out_trade_no: string;
 /** 扣费金额信息 */ amount: ScheduledAmount;
}

export interface PolicyPeriods {
 /** 保险扣费周期编号 @example 1 */ policy_period_id: number;
 /** 预计扣费的日期 @example 2019-11-22 */ estimated_deduct_date: string;
 /** 预计扣费金额 */ estimated_deduct_amount: PapayScheduledAmount;
}

export interface ContractTerminateInfo {
 /** 协议解约方式 */ contract_termination_mode: "USER_TERMINATE" | "MCH_API_TERMINATE" | "WEPAY_WEB_TERMINATE" | "CUSTOMER_SERVICE_TERMINATE" | "SYSTEM_TERMINATE";
 /** 协议解约时间 */ contract_terminated_time: string;
 /** 解约备注 */ contract_termination_remark?: string;
}

export interface PapayRealIdentity {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61leeGD7x87j3Ph== */ real_name: string;
 /** 自然人身份证号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj== */ id_card_number: string;
 /** 实名验证类型 @example ID_CARD */ identity_type?: "ID_CARD";
}

export interface PapayPolicyPeriods {
 /** 保险扣费周期编号 @example 1 */ policy_period_id: number;
 /** 预计扣费的日期 @example 2019-11-22 */ estimated_deduct_date: string;
 /** 预计扣费金额 */ estimated_deduct_amount: PapayScheduledAmount;
 /** 保障详情 */ policy_coverage_detail?: {
  /** 保单额度 @example 50000 */ policy_amount?: string;
  /** 保险条款列表 */ policy_clauses?: Array<{
   /** 条款内容 @example example_clause_name */ clause_name?: string;
   /** 条款额度 @example example_clause_quota */ clause_quota?: string;
  }>;
 };
}

export interface JumpControl {
 /** 跳转的应用AppID @example wxd678efh567hg6787 */ jump_appid?: string;
}

export interface PostV3PapayInsuranceSignContractsPreEntrustSignJsapiBodyFields {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 被保人的展示名称 @example *明 */ insured_display_name: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 保险保单的开始日期 @example 2019-11-22 */ policy_start_date: string;
 /** 保险保单的结束日期 @example 2020-11-22 */ policy_end_date: string;
 /** 保单的扣费周期列表 */ policy_periods: PapayPolicyPeriods[];
 /** 扣费金额信息 */ amount?: PapayScheduledAmount;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description?: string;
 /** 支付结果通知地址 @example https://www.qq.com/ */ transaction_notify_url?: string;
 /** 商户侧用户标识 @example 用户昵称 */ out_user_code?: string;
 /** 订单优惠标记 @example DISCOUNTS */ goods_tag?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 是否自动续保 @example true */ can_auto_insure?: boolean;
 /** 是否自动重新投保 @example false */ can_auto_reinsure?: boolean;
 /** 用户实名信息 */ real_identity?: PapayRealIdentity;
 /** 合并扣费期数 @example 1 */ combined_deduct_period_count?: number;
}

export interface GetV3PapayPayPartnerSchedulesContractIdDataFields {
 /** 扣费预约的状态 */ schedule_state: string;
 /** 可扣费开始日期 */ deduct_start_date?: string;
 /** 可扣费结束日期 */ deduct_end_date?: string;
 /** 已预约的扣费金额信息 */ scheduled_amount?: ScheduledAmount;
 /** 实际扣费金额 */ deduct_amount?: ScheduledAmount;
 /** 实际扣费的日期 */ deduct_date?: string;
}

export interface PostV3PapayScheduledDeductSignContractsPreEntrustSignAppBodyFields {
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 用户在直连商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 商户侧用户标识 @example 用户A */ out_user_code?: string;
 /** 用于预约扣费的预约信息 */ deduct_schedule?: DeductSchedule;
}

export interface DeductSchedule {
 /** 预计扣费的日期 @example 2019-11-22 */ estimated_deduct_date: string;
 /** 预计的扣费金额 */ estimated_deduct_amount: PapayScheduledAmount;
 /** 商品描述 @example 小乔-碎云皮肤（微信83区沧海之耀） */ description: string;
}

export interface PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppBodyFields {
 /** 应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 用户在服务商商户应用下的用户标示 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ sp_openid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户AppID对应的用户OpenID @example wxd678efh567hg6787 */ sub_openid?: string;
 /** 委托代扣模板ID @example 12535 */ plan_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 签约结果通知地址 @example https://yourapp.com/notify */ contract_notify_url: string;
 /** 商户侧用户标识 @example 用户A */ out_user_code?: string;
 /** 用于预约扣费的预约信息 */ deduct_schedule?: DeductSchedule;
}

export interface GetV3PapaySignContractsPlanIdOutContractCodeDataFields {
 /** 商户号 */ mchid: string;
 /** 委托代扣协议ID */ contract_id: string;
 /** 商户AppID */ appid: string;
 /** 委托代扣模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 委托代扣协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议到期时间 */ contract_expired_time?: string;
 /** 用户OpenID */ openid: string;
 /** 协议解约信息 */ contract_terminate_info?: PapayContractTerminateInfo;
 /** 商户侧用户标识 */ out_user_code?: string;
 /** 预约扣费场景的预约信息 */ deduct_schedule?: PapayDeductSchedule;
}

export interface PapayContractTerminateInfo {
 /** 协议解约方式 */ contract_termination_mode: string;
 /** 协议解约时间 */ contract_terminated_time: string;
 /** 解约备注 */ contract_termination_remark?: string;
}

export interface PapayDeductSchedule {
 /** 预计扣费的日期 */ estimated_deduct_date: string;
 /** 预计的扣费金额 */ estimated_deduct_amount: ScheduledAmount;
 /** 扣费预约状态 */ schedule_state: string;
 /** 已预约的扣费金额信息 */ scheduled_amount?: ScheduledAmount;
 /** 实际扣费金额 */ deduct_amount?: ScheduledAmount;
 /** 实际扣费的日期 */ deduct_date?: string;
}

export interface GetV3PapaySignPartnerContractsPlanIdOutContractCodeDataFields {
 /** 委托代扣协议ID */ contract_id: string;
 /** 普通服务商商户号 */ sp_mchid: string;
 /** 普通服务商的AppID */ sp_appid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 子商户的AppID */ sub_appid?: string;
 /** 委托代扣模板ID */ plan_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 委托代扣协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time?: string;
 /** 协议到期时间 */ contract_expired_time?: string;
 /** 用户OpenID */ sp_openid: string;
 /** 子商户AppID对应的用户OpenID */ sub_openid?: string;
 /** 协议解约信息 */ contract_terminate_info?: PapayContractTerminateInfo;
 /** 商户侧用户标识 */ out_user_code?: string;
 /** 预约扣费场景的预约信息 */ deduct_schedule?: PapayDeductSchedule;
}

export interface V3PapayNode {
 contracts: Open<V3PapayContractsNode>;
 insurancePay: Open<V3PapayInsurancePayNode>;
 insuranceSign: Open<V3PapayInsuranceSignNode>;
 pay: Open<V3PapayPayNode>;
 scheduledDeductSign: Open<V3PapayScheduledDeductSignNode>;
 sign: Open<V3PapaySignNode>;
 chain: ChainFrom<"v3/papay">;
}

export interface V3PapayContractsNode {
 $contract_id$: Open<V3PapayContracts_contract_id_Node>;
 _contract_id_: Open<V3PapayContracts_contract_id_Node>;
 chain: ChainFrom<"v3/papay/contracts">;
}

export interface V3PapayContracts_contract_id_Node {
 failNotify: Open<V3PapayContractsFailNotifyNode>;
 notify: Open<V3PapayContractsNotifyNode>;
 chain: ChainFrom<"v3/papay/contracts/{contract_id}">;
}

export interface V3PapayContractsFailNotifyNode {
 /**
  * 重试扣费通知API `POST /v3/papay/contracts/{contract_id}/fail-notify`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml
  */
 post: Verb<PostV3PapayContractsFailNotifyOptions, PostV3PapayContractsFailNotifyData>;
 chain: ChainFrom<"v3/papay/contracts/{contract_id}/fail-notify">;
}

export interface V3PapayContractsNotifyNode {
 /**
  * 直连商户预扣费通知API `POST /v3/papay/contracts/{contract_id}/notify`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html
  */
 post: Verb<PostV3PapayContractsNotifyOptions, PostV3PapayContractsNotifyData>;
 chain: ChainFrom<"v3/papay/contracts/{contract_id}/notify">;
}

export interface V3PapayInsurancePayNode {
 policyPeriods: Open<V3PapayInsurancePayPolicyPeriodsNode>;
 transactions: Open<V3PapayInsurancePayTransactionsNode>;
 chain: ChainFrom<"v3/papay/insurance-pay">;
}

export interface V3PapayInsurancePayPolicyPeriodsNode {
 contractId: Open<V3PapayInsurancePayPolicyPeriodsContractIdNode>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods">;
}

export interface V3PapayInsurancePayPolicyPeriodsContractIdNode {
 $contract_id$: Open<V3PapayInsurancePayPolicyPeriodsContractId_contract_id_Node>;
 _contract_id_: Open<V3PapayInsurancePayPolicyPeriodsContractId_contract_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods/contract-id">;
}

export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_Node {
 policyPeriodId: Open<V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodIdNode>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}">;
}

export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodIdNode {
 $policy_period_id$: Open<V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Node>;
 _policy_period_id_: Open<V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id">;
}

export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Node {
 /**
  * 保险商户查询保险自动续费预约API `GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html
  */
 get: Verb<GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdOptions, GetV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdData>;
 schedule: Open<V3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleNode>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}">;
}

export interface V3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleNode {
 /**
  * 保险商户预约保险自动续费API `POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html
  */
 post: Verb<PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleOptions, PostV3PapayInsurancePayPolicyPeriodsContractIdPolicyPeriodIdScheduleData>;
 chain: ChainFrom<"v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule">;
}

export interface V3PapayInsurancePayTransactionsNode {
 apply: Open<V3PapayInsurancePayTransactionsApplyNode>;
 chain: ChainFrom<"v3/papay/insurance-pay/transactions">;
}

export interface V3PapayInsurancePayTransactionsApplyNode {
 /**
  * 保险商户受理保险自动续费扣款API `POST /v3/papay/insurance-pay/transactions/apply`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html
  */
 post: Verb<PostV3PapayInsurancePayTransactionsApplyOptions, PostV3PapayInsurancePayTransactionsApplyData>;
 chain: ChainFrom<"v3/papay/insurance-pay/transactions/apply">;
}

export interface V3PapayInsuranceSignNode {
 contracts: Open<V3PapayInsuranceSignContractsNode>;
 policyPeriods: Open<V3PapayInsuranceSignPolicyPeriodsNode>;
 policy_periods: Open<V3PapayInsuranceSignPolicyPeriodsNode2>;
 chain: ChainFrom<"v3/papay/insurance-sign">;
}

export interface V3PapayInsuranceSignContractsNode {
 planId: Open<V3PapayInsuranceSignContractsPlanIdNode>;
 preEntrustSign: Open<V3PapayInsuranceSignContractsPreEntrustSignNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts">;
}

export interface V3PapayInsuranceSignContractsPlanIdNode {
 $plan_id$: Open<V3PapayInsuranceSignContractsPlanId_plan_id_Node>;
 _plan_id_: Open<V3PapayInsuranceSignContractsPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id">;
}

export interface V3PapayInsuranceSignContractsPlanId_plan_id_Node {
 contractId: Open<V3PapayInsuranceSignContractsPlanId_plan_id_ContractIdNode>;
 outContractCode: Open<V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}">;
}

export interface V3PapayInsuranceSignContractsPlanId_plan_id_ContractIdNode {
 $contract_id$: Open<V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Node>;
 _contract_id_: Open<V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id">;
}

export interface V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Node {
 renew: Open<V3PapayInsuranceSignContractsPlanIdContractIdRenewNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}">;
}

export interface V3PapayInsuranceSignContractsPlanIdContractIdRenewNode {
 /**
  * 保险商户受理续期自动续费协议 `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html
  */
 post: Verb<PostV3PapayInsuranceSignContractsPlanIdContractIdRenewOptions, PostV3PapayInsuranceSignContractsPlanIdContractIdRenewData>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew">;
}

export interface V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code">;
}

export interface V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /** 保险商户查询保险自动续费协议 `GET /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
 get: Verb<GetV3PapayInsuranceSignContractsPlanIdOutContractCodeOptions, GetV3PapayInsuranceSignContractsPlanIdOutContractCodeData>;
 terminate: Open<V3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateNode {
 /** 保险商户通过商户协议号解除保险自动续费协议 `POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` */
 post: Verb<PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateOptions, PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateData>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate">;
}

export interface V3PapayInsuranceSignContractsPreEntrustSignNode {
 app: Open<V3PapayInsuranceSignContractsPreEntrustSignAppNode>;
 h5: Open<V3PapayInsuranceSignContractsPreEntrustSignH5Node>;
 jsapi: Open<V3PapayInsuranceSignContractsPreEntrustSignJsapiNode>;
 miniProgram: Open<V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/pre-entrust-sign">;
}

export interface V3PapayInsuranceSignContractsPreEntrustSignAppNode {
 /**
  * 保险商户App预签约API `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/app`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html
  */
 post: Verb<PostV3PapayInsuranceSignContractsPreEntrustSignAppOptions, PostV3PapayInsuranceSignContractsPreEntrustSignAppData>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/pre-entrust-sign/app">;
}

export interface V3PapayInsuranceSignContractsPreEntrustSignH5Node {
 /**
  * 保险商户H5预签约API `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/h5`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html
  */
 post: Verb<PostV3PapayInsuranceSignContractsPreEntrustSignH5Options, PostV3PapayInsuranceSignContractsPreEntrustSignH5Data>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/pre-entrust-sign/h5">;
}

export interface V3PapayInsuranceSignContractsPreEntrustSignJsapiNode {
 /**
  * 保险商户JSAPI预签约API `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html
  */
 post: Verb<PostV3PapayInsuranceSignContractsPreEntrustSignJsapiOptions, PostV3PapayInsuranceSignContractsPreEntrustSignJsapiData>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi">;
}

export interface V3PapayInsuranceSignContractsPreEntrustSignMiniProgramNode {
 /**
  * 保险商户小程序预签约API `POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html
  */
 post: Verb<PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramOptions, PostV3PapayInsuranceSignContractsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program">;
}

export interface V3PapayInsuranceSignPolicyPeriodsNode {
 planId: Open<V3PapayInsuranceSignPolicyPeriodsPlanIdNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanIdNode {
 $plan_id$: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node>;
 _plan_id_: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods/plan-id">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node {
 contractId: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractIdNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractIdNode {
 $contract_id$: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Node>;
 _contract_id_: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Node {
 modify: Open<V3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyNode {
 /**
  * 保险商户修改保险扣费周期列表 `POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012987596
  */
 post: Verb<PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyOptions, PostV3PapayInsuranceSignPolicyPeriodsPlanIdContractIdModifyData>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify">;
}

export interface V3PapayInsuranceSignPolicyPeriodsNode2 {
 planId: Open<V3PapayInsuranceSignPolicyPeriodsPlanIdNode2>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy_periods">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanIdNode2 {
 $plan_id$: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node2>;
 _plan_id_: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node2>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy_periods/plan-id">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_Node2 {
 outContractCode: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code">;
}

export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /**
  * 保险商户查询保险扣费周期列表API `GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html
  */
 get: Verb<GetV3PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeOptions, GetV3PapayInsuranceSignPolicyPeriodsPlanIdOutContractCodeData>;
 chain: ChainFrom<"v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PapayPayNode {
 harmony: Open<V3PapayPayHarmonyNode>;
 partner: Open<V3PapayPayPartnerNode>;
 schedules: Open<V3PapayPaySchedulesNode>;
 transactions: Open<V3PapayPayTransactionsNode>;
 chain: ChainFrom<"v3/papay/pay">;
}

export interface V3PapayPayHarmonyNode {
 transactions: Open<V3PapayPayHarmonyTransactionsNode>;
 chain: ChainFrom<"v3/papay/pay/harmony">;
}

export interface V3PapayPayHarmonyTransactionsNode {
 apply: Open<V3PapayPayHarmonyTransactionsApplyNode>;
 chain: ChainFrom<"v3/papay/pay/harmony/transactions">;
}

export interface V3PapayPayHarmonyTransactionsApplyNode {
 /** 代扣受理扣款 `POST /v3/papay/pay/harmony/transactions/apply` */
 post: Verb<PostV3PapayPayHarmonyTransactionsApplyOptions, PostV3PapayPayHarmonyTransactionsApplyData>;
 chain: ChainFrom<"v3/papay/pay/harmony/transactions/apply">;
}

export interface V3PapayPayPartnerNode {
 schedules: Open<V3PapayPayPartnerSchedulesNode>;
 transactions: Open<V3PapayPayPartnerTransactionsNode>;
 chain: ChainFrom<"v3/papay/pay/partner">;
}

export interface V3PapayPayPartnerSchedulesNode {
 contractId: Open<V3PapayPayPartnerSchedulesContractIdNode>;
 chain: ChainFrom<"v3/papay/pay/partner/schedules">;
}

export interface V3PapayPayPartnerSchedulesContractIdNode {
 $contract_id$: Open<V3PapayPayPartnerSchedulesContractId_contract_id_Node>;
 _contract_id_: Open<V3PapayPayPartnerSchedulesContractId_contract_id_Node>;
 chain: ChainFrom<"v3/papay/pay/partner/schedules/contract-id">;
}

export interface V3PapayPayPartnerSchedulesContractId_contract_id_Node {
 /**
  * 查询扣费预约API `GET /v3/papay/pay/partner/schedules/contract-id/{contract_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html
  */
 get: Verb<GetV3PapayPayPartnerSchedulesContractIdOptions, GetV3PapayPayPartnerSchedulesContractIdData>;
 schedule: Open<V3PapayPayPartnerSchedulesContractIdScheduleNode>;
 chain: ChainFrom<"v3/papay/pay/partner/schedules/contract-id/{contract_id}">;
}

export interface V3PapayPayPartnerSchedulesContractIdScheduleNode {
 /**
  * 预约扣费API `POST /v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html
  */
 post: Verb<PostV3PapayPayPartnerSchedulesContractIdScheduleOptions, PostV3PapayPayPartnerSchedulesContractIdScheduleData>;
 chain: ChainFrom<"v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule">;
}

export interface V3PapayPayPartnerTransactionsNode {
 apply: Open<V3PapayPayPartnerTransactionsApplyNode>;
 chain: ChainFrom<"v3/papay/pay/partner/transactions">;
}

export interface V3PapayPayPartnerTransactionsApplyNode {
 /**
  * 受理扣款API `POST /v3/papay/pay/partner/transactions/apply`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html
  */
 post: Verb<PostV3PapayPayPartnerTransactionsApplyOptions, PostV3PapayPayPartnerTransactionsApplyData>;
 chain: ChainFrom<"v3/papay/pay/partner/transactions/apply">;
}

export interface V3PapayPaySchedulesNode {
 contractId: Open<V3PapayPaySchedulesContractIdNode>;
 chain: ChainFrom<"v3/papay/pay/schedules">;
}

export interface V3PapayPaySchedulesContractIdNode {
 $contract_id$: Open<V3PapayPaySchedulesContractId_contract_id_Node>;
 _contract_id_: Open<V3PapayPaySchedulesContractId_contract_id_Node>;
 chain: ChainFrom<"v3/papay/pay/schedules/contract-id">;
}

export interface V3PapayPaySchedulesContractId_contract_id_Node {
 /**
  * 查询扣费预约API `GET /v3/papay/pay/schedules/contract-id/{contract_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html
  */
 get: Verb<GetV3PapayPaySchedulesContractIdOptions, GetV3PapayPaySchedulesContractIdData>;
 schedule: Open<V3PapayPaySchedulesContractIdScheduleNode>;
 chain: ChainFrom<"v3/papay/pay/schedules/contract-id/{contract_id}">;
}

export interface V3PapayPaySchedulesContractIdScheduleNode {
 /**
  * 预约扣费API `POST /v3/papay/pay/schedules/contract-id/{contract_id}/schedule`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html
  */
 post: Verb<PostV3PapayPaySchedulesContractIdScheduleOptions, PostV3PapayPaySchedulesContractIdScheduleData>;
 chain: ChainFrom<"v3/papay/pay/schedules/contract-id/{contract_id}/schedule">;
}

export interface V3PapayPayTransactionsNode {
 apply: Open<V3PapayPayTransactionsApplyNode>;
 chain: ChainFrom<"v3/papay/pay/transactions">;
}

export interface V3PapayPayTransactionsApplyNode {
 /**
  * 受理扣款API `POST /v3/papay/pay/transactions/apply`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html
  */
 post: Verb<PostV3PapayPayTransactionsApplyOptions, PostV3PapayPayTransactionsApplyData>;
 chain: ChainFrom<"v3/papay/pay/transactions/apply">;
}

export interface V3PapayScheduledDeductSignNode {
 contracts: Open<V3PapayScheduledDeductSignContractsNode>;
 partner: Open<V3PapayScheduledDeductSignPartnerNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign">;
}

export interface V3PapayScheduledDeductSignContractsNode {
 preEntrustSign: Open<V3PapayScheduledDeductSignContractsPreEntrustSignNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts">;
}

export interface V3PapayScheduledDeductSignContractsPreEntrustSignNode {
 app: Open<V3PapayScheduledDeductSignContractsPreEntrustSignAppNode>;
 h5: Open<V3PapayScheduledDeductSignContractsPreEntrustSignH5Node>;
 jsapi: Open<V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode>;
 miniProgram: Open<V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign">;
}

export interface V3PapayScheduledDeductSignContractsPreEntrustSignAppNode {
 /**
  * App场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignContractsPreEntrustSignAppOptions, PostV3PapayScheduledDeductSignContractsPreEntrustSignAppData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app">;
}

export interface V3PapayScheduledDeductSignContractsPreEntrustSignH5Node {
 /**
  * H5场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Options, PostV3PapayScheduledDeductSignContractsPreEntrustSignH5Data>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5">;
}

export interface V3PapayScheduledDeductSignContractsPreEntrustSignJsapiNode {
 /**
  * JSAPI场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiOptions, PostV3PapayScheduledDeductSignContractsPreEntrustSignJsapiData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi">;
}

export interface V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramNode {
 /**
  * 小程序场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramOptions, PostV3PapayScheduledDeductSignContractsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program">;
}

export interface V3PapayScheduledDeductSignPartnerNode {
 contracts: Open<V3PapayScheduledDeductSignPartnerContractsNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner">;
}

export interface V3PapayScheduledDeductSignPartnerContractsNode {
 preEntrustSign: Open<V3PapayScheduledDeductSignPartnerContractsPreEntrustSignNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts">;
}

export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignNode {
 app: Open<V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode>;
 h5: Open<V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node>;
 jsapi: Open<V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode>;
 miniProgram: Open<V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign">;
}

export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppNode {
 /**
  * App场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppOptions, PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignAppData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app">;
}

export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Node {
 /**
  * H5场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Options, PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5Data>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5">;
}

export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiNode {
 /**
  * JSAPI场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiOptions, PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapiData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi">;
}

export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramNode {
 /**
  * 小程序场景预约扣费类型签约的预签约API `POST /v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html
  */
 post: Verb<PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramOptions, PostV3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program">;
}

export interface V3PapaySignNode {
 contracts: Open<V3PapaySignContractsNode>;
 partner: Open<V3PapaySignPartnerNode>;
 chain: ChainFrom<"v3/papay/sign">;
}

export interface V3PapaySignContractsNode {
 harmonyPlanId: Open<V3PapaySignContractsHarmonyPlanIdNode>;
 planId: Open<V3PapaySignContractsPlanIdNode>;
 preEntrustSign: Open<V3PapaySignContractsPreEntrustSignNode>;
 chain: ChainFrom<"v3/papay/sign/contracts">;
}

export interface V3PapaySignContractsHarmonyPlanIdNode {
 $plan_id$: Open<V3PapaySignContractsHarmonyPlanId_plan_id_Node>;
 _plan_id_: Open<V3PapaySignContractsHarmonyPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/papay/sign/contracts/harmony-plan-id">;
}

export interface V3PapaySignContractsHarmonyPlanId_plan_id_Node {
 outContractCode: Open<V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/papay/sign/contracts/harmony-plan-id/{plan_id}">;
}

export interface V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code">;
}

export interface V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /** 通过商户协议号查询委托代扣签约协议 `GET /v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
 get: Verb<GetV3PapaySignContractsHarmonyPlanIdOutContractCodeOptions, GetV3PapaySignContractsHarmonyPlanIdOutContractCodeData>;
 chain: ChainFrom<"v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PapaySignContractsPlanIdNode {
 $plan_id$: Open<V3PapaySignContractsPlanId_plan_id_Node>;
 _plan_id_: Open<V3PapaySignContractsPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/papay/sign/contracts/plan-id">;
}

export interface V3PapaySignContractsPlanId_plan_id_Node {
 outContractCode: Open<V3PapaySignContractsPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/papay/sign/contracts/plan-id/{plan_id}">;
}

export interface V3PapaySignContractsPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code">;
}

export interface V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /**
  * 通过商户协议号查询委托代扣签约协议API `GET /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html
  */
 get: Verb<GetV3PapaySignContractsPlanIdOutContractCodeOptions, GetV3PapaySignContractsPlanIdOutContractCodeData>;
 terminate: Open<V3PapaySignContractsPlanIdOutContractCodeTerminateNode>;
 chain: ChainFrom<"v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PapaySignContractsPlanIdOutContractCodeTerminateNode {
 /**
  * 通过商户协议号解除委托代扣签约协议API `POST /v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html
  */
 post: Verb<PostV3PapaySignContractsPlanIdOutContractCodeTerminateOptions, PostV3PapaySignContractsPlanIdOutContractCodeTerminateData>;
 chain: ChainFrom<"v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate">;
}

export interface V3PapaySignContractsPreEntrustSignNode {
 /**
  * 代扣预签约 `POST /v3/papay/sign/contracts/pre-entrust-sign`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012978414
  */
 post: Verb<PostV3PapaySignContractsPreEntrustSignOptions, PostV3PapaySignContractsPreEntrustSignData>;
 chain: ChainFrom<"v3/papay/sign/contracts/pre-entrust-sign">;
}

export interface V3PapaySignPartnerNode {
 contracts: Open<V3PapaySignPartnerContractsNode>;
 chain: ChainFrom<"v3/papay/sign/partner">;
}

export interface V3PapaySignPartnerContractsNode {
 planId: Open<V3PapaySignPartnerContractsPlanIdNode>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts">;
}

export interface V3PapaySignPartnerContractsPlanIdNode {
 $plan_id$: Open<V3PapaySignPartnerContractsPlanId_plan_id_Node>;
 _plan_id_: Open<V3PapaySignPartnerContractsPlanId_plan_id_Node>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts/plan-id">;
}

export interface V3PapaySignPartnerContractsPlanId_plan_id_Node {
 outContractCode: Open<V3PapaySignPartnerContractsPlanId_plan_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts/plan-id/{plan_id}">;
}

export interface V3PapaySignPartnerContractsPlanId_plan_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code">;
}

export interface V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Node {
 /**
  * 通过商户协议号查询委托代扣签约协议API `GET /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html
  */
 get: Verb<GetV3PapaySignPartnerContractsPlanIdOutContractCodeOptions, GetV3PapaySignPartnerContractsPlanIdOutContractCodeData>;
 terminate: Open<V3PapaySignPartnerContractsPlanIdOutContractCodeTerminateNode>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PapaySignPartnerContractsPlanIdOutContractCodeTerminateNode {
 /**
  * 通过商户协议号解除委托代扣签约协议API `POST /v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html
  */
 post: Verb<PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateOptions, PostV3PapaySignPartnerContractsPlanIdOutContractCodeTerminateData>;
 chain: ChainFrom<"v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate">;
}
