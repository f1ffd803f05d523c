// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 商家小票管理API: request body */
export interface PostV3GoldplanMerchantsChangecustompagestatusBody {
 /** 子商户ID @example 1234567890 */ sub_mchid: string;
 /** 操作类型 */ operation_type: "OPEN" | "CLOSE";
}
/** 商家小票管理API: options */
export interface PostV3GoldplanMerchantsChangecustompagestatusOptions extends CallOptions {
 json: PostV3GoldplanMerchantsChangecustompagestatusBody;
}
/** 商家小票管理API: response body */
export interface PostV3GoldplanMerchantsChangecustompagestatusData {
 /** 子商户ID */ sub_mchid: string;
 /** 操作类型 */ operation_type: "OPEN" | "CLOSE";
}

/** 点金计划管理API: request body */
export interface PostV3GoldplanMerchantsChangegoldplanstatusBody {
 /** 子商户ID @example 1234567890 */ sub_mchid: string;
 /** 操作类型 */ operation_type: "OPEN" | "CLOSE";
 /** 支付场景 */ operation_pay_scene?: "JSAPI_AND_MINIPROGRAM" | "JSAPI" | "MINIPROGRAM";
}
/** 点金计划管理API: options */
export interface PostV3GoldplanMerchantsChangegoldplanstatusOptions extends CallOptions {
 json: PostV3GoldplanMerchantsChangegoldplanstatusBody;
}
/** 点金计划管理API: response body */
export interface PostV3GoldplanMerchantsChangegoldplanstatusData {
 /** 子商户ID */ sub_mchid: string;
}

/** 关闭广告展示API: request body */
export interface PostV3GoldplanMerchantsCloseAdvertisingShowBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
}
/** 关闭广告展示API: options */
export interface PostV3GoldplanMerchantsCloseAdvertisingShowOptions extends CallOptions {
 json: PostV3GoldplanMerchantsCloseAdvertisingShowBody;
}
/** 关闭广告展示API: response body */
export type PostV3GoldplanMerchantsCloseAdvertisingShowData = undefined;

/** 开通广告展示API: request body */
export interface PatchV3GoldplanMerchantsOpenAdvertisingShowBody {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
 /** 同业过滤标签值 */ advertising_industry_filters?: Array<"E_COMMERCE" | "LOVE_MARRIAGE" | "POTOGRAPHY" | "EDUCATION" | "FINANCE" | "TOURISM" | "SKINCARE" | "FOOD" | "SPORT" | "JEWELRY_WATCH" | "HEALTHCARE" | "BUSSINESS" | "PARENTING" | "CATERING" | "RETAIL" | "SERVICES" | "LAW" | "ESTATE" | "TRANSPORTATION" | "ENERGY_SAVING" | "SECURITY" | "BUILDING_MATERIAL" | "COMMUNICATION" | "MERCHANDISE" | "ASSOCIATION" | "COMMUNITY" | "ONLINE_AVR" | "WE_MEDIA" | "CAR" | "SOFTWARE" | "GAME" | "CLOTHING" | "INDUSTY" | "AGRICULTURE" | "PUBLISHING_MEDIA" | "HOME_DIGITAL">;
}
/** 开通广告展示API: options */
export interface PatchV3GoldplanMerchantsOpenAdvertisingShowOptions extends CallOptions {
 json: PatchV3GoldplanMerchantsOpenAdvertisingShowBody;
}
/** 开通广告展示API: response body */
export type PatchV3GoldplanMerchantsOpenAdvertisingShowData = undefined;

