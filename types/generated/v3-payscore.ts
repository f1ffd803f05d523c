// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 从业机构预授权: request body */
export interface PostV3PayscoreAcquiringbankPermissionsBody {
 /** 服务ID @example service_id */ service_id: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户应用ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid: string;
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 /** 商户回调地址 @example http://www.qq.com */ notify_url?: string;
}
/** 从业机构预授权: options */
export interface PostV3PayscoreAcquiringbankPermissionsOptions extends CallOptions {
 json: PostV3PayscoreAcquiringbankPermissionsBody;
}
/** 从业机构预授权: response body */
export interface PostV3PayscoreAcquiringbankPermissionsData {
 /** 预授权token */ apply_permissions_token: string;
}

/** 从业机构查询与用户授权记录（授权协议号）: options */
export interface GetV3PayscoreAcquiringbankPermissionsAuthorizationCodeOptions extends CallOptions {
 /** 授权协议号 @example 1275342195190894594 */ authorization_code: string;
 query: {
  /** 服务ID @example 500001 */ service_id: string;
  /** 渠道商商户号 @example 1230000109 */ channel_id: string;
  /** 子商户号 @example 1230000109 */ sub_mchid: string;
 };
}
/** 从业机构查询与用户授权记录（授权协议号）: response body */
export interface GetV3PayscoreAcquiringbankPermissionsAuthorizationCodeData {
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 授权协议号 */ authorization_code: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权通知地址 */ notify_url?: string;
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 渠道商商户号 */ channel_id?: string;
}

/** 从业机构解除用户授权关系（授权协议号）: request body */
export interface PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateBody {
 /** 服务ID @example 500001 */ service_id: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid: string;
 /** 撤销原因 @example 撤销原因 */ reason: string;
}
/** 从业机构解除用户授权关系（授权协议号）: options */
export interface PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateOptions extends CallOptions {
 /** 授权协议号 @example 1275342195190894594 */ authorization_code: string;
 json: PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateBody;
}
/** 从业机构解除用户授权关系（授权协议号）: response body */
export type PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateData = undefined;

/** 从业机构查询微信支付分订单: options */
export interface GetV3PayscoreAcquiringbankServiceorderOptions extends CallOptions {
 query: {
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 渠道商商户号 @example 1230000109 */ channel_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no?: string;
  /** 回跳查询ID */ query_id?: string;
 };
}
/** 从业机构查询微信支付分订单: response body */
export interface GetV3PayscoreAcquiringbankServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费名称 */ name: string;
  /** 付费说明 */ description?: string;
  /** 付费金额 */ amount?: number;
  /** 付费数量 */ count?: number;
 }>;
 /** 后付费商户优惠 */ post_discounts?: PostDiscounts[];
 /** 订单风险金 */ risk_fund: RiskFund;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: {
  /** 收款状态 */ state: string;
  /** 总收款金额 */ total_amount?: number;
  /** 待收金额 */ paying_amount?: number;
  /** 已收金额 */ paid_amount?: number;
  /** 收款明细列表 */ details?: Array<{
   /** 收款序号 */ seq?: number;
   /** 单笔收款金额 */ amount?: number;
   /** 收款成功渠道 */ paid_type?: string;
   /** 收款成功时间 */ paid_time?: string;
   /** 微信支付交易单号 */ transaction_id?: string;
   /** 优惠功能 */ promotion_detail?: Array<{
    /** 券ID */ coupon_id: string;
    /** 优惠名称 */ name?: string;
    /** 优惠范围 */ scope?: string;
    /** 优惠类型 */ type?: string;
    /** 优惠券面额 */ amount: number;
    /** 活动ID */ stock_id?: string;
    /** 微信出资 */ wechatpay_contribute?: number;
    /** 商户出资 */ merchant_contribute?: number;
    /** 其他出资 */ other_contribute?: number;
    /** 优惠币种 */ currency?: string;
    /** 单品列表 */ goods_detail?: PayscoreGoodsDetail[];
   }>;
  }>;
 };
 /** 服务时间段 */ time_range: {
  /** 服务开始时间 */ start_time: string;
  /** 服务开始时间备注 */ start_time_remark?: string;
  /** 服务结束时间 */ end_time?: string;
  /** 服务结束时间备注 */ end_time_remark?: string;
 };
 /** 服务位置 */ location?: Location;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 渠道商商户号 */ channel_id: string;
}

/** 从业机构创建微信支付分订单: request body */
export interface PostV3PayscoreAcquiringbankServiceorderBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id: string;
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务信息 @example XX充电宝 */ service_introduction: string;
 /** 后付费项目 */ post_payments?: PostPayments[];
 /** 后付费商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 @example 满20减1元 */ name: string;
  /** 优惠说明 @example 不与其他优惠叠加 */ description: string;
  /** 优惠数量 @example 2 */ count?: number;
  /** 付费金额 @example 40000 */ amount?: number;
 }>;
 /** 订单风险金 */ risk_fund: {
  /** 风险金名称 @example DEPOSIT */ name: string;
  /** 风险金额 @example 10000 */ amount: number;
  /** 风险说明 @example 就餐的预估费用 */ description?: string;
 };
 /** 服务时间段 */ time_range: {
  /** 服务开始时间 @example 20091225091010 */ start_time: string;
  /** 服务开始时间备注 @example 开始租借时间 */ start_time_remark?: string;
  /** 预计服务结束时间 @example 20091225121010 */ end_time?: string;
  /** 预计服务结束时间备注 @example 租借结束时间 */ end_time_remark?: string;
 };
 /** 服务位置 */ location?: PayscoreLocation;
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
}
/** 从业机构创建微信支付分订单: options */
export interface PostV3PayscoreAcquiringbankServiceorderOptions extends CallOptions {
 json: PostV3PayscoreAcquiringbankServiceorderBody;
}
/** 从业机构创建微信支付分订单: response body */
export interface PostV3PayscoreAcquiringbankServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 渠道商商户号 */ channel_id: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费项目名称 */ name: string;
  /** 付费说明 */ description?: string;
  /** 金额 */ amount?: number;
  /** 付费数量 */ count?: number;
 }>;
 /** 后付费商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name: string;
  /** 优惠说明 */ description: string;
  /** 优惠数量 */ count?: number;
 }>;
 /** 订单风险金 */ risk_fund?: RiskFund;
 /** 服务时间段 */ time_range?: TimeRange;
 /** 服务位置 */ location?: PayscoreLocation2;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 跳转微信侧数据包 */ package?: string;
}

/** 从业机构查询微信支付分扣款信息: options */
export interface GetV3PayscoreAcquiringbankServiceorderDeductionOptions extends CallOptions {
 query: {
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 从业机构申请的公众号或移动应用AppID */ appid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 子商户申请的公众号或移动应用AppID */ sub_appid?: string;
  /** 渠道商商户号 @example 1230000109 */ channel_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no?: string;
 };
}
/** 从业机构查询微信支付分扣款信息: response body */
export interface GetV3PayscoreAcquiringbankServiceorderDeductionData {
 /** 商品或支付单简要描述 */ description: string;
 /** 商户扣款单号 */ out_trade_no: string;
}

/** 从业机构取消微信支付分订单: request body */
export interface PostV3PayscoreAcquiringbankServiceorderCancelBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 撤销原因 @example 用户投诉 */ reason: string;
}
/** 从业机构取消微信支付分订单: options */
export interface PostV3PayscoreAcquiringbankServiceorderCancelOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreAcquiringbankServiceorderCancelBody;
}
/** 从业机构取消微信支付分订单: response body */
export type PostV3PayscoreAcquiringbankServiceorderCancelData = undefined;

/** 从业机构完结微信支付分订单: request body */
export interface PostV3PayscoreAcquiringbankServiceorderCompleteBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 后付费项目 */ post_payments: PayscorePostPayments[];
 /** 后付费商户优惠 */ post_discounts?: PayscorePostDiscounts[];
 /** 总金额 @example 50000 */ total_amount: number;
 /** 实际服务时间 */ time_range?: PayscoreTimeRange;
 /** 实际服务位置 */ location?: PayscoreLocation3;
 /** 微信支付服务分账标记 */ profit_sharing?: boolean;
 /** 完结服务时间 @example 2019-11-11T16:24:05+08:00 */ complete_time?: string;
 /** 订单优惠标记 @example goods_tag */ goods_tag?: string;
}
/** 从业机构完结微信支付分订单: options */
export interface PostV3PayscoreAcquiringbankServiceorderCompleteOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreAcquiringbankServiceorderCompleteBody;
}
/** 从业机构完结微信支付分订单: response body */
export type PostV3PayscoreAcquiringbankServiceorderCompleteData = undefined;

/** 从业机构修改微信支付分订单金额: request body */
export interface PostV3PayscoreAcquiringbankServiceorderModifyBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id?: string;
 /** 后付费项目 */ post_payments?: PayscorePostPayments[];
 /** 后付费商户优惠 */ post_discounts?: PayscorePostDiscounts[];
 /** 总金额 @example 50000 */ total_amount: number;
 /** 修改原因 @example 用户投诉 */ reason: string;
}
/** 从业机构修改微信支付分订单金额: options */
export interface PostV3PayscoreAcquiringbankServiceorderModifyOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreAcquiringbankServiceorderModifyBody;
}
/** 从业机构修改微信支付分订单金额: response body */
export type PostV3PayscoreAcquiringbankServiceorderModifyData = undefined;

/** 从业机构登记微信支付分扣款信息: request body */
export interface PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id: string;
 /** 商户系统内部扣款单号 @example 1234323JKHDFE1243252 */ out_trade_no?: string;
 /** 子商户公众账号ID @example wxd678efh567hg6999 */ sub_appid?: string;
}
/** 从业机构登记微信支付分扣款信息: options */
export interface PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoBody;
}
/** 从业机构登记微信支付分扣款信息: response body */
export interface PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoData {
 /** 商品或支付单简要描述 */ description?: string;
}

/** 从业机构同步微信支付分订单信息: request body */
export interface PostV3PayscoreAcquiringbankServiceorderSyncBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id?: string;
 /** 场景类型 @example Order_Paid */ type: string;
 /** 内容信息详情 */ detail: {
  /** 收款成功时间 @example 20091225091210 */ paid_time: string;
 };
}
/** 从业机构同步微信支付分订单信息: options */
export interface PostV3PayscoreAcquiringbankServiceorderSyncOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreAcquiringbankServiceorderSyncBody;
}
/** 从业机构同步微信支付分订单信息: response body */
export type PostV3PayscoreAcquiringbankServiceorderSyncData = undefined;

/** 从业机构创建先用后付订单: request body */
export interface PostV3PayscoreAcquiringbankServicepayondeliveryorderBody {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 渠道商商户号 @example 1230000109 */ channel_id?: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务信息 @example 某某酒店 */ service_introduction: string;
 post_payments?: Array<PayscorePostPayments2>;
 post_discounts?: Array<PayscorePostDiscounts2>;
 /** 服务时间段 */ time_range: PayscoreTimeRange2;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 订单风险金 */ risk_fund?: {
  /** 风险金名称 */ name?: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
  /** 风险金额 @example 10000 */ amount?: number;
  /** 风险说明 @example 就餐的预估费用 */ description?: string;
 };
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户号 @example 1230000109 */ mchid?: string;
 /** 先用后付购物详情 */ shopping_info?: {
  /** 实际购物商家公众号ID @example wxd678efh567hg6787 */ real_merchant_appid?: string;
  /** 单详跳转链接 */ jump_link?: PayscoreJumpLink;
  /** 商品列表 */ goods?: Array<{
   /** 商品名称 @example 森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪 */ name?: string;
   /** 商品图片链接 */ picture?: string;
   /** 商品单价金额 @example 40000 */ amount?: number;
   /** 商品数量 @example 4 */ count?: number;
   category_id?: string[];
  }>;
 };
}
/** 从业机构创建先用后付订单: options */
export interface PostV3PayscoreAcquiringbankServicepayondeliveryorderOptions extends CallOptions {
 json: PostV3PayscoreAcquiringbankServicepayondeliveryorderBody;
}
/** 从业机构创建先用后付订单: response body */
export interface PostV3PayscoreAcquiringbankServicepayondeliveryorderData extends PostV3PayscoreAcquiringbankServicepayondeliveryorderDataFields {}

/** 商户申请获取对账单API: options */
export interface GetV3PayscoreMerchantBillOptions extends CallOptions {
 query: {
  /** 账单日期 @example 2019-06-11 */ bill_date: string;
  /** 压缩类型 @example GZIP */ tar_type?: "GZIP";
  /** 加密算法 @example AEAD_AES_256_GCM */ encryption_algorithm: string;
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 };
}
/** 商户申请获取对账单API: response body */
export interface GetV3PayscoreMerchantBillData {
 /** 下载信息总数 */ download_bill_count: number;
 /** 下载信息明细 */ download_bill_list: Array<{
  /** 账单文件序号 */ bill_sequence: number;
  /** 哈希类型 */ hash_type: string;
  /** 哈希值 */ hash_value: string;
  /** 下载地址 */ download_url: string;
  /** 加密密钥 */ encrypt_key: string;
  /** 随机字符串 */ nonce: string;
 }>;
}

/** 查询支付分订单: options */
export interface GetV3PayscoreOverseaPartnerServiceorderOptions extends CallOptions {
 query: {
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no?: string;
  /** 回跳查询ID @example 15646546545165651651 */ query_id?: string;
 };
}
/** 查询支付分订单: response body */
export interface GetV3PayscoreOverseaPartnerServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments4>;
 /** 商户优惠 */ post_discounts?: PostDiscounts[];
 /** 订单风险金 */ risk_fund: RiskFund;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: {
  /** 收款状态 */ state: "USER_PAYING" | "USER_PAID";
  /** 总收款金额 */ total_amount?: number;
  /** 待收金额 */ paying_amount?: number;
  /** 已收金额 */ paid_amount?: number;
  /** 收款银行 */ bank_type?: string;
  /** 收款明细列表 */ details?: Array<{
   /** 收款序号 */ seq?: number;
   /** 单笔收款金额 */ amount?: number;
   /** 收款成功渠道 */ paid_type?: "NEWTON" | "MCH";
   /** 收款成功时间 */ paid_time?: string;
   /** 微信支付交易单号 */ transaction_id?: string;
   /** 优惠功能 */ promotion_detail?: Array<{
    /** 券ID */ coupon_id: string;
    /** 优惠名称 */ name?: string;
    /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
    /** 优惠类型 */ type?: "CASH" | "NOCASH";
    /** 优惠券面额 */ amount: number;
    /** 活动ID */ stock_id?: string;
    /** 微信出资 */ wechatpay_contribute?: number;
    /** 商户出资 */ merchant_contribute?: number;
    /** 其他出资 */ other_contribute?: number;
    /** 优惠币种 */ currency?: string;
    /** 单品列表 */ goods_detail?: PayscoreGoodsDetail[];
   }>;
  }>;
 };
 /** 服务时间段 */ time_range: PayscoreTimeRange4;
 /** 服务位置 */ location?: Location;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 货币类型 */ currency?: string;
 /** 汇率值 */ currency_price?: number;
 /** 汇率 */ currency_rate_info?: string;
}

/** 创建支付分订单: request body */
export interface PostV3PayscoreOverseaPartnerServiceorderBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 商户订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 货币类型 @example HKD */ currency: string;
 /** 服务信息 @example XX充电宝 */ service_introduction: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments5>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts4>;
 /** 服务风险金 */ risk_fund: PayscoreRiskFund2;
 /** 服务时间 */ time_range: {
  /** 服务开始时间 @example 2019-11-11T16:24:05+08:00 */ start_time: string;
  /** 服务结束时间 @example 2019-11-11T16:24:05+08:00 */ end_time?: string;
  /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
  /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
 };
 /** 服务位置 */ location?: PayscoreLocation;
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
}
/** 创建支付分订单: options */
export interface PostV3PayscoreOverseaPartnerServiceorderOptions extends CallOptions {
 json: PostV3PayscoreOverseaPartnerServiceorderBody;
}
/** 创建支付分订单: response body */
export interface PostV3PayscoreOverseaPartnerServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 货币类型 */ currency?: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments4>;
 /** 后付费商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name: string;
  /** 优惠说明 */ description: string;
  /** 优惠数量 */ count?: number;
 }>;
 /** 订单风险金 */ risk_fund?: RiskFund;
 /** 服务时间段 */ time_range?: PayscoreTimeRange5;
 /** 服务位置 */ location?: PayscoreLocation2;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 跳转微信侧数据包 */ package?: string;
}

/** 取消支付分订单: request body */
export interface PostV3PayscoreOverseaPartnerServiceorderCancelBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 撤销原因 @example 用户投诉 */ reason: string;
}
/** 取消支付分订单: options */
export interface PostV3PayscoreOverseaPartnerServiceorderCancelOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreOverseaPartnerServiceorderCancelBody;
}
/** 取消支付分订单: response body */
export type PostV3PayscoreOverseaPartnerServiceorderCancelData = undefined;

