// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 获得品牌已授权且在生效中的产品权限信息: options */
export interface GetV3BrandBasicPartnerBrandsProductAuthoritiesOptions extends CallOptions {
 /** 品牌ID @example 123456789 */ brand_id: string;
}
/** 获得品牌已授权且在生效中的产品权限信息: response body */
export interface GetV3BrandBasicPartnerBrandsProductAuthoritiesData {
 /** 品牌ID */ brand_id: string;
 /** 授权类型 */ authorization_type: "AUTHORIZATION_TYPE_HOSTING" | "AUTHORIZATION_TYPE_PARTLY";
 /** 授权产品权限 */ authorization_product?: Array<"BRAND_PRODUCT_AUTHORITY_MERCHANT_CARD" | "BRAND_PRODUCT_AUTHORITY_CARD_LINK" | "BRAND_PRODUCT_AUTHORITY_PRODUCT_COUPON" | "BRAND_PRODUCT_AUTHORITY_SHAKE_COUPON" | "BRAND_PRODUCT_AUTHORITY_BRAND_PAY_GIFT" | "BRAND_PRODUCT_AUTHORITY_BRAND_STORE" | "BRAND_PRODUCT_AUTHORITY_PAYMENT_MERCHANT_MANAGE" | "BRAND_PRODUCT_AUTHORITY_APPID_MANAGE" | "BRAND_PRODUCT_AUTHORITY_FINDER_MANAGE" | "BRAND_PRODUCT_AUTHORITY_CATEGORY_MANAGE">;
 /** 更新时间 */ update_time: string;
}

export interface V3BrandBasicNode {
 partner: Open<V3BrandBasicPartnerNode>;
 chain: ChainFrom<"v3/brand-basic">;
}

export interface V3BrandBasicPartnerNode {
 brands: Open<V3BrandBasicPartnerBrandsNode>;
 chain: ChainFrom<"v3/brand-basic/partner">;
}

export interface V3BrandBasicPartnerBrandsNode {
 $brand_id$: Open<V3BrandBasicPartnerBrands_brand_id_Node>;
 _brand_id_: Open<V3BrandBasicPartnerBrands_brand_id_Node>;
 chain: ChainFrom<"v3/brand-basic/partner/brands">;
}

export interface V3BrandBasicPartnerBrands_brand_id_Node {
 productAuthorities: Open<V3BrandBasicPartnerBrandsProductAuthoritiesNode>;
 chain: ChainFrom<"v3/brand-basic/partner/brands/{brand_id}">;
}

export interface V3BrandBasicPartnerBrandsProductAuthoritiesNode {
 /** 获得品牌已授权且在生效中的产品权限信息 `GET /v3/brand-basic/partner/brands/{brand_id}/product-authorities` */
 get: Verb<GetV3BrandBasicPartnerBrandsProductAuthoritiesOptions, GetV3BrandBasicPartnerBrandsProductAuthoritiesData>;
 chain: ChainFrom<"v3/brand-basic/partner/brands/{brand_id}/product-authorities">;
}
