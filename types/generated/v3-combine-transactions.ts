// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 合单下单-APP支付API: request body */
export interface PostV3CombineTransactionsAppBody {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mchid: string;
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 场景信息 */ scene_info?: CombineTransactionsSceneInfo;
 /** 商品单信息 */ sub_orders: Array<{
  /** 子单商户号 @example 1900000109 */ mchid: string;
  /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
  /** 商品单个人收款方平台昵称 @example 哈哈哈小店 */ individual_name?: string;
  /** 附加数据 @example 深圳分店 */ attach: string;
  /** 订单金额 */ amount: CombineTransactionsAmount;
  /** 商品单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
  /** 商品详情 @example 买单费用 */ detail?: string;
  /** 订单优惠标记 @example WXG */ goods_tag?: string;
  /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ description: string;
  /** 结算信息 */ settle_info?: SettleInfo;
  /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
  /** 是否指定分账 */ profit_sharing?: boolean;
 }>;
 /** 支付者 */ combine_payer_info?: {
  /** 实名支付 */ identity?: Identity;
 };
 /** 交易起始时间 @example 2019-12-31T15:59:60+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2019-12-31T15:59:60+08:00 */ time_expire?: string;
 /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */ prepay_id?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 交易场景 @example RECOMMERCE */ trade_scenario?: "RECOMMERCE";
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_debit" | "balance_only">;
 /** 预签约信息 */ contract_info?: {
  /** 签约商户号 @example 1900000109 */ mchid: string;
  /** 签约商户AppID @example wxd678efh567hg6787 */ appid: string;
  /** 签约商户协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
  /** 委托代扣协议模板ID @example 12535 */ plan_id: number;
  /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
  /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 };
 /** 贴息信息 */ subsidy_info?: SubsidyInfo;
}
/** 合单下单-APP支付API: options */
export interface PostV3CombineTransactionsAppOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CombineTransactionsAppBody;
}
/** 合单下单-APP支付API: response body */
export interface PostV3CombineTransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
 /** 预签约结果 */ contract_result?: {
  /** 签约结果码 */ code: string;
  /** 签约结果描述信息 */ message?: string;
 };
}

/** 合单下单-H5支付API: request body */
export interface PostV3CombineTransactionsH5Body {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mchid: string;
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 场景信息 */ scene_info: {
  /** 商户端设备号 @example POS1:1 */ device_id: string;
  /** 用户终端IP @example 14.17.22.32 */ payer_client_ip: string;
  /** H5场景信息 */ h5_info: {
   /** 场景类型 @example iOS */ type: string;
   /** 应用名称 @example 王者荣耀 */ app_name?: string;
   /** 网站URL @example https://pay.qq.com */ app_url?: string;
   /** iOS平台BundleID @example com.tencent.wzryiOS */ bundle_id?: string;
   /** Android平台PackageName @example com.tencent.tmgp.sgame */ package_name?: string;
  };
 };
 /** 商品单信息 */ sub_orders: SubOrders[];
 /** 交易起始时间 @example 2019-12-31T15:59:60+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2019-12-31T15:59:60+08:00 */ time_expire?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_debit" | "balance_only">;
 /** 支付者 */ combine_payer_info?: CombinePayerInfo;
}
/** 合单下单-H5支付API: options */
export interface PostV3CombineTransactionsH5Options extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CombineTransactionsH5Body;
}
/** 合单下单-H5支付API: response body */
export interface PostV3CombineTransactionsH5Data {
 /** 支付跳转链接 */ h5_url: string;
}

