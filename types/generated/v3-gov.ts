// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询审核结果: request body */
export interface PostV3GovSubsidyAuditCupInvalidBody {
 /** 分公司机构代码 */ org_no: string;
 /** 商户订单号 */ mchnt_order_id: string;
 /** 审核记录上传时间 */ upload_time: string;
}
/** 查询审核结果: options */
export interface PostV3GovSubsidyAuditCupInvalidOptions extends CallOptions {
 json: PostV3GovSubsidyAuditCupInvalidBody;
}
/** 查询审核结果: response body */
export interface PostV3GovSubsidyAuditCupInvalidData extends PostV3GovSubsidyAuditCupInvalidDataFields {}

/** 查询审核结果: request body */
export interface PostV3GovSubsidyAuditCupQueryBody {
 /** 分公司机构代码 */ org_no: string;
 /** 商户订单号 */ mchnt_order_id: string;
 /** 审核记录上传时间 */ upload_time: string;
}
/** 查询审核结果: options */
export interface PostV3GovSubsidyAuditCupQueryOptions extends CallOptions {
 json: PostV3GovSubsidyAuditCupQueryBody;
}
/** 查询审核结果: response body */
export interface PostV3GovSubsidyAuditCupQueryData {
 /** 响应码 */ code: string;
 /** 响应描述 */ msg?: string;
 /** 详细应答码 */ sub_code?: string;
 /** 详细应答码描述 */ sub_msg?: string;
 /** 商户订单号 */ mchnt_order_id?: string;
 /** 核验结果 */ verify_status?: string;
 /** 核验结果描述 */ verify_status_desc?: string;
 /** 审核结果 */ audit_status?: string;
 /** 审核结果描述 */ audit_status_desc?: string;
 /** 订单状态 */ trade_status?: string;
 /** 退货金额 */ refund_at?: string;
 /** 退货日期 */ refund_dt?: string;
 /** 分公司机构代码 */ org_no?: string;
}

/** 同步非银联支付交易退款信息: request body */
export interface PostV3GovSubsidyAuditCupRefundSyncBody {
 /** 分公司机构代码 */ org_no: string;
 /** 商户订单号 */ mchnt_order_id: string;
 /** 审核记录上传时间 */ upload_time: string;
 /** 退款金额 */ refund_at: string;
 /** 退款日期 */ refund_dt: string;
}
/** 同步非银联支付交易退款信息: options */
export interface PostV3GovSubsidyAuditCupRefundSyncOptions extends CallOptions {
 json: PostV3GovSubsidyAuditCupRefundSyncBody;
}
/** 同步非银联支付交易退款信息: response body */
export interface PostV3GovSubsidyAuditCupRefundSyncData extends PostV3GovSubsidyAuditCupInvalidDataFields {}

/** 更新审核数据: request body */
export interface PostV3GovSubsidyAuditCupUpdateBody extends PostV3GovSubsidyAuditCupUpdateBodyFields {}
/** 更新审核数据: options */
export interface PostV3GovSubsidyAuditCupUpdateOptions extends CallOptions {
 json: PostV3GovSubsidyAuditCupUpdateBody;
}
/** 更新审核数据: response body */
export interface PostV3GovSubsidyAuditCupUpdateData extends PostV3GovSubsidyAuditCupInvalidDataFields {}

/** 上传审核数据: request body */
export interface PostV3GovSubsidyAuditCupUploadBody extends PostV3GovSubsidyAuditCupUpdateBodyFields {}
/** 上传审核数据: options */
export interface PostV3GovSubsidyAuditCupUploadOptions extends CallOptions {
 json: PostV3GovSubsidyAuditCupUploadBody;
}
/** 上传审核数据: response body */
export interface PostV3GovSubsidyAuditCupUploadData extends PostV3GovSubsidyAuditCupInvalidDataFields {}

/** 企业信息查询: request body */
export interface PostV3GovSubsidyCompaniesQueryBody {
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 统一社会信息代码 @example 91110108397173806M */ license_number: string;
}
/** 企业信息查询: options */
export interface PostV3GovSubsidyCompaniesQueryOptions extends CallOptions {
 json: PostV3GovSubsidyCompaniesQueryBody;
}
/** 企业信息查询: response body */
export interface PostV3GovSubsidyCompaniesQueryData {
 /** 企业名称 */ company_name?: string;
 /** 归集状态枚举 */ collect_state?: "COLLECT_STATE_NOT_COLLECT" | "COLLECT_STATE_COLLECTED" | "COLLECT_STATE_COLLECTION_FAILED";
 /** 响应码 */ code: string;
 /** 响应描述 */ message: string;
}

