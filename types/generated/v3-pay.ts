// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 微信分付-支付方式前置服务: request body */
export interface PostV3PayAcquiringBankTransactionsExposureBody {
 /** 从业机构号 @example 1356485 */ acquiring_bank_id: string;
 /** 从业机构应用AppID @example wx8888888888888888 */ acquiring_bank_appid?: string;
 /** 特约商户号 @example 1900000109 */ merchant_id: string;
 /** 特约商户应用AppID @example wxd678efh567hg6999 */ merchant_appid?: string;
 /** 渠道商户号 @example 20001111 */ channel_id: string;
 /** 支付者 */ payer: {
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ acquiring_bank_openid?: string;
  /** 用户手机号的哈希值 @example ABDEF3445546456B */ phone_number_hash?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ merchant_openid?: string;
 };
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
}
/** 微信分付-支付方式前置服务: options */
export interface PostV3PayAcquiringBankTransactionsExposureOptions extends CallOptions {
 json: PostV3PayAcquiringBankTransactionsExposureBody;
}
/** 微信分付-支付方式前置服务: response body */
export interface PostV3PayAcquiringBankTransactionsExposureData {
 /** 是否建议曝光微信分付 */ fqf_exposure: boolean;
 /** 曝光凭证 */ market_exposure_token?: string;
}

/** 商户贴息-获取微信分付曝光建议: request body */
export interface PostV3PayInstalExposureBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 应用AppID @example wxd678efh567hg6787 */ appid: string;
 /** 用户ID的类型 @example OPENID */ user_id_type: "UNKNOWN_USER_ID_TYPE" | "OPENID" | "PHONE_NO" | "SP_OPENID" | "SUB_OPENID";
 /** 用户标识 @example 123456789 */ openid?: string;
 /** 用户手机号的十六进制字符串 @example EF879546FFFF */ phone_number_hash?: string;
}
/** 商户贴息-获取微信分付曝光建议: options */
export interface PostV3PayInstalExposureOptions extends CallOptions {
 json: PostV3PayInstalExposureBody;
}
/** 商户贴息-获取微信分付曝光建议: response body */
export interface PostV3PayInstalExposureData {
 /** 是否建议曝光微信分付 */ recommend_exposure: boolean;
}

/** 商户贴息-获取微信分付曝光建议: request body */
export interface PostV3PayInstalPartnerExposureBody {
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 服务商应用ID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户/二级商户应用ID @example wxd678efh567hg6999 */ sub_appid: string;
 /** 子商户号/二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 用户ID */ user_id?: {
  /** 用户ID的类型 @example OPENID */ user_id_type?: "UNKNOWN_USER_ID_TYPE" | "OPENID" | "PHONE_NO" | "SP_OPENID" | "SUB_OPENID";
  /** 用户服务标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
  /** 用户手机号的哈希值 @example ABDEF3445546456B */ phone_number_hash?: string;
 };
}
/** 商户贴息-获取微信分付曝光建议: options */
export interface PostV3PayInstalPartnerExposureOptions extends CallOptions {
 json: PostV3PayInstalPartnerExposureBody;
}
/** 商户贴息-获取微信分付曝光建议: response body */
export interface PostV3PayInstalPartnerExposureData {
 /** 是否建议曝光微信分付 */ recommend_exposure: boolean;
}

/** APP下单API: request body */
export interface PostV3PayPartnerTransactionsAppBody {
 /** 服务商公众号ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: PaySettleInfo;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 /** 支付者 */ payer?: PayPayer;
 /** 贴息信息 */ subsidy_info?: PaySubsidyInfo;
}
/** APP下单API: options */
export interface PostV3PayPartnerTransactionsAppOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayPartnerTransactionsAppBody;
}
/** APP下单API: response body */
export interface PostV3PayPartnerTransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** APP下单并签约: request body */
export interface PostV3PayPartnerTransactionsAppWithContractBody {
 /** 服务商应用ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户/二级商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号/二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 结算信息 */ settle_info?: {
  /** 是否指定分账 @example true */ profit_sharing?: boolean;
 };
 /** 电子发票入口开放标识 @example true */ support_fapiao?: boolean;
 /** 订单金额 */ amount: PayAmount;
 /** 优惠功能 */ detail?: PayDetail2;
 /** 场景信息 */ scene_info?: PaySceneInfo2;
 /** 签约授权信息 */ contract_info: PayContractInfo;
}
/** APP下单并签约: options */
export interface PostV3PayPartnerTransactionsAppWithContractOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsAppWithContractBody;
}
/** APP下单并签约: response body */
export interface PostV3PayPartnerTransactionsAppWithContractData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 付款码支付: request body */
export interface PostV3PayPartnerTransactionsCodepayBody {
 /** 合作伙伴应用AppID @example wxd678efh567hg6787 */ sp_appid?: string;
 /** 合作伙伴商户号 @example 1230000109 */ sp_mchid: string;
 /** 特约商户应用AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 特约商户商户号 @example 1230000109 */ sub_mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 附加数据 @example 自定义数据说明 */ attach?: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 @example false */ support_fapiao?: boolean;
 /** 支付者 */ payer: {
  /** 授权码 @example 130061098828009406 */ auth_code: string;
 };
 /** 订单金额 */ amount: PayAmount;
 /** 场景信息 */ scene_info: PaySceneInfo3;
 /** 优惠功能 */ detail?: PayDetail3;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
}
/** 付款码支付: options */
export interface PostV3PayPartnerTransactionsCodepayOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsCodepayBody;
}
/** 付款码支付: response body */
export interface PostV3PayPartnerTransactionsCodepayData {
 /** 合作伙伴应用AppID */ sp_appid?: string;
 /** 合作伙伴商户号 */ sp_mchid: string;
 /** 特约商户应用AppID */ sub_appid?: string;
 /** 特约商户商户号 */ sub_mchid: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: string;
 /** 银行类型 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 附加数据 */ attach?: string;
 /** 支付者 */ payer?: {
  /** 合作伙伴用户标识 */ sp_openid?: string;
  /** 特约商户用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount?: PayAmount2;
 /** 优惠信息 */ promotion_detail?: PayPromotionDetail[];
}

/** 微信分付-支付方式前置服务: request body */
export interface PostV3PayPartnerTransactionsExposureBody {
 /** 服务商应用ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户/二级商户应用ID @example wxd678efh567hg6999 */ sub_appid: string;
 /** 子商户号/二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 支付者 */ payer: {
  /** 用户服务商标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
  /** 用户手机号的哈希值 @example ABDEF3445546456B */ phone_number_hash?: string;
  /** 用户子商户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 };
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
}
/** 微信分付-支付方式前置服务: options */
export interface PostV3PayPartnerTransactionsExposureOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsExposureBody;
}
/** 微信分付-支付方式前置服务: response body */
export interface PostV3PayPartnerTransactionsExposureData {
 /** 是否建议曝光微信分付 */ fqf_exposure: boolean;
 /** 曝光凭证 */ market_exposure_token?: string;
}

/** H5下单API: request body */
export interface PostV3PayPartnerTransactionsH5Body {
 /** 服务商公众号ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: PaySettleInfo;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 scene_info: PaySceneInfo4;
 /** 支付者 */ payer?: PayPayer;
}
/** H5下单API: options */
export interface PostV3PayPartnerTransactionsH5Options extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayPartnerTransactionsH5Body;
}
/** H5下单API: response body */
export interface PostV3PayPartnerTransactionsH5Data {
 /** 支付跳转链接 */ h5_url: string;
}

/** 微信支付订单号查询: options */
export interface GetV3PayPartnerTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 服务商户号 @example 1230000109 */ sp_mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 微信支付订单号查询: response body */
export interface GetV3PayPartnerTransactionsIdData {
 /** 服务商公众号ID */ sp_appid: string;
 /** 服务商户号 */ sp_mchid: string;
 /** 子商户公众号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: {
  /** 是否指定分账 */ profit_sharing?: boolean;
  /** 补差金额 */ subsidy_amount?: number;
 };
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
 /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 商品描述 */ description: string;
 /** 附加数据 */ attach?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 用户支付金额 */ amount: PayAmount3;
 /** 交易结束时间 */ time_expire?: string;
 /** 通知地址 */ notify_url: string;
 /** 订单优惠标记 */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail4;
 /** 场景信息 */ scene_info?: PaySceneInfo5;
 /** 支付者 */ payer?: {
  /** 用户服务标识 */ sp_openid: string;
  /** 用户子标识 */ sub_openid?: string;
 };
}

