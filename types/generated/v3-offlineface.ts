// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 获取authinfo接口: request body */
export interface PostV3OfflinefaceAuthinfoBody {
 /** 服务商公众号appid */ sp_appid: string;
 /** 子商户公众号appid */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 设备id */ device_id: string;
 /** 原始数据 */ raw_data: string;
 /** 机构id */ organization_id: string;
}
/** 获取authinfo接口: options */
export interface PostV3OfflinefaceAuthinfoOptions extends CallOptions {
 json: PostV3OfflinefaceAuthinfoBody;
}
/** 获取authinfo接口: response body */
export interface PostV3OfflinefaceAuthinfoData {
 /** 授权信息 */ authinfo: string;
}

/** 预签约接口: request body */
export interface PostV3OfflinefaceContractsPresignBody {
 /** 业务类型 */ business_name: string;
 /** 刷脸用户信息 */ facepay_user: {
  /** 商户用户ID */ out_user_id: string;
  /** 刷脸用户名 */ identification_name?: string;
  /** 机构ID */ organization_id: string;
  /** 证件信息 */ identification?: {
   /** 证件类型 */ identification_type: "IDCARD";
   /** 证件ID */ identification_number: string;
  };
  /** 手机号码 */ phone?: string;
 };
 /** 签约指定银行卡 */ limit_bank_card?: {
  /** 银行卡号 */ bank_card_number?: string;
  /** 开卡人姓名 */ identification_name?: string;
  /** 开卡人证件 */ identification?: {
   /** 证件类型 */ identification_type: "IDCARD";
   /** 证件ID */ identification_number: string;
  };
  /** 银行卡有效期 */ valid_thru?: string;
  /** 银行类型 */ bank_type?: string;
  /** 开卡预留手机号 */ phone?: string;
 };
 /** 签约模式 */ contract_mode?: "LIMIT_BANK_CARD" | "PRIORITY_BANK_CARD" | "LIMIT_NONE";
}
/** 预签约接口: options */
export interface PostV3OfflinefaceContractsPresignOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json?: PostV3OfflinefaceContractsPresignBody;
}
/** 预签约接口: response body */
export interface PostV3OfflinefaceContractsPresignData {
 /** 会话ID */ presign_token: string;
}

/** 签约查询接口: options */
export interface GetV3OfflinefaceContractsOptions extends CallOptions {
 /** 签约ID @example CI8CD208Z7e9906f89 */ contract_id: string;
 query?: {
  /** 商户签约小程序APPID @example wx8888888888 */ appid?: string;
 };
}
/** 签约查询接口: response body */
export interface GetV3OfflinefaceContractsData {
 /** 签约ID */ contract_id: string;
 /** 商户号 */ mchid: string;
 /** 机构ID */ organization_id: string;
 /** 用户ID */ use_id?: string;
 /** 签约用户openid */ openid?: string;
 /** 签约状态 */ contract_state: "NOT_CONTRACTED" | "TERMINATED" | "CONTRACTED";
 /** 签约时间 */ contract_signed_time: string;
 /** 解约时间 */ contract_terminated_time?: string;
 /** 签约模式 */ contract_mode: "LIMIT_BANK_CARD" | "PRIORITY_BANK_CARD" | "LIMIT_NONE";
 /** 签约卡来源 */ contract_bank_card_from: "MERCHANT_LIMITED_BANK_CARD" | "USER_SELECT_FREE";
}

/** 查询重采用户列表: options */
export interface GetV3OfflinefaceFaceCollectionsOptions extends CallOptions {
 query: {
  /** 机构ID @example Ofewewfwefweewf */ organization_id: string;
  /** 列表偏移 @example 30 */ offset?: number;
  /** 资源个数 @example 20 */ limit?: number;
 };
}
/** 查询重采用户列表: response body */
export interface GetV3OfflinefaceFaceCollectionsData {
 /** 重采列表 */ face_collections: FaceCollections[];
}

/** 查询重采请求详情: options */
export interface GetV3OfflinefaceFaceCollections_collection_id_Options extends CallOptions {
 /** 重采ID @example FC2353ZJIHOJKHOIIOIJ */ collection_id: string;
}
/** 查询重采请求详情: response body */
export interface GetV3OfflinefaceFaceCollections_collection_id_Data extends FaceCollections {}