/** 完结支付分订单: request body */
export interface PostV3PayscoreOverseaPartnerServiceorderCompleteBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 后付费项目 */ post_payments: PayscorePostPayments[];
 /** 商户优惠 */ post_discounts?: PayscorePostDiscounts[];
 /** 总金额 @example 50000 */ total_amount: number;
 /** 货币类型 @example HKD */ currency?: string;
 /** 实际服务时间 */ time_range?: {
  /** 服务开始时间 @example 2019-11-11T16:24:05+08:00 */ start_time?: string;
  /** 服务结束时间 @example 2019-11-11T16:24:05+08:00 */ end_time?: string;
  /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
  /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
 };
 /** 实际服务位置 */ location?: PayscoreLocation3;
 /** 微信支付服务分账标记 */ profit_sharing?: boolean;
 /** 完结服务时间 @example 2019-11-11T16:24:05+08:00 */ complete_time?: string;
 /** 订单优惠标记 @example goods_tag */ goods_tag?: string;
}
/** 完结支付分订单: options */
export interface PostV3PayscoreOverseaPartnerServiceorderCompleteOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreOverseaPartnerServiceorderCompleteBody;
}
/** 完结支付分订单: response body */
export type PostV3PayscoreOverseaPartnerServiceorderCompleteData = undefined;

/** 同步支付分订单信息: request body */
export interface PostV3PayscoreOverseaPartnerServiceorderSyncBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 场景类型 @example Order_Paid */ type: "Order_Paid";
 /** 内容信息详情 */ detail: {
  /** 收款序号 @example 1 */ seq?: number;
  /** 收款成功时间 @example 2019-11-11T16:24:05+08:00 */ paid_time: string;
  /** 收款金额 @example 1 */ paid_amount?: number;
 };
}
/** 同步支付分订单信息: options */
export interface PostV3PayscoreOverseaPartnerServiceorderSyncOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreOverseaPartnerServiceorderSyncBody;
}
/** 同步支付分订单信息: response body */
export type PostV3PayscoreOverseaPartnerServiceorderSyncData = undefined;

/** 商户预授权API: request body */
export interface PostV3PayscorePartnerPermissionsBody {
 /** 服务ID @example service_id */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户应用ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid: string;
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 /** 商户回调地址 @example http://www.qq.com */ notify_url?: string;
}
/** 商户预授权API: options */
export interface PostV3PayscorePartnerPermissionsOptions extends CallOptions {
 json: PostV3PayscorePartnerPermissionsBody;
}
/** 商户预授权API: response body */
export interface PostV3PayscorePartnerPermissionsData {
 /** 预授权token */ apply_permissions_token: string;
}

/** 服务商场景中预授权: request body */
export interface PostV3PayscorePartnerPermissionsApplyForSceneBody {
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务商的公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户的公众号ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户的商户号 @example 1230000109 */ sub_mchid: string;
 /** 授权协议号 @example 实例1234323JKHDFE1243252 */ authorization_code: string;
 /** 通知地址 @example http://www.qq.com */ notify_url?: string;
 /** 授权场景 @example TRANSACTION */ scene: string;
 /** 微信支付交易中授权附带的参数 */ transaction_scene_info?: {
  /** 支付下单的商户号 @example 1230000109 */ mchid: string;
  /** 支付下单的子商户号 @example 1230000109 */ sub_mchid: string;
 };
}
/** 服务商场景中预授权: options */
export interface PostV3PayscorePartnerPermissionsApplyForSceneOptions extends CallOptions {
 json: PostV3PayscorePartnerPermissionsApplyForSceneBody;
}
/** 服务商场景中预授权: response body */
export interface PostV3PayscorePartnerPermissionsApplyForSceneData {
 /** 授权场景 */ scene: string;
 /** 微信支付交易中授权token */ transaction_permissions_token?: string;
}

/** 服务商评估用户分层: request body */
export interface PostV3PayscorePartnerPermissionsAssessUserRiskLevelBody {
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务商的公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户的公众号ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code?: string;
 /** 服务商的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 先用后付商品信息 */ shopping_info?: PayscoreShoppingInfo;
}
/** 服务商评估用户分层: options */
export interface PostV3PayscorePartnerPermissionsAssessUserRiskLevelOptions extends CallOptions {
 query: {
  /** 子商户商户号 @example 1230000109 */ sub_mchid: string;
 };
 json: PostV3PayscorePartnerPermissionsAssessUserRiskLevelBody;
}
/** 服务商评估用户分层: response body */
export interface PostV3PayscorePartnerPermissionsAssessUserRiskLevelData extends PostV3PayscorePartnerPermissionsAssessUserRiskLevelDataFields {}

/** 查询与用户授权记录（授权协议号）API: options */
export interface GetV3PayscorePartnerPermissionsAuthorizationCodeOptions extends CallOptions {
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 query: {
  /** 服务ID @example 500001 */ service_id: string;
  /** 子商户号 @example 1230000109 */ sub_mchid: string;
 };
}
/** 查询与用户授权记录（授权协议号）API: response body */
export interface GetV3PayscorePartnerPermissionsAuthorizationCodeData {
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 授权协议号 */ authorization_code: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权通知地址 */ notify_url?: string;
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 用户分层 */ user_risk_level?: number;
 /** 分层版本 */ risk_level_version?: number;
}

/** 解除用户授权关系（授权协议号）API: request body */
export interface PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateBody {
 /** 服务ID @example 500001 */ service_id: string;
 /** 子商户号 @example 1230000109 */ sub_mchid: string;
 /** 撤销原因 @example 撤销原因 */ reason: string;
}
/** 解除用户授权关系（授权协议号）API: options */
export interface PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateOptions extends CallOptions {
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 json: PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateBody;
}
/** 解除用户授权关系（授权协议号）API: response body */
export type PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateData = undefined;

/** 查询与用户授权记录（openid）API: options */
export interface GetV3PayscorePartnerPermissionsSearchOptions extends CallOptions {
 query: {
  /** 服务ID @example 500001 */ service_id: string;
  /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
  /** 子商户商户号 @example 1230000109 */ sub_mchid: string;
  /** 子商户应用ID @example wxd678efh567hg6787 */ sub_appid?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
  /** 子商户公众号下openid @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 };
}
/** 查询与用户授权记录（openid）API: response body */
export interface GetV3PayscorePartnerPermissionsSearchData {
 /** 服务ID */ service_id: string;
 /** 应用ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 授权协议号 */ authorization_code?: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权通知地址 */ notify_url?: string;
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time: string;
 /** 子商户号 */ sub_mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 用户分层 */ user_risk_level?: number;
 /** 分层版本 */ risk_level_version?: number;
}

/** 解除用户授权关系（openid）API: request body */
export interface PostV3PayscorePartnerPermissionsTerminateBody {
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下openid */ sub_openid?: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户应用ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid: string;
 /** 撤销原因 @example reason */ reason: string;
}
/** 解除用户授权关系（openid）API: options */
export interface PostV3PayscorePartnerPermissionsTerminateOptions extends CallOptions {
 json: PostV3PayscorePartnerPermissionsTerminateBody;
}
/** 解除用户授权关系（openid）API: response body */
export type PostV3PayscorePartnerPermissionsTerminateData = undefined;

/** 收付通子商户申请绑定支付分服务: request body */
export interface PostV3PayscorePartnerServiceAccountApplicationsBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户应用ID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 商户申请绑定单号 @example 1234323JKHDFE1243252 */ out_apply_no: string;
 /** 绑定结果回调通知地址 @example https://api.test.com */ result_notify_url?: string;
}
/** 收付通子商户申请绑定支付分服务: options */
export interface PostV3PayscorePartnerServiceAccountApplicationsOptions extends CallOptions {
 json: PostV3PayscorePartnerServiceAccountApplicationsBody;
}
/** 收付通子商户申请绑定支付分服务: response body */
export interface PostV3PayscorePartnerServiceAccountApplicationsData extends PostV3PayscorePartnerServiceAccountApplicationsDataFields {}

/** 查询收付通子商户服务绑定结果: options */
export interface GetV3PayscorePartnerServiceAccountApplicationsOptions extends CallOptions {
 /** 商户申请绑定单号 @example 1234323JKHDFE1243252 */ out_apply_no: string;
}
/** 查询收付通子商户服务绑定结果: response body */
export interface GetV3PayscorePartnerServiceAccountApplicationsData extends PostV3PayscorePartnerServiceAccountApplicationsDataFields {}

/** 查询支付分订单: options */
export interface GetV3PayscorePartnerServiceorderOptions extends CallOptions {
 query: {
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no?: string;
  /** 回跳查询ID */ query_id?: string;
 };
}
/** 查询支付分订单: response body */
export interface GetV3PayscorePartnerServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费名称 */ name: string;
  /** 付费说明 */ description?: string;
  /** 付费金额 */ amount?: number;
  /** 付费数量 */ count?: number;
 }>;
 /** 后付费商户优惠 */ post_discounts?: PostDiscounts[];
 /** 订单风险金 */ risk_fund?: RiskFund;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: Collection;
 /** 服务时间 */ time_range?: PayscoreTimeRange4;
 /** 服务位置 */ location?: Location;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 子商户公众号下的用户标识 */ sub_openid?: string;
 /** 微信支付服务订单号 */ order_id?: string;
}

/** 创建支付分订单: request body */
export interface PostV3PayscorePartnerServiceorderBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务信息 @example XX充电宝 */ service_introduction: string;
 /** 后付费项目 */ post_payments?: PostPayments[];
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts4>;
 /** 订单风险金 */ risk_fund: {
  /** 风险金名称 @example DEPOSIT */ name: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
  /** 风险金额 @example 10000 */ amount: number;
  /** 风险说明 @example 就餐的预估费用 */ description?: string;
 };
 /** 服务时间 */ time_range: {
  /** 服务开始时间 @example 20091225091010 */ start_time?: string;
  /** 服务开始时间备注 @example 开始租借时间 */ start_time_remark?: string;
  /** 预计服务结束时间 @example 20091225121010 */ end_time?: string;
  /** 预计服务结束时间备注 @example 租借结束时间 */ end_time_remark?: string;
 };
 /** 服务位置 */ location?: PayscoreLocation;
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 设备信息 */ device?: Device;
}
/** 创建支付分订单: options */
export interface PostV3PayscorePartnerServiceorderOptions extends CallOptions {
 json: PostV3PayscorePartnerServiceorderBody;
}
/** 创建支付分订单: response body */
export interface PostV3PayscorePartnerServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商应用ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费项目名称 */ name: string;
  /** 付费说明 */ description?: string;
  /** 金额 */ amount?: number;
  /** 付费数量 */ count?: number;
 }>;
 /** 商户优惠 */ post_discounts?: PostDiscounts[];
 /** 订单风险金 */ risk_fund?: {
  /** 风险金名称 */ name: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
  /** 风险金额 */ amount: number;
  /** 风险说明 */ description?: string;
 };
 /** 服务时间段 */ time_range?: TimeRange;
 /** 服务位置 */ location?: PayscoreLocation2;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 跳转微信侧数据包 */ package?: string;
}

/** 创单结单合并API: request body */
export interface PostV3PayscorePartnerServiceorderDirectCompleteBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务信息 @example XX充电宝 */ service_introduction: string;
 /** 后付费项目 */ post_payments?: PayscorePostPayments[];
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts4>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 服务时间段 */ time_range: PayscoreTimeRange;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 微信支付服务分账标记 */ profit_sharing?: boolean;
 /** 订单优惠标记 @example goods_tag */ goods_tag?: string;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
}
/** 创单结单合并API: options */
export interface PostV3PayscorePartnerServiceorderDirectCompleteOptions extends CallOptions {
 json: PostV3PayscorePartnerServiceorderDirectCompleteBody;
}
/** 创单结单合并API: response body */
export type PostV3PayscorePartnerServiceorderDirectCompleteData = undefined;

/** 取消支付分订单API: request body */
export interface PostV3PayscorePartnerServiceorderCancelBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 撤销原因 @example 用户投诉 */ reason: string;
}
/** 取消支付分订单API: options */
export interface PostV3PayscorePartnerServiceorderCancelOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderCancelBody;
}
/** 取消支付分订单API: response body */
export type PostV3PayscorePartnerServiceorderCancelData = undefined;

/** 完结支付分订单API: request body */
export interface PostV3PayscorePartnerServiceorderCompleteBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 后付费项目 */ post_payments: PayscorePostPayments[];
 /** 后付费商户优惠 */ post_discounts?: PayscorePostDiscounts[];
 /** 总金额 @example 50000 */ total_amount: number;
 /** 实际服务时间 */ time_range?: PayscoreTimeRange6;
 /** 实际服务位置 */ location?: PayscoreLocation3;
 /** 微信支付服务分账标记 */ profit_sharing?: boolean;
 /** 完结服务时间 @example 2019-11-11T16:24:05+08:00 */ complete_time?: string;
 /** 订单优惠标记 @example goods_tag */ goods_tag?: string;
 /** 设备信息 */ device?: Device;
}
/** 完结支付分订单API: options */
export interface PostV3PayscorePartnerServiceorderCompleteOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderCompleteBody;
}
/** 完结支付分订单API: response body */
export type PostV3PayscorePartnerServiceorderCompleteData = undefined;

/** 修改订单金额API: request body */
export interface PostV3PayscorePartnerServiceorderModifyBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 后付费项目 */ post_payments: PayscorePostPayments[];
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts5>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 修改原因 @example 用户投诉 */ reason: string;
 /** 设备信息 */ device?: Device;
}
/** 修改订单金额API: options */
export interface PostV3PayscorePartnerServiceorderModifyOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderModifyBody;
}
/** 修改订单金额API: response body */
export type PostV3PayscorePartnerServiceorderModifyData = undefined;

/** 商户发起催收扣款API: request body */
export interface PostV3PayscorePartnerServiceorderPayBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 商户发起催收扣款API: options */
export interface PostV3PayscorePartnerServiceorderPayOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderPayBody;
}
/** 商户发起催收扣款API: response body */
export type PostV3PayscorePartnerServiceorderPayData = undefined;

/** 下发服务费用待处理消息: request body */
export interface PostV3PayscorePartnerServiceorderSendPendingmessageBody extends PostV3PayscorePartnerServiceorderSendPendingmessageBodyFields {}
/** 下发服务费用待处理消息: options */
export interface PostV3PayscorePartnerServiceorderSendPendingmessageOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderSendPendingmessageBody;
}
/** 下发服务费用待处理消息: response body */
export type PostV3PayscorePartnerServiceorderSendPendingmessageData = undefined;

/** 下发服务预扣费消息: request body */
export interface PostV3PayscorePartnerServiceorderSendPrepaidmessageBody extends PostV3PayscorePartnerServiceorderSendPendingmessageBodyFields {}
/** 下发服务预扣费消息: options */
export interface PostV3PayscorePartnerServiceorderSendPrepaidmessageOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderSendPrepaidmessageBody;
}
/** 下发服务预扣费消息: response body */
export type PostV3PayscorePartnerServiceorderSendPrepaidmessageData = undefined;

/** 同步订单信息API: request body */
export interface PostV3PayscorePartnerServiceorderSyncBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 场景类型 @example Order_Paid */ type: string;
 /** 内容信息详情 */ detail: {
  /** 收款序号 @example 1 */ seq?: number;
  /** 收款成功时间 @example 20091225091210 */ paid_time: string;
  /** 收款金额 @example 1 */ paid_amount?: number;
 };
}
/** 同步订单信息API: options */
export interface PostV3PayscorePartnerServiceorderSyncOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscorePartnerServiceorderSyncBody;
}
/** 同步订单信息API: response body */
export type PostV3PayscorePartnerServiceorderSyncData = undefined;

/** 创建先用后付订单: request body */
export interface PostV3PayscorePartnerServicepayondeliveryorderBody {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务信息 @example 某某酒店 */ service_introduction: string;
 post_payments?: Array<PayscorePostPayments2>;
 post_discounts?: Array<PayscorePostDiscounts2>;
 /** 服务时间 */ time_range: PayscoreTimeRange2;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 订单风险金 */ risk_fund: PayscoreRiskFund3;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户号 @example 1230000109 */ mchid?: string;
 /** 先用后付购物详情 */ shopping_info: {
  /** 实际购物商家公众号ID @example wxd678efh567hg6787 */ real_merchant_appid?: string;
  /** 单详跳转链接 */ jump_link?: PayscoreJumpLink;
  /** 商品列表 */ goods?: Array<{
   /** 商品名称 @example 森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪 */ name?: string;
   /** 商品图片链接 */ picture?: string;
   /** 商品单价金额 @example 40000 */ amount?: number;
   /** 商品数量 @example 4 */ count?: number;
   /** 商品品类ID */ category_id?: string[];
  }>;
 };
}
/** 创建先用后付订单: options */
export interface PostV3PayscorePartnerServicepayondeliveryorderOptions extends CallOptions {
 json: PostV3PayscorePartnerServicepayondeliveryorderBody;
}
/** 创建先用后付订单: response body */
export interface PostV3PayscorePartnerServicepayondeliveryorderData extends PostV3PayscoreAcquiringbankServicepayondeliveryorderDataFields {}