/** JSAPI下单API: request body */
export interface PostV3PayPartnerTransactionsJsapiBody {
 /** 服务商公众号ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: PaySettleInfo;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 payer: {
  /** 用户服务标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
  /** 实名支付 */ identity?: PayIdentity;
 };
 /** 贴息信息 */ subsidy_info?: PaySubsidyInfo;
}
/** JSAPI下单API: options */
export interface PostV3PayPartnerTransactionsJsapiOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayPartnerTransactionsJsapiBody;
}
/** JSAPI下单API: response body */
export interface PostV3PayPartnerTransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** JSAPI下单并授权/签约: request body */
export interface PostV3PayPartnerTransactionsJsapiWithContractBody {
 /** 服务商应用ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户/二级商户应用ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号/二级商户号 @example 1900000109 */ sub_mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 结算信息 */ settle_info?: {
  /** 是否指定分账 @example true */ profit_sharing?: boolean;
 };
 /** 电子发票入口开放标识 @example true */ support_fapiao?: boolean;
 /** 订单金额 */ amount: PayAmount;
 /** 支付者 */ payer: {
  /** 用户服务标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 };
 /** 优惠功能 */ detail?: PayDetail2;
 /** 场景信息 */ scene_info?: PaySceneInfo2;
 /** 签约授权信息 */ contract_info: {
  /** 免密协议ID @example 201710180325670965 */ password_free_contract_id?: string;
  /** 扣费服务预授权token @example 201710180325670965 */ token?: string;
  /** 模板ID @example 3484306348 */ plan_id?: string;
  /** 签约商户号 @example 1200009811 */ contract_mchid?: string;
  /** 签约AppID @example wxcbda96de0b165486 */ contract_appid?: string;
  /** 签约协议号 @example 100001256 */ contract_code?: string;
  /** 请求序列号 @example 1695 */ request_serial?: string;
  /** 用户账户展示名称 @example 123456 */ contract_display_account?: string;
  /** 签约信息通知URL @example https://yoursite.com */ contract_notify_url?: string;
 };
}
/** JSAPI下单并授权/签约: options */
export interface PostV3PayPartnerTransactionsJsapiWithContractOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsJsapiWithContractBody;
}
/** JSAPI下单并授权/签约: response body */
export interface PostV3PayPartnerTransactionsJsapiWithContractData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 小程序支付下单: request body */
export interface PostV3PayPartnerTransactionsMiniprogramBody {
 /** 服务商公众号ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 订单金额 */ amount: PayAmount;
 /** 支付者 */ payer: PayPayer2;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: {
  /** 用户终端IP @example 14.23.150.211 */ payer_client_ip?: string;
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户门店信息 */ store_info?: {
   /** 门店编号 @example 0001 */ id?: string;
   /** 商家自定义编码 @example example_out_id */ out_id?: string;
  };
 };
 /** 结算信息 */ settle_info?: {
  /** 是否指定分账 */ profit_sharing?: boolean;
 };
}
/** 小程序支付下单: options */
export interface PostV3PayPartnerTransactionsMiniprogramOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsMiniprogramBody;
}
/** 小程序支付下单: response body */
export interface PostV3PayPartnerTransactionsMiniprogramData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** Native下单API: request body */
export interface PostV3PayPartnerTransactionsNativeBody {
 /** 服务商公众号ID @example wx8888888888888888 */ sp_appid: string;
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户公众号ID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: PaySettleInfo;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 /** 支付者 */ payer?: PayPayer;
}
/** Native下单API: options */
export interface PostV3PayPartnerTransactionsNativeOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayPartnerTransactionsNativeBody;
}
/** Native下单API: response body */
export interface PostV3PayPartnerTransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 商户订单号查询: options */
export interface GetV3PayPartnerTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 服务商户号 @example 1230000109 */ sp_mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 商户订单号查询: response body */
export interface GetV3PayPartnerTransactionsOutTradeNoData {
 /** 服务商公众号ID */ sp_appid: string;
 /** 服务商户号 */ sp_mchid: string;
 /** 子商户公众号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mchid: string;
 /** 结算信息 */ settle_info?: {
  /** 是否指定分账 */ profit_sharing?: boolean;
  /** 补差金额 */ subsidy_amount?: number;
 };
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
 /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 商品描述 */ description: string;
 /** 附加数据 */ attach?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 用户支付金额 */ amount: PayAmount3;
 /** 交易结束时间 */ time_expire?: string;
 /** 通知地址 */ notify_url: string;
 /** 订单优惠标记 */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail4;
 /** 场景信息 */ scene_info?: PaySceneInfo5;
 /** 支付者 */ payer?: {
  /** 用户服务标识 */ sp_openid: string;
  /** 用户子标识 */ sub_openid?: string;
 };
 /** 使用的商户贴息信息 */ installment_info?: {
  /** 是否使用了商户贴息 */ use_subsidy: boolean;
  /** 用户实际选择分期期数 */ selected_installment_number: number;
 };
}

