// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** APP支付下单: request body */
export interface PostV3TransactionsAppBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example APP */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: TransactionsPayer;
 /** 订单金额 */ amount: TransactionsAmount;
 /** 场景信息 */ scene_info?: TransactionsSceneInfo;
 /** 优惠功能 */ detail?: TransactionsDetail[];
}
/** APP支付下单: options */
export interface PostV3TransactionsAppOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3TransactionsAppBody;
}
/** APP支付下单: response body */
export interface PostV3TransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 查询订单(微信支付订单号): options */
export interface GetV3TransactionsIdOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(微信支付订单号): response body */
export interface GetV3TransactionsIdData extends GetV3TransactionsIdDataFields {}

/** 关闭订单(微信支付订单号): request body */
export interface PostV3TransactionsIdCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(微信支付订单号): options */
export interface PostV3TransactionsIdCloseOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostV3TransactionsIdCloseBody;
}
/** 关闭订单(微信支付订单号): response body */
export type PostV3TransactionsIdCloseData = undefined;

/** 撤销订单(微信支付订单号): request body */
export interface PostV3TransactionsIdReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(微信支付订单号): options */
export interface PostV3TransactionsIdReverseOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostV3TransactionsIdReverseBody;
}
/** 撤销订单(微信支付订单号): response body */
export type PostV3TransactionsIdReverseData = undefined;

/** 小程序/公众号支付下单: request body */
export interface PostV3TransactionsJsapiBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example JSAPI */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: TransactionsPayer;
 /** 订单金额 */ amount: TransactionsAmount;
 /** 场景信息 */ scene_info?: TransactionsSceneInfo;
 /** 优惠功能 */ detail?: TransactionsDetail[];
}
/** 小程序/公众号支付下单: options */
export interface PostV3TransactionsJsapiOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3TransactionsJsapiBody;
}
/** 小程序/公众号支付下单: response body */
export interface PostV3TransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 提交付款码支付: request body */
export interface PostV3TransactionsMicropayBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example MICROPAY */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: {
  /** 授权码 @example 120061098828009406 */ auth_code: string;
 };
 /** 订单金额 */ amount: TransactionsAmount;
 /** 场景信息 */ scene_info?: TransactionsSceneInfo;
 /** 优惠功能 */ detail?: Array<{
  /** 订单原价 @example 608800 */ cost_price?: number;
  /** 商品小票ID @example wx123 */ receipt_id?: string;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 @example 商品编码 */ goods_id: string;
   /** 微信侧商品编码 @example 1001 */ wxpay_goods_id?: string;
   /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
   /** 商品数量 @example 1 */ quantity: number;
   /** 商品单价 @example 528800 */ price: number;
  }>;
 }>;
}
/** 提交付款码支付: options */
export interface PostV3TransactionsMicropayOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3TransactionsMicropayBody;
}
/** 提交付款码支付: response body */
export interface PostV3TransactionsMicropayData {
 /** 微信支付订单号 */ id: string;
 /** 商户号 */ mchid: string;
 /** APPID */ appid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 机构APPID */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 交易类型 */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB" | "MICROPAY";
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc: string;
 /** 付款银行 */ bank_type: string;
 /** 商户数据 */ attach?: string;
 /** 支付完成时间 */ success_time: string;
 /** 支付者 */ payer?: {
  /** 用户标识 */ openid?: string;
  /** 用户标识 */ sp_openid?: string;
  /** 用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户支付金额 */ payer_total: number;
  /** 支付货币类型 */ "payer _currency"?: string;
  /** 汇率 */ exchange_rate?: {
   /** 汇率类型 */ type?: "SETTLEMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠功能 */ detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
  /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
  /** 优惠券面额 */ amount: number;
  /** 货币类型 */ currency?: string;
  /** 活动ID */ activity_id?: string;
  /** 微信出资 */ wechatpay_contribute_amount?: number;
  /** 商户出资 */ merchant_contribute_amount?: number;
  /** 其他出资 */ other_contribute_amount?: number;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 */ goods_id: string;
   /** 商品备注 */ goods_remark?: string;
   /** 商品数量 */ quantity: number;
   /** 商品价格 */ price: number;
  }>;
 }>;
}

/** H5支付下单: request body */
export interface PostV3TransactionsMwebBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example MWEB */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: TransactionsPayer;
 /** 订单金额 */ amount: TransactionsAmount;
 /** 场景信息 */ scene_info: {
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
  /** 用户终端IP @example 128.0.0.1 */ payer_client_ip: string;
  /** 操作员ID @example 123145 */ operator_id?: string;
  /** 商户门店信息 */ store_info: TransactionsStoreInfo;
 };
 /** 优惠功能 */ detail?: TransactionsDetail[];
}
/** H5支付下单: options */
export interface PostV3TransactionsMwebOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3TransactionsMwebBody;
}
/** H5支付下单: response body */
export interface PostV3TransactionsMwebData {
 /** 支付跳转链接 */ mweb_url: string;
}