/** 个人收款交易通过微信支付订单号查单: options */
export interface GetV3CombineTransactionsIdOptions extends CallOptions {
 /** 交易单微信支付订单号 @example 1217752501201407033233368018 */ combine_transaction_id: string;
}
/** 个人收款交易通过微信支付订单号查单: response body */
export interface GetV3CombineTransactionsIdData {
 /** 平台商户应用ID */ combine_appid: string;
 /** 平台商户号 */ combine_mchid: string;
 /** 交易单订单号 */ combine_out_trade_no: string;
 /** 交易单微信支付订单号 */ combine_transaction_id: string;
 /** 支付者 */ combine_payer_info?: {
  /** 用户标识 */ openid?: string;
 };
 /** 场景信息 */ scene_info?: {
  /** 商户端设备号 */ device_id?: string;
 };
 /** 商品单信息 */ sub_orders?: Array<{
  /** 商品单发起商户号 */ mchid: string;
  /** 商品单个人收款方受理授权ID */ individual_auth_id: string;
  /** 商品单个人收款方平台昵称 */ individual_name?: string;
  /** 商品单商户订单号 */ out_trade_no: string;
  /** 微信支付订单号 */ transaction_id?: string;
  /** 交易类型 */ trade_type?: string;
  /** 交易状态 */ trade_state: string;
  /** 付款银行 */ bank_type?: string;
  /** 附加数据 */ attach?: string;
  /** 支付完成时间 */ success_time?: string;
  /** 订单金额 */ amount?: {
   /** 标价金额 */ total_amount: number;
   /** 现金支付金额 */ payer_amount: number;
   /** 标价币种 */ currency: string;
   /** 现金支付币种 */ payer_currency: string;
   /** 结算汇率 */ settlement_rate?: number;
  };
 }>;
 /** 交易场景 */ trade_scenario?: "RECOMMERCE";
}

