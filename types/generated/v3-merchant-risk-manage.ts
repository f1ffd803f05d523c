// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 查询风险订单: request body */
export interface PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid?: string;
 /** 子商户号 @example 1900009231 */ sub_mchid?: string;
 /** 商户号 @example 1900009231 */ mchid?: string;
 /** 开始时间 @example 2025-05-20T13:29:35+08:00 */ start_time?: string;
 /** 结束时间 @example 2025-05-20T13:29:35+08:00 */ end_time?: string;
 /** 查询页码 @example 1 */ page_index?: number;
 /** 查询页大小 @example 10 */ page_size?: number;
}
/** 查询风险订单: options */
export interface PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesOptions extends CallOptions {
 json: PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesBody;
}
/** 查询风险订单: response body */
export interface PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesData {
 /** 总风险订单数 */ total_num?: number;
 /** 风险订单列表 */ risk_trade_list?: Array<{
  /** 商户号 */ mchid?: string;
  /** 商户订单号 */ out_trade_no?: string;
  /** 风险类型 */ risk_type?: 1 | 2 | 3 | 4;
  /** 风险等级 */ risk_level?: 1 | 2 | 3;
  /** 投诉单状态 */ risk_discove_time?: string;
 }>;
}

/** 回传处置结果: request body */
export interface PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid?: string;
 /** 子商户号 @example 1900009231 */ sub_mchid?: string;
 /** 商户号 @example 1900009231 */ mchid?: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 最终风险结论 @example 1 */ final_risk_result?: 1 | 2;
 /** 最终风险类型 @example 1 */ final_risk_type?: 1 | 2 | 3 | 4;
 /** 处置结论 */ disp_conclusion?: Array<1 | 2 | 3>;
 /** 处置补充 @example example_disp_addition */ disp_addition?: string;
 /** 是否有投诉 */ exist_complaint?: boolean;
 /** 退款金额 @example 100 */ refund_amount?: number;
}
/** 回传处置结果: options */
export interface PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultOptions extends CallOptions {
 json: PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultBody;
}
/** 回传处置结果: response body */
export interface PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultData {
 /** 返回描述 */ rsp_msg?: string;
}

