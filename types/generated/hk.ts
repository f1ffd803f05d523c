// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 获取平台证书列表: options */
export interface GetHkV3CertificatesOptions extends CallOptions {
}
/** 获取平台证书列表: response body */
export interface GetHkV3CertificatesData {
 data: Array<{
  serial_no?: string;
  effective_time?: string;
  expire_time?: string;
  encrypt_certificate?: {
   algorithm?: string;
   nonce?: string;
   associated_data?: string;
   ciphertext?: string;
  };
 }>;
}

/** 子商户进件（融合钱包）: request body */
export interface PostHkV3MerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact: Contact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date?: string;
 /** 公司注册文件照片 */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: Business;
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
}
/** 子商户进件（融合钱包）: options */
export interface PostHkV3MerchantsOptions extends CallOptions {
 headers?: {
  /** 由商户侧生成的唯一key @example GzPCeo963zXKcO2hDVD8AjXIpgrj */ "Idempotency-Key"?: string;
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostHkV3MerchantsBody;
}
/** 子商户进件（融合钱包）: response body */
export interface PostHkV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** 验证状态 */ verification_status?: "Under Review" | "Approved";
 /** 验证状态描述 */ description?: string;
}

/** 修改子商户（融合钱包）: request body */
export interface PutHkV3MerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户号 @example 20000100 */ sub_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact?: Contact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date?: string;
 /** 公司注册文件照片 */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: Business;
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
}
/** 修改子商户（融合钱包）: options */
export interface PutHkV3MerchantsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PutHkV3MerchantsBody;
}
/** 修改子商户（融合钱包）: response body */
export interface PutHkV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
}

/** 查询子商户（融合钱包）: options */
export interface GetHkV3MerchantsOptions extends CallOptions {
 /** 子商户号 @example 20000100 */ sub_mchid: string;
 query: {
  /** 机构appid @example wx8888888888888888 */ sp_appid: string;
  /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 };
}
/** 查询子商户（融合钱包）: response body */
export interface GetHkV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** 子商户全称 */ name: string;
 /** 子商户简称 */ shortname: string;
 /** 公司联系方式 */ office_phone: string;
 /** 册国家或区域 */ merchant_country_code: string;
 /** 类目 */ business_category: number;
 /** 联系人信息 */ contact?: {
  /** 联系人名称 */ name?: string;
  /** 联系人电话 */ phone?: string;
  /** 联系人邮箱 */ email?: string;
 };
 /** 商户类型 */ merchant_type?: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 */ registration_certificate_date?: string;
 /** 子商户结算账户 */ settlement_bank_number?: string;
 /** 业务信息 */ business?: {
  /** 业务类型 */ business_type?: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载地址 */ app_download?: string;
  /** 业务网站 */ website?: string;
  /** 公众号 */ office_account?: string;
  /** 小程序 */ mini_program?: string;
  /** 门店地址 */ store_address?: string;
  /** MCC码 */ mcc?: string;
 };
 /** 董事信息 */ director?: {
  /** 董事姓名 */ name?: string;
  /** 董事证件号码 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 */ name?: string;
  /** 负责人证件号码 */ number?: string;
 };
}

/** 查询所有退款: options */
export interface GetHkV3RefundsOptions extends CallOptions {
 query?: {
  /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
  /** 商户订单号 */ out_trade_no?: string;
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
  /** 记录起始位置 @example 0 */ offset?: number;
  /** 每页笔数 @example 10 */ count?: number;
 };
}
/** 查询所有退款: response body */
export interface GetHkV3RefundsData {
 /** 微信支付交易订单号 */ id: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户支付金额 */ payer_total: number;
  /** 支付币种 */ payer_currency: string;
 };
 /** 退款单列表 */ data: Array<{
  /** 微信退款单号 */ id: string;
  /** 商户退款单号 */ out_refund_no: string;
  /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
  /** 退款入账账户 */ recv_account?: string;
  /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
  /** 退款成功时间 */ success_time?: string;
  /** 退款创建时间 */ create_time: string;
  /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
  /** 退款金额 */ amount: Amount;
  /** 优惠退款详情 */ refund_detail?: RefundDetail;
 }>;
 /** 订单总退款次数 */ total_num: number;
 /** 本次返回退款单数 */ current_total_num: number;
}