/** 查询用户分层对应建议先享金额: options */
export interface GetV3PayscorePartnerServicequotasServiceIdOptions extends CallOptions {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 query: {
  /** 子商户商户号 @example 1230000109 */ sub_mchid: string;
  /** 服务商的公众号ID @example wxd678efh567hg6787 */ appid: string;
  /** 子商户的公众号ID @example wxd678efh567hg6787 */ sub_appid?: string;
  /** 分层版本 @example 1 */ risk_level_version: number;
 };
}
/** 查询用户分层对应建议先享金额: response body */
export interface GetV3PayscorePartnerServicequotasServiceIdData {
 /** 服务ID */ service_id: string;
 /** 商户号 */ mchid: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 公众号ID */ appid: string;
 /** 子商户的公众号ID */ sub_appid?: string;
 /** 分层版本 */ risk_level_version: number;
 /** 先享金额列表 */ quotas: Array<{
  /** 用户分层 */ risk_level: number;
  /** 建议先享金额 */ suggested_quota: number;
 }>;
}

/** 查询先享后付订单: options */
export interface GetV3PayscorePayafterOrdersOptions extends CallOptions {
 query?: {
  /** 服务ID */ service_id?: string;
  /** 商户服务订单号 */ out_order_no?: string;
  /** 回跳查询ID */ query_id?: string;
  /** 公众账号ID */ appid?: string;
 };
}
/** 查询先享后付订单: response body */
export interface GetV3PayscorePayafterOrdersData extends GetV3PayscorePayafterOrdersDataFields {}

/** 创建先享后付订单: request body */
export interface PostV3PayscorePayafterOrdersBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 用户下单时确认的服务开始时间 */ service_start_time?: string;
 /** 用户下单时确定的预计服务结束时间 */ service_end_time?: string;
 /** 开始使用服务的地点 */ service_start_location?: string;
 /** 预计服务结束的地点 */ service_end_location?: string;
 /** 服务信息 */ service_introduction?: string;
 /** 后付费 */ fees?: Fees[];
 /** 商户优惠 */ discounts?: Array<{
  /** 优惠名称 @example 满20减1元 */ discount_name?: string;
  /** 优惠说明 @example 不与其他优惠叠加 */ discount_desc?: string;
 }>;
 /** 订单风险金额 */ risk_amount?: number;
 /** 商户自定义说明 */ attach?: string;
 /** 使用需用户确认订单类型 */ need_user_confirm?: boolean;
 /** 微信用户在商户对应appid下的唯一标识 */ openid?: string;
 /** 用户姓名 */ name?: string;
 /** 用户手机号 */ phone?: string;
 /** 用户身份证ID */ userid?: string;
 /** 用户收货地址 */ address?: string;
}
/** 创建先享后付订单: options */
export interface PostV3PayscorePayafterOrdersOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayscorePayafterOrdersBody;
}
/** 创建先享后付订单: response body */
export interface PostV3PayscorePayafterOrdersData extends PostV3PayscorePayafterOrdersDataFields {}

/** 撤销先享后付订单: request body */
export interface PostV3PayscorePayafterOrdersCancelBody extends PostV3PayscorePayafterOrdersCancelBodyFields {}
/** 撤销先享后付订单: options */
export interface PostV3PayscorePayafterOrdersCancelOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscorePayafterOrdersCancelBody;
}
/** 撤销先享后付订单: response body */
export interface PostV3PayscorePayafterOrdersCancelData extends PostV3PayscorePayafterOrdersCancelDataFields {}

/** 完结先享后付订单: request body */
export interface PostV3PayscorePayafterOrdersCompleteBody extends PostV3PayscorePayafterOrdersCompleteBodyFields {}
/** 完结先享后付订单: options */
export interface PostV3PayscorePayafterOrdersCompleteOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscorePayafterOrdersCompleteBody;
}
/** 完结先享后付订单: response body */
export interface PostV3PayscorePayafterOrdersCompleteData extends PostV3PayscorePayafterOrdersCancelDataFields {}

/** 支付分订单同步: request body */
export interface PostV3PayscorePayafterOrdersSyncBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid?: string;
 /** 服务ID @example 500001 */ service_id?: string;
 /** 场景类型 */ type?: "Order_Paid";
 /** 内容信息详情 */ detail?: {
  /** 用户通过其他方式付款成功的实际时间 @example 20091225091010 */ paid_time?: string;
 };
}
/** 支付分订单同步: options */
export interface PostV3PayscorePayafterOrdersSyncOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscorePayafterOrdersSyncBody;
}
/** 支付分订单同步: response body */
export interface PostV3PayscorePayafterOrdersSyncData {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 微信支付服务订单号 */ order_id: string;
}

/** 商户预授权API: request body */
export interface PostV3PayscorePermissionsBody {
 /** 服务id @example 500001 */ service_id: string;
 /** 公众号id @example wxd678efh567hg6787 */ appid: string;
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 /** 通知地址 @example http://www.qq.com */ notify_url?: string;
}
/** 商户预授权API: options */
export interface PostV3PayscorePermissionsOptions extends CallOptions {
 json: PostV3PayscorePermissionsBody;
}
/** 商户预授权API: response body */
export interface PostV3PayscorePermissionsData {
 /** 预授权token */ apply_permissions_token: string;
}

/** 商户评估用户分层: request body */
export interface PostV3PayscorePermissionsAssessUserRiskLevelBody {
 /** 服务ID @example 500001 */ service_id: string;
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 先用后付商品信息 */ shopping_info?: PayscoreShoppingInfo;
}
/** 商户评估用户分层: options */
export interface PostV3PayscorePermissionsAssessUserRiskLevelOptions extends CallOptions {
 json: PostV3PayscorePermissionsAssessUserRiskLevelBody;
}
/** 商户评估用户分层: response body */
export interface PostV3PayscorePermissionsAssessUserRiskLevelData extends PostV3PayscorePartnerPermissionsAssessUserRiskLevelDataFields {}

/** 查询与用户授权记录（授权协议号）API: options */
export interface GetV3PayscorePermissionsAuthorizationCodeOptions extends CallOptions {
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 query: {
  /** 服务ID @example 500001 */ service_id: string;
 };
}
/** 查询与用户授权记录（授权协议号）API: response body */
export interface GetV3PayscorePermissionsAuthorizationCodeData {
 /** 服务id */ service_id: string;
 /** 公众号id */ appid: string;
 /** 商户号 */ mchid: string;
 /** 用户标识 */ openid?: string;
 /** 授权协议号 */ authorization_code: string;
 /** 授权状态 */ authorization_state: "UNAVAILABLE" | "AVAILABLE" | "UNBINDUSER";
 /** 授权通知地址 */ notify_url?: string;
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time?: string;
 /** 用户分层 */ user_risk_level?: number;
 /** 分层版本 */ risk_level_version?: number;
}

/** 解除用户授权关系（授权协议号）API: request body */
export interface PostV3PayscorePermissionsAuthorizationCodeTerminateBody {
 /** 服务id @example 500001 */ service_id: string;
 /** 撤销原因 @example 撤销原因 */ reason: string;
}
/** 解除用户授权关系（授权协议号）API: options */
export interface PostV3PayscorePermissionsAuthorizationCodeTerminateOptions extends CallOptions {
 /** 授权协议号 @example 1234323JKHDFE1243252 */ authorization_code: string;
 json: PostV3PayscorePermissionsAuthorizationCodeTerminateBody;
}
/** 解除用户授权关系（授权协议号）API: response body */
export type PostV3PayscorePermissionsAuthorizationCodeTerminateData = undefined;

/** 查询与用户授权记录（openid）API: options */
export interface GetV3PayscorePermissionsOpenidOptions extends CallOptions {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 query: {
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 公众号id @example wxd678efh567hg6787 */ appid: string;
 };
}
/** 查询与用户授权记录（openid）API: response body */
export interface GetV3PayscorePermissionsOpenidData {
 /** 服务id */ service_id: string;
 /** 公众号id */ appid: string;
 /** 商户号 */ mchid: string;
 /** 用户标识 */ openid?: string;
 /** 授权协议号 */ authorization_code?: string;
 /** 授权状态 */ authorization_state: "UNAVAILABLE" | "AVAILABLE" | "UNBINDUSER";
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time?: string;
 /** 用户分层 */ user_risk_level?: number;
 /** 分层版本 */ risk_level_version?: number;
}

/** 解除用户授权关系（openid）API: request body */
export interface PostV3PayscorePermissionsOpenidTerminateBody {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 公众号id @example wxd678efh567hg6787 */ appid: string;
 /** 撤销原因 @example reason */ reason: string;
}
/** 解除用户授权关系（openid）API: options */
export interface PostV3PayscorePermissionsOpenidTerminateOptions extends CallOptions {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 json: PostV3PayscorePermissionsOpenidTerminateBody;
}
/** 解除用户授权关系（openid）API: response body */
export type PostV3PayscorePermissionsOpenidTerminateData = undefined;

/** 创建支付分计划: request body */
export interface PostV3PayscorePlanPartnerPayscorePlansBody {
 /** 计划所属服务 @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务商的AppID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 支付分计划名称 @example 瑜伽课20节 */ plan_name: string;
 /** 支付分计划有效期 @example 300 */ plan_duration: number;
 /** 支付分计划扣费次数 @example 10 */ deduction_quantity: number;
 /** 支付分计划原总金额 @example 15000 */ total_original_price: number;
 /** 支付分计划实际扣费总金额 @example 15000 */ total_actual_price: number;
 /** 支付分计划明细列表 */ plan_detail_list?: PlanDetailList[];
 /** 商户侧计划号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
}
/** 创建支付分计划: options */
export interface PostV3PayscorePlanPartnerPayscorePlansOptions extends CallOptions {
 json: PostV3PayscorePlanPartnerPayscorePlansBody;
}
/** 创建支付分计划: response body */
export interface PostV3PayscorePlanPartnerPayscorePlansData extends PostV3PayscorePlanPartnerPayscorePlansDataFields {}

/** 查询支付分计划: options */
export interface GetV3PayscorePlanPartnerPayscorePlansMerchantPlanNoOptions extends CallOptions {
 /** 支付分计划商户侧单号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询支付分计划: response body */
export interface GetV3PayscorePlanPartnerPayscorePlansMerchantPlanNoData extends PostV3PayscorePlanPartnerPayscorePlansDataFields {}

/** 停止支付分计划: request body */
export interface PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 停止支付分计划: options */
export interface PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopOptions extends CallOptions {
 /** 商户支付分计划对应的计划号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
 json: PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopBody;
}
/** 停止支付分计划: response body */
export interface PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopData extends PostV3PayscorePlanPartnerPayscorePlansDataFields {}

/** 创建支付分计划: request body */
export interface PostV3PayscorePlanPayscorePlansBody {
 /** 计划所属服务 @example 2002000000000558128851361561536 */ service_id: string;
 /** AppID @example wxd678efh567hg6787 */ appid: string;
 /** 支付分计划名称 @example 瑜伽课20节 */ plan_name: string;
 /** 支付分计划有效期 @example 300 */ plan_duration: number;
 /** 支付分计划扣费次数 @example 10 */ deduction_quantity: number;
 /** 支付分计划原总金额 @example 15000 */ total_original_price: number;
 /** 支付分计划实际扣费总金额 @example 15000 */ total_actual_price: number;
 /** 支付分计划明细列表 */ plan_detail_list?: PlanDetailList[];
 /** 商户侧计划号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
}
/** 创建支付分计划: options */
export interface PostV3PayscorePlanPayscorePlansOptions extends CallOptions {
 json: PostV3PayscorePlanPayscorePlansBody;
}
/** 创建支付分计划: response body */
export interface PostV3PayscorePlanPayscorePlansData extends PostV3PayscorePlanPayscorePlansDataFields {}

/** 查询支付分计划: options */
export interface GetV3PayscorePlanPayscorePlansMerchantPlanNoOptions extends CallOptions {
 /** 支付分计划商户侧单号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
}
/** 查询支付分计划: response body */
export interface GetV3PayscorePlanPayscorePlansMerchantPlanNoData extends PostV3PayscorePlanPayscorePlansDataFields {}

/** 停止支付分计划: options */
export interface PostV3PayscorePlanPayscorePlansMerchantPlanNoStopOptions extends CallOptions {
 /** 商户支付分计划对应的计划号 @example 1234323JKHDFE1243252 */ merchant_plan_no: string;
}
/** 停止支付分计划: response body */
export interface PostV3PayscorePlanPayscorePlansMerchantPlanNoStopData extends PostV3PayscorePlanPayscorePlansDataFields {}

/** 查询支付分订单API: options */
export interface GetV3PayscoreServiceorderOptions extends CallOptions {
 query: {
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no?: string;
  /** 回跳查询ID */ query_id?: string;
  /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
  /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 };
}
/** 查询支付分订单API: response body */
export interface GetV3PayscoreServiceorderData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商公众号ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments3>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund4;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: Collection;
 /** 服务时间 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url: string;
 /** 服务商公众号下的用户标识 */ openid?: string;
 /** 微信支付服务订单号 */ order_id?: string;
}

/** 创建支付分订单API: request body */
export interface PostV3PayscoreServiceorderBody {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 服务信息 @example 某某酒店 */ service_introduction: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments5>;
 /** 商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 @example 满20减1元 */ name: string;
  /** 优惠说明 @example 不与其他优惠叠加 */ description: string;
  /** 优惠数量 @example 2 */ count?: number;
 }>;
 /** 服务时间段 */ time_range: PayscoreTimeRange7;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 服务风险金 */ risk_fund: PayscoreRiskFund2;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 是否需要用户确认 @example false */ need_user_confirm?: boolean;
 /** 设备信息 */ device?: Device;
}
/** 创建支付分订单API: options */
export interface PostV3PayscoreServiceorderOptions extends CallOptions {
 json: PostV3PayscoreServiceorderBody;
}
/** 创建支付分订单API: response body */
export interface PostV3PayscoreServiceorderData {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments3>;
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund4;
 /** 服务时间段 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 跳转微信侧小程序订单数据 */ package: string;
}

/** 创单结单合并API: request body */
export interface PostV3PayscoreServiceorderDirectCompleteBody {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments2>;
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts2>;
 /** 服务时间段 */ time_range: PayscoreTimeRange6;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 服务信息 @example 某某酒店 */ service_introduction?: string;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 总金额 @example 50000 */ total_amount?: number;
 /** 微信支付服务分账标记 */ profit_sharing?: boolean;
 /** 订单优惠标记 */ goods_tag?: string;
}
/** 创单结单合并API: options */
export interface PostV3PayscoreServiceorderDirectCompleteOptions extends CallOptions {
 json: PostV3PayscoreServiceorderDirectCompleteBody;
}
/** 创单结单合并API: response body */
export interface PostV3PayscoreServiceorderDirectCompleteData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 公众账号ID */ appid: string;
 /** 服务ID */ service_id: string;
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费项目名称 */ name?: string;
  /** 金额 */ amount?: number;
  /** 计费说明 */ description?: string;
  /** 付费数量 */ count?: number;
 }>;
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务时间段 */ time_range: PayscoreTimeRange4;
 /** 服务位置 */ location?: Location;
 /** 服务信息 */ service_introduction: string;
 /** 商户号 */ mchid: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 总金额 */ total_amount?: number;
}

/** 取消支付分订单API: request body */
export interface PostV3PayscoreServiceorderCancelBody extends PostV3PayscorePayafterOrdersCancelBodyFields {}
/** 取消支付分订单API: options */
export interface PostV3PayscoreServiceorderCancelOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreServiceorderCancelBody;
}
/** 取消支付分订单API: response body */
export interface PostV3PayscoreServiceorderCancelData extends PostV3PayscorePayafterOrdersCancelDataFields {}