/** 关单API: request body */
export interface PostV3PayPartnerTransactionsOutTradeNoCloseBody {
 /** 服务商户号 @example 1230000109 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 关单API: options */
export interface PostV3PayPartnerTransactionsOutTradeNoCloseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3PayPartnerTransactionsOutTradeNoCloseBody;
}
/** 关单API: response body */
export type PostV3PayPartnerTransactionsOutTradeNoCloseData = undefined;

/** 撤销: request body */
export interface PostV3PayPartnerTransactionsOutTradeNoReverseBody {
 /** 合作伙伴应用AppID @example wxd678efh567hg6787 */ sp_appid?: string;
 /** 合作伙伴商户号 @example 1230000109 */ sp_mchid: string;
 /** 特约商户应用AppID @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 特约商户商户号 @example 1230000109 */ sub_mchid: string;
}
/** 撤销: options */
export interface PostV3PayPartnerTransactionsOutTradeNoReverseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3PayPartnerTransactionsOutTradeNoReverseBody;
}
/** 撤销: response body */
export interface PostV3PayPartnerTransactionsOutTradeNoReverseData {
 /** 合作伙伴应用AppID */ sp_appid?: string;
 /** 合作伙伴商户号 */ sp_mchid: string;
 /** 特约商户应用AppID */ sub_appid?: string;
 /** 特约商户商户号 */ sub_mchid: string;
 /** 商户订单号 */ out_trade_no: string;
}

/** 扫码支付下单: request body */
export interface PostV3PayPartnerTransactionsScannedposBody {
 /** 合作伙伴应用AppID @example wx8888888888888888 */ sp_appid?: string;
 /** 合作伙伴商户号 @example 1230000109 */ sp_mchid: string;
 /** 特约商户应用AppID @example wxd678efh567hg6999 */ sub_appid?: string;
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 @example true */ support_fapiao?: boolean;
 /** 订单金额 */ amount: {
  /** 总金额 @example 888 */ total: number;
  /** 货币类型 @example CNY */ currency?: string;
 };
 /** 支付者 */ payer: PayPayer2;
 /** 优惠功能 */ detail?: {
  /** 订单原价 @example 1 */ cost_price?: number;
  /** 商品小票 ID @example wx123 */ invoice_id?: string;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 @example 由半角的大小写字母、数字、中划线、下划线中的一种或几种组成 */ merchant_goods_id: string;
   /** 微信侧商品编码 @example 微信支付定义的统一商品编号（没有可不传） */ wechatpay_goods_id?: string;
   /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
   /** 商品数量 @example 1 */ quantity: number;
   /** 商品单价 @example 528800 */ unit_price: number;
  }>;
 };
 /** 场景信息 */ scene_info: {
  /** 用户终端IP @example 14.23.150.211 */ payer_client_ip: string;
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户门店信息 */ store_info: {
   /** 门店ID @example 0001 */ id?: string;
   /** 商家自定义编码 @example example_out_id */ out_id?: string;
  };
 };
 /** 结算信息 */ settle_info?: PaySettleInfo2;
}
/** 扫码支付下单: options */
export interface PostV3PayPartnerTransactionsScannedposOptions extends CallOptions {
 json: PostV3PayPartnerTransactionsScannedposBody;
}
/** 扫码支付下单: response body */
export interface PostV3PayPartnerTransactionsScannedposData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** APP下单API: request body */
export interface PostV3PayTransactionsAppBody {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 /** 支付者 */ payer?: PayPayer;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
 /** 贴息信息 */ subsidy_info?: PaySubsidyInfo;
}
/** APP下单API: options */
export interface PostV3PayTransactionsAppOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayTransactionsAppBody;
}
/** APP下单API: response body */
export interface PostV3PayTransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** APP下单并签约: request body */
export interface PostV3PayTransactionsAppWithContractBody {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据说明 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 @example false */ support_fapiao?: boolean;
 /** 订单金额 */ amount: PayAmount;
 /** 优惠功能 */ detail?: PayDetail2;
 /** 场景信息 */ scene_info?: PaySceneInfo2;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
 /** 签约授权信息 */ contract_info: PayContractInfo;
}
/** APP下单并签约: options */
export interface PostV3PayTransactionsAppWithContractOptions extends CallOptions {
 json: PostV3PayTransactionsAppWithContractBody;
}
/** APP下单并签约: response body */
export interface PostV3PayTransactionsAppWithContractData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 付款码支付: request body */
export interface PostV3PayTransactionsCodepayBody {
 /** 应用AppID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 附加数据 @example 自定义数据说明 */ attach?: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 @example false */ support_fapiao?: boolean;
 /** 支付者 */ payer: {
  /** 授权码 @example 130061098828009406 */ auth_code: string;
 };
 /** 订单金额 */ amount: PayAmount;
 /** 场景信息 */ scene_info: PaySceneInfo3;
 /** 优惠功能 */ detail?: PayDetail3;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
}
/** 付款码支付: options */
export interface PostV3PayTransactionsCodepayOptions extends CallOptions {
 json: PostV3PayTransactionsCodepayBody;
}
/** 付款码支付: response body */
export interface PostV3PayTransactionsCodepayData {
 /** 应用AppID */ appid?: string;
 /** 直连商户号 */ mchid: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: string;
 /** 银行类型 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 附加数据 */ attach?: string;
 /** 支付者 */ payer?: {
  /** 用户标识 */ openid?: string;
 };
 /** 订单金额 */ amount?: PayAmount2;
 /** 优惠信息 */ promotion_detail?: PayPromotionDetail[];
}