/** 申请退款: request body */
export interface PostHkV3RefundsBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 退款原因 @example 商品已售完 */ reason?: string;
 /** 订单金额 */ amount: {
  /** 退款金额 @example 888 */ refund: number;
  /** 原订单金额 @example 888 */ total: number;
  /** 退款币种 @example CNY */ currency: string;
 };
 /** 退款通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 申请退款: options */
export interface PostHkV3RefundsOptions extends CallOptions {
 json: PostHkV3RefundsBody;
}
/** 申请退款: response body */
export interface PostHkV3RefundsData {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款金额 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款币种 */ currency: string;
  /** 用户退款金额 */ payer_refund: number;
  /** 支付币种 */ payer_currency: string;
  /** 汇率 */ exchange_rate: ExchangeRate;
 };
 /** 优惠退款详情 */ detail?: RefundDetail;
}

/** 查询单笔退款(微信支付退款订单号): options */
export interface GetHkV3RefundsIdOptions extends CallOptions {
 /** 微信支付退款订单号 */ refund_id: string;
 query?: {
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
 };
}
/** 查询单笔退款(微信支付退款订单号): response body */
export interface GetHkV3RefundsIdData extends GetHkV3RefundsIdDataFields {}

/** 查询单笔退款(商户退款订单号): options */
export interface GetHkV3RefundsOutRefundNoOptions extends CallOptions {
 /** 商户退款订单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 query?: {
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
 };
}
/** 查询单笔退款(商户退款订单号): response body */
export interface GetHkV3RefundsOutRefundNoData extends GetHkV3RefundsIdDataFields {}

/** 查询结算资金明细API: options */
export interface GetHkV3SettleSettlementsOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000101 */ sub_mchid?: string;
  /** 结算状态 @example SETTLED */ settle_state: "SETTLED" | "UNSETTLE";
  /** 结算开始日期 @example 20091225 */ settle_start_date?: string;
  /** 结算结束日期 @example 20091226 */ settle_end_date?: string;
  /** 最大记录条数 @example 5 */ limit: number;
  /** 记录起始位置 @example 10 */ offset: number;
 };
}
/** 查询结算资金明细API: response body */
export interface GetHkV3SettleSettlementsData {
 /** 结算信息列表 */ data?: Array<{
  /** 付款批次号 */ batch_id: string;
  /** 结算日期 */ settlement_date: string;
  /** 交易开始日期 */ trade_start_date: string;
  /** 交易结束日期 */ trade_end_date: string;
  /** 金额 */ amount: {
   /** 已结算金额 */ settled: number;
   /** 未结算金额 */ unsettle: number;
   /** 结算币种 */ currency: string;
   /** 支付金额 */ pay: number;
   /** 退款金额 */ refund: number;
   /** 支付净额 */ net: number;
   /** 手续费金额 */ fee: number;
  };
  /** 钱包主体 */ wallet_region?: "CHINA_MAINLAND" | "CHINA_HONGKONG";
 }>;
 /** 总记录条数 */ total_count: number;
 /** 记录起始位置 */ offset: number;
 /** 本次返回条数 */ limit: number;
}