/** 合单下单-JSAPI支付API: request body */
export interface PostV3CombineTransactionsJsapiBody {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mchid: string;
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 场景信息 */ scene_info?: CombineTransactionsSceneInfo;
 /** 商品单信息 */ sub_orders: Array<{
  /** 子单商户号 @example 1900000109 */ mchid: string;
  /** 附加数据 @example 深圳分店 */ attach: string;
  /** 订单金额 */ amount: CombineTransactionsAmount;
  /** 商品单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid: string;
  /** 商品详情 @example 买单费用 */ detail?: string;
  /** 订单优惠标记 @example WXG */ goods_tag?: string;
  /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ description: string;
  /** 结算信息 */ settle_info?: SettleInfo;
  /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
  /** 是否指定分账 */ profit_sharing?: boolean;
 }>;
 /** 支付者 */ combine_payer_info: CombinePayerInfo;
 /** 交易起始时间 @example 2019-12-31T15:59:60+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2019-12-31T15:59:60+08:00 */ time_expire?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_debit" | "balance_only">;
 /** 贴息信息 */ subsidy_info?: SubsidyInfo;
}
/** 合单下单-JSAPI支付API: options */
export interface PostV3CombineTransactionsJsapiOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CombineTransactionsJsapiBody;
}
/** 合单下单-JSAPI支付API: response body */
export interface PostV3CombineTransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 个人收款交易下单-小程序: request body */
export interface PostV3CombineTransactionsMiniprogramBody {
 /** 平台商户应用ID @example wxd678efh567hg6787 */ combine_appid: string;
 /** 平台商户号 @example 1230000109 */ combine_mchid: string;
 /** 交易单订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 支付者 */ combine_payer_info: {
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 };
 /** 场景信息 */ scene_info?: {
  /** 商户端设备号 @example POS1:1 */ device_id?: string;
  /** 用户终端IP @example 127.0.0.1 */ payer_client_ip: string;
 };
 /** 商品单信息 */ sub_orders: Array<{
  /** 商品单发起商户号 @example 1230000109 */ mchid: string;
  /** 商品服务类型 */ order_service_type?: "INDIVIDUALTRADE";
  /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id: string;
  /** 商品单个人收款方平台昵称 @example 哈哈哈小店 */ individual_name?: string;
  /** 商品单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 商品单金额 */ amount: {
   /** 标价金额 @example 10 */ total_amount: number;
   /** 标价币种 @example CNY */ currency: string;
  };
  /** 附加数据 @example 深圳分店 */ attach: string;
  /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 }>;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url?: string;
 /** 交易场景 @example RECOMMERCE */ trade_scenario?: "RECOMMERCE";
}
/** 个人收款交易下单-小程序: options */
export interface PostV3CombineTransactionsMiniprogramOptions extends CallOptions {
 json: PostV3CombineTransactionsMiniprogramBody;
}
/** 个人收款交易下单-小程序: response body */
export interface PostV3CombineTransactionsMiniprogramData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 合单下单-Native支付API: request body */
export interface PostV3CombineTransactionsNativeBody {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mchid: string;
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
 /** 场景信息 */ scene_info?: CombineTransactionsSceneInfo;
 /** 商品单信息 */ sub_orders: SubOrders[];
 /** 交易起始时间 @example 2019-12-31T15:59:60+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2019-12-31T15:59:60+08:00 */ time_expire?: string;
 /** 通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_debit" | "balance_only">;
 /** 支付者 */ combine_payer_info?: CombinePayerInfo;
}
/** 合单下单-Native支付API: options */
export interface PostV3CombineTransactionsNativeOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3CombineTransactionsNativeBody;
}
/** 合单下单-Native支付API: response body */
export interface PostV3CombineTransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 合单查询订单API: options */
export interface GetV3CombineTransactionsOutTradeNoOptions extends CallOptions {
 /** 合单商户订单号 @example P20150806125346 */ combine_out_trade_no: string;
}
/** 合单查询订单API: response body */
export interface GetV3CombineTransactionsOutTradeNoData {
 /** 合单商户appid */ combine_appid: string;
 /** 合单商户号 */ combine_mchid: string;
 /** 合单商户订单号 */ combine_out_trade_no: string;
 /** 交易单微信支付订单号 */ combine_transaction_id: string;
 /** 场景信息 */ scene_info?: {
  /** 商户端设备号 */ device_id?: string;
 };
 /** 商品单信息 */ sub_orders?: Array<{
  /** 子单商户号 */ mchid: string;
  /** 商品单个人收款方受理授权ID */ individual_auth_id?: string;
  /** 商品单个人收款方平台昵称 */ individual_name?: string;
  /** 交易类型 */ trade_type?: "NATIVE" | "JSAPI" | "APP" | "MWEB";
  /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "PAYERROR";
  /** 付款银行 */ bank_type?: string;
  /** 附加数据 */ attach?: string;
  /** 支付完成时间 */ success_time?: string;
  /** 微信订单号 */ transaction_id?: string;
  /** 商品单商户订单号 */ out_trade_no: string;
  /** 二级商户号 */ sub_mchid?: string;
  /** 子商户应用ID */ sub_appid?: string;
  /** 用户子标识 */ sub_openid?: string;
  /** 优惠信息列表 */ promotion_detail?: Array<{
   /** 券ID */ coupon_id?: string;
   /** 优惠名称 */ name?: string;
   /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
   /** 优惠类型 */ type?: "CASH" | "NOCASH";
   /** 优惠券面额 */ amount?: number;
   /** 活动批次ID */ stock_id?: string;
   /** 微信出资 */ wechatpay_contribute?: number;
   /** 商户出资 */ merchant_contribute?: number;
   /** 其他出资 */ other_contribute?: number;
   /** 优惠币种 */ currency?: string;
   /** 单品列表 */ goods_detail?: Array<{
    /** 商品编码 */ goods_id: string;
    /** 商品数量 */ quantity: number;
    /** 商品单价 */ unit_price: number;
    /** 商品优惠金额 */ discount_amount?: number;
    /** 商品备注 */ goods_remark?: string;
   }>;
  }>;
  /** 订单金额 */ amount?: {
   /** 标价金额 */ total_amount: number;
   /** 标价币种 */ currency?: string;
   /** 现金支付金额 */ payer_amount: number;
   /** 现金支付币种 */ payer_currency?: string;
   /** 结算汇率 */ settlement_rate?: number;
  };
 }>;
 /** 支付者 */ combine_payer_info?: {
  /** 用户标识 */ openid: string;
 };
 /** 交易场景 */ trade_scenario?: "RECOMMERCE";
 /** 使用的商户贴息信息 */ installment_info?: {
  /** 是否使用了商户贴息 */ use_subsidy: boolean;
  /** 用户实际选择分期期数 */ selected_installment_number: number;
 };
}