/** 微信分付-支付方式前置服务: request body */
export interface PostV3PayTransactionsExposureBody {
 /** 直连商户号 @example 1230000109 */ mchid?: string;
 /** 应用AppID @example wxd678efh567hg6787 */ appid: string;
 /** 支付者 */ payer: {
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
  /** 用户手机号的哈希值 @example ABDEF3445546456B */ phone_number_hash?: string;
 };
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
}
/** 微信分付-支付方式前置服务: options */
export interface PostV3PayTransactionsExposureOptions extends CallOptions {
 json: PostV3PayTransactionsExposureBody;
}
/** 微信分付-支付方式前置服务: response body */
export interface PostV3PayTransactionsExposureData {
 /** 是否建议曝光微信分付 */ fqf_exposure: boolean;
 /** 曝光凭证 */ market_exposure_token?: string;
}

/** H5下单API: request body */
export interface PostV3PayTransactionsH5Body {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 scene_info: PaySceneInfo4;
 /** 支付者 */ payer?: PayPayer;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
}
/** H5下单API: options */
export interface PostV3PayTransactionsH5Options extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayTransactionsH5Body;
}
/** H5下单API: response body */
export interface PostV3PayTransactionsH5Data {
 /** 支付跳转链接 */ h5_url: string;
}

/** 微信支付订单号查询: options */
export interface GetV3PayTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 直连商户号 @example 1230000109 */ mchid: string;
 };
}
/** 微信支付订单号查询: response body */
export interface GetV3PayTransactionsIdData {
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
 /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 公众号ID */ appid: string;
 /** 直连商户号 */ mchid: string;
 /** 商品描述 */ description: string;
 /** 附加数据 */ attach?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 订单金额 */ amount: {
  /** 总金额 */ total: number;
  /** 货币类型 */ currency?: string;
 };
 /** 交易结束时间 */ time_expire?: string;
 /** 通知地址 */ notify_url: string;
 /** 订单优惠标记 */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail4;
 /** 场景信息 */ scene_info?: PaySceneInfo5;
}

/** JSAPI下单API: request body */
export interface PostV3PayTransactionsJsapiBody {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 payer: {
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
  /** 实名支付 */ identity?: PayIdentity;
 };
 /** 结算信息 */ settle_info?: PaySettleInfo2;
 /** 贴息信息 */ subsidy_info?: PaySubsidyInfo;
}
/** JSAPI下单API: options */
export interface PostV3PayTransactionsJsapiOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayTransactionsJsapiBody;
}
/** JSAPI下单API: response body */
export interface PostV3PayTransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** JSAPI下单并授权/签约: request body */
export interface PostV3PayTransactionsJsapiWithContractBody {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 附加数据 @example 自定义数据说明 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 电子发票入口开放标识 @example false */ support_fapiao?: boolean;
 /** 订单金额 */ amount: PayAmount;
 /** 支付者 */ payer: {
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 };
 /** 优惠功能 */ detail?: PayDetail2;
 /** 场景信息 */ scene_info?: PaySceneInfo2;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
 /** 签约授权信息 */ contract_info: {
  /** 扣费服务预授权token @example 201710180325670965 */ token?: string;
  /** 免密协议ID @example 201710180325670965 */ password_free_contract_id?: string;
  /** 模板ID @example 3484306348 */ plan_id?: string;
  /** 签约商户号 @example 1200009811 */ contract_mchid?: string;
  /** 签约AppID @example wxcbda96de0b165486 */ contract_appid?: string;
  /** 签约协议号 @example 100001256 */ contract_code?: string;
  /** 请求序列号 @example 1695 */ request_serial?: string;
  /** 用户账户展示名称 @example 123456 */ contract_display_account?: string;
  /** 签约信息通知URL @example https://yoursite.com */ contract_notify_url?: string;
 };
}
/** JSAPI下单并授权/签约: options */
export interface PostV3PayTransactionsJsapiWithContractOptions extends CallOptions {
 json: PostV3PayTransactionsJsapiWithContractBody;
}
/** JSAPI下单并授权/签约: response body */
export interface PostV3PayTransactionsJsapiWithContractData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** Native下单API: request body */
export interface PostV3PayTransactionsNativeBody {
 /** 公众号ID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 商品描述 @example Image形象店-深圳腾大-QQ公仔 */ description: string;
 /** 附加数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 */ amount: PayAmount;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail;
 /** 场景信息 */ scene_info?: PaySceneInfo;
 /** 支付者 */ payer?: PayPayer;
 /** 结算信息 */ settle_info?: PaySettleInfo2;
}
/** Native下单API: options */
export interface PostV3PayTransactionsNativeOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3PayTransactionsNativeBody;
}
/** Native下单API: response body */
export interface PostV3PayTransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 商户订单号查询: options */
export interface GetV3PayTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 直连商户号 @example 1230000109 */ mchid: string;
 };
}
/** 商户订单号查询: response body */
export interface GetV3PayTransactionsOutTradeNoData {
 /** 微信支付订单号 */ transaction_id?: string;
 /** 交易类型 */ trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
 /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 付款银行 */ bank_type?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 公众号ID */ appid: string;
 /** 直连商户号 */ mchid: string;
 /** 商品描述 */ description: string;
 /** 附加数据 */ attach?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 用户支付金额 */ amount: PayAmount3;
 /** 交易结束时间 */ time_expire?: string;
 /** 通知地址 */ notify_url: string;
 /** 订单优惠标记 */ goods_tag?: string;
 /** 指定支付方式 */ limit_pay?: Array<"no_balance" | "no_credit" | "no_debit" | "balance_only">;
 /** 电子发票入口开放标识 */ support_fapiao?: boolean;
 /** 优惠功能 */ detail?: PayDetail4;
 /** 场景信息 */ scene_info?: PaySceneInfo5;
 /** 支付者 */ payer?: {
  /** 用户标识 */ openid: string;
 };
 /** 使用的商户贴息信息 */ installment_info?: {
  /** 是否使用了商户贴息 */ use_subsidy: boolean;
  /** 用户实际选择分期期数 */ selected_installment_number: number;
 };
}