/** 商品信息上传: request body */
export interface PostV3GovSubsidyGoodsUploadBody {
 /** 消费品类ID @example 1 */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商品名称 @example 测试商品 */ product_name: string;
 /** 能效等级 @example FIRST_LEVEL */ energy_grade?: "FIRST_LEVEL" | "SECOND_LEVEL" | "ENERGY_GRADE_UNKNOWN";
 /** 家电品牌 @example 海尔 */ brand: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 销售企业名称 @example 联想（北京）信息技术有限公司 */ seller_name: string;
 /** 统一社会信息代码 @example 91110108397173806M */ license_number: string;
 /** 基准价格 @example 10000 */ base_price: number;
 /** 近1个月平均交易价 @example 10000 */ average_trading_price: number;
 /** 产品类型 @example COMMON_PRODUCT */ product_type: "COMMON_PRODUCT" | "AI_PRODUCT";
 /** 商品型号 @example XX */ product_model?: string;
 /** 商品条码 @example 6901010101098 */ bar_code: string;
}
/** 商品信息上传: options */
export interface PostV3GovSubsidyGoodsUploadOptions extends CallOptions {
 json: PostV3GovSubsidyGoodsUploadBody;
}
/** 商品信息上传: response body */
export interface PostV3GovSubsidyGoodsUploadData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** N品类同步资格核销信息: request body */
export interface PostV3GovSubsidyNQualificationsSyncBody {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number: string;
 /** 消费品类ID @example 1 */ appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商户支付订单号 @example vmall_250120131959_993_4494 */ out_trade_no: string;
 /** 子商户号 @example 123456 */ sub_mchid?: string;
 /** 能效等级 @example FIRST_LEVEL */ energy_grade?: "FIRST_LEVEL" | "SECOND_LEVEL" | "ENERGY_GRADE_UNKNOWN";
 /** 收货地区编码 @example 110101 */ receive_region_code: string;
 /** 家电品牌 @example 海尔 */ brand: string;
 /** 收货地址 @example 深圳市南山区 */ address: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 销售企业名称 @example 联想（北京）信息技术有限公司 */ seller_name: string;
 /** 统一社会信息代码 @example 91110108397173806M */ license_number: string;
 /** 物流单号 @example 123456789 */ logistics_num?: string;
 /** 签收时间 @example 2025-01-14T19:55:06+08:00 */ delivery_time?: string;
 /** 发票号 @example 031001900204 */ invoice_num: string;
 /** 产品类型 @example COMMON_PRODUCT */ product_type: "COMMON_PRODUCT" | "AI_PRODUCT";
 /** 类型 @example DESKTOP */ pc_type?: "DESKTOP" | "LAPTOP" | "COMPUTER_TYPE_UNKNOWN";
 /** 订单金额 @example 10000 */ order_amount: number;
 /** 优惠金额 @example 2000 */ discount_amount: number;
 /** 线上平台订单编号 @example 123456789 */ mch_order_id: string;
 /** 开票日期 @example 2025-01-14T19:55:06+08:00 */ invoice_time: string;
 /** 购买方名称 @example 小弟弟 */ purchaser_name: string;
 /** 销售方式 @example SALE_MODEL_OFFLINE */ sale_model: "SALE_MODEL_ONLINE" | "SALE_MODEL_OFFLINE";
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
 /** 发票开具地 @example 310100 */ invoice_address_code: string;
 /** 税务机关代码 @example 2525252 */ tax_authority_code: string;
 /** 交易完成或商品退回时间 @example 2025-01-14T19:55:06+08:00 */ transaction_time: string;
 /** 品类状态 @example CATE_STATE_REDEEM */ cate_state: "CATE_STATE_REDEEM" | "CATE_STATE_REFUND";
 /** 经度 */ longitude?: string;
 /** 纬度 */ latitude?: string;
 /** 品类编码 @example JS06 */ cate_code: string;
 /** 券码 @example 6901010101098 */ coupon_code?: string;
 /** 发票代码 @example 310100 */ invoice_code?: string;
 /** 线上平台退款交易编号 @example 123456789 */ refund_id?: string;
}
/** N品类同步资格核销信息: options */
export interface PostV3GovSubsidyNQualificationsSyncOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyNQualificationsSyncBody;
}
/** N品类同步资格核销信息: response body */
export interface PostV3GovSubsidyNQualificationsSyncData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 查询补贴资格: options */
export interface GetV3GovSubsidyQualificationOptions extends CallOptions {
 query: {
  /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name?: string;
  /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number?: string;
  /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number?: string;
  /** 消费品类ID @example 1 */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
  /** OPENID @example oCuiA7RW33Tc3jtz_5CNLegC9kN0 */ openid?: string;
  /** APPID @example wx5cb0427850cd8c49 */ appid?: string;
  /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
  /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type?: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 查询补贴资格: response body */
export interface GetV3GovSubsidyQualificationData {
 /** 资格的状态 */ state: "UNCLAIMED" | "UNREDEEMED" | "REDEEMED";
}

/** 取消资格(透传模式): request body */
export interface PostV3GovSubsidyQualificationsPassthroughCancelBody {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number: string;
 /** 消费品类ID @example 1 */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 请求序号 @example vmall_250120131959_993_4494 */ out_request_no?: string;
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
}
/** 取消资格(透传模式): options */
export interface PostV3GovSubsidyQualificationsPassthroughCancelOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyQualificationsPassthroughCancelBody;
}
/** 取消资格(透传模式): response body */
export interface PostV3GovSubsidyQualificationsPassthroughCancelData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 领取资格(透传模式): request body */
export interface PostV3GovSubsidyQualificationsPassthroughClaimBody {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number: string;
 /** 消费品类ID @example 1 */ appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
 /** 经度 */ longitude: string;
 /** 纬度 */ latitude: string;
}
/** 领取资格(透传模式): options */
export interface PostV3GovSubsidyQualificationsPassthroughClaimOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyQualificationsPassthroughClaimBody;
}
/** 领取资格(透传模式): response body */
export interface PostV3GovSubsidyQualificationsPassthroughClaimData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 批量查询用户资格(透传模式): request body */
export interface PostV3GovSubsidyQualificationsPassthroughQueryBody extends PostV3GovSubsidyQualificationsPassthroughQueryBodyFields {}
/** 批量查询用户资格(透传模式): options */
export interface PostV3GovSubsidyQualificationsPassthroughQueryOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyQualificationsPassthroughQueryBody;
}
/** 批量查询用户资格(透传模式): response body */
export interface PostV3GovSubsidyQualificationsPassthroughQueryData {
 /** 资格状态数组 */ qualification_list: Array<{
  /** 消费品类ID */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
  /** 状态 */ state: "UNCLAIMED" | "UNREDEEMED" | "REDEEMED";
  /** 区分未领取的原因 */ unclaimed_reason?: "REASON_CLAIMED_BY_OTHER_REGION" | "REASON_CLAIMED_BY_OTHER_PLATFORM_OR_REGION" | "REASON_UNCLAIMED" | "REASON_CLAIMED_BY_OTHER_MODE";
  /** 区分对接模式 */ claim_mode?: "CLAIM_MODE_MINI_PROGRAM" | "CLAIM_MODE_INTERFACE_PASS_THROUGH";
  /** 领取的平台名称 */ claimed_platform_name?: string;
  /** 领取的地区名称 */ claimed_region_name?: string;
 }>;
}

/** 批量查询用户资格: request body */
export interface PostV3GovSubsidyQualificationsQueryBody extends PostV3GovSubsidyQualificationsPassthroughQueryBodyFields {}
/** 批量查询用户资格: options */
export interface PostV3GovSubsidyQualificationsQueryOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyQualificationsQueryBody;
}
/** 批量查询用户资格: response body */
export interface PostV3GovSubsidyQualificationsQueryData {
 /** 资格状态数组 */ qualification_list: Array<{
  /** 消费品类ID */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
  /** 状态 */ state: "UNCLAIMED" | "UNREDEEMED" | "REDEEMED";
  /** 区分未领取的原因 */ unclaimed_reason?: "REASON_CLAIMED_BY_OTHER_REGION" | "REASON_CLAIMED_BY_OTHER_PLATFORM_OR_REGION" | "REASON_UNCLAIMED" | "REASON_CLAIMED_BY_OTHER_MODE";
  /** 领取的平台名称 */ claimed_platform_name?: string;
  /** 领取的地区名称 */ claimed_region_name?: string;
 }>;
}

/** 同步资格核销信息: request body */
export interface PostV3GovSubsidyQualificationsSyncBody {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name?: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number?: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number?: string;
 /** 消费品类ID @example 1 */ appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商户支付订单号 @example vmall_250120131959_993_4494 */ out_trade_no: string;
 /** 子商户号 @example 123456 */ sub_mch_id?: string;
 /** 能效等级 @example FIRST_LEVEL */ energy_grade?: "FIRST_LEVEL" | "SECOND_LEVEL" | "ENERGY_GRADE_UNKNOWN";
 /** 收货地区编码 @example 110101 */ receive_region_code: string;
 /** 家电品牌 @example 海尔 */ brand: string;
 /** 收货地址 @example 深圳市南山区 */ address: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** S/N码 @example fallervuh */ sn_code: string;
 /** 销售企业名称 @example 联想（北京）信息技术有限公司 */ seller_name: string;
 /** 统一社会信息代码 @example 91110108397173806M */ license_number: string;
 /** 商品条码 @example 例值：6901010101098 */ barcode: string;
 /** 商品名称 @example 联想YOGA AIR 15 */ item_name: string;
 /** 规格型号 @example YOGA Air 15s ILL9 */ spec_model: string;
 /** 物流单号 @example 123456789 */ logistics_num?: string;
 /** 签收时间 @example 2025-01-14T19:55:06+08:00 */ delivery_time?: string;
 /** 发票号 @example 031001900204 */ invoice_num: string;
 /** 产品类型 @example COMMON_PRODUCT */ product_type: "COMMON_PRODUCT" | "AI_PRODUCT";
 /** 类型 @example DESKTOP */ pc_type?: "DESKTOP" | "LAPTOP" | "COMPUTER_TYPE_UNKNOWN";
 /** 订单金额 @example 10000 */ order_amount: number;
 /** 优惠金额 @example 2000 */ discount_amount: number;
 /** imei1编码 @example 358882046176540 */ imei1?: string;
 /** imei2编码 @example 358882046176540 */ imei2?: string;
 /** 线上平台订单编号 @example 123456789 */ mch_order_id: string;
 /** 线上平台退款交易编号 @example 123456789 */ refund_id?: string;
 /** 开票日期 @example 2025-01-14T19:55:06+08:00 */ invoice_time: string;
 /** 购买方名称 @example 小弟弟 */ purchaser_name: string;
 /** 销售方式 @example SALE_MODEL_OFFLINE */ sale_model: "SALE_MODEL_ONLINE" | "SALE_MODEL_OFFLINE";
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
 /** 发票开具地 @example 310100 */ invoice_address_code: string;
 /** 发票代码 @example 310100 */ invoice_code?: string;
 /** 税务机关代码 @example 2525252 */ tax_authority_code: string;
 /** 交易完成或商品退回时间 @example 2025-01-14T19:55:06+08:00 */ transaction_time: string;
 /** 品类状态 @example CATE_STATE_REDEEM */ cate_state: "CATE_STATE_REDEEM" | "CATE_STATE_REFUND";
 /** 销售主体 @example 江苏京东信息技术有限公司 */ mch_name: string;
}
/** 同步资格核销信息: options */
export interface PostV3GovSubsidyQualificationsSyncOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyQualificationsSyncBody;
}
/** 同步资格核销信息: response body */
export interface PostV3GovSubsidyQualificationsSyncData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** sn码锁定: request body */
export interface PostV3GovSubsidySncodeLockBody {
 /** 消费品类ID @example 1 */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商户支付订单号 @example vmall_250120131959_993_4494 */ out_trade_no: string;
 /** 家电品牌 @example 海尔 */ brand: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** S/N码 @example fallervuh */ sn_code: string;
 /** 厂商信息 */ manufacturer_info: string;
 /** 商品条码 @example 6901010101098 */ barcode: string;
 /** 规格型号 @example YOGA Air 15s ILL9 */ spec_model: string;
 /** 产品类型 @example COMMON_PRODUCT */ product_type: "COMMON_PRODUCT" | "AI_PRODUCT";
 /** 销售时间 @example 2025-01-14T19:55:06+08:00 */ sale_time?: string;
 /** imei1编码 @example 358882046176540 */ imei1?: string;
 /** imei2编码 @example 358882046176540 */ imei2?: string;
}
/** sn码锁定: options */
export interface PostV3GovSubsidySncodeLockOptions extends CallOptions {
 json: PostV3GovSubsidySncodeLockBody;
}
/** sn码锁定: response body */
export interface PostV3GovSubsidySncodeLockData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 查询sn码状态: request body */
export interface PostV3GovSubsidySncodeQueryBody {
 /** S/N码集合 */ sn_code_list: string[];
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
}
/** 查询sn码状态: options */
export interface PostV3GovSubsidySncodeQueryOptions extends CallOptions {
 json: PostV3GovSubsidySncodeQueryBody;
}
/** 查询sn码状态: response body */
export interface PostV3GovSubsidySncodeQueryData {
 /** sn码状态数组 */ goods_sn_list: Array<{
  /** S/N码 */ sn_code: string;
  /** 状态 */ state: "SNCODE_STATE_UNKNOWN" | "SNCODE_STATE_SELLABLE" | "SNCODE_STATE_NOT_SELLABLE";
  /** 不可售的原因 */ not_sellable_reason?: "NOT_SELLABLE_REASON_USED" | "NOT_SELLABLE_REASON_NOT_FOUND";
 }>;
}