/** 上报订单关联信息: request body */
export interface PostV3MerchantRiskManageReportTradeUnionInformationBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid?: string;
 /** 从业机构商户号 @example 1356485 */ acquiring_bank_id?: string;
 /** 渠道号 @example 1900000108 */ channel_id?: string;
 /** 子商户号 @example 1900009231 */ sub_mchid?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户手机号 @example ca775af5f841bdf424b2e6eb86a6e21e */ phone?: string;
 /** 用户实名证件号 @example ca775af5f841bdf424b2e6eb86a6e21e */ certificates_number?: string;
 /** 用户终端ip @example 123.12.12.123 */ client_ip?: string;
 /** 商户判定交易的风险等级 @example 1 */ risk_level?: number;
 /** 线上线下标识 @example 1 */ line_type?: 1 | 2;
 /** 虚拟实物标识 @example 1 */ goods_type?: 1 | 2;
 /** 物品发布类型 @example 1 */ seller_type?: 1 | 2;
 /** 是否需要物流发货 @example false */ is_need_deliver?: boolean;
 /** 用户设备类型 @example 1 */ device_type?: 1 | 2 | 3;
 /** 付款方用户标识 @example 华为的账号：260XXX */ userid?: string;
 /** 手机号来源 @example 1 */ phone_from?: number;
 /** 收款方用户标识 @example 抖音的账号：XXXXX */ seller_userid?: string;
 /** 业务场景 @example 1 */ scene?: 0 | 1 | 2;
 /** 充值业务场景独有字段 */ recharge_fields?: {
  /** 充值账号类型 @example 1 */ account_type?: number;
  /** 充值账号 @example example_account */ account?: string;
 };
 /** 生活缴费场景独有字段 */ living_expenses_fields?: {
  /** 户号 @example 123456 */ acc_no?: string;
  /** 费种 @example 1 */ type?: number;
  /** 缴费城市 @example 湖南衡阳 */ city?: string;
  /** 户号对应的地址信息 @example 广东省深圳市南山区海天二路33号 */ address?: string;
  /** 缴费户名 @example 詹讯 */ acc_name?: string;
  /** 机构名称 @example 深圳电力 */ company_name?: string;
  /** 缴费金额 @example 500 */ amount?: number;
 };
 /** 扩展字段1 @example {"key1":"value1"} */ extra_fields1?: string;
 /** 扩展字段2 @example {"key1":"value1"} */ extra_fields2?: string;
 /** 扩展字段3 @example {"key1":"value1"} */ extra_fields3?: string;
 /** 高风险商品标签 @example 1 */ high_risk_goods?: number;
 /** 用户下单设备与支付设备是否一致 */ same_deviced?: boolean;
 /** 用户下单设备是否是常用设备 */ reliable_device?: boolean;
 /** 收货省份 @example example_delivery_province */ delivery_province?: string;
 /** 收货城市 @example example_delivery_city */ delivery_city?: string;
 /** 收货人地址是否新增 */ new_address?: boolean;
 /** 上一笔支付openid @example example_last_pay_openid */ last_pay_openid?: string;
 /** 高风险类目 @example 1 */ risky_goods?: 1 | 2 | 3 | 4 | 5 | 6;
 /** 订单识别标识 @example 1 */ offline_delivery_label?: 1 | 2;
 /** 是否为代付订单 */ proxy_payment?: boolean;
 /** 下单人手机号 @example example_order_phone_number */ order_phone_number?: string;
 /** 下单人风险等级 @example 1 */ user_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
 /** 商户风险等级 @example 1 */ sp_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
 /** 手机号所属地 @example example_phone_number_location */ phone_number_location?: string;
 /** 商品类目 @example example_goods_category */ goods_category?: string;
 /** 前置打开行为异常 @example example_pre_opening_behavior */ pre_opening_behavior?: string;
 /** 卖家是否是新账号 */ new_store?: boolean;
 /** 店铺标识 @example example_store_identifier */ store_identifier?: string;
 /** 商品上架时间 @example example_goods_listing_time */ goods_listing_time?: string;
 /** 合单商户订单号 @example example_combine_out_trade_no */ combine_out_trade_no?: string;
 /** 合单商户号 @example example_combine_mchid */ combine_mchid?: string;
 /** 子单列表 */ sub_orders?: Array<{
  /** 子单商户订单号 @example example_out_trade_no */ out_trade_no?: string;
  /** 子单发起方商户号 @example example_mch_id */ mch_id?: string;
  /** 收货省份 @example example_delivery_province */ delivery_province?: string;
  /** 收货城市 @example example_delivery_city */ delivery_city?: string;
  /** 高风险类目 @example 1 */ risky_goods?: 1 | 2 | 3 | 4 | 5 | 6;
  /** 下单人风险等级 @example 1 */ user_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** 商户风险等级 @example 1 */ sp_risk_level?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
 }>;
}
/** 上报订单关联信息: options */
export interface PostV3MerchantRiskManageReportTradeUnionInformationOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MerchantRiskManageReportTradeUnionInformationBody;
}
/** 上报订单关联信息: response body */
export interface PostV3MerchantRiskManageReportTradeUnionInformationData {
 /** 服务商商户号 */ sp_mchid?: string;
 /** 从业机构商户号 */ acquiring_bank_id?: string;
 /** 渠道号 */ channel_id?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 商户订单号 */ out_trade_no?: string;
}

/** 查询风险信息: options */
export interface GetV3MerchantRiskManageTradeRiskInformationOptions extends CallOptions {
 query: {
  /** 服务商商户号 @example 1900000109 */ sp_mchid?: string;
  /** 从业机构号 @example 1356485 */ acquiring_bank_id?: string;
  /** 渠道号 @example 1900000108 */ channel_id?: string;
  /** 子商户号 @example 1900009231 */ sub_mchid?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
  /** 投诉信息 @example 商家说高额返利，支付很大金额之后发现并没有返利，是骗子 */ complaints_information?: string;
 };
}
/** 查询风险信息: response body */
export interface GetV3MerchantRiskManageTradeRiskInformationData {
 /** 风险系数值 */ risk_score: number;
 /** 风险类型 */ risk_type?: "OTHER_RISK" | "INDUCE_PAYMENT" | "FRAUD" | "GAMBLING" | "CYBERSEX";
 /** 处置手段 */ punish_type?: "OTHER_PUNISH" | "DISABLE_PAYMENT" | "SUSPEND_SETTLEMENT" | "DISABLE_WITHDRAW" | "REMOVE_MERCHANTS" | "ADD_MERCHANTS_BLACKLIST" | "REFUND" | "FREEZING_FUND_BY_TRANSACTION" | "FREEZING_FUND_BY_MERCHANTS" | "BLOCKED_USER";
 /** 处置手段描述 */ punish_description?: string;
}