/** 关单API: request body */
export interface PostV3PayTransactionsOutTradeNoCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
}
/** 关单API: options */
export interface PostV3PayTransactionsOutTradeNoCloseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3PayTransactionsOutTradeNoCloseBody;
}
/** 关单API: response body */
export type PostV3PayTransactionsOutTradeNoCloseData = undefined;

/** 撤销: request body */
export interface PostV3PayTransactionsOutTradeNoReverseBody {
 /** 应用AppID @example wxd678efh567hg6787 */ appid: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
}
/** 撤销: options */
export interface PostV3PayTransactionsOutTradeNoReverseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3PayTransactionsOutTradeNoReverseBody;
}
/** 撤销: response body */
export interface PostV3PayTransactionsOutTradeNoReverseData {
 /** 应用AppID */ appid?: string;
 /** 直连商户号 */ mchid: string;
 /** 商户订单号 */ out_trade_no: string;
}

export interface PaySettleInfo {
 /** 是否指定分账 */ profit_sharing?: boolean;
 /** 补差金额 @example 10 */ subsidy_amount?: number;
}

export interface PayAmount {
 /** 总金额 @example 100 */ total: number;
 /** 货币类型 @example CNY */ currency?: string;
}

export interface PayDetail {
 /** 订单原价 @example 608800 */ cost_price?: number;
 /** 商品小票ID @example 微信123 */ invoice_id?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商户侧商品编码 @example 商品编码 */ merchant_goods_id: string;
  /** 微信侧商品编码 @example 1001 */ wechatpay_goods_id?: string;
  /** 商品名称 @example iPhoneX 256G */ goods_name?: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 828800 */ unit_price: number;
 }>;
}

export interface PaySceneInfo {
 /** 用户终端IP @example 14.23.150.211 */ payer_client_ip?: string;
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户门店信息 */ store_info?: {
  /** 门店编号 @example 0001 */ id?: string;
  /** 门店名称 @example 腾讯大厦分店 */ name: string;
  /** 地区编码 @example 440305 */ area_code: string;
  /** 详细地址 @example 广东省深圳市南山区科技中一道10000号 */ address: string;
 };
}

export interface PayPayer {
 /** 实名支付 */ identity?: PayIdentity;
}

export interface PayIdentity {
 /** 证件类型 */ type: "IDCARD" | "HONGKONG_MACAO" | "HONGKONG_MACAO_RESIDENT" | "TAIWAN_RESIDENT" | "FOREIGN_RESIDENT" | "OVERSEA_PASSPORT" | "PHONE_NUMBER";
 /** 加密后的证件号 @example 6B46824C852FA29AAC3DCE6BFD852E27 */ number: string;
 /** 加密后的姓名 @example 6B46824C852FA29AAC3DCE6BFD852E27 */ name: string;
}

export interface PaySubsidyInfo {
 /** 贴息详情列表 */ subsidy_detail?: Array<{
  /** 贴息方案类型 @example PERIOD */ subsidy_period_type: "DAILY" | "PERIOD";
  /** 贴息方案列表 */ subsidy_plan: Array<{
   /** 贴息期数 @example 3 */ subsidy_installment_num: 3 | 6 | 12;
   /** 贴息比例 @example 100 */ subsidy_percent: 0 | 100;
  }>;
 }>;
}

export interface PayDetail2 {
 /** 订单原价 @example 608800 */ cost_price?: number;
 /** 商品小票ID @example 微信123 */ invoice_id?: string;
 /** 单品列表 */ goods_detail: Array<{
  /** 商户侧商品编码 @example 1246464644 */ merchant_goods_id: string;
  /** 微信支付商品编码 @example 1001 */ wechatpay_goods_id?: string;
  /** 商品名称 @example iPhoneX 256G */ goods_name?: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 528800 */ unit_price: number;
 }>;
}

export interface PaySceneInfo2 {
 /** 用户终端IP @example 14.23.150.211 */ payer_client_ip: string;
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户门店信息 */ store_info?: {
  /** 门店编号 @example 0001 */ id?: string;
  /** 门店名称 @example 腾讯大厦分店 */ name?: string;
  /** 地区编码 @example 440305 */ area_code?: string;
  /** 详细地址 @example 广东省深圳市南山区科技中一道10000号 */ address?: string;
 };
}

export interface PayContractInfo {
 /** 模板ID @example 3484306348 */ plan_id: string;
 /** 签约商户号 @example 1200009811 */ contract_mchid: string;
 /** 签约AppID @example wxcbda96de0b165486 */ contract_appid: string;
 /** 签约协议号 @example 100001256 */ contract_code: string;
 /** 请求序列号 @example 1695 */ request_serial: string;
 /** 用户账户展示名称 @example 123456 */ contract_display_account: string;
 /** 签约信息通知URL @example https://yoursite.com */ contract_notify_url?: string;
}