/** sn码解锁: request body */
export interface PostV3GovSubsidySncodeUnlockBody {
 /** 消费品类ID @example 1 */ appliance_id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商户支付订单号 @example vmall_250120131959_993_4494 */ out_trade_no: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** S/N码 @example fallervuh */ sn_code: string;
 /** 商品条码 @example 6901010101098 */ barcode: string;
 /** 产品类型 @example COMMON_PRODUCT */ product_type: "COMMON_PRODUCT" | "AI_PRODUCT";
}
/** sn码解锁: options */
export interface PostV3GovSubsidySncodeUnlockOptions extends CallOptions {
 json: PostV3GovSubsidySncodeUnlockBody;
}
/** sn码解锁: response body */
export interface PostV3GovSubsidySncodeUnlockData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 交易信息查询: request body */
export interface PostV3GovSubsidyTransactionsQueryBody {
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 商户订单号数组 */ order_number_list: string[];
}
/** 交易信息查询: options */
export interface PostV3GovSubsidyTransactionsQueryOptions extends CallOptions {
 json: PostV3GovSubsidyTransactionsQueryBody;
}
/** 交易信息查询: response body */
export interface PostV3GovSubsidyTransactionsQueryData {
 /** 响应码 */ code: string;
 /** 响应描述 */ message: string;
 /** 订单状态数组 */ shop_order_list: Array<{
  /** 单号 */ shop_order_number?: string;
  /** 归集状态枚举 */ collect_state?: "COLLECT_STATE_NOT_COLLECT" | "COLLECT_STATE_COLLECTED" | "COLLECT_STATE_COLLECTION_FAILED";
  /** 品类状态 */ cate_state?: "CATE_STATE_REDEEM" | "CATE_STATE_REFUND";
 }>;
}

/** 查询单日交易汇总: request body */
export interface PostV3GovSubsidyTransactionsSummaryQueryDayBody {
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 查询的日期 @example 2025-01-14 */ query_date: string;
 /** 查询的订单类别 @example ORDER_TYPE_TRANSACTION */ query_type: "ORDER_TYPE_TRANSACTION" | "ORDER_TYPE_APPLIANCE_REDEEM" | "ORDER_TYPE_3C_REDEEM" | "ORDER_TYPE_N_QUALIFICATION_REDEEM";
 /** 消费品类ID @example 1 */ appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 品类状态 @example CATE_STATE_REDEEM */ cate_state?: "CATE_STATE_REDEEM" | "CATE_STATE_REFUND";
}
/** 查询单日交易汇总: options */
export interface PostV3GovSubsidyTransactionsSummaryQueryDayOptions extends CallOptions {
 json: PostV3GovSubsidyTransactionsSummaryQueryDayBody;
}
/** 查询单日交易汇总: response body */
export interface PostV3GovSubsidyTransactionsSummaryQueryDayData {
 /** 响应码 */ code: string;
 /** 响应描述 */ message: string;
 /** 交易总笔数 */ total_trade_count: number;
 /** 交易总金额 */ total_trade_amount: number;
 /** 补贴总金额 */ total_subsidy_count: number;
}

/** 交易信息回传: request body */
export interface PostV3GovSubsidyTransactionsSyncBody {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name?: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number?: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number?: string;
 /** 消费品类ID @example 1 */ appliance_id?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
 /** 商户支付订单号 @example vmall_250120131959_993_4494 */ out_trade_no: string;
 /** 能效等级 @example FIRST_LEVEL */ energy_grade?: "FIRST_LEVEL" | "SECOND_LEVEL" | "ENERGY_GRADE_UNKNOWN";
 /** 收货地区编码 @example 110101 */ receive_region_code: string;
 /** 家电品牌 @example 海尔 */ brand: string;
 /** 收货地址 @example 深圳市南山区 */ address?: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 销售企业名称 @example 联想（北京）信息技术有限公司 */ seller_name: string;
 /** 统一社会信息代码 @example 91110108397173806M */ license_number: string;
 /** 订单金额 @example 10000 */ order_amount: number;
 /** 优惠金额 @example 2000 */ discount_amount: number;
 /** 交易完成或商品退回时间 @example 2025-01-14T19:55:06+08:00 */ transaction_time: string;
 /** 线上平台订单编号 @example 123456789 */ mch_order_id: string;
 /** 线上平台退款交易编号 @example 123456789 */ refund_id?: string;
 /** 销售主体 @example 江苏京东信息技术有限公司 */ mch_name: string;
 /** 销售方式 @example SALE_MODEL_OFFLINE */ sale_model?: "SALE_MODEL_ONLINE" | "SALE_MODEL_OFFLINE";
 /** 品类状态 @example CATE_STATE_REDEEM */ cate_state: "CATE_STATE_REDEEM" | "CATE_STATE_REFUND";
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
 /** 子商户号 @example 123456 */ sub_mchid?: string;
}
/** 交易信息回传: options */
export interface PostV3GovSubsidyTransactionsSyncOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyTransactionsSyncBody;
}
/** 交易信息回传: response body */
export interface PostV3GovSubsidyTransactionsSyncData extends PostV3GovSubsidyGoodsUploadDataFields {}

/** 品类凭证码预核销撤销: request body */
export interface PostV3GovSubsidyZhejiangAuthcodeCancelBody {
 /** 接入方请求流水号 */ sp_serial_no: string;
 /** 冻结流水号 */ cred_frozen_no: string;
 /** 交易日期 */ trans_date: string;
 /** 交易时间 */ trans_time: string;
 /** 品类凭证码 */ auth_code: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
}
/** 品类凭证码预核销撤销: options */
export interface PostV3GovSubsidyZhejiangAuthcodeCancelOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangAuthcodeCancelBody;
}
/** 品类凭证码预核销撤销: response body */
export interface PostV3GovSubsidyZhejiangAuthcodeCancelData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