/** 下载对账单: options */
export interface GetHkV3StatementsOptions extends CallOptions {
 query: {
  /** 账单日期 @example 20180130 */ date: string;
  /** 商户号 @example 1900000109 */ mchid?: string;
 };
 headers?: {
  /** 账单压缩 @example gzip */ "Accept-Encoding"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 下载对账单: response body */
export type GetHkV3StatementsData = unknown;

/** APP支付下单: request body */
export interface PostHkV3TransactionsAppBody {
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
 /** 支付者 */ payer?: Payer;
 /** 订单金额 */ amount: HkAmount;
 /** 场景信息 */ scene_info?: SceneInfo;
 /** 优惠功能 */ detail?: Detail[];
}
/** APP支付下单: options */
export interface PostHkV3TransactionsAppOptions extends CallOptions {
 json: PostHkV3TransactionsAppBody;
}
/** APP支付下单: response body */
export interface PostHkV3TransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 查询订单(微信支付订单号): options */
export interface GetHkV3TransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(微信支付订单号): response body */
export interface GetHkV3TransactionsIdData extends GetHkV3TransactionsIdDataFields {}

/** 关闭订单(微信支付订单号): request body */
export interface PostHkV3TransactionsIdCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(微信支付订单号): options */
export interface PostHkV3TransactionsIdCloseOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostHkV3TransactionsIdCloseBody;
}
/** 关闭订单(微信支付订单号): response body */
export type PostHkV3TransactionsIdCloseData = undefined;

/** 撤销订单(微信支付订单号): request body */
export interface PostHkV3TransactionsIdReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(微信支付订单号): options */
export interface PostHkV3TransactionsIdReverseOptions extends CallOptions {
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostHkV3TransactionsIdReverseBody;
}
/** 撤销订单(微信支付订单号): response body */
export type PostHkV3TransactionsIdReverseData = undefined;

/** 小程序/公众号支付下单: request body */
export interface PostHkV3TransactionsJsapiBody {
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
 /** 支付者 */ payer?: Payer;
 /** 订单金额 */ amount: HkAmount;
 /** 场景信息 */ scene_info?: SceneInfo;
 /** 优惠功能 */ detail?: Detail[];
}
/** 小程序/公众号支付下单: options */
export interface PostHkV3TransactionsJsapiOptions extends CallOptions {
 json: PostHkV3TransactionsJsapiBody;
}
/** 小程序/公众号支付下单: response body */
export interface PostHkV3TransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 提交付款码支付: request body */
export interface PostHkV3TransactionsMicropayBody {
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
 /** 订单金额 */ amount: HkAmount;
 /** 场景信息 */ scene_info?: SceneInfo;
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
export interface PostHkV3TransactionsMicropayOptions extends CallOptions {
 json: PostHkV3TransactionsMicropayBody;
}
/** 提交付款码支付: response body */
export interface PostHkV3TransactionsMicropayData {
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
  /** 汇率 */ exchange_rate?: ExchangeRate;
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
export interface PostHkV3TransactionsMwebBody {
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
 /** 支付者 */ payer?: Payer;
 /** 订单金额 */ amount: HkAmount;
 /** 场景信息 */ scene_info: {
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
  /** 用户终端IP @example 128.0.0.1 */ payer_client_ip: string;
  /** 操作员ID @example 123145 */ operator_id?: string;
  /** 商户门店信息 */ store_info: StoreInfo;
 };
 /** 优惠功能 */ detail?: Detail[];
}
/** H5支付下单: options */
export interface PostHkV3TransactionsMwebOptions extends CallOptions {
 json: PostHkV3TransactionsMwebBody;
}
/** H5支付下单: response body */
export interface PostHkV3TransactionsMwebData {
 /** 支付跳转链接 */ mweb_url: string;
}

/** 扫码支付下单: request body */
export interface PostHkV3TransactionsNativeBody {
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
 /** 支付者 */ payer?: Payer;
 /** 订单金额 */ amount: HkAmount;
 /** 场景信息 */ scene_info?: SceneInfo;
 /** 优惠功能 */ detail?: Detail[];
}
/** 扫码支付下单: options */
export interface PostHkV3TransactionsNativeOptions extends CallOptions {
 json: PostHkV3TransactionsNativeBody;
}
/** 扫码支付下单: response body */
export interface PostHkV3TransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 查询订单(商户订单号): options */
export interface GetHkV3TransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(商户订单号): response body */
export interface GetHkV3TransactionsOutTradeNoData extends GetHkV3TransactionsIdDataFields {}

/** 关闭订单(商户订单号): request body */
export interface PostHkV3TransactionsOutTradeNoCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(商户订单号): options */
export interface PostHkV3TransactionsOutTradeNoCloseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostHkV3TransactionsOutTradeNoCloseBody;
}
/** 关闭订单(商户订单号): response body */
export type PostHkV3TransactionsOutTradeNoCloseData = undefined;

/** 撤销订单(商户订单号): request body */
export interface PostHkV3TransactionsOutTradeNoReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(商户订单号): options */
export interface PostHkV3TransactionsOutTradeNoReverseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostHkV3TransactionsOutTradeNoReverseBody;
}
/** 撤销订单(商户订单号): response body */
export type PostHkV3TransactionsOutTradeNoReverseData = undefined;

export interface Contact {
 /** 联系人名称 @example 李先生 */ name: string;
 /** 联系人电话 @example 075586010000 */ phone: string;
 /** 联系人邮箱 @example test\@test.com */ email: string;
}

export interface Business {
 /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
 /** APP下载链接 @example https://download.qq.com */ app_download?: string;
 /** 业务网站 @example https://www.qq.com */ website?: string;
 /** 公众号 @example wx8888888888888888 */ office_account?: string;
 /** 小程序 @example wx8888888888888888 */ mini_program?: string;
 /** 门店地址 */ store_address?: string;
 /** 门店照片`JSON`格式字符串 @example ["Media_id1","Media_id2","Media_id3"] */ store_photos?: string;
 /** MCC码 @example 4214 */ mcc?: string;
}

export interface Amount {
 /** 退款金额 */ refund: number;
 /** 货币类型 */ currency?: string;
 /** 用户退款金额 */ payer_refund: number;
 /** 支付币种 */ payer_currency: string;
 /** 汇率 */ exchange_rate: ExchangeRate;
}

export interface ExchangeRate {
 /** 汇率类型 */ type?: "SETTLEMENT_RATE";
 /** 汇率值 */ rate?: number;
}

export interface RefundDetail {
 /** 券ID */ promotion_id: string;
 /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
 /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
 /** 优惠券面额 */ amount?: number;
 /** 优惠券退款额 */ refund_amount?: number;
 /** 货币类型 */ currency: string;
}

export interface GetHkV3RefundsIdDataFields {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信支付交易订单号 */ transaction_id: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
 /** 退款入账账户 */ recv_account?: string;
 /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
 /** 退款金额 */ amount: Amount;
 /** 优惠退款详情 */ detail?: RefundDetail;
}

export interface Payer {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}

export interface HkAmount {
 /** 总金额 @example 888 */ total: number;
 /** 货币类型 @example HKD */ currency?: string;
}

export interface SceneInfo {
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
 /** 用户终端IP @example 128.0.0.1 */ payer_client_ip?: string;
 /** 操作员ID @example 123145 */ operator_id?: string;
 /** 商户门店信息 */ store_info?: StoreInfo;
}

export interface StoreInfo {
 /** 编号 @example 0001 */ id?: string;
 /** 名称 @example 腾讯大厦分店 */ name: string;
 /** 详细地址 @example 广东省深圳市南山区科技中一道10000号 */ address: string;
}

export interface Detail {
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

export interface GetHkV3TransactionsIdDataFields {
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
  /** 汇率信息 */ exchange_rate?: ExchangeRate;
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

export interface HkNode {
 v3: Open<HkV3Node>;
 chain: ChainFrom<"hk">;
}

export interface HkV3Node {
 certificates: Open<HkV3CertificatesNode>;
 merchants: Open<HkV3MerchantsNode>;
 refunds: Open<HkV3RefundsNode>;
 settle: Open<HkV3SettleNode>;
 statements: Open<HkV3StatementsNode>;
 transactions: Open<HkV3TransactionsNode>;
 chain: ChainFrom<"hk/v3">;
}

export interface HkV3CertificatesNode {
 /**
  * 获取平台证书列表 `GET /hk/v3/certificates`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_7.shtml
  */
 get: OptionalVerb<GetHkV3CertificatesOptions, GetHkV3CertificatesData>;
 chain: ChainFrom<"hk/v3/certificates">;
}

export interface HkV3MerchantsNode {
 /**
  * 子商户进件（融合钱包） `POST /hk/v3/merchants`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_1.shtml
  */
 post: Verb<PostHkV3MerchantsOptions, PostHkV3MerchantsData>;
 /**
  * 修改子商户（融合钱包） `PUT /hk/v3/merchants`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_3.shtml
  */
 put: Verb<PutHkV3MerchantsOptions, PutHkV3MerchantsData>;
 $sub_mchid$: Open<HkV3Merchants_sub_mchid_Node>;
 _sub_mchid_: Open<HkV3Merchants_sub_mchid_Node>;
 chain: ChainFrom<"hk/v3/merchants">;
}

export interface HkV3Merchants_sub_mchid_Node {
 /**
  * 查询子商户（融合钱包） `GET /hk/v3/merchants/{sub_mchid}`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_2.shtml
  */
 get: Verb<GetHkV3MerchantsOptions, GetHkV3MerchantsData>;
 chain: ChainFrom<"hk/v3/merchants/{sub_mchid}">;
}

export interface HkV3RefundsNode {
 /**
  * 查询所有退款 `GET /hk/v3/refunds`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_4.shtml
  */
 get: OptionalVerb<GetHkV3RefundsOptions, GetHkV3RefundsData>;
 /**
  * 申请退款 `POST /hk/v3/refunds`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_2.shtml
  */
 post: Verb<PostHkV3RefundsOptions, PostHkV3RefundsData>;
 id: Open<HkV3RefundsIdNode>;
 outRefundNo: Open<HkV3RefundsOutRefundNoNode>;
 chain: ChainFrom<"hk/v3/refunds">;
}

export interface HkV3RefundsIdNode {
 $refund_id$: Open<HkV3RefundsId_refund_id_Node>;
 _refund_id_: Open<HkV3RefundsId_refund_id_Node>;
 chain: ChainFrom<"hk/v3/refunds/id">;
}

export interface HkV3RefundsId_refund_id_Node {
 /**
  * 查询单笔退款(微信支付退款订单号) `GET /hk/v3/refunds/id/{refund_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
  */
 get: Verb<GetHkV3RefundsIdOptions, GetHkV3RefundsIdData>;
 chain: ChainFrom<"hk/v3/refunds/id/{refund_id}">;
}

export interface HkV3RefundsOutRefundNoNode {
 $out_refund_no$: Open<HkV3RefundsOutRefundNo_out_refund_no_Node>;
 _out_refund_no_: Open<HkV3RefundsOutRefundNo_out_refund_no_Node>;
 chain: ChainFrom<"hk/v3/refunds/out-refund-no">;
}

export interface HkV3RefundsOutRefundNo_out_refund_no_Node {
 /**
  * 查询单笔退款(商户退款订单号) `GET /hk/v3/refunds/out-refund-no/{out_refund_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
  */
 get: Verb<GetHkV3RefundsOutRefundNoOptions, GetHkV3RefundsOutRefundNoData>;
 chain: ChainFrom<"hk/v3/refunds/out-refund-no/{out_refund_no}">;
}

export interface HkV3SettleNode {
 settlements: Open<HkV3SettleSettlementsNode>;
 chain: ChainFrom<"hk/v3/settle">;
}

export interface HkV3SettleSettlementsNode {
 /**
  * 查询结算资金明细API `GET /hk/v3/settle/settlements`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_10.shtml
  */
 get: Verb<GetHkV3SettleSettlementsOptions, GetHkV3SettleSettlementsData>;
 chain: ChainFrom<"hk/v3/settle/settlements">;
}

export interface HkV3StatementsNode {
 /**
  * 下载对账单 `GET /hk/v3/statements`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_5.shtml
  */
 get: Verb<GetHkV3StatementsOptions, GetHkV3StatementsData>;
 chain: ChainFrom<"hk/v3/statements">;
}

export interface HkV3TransactionsNode {
 app: Open<HkV3TransactionsAppNode>;
 id: Open<HkV3TransactionsIdNode>;
 jsapi: Open<HkV3TransactionsJsapiNode>;
 micropay: Open<HkV3TransactionsMicropayNode>;
 mweb: Open<HkV3TransactionsMwebNode>;
 native: Open<HkV3TransactionsNativeNode>;
 outTradeNo: Open<HkV3TransactionsOutTradeNoNode>;
 chain: ChainFrom<"hk/v3/transactions">;
}

export interface HkV3TransactionsAppNode {
 /**
  * APP支付下单 `POST /hk/v3/transactions/app`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/In-AppPay/chapter6_3.shtml
  */
 post: Verb<PostHkV3TransactionsAppOptions, PostHkV3TransactionsAppData>;
 chain: ChainFrom<"hk/v3/transactions/app">;
}

export interface HkV3TransactionsIdNode {
 $transaction_id$: Open<HkV3TransactionsId_transaction_id_Node>;
 _transaction_id_: Open<HkV3TransactionsId_transaction_id_Node>;
 chain: ChainFrom<"hk/v3/transactions/id">;
}

export interface HkV3TransactionsId_transaction_id_Node {
 /**
  * 查询订单(微信支付订单号) `GET /hk/v3/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
  */
 get: Verb<GetHkV3TransactionsIdOptions, GetHkV3TransactionsIdData>;
 close: Open<HkV3TransactionsIdCloseNode>;
 reverse: Open<HkV3TransactionsIdReverseNode>;
 chain: ChainFrom<"hk/v3/transactions/id/{transaction_id}">;
}

export interface HkV3TransactionsIdCloseNode {
 /**
  * 关闭订单(微信支付订单号) `POST /hk/v3/transactions/id/{transaction_id}/close`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
  */
 post: Verb<PostHkV3TransactionsIdCloseOptions, PostHkV3TransactionsIdCloseData>;
 chain: ChainFrom<"hk/v3/transactions/id/{transaction_id}/close">;
}

export interface HkV3TransactionsIdReverseNode {
 /**
  * 撤销订单(微信支付订单号) `POST /hk/v3/transactions/id/{transaction_id}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
  */
 post: Verb<PostHkV3TransactionsIdReverseOptions, PostHkV3TransactionsIdReverseData>;
 chain: ChainFrom<"hk/v3/transactions/id/{transaction_id}/reverse">;
}

export interface HkV3TransactionsJsapiNode {
 /**
  * 小程序/公众号支付下单 `POST /hk/v3/transactions/jsapi`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/MiniProgramPay/chapter7_3.shtml
  */
 post: Verb<PostHkV3TransactionsJsapiOptions, PostHkV3TransactionsJsapiData>;
 chain: ChainFrom<"hk/v3/transactions/jsapi">;
}

export interface HkV3TransactionsMicropayNode {
 /**
  * 提交付款码支付 `POST /hk/v3/transactions/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_3.shtml
  */
 post: Verb<PostHkV3TransactionsMicropayOptions, PostHkV3TransactionsMicropayData>;
 chain: ChainFrom<"hk/v3/transactions/micropay">;
}

export interface HkV3TransactionsMwebNode {
 /**
  * H5支付下单 `POST /hk/v3/transactions/mweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/H5Payment/chapter3_3.shtml
  */
 post: Verb<PostHkV3TransactionsMwebOptions, PostHkV3TransactionsMwebData>;
 chain: ChainFrom<"hk/v3/transactions/mweb">;
}

export interface HkV3TransactionsNativeNode {
 /**
  * 扫码支付下单 `POST /hk/v3/transactions/native`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter4_3.shtml
  */
 post: Verb<PostHkV3TransactionsNativeOptions, PostHkV3TransactionsNativeData>;
 chain: ChainFrom<"hk/v3/transactions/native">;
}

export interface HkV3TransactionsOutTradeNoNode {
 $out_trade_no$: Open<HkV3TransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<HkV3TransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"hk/v3/transactions/out-trade-no">;
}

export interface HkV3TransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单(商户订单号) `GET /hk/v3/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
  */
 get: Verb<GetHkV3TransactionsOutTradeNoOptions, GetHkV3TransactionsOutTradeNoData>;
 close: Open<HkV3TransactionsOutTradeNoCloseNode>;
 reverse: Open<HkV3TransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"hk/v3/transactions/out-trade-no/{out_trade_no}">;
}

export interface HkV3TransactionsOutTradeNoCloseNode {
 /**
  * 关闭订单(商户订单号) `POST /hk/v3/transactions/out-trade-no/{out_trade_no}/close`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
  */
 post: Verb<PostHkV3TransactionsOutTradeNoCloseOptions, PostHkV3TransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"hk/v3/transactions/out-trade-no/{out_trade_no}/close">;
}

export interface HkV3TransactionsOutTradeNoReverseNode {
 /**
  * 撤销订单(商户订单号) `POST /hk/v3/transactions/out-trade-no/{out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
  */
 post: Verb<PostHkV3TransactionsOutTradeNoReverseOptions, PostHkV3TransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"hk/v3/transactions/out-trade-no/{out_trade_no}/reverse">;
}
