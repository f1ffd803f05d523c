// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询渠道额度: options */
export interface GetV3AggracctBcWbChannelAccountBalanceOptions extends CallOptions {
 query: {
  /** 微信支付商户号 @example 1900016681 */ mchid: string;
  /** 额度台账号 @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
  /** 卡号 @example example_card_no */ card_no?: string;
  /** 商户子账户协议号 @example example_sgn_no */ sgn_no?: string;
  /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询渠道额度: response body */
export interface GetV3AggracctBcWbChannelAccountBalanceData {
 /** 是否存在在途减额指令 */ in_transit_reduction_exist?: boolean;
 /** 额度台账号额度 */ balance?: number;
}

/** 查询商户资料: options */
export interface GetV3AggracctBcWbChannelAccountMchArchivesOptions extends CallOptions {
 query: {
  /** 微信支付商户号 @example 1900016681 */ mchid: string;
  /** 额度台账号 @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
  /** 卡号 @example example_card_no */ card_no?: string;
  /** 商户子账户协议号 @example example_sgn_no */ sgn_no?: string;
  /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询商户资料: response body */
export interface GetV3AggracctBcWbChannelAccountMchArchivesData {
 /** 微信支付商户号 */ mchid?: string;
 /** 额度台账号 */ bal_account_no?: string;
 /** 主体类型 */ merchant_type?: "1" | "2" | "3";
 /** 主体证件类型 */ merchant_id_type?: "12";
 /** 主体证件登记名称 */ merchant_name?: string;
 /** 主体证件号码 */ merchant_id_no?: string;
 /** 主体证件有效期起始日 */ effective_date?: string;
 /** 主体证件有效期结束日 */ expire_date?: string;
 /** 主体证件正面影像ID */ merchant_img_front_id?: string;
 /** 主体注册地址 */ register_address?: string;
 /** 主体经营范围 */ business_scope?: string;
 /** 法定代表人信息 */ legal_representative?: {
  /** 法定代表人证件类型 */ legal_representative_id_type: "01";
  /** 法定代表人姓名 */ legal_representative_name: string;
  /** 法定代表人证件号码 */ legal_representative_id_no: string;
  /** 法定代表人证件有效期起始日 */ legal_representative_effective_date: string;
  /** 法定代表人证件有效期结束日 */ legal_representative_expire_date: string;
  /** 法定代表人证件正面影像ID */ legal_representative_img_front_id: string;
  /** 法定代表人证件反面影像ID */ legal_representative_img_back_id: string;
  /** 法定代表人居住地址 */ legal_representative_address: string;
  /** 法定代表人发证机关 */ legal_representative_issue_authority?: string;
  /** 法定代表人民族 */ legal_representative_nation?: string;
 };
 /** 受益所有人信息列表 */ beneficial_owner?: Array<{
  /** 受益所有人编号 */ beneficial_owner_no: string;
  /** 受益所有人证件类型 */ beneficial_owner_id_type: "01";
  /** 受益所有人姓名 */ beneficial_owner_name: string;
  /** 受益所有人证件号码 */ beneficial_owner_id_no: string;
  /** 受益所有人证件有效期起始日 */ beneficial_owner_effective_date: string;
  /** 受益所有人证件有效期结束日 */ beneficial_owner_expire_date: string;
  /** 受益所有人证件正面影像ID */ beneficial_owner_img_front_id: string;
  /** 受益所有人证件反面影像ID */ beneficial_owner_img_back_id: string;
  /** 受益所有人居住地址 */ beneficial_owner_address: string;
 }>;
 /** 卡号 */ card_no?: string;
 /** 商户子账户协议号 */ sgn_no?: string;
}

/** 查询商户影像件资料: options */
export interface GetV3AggracctBcWbChannelAccountMchMediaOptions extends CallOptions {
 query: {
  /** 微信支付商户号 @example mchid_example */ mchid?: string;
  /** 微信支付业务申请单号 @example platform_trx_id_example */ platform_trx_id?: string;
  /** 业务场景 @example SJT_MICRO_PLUS_OPEN_ACCOUNT */ business_scene: "SJT_MICRO_PLUS_OPEN_ACCOUNT" | "SJT_MICRO_PLUS_UPDATE_INFO" | "GET_BY_MEDIA_ID";
  /** 影像件类型 @example ID_CARD_FRONT */ mch_media_type?: "ID_CARD_FRONT" | "ID_CARD_BACK" | "STORE_FRONT" | "STORE_INTERIOR";
  /** 影像件资料ID @example media_id_example */ media_id?: string;
 };
}
/** 查询商户影像件资料: response body */
export interface GetV3AggracctBcWbChannelAccountMchMediaData {
 /** 文件内容 */ media_content?: string;
 /** 文件类型 */ media_type?: "jpg" | "png" | "bmp" | "jpeg";
 /** 文件摘要 */ media_sm3?: string;
 /** sm4密钥 */ key?: string;
 /** 影像件资料ID */ media_id?: string;
}

/** 受理渠道结算银行账户更名申请: request body */
export interface PostV3AggracctBcWbChannelBankChannelAccountRenameBody {
 /** 渠道结算银行账户更名外部系统单号 @example htozr8denqegbt6tk6u10iymo7yww5pn */ out_request_no: string;
 /** 目标商户号 @example 1900016681 */ mchid: string;
 /** 台账ID @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
 /** 变更类型 @example SUBJECT_INFO_RENAME */ change_scene: "SUBJECT_INFO_RENAME";
 /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
}
/** 受理渠道结算银行账户更名申请: options */
export interface PostV3AggracctBcWbChannelBankChannelAccountRenameOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3AggracctBcWbChannelBankChannelAccountRenameBody;
}
/** 受理渠道结算银行账户更名申请: response body */
export interface PostV3AggracctBcWbChannelBankChannelAccountRenameData extends PostV3AggracctBcWbChannelBankChannelAccountRenameDataFields {}

/** 查询渠道结算银行账户更名申请: options */
export interface GetV3AggracctBcWbChannelBankChannelAccountRenameOptions extends CallOptions {
 /** 微信支付更名受理返回的申请单号 @example 11117742499090086455469010028373 */ application_id: string;
 query: {
  /** 目标商户号 @example 1900016681 */ mchid: string;
  /** 台账ID @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询渠道结算银行账户更名申请: response body */
export interface GetV3AggracctBcWbChannelBankChannelAccountRenameData extends PostV3AggracctBcWbChannelBankChannelAccountRenameDataFields {}

/** 资料更新请求审核结果回调通知: request body */
export interface PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyBody {
 /** 资料更新请求单号 @example htozr8denqegbt6tk6u10iymo7yww5pn */ out_request_no: string;
 /** 商户号 @example 1900016681 */ mchid: string;
 /** 审核结果 @example PASS */ audit_result?: "PASS" | "REJECT";
 /** 审核完成时间 @example 2015-05-20T13:29:35+08:00 */ audit_finish_time?: string;
 /** 业务附属信息 @example updateidcard */ attach_info?: string;
 /** 审核驳回错误码 @example 1001 */ fail_code?: string;
 /** 审核驳回错误原因 @example IDCARD_ILLEGAL */ fail_msg?: string;
 /** 场景 */ scene?: "01" | "02" | "03";
}
/** 资料更新请求审核结果回调通知: options */
export interface PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyOptions extends CallOptions {
 json: PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyBody;
}
/** 资料更新请求审核结果回调通知: response body */
export interface PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyData {
 /** 接口返回信息 */ ret_msg?: string;
}

/** 发起微众台账管控: request body */
export interface PostV3AggracctBcWbChannelControlOrdersPunishBody {
 /** 微众管控单号 @example example_out_request_no */ out_request_no: string;
 /** 目标下管商户号 @example example_mchid */ mchid: string;
 /** 目标下管台账ID @example example_bal_account_no */ bal_account_no: string;
 /** 管控场景 @example 1 */ punish_scene: number;
 /** 管控原因 @example example_punish_reason */ punish_reason?: string;
 /** 管控结束时间 @example 2015-05-20T13:29:35+08:00 */ punish_end_time?: string;
 /** 目标下管卡号 @example example_card_no */ card_no?: string;
 /** 目标下管商户子账户协议号 @example example_sgn_no */ sgn_no?: string;
 /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
 /** 微众资金划回策略 @example ALL_FORBIDDEN */ fund_repatriation_strategy?: "ALL_FORBIDDEN" | "ALL_ALLOWED_WHEN_UNIQUE";
}
/** 发起微众台账管控: options */
export interface PostV3AggracctBcWbChannelControlOrdersPunishOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3AggracctBcWbChannelControlOrdersPunishBody;
}
/** 发起微众台账管控: response body */
export interface PostV3AggracctBcWbChannelControlOrdersPunishData {
 /** 微信支付管控单号 */ wxpay_punish_no: string;
 /** 微众管控单号 */ out_request_no: string;
}

/** 解除对微众台账的管控: request body */
export interface PostV3AggracctBcWbChannelControlOrdersRecoverBody {
 /** 微众解管单号 @example example_out_request_no */ out_request_no: string;
 /** 关联微众管控单号 @example example_related_webank_punish_no */ related_webank_punish_no: string;
 /** 关联微信支付管控单号 @example example_related_wxpay_punish_no */ related_wxpay_punish_no: string;
 /** 目标解管商户号 @example example_mchid */ mchid: string;
 /** 目标解管台账ID @example example_bal_account_no */ bal_account_no: string;
 /** 解管原因描述 @example example_recover_reason */ recover_reason: string;
 /** 目标下管卡号 @example example_card_no */ card_no?: string;
 /** 目标下管商户子账户协议号 @example example_sgn_no */ sgn_no?: string;
 /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
}
/** 解除对微众台账的管控: options */
export interface PostV3AggracctBcWbChannelControlOrdersRecoverOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3AggracctBcWbChannelControlOrdersRecoverBody;
}
/** 解除对微众台账的管控: response body */
export interface PostV3AggracctBcWbChannelControlOrdersRecoverData {
 /** 微信支付解管单号 */ wxpay_recover_no: string;
 /** 微众解管单号 */ out_request_no: string;
}

/** 查询控制单: options */
export interface GetV3AggracctBcWbChannelControlOrdersOptions extends CallOptions {
 /** 微众管控/解管单号 @example out_request_no_example */ out_request_no: string;
 query: {
  /** 控制单类型 @example PUNISH */ control_type: "PUNISH" | "RECOVER";
  /** 微信支付商户号 @example 1900016681 */ mchid: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询控制单: response body */
export interface GetV3AggracctBcWbChannelControlOrdersData {
 /** 控制场景 */ control_scene: "PUNISH" | "RECOVER";
 /** 管控单 */ punish_order?: {
  /** 微信管控单号 */ wxpay_punish_no: string;
  /** 微众管控单号 */ out_request_no: string;
  /** 目标下管商户号 */ mchid: string;
  /** 管控场景 */ punish_scene: number;
  /** 管控场景规则版本号 */ punish_rule_version: number;
  /** 管控原因 */ punish_reason?: string;
  /** 管控开始时间 */ punish_start_time?: string;
  /** 管控结束时间 */ punish_end_time?: string;
  /** 管控受理时间 */ punish_accept_time: string;
  /** 管控执行完成时间 */ punish_finish_time?: string;
  /** 管控状态 */ punish_state: "EXECUTING" | "SUCCESS" | "FAILED";
  /** 生效状态 */ effect_state?: "ACTIVE" | "RECOVERED";
  /** 管控方案 */ control_action?: Array<"DISABLE_RECEIVE" | "DISABLE_WITHDRAWAL" | "DISABLE_PAY" | "DISABLE_REFUND" | "DISABLE_CLOSE_MERCHANT">;
  /** 执行失败错误信息 */ error_message?: string;
  /** 执行失败错误码 */ error_code?: string;
 };
 /** 解管单 */ recover_order?: {
  /** 微信支付解管单号 */ wxpay_recover_no: string;
  /** 微众解管单号 */ out_request_no: string;
  /** 关联微信支付管控单号 */ related_wxpay_punish_no: string;
  /** 目标解管商户号 */ mchid: string;
  /** 管控场景 */ punish_scene: string;
  /** 管控场景规则版本号 */ punish_rule_version: string;
  /** 解管受理时间 */ recover_accept_time: string;
  /** 解管执行完成时间 */ recover_finish_time: string;
  /** 解管状态 */ recover_state: "EXECUTING" | "SUCCESS" | "FAILED";
  /** 解管原因描述 */ recover_reason: string;
  /** 执行失败错误信息 */ error_message?: string;
  /** 执行失败错误码 */ error_code?: string;
 };
}

/** 特殊减额: request body */
export interface PostV3AggracctBcWbChannelSpecialReductionBody {
 /** 微信支付商户号 @example 1900016681 */ mchid: string;
 /** 额度台账号 @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
 /** 特殊减额单号 @example htozr8denqegbt6tk6u10iymo7yww5pn */ out_request_no: string;
 /** 特殊减额类型 @example JUDICIAL_DEDUCTION */ reduction_type: "FINANCIAL_PENALTY" | "JUDICIAL_DEDUCTION";
 /** 减额金额 @example 1 */ amount: number;
 /** 特殊减额原因 @example 司法案件号：202508080009 */ reason?: string;
 /** 卡号 @example example_card_no */ card_no?: string;
 /** 商户账户协议号 @example example_sgn_no */ sgn_no?: string;
 /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
}
/** 特殊减额: options */
export interface PostV3AggracctBcWbChannelSpecialReductionOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3AggracctBcWbChannelSpecialReductionBody;
}
/** 特殊减额: response body */
export interface PostV3AggracctBcWbChannelSpecialReductionData extends PostV3AggracctBcWbChannelSpecialReductionDataFields {}

/** 查询特殊减额结果: options */
export interface GetV3AggracctBcWbChannelSpecialReductionOptions extends CallOptions {
 /** 特殊减额单号 @example htozr8denqegbt6tk6u10iymo7yww5pn */ out_request_no: string;
 query: {
  /** 微信支付商户号 @example 1900016681 */ mchid: string;
  /** 额度台账号 @example 8609cb22e1774a50a930e414cc71eca06121bc */ bal_account_no: string;
  /** 卡号 @example example_card_no */ card_no?: string;
  /** 商户子账户协议号 @example example_sgn_no */ sgn_no?: string;
  /** 请求场景 @example SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT */ req_scene?: "SJT_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT" | "SJT_MICRO_MERCHANT" | "WX_SHOP_CONVENIENT_SETTLEMENT_SERVICE_MERCHANT";
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询特殊减额结果: response body */
export interface GetV3AggracctBcWbChannelSpecialReductionData extends PostV3AggracctBcWbChannelSpecialReductionDataFields {}

export interface PostV3AggracctBcWbChannelBankChannelAccountRenameDataFields {
 /** 变更类型 */ change_scene: "SUBJECT_INFO_RENAME";
 /** 微信支付更名受理返回的申请单号 */ application_id: string;
 /** 渠道结算银行账户更名外部系统单号 */ out_request_no: string;
 /** 目标商户号 */ mchid: string;
 /** 台账ID */ bal_account_no: string;
 /** 目标账户名 */ new_account_name: string;
 /** 申请单状态 */ application_state: "PROCESSING" | "SUCCESS" | "FAIL";
 /** 完成时间 */ finish_time?: string;
 /** 失败错误码 */ fail_code?: string;
 /** 失败原因 */ fail_msg?: string;
}

export interface PostV3AggracctBcWbChannelSpecialReductionDataFields {
 /** 微信支付商户号 */ mchid?: string;
 /** 额度台账号 */ bal_account_no?: string;
 /** 特殊减额单号 */ out_request_no?: string;
 /** 特殊减额类型 */ reduction_type?: "FINANCIAL_PENALTY" | "JUDICIAL_DEDUCTION";
 /** 减额金额 */ amount?: number;
 /** 处理结果 */ state?: "PROCESSING" | "SUCCESS" | "FAILED";
 /** 特殊减额原因 */ reason?: string;
 /** 微信支付额度变更单号 */ quota_change_no?: string;
 /** 成功时间 */ success_time?: string;
 /** 失败时间 */ fail_time?: string;
 /** 失败原因 */ fail_reason?: "BALANCE_NOT_ENOUGH" | "RECEIPT_NOT_EXIST_CLOSED" | "TIME_OUT_CLOSED";
}

export interface V3AggracctBcNode {
 wbChannel: Open<V3AggracctBcWbChannelNode>;
 chain: ChainFrom<"v3/aggracct-bc">;
}

export interface V3AggracctBcWbChannelNode {
 account: Open<V3AggracctBcWbChannelAccountNode>;
 bankChannelAccount: Open<V3AggracctBcWbChannelBankChannelAccountNode>;
 controlOrders: Open<V3AggracctBcWbChannelControlOrdersNode>;
 specialReduction: Open<V3AggracctBcWbChannelSpecialReductionNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel">;
}

export interface V3AggracctBcWbChannelAccountNode {
 balance: Open<V3AggracctBcWbChannelAccountBalanceNode>;
 mch_archives: Open<V3AggracctBcWbChannelAccountMchArchivesNode>;
 mch_media: Open<V3AggracctBcWbChannelAccountMchMediaNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/account">;
}

export interface V3AggracctBcWbChannelAccountBalanceNode {
 /** 查询渠道额度 `GET /v3/aggracct-bc/wb-channel/account/balance` */
 get: Verb<GetV3AggracctBcWbChannelAccountBalanceOptions, GetV3AggracctBcWbChannelAccountBalanceData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/account/balance">;
}

export interface V3AggracctBcWbChannelAccountMchArchivesNode {
 /** 查询商户资料 `GET /v3/aggracct-bc/wb-channel/account/mch_archives` */
 get: Verb<GetV3AggracctBcWbChannelAccountMchArchivesOptions, GetV3AggracctBcWbChannelAccountMchArchivesData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/account/mch_archives">;
}

export interface V3AggracctBcWbChannelAccountMchMediaNode {
 /** 查询商户影像件资料 `GET /v3/aggracct-bc/wb-channel/account/mch_media` */
 get: Verb<GetV3AggracctBcWbChannelAccountMchMediaOptions, GetV3AggracctBcWbChannelAccountMchMediaData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/account/mch_media">;
}

export interface V3AggracctBcWbChannelBankChannelAccountNode {
 rename: Open<V3AggracctBcWbChannelBankChannelAccountRenameNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/bank-channel-account">;
}

export interface V3AggracctBcWbChannelBankChannelAccountRenameNode {
 /** 受理渠道结算银行账户更名申请 `POST /v3/aggracct-bc/wb-channel/bank-channel-account/rename` */
 post: Verb<PostV3AggracctBcWbChannelBankChannelAccountRenameOptions, PostV3AggracctBcWbChannelBankChannelAccountRenameData>;
 $application_id$: Open<V3AggracctBcWbChannelBankChannelAccountRename_application_id_Node>;
 _application_id_: Open<V3AggracctBcWbChannelBankChannelAccountRename_application_id_Node>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/bank-channel-account/rename">;
}

export interface V3AggracctBcWbChannelBankChannelAccountRename_application_id_Node {
 /** 查询渠道结算银行账户更名申请 `GET /v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}` */
 get: Verb<GetV3AggracctBcWbChannelBankChannelAccountRenameOptions, GetV3AggracctBcWbChannelBankChannelAccountRenameData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}">;
}

export interface V3AggracctBcWbChannelControlOrdersNode {
 $out_request_no$: Open<V3AggracctBcWbChannelControlOrders_out_request_no_Node>;
 _out_request_no_: Open<V3AggracctBcWbChannelControlOrders_out_request_no_Node>;
 info: Open<V3AggracctBcWbChannelControlOrdersInfoNode>;
 punish: Open<V3AggracctBcWbChannelControlOrdersPunishNode>;
 recover: Open<V3AggracctBcWbChannelControlOrdersRecoverNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders">;
}

export interface V3AggracctBcWbChannelControlOrdersInfoNode {
 update: Open<V3AggracctBcWbChannelControlOrdersInfoUpdateNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/info">;
}

export interface V3AggracctBcWbChannelControlOrdersInfoUpdateNode {
 result: Open<V3AggracctBcWbChannelControlOrdersInfoUpdateResultNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/info/update">;
}

export interface V3AggracctBcWbChannelControlOrdersInfoUpdateResultNode {
 notify: Open<V3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyNode>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/info/update/result">;
}

export interface V3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyNode {
 /** 资料更新请求审核结果回调通知 `POST /v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify` */
 post: Verb<PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyOptions, PostV3AggracctBcWbChannelControlOrdersInfoUpdateResultNotifyData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify">;
}

export interface V3AggracctBcWbChannelControlOrdersPunishNode {
 /** 发起微众台账管控 `POST /v3/aggracct-bc/wb-channel/control-orders/punish` */
 post: Verb<PostV3AggracctBcWbChannelControlOrdersPunishOptions, PostV3AggracctBcWbChannelControlOrdersPunishData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/punish">;
}

export interface V3AggracctBcWbChannelControlOrdersRecoverNode {
 /** 解除对微众台账的管控 `POST /v3/aggracct-bc/wb-channel/control-orders/recover` */
 post: Verb<PostV3AggracctBcWbChannelControlOrdersRecoverOptions, PostV3AggracctBcWbChannelControlOrdersRecoverData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/recover">;
}

export interface V3AggracctBcWbChannelControlOrders_out_request_no_Node {
 /** 查询控制单 `GET /v3/aggracct-bc/wb-channel/control-orders/{out_request_no}` */
 get: Verb<GetV3AggracctBcWbChannelControlOrdersOptions, GetV3AggracctBcWbChannelControlOrdersData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/control-orders/{out_request_no}">;
}

export interface V3AggracctBcWbChannelSpecialReductionNode {
 /** 特殊减额 `POST /v3/aggracct-bc/wb-channel/special-reduction` */
 post: Verb<PostV3AggracctBcWbChannelSpecialReductionOptions, PostV3AggracctBcWbChannelSpecialReductionData>;
 $out_request_no$: Open<V3AggracctBcWbChannelSpecialReduction_out_request_no_Node>;
 _out_request_no_: Open<V3AggracctBcWbChannelSpecialReduction_out_request_no_Node>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/special-reduction">;
}

export interface V3AggracctBcWbChannelSpecialReduction_out_request_no_Node {
 /** 查询特殊减额结果 `GET /v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}` */
 get: Verb<GetV3AggracctBcWbChannelSpecialReductionOptions, GetV3AggracctBcWbChannelSpecialReductionData>;
 chain: ChainFrom<"v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}">;
}