/** 品类凭证码上报确认: request body */
export interface PostV3GovSubsidyZhejiangAuthcodeCommitBody {
 /** 接入方请求流水号 */ sp_serial_no: string;
 /** 冻结流水号 */ cred_frozen_no: string;
 /** 交易日期 */ trans_date: string;
 /** 交易时间 */ trans_time: string;
 /** 收单机构订单号 */ acq_org_order_no?: string;
 /** 商户订单号 */ order_no?: string;
 /** 政府补贴金额 */ subsidy_amt?: number;
 /** 收货地区编码 */ add_code?: string;
 /** 收货地址 */ address?: string;
 /** 销售方式 */ sale_models?: "0" | "1";
 /** 销售企业名称 */ corp_name?: string;
 /** 家电品牌 */ brand?: string;
 /** 统一社会信息代码 */ uniscid?: string;
 /** 商品条码 */ barcode?: string;
 /** 品类凭证码 */ auth_code: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
 /** 银行机构名称 */ bank_name?: string;
 /** 银行补贴金额 */ bank_subsidy?: string;
 /** 交易平台补贴金额 */ plat_subsidy?: string;
 /** 区县编码 @example 330000 */ county_code?: string;
 /** 原订单金额 */ amount?: number;
}
/** 品类凭证码上报确认: options */
export interface PostV3GovSubsidyZhejiangAuthcodeCommitOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangAuthcodeCommitBody;
}
/** 品类凭证码上报确认: response body */
export interface PostV3GovSubsidyZhejiangAuthcodeCommitData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

/** 申请品类凭证码: request body */
export interface PostV3GovSubsidyZhejiangAuthcodeIssueBody {
 /** 品类编码 @example A01 */ category_id: string;
 /** 用户id */ openid?: string;
 /** 姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ name: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ mobile: string;
 /** 区县编码 @example 330000 */ add_code: string;
 /** 自定义域 */ custom_info?: string;
 /** 证件类型 @example 1 */ cert_type: "1" | "2" | "3" | "4" | "5";
 /** 证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ cert_no: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
}
/** 申请品类凭证码: options */
export interface PostV3GovSubsidyZhejiangAuthcodeIssueOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangAuthcodeIssueBody;
}
/** 申请品类凭证码: response body */
export interface PostV3GovSubsidyZhejiangAuthcodeIssueData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 品类凭证码 */ auth_code?: string;
}

/** 品类凭证码上报撤销: request body */
export interface PostV3GovSubsidyZhejiangAuthcodeRefundBody {
 /** 接入方请求流水号 */ sp_serial_no: string;
 /** 冻结流水号 */ cred_frozen_no: string;
 /** 交易日期 */ trans_date: string;
 /** 交易时间 */ trans_time: string;
 /** 商户订单号 */ order_no?: string;
 /** 政府补贴金额 */ subsidy_amt?: number;
 /** 收货地区编码 */ add_code?: string;
 /** 收货地址 */ address?: string;
 /** 销售方式 */ sale_models?: "0" | "1";
 /** 统一社会信息代码 */ uniscid?: string;
 /** 商品条码 */ barcode?: string;
 /** 品类凭证码 */ auth_code: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
 /** 银行机构名称 */ bank_name?: string;
 /** 银行补贴金额 */ bank_subsidy?: string;
 /** 交易平台补贴金额 */ plat_subsidy?: string;
 /** 销售企业名称 */ corp_name?: string;
 /** 家电品牌 */ brand?: string;
}
/** 品类凭证码上报撤销: options */
export interface PostV3GovSubsidyZhejiangAuthcodeRefundOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangAuthcodeRefundBody;
}
/** 品类凭证码上报撤销: response body */
export interface PostV3GovSubsidyZhejiangAuthcodeRefundData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

/** 预核销品类凭证码: request body */
export interface PostV3GovSubsidyZhejiangAuthcodeTryBody {
 /** 接入方请求流水号 */ sp_serial_no: string;
 /** 商户号 */ mchnt_no: string;
 /** 终端号 */ term_no: string;
 /** 品类凭证码 */ auth_code: string;
 /** 品类编码 @example A01 */ category: string;
 /** 区县编码 @example 330000 */ county_code: string;
}
/** 预核销品类凭证码: options */
export interface PostV3GovSubsidyZhejiangAuthcodeTryOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangAuthcodeTryBody;
}
/** 预核销品类凭证码: response body */
export interface PostV3GovSubsidyZhejiangAuthcodeTryData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 冻结流水号 */ cred_frozen_no: string;
 /** 活动号 */ event_id: string;
 /** 活动标题 */ event_title: string;
 /** 优惠模式 */ discount_mode: "DIS_FLAG" | "DIS_CALC" | "DIS_SMKT";
 /** 原订单金额 */ amount?: number;
 /** 优惠金额 */ discount_amt?: number;
 /** 实付金额 */ pay_amt?: number;
 /** 渠道优惠标记 */ channel_dis_flag?: string;
 /** 渠道活动号列表 */ channel_evt_no?: string;
 /** 品类编码 */ category_id: string;
}

/** 商品信息查询: request body */
export interface PostV3GovSubsidyZhejiangGoodsQueryBody {
 /** 商品条码 */ goods_bar_code?: string;
 /** 省份代码 */ province?: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
 /** 请求时间 */ req_time?: string;
}
/** 商品信息查询: options */
export interface PostV3GovSubsidyZhejiangGoodsQueryOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangGoodsQueryBody;
}
/** 商品信息查询: response body */
export interface PostV3GovSubsidyZhejiangGoodsQueryData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 商品条码 */ goods_bar_code: string;
 /** 本记录唯一ID */ seq_id: string;
 /** 省份代码 */ province: string;
 /** 条码类型 */ code_type: "001" | "002";
 /** 商品品类 */ goods_type: string;
 /** 商品名称 */ goods_name: string;
 /** 品牌名称 */ logo_name: string;
 /** 商品型号 */ goods_model: string;
 /** 基准价格 */ basis_price: string;
 /** 厂商统一社会信用代码 */ manufact_cert_code: string;
 /** 厂商指导零售价 */ manufact_price: string;
 /** 能效标识 */ energy_effciency?: string;
 /** 能效备案编号 */ energy_reg_code?: string;
 /** 能效备案型号 */ energy_reg_model?: string;
 /** 3C 认证编号 */ reg_3c_code?: string;
 /** 水效标识 */ water_effciency?: string;
 /** 有效期 */ expire_date?: string;
 /** 产品描述 */ description?: string;
 /** gpc 分类代码 */ gpc?: string;
 /** 净含量 */ net_content?: string;
 /** 净含量单位代码 */ unit_code?: string;
 /** 原产国 */ origin?: string;
 /** 市级区域代码 */ city?: string;
 /** 区县区域代码 */ county?: string;
 /** 数据状态 */ data_state?: string;
 /** 备注 */ remark?: string;
 /** 上送状态 */ upload_state?: string;
 /** 失效时间 */ expire_time?: string;
 /** 是否 AI 产品 */ is_ai_product?: string;
 /** 设备类型 */ device_type?: string;
 /** 厂商识别代码 */ manufact_code?: string;
 /** 厂商注册日期 */ manufact_login_date?: string;
 /** 厂商失效日期 */ manufact_logout_date?: string;
 /** 厂商失效标识 */ manufact_logout_flag?: string;
 /** 厂商注册地址 */ manufact_register_addr?: string;
 /** 厂商过期日期 */ manufact_valid_date?: string;
 /** 厂商企业名称 */ manufact_firm_name?: string;
 /** 企业定价单位 */ price_unit?: string;
 /** 上市日期 */ sale_date?: string;
 /** PC 类型 */ pc_type?: string;
 /** 上送平台编码 */ msg_src_platform?: string;
}