export interface PaySceneInfo3 {
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户端设备 IP @example 128.0.0.1 */ device_ip?: string;
 /** 商户门店信息 */ store_info: {
  /** 门店编号 @example 0001 */ id?: string;
  /** 商家自定义编码 @example A1111 */ out_id?: string;
 };
}

export interface PayDetail3 {
 /** 订单原价 @example 608800 */ cost_price?: number;
 /** 商品小票ID @example 微信123 */ invoice_id?: string;
 /** 单品列表 */ goods_detail: Array<{
  /** 商品编码 @example 1246464644 */ merchant_goods_id: string;
  /** 微信支付商品编码 @example 1001 */ wxpay_goods_id?: string;
  /** 商品名称 @example iPhoneX 256G */ goods_name?: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 528800 */ unit_price: number;
 }>;
}

export interface PaySettleInfo2 {
 /** 是否指定分账 @example false */ profit_sharing?: boolean;
}

export interface PayAmount2 {
 /** 订单金额 */ total: number;
 /** 用户支付金额 */ payer_total?: number;
 /** 订单金额货币类型 */ currency?: string;
 /** 用户支付货币类型 */ payer_currency?: string;
}

export interface PayPromotionDetail {
 /** 券ID */ coupon_id: string;
 /** 优惠名称 */ name?: string;
 /** 优惠范围 */ scope?: string;
 /** 优惠类型 */ type?: string;
 /** 优惠券面额 */ amount: number;
 /** 活动ID */ stock_id?: string;
 /** 微信出资 */ wechatpay_contribute?: number;
 /** 商户出资 */ merchant_contribute?: number;
 /** 其他出资 */ other_contribute?: number;
 /** 优惠货币类型 */ currency?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商品编码 */ goods_id: string;
  /** 商品数量 */ quantity: number;
  /** 商品单价 */ unit_price: number;
  /** 商品优惠金额 */ discount_amount: number;
  /** 商品备注 */ goods_remark?: string;
 }>;
}

export interface PaySceneInfo4 {
 /** H5场景信息 */ h5_info?: {
  /** 场景类型 @example iOSAndroidWap */ type?: string;
  /** 应用名称 @example 王者荣耀 */ app_name?: string;
  /** 网站URL @example https://pay.qq.com */ app_url?: string;
  /** iOS平台BundleID @example com.tencent.wzryiOS */ bundle_id?: string;
  /** Android平台PackageName @example com.tencent.tmgp.sgame */ package_name?: string;
 };
}

export interface PayAmount3 {
 /** 用户支付金额 */ payer_total: number;
 /** 用户支付币种 */ payer_currency?: string;
}

export interface PayDetail4 {
 /** 订单原价 */ cost_price?: number;
 /** 商品小票ID */ invoice_id?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商户侧商品编码 */ merchant_goods_id: string;
  /** 微信侧商品编码 */ wechatpay_goods_id?: string;
  /** 商品名称 */ goods_name?: string;
  /** 商品数量 */ quantity: number;
  /** 商品单价 */ unit_price: number;
 }>;
}

export interface PaySceneInfo5 {
 /** 用户终端IP */ payer_client_ip?: string;
 /** 商户端设备号 */ device_id?: string;
 /** 商户门店信息 */ store_info?: {
  /** 门店编号 */ id?: string;
  /** 门店名称 */ name: string;
  /** 地区编码 */ area_code: string;
  /** 详细地址 */ address: string;
 };
}

export interface PayPayer2 {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}

export interface V3PayNode {
 acquiringBank: Open<V3PayAcquiringBankNode>;
 instal: Open<V3PayInstalNode>;
 partner: Open<V3PayPartnerNode>;
 transactions: Open<V3PayTransactionsNode>;
 chain: ChainFrom<"v3/pay">;
}

export interface V3PayAcquiringBankNode {
 transactions: Open<V3PayAcquiringBankTransactionsNode>;
 chain: ChainFrom<"v3/pay/acquiring-bank">;
}

export interface V3PayAcquiringBankTransactionsNode {
 exposure: Open<V3PayAcquiringBankTransactionsExposureNode>;
 chain: ChainFrom<"v3/pay/acquiring-bank/transactions">;
}

export interface V3PayAcquiringBankTransactionsExposureNode {
 /** 微信分付-支付方式前置服务 `POST /v3/pay/acquiring-bank/transactions/exposure` */
 post: Verb<PostV3PayAcquiringBankTransactionsExposureOptions, PostV3PayAcquiringBankTransactionsExposureData>;
 chain: ChainFrom<"v3/pay/acquiring-bank/transactions/exposure">;
}

export interface V3PayInstalNode {
 exposure: Open<V3PayInstalExposureNode>;
 partner: Open<V3PayInstalPartnerNode>;
 chain: ChainFrom<"v3/pay/instal">;
}

export interface V3PayInstalExposureNode {
 /** 商户贴息-获取微信分付曝光建议 `POST /v3/pay/instal/exposure` */
 post: Verb<PostV3PayInstalExposureOptions, PostV3PayInstalExposureData>;
 chain: ChainFrom<"v3/pay/instal/exposure">;
}

export interface V3PayInstalPartnerNode {
 exposure: Open<V3PayInstalPartnerExposureNode>;
 chain: ChainFrom<"v3/pay/instal/partner">;
}

export interface V3PayInstalPartnerExposureNode {
 /** 商户贴息-获取微信分付曝光建议 `POST /v3/pay/instal/partner/exposure` */
 post: Verb<PostV3PayInstalPartnerExposureOptions, PostV3PayInstalPartnerExposureData>;
 chain: ChainFrom<"v3/pay/instal/partner/exposure">;
}

export interface V3PayPartnerNode {
 transactions: Open<V3PayPartnerTransactionsNode>;
 chain: ChainFrom<"v3/pay/partner">;
}