/** 合单关闭订单API: request body */
export interface PostV3CombineTransactionsOutTradeNoCloseBody {
 /** 合单商户appid @example wxd678efh567hg6787 */ combine_appid: string;
 /** 商品单信息 */ sub_orders: Array<{
  /** 子单商户号 @example 1900000109 */ mchid: string;
  /** 商品单商户订单号 @example 20150806125346 */ out_trade_no: string;
  /** 商品单个人收款方受理授权ID @example 1900000109 */ individual_auth_id?: string;
  /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
  /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 }>;
}
/** 合单关闭订单API: options */
export interface PostV3CombineTransactionsOutTradeNoCloseOptions extends CallOptions {
 /** 合单商户订单号 */ combine_out_trade_no: string;
 json: PostV3CombineTransactionsOutTradeNoCloseBody;
}
/** 合单关闭订单API: response body */
export type PostV3CombineTransactionsOutTradeNoCloseData = undefined;

export interface CombineTransactionsSceneInfo {
 /** 商户端设备号 @example POS1:1 */ device_id?: string;
 /** 用户终端IP @example 14.17.22.32 */ payer_client_ip: string;
}

export interface CombineTransactionsAmount {
 /** 标价金额 @example 100 */ total_amount: number;
 /** 标价币种 @example CNY */ currency: string;
}

export interface SettleInfo {
 /** 是否指定分账 */ profit_sharing?: boolean;
 /** 补差金额 @example 10 */ subsidy_amount?: number;
}

export interface Identity {
 /** 证件类型 */ type: "IDCARD" | "HONGKONG_MACAO" | "HONGKONG_MACAO_RESIDENT" | "TAIWAN_RESIDENT" | "FOREIGN_RESIDENT" | "OVERSEA_PASSPORT" | "PHONE_NUMBER";
 /** 加密后的证件号 @example 6B46824C852FA29AAC3DCE6BFD852E27 */ number: string;
 /** 加密后的姓名 @example 6B46824C852FA29AAC3DCE6BFD852E27 */ name: string;
}

export interface SubsidyInfo {
 /** 贴息详情列表 */ subsidy_detail?: Array<{
  /** 贴息方案类型 @example PERIOD */ subsidy_period_type: "DAILY" | "PERIOD";
  /** 贴息方案列表 */ subsidy_plan: Array<{
   /** 贴息期数 @example 3 */ subsidy_installment_num: 3 | 6 | 12;
   /** 贴息比例 @example 100 */ subsidy_percent: 0 | 100;
  }>;
 }>;
}

export interface SubOrders {
 /** 子单商户号 @example 1900000109 */ mchid: string;
 /** 附加数据 @example 深圳分店 */ attach: string;
 /** 订单金额 */ amount: CombineTransactionsAmount;
 /** 商品单商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ description: string;
 /** 结算信息 */ settle_info?: SettleInfo;
 /** 子商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
}

export interface CombinePayerInfo {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 实名支付 */ identity?: Identity;
}

export interface V3CombineTransactionsNode {
 app: Open<V3CombineTransactionsAppNode>;
 h5: Open<V3CombineTransactionsH5Node>;
 id: Open<V3CombineTransactionsIdNode>;
 jsapi: Open<V3CombineTransactionsJsapiNode>;
 miniprogram: Open<V3CombineTransactionsMiniprogramNode>;
 native: Open<V3CombineTransactionsNativeNode>;
 outTradeNo: Open<V3CombineTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/combine-transactions">;
}