/** n品类核销: request body */
export interface PostV3GovSubsidyZhejiangNQualificationsConfirmBody {
 /** 品类集合 */ data?: Array<{
  /** 品类编码 */ cate_code: string;
  /** 证件号码 */ cert_no: string;
  /** 能耗等级 */ grade?: string;
  /** 姓名 */ name: string;
  /** 交易完成或商品退回时间戳 */ operation_time: string;
  /** 银行机构名称 */ bank_name?: string;
  /** 银行补贴金额 */ bank_subsidy?: string;
  /** 交易平台补贴金额 */ plat_subsidy?: string;
  /** 销售金额 */ sales: string;
  /** 品类状态 */ status: string;
  /** 政府补贴金额 */ subsidy: string;
  /** 手机号 */ tel: string;
  /** 收货地区编码 */ add_code: string;
  /** 收货地址 */ address: string;
  /** 销售方式 */ sale_models: string;
  /** 家电品牌 */ brand: string;
  /** 活动资金地区编码 */ activity_add_code: string;
  /** 统一社会信息代码 */ uniscid: string;
  /** 销售企业名称 */ corp_name: string;
  /** 数据流水号 */ serial_num: string;
 }>;
 /** 请求流水号 @example 123 */ req_ssn: string;
 /** 请求时间 */ req_time?: string;
}
/** n品类核销: options */
export interface PostV3GovSubsidyZhejiangNQualificationsConfirmOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangNQualificationsConfirmBody;
}
/** n品类核销: response body */
export interface PostV3GovSubsidyZhejiangNQualificationsConfirmData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

/** 变更资格: request body */
export interface PostV3GovSubsidyZhejiangQualificationsAlterBody {
 /** 品类编码 @example A01 */ cate_code: string;
 /** 证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ cert_no: string;
 /** 姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ name: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ tel: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
}
/** 变更资格: options */
export interface PostV3GovSubsidyZhejiangQualificationsAlterOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangQualificationsAlterBody;
}
/** 变更资格: response body */
export interface PostV3GovSubsidyZhejiangQualificationsAlterData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 品类凭证码 */ auth_code: string;
}

/** 领取资格: request body */
export interface PostV3GovSubsidyZhejiangQualificationsClaimBody {
 /** 品类编码 @example A01 */ cate_code: string;
 /** 证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ cert_no: string;
 /** 姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ name: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ tel: string;
 /** 证件类型 @example 1 */ cert_type?: "1" | "2" | "3" | "4" | "5";
 /** 请求流水号 @example 123 */ req_ssn: string;
}
/** 领取资格: options */
export interface PostV3GovSubsidyZhejiangQualificationsClaimOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangQualificationsClaimBody;
}
/** 领取资格: response body */
export interface PostV3GovSubsidyZhejiangQualificationsClaimData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

/** 查询补贴资格: request body */
export interface PostV3GovSubsidyZhejiangQualificationsQueryBody {
 /** 证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ cert_no: string;
 /** 品类编码 @example A01 */ cate_code?: string;
 /** 请求流水号 @example 123 */ req_ssn: string;
}
/** 查询补贴资格: options */
export interface PostV3GovSubsidyZhejiangQualificationsQueryOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangQualificationsQueryBody;
}
/** 查询补贴资格: response body */
export interface PostV3GovSubsidyZhejiangQualificationsQueryData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 资格信息 */ data?: Array<{
  /** 品类编码 */ cate_code: string;
  /** 状态信息 */ status?: string;
  /** 状态编码 */ status_code?: "00" | "01" | "02" | "03" | "04" | "05" | "06";
 }>;
}

/** 核销资格: request body */
export interface PostV3GovSubsidyZhejiangQualificationsSyncBody {
 /** 请求流水号 @example 123 */ req_ssn?: string;
 /** 资格集合 */ data?: Array<{
  /** 品类凭证码 @example 0be5f8c9071ad939651948480316da8a2d610833bb63bf67c78fdee5edd5aea1 */ auth_code: string;
  /** 品类编码 @example A01 */ cate_code: string;
  /** 证件号码 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ cert_no: string;
  /** 能耗等级 */ grade?: "一级" | "二级";
  /** 姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ name: string;
  /** 交易完成或商品退回时间戳 */ operation_time: string;
  /** 银行机构名称 */ bank_name?: string;
  /** 银行补贴金额 */ bank_subsidy?: string;
  /** 交易平台补贴金额 */ plat_subsidy?: string;
  /** 销售金额 */ sales: string;
  /** 品类状态 */ status: "0" | "1";
  /** 政府补贴金额 */ subsidy: string;
  /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ tel: string;
  /** 区县编码 @example 330000 */ add_code: string;
  /** 收货地址 */ address: string;
  /** 销售方式 */ sale_models: "0" | "1";
  /** S/N码 */ sn_code: string;
  /** 统一社会信息代码 */ uniscid: string;
  /** 销售企业名称 */ corp_name: string;
  /** 商品条码 */ barcode: string;
  /** 商品名称 */ item_name: string;
  /** 规格型号 */ spec_model: string;
  /** 家电品牌 */ brand: string;
  /** 物流单号 */ logistics_no?: string;
  /** 签收时间 */ delivery_time?: string;
  /** 发票号 */ invoice_no?: string;
  /** 是否属于 AI 产品 */ is_ai_product: string;
  /** 类型 */ pc_type?: string;
  /** 商户订单号 */ order_no: string;
  /** 原始订单号 */ origin_order_no?: string;
  /** 活动地区编码 */ activity_add_code: string;
  /** IMEI1 */ imei1?: string;
  /** IMEI2 */ imei2?: string;
  /** 3C SN 锁定解锁订单号 */ ccc_sn_order_no?: string;
 }>;
}
/** 核销资格: options */
export interface PostV3GovSubsidyZhejiangQualificationsSyncOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GovSubsidyZhejiangQualificationsSyncBody;
}
/** 核销资格: response body */
export interface PostV3GovSubsidyZhejiangQualificationsSyncData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 异常数据说明列表 */ error_data?: string[];
}

/** sn码锁定: request body */
export interface PostV3GovSubsidyZhejiangSncodeLockBody {
 /** 发起方 */ create_user: string;
 /** 省份代码 */ province: string;
 /** 厂商统一 社会信用 代码 */ manufact_cert_code?: string;
 /** 商品 SN码 */ sn: string;
 /** 商品条码 */ goods_bar_code: string;
 /** 商品品类 */ goods_type: string;
 /** 商品名称 */ goods_name: string;
 /** 商品型号 */ goods_model?: string;
 /** IMEI_1 码 */ imei1?: string;
 /** IMEI_2 码 */ imei2?: string;
 /** 交易订单号 */ trans_orderid: string;
 /** 订单金额 */ order_price: string;
 /** 收单机构 */ acquire_code?: string;
 /** 销售订单号 */ sell_orderid: string;
 /** 市级区域代码 */ city?: string;
 /** 区县区域代码 */ county?: string;
 /** 是否 AI 产品 */ is_ai_product?: string;
 /** 销售时间 */ sale_time?: string;
 /** 厂商信息 */ mfr_info?: string;
 /** 具体品牌 */ brand?: string;
 /** 渠道类型 */ sale_models?: string;
 /** 请求流水号 */ req_ssn: string;
 /** 请求时间 */ req_time: string;
}
/** sn码锁定: options */
export interface PostV3GovSubsidyZhejiangSncodeLockOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangSncodeLockBody;
}
/** sn码锁定: response body */
export interface PostV3GovSubsidyZhejiangSncodeLockData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** IMEI_1 码 */ imei1?: string;
 /** IMEI_2 码 */ imei2?: string;
}

/** sn码销售状态查询: request body */
export interface PostV3GovSubsidyZhejiangSncodeQueryBody {
 /** 商品SN码 */ sn: string;
 /** 省份代码 */ province: string;
 /** 厂商统一社会信 用代码 */ manufact_cert_code?: string;
 /** 商品品类 */ goods_type: string;
 /** 商品条码 */ goods_bar_code: string;
 /** IMEI_1 码 */ imei1?: string;
 /** IMEI_2 码 */ imei2?: string;
 /** 渠道类型 */ sales_models?: string;
 /** 请求流水号 */ req_ssn: string;
 /** 请求时间 */ req_time: string;
}
/** sn码销售状态查询: options */
export interface PostV3GovSubsidyZhejiangSncodeQueryOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangSncodeQueryBody;
}
/** sn码销售状态查询: response body */
export interface PostV3GovSubsidyZhejiangSncodeQueryData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
 /** 商品SN码 */ sn?: string;
 /** 省份代码 */ province?: string;
 /** 售卖状态 */ sell_state?: "U0022" | "U0023" | "U0024" | "U9999";
}