export interface V3PayPartnerTransactionsNode {
 app: Open<V3PayPartnerTransactionsAppNode>;
 appWithContract: Open<V3PayPartnerTransactionsAppWithContractNode>;
 codepay: Open<V3PayPartnerTransactionsCodepayNode>;
 exposure: Open<V3PayPartnerTransactionsExposureNode>;
 h5: Open<V3PayPartnerTransactionsH5Node>;
 id: Open<V3PayPartnerTransactionsIdNode>;
 jsapi: Open<V3PayPartnerTransactionsJsapiNode>;
 jsapiWithContract: Open<V3PayPartnerTransactionsJsapiWithContractNode>;
 miniprogram: Open<V3PayPartnerTransactionsMiniprogramNode>;
 native: Open<V3PayPartnerTransactionsNativeNode>;
 outTradeNo: Open<V3PayPartnerTransactionsOutTradeNoNode>;
 scannedpos: Open<V3PayPartnerTransactionsScannedposNode>;
 chain: ChainFrom<"v3/pay/partner/transactions">;
}

export interface V3PayPartnerTransactionsAppNode {
 /**
  * APP下单API `POST /v3/pay/partner/transactions/app`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_1.shtml
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012523526
  */
 post: Verb<PostV3PayPartnerTransactionsAppOptions, PostV3PayPartnerTransactionsAppData>;
 chain: ChainFrom<"v3/pay/partner/transactions/app">;
}

export interface V3PayPartnerTransactionsAppWithContractNode {
 /** APP下单并签约 `POST /v3/pay/partner/transactions/app-with-contract` */
 post: Verb<PostV3PayPartnerTransactionsAppWithContractOptions, PostV3PayPartnerTransactionsAppWithContractData>;
 chain: ChainFrom<"v3/pay/partner/transactions/app-with-contract">;
}

export interface V3PayPartnerTransactionsCodepayNode {
 /**
  * 付款码支付 `POST /v3/pay/partner/transactions/codepay`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-code-pay.html
  */
 post: Verb<PostV3PayPartnerTransactionsCodepayOptions, PostV3PayPartnerTransactionsCodepayData>;
 chain: ChainFrom<"v3/pay/partner/transactions/codepay">;
}

export interface V3PayPartnerTransactionsExposureNode {
 /** 微信分付-支付方式前置服务 `POST /v3/pay/partner/transactions/exposure` */
 post: Verb<PostV3PayPartnerTransactionsExposureOptions, PostV3PayPartnerTransactionsExposureData>;
 chain: ChainFrom<"v3/pay/partner/transactions/exposure">;
}

export interface V3PayPartnerTransactionsH5Node {
 /**
  * H5下单API `POST /v3/pay/partner/transactions/h5`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_4.shtml
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012523544
  */
 post: Verb<PostV3PayPartnerTransactionsH5Options, PostV3PayPartnerTransactionsH5Data>;
 chain: ChainFrom<"v3/pay/partner/transactions/h5">;
}

export interface V3PayPartnerTransactionsIdNode {
 $transaction_id$: Open<V3PayPartnerTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3PayPartnerTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/pay/partner/transactions/id">;
}

export interface V3PayPartnerTransactionsId_transaction_id_Node {
 /** 微信支付订单号查询 `GET /v3/pay/partner/transactions/id/{transaction_id}` */
 get: Verb<GetV3PayPartnerTransactionsIdOptions, GetV3PayPartnerTransactionsIdData>;
 chain: ChainFrom<"v3/pay/partner/transactions/id/{transaction_id}">;
}

export interface V3PayPartnerTransactionsJsapiNode {
 /**
  * JSAPI下单API `POST /v3/pay/partner/transactions/jsapi`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_2.shtml
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012523579
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012523593
  */
 post: Verb<PostV3PayPartnerTransactionsJsapiOptions, PostV3PayPartnerTransactionsJsapiData>;
 chain: ChainFrom<"v3/pay/partner/transactions/jsapi">;
}

export interface V3PayPartnerTransactionsJsapiWithContractNode {
 /** JSAPI下单并授权/签约 `POST /v3/pay/partner/transactions/jsapi-with-contract` */
 post: Verb<PostV3PayPartnerTransactionsJsapiWithContractOptions, PostV3PayPartnerTransactionsJsapiWithContractData>;
 chain: ChainFrom<"v3/pay/partner/transactions/jsapi-with-contract">;
}

export interface V3PayPartnerTransactionsMiniprogramNode {
 /** 小程序支付下单 `POST /v3/pay/partner/transactions/miniprogram` */
 post: Verb<PostV3PayPartnerTransactionsMiniprogramOptions, PostV3PayPartnerTransactionsMiniprogramData>;
 chain: ChainFrom<"v3/pay/partner/transactions/miniprogram">;
}

export interface V3PayPartnerTransactionsNativeNode {
 /**
  * Native下单API `POST /v3/pay/partner/transactions/native`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_3.shtml
  * @see https://pay.weixin.qq.com/doc/v3/partner/4012523551
  */
 post: Verb<PostV3PayPartnerTransactionsNativeOptions, PostV3PayPartnerTransactionsNativeData>;
 chain: ChainFrom<"v3/pay/partner/transactions/native">;
}

export interface V3PayPartnerTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3PayPartnerTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3PayPartnerTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/pay/partner/transactions/out-trade-no">;
}

export interface V3PayPartnerTransactionsOutTradeNo_out_trade_no_Node {
 /** 商户订单号查询 `GET /v3/pay/partner/transactions/out-trade-no/{out_trade_no}` */
 get: Verb<GetV3PayPartnerTransactionsOutTradeNoOptions, GetV3PayPartnerTransactionsOutTradeNoData>;
 close: Open<V3PayPartnerTransactionsOutTradeNoCloseNode>;
 reverse: Open<V3PayPartnerTransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"v3/pay/partner/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3PayPartnerTransactionsOutTradeNoCloseNode {
 /** 关单API `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close` */
 post: Verb<PostV3PayPartnerTransactionsOutTradeNoCloseOptions, PostV3PayPartnerTransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close">;
}