/** 获取还款链接接口: request body */
export interface PostV3OfflinefaceRepaymentUrlBody {
 /** 商户用户ID */ out_user_id: string;
 /** 机构id */ organization_id: string;
}
/** 获取还款链接接口: options */
export interface PostV3OfflinefaceRepaymentUrlOptions extends CallOptions {
 json: PostV3OfflinefaceRepaymentUrlBody;
}
/** 获取还款链接接口: response body */
export interface PostV3OfflinefaceRepaymentUrlData {
 /** 还款链接 */ repayment_url: string;
 /** 链接过期时间 */ expire_at: string;
}

/** 申请扣款接口: request body */
export interface PostV3OfflinefaceTransactionsBody {
 /** 支付凭证 */ auth_code: string;
 /** 服务商公众号appid */ sp_appid?: string;
 /** 服务商商户号 */ sp_mchid?: string;
 /** 子商户公众号appid */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid?: string;
 /** 金额信息 */ amount?: OfflinefaceAmount;
 /** 支付场景信息 */ scene_info?: {
  /** 设备IP */ device_ip: string;
 };
 /** 优惠标记 */ goods_tag?: string;
 /** 商品信息 */ description?: string;
 /** 商户附加信息 */ attach?: string;
 /** 结算信息 */ settle_info?: {
  /** 是否支持分账 */ profit_sharing?: boolean;
 };
 /** 商户订单号 */ out_trade_no?: string;
 /** 业务信息 */ business?: {
  /** 平台产品ID */ business_product_id: 2 | 11;
  /** 平台场景ID */ business_scene_id: 3 | 4 | 5 | 6 | 124 | 125 | 126;
 };
}
/** 申请扣款接口: options */
export interface PostV3OfflinefaceTransactionsOptions extends CallOptions {
 json: PostV3OfflinefaceTransactionsBody;
}
/** 申请扣款接口: response body */
export interface PostV3OfflinefaceTransactionsData {
 /** 服务商公众号appid */ sp_appid: string;
 /** 服务商商户号 */ sp_mchid: string;
 /** 子商户公众号appid */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 支付用户信息 */ payer?: {
  /** 公众下的openid */ sp_openid?: string;
  /** 子公众下的openid */ sub_openid?: string;
 };
 /** 金额信息 */ amount?: OfflinefaceAmount;
 /** 优惠信息列表 */ promotion_detail?: Array<Record<string, unknown>>;
 /** 支付场景信息 */ scene_info?: {
  /** 设备IP */ device_ip?: string;
 };
 /** 付款银行 */ bank_type?: string;
 /** 交易类型 */ trade_type?: "NATIVE" | "JSAPI" | "APP" | "MWEB" | "AUTH";
 /** 交易状态 */ trade_state?: string;
 /** 交易描述 */ trade_state_description?: string;
 /** 欠款状态 */ debt_state?: string;
 /** 商品信息 */ description?: string;
 /** 商户附加信息 */ attach?: string;
 /** 支付成功时间 */ success_time?: string;
 /** 微信订单号 */ transaction_id?: string;
 /** 还款微信订单号 */ repayment_transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 错误分类 */ error_type?: string;
}

/** 查单接口: options */
export interface GetV3OfflinefaceTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 服务商商户号 @example 198798777 */ sp_mchid: string;
  /** 子商户商户号 @example 3233122121 */ sub_mchid: string;
  /** 平台产品ID @example 2 */ business_product_id: 2 | 11;
 };
}
/** 查单接口: response body */
export interface GetV3OfflinefaceTransactionsOutTradeNoData {
 /** 服务商公众号appid */ sp_appid: string;
 /** 服务商商户号 */ sp_mchid: string;
 /** 子商户公众号appid */ sub_appid?: string;
 /** 子商户商户号 */ sub_mchid: string;
 /** 支付用户信息 */ payer?: {
  /** 公众下的openid */ sp_openid?: string;
  /** 子公众下的openid */ sub_openid?: string;
 };
 /** 金额信息 */ amount?: OfflinefaceAmount;
 /** 优惠信息列表 */ promotion_detail?: Array<Record<string, unknown>>;
 /** 支付场景信息 */ scene_info?: {
  /** 设备IP */ device_ip?: string;
 };
 /** 付款银行 */ bank_type?: string;
 /** 交易类型 */ trade_type?: "NATIVE" | "JSAPI" | "APP" | "MWEB" | "AUTH";
 /** 交易状态 */ trade_state: string;
 /** 交易描述 */ trade_state_description?: string;
 /** 欠款状态 */ debt_state?: string;
 /** 商品信息 */ description?: string;
 /** 商户附加信息 */ attach?: string;
 /** 支付成功时间 */ success_time?: string;
 /** 微信订单号 */ transaction_id?: string;
 /** 还款微信订单号 */ repayment_transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 错误分类 */ error_type?: string;
}