/** sn码解锁: request body */
export interface PostV3GovSubsidyZhejiangSncodeUnlockBody {
 /** 请求流水号 */ req_ssn: string;
 /** 请求时间 */ req_time: string;
 /** 发起方 */ create_user: string;
 /** 省份代码 */ province: string;
 /** 厂商统一 社会信用 代码 */ manufact_cert_code?: string;
 /** 商品 SN码 */ sn: string;
 /** 商品条码 */ goods_bar_code: string;
 /** 商品品类 */ goods_type: string;
 /** 商品名称 */ goods_name: string;
 /** 商品型号 */ goods_model?: string;
 /** IMEI_1 码 */ imei1?: string;
 /** IMEI_2 码 */ imei2?: string;
 /** 交易订单 号 */ trans_orderid: string;
 /** 原支付订 单号 */ ori_pay_orderid: string;
 /** 订单金额 */ order_price: string;
 /** 收单机构 */ acquire_code?: string;
 /** 销售订单 号 */ sell_orderid: string;
 /** 市级区域 代码 */ city?: string;
 /** 区县区域代码 */ county?: string;
 /** 是否 AI 产 品 */ is_ai_product?: string;
 /** 销售时间 */ sale_time?: string;
 /** 厂商信息 */ mfr_info?: string;
 /** 具体品牌 */ brand?: string;
 /** 渠道类型 */ sales_models?: string;
}
/** sn码解锁: options */
export interface PostV3GovSubsidyZhejiangSncodeUnlockOptions extends CallOptions {
 json: PostV3GovSubsidyZhejiangSncodeUnlockBody;
}
/** sn码解锁: response body */
export interface PostV3GovSubsidyZhejiangSncodeUnlockData {
 /** 响应码 */ resp_code: string;
 /** 响应描述 */ resp_desc: string;
}

export interface PostV3GovSubsidyAuditCupInvalidDataFields {
 /** 响应码 */ code: string;
 /** 响应描述 */ msg: string;
 /** 详细应答码 */ sub_code?: string;
 /** 详细应答码描述 */ sub_msg?: string;
}

export interface PostV3GovSubsidyAuditCupUpdateBodyFields {
 /** 分公司机构代码 */ org_no: string;
 /** 店铺编码 */ sub_mchnt_cd: string;
 /** 店铺名称 */ sub_mchnt_nm: string;
 /** 门店名称 */ store_nm?: string;
 /** 线上平台订单号 */ online_no: string;
 /** 商户订单号 */ mchnt_order_id: string;
 /** 审核记录上传时间 */ upload_time: string;
 /** 审核结果通知地址 */ notify_url: string;
 /** 品类 */ prod_id: string;
 /** 能效 */ eng_grade?: string;
 /** 品牌 */ brand_nm: string;
 /** 型号 */ prod_model: string;
 /** 销售方式 */ sales_chnl?: string;
 /** 电商平台方 */ plat_form: string;
 /** 支付方式类型 */ payer_tp: string;
 /** 收旧订单号 */ trade_in_order_id?: string;
 /** 收旧价格 */ trade_in_at?: string;
 /** 收旧价格是否统计 */ is_trade_in?: string;
 /** 订单金额 */ sales_at: string;
 /** 实付金额 */ actual_at: string;
 /** 交易时间 */ trans_tm: string;
 /** 商户编码 */ mchnt_cd: string;
 /** 商家优惠金额 */ mer_sub_at?: string;
 /** 国补优惠金额 */ discount_at: string;
 /** 其他图片1 */ image01?: string;
 /** 其他图片2 */ image02?: string;
 /** 其他图片3 */ image03?: string;
 /** 其他图片4 */ image04?: string;
 /** 其他图片5 */ image05?: string;
 /** 其他图片6 */ image06?: string;
 /** 其他图片7 */ image07?: string;
 /** 其他图片8 */ image08?: string;
 /** 其他图片9 */ image09?: string;
 /** 其他图片10 */ image10?: string;
 /** 收旧承诺函照片 */ commitment_letter_photo?: string;
 /** 收旧承诺函照片格式 */ commitment_letter_photo_format?: string;
 /** 收旧设备外观照片 */ device_photo?: string;
 /** 收旧设备外观照片格式 */ device_photo_format?: string;
 /** 包含完整外包装及sn码的激活照片 */ pack_and_active_photo?: string;
 /** 商品条码 */ bar_code?: string;
 /** SN码 */ sn_code: string;
 /** IMEI1 */ imei1?: string;
 /** IMEI2 */ imei2?: string;
 /** 能效或水效网备案登记型号 */ register_model?: string;
 /** 能效或水效备案号 */ record_number?: string;
 /** 能效或水效执行的国家标准名称 */ eng_grade_standard?: string;
 /** 发票信息 */ invoice_info: {
  /** 发票代码 */ invoice_cd?: string;
  /** 发票号码 */ invoice_no?: string;
  /** 开票日期 */ invoice_dt?: string;
  /** 发票链接 */ invoice_link?: string;
  /** 发票类型 */ invoice_tp?: string;
  /** 发票校验码 */ invoice_ck_cd?: string;
  /** 发票上购买人姓名 */ nm?: string;
  /** 税价合计 */ tax?: string;
  /** 发票税额 */ invoice_tax_amt?: string;
  /** 销售企业名称 */ sales_ent_nm?: string;
  /** 销售方纳税人识别号 */ tax_payer?: string;
  /** 数量 */ num?: string;
  /** 货物或应税劳务服务名称 */ service_nm?: string;
 };
 /** 物流信息 */ track_info: {
  /** 物流单号 */ tracking_no?: string;
  /** 物流公司 */ tracking_company?: string;
  /** 收货省 */ usr_prov?: string;
  /** 收货市 */ usr_city?: string;
  /** 收货区县 */ usr_area?: string;
  /** 收货地址 */ usr_addr?: string;
  /** 物流类型 */ tracking_type?: string;
  /** 提货方式 */ delivery_method?: string;
  /** 发货地址 */ shipping_addr?: string;
  /** 签收时间 */ delivery_time?: string;
 };
}

export interface PostV3GovSubsidyGoodsUploadDataFields {
 /** 响应码 */ code: string;
 /** 响应描述 */ message: string;
}

export interface PostV3GovSubsidyQualificationsPassthroughQueryBodyFields {
 /** 自然人姓名 @example OEimkKuua8igpd+0YDgqF2Z61l= */ real_name: string;
 /** 自然人证件号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/mEoNSgJh0nvuqQJ1cdL== */ id_card_number: string;
 /** 手机号 @example 1axtI9EZUr0343c89xQznxau+cRWPKP4YhVAoj/nunesXwq9ogPnSj7EDA== */ phone_number: string;
 /** 使用的资格的地区编码 @example 310100 */ qualification_region_code: number;
 /** 证件类型 @example ID_DOC_TYPE_ID_CARD */ identity_document_type: "ID_DOC_TYPE_ID_CARD" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC" | "ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW";
}

export interface V3GovNode {
 subsidy: Open<V3GovSubsidyNode>;
 chain: ChainFrom<"v3/gov">;
}

export interface V3GovSubsidyNode {
 audit: Open<V3GovSubsidyAuditNode>;
 companies: Open<V3GovSubsidyCompaniesNode>;
 goods: Open<V3GovSubsidyGoodsNode>;
 nQualifications: Open<V3GovSubsidyNQualificationsNode>;
 qualification: Open<V3GovSubsidyQualificationNode>;
 qualifications: Open<V3GovSubsidyQualificationsNode>;
 sncode: Open<V3GovSubsidySncodeNode>;
 transactions: Open<V3GovSubsidyTransactionsNode>;
 zhejiang: Open<V3GovSubsidyZhejiangNode>;
 chain: ChainFrom<"v3/gov/subsidy">;
}

export interface V3GovSubsidyAuditNode {
 cup: Open<V3GovSubsidyAuditCupNode>;
 chain: ChainFrom<"v3/gov/subsidy/audit">;
}

export interface V3GovSubsidyAuditCupNode {
 invalid: Open<V3GovSubsidyAuditCupInvalidNode>;
 query: Open<V3GovSubsidyAuditCupQueryNode>;
 refund: Open<V3GovSubsidyAuditCupRefundNode>;
 update: Open<V3GovSubsidyAuditCupUpdateNode>;
 upload: Open<V3GovSubsidyAuditCupUploadNode>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup">;
}