/** 处置结果回传: request body */
export interface PostV3MerchantRiskManageTradeRiskResultBody {
 /** 服务商商户号 @example 1900000109 */ sp_mchid?: string;
 /** 从业机构商户号 @example 1356485 */ acquiring_bank_id?: string;
 /** 渠道号 @example 1900000108 */ channel_id?: string;
 /** 子商户号 @example 1900009231 */ sub_mchid?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 风险类型 @example OTHER_RISK */ risk_type?: "OTHER_RISK" | "INDUCE_PAYMENT" | "FRAUD" | "GAMBLING" | "CYBERSEX";
 /** 处置手段 @example OTHER_PUNISH */ punish_type: "OTHER_PUNISH" | "DISABLE_PAYMENT" | "SUSPEND_SETTLEMENT" | "DISABLE_WITHDRAW" | "REMOVE_MERCHANTS" | "ADD_MERCHANTS_BLACKLIST" | "REFUND" | "FREEZING_FUND_BY_TRANSACTION" | "FREEZING_FUND_BY_MERCHANTS" | "BLOCKED_USER";
 /** 处置手段补充 @example SUSPEND_SETTLEMENT_NDAYS:10 */ additional_punish_type?: string;
 /** 投诉信息 @example 商家说高额返利，支付很大金额之后发现并没有返利，是骗子 */ complaints_information?: string;
}
/** 处置结果回传: options */
export interface PostV3MerchantRiskManageTradeRiskResultOptions extends CallOptions {
 json: PostV3MerchantRiskManageTradeRiskResultBody;
}
/** 处置结果回传: response body */
export interface PostV3MerchantRiskManageTradeRiskResultData {
 /** 服务商商户号 */ sp_mchid?: string;
 /** 从业机构商户号 */ acquiring_bank_id?: string;
 /** 渠道号 */ channel_id?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 风险类型 */ risk_type?: "OTHER_RISK" | "INDUCE_PAYMENT" | "FRAUD" | "GAMBLING" | "CYBERSEX";
 /** 处置手段 */ punish_type: "OTHER_PUNISH" | "DISABLE_PAYMENT" | "SUSPEND_SETTLEMENT" | "DISABLE_WITHDRAW" | "REMOVE_MERCHANTS" | "ADD_MERCHANTS_BLACKLIST" | "REFUND" | "FREEZING_FUND_BY_TRANSACTION" | "FREEZING_FUND_BY_MERCHANTS" | "BLOCKED_USER";
 /** 处置手段补充 */ additional_punish_type?: string;
 /** 处置手段描述 */ punish_description?: string;
}

/** 查询商户违规通知回调地址API: options */
export interface GetV3MerchantRiskManageViolationNotificationsOptions extends CallOptions {
}
/** 查询商户违规通知回调地址API: response body */
export interface GetV3MerchantRiskManageViolationNotificationsData {
 /** 通知地址 */ notify_url?: string;
}