export interface FaceCollections {
 /** 重采ID */ collection_id: string;
 /** 用户ID */ use_id: string;
 /** 机构ID */ organization_id: string;
 /** 重采状态 */ collection_state: "COLLECTION_REQUIRED" | "PHOTO_UPLOADED" | "COMPLETE";
 /** 注册照上传时间 */ register_photo_upload_time?: string;
 /** 支付用户确认时间 */ confirm_time?: string;
}

export interface OfflinefaceAmount {
 /** 总金额 */ total: number;
 /** 货币类型 */ currency: "CNY";
}

export interface V3OfflinefaceNode {
 authinfo: Open<V3OfflinefaceAuthinfoNode>;
 contracts: Open<V3OfflinefaceContractsNode>;
 faceCollections: Open<V3OfflinefaceFaceCollectionsNode>;
 repaymentUrl: Open<V3OfflinefaceRepaymentUrlNode>;
 transactions: Open<V3OfflinefaceTransactionsNode>;
 chain: ChainFrom<"v3/offlineface">;
}

export interface V3OfflinefaceAuthinfoNode {
 /**
  * 获取authinfo接口 `POST /v3/offlineface/authinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 post: Verb<PostV3OfflinefaceAuthinfoOptions, PostV3OfflinefaceAuthinfoData>;
 chain: ChainFrom<"v3/offlineface/authinfo">;
}

export interface V3OfflinefaceContractsNode {
 $contract_id$: Open<V3OfflinefaceContracts_contract_id_Node>;
 _contract_id_: Open<V3OfflinefaceContracts_contract_id_Node>;
 presign: Open<V3OfflinefaceContractsPresignNode>;
 chain: ChainFrom<"v3/offlineface/contracts">;
}

export interface V3OfflinefaceContractsPresignNode {
 /**
  * 预签约接口 `POST /v3/offlineface/contracts/presign`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 post: OptionalVerb<PostV3OfflinefaceContractsPresignOptions, PostV3OfflinefaceContractsPresignData>;
 chain: ChainFrom<"v3/offlineface/contracts/presign">;
}

export interface V3OfflinefaceContracts_contract_id_Node {
 /**
  * 签约查询接口 `GET /v3/offlineface/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: Verb<GetV3OfflinefaceContractsOptions, GetV3OfflinefaceContractsData>;
 chain: ChainFrom<"v3/offlineface/contracts/{contract_id}">;
}

export interface V3OfflinefaceFaceCollectionsNode {
 /**
  * 查询重采用户列表 `GET /v3/offlineface/face-collections`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: Verb<GetV3OfflinefaceFaceCollectionsOptions, GetV3OfflinefaceFaceCollectionsData>;
 $collection_id$: Open<V3OfflinefaceFaceCollections_collection_id_Node>;
 _collection_id_: Open<V3OfflinefaceFaceCollections_collection_id_Node>;
 chain: ChainFrom<"v3/offlineface/face-collections">;
}

export interface V3OfflinefaceFaceCollections_collection_id_Node {
 /**
  * 查询重采请求详情 `GET /v3/offlineface/face-collections/{collection_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: Verb<GetV3OfflinefaceFaceCollections_collection_id_Options, GetV3OfflinefaceFaceCollections_collection_id_Data>;
 chain: ChainFrom<"v3/offlineface/face-collections/{collection_id}">;
}

export interface V3OfflinefaceRepaymentUrlNode {
 /**
  * 获取还款链接接口 `POST /v3/offlineface/repayment-url`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html#_1-3-%E8%A7%A3%E7%BA%A6
  */
 post: Verb<PostV3OfflinefaceRepaymentUrlOptions, PostV3OfflinefaceRepaymentUrlData>;
 chain: ChainFrom<"v3/offlineface/repayment-url">;
}

export interface V3OfflinefaceTransactionsNode {
 /**
  * 申请扣款接口 `POST /v3/offlineface/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 post: Verb<PostV3OfflinefaceTransactionsOptions, PostV3OfflinefaceTransactionsData>;
 outTradeNo: Open<V3OfflinefaceTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/offlineface/transactions">;
}

export interface V3OfflinefaceTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3OfflinefaceTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3OfflinefaceTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/offlineface/transactions/out-trade-no">;
}

export interface V3OfflinefaceTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查单接口 `GET /v3/offlineface/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: Verb<GetV3OfflinefaceTransactionsOutTradeNoOptions, GetV3OfflinefaceTransactionsOutTradeNoData>;
 chain: ChainFrom<"v3/offlineface/transactions/out-trade-no/{out_trade_no}">;
}