/** 扫码支付下单: request body */
export interface PostV3TransactionsNativeBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example NATIVE */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: TransactionsPayer;
 /** 订单金额 */ amount: TransactionsAmount;
 /** 场景信息 */ scene_info?: TransactionsSceneInfo;
 /** 优惠功能 */ detail?: TransactionsDetail[];
}
/** 扫码支付下单: options */
export interface PostV3TransactionsNativeOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 json: PostV3TransactionsNativeBody;
}
/** 扫码支付下单: response body */
export interface PostV3TransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 查询订单(商户订单号): options */
export interface GetV3TransactionsOutTradeNoOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(商户订单号): response body */
export interface GetV3TransactionsOutTradeNoData extends GetV3TransactionsIdDataFields {}

/** 关闭订单(商户订单号): request body */
export interface PostV3TransactionsOutTradeNoCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(商户订单号): options */
export interface PostV3TransactionsOutTradeNoCloseOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3TransactionsOutTradeNoCloseBody;
}
/** 关闭订单(商户订单号): response body */
export type PostV3TransactionsOutTradeNoCloseData = undefined;

/** 撤销订单(商户订单号): request body */
export interface PostV3TransactionsOutTradeNoReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(商户订单号): options */
export interface PostV3TransactionsOutTradeNoReverseOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3TransactionsOutTradeNoReverseBody;
}
/** 撤销订单(商户订单号): response body */
export type PostV3TransactionsOutTradeNoReverseData = undefined;

export interface TransactionsPayer {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}

export interface TransactionsAmount {
 /** 总金额 @example 888 */ total: number;
 /** 货币类型 @example HKD */ currency?: string;
}

export interface TransactionsSceneInfo {
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
 /** 用户终端IP @example 128.0.0.1 */ payer_client_ip?: string;
 /** 操作员ID @example 123145 */ operator_id?: string;
 /** 商户门店信息 */ store_info?: TransactionsStoreInfo;
}

export interface TransactionsStoreInfo {
 /** 编号 @example 0001 */ id?: string;
 /** 名称 @example 腾讯大厦分店 */ name: string;
 /** 详细地址 @example 广东省深圳市南山区科技中一道10000号 */ address: string;
}

export interface TransactionsDetail {
 /** 订单原价 @example 608800 */ cost_price?: number;
 /** 商品小票ID @example wx123 */ receipt_id?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商品编码 @example 12345 */ goods_id: string;
  /** 微信侧商品编码 @example 1001 */ wxpay_goods_id?: string;
  /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 528800 */ price: number;
 }>;
}

export interface GetV3TransactionsIdDataFields {
 /** 商户号 */ mchid: string;
 /** APPID */ appid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构APPID */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ id: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB" | "MICROPAY";
 /** 付款银行 */ bank_type: string;
 /** 支付完成时间 */ success_time: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc: string;
 /** 支付者 */ payer: {
  /** 用户标识 */ openid?: string;
  /** 机构用户标识 */ sp_openid?: string;
  /** 子商户用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 用户支付金额 */ payer_total: number;
  /** 订单标价币种 */ currency: string;
  /** 用户支付币种 */ payer_currency: string;
  /** 汇率信息 */ exchange_rate?: {
   /** 汇率类型 */ type?: "SETTLEMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠功能 */ promotion_detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
  /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
  /** 优惠券面额 */ amount: number;
  /** 优惠币种 */ currency: string;
  /** 活动ID */ activity_id?: string;
  /** 微信出资 */ wxpay_contribute_amount?: number;
  /** 商户出资 */ merchant_contribute_amount?: number;
  /** 其他出资 */ other_contribute_amount?: number;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 */ goods_id: string;
   /** 商品备注 */ goods_remark?: string;
   /** 商品优惠金额 */ discount_amount: number;
   /** 商品数量 */ quantity: number;
   /** 商品价格 */ price: number;
  }>;
 }>;
}

export interface V3TransactionsNode {
 app: Open<V3TransactionsAppNode>;
 id: Open<V3TransactionsIdNode>;
 jsapi: Open<V3TransactionsJsapiNode>;
 micropay: Open<V3TransactionsMicropayNode>;
 mweb: Open<V3TransactionsMwebNode>;
 native: Open<V3TransactionsNativeNode>;
 outTradeNo: Open<V3TransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/transactions">;
}