/** 完结支付分订单API: request body */
export interface PostV3PayscoreServiceorderCompleteBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务订单号 @example 2002000000000558128851361561536 */ service_id: string;
 /** 后付费项目 */ post_payments: Array<PayscorePostPayments5>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts5>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 实际服务时间段 */ time_range?: {
  /** 服务开始时间 @example 20091225091010 */ start_time?: string;
  /** 服务结束时间 @example 20091225121010 */ end_time?: string;
  /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
  /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
 };
 /** 实际服务位置 */ location?: {
  /** 服务结束地点 @example 嗨客时尚主题展餐厅 */ end_location?: string;
 };
 /** 微信支付服务分账标记 @example false */ profit_sharing?: boolean;
 /** 订单优惠标记 @example goods_tag */ goods_tag?: string;
 /** 设备信息 */ device?: Device;
}
/** 完结支付分订单API: options */
export interface PostV3PayscoreServiceorderCompleteOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreServiceorderCompleteBody;
}
/** 完结支付分订单API: response body */
export interface PostV3PayscoreServiceorderCompleteData {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 商户收款总金额 */ total_amount: number;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments4>;
 /** 后付费商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name: string;
  /** 优惠说明 */ description?: string;
  /** 优惠金额 */ amount: number;
  /** 优惠数量 */ count?: number;
 }>;
 /** 服务风险金 */ risk_fund: PayscoreRiskFund4;
 /** 服务时间段 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: {
  /** 服务结束地点 */ end_location?: string;
 };
 /** 微信支付服务订单号 */ order_id?: string;
 /** 是否需要收款 */ need_collection?: boolean;
}

/** 修改订单金额API: request body */
export interface PostV3PayscoreServiceorderModifyBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 后付费项目 */ post_payments: Array<PayscorePostPayments5>;
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts2>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 修改原因 @example 用户投诉 */ reason: string;
 /** 设备信息 */ device?: Device;
}
/** 修改订单金额API: options */
export interface PostV3PayscoreServiceorderModifyOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreServiceorderModifyBody;
}
/** 修改订单金额API: response body */
export interface PostV3PayscoreServiceorderModifyData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商公众号ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
 /** 订单状态说明 */ state_description?: "USER_CONFIRM" | "MCH_COMPLETE";
 /** 后付费项目 */ post_payments: Array<PayscorePostPayments4>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund4;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: {
  /** 收款状态 */ state: "USER_PAYING" | "USER_PAID";
  /** 总收款金额 */ total_amount?: number;
  /** 待收金额 */ paying_amount?: number;
  /** 已收金额 */ paid_amount?: number;
  /** 收款明细列表 */ details?: Array<{
   /** 收款序号 */ seq?: number;
   /** 单笔收款金额 */ amount?: number;
   /** 收款成功渠道 */ paid_type?: "NEWTON" | "MCH";
   /** 收款成功时间 */ paid_time?: string;
   /** 微信支付交易单号 */ transaction_id?: string;
  }>;
  /** 收款银行 */ bank_type?: string;
 };
 /** 服务时间 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id?: string;
}

/** 商户发起催收扣款API: request body */
export interface PostV3PayscoreServiceorderPayBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid?: string;
 /** 服务ID @example 500001 */ service_id?: string;
}
/** 商户发起催收扣款API: options */
export interface PostV3PayscoreServiceorderPayOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreServiceorderPayBody;
}
/** 商户发起催收扣款API: response body */
export interface PostV3PayscoreServiceorderPayData {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid?: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 微信支付服务订单号 */ order_id: string;
}

/** 下发服务费用待处理消息: request body */
export interface PostV3PayscoreServiceorderSendPendingmessageBody extends PostV3PayscoreServiceorderSendPendingmessageBodyFields {}
/** 下发服务费用待处理消息: options */
export interface PostV3PayscoreServiceorderSendPendingmessageOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreServiceorderSendPendingmessageBody;
}
/** 下发服务费用待处理消息: response body */
export type PostV3PayscoreServiceorderSendPendingmessageData = undefined;

/** 下发服务预扣费消息: request body */
export interface PostV3PayscoreServiceorderSendPrepaidmessageBody extends PostV3PayscoreServiceorderSendPendingmessageBodyFields {}
/** 下发服务预扣费消息: options */
export interface PostV3PayscoreServiceorderSendPrepaidmessageOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreServiceorderSendPrepaidmessageBody;
}
/** 下发服务预扣费消息: response body */
export type PostV3PayscoreServiceorderSendPrepaidmessageData = undefined;

/** 同步服务订单信息API: request body */
export interface PostV3PayscoreServiceorderSyncBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 场景类型 @example Order_Paid */ type: string;
 /** 内容信息详情 */ detail: {
  /** 收款成功时间 @example 20091225091210 */ paid_time: string;
 };
}
/** 同步服务订单信息API: options */
export interface PostV3PayscoreServiceorderSyncOptions extends CallOptions {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 json: PostV3PayscoreServiceorderSyncBody;
}
/** 同步服务订单信息API: response body */
export interface PostV3PayscoreServiceorderSyncData {
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商公众号ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments3>;
 /** 商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name?: string;
  /** 优惠说明 */ description?: string;
  /** 优惠金额 */ amount?: number;
 }>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund;
 /** 总金额 */ total_amount?: number;
 /** 是否需要收款 */ need_collection?: boolean;
 /** 收款信息 */ collection?: {
  /** 收款状态 */ state: string;
  /** 总收款金额 */ total_amount?: number;
  /** 待收金额 */ paying_amount?: number;
  /** 已收金额 */ paid_amount?: number;
  /** 收款明细列表 */ details?: Array<{
   /** 单笔收款金额 */ amount?: number;
   /** 收款成功渠道 */ paid_type?: string;
   /** 收款成功时间 */ paid_time?: string;
   /** 微信支付交易单号 */ transaction_id?: string;
  }>;
  /** 收款银行 */ bank_type?: string;
 };
 /** 服务时间 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 服务商公众号下的用户标识 */ openid: string;
 /** 微信支付服务订单号 */ order_id: string;
}

/** 创建先用后付订单: request body */
export interface PostV3PayscoreServicepayondeliveryorderBody {
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 服务信息 @example 某某酒店 */ service_introduction: string;
 post_payments?: Array<{
  /** 付费项目名称 @example 就餐费用, 服务费 */ name: string;
  /** 金额 @example 40000 */ amount?: number;
  /** 计费说明 @example 就餐人均100元，服务费：100/小时 */ description?: string;
  /** 付费数量 @example 4 */ count?: number;
 }>;
 post_discounts?: Array<PayscorePostDiscounts4>;
 /** 服务时间段 */ time_range: {
  /** 服务开始时间 @example 20091225091010 */ start_time: string;
  /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
  /** 服务结束时间 @example 20091225121010 */ end_time?: string;
  /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
 };
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 订单风险金 */ risk_fund: PayscoreRiskFund3;
 /** 商户数据包 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户回调地址 @example https://api.test.com */ notify_url: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 是否需要用户确认 */ need_user_confirm?: boolean;
 /** 商户号 @example 1230000109 */ mchid?: string;
 /** 先用后付购物详情 */ shopping_info: {
  /** 实际购物商家公众号ID @example wxd678efh567hg6787 */ real_merchant_appid?: string;
  /** 单详跳转链接 */ jump_link: PayscoreJumpLink;
  /** 商品列表 */ goods: Array<{
   /** 商品名称 @example 森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪 */ name: string;
   /** 商品图片链接 */ picture: string;
   /** 商品单价金额 @example 40000 */ amount: number;
   /** 商品数量 @example 4 */ count: number;
   /** 商品品类ID */ category_id?: string[];
  }>;
 };
}
/** 创建先用后付订单: options */
export interface PostV3PayscoreServicepayondeliveryorderOptions extends CallOptions {
 json: PostV3PayscoreServicepayondeliveryorderBody;
}
/** 创建先用后付订单: response body */
export interface PostV3PayscoreServicepayondeliveryorderData {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments3>;
 /** 后付费商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund;
 /** 服务时间段 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 商户数据包 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 跳转微信侧小程序订单数据 */ package: string;
 /** 先用后付购物详情 */ shopping_info?: ShoppingInfo;
}

/** 创建用户的签约计划详情对应的服务订单: request body */
export interface PostV3PayscoreSignPlanPartnerServiceorderBody {
 /** 支付分服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 待创建服务订单对应的用户的签约计划 @example 01000033210000324638000000376258 */ sign_plan_id: string;
 /** 待创建服务订单对应的用户的签约计划详情序号 @example 2 */ plan_detail_no: number;
 /** 服务商的AppID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 服务商公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 子商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 商户扣款成功回调通知的地址 @example https://api.test.com */ notify_url: string;
 /** 服务信息 @example 羽毛球课基础练习课程 */ service_introduction: string;
 /** 服务时间 */ time_range: PayscoreTimeRange7;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 附加数据 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户侧订单号 @example 1514323JSVDFE1243252 */ out_trade_no: string;
}
/** 创建用户的签约计划详情对应的服务订单: options */
export interface PostV3PayscoreSignPlanPartnerServiceorderOptions extends CallOptions {
 json: PostV3PayscoreSignPlanPartnerServiceorderBody;
}
/** 创建用户的签约计划详情对应的服务订单: response body */
export interface PostV3PayscoreSignPlanPartnerServiceorderData {
 /** 商户订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商公众号ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户公众号ID */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费名称 */ name?: string;
  /** 付费金额 */ amount?: number;
  /** 付费说明 */ description?: string;
 }>;
 /** 商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name?: string;
  /** 优惠金额 */ amount?: number;
 }>;
 /** 服务风险金 */ risk_fund?: {
  /** 风险金额 */ amount: number;
 };
 /** 服务时间 */ time_range?: PayscoreTimeRange5;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id?: string;
}

/** 创建用户的签约计划: request body */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansBody {
 /** 支付分服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 支付分计划ID @example 01000033210000324638000000376258 */ plan_id: string;
 /** 服务商的AppID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户的AppID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 待签约用户在服务商应用下的OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 待签约用户在子商户应用下的OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 商户签约计划单号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
 /** 签约成功事件通知回调地址 @example https://api.test.com */ notify_url: string;
 /** 签约计划对应的计划详情列表的商户侧单号信息 */ sign_plan_detail: SignPlanDetail[];
}
/** 创建用户的签约计划: options */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansOptions extends CallOptions {
 json: PostV3PayscoreSignPlanPartnerUserSignPlansBody;
}
/** 创建用户的签约计划: response body */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansData {
 /** 用户的签约计划 */ sign_plan: SignPlan;
 /** 跳转微信侧确认签约小程序的数据 */ package: string;
}

/** 查询用户的签约计划: options */
export interface GetV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoOptions extends CallOptions {
 /** 商户签约计划号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询用户的签约计划: response body */
export interface GetV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoData extends SignPlan {}

/** 取消用户的签约计划: request body */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 停止签约计划原因 @example 用户协商后停止 */ stop_reason: string;
}
/** 取消用户的签约计划: options */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopOptions extends CallOptions {
 /** 商户侧签约计划号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
 json: PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopBody;
}
/** 取消用户的签约计划: response body */
export interface PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopData extends SignPlan {}

/** 创建用户的签约计划详情对应的服务订单: request body */
export interface PostV3PayscoreSignPlanServiceorderBody {
 /** 支付分服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 待创建服务订单对应的用户的签约计划 @example 01000033210000324638000000376258 */ sign_plan_id: string;
 /** 待创建服务订单对应的用户的签约计划详情序号 @example 2 */ plan_detail_no: number;
 /** 商户的AppID @example wxd678efh567hg6787 */ appid: string;
 /** 商户公众号下的用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 商户扣款成功回调通知的地址 @example https://api.test.com */ notify_url: string;
 /** 服务信息 @example 羽毛球课基础练习课程 */ service_introduction: string;
 /** 服务时间 */ time_range: PayscoreTimeRange7;
 /** 服务位置 */ location?: PayscoreLocation3;
 /** 附加数据 @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald */ attach?: string;
 /** 商户侧订单号 @example 1514323JSVDFE1243252 */ out_trade_no: string;
}
/** 创建用户的签约计划详情对应的服务订单: options */
export interface PostV3PayscoreSignPlanServiceorderOptions extends CallOptions {
 json: PostV3PayscoreSignPlanServiceorderBody;
}
/** 创建用户的签约计划详情对应的服务订单: response body */
export interface PostV3PayscoreSignPlanServiceorderData {
 /** 商户订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 商户公众号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<{
  /** 付费名称 */ name?: string;
  /** 付费金额 */ amount?: number;
  /** 付费说明 */ description?: string;
 }>;
 /** 商户优惠 */ post_discounts?: Array<{
  /** 优惠名称 */ name?: string;
  /** 优惠金额 */ amount?: number;
 }>;
 /** 服务风险金 */ risk_fund?: {
  /** 风险金额 */ amount: number;
 };
 /** 服务时间 */ time_range?: PayscoreTimeRange5;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id?: string;
}

/** 创建用户的签约计划: request body */
export interface PostV3PayscoreSignPlanUserSignPlansBody {
 /** 支付分服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 支付分计划ID @example 01000033210000324638000000376258 */ plan_id: string;
 /** AppID @example wxd678efh567hg6787 */ appid: string;
 /** 待签约用户在商户应用下的OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 商户签约计划单号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
 /** 签约成功事件通知回调地址 @example https://api.test.com */ notify_url: string;
 /** 签约计划对应的计划详情列表的商户侧单号信息 */ sign_plan_detail: SignPlanDetail[];
}
/** 创建用户的签约计划: options */
export interface PostV3PayscoreSignPlanUserSignPlansOptions extends CallOptions {
 json: PostV3PayscoreSignPlanUserSignPlansBody;
}
/** 创建用户的签约计划: response body */
export interface PostV3PayscoreSignPlanUserSignPlansData {
 /** 用户的签约计划 */ sign_plan: PayscoreSignPlan;
 /** 跳转微信侧确认签约小程序的数据 */ package: string;
}

/** 查询用户的签约计划: options */
export interface GetV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoOptions extends CallOptions {
 /** 商户签约计划号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
}
/** 查询用户的签约计划: response body */
export interface GetV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoData extends PayscoreSignPlan {}

/** 直连商户取消用户的签约计划: request body */
export interface PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopBody {
 /** 停止签约计划原因 @example 用户协商后停止 */ stop_reason: string;
}
/** 直连商户取消用户的签约计划: options */
export interface PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopOptions extends CallOptions {
 /** 商户侧签约计划号 @example 1234323JKHDFE1243252 */ merchant_sign_plan_no: string;
 json: PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopBody;
}
/** 直连商户取消用户的签约计划: response body */
export interface PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopData extends PayscoreSignPlan {}

/** 查询智慧零售订单: options */
export interface GetV3PayscoreSmartretailOrdersOptions extends CallOptions {
 query?: {
  /** 服务ID */ service_id?: string;
  /** 商户服务订单号 */ out_order_no?: string;
  /** 回跳查询ID */ query_id?: string;
  /** 公众账号ID */ appid?: string;
 };
}
/** 查询智慧零售订单: response body */
export interface GetV3PayscoreSmartretailOrdersData extends GetV3PayscorePayafterOrdersDataFields {}

/** 创建智慧零售订单: request body */
export interface PostV3PayscoreSmartretailOrdersBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 实际服务开始时间 */ service_start_time?: string;
 /** 服务结束时间 */ service_end_time?: string;
 /** 开始使用服务的地点 */ service_start_location?: string;
 /** 预计服务结束的地点 */ service_end_location?: string;
 /** 服务信息 */ service_introduction?: string;
 /** 后付费 */ fees?: Fees[];
 /** 商户优惠 */ discounts?: Array<{
  /** 优惠名称 @example 满20减1元 */ discount_name?: string;
  /** 优惠说明 @example 不与其他优惠叠加 */ discount_desc?: string;
 }>;
 /** 订单风险金额 */ risk_amount?: number;
 /** 商户自定义说明 */ attach?: string;
 /** 使用需用户确认订单类型 */ need_user_confirm?: boolean;
 /** 微信用户在商户对应appid下的唯一标识 */ openid?: string;
}
/** 创建智慧零售订单: options */
export interface PostV3PayscoreSmartretailOrdersOptions extends CallOptions {
 json: PostV3PayscoreSmartretailOrdersBody;
}
/** 创建智慧零售订单: response body */
export interface PostV3PayscoreSmartretailOrdersData extends PostV3PayscorePayafterOrdersDataFields {}

/** 撤销智慧零售订单: request body */
export interface PostV3PayscoreSmartretailOrdersCancelBody extends PostV3PayscorePayafterOrdersCancelBodyFields {}
/** 撤销智慧零售订单: options */
export interface PostV3PayscoreSmartretailOrdersCancelOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreSmartretailOrdersCancelBody;
}
/** 撤销智慧零售订单: response body */
export interface PostV3PayscoreSmartretailOrdersCancelData extends PostV3PayscorePayafterOrdersCancelDataFields {}

/** 完结智慧零售订单: request body */
export interface PostV3PayscoreSmartretailOrdersCompleteBody extends PostV3PayscorePayafterOrdersCompleteBodyFields {}
/** 完结智慧零售订单: options */
export interface PostV3PayscoreSmartretailOrdersCompleteOptions extends CallOptions {
 /** 商户服务订单号 */ out_order_no: string;
 json: PostV3PayscoreSmartretailOrdersCompleteBody;
}
/** 完结智慧零售订单: response body */
export interface PostV3PayscoreSmartretailOrdersCompleteData extends PostV3PayscorePayafterOrdersCancelDataFields {}

