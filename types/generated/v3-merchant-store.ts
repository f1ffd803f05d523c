// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 创建门店API: request body */
export interface PostV3MerchantStoreStoresBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 门店基础信息 */ store_basics?: MerchantStoreStoreBasics;
 /** 门店地址信息 */ store_address?: MerchantStoreStoreAddress;
 /** 门店经营信息 */ store_business?: MerchantStoreStoreBusiness;
 /** 门店收款信息 */ store_recipient?: MerchantStoreStoreRecipient[];
}
/** 创建门店API: options */
export interface PostV3MerchantStoreStoresOptions extends CallOptions {
 json: PostV3MerchantStoreStoresBody;
}
/** 创建门店API: response body */
export interface PostV3MerchantStoreStoresData {
 /** 微信支付商户门店ID */ store_id: number;
}

/** 查询门店API: options */
export interface GetV3MerchantStoreStoresOptions extends CallOptions {
 /** 微信支付商户门店ID @example 20488000 */ store_id: string | number;
 query?: {
  /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询门店API: response body */
export interface GetV3MerchantStoreStoresData {
 /** 门店基础信息 */ store_basics?: {
  /** 商家门店编号 */ store_reference_id?: string;
  /** 品牌名称 */ brand_name?: string;
  /** 门店名称 */ store_name: string;
  /** 分店名称 */ branch_name?: string;
  /** 品牌ID */ brand_id?: number;
 };
 /** 门店地址信息 */ store_address?: {
  /** 门店省市编码 */ address_code: string;
  /** 门店地址 */ address_detail: string;
  /** 门店地址辅助描述 */ address_complements?: string;
  /** 门店经度 */ longitude?: string;
  /** 门店纬度 */ latitude?: string;
 };
 /** 门店经营信息 */ store_business?: {
  /** 门店服务电话 */ service_phone?: string;
  /** 门店经营时间 */ business_hours?: string;
 };
 /** 门店收款信息 */ store_recipient?: Array<{
  /** 门店收款商户号 */ mchid: string;
  /** 门店收款主体 */ company_name?: string;
 }>;
 /** 门店状态 */ store_state?: {
  /** 门店状态描述 */ store_state_message?: string;
  /** 地址核实失败原因 */ address_failed_reason?: string;
  /** STORE_STATE_VALID */ store_state_value?: string;
 };
}

/** 修改门店API: request body */
export interface PatchV3MerchantStoreStoresBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 门店基础信息 */ store_basics?: MerchantStoreStoreBasics;
 /** 门店地址信息 */ store_address?: MerchantStoreStoreAddress;
 /** 门店经营信息 */ store_business?: MerchantStoreStoreBusiness;
}
/** 修改门店API: options */
export interface PatchV3MerchantStoreStoresOptions extends CallOptions {
 /** 微信支付商户门店ID @example 20488000 */ store_id: string | number;
 json: PatchV3MerchantStoreStoresBody;
}
/** 修改门店API: response body */
export type PatchV3MerchantStoreStoresData = undefined;

/** 绑定门店收款信息: request body */
export interface PostV3MerchantStoreStoresRecipientsBindBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 门店收款信息 */ store_recipient: MerchantStoreStoreRecipient[];
}
/** 绑定门店收款信息: options */
export interface PostV3MerchantStoreStoresRecipientsBindOptions extends CallOptions {
 /** 微信支付商户门店ID @example 20488000 */ store_id: string | number;
 json: PostV3MerchantStoreStoresRecipientsBindBody;
}
/** 绑定门店收款信息: response body */
export interface PostV3MerchantStoreStoresRecipientsBindData {
 failed_store_recipient?: Array<{
  /** 门店收款商户号 */ mchid?: string;
  /** 绑定当前收款信息失败的原因 */ failed_reason?: string;
 }>;
}

/** 解除门店收款信息绑定: request body */
export interface PostV3MerchantStoreStoresRecipientsUnbindBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 门店收款信息 */ store_recipient?: MerchantStoreStoreRecipient[];
}
/** 解除门店收款信息绑定: options */
export interface PostV3MerchantStoreStoresRecipientsUnbindOptions extends CallOptions {
 /** 微信支付商户门店ID @example 20488000 */ store_id: string | number;
 json: PostV3MerchantStoreStoresRecipientsUnbindBody;
}
/** 解除门店收款信息绑定: response body */
export interface PostV3MerchantStoreStoresRecipientsUnbindData {
 failed_store_recipient?: Array<{
  /** 门店收款商户号 */ mchid?: string;
  /** 绑定当前收款信息失败的原因 */ failed_reason?: string;
 }>;
}