export interface V3GovSubsidyAuditCupInvalidNode {
 /** 查询审核结果 `POST /v3/gov/subsidy/audit/cup/invalid` */
 post: Verb<PostV3GovSubsidyAuditCupInvalidOptions, PostV3GovSubsidyAuditCupInvalidData>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/invalid">;
}

export interface V3GovSubsidyAuditCupQueryNode {
 /** 查询审核结果 `POST /v3/gov/subsidy/audit/cup/query` */
 post: Verb<PostV3GovSubsidyAuditCupQueryOptions, PostV3GovSubsidyAuditCupQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/query">;
}

export interface V3GovSubsidyAuditCupRefundNode {
 sync: Open<V3GovSubsidyAuditCupRefundSyncNode>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/refund">;
}

export interface V3GovSubsidyAuditCupRefundSyncNode {
 /** 同步非银联支付交易退款信息 `POST /v3/gov/subsidy/audit/cup/refund/sync` */
 post: Verb<PostV3GovSubsidyAuditCupRefundSyncOptions, PostV3GovSubsidyAuditCupRefundSyncData>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/refund/sync">;
}

export interface V3GovSubsidyAuditCupUpdateNode {
 /** 更新审核数据 `POST /v3/gov/subsidy/audit/cup/update` */
 post: Verb<PostV3GovSubsidyAuditCupUpdateOptions, PostV3GovSubsidyAuditCupUpdateData>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/update">;
}

export interface V3GovSubsidyAuditCupUploadNode {
 /** 上传审核数据 `POST /v3/gov/subsidy/audit/cup/upload` */
 post: Verb<PostV3GovSubsidyAuditCupUploadOptions, PostV3GovSubsidyAuditCupUploadData>;
 chain: ChainFrom<"v3/gov/subsidy/audit/cup/upload">;
}

export interface V3GovSubsidyCompaniesNode {
 query: Open<V3GovSubsidyCompaniesQueryNode>;
 chain: ChainFrom<"v3/gov/subsidy/companies">;
}

export interface V3GovSubsidyCompaniesQueryNode {
 /** 企业信息查询 `POST /v3/gov/subsidy/companies/query` */
 post: Verb<PostV3GovSubsidyCompaniesQueryOptions, PostV3GovSubsidyCompaniesQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/companies/query">;
}

export interface V3GovSubsidyGoodsNode {
 upload: Open<V3GovSubsidyGoodsUploadNode>;
 chain: ChainFrom<"v3/gov/subsidy/goods">;
}

export interface V3GovSubsidyGoodsUploadNode {
 /** 商品信息上传 `POST /v3/gov/subsidy/goods/upload` */
 post: Verb<PostV3GovSubsidyGoodsUploadOptions, PostV3GovSubsidyGoodsUploadData>;
 chain: ChainFrom<"v3/gov/subsidy/goods/upload">;
}

export interface V3GovSubsidyNQualificationsNode {
 sync: Open<V3GovSubsidyNQualificationsSyncNode>;
 chain: ChainFrom<"v3/gov/subsidy/n-qualifications">;
}

export interface V3GovSubsidyNQualificationsSyncNode {
 /** N品类同步资格核销信息 `POST /v3/gov/subsidy/n-qualifications/sync` */
 post: Verb<PostV3GovSubsidyNQualificationsSyncOptions, PostV3GovSubsidyNQualificationsSyncData>;
 chain: ChainFrom<"v3/gov/subsidy/n-qualifications/sync">;
}

export interface V3GovSubsidyQualificationNode {
 /** 查询补贴资格 `GET /v3/gov/subsidy/qualification` */
 get: Verb<GetV3GovSubsidyQualificationOptions, GetV3GovSubsidyQualificationData>;
 chain: ChainFrom<"v3/gov/subsidy/qualification">;
}

export interface V3GovSubsidyQualificationsNode {
 passthrough: Open<V3GovSubsidyQualificationsPassthroughNode>;
 query: Open<V3GovSubsidyQualificationsQueryNode>;
 sync: Open<V3GovSubsidyQualificationsSyncNode>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications">;
}

export interface V3GovSubsidyQualificationsPassthroughNode {
 cancel: Open<V3GovSubsidyQualificationsPassthroughCancelNode>;
 claim: Open<V3GovSubsidyQualificationsPassthroughClaimNode>;
 query: Open<V3GovSubsidyQualificationsPassthroughQueryNode>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/passthrough">;
}

export interface V3GovSubsidyQualificationsPassthroughCancelNode {
 /** 取消资格(透传模式) `POST /v3/gov/subsidy/qualifications/passthrough/cancel` */
 post: Verb<PostV3GovSubsidyQualificationsPassthroughCancelOptions, PostV3GovSubsidyQualificationsPassthroughCancelData>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/passthrough/cancel">;
}

export interface V3GovSubsidyQualificationsPassthroughClaimNode {
 /** 领取资格(透传模式) `POST /v3/gov/subsidy/qualifications/passthrough/claim` */
 post: Verb<PostV3GovSubsidyQualificationsPassthroughClaimOptions, PostV3GovSubsidyQualificationsPassthroughClaimData>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/passthrough/claim">;
}

export interface V3GovSubsidyQualificationsPassthroughQueryNode {
 /** 批量查询用户资格(透传模式) `POST /v3/gov/subsidy/qualifications/passthrough/query` */
 post: Verb<PostV3GovSubsidyQualificationsPassthroughQueryOptions, PostV3GovSubsidyQualificationsPassthroughQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/passthrough/query">;
}

export interface V3GovSubsidyQualificationsQueryNode {
 /** 批量查询用户资格 `POST /v3/gov/subsidy/qualifications/query` */
 post: Verb<PostV3GovSubsidyQualificationsQueryOptions, PostV3GovSubsidyQualificationsQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/query">;
}

export interface V3GovSubsidyQualificationsSyncNode {
 /** 同步资格核销信息 `POST /v3/gov/subsidy/qualifications/sync` */
 post: Verb<PostV3GovSubsidyQualificationsSyncOptions, PostV3GovSubsidyQualificationsSyncData>;
 chain: ChainFrom<"v3/gov/subsidy/qualifications/sync">;
}

export interface V3GovSubsidySncodeNode {
 lock: Open<V3GovSubsidySncodeLockNode>;
 query: Open<V3GovSubsidySncodeQueryNode>;
 unlock: Open<V3GovSubsidySncodeUnlockNode>;
 chain: ChainFrom<"v3/gov/subsidy/sncode">;
}

export interface V3GovSubsidySncodeLockNode {
 /** sn码锁定 `POST /v3/gov/subsidy/sncode/lock` */
 post: Verb<PostV3GovSubsidySncodeLockOptions, PostV3GovSubsidySncodeLockData>;
 chain: ChainFrom<"v3/gov/subsidy/sncode/lock">;
}

export interface V3GovSubsidySncodeQueryNode {
 /** 查询sn码状态 `POST /v3/gov/subsidy/sncode/query` */
 post: Verb<PostV3GovSubsidySncodeQueryOptions, PostV3GovSubsidySncodeQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/sncode/query">;
}

export interface V3GovSubsidySncodeUnlockNode {
 /** sn码解锁 `POST /v3/gov/subsidy/sncode/unlock` */
 post: Verb<PostV3GovSubsidySncodeUnlockOptions, PostV3GovSubsidySncodeUnlockData>;
 chain: ChainFrom<"v3/gov/subsidy/sncode/unlock">;
}

export interface V3GovSubsidyTransactionsNode {
 query: Open<V3GovSubsidyTransactionsQueryNode>;
 summary: Open<V3GovSubsidyTransactionsSummaryNode>;
 sync: Open<V3GovSubsidyTransactionsSyncNode>;
 chain: ChainFrom<"v3/gov/subsidy/transactions">;
}

export interface V3GovSubsidyTransactionsQueryNode {
 /** 交易信息查询 `POST /v3/gov/subsidy/transactions/query` */
 post: Verb<PostV3GovSubsidyTransactionsQueryOptions, PostV3GovSubsidyTransactionsQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/transactions/query">;
}