/** 查询用户授权状态API: options */
export interface GetV3PayscoreUserServiceStateOptions extends CallOptions {
 query: {
  /** 公众账号ID */ appid: string;
  /** 服务ID */ service_id: string;
  /** 用户标识 */ openid: string;
 };
}
/** 查询用户授权状态API: response body */
export interface GetV3PayscoreUserServiceStateData {
 /** 公众账号ID */ appid: string;
 /** 服务ID */ service_id: string;
 /** 用户标识 */ openid?: string;
 /** 用户授权服务情况 */ use_service_state: "UNAVAILABLE" | "AVAILABLE";
}

/** 商户解除用户授权关系API: request body */
export interface PostV3PayscoreUsersPermissionsTerminateBody {
 /** 公众账号ID */ appid: string;
 /** 撤销原因 */ reason: string;
}
/** 商户解除用户授权关系API: options */
export interface PostV3PayscoreUsersPermissionsTerminateOptions extends CallOptions {
 openid: string;
 service_id: string;
 query: {
  /** 用户标识 */ openid: string;
  /** 公众账号ID */ service_id: string;
 };
 json: PostV3PayscoreUsersPermissionsTerminateBody;
}
/** 商户解除用户授权关系API: response body */
export type PostV3PayscoreUsersPermissionsTerminateData = undefined;

export interface PostDiscounts {
 /** 优惠名称 */ name: string;
 /** 优惠说明 */ description: string;
 /** 优惠金额 */ amount?: number;
 /** 优惠数量 */ count?: number;
}

export interface RiskFund {
 /** 风险金名称 */ name: string;
 /** 风险金额 */ amount: number;
 /** 风险说明 */ description?: string;
}

export interface PayscoreGoodsDetail {
 /** 商品编码 */ goods_id: string;
 /** 商品数量 */ quantity?: number;
 /** 商品价格 */ unit_price?: number;
 /** 商品优惠金额 */ discount_amount?: number;
 /** 商品备注 */ goods_remark?: string;
}

export interface Location {
 /** 服务开始地点 */ start_location?: string;
 /** 服务结束地点 */ end_location?: string;
}

export interface PostPayments {
 /** 付费项目名称 @example 就餐费用 */ name: string;
 /** 付费说明 @example 就餐人均100元 */ description?: string;
 /** 金额 @example 40000 */ amount?: number;
 /** 付费数量 @example 4 */ count?: number;
}

export interface PayscoreLocation {
 /** 服务开始地点 @example 嗨客时尚主题展餐厅 */ start_location?: string;
 /** 预计服务结束地点 @example 嗨客时尚主题展餐厅 */ end_location?: string;
}

export interface TimeRange {
 /** 服务开始时间 */ start_time: string;
 /** 服务开始时间备注 */ start_time_remark?: string;
 /** 预计服务结束时间 */ end_time?: string;
 /** 预计服务结束时间备注 */ end_time_remark?: string;
}

export interface PayscoreLocation2 {
 /** 服务开始地点 */ start_location?: string;
 /** 预计服务结束地点 */ end_location: string;
}

export interface PayscorePostPayments {
 /** 付费名称 @example 就餐费用 */ name: string;
 /** 付费说明 @example 就餐人均100元 */ description?: string;
 /** 付费金额 @example 40000 */ amount?: number;
 /** 付费数量 @example 4 */ count?: number;
}

export interface PayscorePostDiscounts {
 /** 优惠名称 @example 满20减1元 */ name: string;
 /** 优惠说明 @example 不与其他优惠叠加 */ description: string;
 /** 优惠金额 @example 100 */ amount: number;
 /** 优惠数量 @example 2 */ count?: number;
}

export interface PayscoreTimeRange {
 /** 服务开始时间 @example 20091225091010 */ start_time: string;
 /** 服务开始时间备注 @example 开始租借时间 */ start_time_remark?: string;
 /** 服务结束时间 @example 20091225121010 */ end_time?: string;
 /** 服务结束时间备注 @example 租借结束时间 */ end_time_remark?: string;
}

export interface PayscoreLocation3 {
 /** 服务开始地点 @example 嗨客时尚主题展餐厅 */ start_location?: string;
 /** 服务结束地点 @example 嗨客时尚主题展餐厅 */ end_location?: string;
}

export interface PayscorePostPayments2 {
 /** 付费项目名称 @example 就餐费用, 服务费 */ name?: string;
 /** 金额 @example 40000 */ amount?: number;
 /** 计费说明 @example 就餐人均100元，服务费：100/小时 */ description?: string;
 /** 付费数量 @example 4 */ count?: number;
}

export interface PayscorePostDiscounts2 {
 /** 优惠名称 @example 满20减1元 */ name?: string;
 /** 优惠说明 @example 不与其他优惠叠加 */ description?: string;
 /** 优惠金额 @example 100 */ amount?: number;
 /** 优惠数量 @example 2 */ count?: number;
}

export interface PayscoreTimeRange2 {
 /** 服务开始时间 @example 20091225091010 */ start_time?: string;
 /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
 /** 服务结束时间 @example 20091225121010 */ end_time?: string;
 /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
}

export interface PayscoreJumpLink {
 /** 跳转链接类型 */ jump_link_type?: "JUMP_LINK_MINI_PROGRAM";
 /** 小程序跳转AppID */ appid?: string;
 /** 小程序跳转path */ path?: string;
}

export interface PostV3PayscoreAcquiringbankServicepayondeliveryorderDataFields {
 /** 商户订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 服务商公众号ID */ appid: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户公众号ID */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 服务信息 */ service_introduction: string;
 /** 服务订单状态 */ state: string;
 /** 订单状态说明 */ state_description?: string;
 /** 后付费项目 */ post_payments?: Array<PayscorePostPayments3>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts3>;
 /** 服务风险金 */ risk_fund?: PayscoreRiskFund;
 /** 服务时间 */ time_range?: PayscoreTimeRange3;
 /** 服务位置 */ location?: Location;
 /** 附加数据 */ attach?: string;
 /** 商户回调地址 */ notify_url?: string;
 /** 微信支付服务订单号 */ order_id?: string;
 /** 跳转微信侧数据包 */ package?: string;
 /** 先用后付购物详情 */ shopping_info?: ShoppingInfo;
}

export interface PayscorePostPayments3 {
 /** 付费名称 */ name?: string;
 /** 付费金额 */ amount?: number;
 /** 付费说明 */ description?: string;
 /** 付费数量 */ count?: number;
}

export interface PayscorePostDiscounts3 {
 /** 优惠名称 */ name?: string;
 /** 优惠说明 */ description?: string;
 /** 优惠金额 */ amount?: number;
 /** 优惠数量 */ count?: number;
}

export interface PayscoreRiskFund {
 /** 风险名称 */ name: string;
 /** 风险金额 */ amount: number;
 /** 风险说明 */ description?: string;
}

export interface PayscoreTimeRange3 {
 /** 服务开始时间 */ start_time?: string;
 /** 服务结束时间 */ end_time?: string;
 /** 服务开始时间备注 */ start_time_remark?: string;
 /** 服务结束时间备注 */ end_time_remark?: string;
}

export interface ShoppingInfo {
 /** 实际购物商家公众号ID */ real_merchant_appid?: string;
 /** 单详跳转链接 */ jump_link: {
  /** 跳转链接类型 */ jump_link_type: string;
  /** 小程序跳转AppID */ appid?: string;
  /** 小程序跳转path */ path?: string;
 };
 /** 商品列表 */ goods: Array<{
  /** 商品名称 */ name: string;
  /** 商品图片链接 */ picture: string;
  /** 商品单价金额 */ amount: number;
  /** 商品数量 */ count: number;
  /** 商品品类ID */ category_id?: string[];
 }>;
}

export interface PayscorePostPayments4 {
 /** 付费名称 */ name: string;
 /** 付费金额 */ amount?: number;
 /** 付费说明 */ description?: string;
 /** 付费数量 */ count?: number;
}

export interface PayscoreTimeRange4 {
 /** 服务开始时间 */ start_time?: string;
 /** 服务开始时间备注 */ start_time_remark?: string;
 /** 服务结束时间 */ end_time?: string;
 /** 服务结束时间备注 */ end_time_remark?: string;
}

export interface PayscorePostPayments5 {
 /** 付费名称 @example 就餐费用 */ name: string;
 /** 付费金额 @example 40000 */ amount?: number;
 /** 付费说明 @example 就餐人均100元 */ description?: string;
 /** 付费数量 @example 4 */ count?: number;
}

export interface PayscorePostDiscounts4 {
 /** 优惠名称 @example 满20减1元 */ name: string;
 /** 优惠说明 @example 不与其他优惠叠加 */ description: string;
 /** 优惠金额 @example 100 */ amount?: number;
 /** 优惠数量 @example 2 */ count?: number;
}

export interface PayscoreRiskFund2 {
 /** 风险名称 @example DEPOSIT */ name: string;
 /** 风险金额 @example 10000 */ amount: number;
 /** 风险说明 @example 就餐的预估费用 */ description?: string;
}

export interface PayscoreTimeRange5 {
 /** 服务开始时间 */ start_time: string;
 /** 服务结束时间 */ end_time?: string;
 /** 服务开始时间备注 */ start_time_remark?: string;
 /** 服务结束时间备注 */ end_time_remark?: string;
}

export interface PayscoreShoppingInfo {
 /** 商品列表 */ goods: Array<{
  /** 商品名称 @example 森海塞尔 MOMENTUM 4 无线耳机大馒头4 头戴式蓝牙音乐耳机自适应降噪 */ name: string;
  /** 商品图片链接 */ picture: string;
  /** 商品单价金额 @example 550 */ amount: number;
  /** 商品数量 @example 1 */ count: number;
  /** 商品品类ID */ category_id?: string[];
 }>;
}

export interface PostV3PayscorePartnerPermissionsAssessUserRiskLevelDataFields {
 /** 服务ID */ service_id: string;
 /** 公众号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 用户标识 */ openid?: string;
 /** 授权协议号 */ authorization_code?: string;
 /** 授权状态 */ authorization_state: string;
 /** 授权通知地址 */ notify_url?: string;
 /** 最近一次解除授权时间 */ cancel_authorization_time?: string;
 /** 最近一次授权成功时间 */ authorization_success_time?: string;
 /** 子商户商户号 */ sub_mchid?: string;
 /** 子商户的公众号ID */ sub_appid?: string;
 /** 子商户的用户标识 */ sub_openid?: string;
 /** 用户标签 */ user_label?: string;
 /** 渠道商商户号 */ channel_id?: string;
 /** 用户分层 */ user_risk_level?: number;
 /** 分层版本 */ risk_level_version?: number;
}

export interface PostV3PayscorePartnerServiceAccountApplicationsDataFields {
 /** 服务ID */ service_id: string;
 /** 服务商商户号 */ mchid: string;
 /** 服务商应用ID */ appid: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 申请单号 */ out_apply_no: string;
 /** 绑定结果回调通知地址 */ result_notify_url?: string;
 /** 受理状态 */ apply_state: string;
 /** 拒绝原因 */ reject_reason?: string;
}

export interface Collection {
 /** 收款状态 */ state: "USER_PAYING" | "USER_PAID";
 /** 总收款金额 */ total_amount?: number;
 /** 待收金额 */ paying_amount?: number;
 /** 已收金额 */ paid_amount?: number;
 /** 收款明细列表 */ details?: Array<{
  /** 收款序号 */ seq?: number;
  /** 单笔收款金额 */ amount?: number;
  /** 收款成功渠道 */ paid_type?: "NEWTON" | "MCH";
  /** 收款成功时间 */ paid_time?: string;
  /** 微信支付交易单号 */ transaction_id?: string;
  /** 优惠功能 */ promotion_detail?: Array<{
   /** 券ID */ coupon_id: string;
   /** 优惠名称 */ name?: string;
   /** 优惠范围 */ scope?: "SINGLE" | "GLOBAL";
   /** 优惠类型 */ type?: "CASH" | "NOCASH";
   /** 优惠券面额 */ amount: number;
   /** 活动ID */ stock_id?: string;
   /** 微信出资 */ wechatpay_contribute?: number;
   /** 商户出资 */ merchant_contribute?: number;
   /** 其他出资 */ other_contribute?: number;
   /** 优惠币种 */ currency?: string;
   /** 单品列表 */ goods_detail?: PayscoreGoodsDetail[];
  }>;
 }>;
 /** 收款银行 */ bank_type?: string;
}

export interface Device {
 /** 服务开始的设备ID @example HG123456 */ start_device_id?: string;
 /** 服务结束的设备ID @example HG123456 */ end_device_id?: string;
 /** 物料URL @example example_materiel_no */ materiel_no?: string;
}

export interface PayscoreTimeRange6 {
 /** 服务开始时间 @example 20091225091010 */ start_time?: string;
 /** 服务开始时间备注 @example 开始租借时间 */ start_time_remark?: string;
 /** 服务结束时间 @example 20091225121010 */ end_time?: string;
 /** 服务结束时间备注 @example 租借结束时间 */ end_time_remark?: string;
}

export interface PayscorePostDiscounts5 {
 /** 优惠名称 @example 满20减1元 */ name: string;
 /** 优惠说明 @example 不与其他优惠叠加 */ description?: string;
 /** 优惠金额 @example 100 */ amount: number;
 /** 优惠数量 @example 2 */ count?: number;
}

export interface PostV3PayscorePartnerServiceorderSendPendingmessageBodyFields {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 子商户商户号 @example 1900000109 */ sub_mchid: string;
 /** 后付费项目 */ post_payments: Array<PayscorePostPayments6>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts2>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 预计扣费时间 @example 20231218 */ prepaid_time: string;
}

export interface PayscorePostPayments6 {
 /** 付费名称 @example 就餐费用 */ name?: string;
 /** 付费金额 @example 40000 */ amount?: number;
 /** 付费说明 @example 就餐人均100元 */ description?: string;
 /** 付费数量 @example 4 */ count?: number;
}

export interface PayscoreRiskFund3 {
 /** 风险金名称 */ name: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
 /** 风险金额 @example 10000 */ amount: number;
 /** 风险说明 @example 就餐的预估费用 */ description?: string;
}

export interface GetV3PayscorePayafterOrdersDataFields {
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ mchid?: string;
 /** 商户服务订单号 */ out_order_no?: string;
 /** 服务ID */ service_id?: string;
 state?: "CREATED" | "USER_ACCEPTED" | "FINISHED" | "USER_PAID" | "REVOKED" | "EXPIRED";
 /** 标识用户订单使用情况 */ finish_type?: 1 | 2;
 /** 服务开始时间 */ service_start_time?: string;
 /** 服务结束时间 */ service_end_time?: string;
 /** 实际服务开始时间 */ real_service_start_time?: string;
 /** 实际服务结束时间 */ real_service_end_time?: string;
 /** 支付完成时间 */ pay_succ_time?: string;
 /** 开始使用服务的地点 */ service_start_location?: string;
 /** 预计服务结束的地点 */ service_end_location?: string;
 /** 开始使用服务的地点 */ real_service_start_location?: string;
 /** 预计服务结束的地点 */ real_service_end_location?: string;
 /** 服务信息 */ service_introduction?: string;
 /** 后付费 */ fees?: Fees[];
 /** 商户优惠 */ discounts?: Array<{
  /** 优惠名称 */ discount_name?: string;
  /** 商品优惠金额 */ discount_amount?: number;
  /** 优惠说明 */ discount_desc?: string;
 }>;
 /** 订单风险金额 */ risk_amount?: number;
 /** 总金额 */ total_amount?: number;
 /** 商户自定义说明 */ attach?: string;
 /** 用于完结订单时传入 */ finish_ticket?: string;
 /** 结单交易单号 */ finish_transaction_id?: string;
 /** 支付方式 */ pay_type?: "MchChannelPayType";
}

export interface Fees {
 /** 付费项目名称 */ fee_name?: string;
 /** 付费项目数量 */ fee_count?: number;
 /** 付费项目总金额 */ fee_amount?: number;
 /** 描述计费规则 */ fee_desc?: string;
}

export interface PostV3PayscorePayafterOrdersDataFields {
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ mchid?: string;
 /** 商户服务订单号 */ out_order_no?: string;
 /** 服务ID */ service_id?: string;
 /** 微信支付服务订单号 */ order_id?: string;
 /** 小程序跳转businessType */ miniprogram_businesstype?: string;
 /** 小程序跳转appid */ miniprogram_appid?: string;
 /** 小程序跳转路径 */ miniprogram_path?: string;
 /** 小程序跳转username */ miniprogram_username?: string;
 /** 用于跳转到微信侧小程序订单数据 */ package?: string;
}

export interface PostV3PayscorePayafterOrdersCancelBodyFields {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 取消原因 @example 用户投诉 */ reason: string;
}