export interface MerchantStoreStoreBasics {
 /** 商家门店编号 @example MDL001 */ store_reference_id?: string;
 /** 品牌名称 @example 麦当劳 */ brand_name?: string;
 /** 门店名称 @example 麦当劳 */ store_name: string;
 /** 分店名称 @example 海岸城店 */ branch_name?: string;
 /** 品牌ID @example 1001 */ brand_id?: number;
}

export interface MerchantStoreStoreAddress {
 /** 门店省市编码 @example 440305 */ address_code: string;
 /** 门店地址 @example 深南大道10000号腾讯大厦1楼 */ address_detail: string;
 /** 门店地址辅助描述 @example 地铁A口右侧100米 */ address_complements?: string;
 /** 门店经度 @example 112.63484 */ longitude?: string;
 /** 门店纬度 @example 37.75464 */ latitude?: string;
}

export interface MerchantStoreStoreBusiness {
 /** 门店服务电话 @example 0755-86013388 */ service_phone?: string;
 /** 门店经营时间 @example 周一至周五 09:00-20:00|周六至周日 10:00-22:00 */ business_hours?: string;
}

export interface MerchantStoreStoreRecipient {
 /** 门店收款商户号 @example 1230000109 */ mchid: string;
 /** 门店收款主体 @example 腾讯科技（深圳）有限公司 */ company_name?: string;
}

export interface V3MerchantStoreNode {
 stores: Open<V3MerchantStoreStoresNode>;
 chain: ChainFrom<"v3/merchant-store">;
}

export interface V3MerchantStoreStoresNode {
 /**
  * 创建门店API `POST /v3/merchant-store/stores`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013948546
  */
 post: Verb<PostV3MerchantStoreStoresOptions, PostV3MerchantStoreStoresData>;
 $store_id$: Open<V3MerchantStoreStores_store_id_Node>;
 _store_id_: Open<V3MerchantStoreStores_store_id_Node>;
 chain: ChainFrom<"v3/merchant-store/stores">;
}

export interface V3MerchantStoreStores_store_id_Node {
 /**
  * 查询门店API `GET /v3/merchant-store/stores/{store_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013948577
  */
 get: Verb<GetV3MerchantStoreStoresOptions, GetV3MerchantStoreStoresData>;
 /**
  * 修改门店API `PATCH /v3/merchant-store/stores/{store_id}`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013948551
  */
 patch: Verb<PatchV3MerchantStoreStoresOptions, PatchV3MerchantStoreStoresData>;
 recipients: Open<V3MerchantStoreStoresRecipientsNode>;
 chain: ChainFrom<"v3/merchant-store/stores/{store_id}">;
}

export interface V3MerchantStoreStoresRecipientsNode {
 bind: Open<V3MerchantStoreStoresRecipientsBindNode>;
 unbind: Open<V3MerchantStoreStoresRecipientsUnbindNode>;
 chain: ChainFrom<"v3/merchant-store/stores/{store_id}/recipients">;
}

export interface V3MerchantStoreStoresRecipientsBindNode {
 /**
  * 绑定门店收款信息 `POST /v3/merchant-store/stores/{store_id}/recipients/bind`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013948579
  */
 post: Verb<PostV3MerchantStoreStoresRecipientsBindOptions, PostV3MerchantStoreStoresRecipientsBindData>;
 chain: ChainFrom<"v3/merchant-store/stores/{store_id}/recipients/bind">;
}

export interface V3MerchantStoreStoresRecipientsUnbindNode {
 /**
  * 解除门店收款信息绑定 `POST /v3/merchant-store/stores/{store_id}/recipients/unbind`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013948580
  */
 post: Verb<PostV3MerchantStoreStoresRecipientsUnbindOptions, PostV3MerchantStoreStoresRecipientsUnbindData>;
 chain: ChainFrom<"v3/merchant-store/stores/{store_id}/recipients/unbind">;
}