export interface V3CombineTransactionsAppNode {
 /**
  * 合单下单-APP支付API `POST /v3/combine-transactions/app`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_1.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012556944
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012758021
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012760622
  */
 post: Verb<PostV3CombineTransactionsAppOptions, PostV3CombineTransactionsAppData>;
 chain: ChainFrom<"v3/combine-transactions/app">;
}

export interface V3CombineTransactionsH5Node {
 /**
  * 合单下单-H5支付API `POST /v3/combine-transactions/h5`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_9.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012556961
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012758208
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012760626
  */
 post: Verb<PostV3CombineTransactionsH5Options, PostV3CombineTransactionsH5Data>;
 chain: ChainFrom<"v3/combine-transactions/h5">;
}

export interface V3CombineTransactionsIdNode {
 $combine_transaction_id$: Open<V3CombineTransactionsId_combine_transaction_id_Node>;
 _combine_transaction_id_: Open<V3CombineTransactionsId_combine_transaction_id_Node>;
 chain: ChainFrom<"v3/combine-transactions/id">;
}

export interface V3CombineTransactionsId_combine_transaction_id_Node {
 /**
  * 个人收款交易通过微信支付订单号查单 `GET /v3/combine-transactions/id/{combine_transaction_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-by-wx-trade-no.html
  */
 get: Verb<GetV3CombineTransactionsIdOptions, GetV3CombineTransactionsIdData>;
 chain: ChainFrom<"v3/combine-transactions/id/{combine_transaction_id}">;
}

export interface V3CombineTransactionsJsapiNode {
 /**
  * 合单下单-JSAPI支付API `POST /v3/combine-transactions/jsapi`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012760633
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012556926
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012757938
  */
 post: Verb<PostV3CombineTransactionsJsapiOptions, PostV3CombineTransactionsJsapiData>;
 chain: ChainFrom<"v3/combine-transactions/jsapi">;
}

export interface V3CombineTransactionsMiniprogramNode {
 /**
  * 个人收款交易下单-小程序 `POST /v3/combine-transactions/miniprogram`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/mini-program-prepay.html
  */
 post: Verb<PostV3CombineTransactionsMiniprogramOptions, PostV3CombineTransactionsMiniprogramData>;
 chain: ChainFrom<"v3/combine-transactions/miniprogram">;
}

export interface V3CombineTransactionsNativeNode {
 /**
  * 合单下单-Native支付API `POST /v3/combine-transactions/native`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_10.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012556982
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012758240
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012760629
  */
 post: Verb<PostV3CombineTransactionsNativeOptions, PostV3CombineTransactionsNativeData>;
 chain: ChainFrom<"v3/combine-transactions/native">;
}

export interface V3CombineTransactionsOutTradeNoNode {
 $combine_out_trade_no$: Open<V3CombineTransactionsOutTradeNo_combine_out_trade_no_Node>;
 _combine_out_trade_no_: Open<V3CombineTransactionsOutTradeNo_combine_out_trade_no_Node>;
 chain: ChainFrom<"v3/combine-transactions/out-trade-no">;
}

export interface V3CombineTransactionsOutTradeNo_combine_out_trade_no_Node {
 /**
  * 合单查询订单API `GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-by-out-trade-no.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_3.shtml
  * @see https://pay.weixin.qq.com/docs/partner/apis/combine-payment/orders/query-order.html
  */
 get: Verb<GetV3CombineTransactionsOutTradeNoOptions, GetV3CombineTransactionsOutTradeNoData>;
 close: Open<V3CombineTransactionsOutTradeNoCloseNode>;
 chain: ChainFrom<"v3/combine-transactions/out-trade-no/{combine_out_trade_no}">;
}

export interface V3CombineTransactionsOutTradeNoCloseNode {
 /** 合单关闭订单API `POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close` */
 post: Verb<PostV3CombineTransactionsOutTradeNoCloseOptions, PostV3CombineTransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close">;
}