export interface V3TransactionsAppNode {
 /**
  * APP支付下单 `POST /v3/transactions/app`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/app`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/In-AppPay/chapter6_3.shtml
  */
 post: Verb<PostV3TransactionsAppOptions, PostV3TransactionsAppData>;
 chain: ChainFrom<"v3/transactions/app">;
}

export interface V3TransactionsIdNode {
 $transaction_id$: Open<V3TransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3TransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/transactions/id">;
}

export interface V3TransactionsId_transaction_id_Node {
 /**
  * 查询订单(微信支付订单号) `GET /v3/transactions/id/{transaction_id}`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/id/{transaction_id}`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
  */
 get: Verb<GetV3TransactionsIdOptions, GetV3TransactionsIdData>;
 close: Open<V3TransactionsIdCloseNode>;
 reverse: Open<V3TransactionsIdReverseNode>;
 chain: ChainFrom<"v3/transactions/id/{transaction_id}">;
}

export interface V3TransactionsIdCloseNode {
 /**
  * 关闭订单(微信支付订单号) `POST /v3/transactions/id/{transaction_id}/close`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/id/{transaction_id}/close`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
  */
 post: Verb<PostV3TransactionsIdCloseOptions, PostV3TransactionsIdCloseData>;
 chain: ChainFrom<"v3/transactions/id/{transaction_id}/close">;
}

export interface V3TransactionsIdReverseNode {
 /**
  * 撤销订单(微信支付订单号) `POST /v3/transactions/id/{transaction_id}/reverse`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/id/{transaction_id}/reverse`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
  */
 post: Verb<PostV3TransactionsIdReverseOptions, PostV3TransactionsIdReverseData>;
 chain: ChainFrom<"v3/transactions/id/{transaction_id}/reverse">;
}

export interface V3TransactionsJsapiNode {
 /**
  * 小程序/公众号支付下单 `POST /v3/transactions/jsapi`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/jsapi`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/MiniProgramPay/chapter7_3.shtml
  */
 post: Verb<PostV3TransactionsJsapiOptions, PostV3TransactionsJsapiData>;
 chain: ChainFrom<"v3/transactions/jsapi">;
}

export interface V3TransactionsMicropayNode {
 /**
  * 提交付款码支付 `POST /v3/transactions/micropay`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/micropay`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_3.shtml
  */
 post: Verb<PostV3TransactionsMicropayOptions, PostV3TransactionsMicropayData>;
 chain: ChainFrom<"v3/transactions/micropay">;
}

export interface V3TransactionsMwebNode {
 /**
  * H5支付下单 `POST /v3/transactions/mweb`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/mweb`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/H5Payment/chapter3_3.shtml
  */
 post: Verb<PostV3TransactionsMwebOptions, PostV3TransactionsMwebData>;
 chain: ChainFrom<"v3/transactions/mweb">;
}

export interface V3TransactionsNativeNode {
 /**
  * 扫码支付下单 `POST /v3/transactions/native`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/native`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter4_3.shtml
  */
 post: Verb<PostV3TransactionsNativeOptions, PostV3TransactionsNativeData>;
 chain: ChainFrom<"v3/transactions/native">;
}

export interface V3TransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3TransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3TransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/transactions/out-trade-no">;
}

export interface V3TransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单(商户订单号) `GET /v3/transactions/out-trade-no/{out_trade_no}`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/out-trade-no/{out_trade_no}`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
  */
 get: Verb<GetV3TransactionsOutTradeNoOptions, GetV3TransactionsOutTradeNoData>;
 close: Open<V3TransactionsOutTradeNoCloseNode>;
 reverse: Open<V3TransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"v3/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3TransactionsOutTradeNoCloseNode {
 /**
  * 关闭订单(商户订单号) `POST /v3/transactions/out-trade-no/{out_trade_no}/close`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/out-trade-no/{out_trade_no}/close`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
  */
 post: Verb<PostV3TransactionsOutTradeNoCloseOptions, PostV3TransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"v3/transactions/out-trade-no/{out_trade_no}/close">;
}

export interface V3TransactionsOutTradeNoReverseNode {
 /**
  * 撤销订单(商户订单号) `POST /v3/transactions/out-trade-no/{out_trade_no}/reverse`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/transactions/out-trade-no/{out_trade_no}/reverse`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
  */
 post: Verb<PostV3TransactionsOutTradeNoReverseOptions, PostV3TransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"v3/transactions/out-trade-no/{out_trade_no}/reverse">;
}