export interface V3PayPartnerTransactionsOutTradeNoReverseNode {
 /**
  * 撤销 `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-reverse.html
  */
 post: Verb<PostV3PayPartnerTransactionsOutTradeNoReverseOptions, PostV3PayPartnerTransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse">;
}

export interface V3PayPartnerTransactionsScannedposNode {
 /**
  * 扫码支付下单 `POST /v3/pay/partner/transactions/scannedpos`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-scannedpos-payment/partner-ap-iv3/parner-scanned-pos-prepay.html
  */
 post: Verb<PostV3PayPartnerTransactionsScannedposOptions, PostV3PayPartnerTransactionsScannedposData>;
 chain: ChainFrom<"v3/pay/partner/transactions/scannedpos">;
}

export interface V3PayTransactionsNode {
 app: Open<V3PayTransactionsAppNode>;
 appWithContract: Open<V3PayTransactionsAppWithContractNode>;
 codepay: Open<V3PayTransactionsCodepayNode>;
 exposure: Open<V3PayTransactionsExposureNode>;
 h5: Open<V3PayTransactionsH5Node>;
 id: Open<V3PayTransactionsIdNode>;
 jsapi: Open<V3PayTransactionsJsapiNode>;
 jsapiWithContract: Open<V3PayTransactionsJsapiWithContractNode>;
 native: Open<V3PayTransactionsNativeNode>;
 outTradeNo: Open<V3PayTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/pay/transactions">;
}

export interface V3PayTransactionsAppNode {
 /**
  * APP下单API `POST /v3/pay/transactions/app`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_1.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012525136
  */
 post: Verb<PostV3PayTransactionsAppOptions, PostV3PayTransactionsAppData>;
 chain: ChainFrom<"v3/pay/transactions/app">;
}

export interface V3PayTransactionsAppWithContractNode {
 /** APP下单并签约 `POST /v3/pay/transactions/app-with-contract` */
 post: Verb<PostV3PayTransactionsAppWithContractOptions, PostV3PayTransactionsAppWithContractData>;
 chain: ChainFrom<"v3/pay/transactions/app-with-contract">;
}

export interface V3PayTransactionsCodepayNode {
 /**
  * 付款码支付 `POST /v3/pay/transactions/codepay`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/code-pay.html
  */
 post: Verb<PostV3PayTransactionsCodepayOptions, PostV3PayTransactionsCodepayData>;
 chain: ChainFrom<"v3/pay/transactions/codepay">;
}

export interface V3PayTransactionsExposureNode {
 /** 微信分付-支付方式前置服务 `POST /v3/pay/transactions/exposure` */
 post: Verb<PostV3PayTransactionsExposureOptions, PostV3PayTransactionsExposureData>;
 chain: ChainFrom<"v3/pay/transactions/exposure">;
}

export interface V3PayTransactionsH5Node {
 /**
  * H5下单API `POST /v3/pay/transactions/h5`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012525153
  */
 post: Verb<PostV3PayTransactionsH5Options, PostV3PayTransactionsH5Data>;
 chain: ChainFrom<"v3/pay/transactions/h5">;
}

export interface V3PayTransactionsIdNode {
 $transaction_id$: Open<V3PayTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3PayTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/pay/transactions/id">;
}

export interface V3PayTransactionsId_transaction_id_Node {
 /** 微信支付订单号查询 `GET /v3/pay/transactions/id/{transaction_id}` */
 get: Verb<GetV3PayTransactionsIdOptions, GetV3PayTransactionsIdData>;
 chain: ChainFrom<"v3/pay/transactions/id/{transaction_id}">;
}

export interface V3PayTransactionsJsapiNode {
 /**
  * JSAPI下单API `POST /v3/pay/transactions/jsapi`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_2.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012525167
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012525182
  */
 post: Verb<PostV3PayTransactionsJsapiOptions, PostV3PayTransactionsJsapiData>;
 chain: ChainFrom<"v3/pay/transactions/jsapi">;
}

export interface V3PayTransactionsJsapiWithContractNode {
 /** JSAPI下单并授权/签约 `POST /v3/pay/transactions/jsapi-with-contract` */
 post: Verb<PostV3PayTransactionsJsapiWithContractOptions, PostV3PayTransactionsJsapiWithContractData>;
 chain: ChainFrom<"v3/pay/transactions/jsapi-with-contract">;
}

export interface V3PayTransactionsNativeNode {
 /**
  * Native下单API `POST /v3/pay/transactions/native`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_3.shtml
  * @see https://pay.weixin.qq.com/doc/v3/merchant/4012525171
  */
 post: Verb<PostV3PayTransactionsNativeOptions, PostV3PayTransactionsNativeData>;
 chain: ChainFrom<"v3/pay/transactions/native">;
}

export interface V3PayTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3PayTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3PayTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/pay/transactions/out-trade-no">;
}

export interface V3PayTransactionsOutTradeNo_out_trade_no_Node {
 /** 商户订单号查询 `GET /v3/pay/transactions/out-trade-no/{out_trade_no}` */
 get: Verb<GetV3PayTransactionsOutTradeNoOptions, GetV3PayTransactionsOutTradeNoData>;
 close: Open<V3PayTransactionsOutTradeNoCloseNode>;
 reverse: Open<V3PayTransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"v3/pay/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3PayTransactionsOutTradeNoCloseNode {
 /** 关单API `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close` */
 post: Verb<PostV3PayTransactionsOutTradeNoCloseOptions, PostV3PayTransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"v3/pay/transactions/out-trade-no/{out_trade_no}/close">;
}

export interface V3PayTransactionsOutTradeNoReverseNode {
 /**
  * 撤销 `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/reverse.html
  */
 post: Verb<PostV3PayTransactionsOutTradeNoReverseOptions, PostV3PayTransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"v3/pay/transactions/out-trade-no/{out_trade_no}/reverse">;
}