/** 创建商户违规通知回调地址API: request body */
export interface PostV3MerchantRiskManageViolationNotificationsBody {
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 创建商户违规通知回调地址API: options */
export interface PostV3MerchantRiskManageViolationNotificationsOptions extends CallOptions {
 json: PostV3MerchantRiskManageViolationNotificationsBody;
}
/** 创建商户违规通知回调地址API: response body */
export interface PostV3MerchantRiskManageViolationNotificationsData {
 /** 通知地址 */ notify_url?: string;
}

/** 修改商户违规通知回调地址API: request body */
export interface PutV3MerchantRiskManageViolationNotificationsBody {
 /** 通知链接 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 修改商户违规通知回调地址API: options */
export interface PutV3MerchantRiskManageViolationNotificationsOptions extends CallOptions {
 json: PutV3MerchantRiskManageViolationNotificationsBody;
}
/** 修改商户违规通知回调地址API: response body */
export interface PutV3MerchantRiskManageViolationNotificationsData {
 /** 通知地址 */ notify_url?: string;
}

/** 删除商户违规通知回调地址API: options */
export interface DeleteV3MerchantRiskManageViolationNotificationsOptions extends CallOptions {
}
/** 删除商户违规通知回调地址API: response body */
export type DeleteV3MerchantRiskManageViolationNotificationsData = undefined;

export interface V3MerchantRiskManageNode {
 ecTradeRisk: Open<V3MerchantRiskManageEcTradeRiskNode>;
 reportTradeUnionInformation: Open<V3MerchantRiskManageReportTradeUnionInformationNode>;
 tradeRiskInformation: Open<V3MerchantRiskManageTradeRiskInformationNode>;
 tradeRiskResult: Open<V3MerchantRiskManageTradeRiskResultNode>;
 violationNotifications: Open<V3MerchantRiskManageViolationNotificationsNode>;
 chain: ChainFrom<"v3/merchant-risk-manage">;
}

export interface V3MerchantRiskManageEcTradeRiskNode {
 queryRiskTrades: Open<V3MerchantRiskManageEcTradeRiskQueryRiskTradesNode>;
 recvDisposeResult: Open<V3MerchantRiskManageEcTradeRiskRecvDisposeResultNode>;
 chain: ChainFrom<"v3/merchant-risk-manage/ec-trade-risk">;
}

export interface V3MerchantRiskManageEcTradeRiskQueryRiskTradesNode {
 /** 查询风险订单 `POST /v3/merchant-risk-manage/ec-trade-risk/query-risk-trades` */
 post: Verb<PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesOptions, PostV3MerchantRiskManageEcTradeRiskQueryRiskTradesData>;
 chain: ChainFrom<"v3/merchant-risk-manage/ec-trade-risk/query-risk-trades">;
}

export interface V3MerchantRiskManageEcTradeRiskRecvDisposeResultNode {
 /** 回传处置结果 `POST /v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result` */
 post: Verb<PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultOptions, PostV3MerchantRiskManageEcTradeRiskRecvDisposeResultData>;
 chain: ChainFrom<"v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result">;
}

export interface V3MerchantRiskManageReportTradeUnionInformationNode {
 /**
  * 上报订单关联信息 `POST /v3/merchant-risk-manage/report-trade-union-information`
  * @see https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk/report-trade-risk-information.html
  */
 post: Verb<PostV3MerchantRiskManageReportTradeUnionInformationOptions, PostV3MerchantRiskManageReportTradeUnionInformationData>;
 chain: ChainFrom<"v3/merchant-risk-manage/report-trade-union-information">;
}

export interface V3MerchantRiskManageTradeRiskInformationNode {
 /**
  * 查询风险信息 `GET /v3/merchant-risk-manage/trade-risk-information`
  * @see https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk/query-trade-risk-information.html
  */
 get: Verb<GetV3MerchantRiskManageTradeRiskInformationOptions, GetV3MerchantRiskManageTradeRiskInformationData>;
 chain: ChainFrom<"v3/merchant-risk-manage/trade-risk-information">;
}

export interface V3MerchantRiskManageTradeRiskResultNode {
 /**
  * 处置结果回传 `POST /v3/merchant-risk-manage/trade-risk-result`
  * @see https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk-result/create-trade-risk-result.html
  */
 post: Verb<PostV3MerchantRiskManageTradeRiskResultOptions, PostV3MerchantRiskManageTradeRiskResultData>;
 chain: ChainFrom<"v3/merchant-risk-manage/trade-risk-result">;
}

export interface V3MerchantRiskManageViolationNotificationsNode {
 /**
  * 查询商户违规通知回调地址API `GET /v3/merchant-risk-manage/violation-notifications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_2.shtml
  */
 get: OptionalVerb<GetV3MerchantRiskManageViolationNotificationsOptions, GetV3MerchantRiskManageViolationNotificationsData>;
 /**
  * 创建商户违规通知回调地址API `POST /v3/merchant-risk-manage/violation-notifications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_1.shtml
  */
 post: Verb<PostV3MerchantRiskManageViolationNotificationsOptions, PostV3MerchantRiskManageViolationNotificationsData>;
 /**
  * 修改商户违规通知回调地址API `PUT /v3/merchant-risk-manage/violation-notifications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_3.shtml
  */
 put: Verb<PutV3MerchantRiskManageViolationNotificationsOptions, PutV3MerchantRiskManageViolationNotificationsData>;
 /**
  * 删除商户违规通知回调地址API `DELETE /v3/merchant-risk-manage/violation-notifications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_4.shtml
  */
 delete: OptionalVerb<DeleteV3MerchantRiskManageViolationNotificationsOptions, DeleteV3MerchantRiskManageViolationNotificationsData>;
 chain: ChainFrom<"v3/merchant-risk-manage/violation-notifications">;
}