export interface PostV3PayscorePayafterOrdersCancelDataFields {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 微信支付服务订单号 */ order_id: string;
}

export interface PostV3PayscorePayafterOrdersCompleteBodyFields {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 服务ID @example 500001 */ service_id: string;
 /** 标识用户订单使用情况 */ finish_type?: 1 | 2;
 /** 取消订单的原因 */ cancel_reason?: string;
 /** 实际服务开始时间 */ real_service_start_time?: string;
 /** 服务结束时间 */ real_service_end_time?: string;
 /** 实际结束使用服务的地点 */ real_service_end_location?: string;
 /** 后付费 */ fees?: Fees[];
 /** 商户优惠 */ discounts?: Array<{
  /** 优惠名称 @example 满20减1元 */ discount_name?: string;
  /** 商品优惠金额 */ discount_amount?: number;
  /** 优惠说明 @example 不与其他优惠叠加 */ discount_desc?: string;
 }>;
 /** 总金额 */ total_amount?: number;
 /** 完结凭证 */ finish_ticket?: string;
 /** 是否指定商户分账 */ profit_sharing?: boolean;
}

export interface PlanDetailList {
 /** 计划明细原支付金额 @example 15000 */ original_price: number;
 /** 计划明细优惠说明 @example 享受九折 */ plan_discount_description?: string;
 /** 计划明细实际支付金额 @example 14000 */ actual_price: number;
 /** 计划明细名称 @example 第八节课 */ plan_detail_name: string;
}

export interface PostV3PayscorePlanPartnerPayscorePlansDataFields {
 /** 支付分计划ID */ plan_id: string;
 /** 计划所属服务 */ service_id: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 服务商AppID */ appid: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 商户侧计划号 */ merchant_plan_no: string;
 /** 支付分计划名称 */ plan_name: string;
 /** 支付分计划有效期 */ plan_duration: number;
 /** 支付分计划状态 */ plan_state: string;
 /** 支付分计划原总金额 */ total_original_price: number;
 /** 支付分计划扣费次数 */ deduction_quantity: number;
 /** 支付分计划实际扣费总金额 */ total_actual_price: number;
 /** 支付分计划明细列表 */ plan_detail_list?: PayscorePlanDetailList[];
 /** 终止方商户号 */ stop_mchid?: string;
 /** 终止时间 */ stop_time?: string;
}

export interface PayscorePlanDetailList {
 /** 计划明细序号 */ plan_detail_no: number;
 /** 计划明细名称 */ plan_detail_name: string;
 /** 计划明细原支付金额 */ original_price: number;
 /** 计划明细优惠说明 */ plan_discount_description?: string;
 /** 计划明细实际支付金额 */ actual_price: number;
}

export interface PostV3PayscorePlanPayscorePlansDataFields {
 /** 支付分计划ID */ plan_id: string;
 /** 计划所属服务 */ service_id: string;
 /** 商户号 */ mchid: string;
 /** AppID */ appid: string;
 /** 商户侧计划号 */ merchant_plan_no: string;
 /** 支付分计划名称 */ plan_name: string;
 /** 支付分计划有效期 */ plan_duration: number;
 /** 支付分计划状态 */ plan_state: string;
 /** 支付分计划原总金额 */ total_original_price: number;
 /** 支付分计划扣费次数 */ deduction_quantity: number;
 /** 支付分计划实际扣费总金额 */ total_actual_price: number;
 /** 支付分计划明细列表 */ plan_detail_list?: PayscorePlanDetailList[];
 /** 终止方商户号 */ stop_mchid?: string;
 /** 终止时间 */ stop_time?: string;
}

export interface PayscoreRiskFund4 {
 /** 风险名称 */ name: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
 /** 风险金额 */ amount: number;
 /** 风险说明 */ description?: string;
}

export interface PayscoreTimeRange7 {
 /** 服务开始时间 @example 20091225091010 */ start_time: string;
 /** 服务结束时间 @example 20091225121010 */ end_time?: string;
 /** 服务开始时间备注 @example 备注1 */ start_time_remark?: string;
 /** 服务结束时间备注 @example 备注2 */ end_time_remark?: string;
}

export interface PostV3PayscoreServiceorderSendPendingmessageBodyFields {
 /** 服务ID @example 2002000000000558128851361561536 */ service_id: string;
 /** 后付费项目 */ post_payments: Array<PayscorePostPayments6>;
 /** 商户优惠 */ post_discounts?: Array<PayscorePostDiscounts2>;
 /** 总金额 @example 50000 */ total_amount: number;
 /** 预计扣费时间 @example 20231218 */ prepaid_time: string;
}

export interface SignPlanDetail {
 /** 计划明细序号 @example 1 */ plan_detail_no: number;
 /** 商户侧计划明细使用订单号 @example 1234323JKHDFE1243252 */ merchant_plan_detail_no: string;
}

export interface SignPlan {
 /** 计划签约ID */ sign_plan_id: string;
 /** 签约计划用户服务商应用下的OpenID */ openid?: string;
 /** 签约计划用户子商户应用下的OpenID */ sub_openid?: string;
 /** 计划所属服务 */ service_id: string;
 /** 服务商商户号 */ mchid: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 服务商AppID */ appid: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 商户侧签约计划号 */ merchant_sign_plan_no: string;
 /** 商户回调地址 */ merchant_callback_url: string;
 /** 签约所属计划ID */ plan_id: string;
 /** 目前用户进行到的计划详情序号 */ going_detail_no: number;
 /** 计划签约状态 */ sign_state: string;
 /** 签约计划取消时间 */ cancel_sign_time?: string;
 /** 签约计划取消类型 */ cancel_sign_type?: string;
 /** 签约计划取消原因 */ cancel_reason?: string;
 /** 签约计划的名称 */ plan_name: string;
 /** 签约计划的过期时间 */ plan_over_time: string;
 /** 签约计划原总金额 */ total_origin_price: number;
 /** 签约计划扣费次数 */ deduction_quantity: number;
 /** 签约计划实际总金额 */ total_actual_price: number;
 /** 签约计划明细列表 */ signed_detail_list?: SignedDetailList[];
 /** 签约时间 */ sign_time?: string;
}

export interface SignedDetailList {
 /** 计划明细序号 */ plan_detail_no: number;
 /** 计划明细原支付金额 */ original_price: number;
 /** 计划明细优惠说明 */ plan_discount_description?: string;
 /** 计划明细实际支付金额 */ actual_price: number;
 /** 计划明细状态 */ plan_detail_state: string;
 /** 计划明细对应的支付分服务单号 */ order_id?: string;
 /** 商户侧计划明细使用订单号 */ merchant_plan_detail_no: string;
 /** 计划详情名称 */ plan_detail_name: string;
 /** 计划明细对应订单实际支付金额 */ actual_pay_price?: number;
 /** 详情使用时间 */ use_time?: string;
 /** 详情完成时间 */ complete_time?: string;
 /** 详情取消时间 */ cancel_time?: string;
}

export interface PayscoreSignPlan {
 /** 计划签约ID */ sign_plan_id: string;
 /** 签约计划用户应用下的OpenID */ openid?: string;
 /** 计划所属服务 */ service_id: string;
 /** 商户号 */ mchid: string;
 /** AppID */ appid: string;
 /** 商户侧签约计划号 */ merchant_sign_plan_no: string;
 /** 商户回调地址 */ merchant_callback_url: string;
 /** 签约所属计划ID */ plan_id: string;
 /** 目前用户进行到的计划详情序号 */ going_detail_no: number;
 /** 计划签约状态 */ sign_state: string;
 /** 签约计划取消时间 */ cancel_sign_time?: string;
 /** 签约计划取消类型 */ cancel_sign_type?: string;
 /** 签约计划取消原因 */ cancel_reason?: string;
 /** 签约计划的名称 */ plan_name: string;
 /** 签约计划的过期时间 */ plan_over_time: string;
 /** 签约计划原总金额 */ total_origin_price: number;
 /** 签约计划扣费次数 */ deduction_quantity: number;
 /** 签约计划实际总金额 */ total_actual_price: number;
 /** 签约计划明细列表 */ signed_detail_list?: SignedDetailList[];
 /** 签约时间 */ sign_time?: string;
}

export interface V3PayscoreNode {
 acquiringbank: Open<V3PayscoreAcquiringbankNode>;
 merchantBill: Open<V3PayscoreMerchantBillNode>;
 oversea: Open<V3PayscoreOverseaNode>;
 partner: Open<V3PayscorePartnerNode>;
 payafterOrders: Open<V3PayscorePayafterOrdersNode>;
 permissions: Open<V3PayscorePermissionsNode>;
 plan: Open<V3PayscorePlanNode>;
 serviceorder: Open<V3PayscoreServiceorderNode>;
 servicepayondeliveryorder: Open<V3PayscoreServicepayondeliveryorderNode>;
 signPlan: Open<V3PayscoreSignPlanNode>;
 smartretailOrders: Open<V3PayscoreSmartretailOrdersNode>;
 userServiceState: Open<V3PayscoreUserServiceStateNode>;
 users: Open<V3PayscoreUsersNode>;
 chain: ChainFrom<"v3/payscore">;
}

export interface V3PayscoreAcquiringbankNode {
 permissions: Open<V3PayscoreAcquiringbankPermissionsNode>;
 serviceorder: Open<V3PayscoreAcquiringbankServiceorderNode>;
 servicepayondeliveryorder: Open<V3PayscoreAcquiringbankServicepayondeliveryorderNode>;
 chain: ChainFrom<"v3/payscore/acquiringbank">;
}

export interface V3PayscoreAcquiringbankPermissionsNode {
 /**
  * 从业机构预授权 `POST /v3/payscore/acquiringbank/permissions`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/apply-acquiring-bank-permissions.html
  */
 post: Verb<PostV3PayscoreAcquiringbankPermissionsOptions, PostV3PayscoreAcquiringbankPermissionsData>;
 authorizationCode: Open<V3PayscoreAcquiringbankPermissionsAuthorizationCodeNode>;
 chain: ChainFrom<"v3/payscore/acquiringbank/permissions">;
}

export interface V3PayscoreAcquiringbankPermissionsAuthorizationCodeNode {
 $authorization_code$: Open<V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Node>;
 _authorization_code_: Open<V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Node>;
 chain: ChainFrom<"v3/payscore/acquiringbank/permissions/authorization-code">;
}

export interface V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Node {
 /**
  * 从业机构查询与用户授权记录（授权协议号） `GET /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/get-acquiring-bank-permissions-by-code.html
  */
 get: Verb<GetV3PayscoreAcquiringbankPermissionsAuthorizationCodeOptions, GetV3PayscoreAcquiringbankPermissionsAuthorizationCodeData>;
 terminate: Open<V3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateNode>;
 chain: ChainFrom<"v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}">;
}

export interface V3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateNode {
 /**
  * 从业机构解除用户授权关系（授权协议号） `POST /v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/terminate-acquiring-bank-permissions-by-code.html
  */
 post: Verb<PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateOptions, PostV3PayscoreAcquiringbankPermissionsAuthorizationCodeTerminateData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate">;
}

export interface V3PayscoreAcquiringbankServiceorderNode {
 /** 从业机构查询微信支付分订单 `GET /v3/payscore/acquiringbank/serviceorder` */
 get: Verb<GetV3PayscoreAcquiringbankServiceorderOptions, GetV3PayscoreAcquiringbankServiceorderData>;
 /** 从业机构创建微信支付分订单 `POST /v3/payscore/acquiringbank/serviceorder` */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderOptions, PostV3PayscoreAcquiringbankServiceorderData>;
 $out_order_no$: Open<V3PayscoreAcquiringbankServiceorder_out_order_no_Node>;
 _out_order_no_: Open<V3PayscoreAcquiringbankServiceorder_out_order_no_Node>;
 deduction: Open<V3PayscoreAcquiringbankServiceorderDeductionNode>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder">;
}

export interface V3PayscoreAcquiringbankServiceorderDeductionNode {
 /**
  * 从业机构查询微信支付分扣款信息 `GET /v3/payscore/acquiringbank/serviceorder/deduction`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/get-acquiring-bank-deduct-info.html
  */
 get: Verb<GetV3PayscoreAcquiringbankServiceorderDeductionOptions, GetV3PayscoreAcquiringbankServiceorderDeductionData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/deduction">;
}

export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Node {
 cancel: Open<V3PayscoreAcquiringbankServiceorderCancelNode>;
 complete: Open<V3PayscoreAcquiringbankServiceorderCompleteNode>;
 modify: Open<V3PayscoreAcquiringbankServiceorderModifyNode>;
 registerdeductinfo: Open<V3PayscoreAcquiringbankServiceorderRegisterdeductinfoNode>;
 sync: Open<V3PayscoreAcquiringbankServiceorderSyncNode>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}">;
}

export interface V3PayscoreAcquiringbankServiceorderCancelNode {
 /**
  * 从业机构取消微信支付分订单 `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/cancel-acquiring-bank-service-order.html
  */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderCancelOptions, PostV3PayscoreAcquiringbankServiceorderCancelData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel">;
}

export interface V3PayscoreAcquiringbankServiceorderCompleteNode {
 /**
  * 从业机构完结微信支付分订单 `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/complete-acquiring-bank-service-order.html
  */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderCompleteOptions, PostV3PayscoreAcquiringbankServiceorderCompleteData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete">;
}

export interface V3PayscoreAcquiringbankServiceorderModifyNode {
 /**
  * 从业机构修改微信支付分订单金额 `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/modify-acquiring-bank-service-order.html
  */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderModifyOptions, PostV3PayscoreAcquiringbankServiceorderModifyData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify">;
}

export interface V3PayscoreAcquiringbankServiceorderRegisterdeductinfoNode {
 /** 从业机构登记微信支付分扣款信息 `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo` */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoOptions, PostV3PayscoreAcquiringbankServiceorderRegisterdeductinfoData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo">;
}

export interface V3PayscoreAcquiringbankServiceorderSyncNode {
 /**
  * 从业机构同步微信支付分订单信息 `POST /v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/sync-acquiring-bank-service-order.html
  */
 post: Verb<PostV3PayscoreAcquiringbankServiceorderSyncOptions, PostV3PayscoreAcquiringbankServiceorderSyncData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync">;
}

export interface V3PayscoreAcquiringbankServicepayondeliveryorderNode {
 /** 从业机构创建先用后付订单 `POST /v3/payscore/acquiringbank/servicepayondeliveryorder` */
 post: Verb<PostV3PayscoreAcquiringbankServicepayondeliveryorderOptions, PostV3PayscoreAcquiringbankServicepayondeliveryorderData>;
 chain: ChainFrom<"v3/payscore/acquiringbank/servicepayondeliveryorder">;
}

export interface V3PayscoreMerchantBillNode {
 /**
  * 商户申请获取对账单API `GET /v3/payscore/merchant-bill`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_1_29.shtml
  */
 get: Verb<GetV3PayscoreMerchantBillOptions, GetV3PayscoreMerchantBillData>;
 chain: ChainFrom<"v3/payscore/merchant-bill">;
}

export interface V3PayscoreOverseaNode {
 partner: Open<V3PayscoreOverseaPartnerNode>;
 chain: ChainFrom<"v3/payscore/oversea">;
}

export interface V3PayscoreOverseaPartnerNode {
 serviceorder: Open<V3PayscoreOverseaPartnerServiceorderNode>;
 chain: ChainFrom<"v3/payscore/oversea/partner">;
}

export interface V3PayscoreOverseaPartnerServiceorderNode {
 /** 查询支付分订单 `GET /v3/payscore/oversea/partner/serviceorder` */
 get: Verb<GetV3PayscoreOverseaPartnerServiceorderOptions, GetV3PayscoreOverseaPartnerServiceorderData>;
 /** 创建支付分订单 `POST /v3/payscore/oversea/partner/serviceorder` */
 post: Verb<PostV3PayscoreOverseaPartnerServiceorderOptions, PostV3PayscoreOverseaPartnerServiceorderData>;
 $out_order_no$: Open<V3PayscoreOverseaPartnerServiceorder_out_order_no_Node>;
 _out_order_no_: Open<V3PayscoreOverseaPartnerServiceorder_out_order_no_Node>;
 chain: ChainFrom<"v3/payscore/oversea/partner/serviceorder">;
}

export interface V3PayscoreOverseaPartnerServiceorder_out_order_no_Node {
 cancel: Open<V3PayscoreOverseaPartnerServiceorderCancelNode>;
 complete: Open<V3PayscoreOverseaPartnerServiceorderCompleteNode>;
 sync: Open<V3PayscoreOverseaPartnerServiceorderSyncNode>;
 chain: ChainFrom<"v3/payscore/oversea/partner/serviceorder/{out_order_no}">;
}

export interface V3PayscoreOverseaPartnerServiceorderCancelNode {
 /** 取消支付分订单 `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel` */
 post: Verb<PostV3PayscoreOverseaPartnerServiceorderCancelOptions, PostV3PayscoreOverseaPartnerServiceorderCancelData>;
 chain: ChainFrom<"v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel">;
}