export interface V3GovSubsidyTransactionsSummaryNode {
 queryDay: Open<V3GovSubsidyTransactionsSummaryQueryDayNode>;
 chain: ChainFrom<"v3/gov/subsidy/transactions/summary">;
}

export interface V3GovSubsidyTransactionsSummaryQueryDayNode {
 /** 查询单日交易汇总 `POST /v3/gov/subsidy/transactions/summary/query-day` */
 post: Verb<PostV3GovSubsidyTransactionsSummaryQueryDayOptions, PostV3GovSubsidyTransactionsSummaryQueryDayData>;
 chain: ChainFrom<"v3/gov/subsidy/transactions/summary/query-day">;
}

export interface V3GovSubsidyTransactionsSyncNode {
 /** 交易信息回传 `POST /v3/gov/subsidy/transactions/sync` */
 post: Verb<PostV3GovSubsidyTransactionsSyncOptions, PostV3GovSubsidyTransactionsSyncData>;
 chain: ChainFrom<"v3/gov/subsidy/transactions/sync">;
}

export interface V3GovSubsidyZhejiangNode {
 authcode: Open<V3GovSubsidyZhejiangAuthcodeNode>;
 goods: Open<V3GovSubsidyZhejiangGoodsNode>;
 nQualifications: Open<V3GovSubsidyZhejiangNQualificationsNode>;
 qualifications: Open<V3GovSubsidyZhejiangQualificationsNode>;
 sncode: Open<V3GovSubsidyZhejiangSncodeNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang">;
}

export interface V3GovSubsidyZhejiangAuthcodeNode {
 cancel: Open<V3GovSubsidyZhejiangAuthcodeCancelNode>;
 commit: Open<V3GovSubsidyZhejiangAuthcodeCommitNode>;
 issue: Open<V3GovSubsidyZhejiangAuthcodeIssueNode>;
 refund: Open<V3GovSubsidyZhejiangAuthcodeRefundNode>;
 try: Open<V3GovSubsidyZhejiangAuthcodeTryNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode">;
}

export interface V3GovSubsidyZhejiangAuthcodeCancelNode {
 /** 品类凭证码预核销撤销 `POST /v3/gov/subsidy/zhejiang/authcode/cancel` */
 post: Verb<PostV3GovSubsidyZhejiangAuthcodeCancelOptions, PostV3GovSubsidyZhejiangAuthcodeCancelData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode/cancel">;
}

export interface V3GovSubsidyZhejiangAuthcodeCommitNode {
 /** 品类凭证码上报确认 `POST /v3/gov/subsidy/zhejiang/authcode/commit` */
 post: Verb<PostV3GovSubsidyZhejiangAuthcodeCommitOptions, PostV3GovSubsidyZhejiangAuthcodeCommitData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode/commit">;
}

export interface V3GovSubsidyZhejiangAuthcodeIssueNode {
 /** 申请品类凭证码 `POST /v3/gov/subsidy/zhejiang/authcode/issue` */
 post: Verb<PostV3GovSubsidyZhejiangAuthcodeIssueOptions, PostV3GovSubsidyZhejiangAuthcodeIssueData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode/issue">;
}

export interface V3GovSubsidyZhejiangAuthcodeRefundNode {
 /** 品类凭证码上报撤销 `POST /v3/gov/subsidy/zhejiang/authcode/refund` */
 post: Verb<PostV3GovSubsidyZhejiangAuthcodeRefundOptions, PostV3GovSubsidyZhejiangAuthcodeRefundData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode/refund">;
}

export interface V3GovSubsidyZhejiangAuthcodeTryNode {
 /** 预核销品类凭证码 `POST /v3/gov/subsidy/zhejiang/authcode/try` */
 post: Verb<PostV3GovSubsidyZhejiangAuthcodeTryOptions, PostV3GovSubsidyZhejiangAuthcodeTryData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/authcode/try">;
}

export interface V3GovSubsidyZhejiangGoodsNode {
 query: Open<V3GovSubsidyZhejiangGoodsQueryNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/goods">;
}

export interface V3GovSubsidyZhejiangGoodsQueryNode {
 /** 商品信息查询 `POST /v3/gov/subsidy/zhejiang/goods/query` */
 post: Verb<PostV3GovSubsidyZhejiangGoodsQueryOptions, PostV3GovSubsidyZhejiangGoodsQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/goods/query">;
}

export interface V3GovSubsidyZhejiangNQualificationsNode {
 confirm: Open<V3GovSubsidyZhejiangNQualificationsConfirmNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/n-qualifications">;
}

export interface V3GovSubsidyZhejiangNQualificationsConfirmNode {
 /** n品类核销 `POST /v3/gov/subsidy/zhejiang/n-qualifications/confirm` */
 post: Verb<PostV3GovSubsidyZhejiangNQualificationsConfirmOptions, PostV3GovSubsidyZhejiangNQualificationsConfirmData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/n-qualifications/confirm">;
}

export interface V3GovSubsidyZhejiangQualificationsNode {
 alter: Open<V3GovSubsidyZhejiangQualificationsAlterNode>;
 claim: Open<V3GovSubsidyZhejiangQualificationsClaimNode>;
 query: Open<V3GovSubsidyZhejiangQualificationsQueryNode>;
 sync: Open<V3GovSubsidyZhejiangQualificationsSyncNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/qualifications">;
}

export interface V3GovSubsidyZhejiangQualificationsAlterNode {
 /** 变更资格 `POST /v3/gov/subsidy/zhejiang/qualifications/alter` */
 post: Verb<PostV3GovSubsidyZhejiangQualificationsAlterOptions, PostV3GovSubsidyZhejiangQualificationsAlterData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/qualifications/alter">;
}

export interface V3GovSubsidyZhejiangQualificationsClaimNode {
 /** 领取资格 `POST /v3/gov/subsidy/zhejiang/qualifications/claim` */
 post: Verb<PostV3GovSubsidyZhejiangQualificationsClaimOptions, PostV3GovSubsidyZhejiangQualificationsClaimData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/qualifications/claim">;
}

export interface V3GovSubsidyZhejiangQualificationsQueryNode {
 /** 查询补贴资格 `POST /v3/gov/subsidy/zhejiang/qualifications/query` */
 post: Verb<PostV3GovSubsidyZhejiangQualificationsQueryOptions, PostV3GovSubsidyZhejiangQualificationsQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/qualifications/query">;
}

export interface V3GovSubsidyZhejiangQualificationsSyncNode {
 /** 核销资格 `POST /v3/gov/subsidy/zhejiang/qualifications/sync` */
 post: Verb<PostV3GovSubsidyZhejiangQualificationsSyncOptions, PostV3GovSubsidyZhejiangQualificationsSyncData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/qualifications/sync">;
}

export interface V3GovSubsidyZhejiangSncodeNode {
 lock: Open<V3GovSubsidyZhejiangSncodeLockNode>;
 query: Open<V3GovSubsidyZhejiangSncodeQueryNode>;
 unlock: Open<V3GovSubsidyZhejiangSncodeUnlockNode>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/sncode">;
}

export interface V3GovSubsidyZhejiangSncodeLockNode {
 /** sn码锁定 `POST /v3/gov/subsidy/zhejiang/sncode/lock` */
 post: Verb<PostV3GovSubsidyZhejiangSncodeLockOptions, PostV3GovSubsidyZhejiangSncodeLockData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/sncode/lock">;
}

export interface V3GovSubsidyZhejiangSncodeQueryNode {
 /** sn码销售状态查询 `POST /v3/gov/subsidy/zhejiang/sncode/query` */
 post: Verb<PostV3GovSubsidyZhejiangSncodeQueryOptions, PostV3GovSubsidyZhejiangSncodeQueryData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/sncode/query">;
}

export interface V3GovSubsidyZhejiangSncodeUnlockNode {
 /** sn码解锁 `POST /v3/gov/subsidy/zhejiang/sncode/unlock` */
 post: Verb<PostV3GovSubsidyZhejiangSncodeUnlockOptions, PostV3GovSubsidyZhejiangSncodeUnlockData>;
 chain: ChainFrom<"v3/gov/subsidy/zhejiang/sncode/unlock">;
}