/** 同业过滤标签管理API: request body */
export interface PostV3GoldplanMerchantsSetAdvertisingIndustryFilterBody {
 /** 特约子商户号 @example 1900000109 */ sub_mchid: string;
 /** 同业过滤标签值 */ advertising_industry_filters?: Array<"E_COMMERCE" | "LOVE_MARRIAGE" | "POTOGRAPHY" | "EDUCATION" | "FINANCE" | "TOURISM" | "SKINCARE" | "FOOD" | "SPORT" | "JEWELRY_WATCH" | "HEALTHCARE" | "BUSSINESS" | "PARENTING" | "CATERING" | "RETAIL" | "SERVICES" | "LAW" | "ESTATE" | "TRANSPORTATION" | "ENERGY_SAVING" | "SECURITY" | "BUILDING_MATERIAL" | "COMMUNICATION" | "MERCHANDISE" | "ASSOCIATION" | "COMMUNITY" | "ONLINE_AVR" | "WE_MEDIA" | "CAR" | "SOFTWARE" | "GAME" | "CLOTHING" | "INDUSTY" | "AGRICULTURE" | "PUBLISHING_MEDIA" | "HOME_DIGITAL">;
}
/** 同业过滤标签管理API: options */
export interface PostV3GoldplanMerchantsSetAdvertisingIndustryFilterOptions extends CallOptions {
 json: PostV3GoldplanMerchantsSetAdvertisingIndustryFilterBody;
}
/** 同业过滤标签管理API: response body */
export type PostV3GoldplanMerchantsSetAdvertisingIndustryFilterData = undefined;

export interface V3GoldplanNode {
 merchants: Open<V3GoldplanMerchantsNode>;
 chain: ChainFrom<"v3/goldplan">;
}

export interface V3GoldplanMerchantsNode {
 changecustompagestatus: Open<V3GoldplanMerchantsChangecustompagestatusNode>;
 changegoldplanstatus: Open<V3GoldplanMerchantsChangegoldplanstatusNode>;
 closeAdvertisingShow: Open<V3GoldplanMerchantsCloseAdvertisingShowNode>;
 openAdvertisingShow: Open<V3GoldplanMerchantsOpenAdvertisingShowNode>;
 setAdvertisingIndustryFilter: Open<V3GoldplanMerchantsSetAdvertisingIndustryFilterNode>;
 chain: ChainFrom<"v3/goldplan/merchants">;
}

export interface V3GoldplanMerchantsChangecustompagestatusNode {
 /**
  * 商家小票管理API `POST /v3/goldplan/merchants/changecustompagestatus`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_2.shtml
  */
 post: Verb<PostV3GoldplanMerchantsChangecustompagestatusOptions, PostV3GoldplanMerchantsChangecustompagestatusData>;
 chain: ChainFrom<"v3/goldplan/merchants/changecustompagestatus">;
}

export interface V3GoldplanMerchantsChangegoldplanstatusNode {
 /**
  * 点金计划管理API `POST /v3/goldplan/merchants/changegoldplanstatus`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_1.shtml
  */
 post: Verb<PostV3GoldplanMerchantsChangegoldplanstatusOptions, PostV3GoldplanMerchantsChangegoldplanstatusData>;
 chain: ChainFrom<"v3/goldplan/merchants/changegoldplanstatus">;
}

export interface V3GoldplanMerchantsCloseAdvertisingShowNode {
 /**
  * 关闭广告展示API `POST /v3/goldplan/merchants/close-advertising-show`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_5_5.shtml
  */
 post: Verb<PostV3GoldplanMerchantsCloseAdvertisingShowOptions, PostV3GoldplanMerchantsCloseAdvertisingShowData>;
 chain: ChainFrom<"v3/goldplan/merchants/close-advertising-show">;
}

export interface V3GoldplanMerchantsOpenAdvertisingShowNode {
 /**
  * 开通广告展示API `PATCH /v3/goldplan/merchants/open-advertising-show`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_5_4.shtml
  */
 patch: Verb<PatchV3GoldplanMerchantsOpenAdvertisingShowOptions, PatchV3GoldplanMerchantsOpenAdvertisingShowData>;
 chain: ChainFrom<"v3/goldplan/merchants/open-advertising-show">;
}

export interface V3GoldplanMerchantsSetAdvertisingIndustryFilterNode {
 /**
  * 同业过滤标签管理API `POST /v3/goldplan/merchants/set-advertising-industry-filter`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_3.shtml
  */
 post: Verb<PostV3GoldplanMerchantsSetAdvertisingIndustryFilterOptions, PostV3GoldplanMerchantsSetAdvertisingIndustryFilterData>;
 chain: ChainFrom<"v3/goldplan/merchants/set-advertising-industry-filter">;
}