export interface V3PayscoreOverseaPartnerServiceorderCompleteNode {
 /** 完结支付分订单 `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete` */
 post: Verb<PostV3PayscoreOverseaPartnerServiceorderCompleteOptions, PostV3PayscoreOverseaPartnerServiceorderCompleteData>;
 chain: ChainFrom<"v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete">;
}

export interface V3PayscoreOverseaPartnerServiceorderSyncNode {
 /** 同步支付分订单信息 `POST /v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync` */
 post: Verb<PostV3PayscoreOverseaPartnerServiceorderSyncOptions, PostV3PayscoreOverseaPartnerServiceorderSyncData>;
 chain: ChainFrom<"v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync">;
}

export interface V3PayscorePartnerNode {
 permissions: Open<V3PayscorePartnerPermissionsNode>;
 serviceAccountApplications: Open<V3PayscorePartnerServiceAccountApplicationsNode>;
 serviceorder: Open<V3PayscorePartnerServiceorderNode>;
 servicepayondeliveryorder: Open<V3PayscorePartnerServicepayondeliveryorderNode>;
 servicequotas: Open<V3PayscorePartnerServicequotasNode>;
 chain: ChainFrom<"v3/payscore/partner">;
}

export interface V3PayscorePartnerPermissionsNode {
 /**
  * 商户预授权API `POST /v3/payscore/partner/permissions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_18.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/apply-partner-permissions.html
  */
 post: Verb<PostV3PayscorePartnerPermissionsOptions, PostV3PayscorePartnerPermissionsData>;
 applyForScene: Open<V3PayscorePartnerPermissionsApplyForSceneNode>;
 assessUserRiskLevel: Open<V3PayscorePartnerPermissionsAssessUserRiskLevelNode>;
 authorizationCode: Open<V3PayscorePartnerPermissionsAuthorizationCodeNode>;
 search: Open<V3PayscorePartnerPermissionsSearchNode>;
 terminate: Open<V3PayscorePartnerPermissionsTerminateNode>;
 chain: ChainFrom<"v3/payscore/partner/permissions">;
}

export interface V3PayscorePartnerPermissionsApplyForSceneNode {
 /**
  * 服务商场景中预授权 `POST /v3/payscore/partner/permissions/apply-for-scene`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/scene-apply-partner-permissions.html
  */
 post: Verb<PostV3PayscorePartnerPermissionsApplyForSceneOptions, PostV3PayscorePartnerPermissionsApplyForSceneData>;
 chain: ChainFrom<"v3/payscore/partner/permissions/apply-for-scene">;
}

export interface V3PayscorePartnerPermissionsAssessUserRiskLevelNode {
 /**
  * 服务商评估用户分层 `POST /v3/payscore/partner/permissions/assess-user-risk-level`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/assess-partner-user-risk-level.html
  */
 post: Verb<PostV3PayscorePartnerPermissionsAssessUserRiskLevelOptions, PostV3PayscorePartnerPermissionsAssessUserRiskLevelData>;
 chain: ChainFrom<"v3/payscore/partner/permissions/assess-user-risk-level">;
}

export interface V3PayscorePartnerPermissionsAuthorizationCodeNode {
 $authorization_code$: Open<V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Node>;
 _authorization_code_: Open<V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Node>;
 chain: ChainFrom<"v3/payscore/partner/permissions/authorization-code">;
}

export interface V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Node {
 /**
  * 查询与用户授权记录（授权协议号）API `GET /v3/payscore/partner/permissions/authorization-code/{authorization_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_19.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/get-partner-permissions-by-code.html
  */
 get: Verb<GetV3PayscorePartnerPermissionsAuthorizationCodeOptions, GetV3PayscorePartnerPermissionsAuthorizationCodeData>;
 terminate: Open<V3PayscorePartnerPermissionsAuthorizationCodeTerminateNode>;
 chain: ChainFrom<"v3/payscore/partner/permissions/authorization-code/{authorization_code}">;
}

export interface V3PayscorePartnerPermissionsAuthorizationCodeTerminateNode {
 /**
  * 解除用户授权关系（授权协议号）API `POST /v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_20.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/terminate-partner-permissions-by-code.html
  */
 post: Verb<PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateOptions, PostV3PayscorePartnerPermissionsAuthorizationCodeTerminateData>;
 chain: ChainFrom<"v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate">;
}

export interface V3PayscorePartnerPermissionsSearchNode {
 /**
  * 查询与用户授权记录（openid）API `GET /v3/payscore/partner/permissions/search`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_21.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/get-partner-permissions-by-open-id.html
  */
 get: Verb<GetV3PayscorePartnerPermissionsSearchOptions, GetV3PayscorePartnerPermissionsSearchData>;
 chain: ChainFrom<"v3/payscore/partner/permissions/search">;
}

export interface V3PayscorePartnerPermissionsTerminateNode {
 /**
  * 解除用户授权关系（openid）API `POST /v3/payscore/partner/permissions/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_22.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/terminate-partner-permissions-by-open-id.html
  */
 post: Verb<PostV3PayscorePartnerPermissionsTerminateOptions, PostV3PayscorePartnerPermissionsTerminateData>;
 chain: ChainFrom<"v3/payscore/partner/permissions/terminate">;
}

export interface V3PayscorePartnerServiceAccountApplicationsNode {
 /**
  * 收付通子商户申请绑定支付分服务 `POST /v3/payscore/partner/service-account-applications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_13.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-account/create-service-account-application.html
  */
 post: Verb<PostV3PayscorePartnerServiceAccountApplicationsOptions, PostV3PayscorePartnerServiceAccountApplicationsData>;
 $out_apply_no$: Open<V3PayscorePartnerServiceAccountApplications_out_apply_no_Node>;
 _out_apply_no_: Open<V3PayscorePartnerServiceAccountApplications_out_apply_no_Node>;
 chain: ChainFrom<"v3/payscore/partner/service-account-applications">;
}

export interface V3PayscorePartnerServiceAccountApplications_out_apply_no_Node {
 /**
  * 查询收付通子商户服务绑定结果 `GET /v3/payscore/partner/service-account-applications/{out_apply_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_14.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-account/get-service-account-application.html
  */
 get: Verb<GetV3PayscorePartnerServiceAccountApplicationsOptions, GetV3PayscorePartnerServiceAccountApplicationsData>;
 chain: ChainFrom<"v3/payscore/partner/service-account-applications/{out_apply_no}">;
}

export interface V3PayscorePartnerServiceorderNode {
 /** 查询支付分订单 `GET /v3/payscore/partner/serviceorder` */
 get: Verb<GetV3PayscorePartnerServiceorderOptions, GetV3PayscorePartnerServiceorderData>;
 /** 创建支付分订单 `POST /v3/payscore/partner/serviceorder` */
 post: Verb<PostV3PayscorePartnerServiceorderOptions, PostV3PayscorePartnerServiceorderData>;
 $out_order_no$: Open<V3PayscorePartnerServiceorder_out_order_no_Node>;
 _out_order_no_: Open<V3PayscorePartnerServiceorder_out_order_no_Node>;
 directComplete: Open<V3PayscorePartnerServiceorderDirectCompleteNode>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder">;
}

export interface V3PayscorePartnerServiceorderDirectCompleteNode {
 /**
  * 创单结单合并API `POST /v3/payscore/partner/serviceorder/direct-complete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_8.shtml
  */
 post: Verb<PostV3PayscorePartnerServiceorderDirectCompleteOptions, PostV3PayscorePartnerServiceorderDirectCompleteData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/direct-complete">;
}

export interface V3PayscorePartnerServiceorder_out_order_no_Node {
 cancel: Open<V3PayscorePartnerServiceorderCancelNode>;
 complete: Open<V3PayscorePartnerServiceorderCompleteNode>;
 modify: Open<V3PayscorePartnerServiceorderModifyNode>;
 pay: Open<V3PayscorePartnerServiceorderPayNode>;
 sendPendingmessage: Open<V3PayscorePartnerServiceorderSendPendingmessageNode>;
 sendPrepaidmessage: Open<V3PayscorePartnerServiceorderSendPrepaidmessageNode>;
 sync: Open<V3PayscorePartnerServiceorderSyncNode>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}">;
}

export interface V3PayscorePartnerServiceorderCancelNode {
 /**
  * 取消支付分订单API `POST /v3/payscore/partner/serviceorder/{out_order_no}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_3.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/cancel-partner-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderCancelOptions, PostV3PayscorePartnerServiceorderCancelData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/cancel">;
}

export interface V3PayscorePartnerServiceorderCompleteNode {
 /**
  * 完结支付分订单API `POST /v3/payscore/partner/serviceorder/{out_order_no}/complete`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012692408
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013138598
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_5.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/complete-partner-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderCompleteOptions, PostV3PayscorePartnerServiceorderCompleteData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/complete">;
}

export interface V3PayscorePartnerServiceorderModifyNode {
 /**
  * 修改订单金额API `POST /v3/payscore/partner/serviceorder/{out_order_no}/modify`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012692360
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013138819
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_4.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/modify-partner-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderModifyOptions, PostV3PayscorePartnerServiceorderModifyData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/modify">;
}

export interface V3PayscorePartnerServiceorderPayNode {
 /**
  * 商户发起催收扣款API `POST /v3/payscore/partner/serviceorder/{out_order_no}/pay`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_6.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/collect-partner-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderPayOptions, PostV3PayscorePartnerServiceorderPayData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/pay">;
}

export interface V3PayscorePartnerServiceorderSendPendingmessageNode {
 /**
  * 下发服务费用待处理消息 `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/send-partner-order-pending-message.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderSendPendingmessageOptions, PostV3PayscorePartnerServiceorderSendPendingmessageData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage">;
}

export interface V3PayscorePartnerServiceorderSendPrepaidmessageNode {
 /**
  * 下发服务预扣费消息 `POST /v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/send-partner-order-prepaid-message.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderSendPrepaidmessageOptions, PostV3PayscorePartnerServiceorderSendPrepaidmessageData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage">;
}

export interface V3PayscorePartnerServiceorderSyncNode {
 /**
  * 同步订单信息API `POST /v3/payscore/partner/serviceorder/{out_order_no}/sync`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_7.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/sync-partner-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServiceorderSyncOptions, PostV3PayscorePartnerServiceorderSyncData>;
 chain: ChainFrom<"v3/payscore/partner/serviceorder/{out_order_no}/sync">;
}

export interface V3PayscorePartnerServicepayondeliveryorderNode {
 /**
  * 创建先用后付订单 `POST /v3/payscore/partner/servicepayondeliveryorder`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/create-partner-pay-on-delivery-service-order.html
  */
 post: Verb<PostV3PayscorePartnerServicepayondeliveryorderOptions, PostV3PayscorePartnerServicepayondeliveryorderData>;
 chain: ChainFrom<"v3/payscore/partner/servicepayondeliveryorder">;
}

export interface V3PayscorePartnerServicequotasNode {
 serviceId: Open<V3PayscorePartnerServicequotasServiceIdNode>;
 chain: ChainFrom<"v3/payscore/partner/servicequotas">;
}

export interface V3PayscorePartnerServicequotasServiceIdNode {
 $service_id$: Open<V3PayscorePartnerServicequotasServiceId_service_id_Node>;
 _service_id_: Open<V3PayscorePartnerServicequotasServiceId_service_id_Node>;
 chain: ChainFrom<"v3/payscore/partner/servicequotas/service-id">;
}

export interface V3PayscorePartnerServicequotasServiceId_service_id_Node {
 /**
  * 查询用户分层对应建议先享金额 `GET /v3/payscore/partner/servicequotas/service-id/{service_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/service-quota/get-partner-user-risk-level-quota.html
  */
 get: Verb<GetV3PayscorePartnerServicequotasServiceIdOptions, GetV3PayscorePartnerServicequotasServiceIdData>;
 chain: ChainFrom<"v3/payscore/partner/servicequotas/service-id/{service_id}">;
}

export interface V3PayscorePayafterOrdersNode {
 /**
  * 查询先享后付订单 `GET /v3/payscore/payafter-orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4
  */
 get: OptionalVerb<GetV3PayscorePayafterOrdersOptions, GetV3PayscorePayafterOrdersData>;
 /**
  * 创建先享后付订单 `POST /v3/payscore/payafter-orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_1&index=3
  */
 post: Verb<PostV3PayscorePayafterOrdersOptions, PostV3PayscorePayafterOrdersData>;
 $out_order_no$: Open<V3PayscorePayafterOrders_out_order_no_Node>;
 _out_order_no_: Open<V3PayscorePayafterOrders_out_order_no_Node>;
 chain: ChainFrom<"v3/payscore/payafter-orders">;
}

export interface V3PayscorePayafterOrders_out_order_no_Node {
 cancel: Open<V3PayscorePayafterOrdersCancelNode>;
 complete: Open<V3PayscorePayafterOrdersCompleteNode>;
 sync: Open<V3PayscorePayafterOrdersSyncNode>;
 chain: ChainFrom<"v3/payscore/payafter-orders/{out_order_no}">;
}

export interface V3PayscorePayafterOrdersCancelNode {
 /**
  * 撤销先享后付订单 `POST /v3/payscore/payafter-orders/{out_order_no}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_3&index=5
  */
 post: Verb<PostV3PayscorePayafterOrdersCancelOptions, PostV3PayscorePayafterOrdersCancelData>;
 chain: ChainFrom<"v3/payscore/payafter-orders/{out_order_no}/cancel">;
}

export interface V3PayscorePayafterOrdersCompleteNode {
 /**
  * 完结先享后付订单 `POST /v3/payscore/payafter-orders/{out_order_no}/complete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_4&index=6
  */
 post: Verb<PostV3PayscorePayafterOrdersCompleteOptions, PostV3PayscorePayafterOrdersCompleteData>;
 chain: ChainFrom<"v3/payscore/payafter-orders/{out_order_no}/complete">;
}

export interface V3PayscorePayafterOrdersSyncNode {
 /**
  * 支付分订单同步 `POST /v3/payscore/payafter-orders/{out_order_no}/sync`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=24_1&index=1
  */
 post: Verb<PostV3PayscorePayafterOrdersSyncOptions, PostV3PayscorePayafterOrdersSyncData>;
 chain: ChainFrom<"v3/payscore/payafter-orders/{out_order_no}/sync">;
}

export interface V3PayscorePermissionsNode {
 /**
  * 商户预授权API `POST /v3/payscore/permissions`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_2.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/apply-permissions.html
  */
 post: Verb<PostV3PayscorePermissionsOptions, PostV3PayscorePermissionsData>;
 assessUserRiskLevel: Open<V3PayscorePermissionsAssessUserRiskLevelNode>;
 authorizationCode: Open<V3PayscorePermissionsAuthorizationCodeNode>;
 openid: Open<V3PayscorePermissionsOpenidNode>;
 chain: ChainFrom<"v3/payscore/permissions">;
}

export interface V3PayscorePermissionsAssessUserRiskLevelNode {
 /**
  * 商户评估用户分层 `POST /v3/payscore/permissions/assess-user-risk-level`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/assess-user-risk-level.html
  */
 post: Verb<PostV3PayscorePermissionsAssessUserRiskLevelOptions, PostV3PayscorePermissionsAssessUserRiskLevelData>;
 chain: ChainFrom<"v3/payscore/permissions/assess-user-risk-level">;
}

export interface V3PayscorePermissionsAuthorizationCodeNode {
 $authorization_code$: Open<V3PayscorePermissionsAuthorizationCode_authorization_code_Node>;
 _authorization_code_: Open<V3PayscorePermissionsAuthorizationCode_authorization_code_Node>;
 chain: ChainFrom<"v3/payscore/permissions/authorization-code">;
}

export interface V3PayscorePermissionsAuthorizationCode_authorization_code_Node {
 /**
  * 查询与用户授权记录（授权协议号）API `GET /v3/payscore/permissions/authorization-code/{authorization_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_3.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/get-permissions-by-authorization-code.html
  */
 get: Verb<GetV3PayscorePermissionsAuthorizationCodeOptions, GetV3PayscorePermissionsAuthorizationCodeData>;
 terminate: Open<V3PayscorePermissionsAuthorizationCodeTerminateNode>;
 chain: ChainFrom<"v3/payscore/permissions/authorization-code/{authorization_code}">;
}

export interface V3PayscorePermissionsAuthorizationCodeTerminateNode {
 /**
  * 解除用户授权关系（授权协议号）API `POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_4.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/terminate-permissions-by-code.html
  */
 post: Verb<PostV3PayscorePermissionsAuthorizationCodeTerminateOptions, PostV3PayscorePermissionsAuthorizationCodeTerminateData>;
 chain: ChainFrom<"v3/payscore/permissions/authorization-code/{authorization_code}/terminate">;
}

export interface V3PayscorePermissionsOpenidNode {
 $openid$: Open<V3PayscorePermissionsOpenid_openid_Node>;
 _openid_: Open<V3PayscorePermissionsOpenid_openid_Node>;
 chain: ChainFrom<"v3/payscore/permissions/openid">;
}

export interface V3PayscorePermissionsOpenid_openid_Node {
 /**
  * 查询与用户授权记录（openid）API `GET /v3/payscore/permissions/openid/{openid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_5.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/get-permissions-by-open-id.html
  */
 get: Verb<GetV3PayscorePermissionsOpenidOptions, GetV3PayscorePermissionsOpenidData>;
 terminate: Open<V3PayscorePermissionsOpenidTerminateNode>;
 chain: ChainFrom<"v3/payscore/permissions/openid/{openid}">;
}

export interface V3PayscorePermissionsOpenidTerminateNode {
 /**
  * 解除用户授权关系（openid）API `POST /v3/payscore/permissions/openid/{openid}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_6.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/terminate-permissions-by-open-id.html
  */
 post: Verb<PostV3PayscorePermissionsOpenidTerminateOptions, PostV3PayscorePermissionsOpenidTerminateData>;
 chain: ChainFrom<"v3/payscore/permissions/openid/{openid}/terminate">;
}

export interface V3PayscorePlanNode {
 partner: Open<V3PayscorePlanPartnerNode>;
 payscorePlans: Open<V3PayscorePlanPayscorePlansNode>;
 chain: ChainFrom<"v3/payscore/plan">;
}

export interface V3PayscorePlanPartnerNode {
 payscorePlans: Open<V3PayscorePlanPartnerPayscorePlansNode>;
 chain: ChainFrom<"v3/payscore/plan/partner">;
}

export interface V3PayscorePlanPartnerPayscorePlansNode {
 /**
  * 创建支付分计划 `POST /v3/payscore/plan/partner/payscore-plans`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/create-partner-pay-score-plan.html
  */
 post: Verb<PostV3PayscorePlanPartnerPayscorePlansOptions, PostV3PayscorePlanPartnerPayscorePlansData>;
 merchantPlanNo: Open<V3PayscorePlanPartnerPayscorePlansMerchantPlanNoNode>;
 chain: ChainFrom<"v3/payscore/plan/partner/payscore-plans">;
}

export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNoNode {
 $merchant_plan_no$: Open<V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Node>;
 _merchant_plan_no_: Open<V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Node>;
 chain: ChainFrom<"v3/payscore/plan/partner/payscore-plans/merchant-plan-no">;
}

export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Node {
 /**
  * 查询支付分计划 `GET /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/query-partner-pay-score-plan.html
  */
 get: Verb<GetV3PayscorePlanPartnerPayscorePlansMerchantPlanNoOptions, GetV3PayscorePlanPartnerPayscorePlansMerchantPlanNoData>;
 stop: Open<V3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopNode>;
 chain: ChainFrom<"v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}">;
}

export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopNode {
 /**
  * 停止支付分计划 `POST /v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/stop-partner-pay-score-plan.html
  */
 post: Verb<PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopOptions, PostV3PayscorePlanPartnerPayscorePlansMerchantPlanNoStopData>;
 chain: ChainFrom<"v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop">;
}

export interface V3PayscorePlanPayscorePlansNode {
 /**
  * 创建支付分计划 `POST /v3/payscore/plan/payscore-plans`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/create-pay-score-plan.html
  */
 post: Verb<PostV3PayscorePlanPayscorePlansOptions, PostV3PayscorePlanPayscorePlansData>;
 merchantPlanNo: Open<V3PayscorePlanPayscorePlansMerchantPlanNoNode>;
 chain: ChainFrom<"v3/payscore/plan/payscore-plans">;
}

export interface V3PayscorePlanPayscorePlansMerchantPlanNoNode {
 $merchant_plan_no$: Open<V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Node>;
 _merchant_plan_no_: Open<V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Node>;
 chain: ChainFrom<"v3/payscore/plan/payscore-plans/merchant-plan-no">;
}

export interface V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Node {
 /**
  * 查询支付分计划 `GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/query-pay-score-plan.html
  */
 get: Verb<GetV3PayscorePlanPayscorePlansMerchantPlanNoOptions, GetV3PayscorePlanPayscorePlansMerchantPlanNoData>;
 stop: Open<V3PayscorePlanPayscorePlansMerchantPlanNoStopNode>;
 chain: ChainFrom<"v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}">;
}

export interface V3PayscorePlanPayscorePlansMerchantPlanNoStopNode {
 /**
  * 停止支付分计划 `POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/stop-pay-score-plan.html
  */
 post: Verb<PostV3PayscorePlanPayscorePlansMerchantPlanNoStopOptions, PostV3PayscorePlanPayscorePlansMerchantPlanNoStopData>;
 chain: ChainFrom<"v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop">;
}

export interface V3PayscoreServiceorderNode {
 /**
  * 查询支付分订单API `GET /v3/payscore/serviceorder`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/get-service-order.html
  */
 get: Verb<GetV3PayscoreServiceorderOptions, GetV3PayscoreServiceorderData>;
 /**
  * 创建支付分订单API `POST /v3/payscore/serviceorder`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012587900
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012647418
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_1.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/create-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderOptions, PostV3PayscoreServiceorderData>;
 $out_order_no$: Open<V3PayscoreServiceorder_out_order_no_Node>;
 _out_order_no_: Open<V3PayscoreServiceorder_out_order_no_Node>;
 directComplete: Open<V3PayscoreServiceorderDirectCompleteNode>;
 chain: ChainFrom<"v3/payscore/serviceorder">;
}

export interface V3PayscoreServiceorderDirectCompleteNode {
 /**
  * 创单结单合并API `POST /v3/payscore/serviceorder/direct-complete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml
  */
 post: Verb<PostV3PayscoreServiceorderDirectCompleteOptions, PostV3PayscoreServiceorderDirectCompleteData>;
 chain: ChainFrom<"v3/payscore/serviceorder/direct-complete">;
}

export interface V3PayscoreServiceorder_out_order_no_Node {
 cancel: Open<V3PayscoreServiceorderCancelNode>;
 complete: Open<V3PayscoreServiceorderCompleteNode>;
 modify: Open<V3PayscoreServiceorderModifyNode>;
 pay: Open<V3PayscoreServiceorderPayNode>;
 sendPendingmessage: Open<V3PayscoreServiceorderSendPendingmessageNode>;
 sendPrepaidmessage: Open<V3PayscoreServiceorderSendPrepaidmessageNode>;
 sync: Open<V3PayscoreServiceorderSyncNode>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}">;
}

export interface V3PayscoreServiceorderCancelNode {
 /**
  * 取消支付分订单API `POST /v3/payscore/serviceorder/{out_order_no}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_3.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/cancel-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderCancelOptions, PostV3PayscoreServiceorderCancelData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/cancel">;
}

export interface V3PayscoreServiceorderCompleteNode {
 /**
  * 完结支付分订单API `POST /v3/payscore/serviceorder/{out_order_no}/complete`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012587955
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012647421
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_5.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/complete-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderCompleteOptions, PostV3PayscoreServiceorderCompleteData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/complete">;
}

export interface V3PayscoreServiceorderModifyNode {
 /**
  * 修改订单金额API `POST /v3/payscore/serviceorder/{out_order_no}/modify`
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012587957
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012647427
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_4.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/modify-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderModifyOptions, PostV3PayscoreServiceorderModifyData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/modify">;
}

export interface V3PayscoreServiceorderPayNode {
 /**
  * 商户发起催收扣款API `POST /v3/payscore/serviceorder/{out_order_no}/pay`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_6.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/collect-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderPayOptions, PostV3PayscoreServiceorderPayData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/pay">;
}

export interface V3PayscoreServiceorderSendPendingmessageNode {
 /**
  * 下发服务费用待处理消息 `POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/send-order-pending-message.html
  */
 post: Verb<PostV3PayscoreServiceorderSendPendingmessageOptions, PostV3PayscoreServiceorderSendPendingmessageData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/send-pendingmessage">;
}

export interface V3PayscoreServiceorderSendPrepaidmessageNode {
 /**
  * 下发服务预扣费消息 `POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/send-order-prepaid-message.html
  */
 post: Verb<PostV3PayscoreServiceorderSendPrepaidmessageOptions, PostV3PayscoreServiceorderSendPrepaidmessageData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage">;
}

export interface V3PayscoreServiceorderSyncNode {
 /**
  * 同步服务订单信息API `POST /v3/payscore/serviceorder/{out_order_no}/sync`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_6.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/sync-service-order.html
  */
 post: Verb<PostV3PayscoreServiceorderSyncOptions, PostV3PayscoreServiceorderSyncData>;
 chain: ChainFrom<"v3/payscore/serviceorder/{out_order_no}/sync">;
}

export interface V3PayscoreServicepayondeliveryorderNode {
 /**
  * 创建先用后付订单 `POST /v3/payscore/servicepayondeliveryorder`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/create-pay-on-delivery-service-order.html
  */
 post: Verb<PostV3PayscoreServicepayondeliveryorderOptions, PostV3PayscoreServicepayondeliveryorderData>;
 chain: ChainFrom<"v3/payscore/servicepayondeliveryorder">;
}

export interface V3PayscoreSignPlanNode {
 partner: Open<V3PayscoreSignPlanPartnerNode>;
 serviceorder: Open<V3PayscoreSignPlanServiceorderNode>;
 userSignPlans: Open<V3PayscoreSignPlanUserSignPlansNode>;
 chain: ChainFrom<"v3/payscore/sign-plan">;
}

export interface V3PayscoreSignPlanPartnerNode {
 serviceorder: Open<V3PayscoreSignPlanPartnerServiceorderNode>;
 userSignPlans: Open<V3PayscoreSignPlanPartnerUserSignPlansNode>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner">;
}

export interface V3PayscoreSignPlanPartnerServiceorderNode {
 /**
  * 创建用户的签约计划详情对应的服务订单 `POST /v3/payscore/sign-plan/partner/serviceorder`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-service-order/create-partner-service-order.html
  */
 post: Verb<PostV3PayscoreSignPlanPartnerServiceorderOptions, PostV3PayscoreSignPlanPartnerServiceorderData>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner/serviceorder">;
}

export interface V3PayscoreSignPlanPartnerUserSignPlansNode {
 /**
  * 创建用户的签约计划 `POST /v3/payscore/sign-plan/partner/user-sign-plans`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/create-partner-user-sign-plan.html
  */
 post: Verb<PostV3PayscoreSignPlanPartnerUserSignPlansOptions, PostV3PayscoreSignPlanPartnerUserSignPlansData>;
 merchantSignPlanNo: Open<V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoNode>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner/user-sign-plans">;
}

export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoNode {
 $merchant_sign_plan_no$: Open<V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node>;
 _merchant_sign_plan_no_: Open<V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no">;
}

export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node {
 /**
  * 查询用户的签约计划 `GET /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/query-partner-user-sign-plan.html
  */
 get: Verb<GetV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoOptions, GetV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoData>;
 stop: Open<V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopNode>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}">;
}

export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopNode {
 /**
  * 取消用户的签约计划 `POST /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/stop-partner-user-sign-plan.html
  */
 post: Verb<PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopOptions, PostV3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNoStopData>;
 chain: ChainFrom<"v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop">;
}

export interface V3PayscoreSignPlanServiceorderNode {
 /**
  * 创建用户的签约计划详情对应的服务订单 `POST /v3/payscore/sign-plan/serviceorder`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/service-order/create-service-order.html
  */
 post: Verb<PostV3PayscoreSignPlanServiceorderOptions, PostV3PayscoreSignPlanServiceorderData>;
 chain: ChainFrom<"v3/payscore/sign-plan/serviceorder">;
}

export interface V3PayscoreSignPlanUserSignPlansNode {
 /**
  * 创建用户的签约计划 `POST /v3/payscore/sign-plan/user-sign-plans`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/create-user-sign-plan.html
  */
 post: Verb<PostV3PayscoreSignPlanUserSignPlansOptions, PostV3PayscoreSignPlanUserSignPlansData>;
 merchantSignPlanNo: Open<V3PayscoreSignPlanUserSignPlansMerchantSignPlanNoNode>;
 chain: ChainFrom<"v3/payscore/sign-plan/user-sign-plans">;
}

export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNoNode {
 $merchant_sign_plan_no$: Open<V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node>;
 _merchant_sign_plan_no_: Open<V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node>;
 chain: ChainFrom<"v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no">;
}

export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Node {
 /**
  * 查询用户的签约计划 `GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/query-user-sign-plan.html
  */
 get: Verb<GetV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoOptions, GetV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoData>;
 stop: Open<V3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopNode>;
 chain: ChainFrom<"v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}">;
}

export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopNode {
 /**
  * 直连商户取消用户的签约计划 `POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/stop-user-sign-plan.html
  */
 post: Verb<PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopOptions, PostV3PayscoreSignPlanUserSignPlansMerchantSignPlanNoStopData>;
 chain: ChainFrom<"v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop">;
}

export interface V3PayscoreSmartretailOrdersNode {
 /**
  * 查询智慧零售订单 `GET /v3/payscore/smartretail-orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_2&index=4
  */
 get: OptionalVerb<GetV3PayscoreSmartretailOrdersOptions, GetV3PayscoreSmartretailOrdersData>;
 /**
  * 创建智慧零售订单 `POST /v3/payscore/smartretail-orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3
  */
 post: Verb<PostV3PayscoreSmartretailOrdersOptions, PostV3PayscoreSmartretailOrdersData>;
 $out_order_no$: Open<V3PayscoreSmartretailOrders_out_order_no_Node>;
 _out_order_no_: Open<V3PayscoreSmartretailOrders_out_order_no_Node>;
 chain: ChainFrom<"v3/payscore/smartretail-orders">;
}

export interface V3PayscoreSmartretailOrders_out_order_no_Node {
 cancel: Open<V3PayscoreSmartretailOrdersCancelNode>;
 complete: Open<V3PayscoreSmartretailOrdersCompleteNode>;
 chain: ChainFrom<"v3/payscore/smartretail-orders/{out_order_no}">;
}

export interface V3PayscoreSmartretailOrdersCancelNode {
 /**
  * 撤销智慧零售订单 `POST /v3/payscore/smartretail-orders/{out_order_no}/cancel`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_3&index=5
  */
 post: Verb<PostV3PayscoreSmartretailOrdersCancelOptions, PostV3PayscoreSmartretailOrdersCancelData>;
 chain: ChainFrom<"v3/payscore/smartretail-orders/{out_order_no}/cancel">;
}

export interface V3PayscoreSmartretailOrdersCompleteNode {
 /**
  * 完结智慧零售订单 `POST /v3/payscore/smartretail-orders/{out_order_no}/complete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6
  */
 post: Verb<PostV3PayscoreSmartretailOrdersCompleteOptions, PostV3PayscoreSmartretailOrdersCompleteData>;
 chain: ChainFrom<"v3/payscore/smartretail-orders/{out_order_no}/complete">;
}

export interface V3PayscoreUserServiceStateNode {
 /**
  * 查询用户授权状态API `GET /v3/payscore/user-service-state`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml
  */
 get: Verb<GetV3PayscoreUserServiceStateOptions, GetV3PayscoreUserServiceStateData>;
 chain: ChainFrom<"v3/payscore/user-service-state">;
}

export interface V3PayscoreUsersNode {
 $openid$: Open<V3PayscoreUsers_openid_Node>;
 _openid_: Open<V3PayscoreUsers_openid_Node>;
 chain: ChainFrom<"v3/payscore/users">;
}

export interface V3PayscoreUsers_openid_Node {
 permissions: Open<V3PayscoreUsers_openid_PermissionsNode>;
 chain: ChainFrom<"v3/payscore/users/{openid}">;
}

export interface V3PayscoreUsers_openid_PermissionsNode {
 $service_id$: Open<V3PayscoreUsers_openid_Permissions_service_id_Node>;
 _service_id_: Open<V3PayscoreUsers_openid_Permissions_service_id_Node>;
 chain: ChainFrom<"v3/payscore/users/{openid}/permissions">;
}

export interface V3PayscoreUsers_openid_Permissions_service_id_Node {
 terminate: Open<V3PayscoreUsersPermissionsTerminateNode>;
 chain: ChainFrom<"v3/payscore/users/{openid}/permissions/{service_id}">;
}

export interface V3PayscoreUsersPermissionsTerminateNode {
 /**
  * 商户解除用户授权关系API `POST /v3/payscore/users/{openid}/permissions/{service_id}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml
  */
 post: Verb<PostV3PayscoreUsersPermissionsTerminateOptions, PostV3PayscoreUsersPermissionsTerminateData>;
 chain: ChainFrom<"v3/payscore/users/{openid}/permissions/{service_id}/terminate">;
}
