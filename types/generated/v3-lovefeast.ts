// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询爱心餐品牌信息: options */
export interface GetV3LovefeastBrandsOptions extends CallOptions {
 /** 品牌ID @example 2250 */ brand_id: string;
}
/** 查询爱心餐品牌信息: response body */
export interface GetV3LovefeastBrandsData {
 /** 捐赠数量 */ donate_count: number;
 /** 供餐数量 */ consume_count: number;
}

/** 查询用户捐赠单列表: options */
export interface GetV3LovefeastUsersOrdersBrandIdOptions extends CallOptions {
 /** 用户在商户AppID下的唯一标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 品牌ID @example 2250 */ brand_id: string;
 query?: {
  /** 请求资源起始位置 @example 0 */ offset?: number;
  /** 最大资源条数 @example 20 */ limit?: number;
 };
}
/** 查询用户捐赠单列表: response body */
export interface GetV3LovefeastUsersOrdersBrandIdData {
 /** 该次请求返回的记录条数 */ count?: number;
 /** 最大记录条数 */ limit?: number;
 /** 起始位置 */ offset?: number;
 /** 全部记录数量 */ total_count?: number;
 /** 结果集 */ data?: Array<{
  /** 捐赠订单号 */ welfare_trade_id?: string;
  /** 应用ID */ appid?: string;
  /** 子商户应用ID */ sub_appid?: string;
  /** 品牌ID */ brand_id?: string;
  /** 捐赠来源 */ donate_source?: "MINIPROGRAM_PAY" | "ENTRUST_PAY";
  /** 商户订单 */ merchant_order?: string;
  /** 捐赠机构名称 */ institution_name?: string;
  /** 捐赠项目编号 */ business_id?: string;
  /** 捐赠活动名称 */ business_name?: string;
  /** 支付完成时间 */ success_time?: string;
  /** 支付者 */ payer?: LovefeastPayer;
  /** 订单金额 */ amount?: {
   /** 总金额 */ total?: number;
   /** 用户支付金额 */ payer_total?: number;
   /** 货币类型 */ currency?: string;
   /** 用户支付币种 */ payer_currency?: string;
  };
  /** 设备编号 */ device_id?: string;
 }>;
}

/** 查询用户捐赠单详情: options */
export interface GetV3LovefeastUsersOrdersOutTradeNoOptions extends CallOptions {
 /** 用户在商户AppID下的唯一标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 商户系统内部订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
}
/** 查询用户捐赠单详情: response body */
export interface GetV3LovefeastUsersOrdersOutTradeNoData {
 /** 捐赠订单号 */ welfare_trade_id?: string;
 /** 应用ID */ appid?: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 品牌ID */ brand_id?: string;
 /** 捐赠来源 */ donate_source?: "MINIPROGRAM_PAY" | "ENTRUST_PAY";
 /** 商户订单 */ merchant_order?: string;
 /** 捐赠机构名称 */ institution_name?: string;
 /** 捐赠项目编号 */ business_id?: string;
 /** 捐赠活动名称 */ business_name?: string;
 /** 支付完成时间 */ success_time?: string;
 /** 支付者 */ payer?: LovefeastPayer;
 /** 订单金额 */ amount?: Record<string, unknown>;
 /** 设备编号 */ device_id?: string;
}

export interface LovefeastPayer {
 /** 用户标识 */ openid?: string;
 /** 用户子标识 */ sub_openid?: string;
 /** 用户头像URL */ avatar?: string;
 /** 用户昵称 */ nickname?: string;
}

export interface V3LovefeastNode {
 brands: Open<V3LovefeastBrandsNode>;
 users: Open<V3LovefeastUsersNode>;
 chain: ChainFrom<"v3/lovefeast">;
}

export interface V3LovefeastBrandsNode {
 $brand_id$: Open<V3LovefeastBrands_brand_id_Node>;
 _brand_id_: Open<V3LovefeastBrands_brand_id_Node>;
 chain: ChainFrom<"v3/lovefeast/brands">;
}

export interface V3LovefeastBrands_brand_id_Node {
 /**
  * 查询爱心餐品牌信息 `GET /v3/lovefeast/brands/{brand_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/lovefeast/brands/get-brand.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/lovefeast/brands/get-brand.html
  */
 get: Verb<GetV3LovefeastBrandsOptions, GetV3LovefeastBrandsData>;
 chain: ChainFrom<"v3/lovefeast/brands/{brand_id}">;
}

export interface V3LovefeastUsersNode {
 $openid$: Open<V3LovefeastUsers_openid_Node>;
 _openid_: Open<V3LovefeastUsers_openid_Node>;
 chain: ChainFrom<"v3/lovefeast/users">;
}

export interface V3LovefeastUsers_openid_Node {
 orders: Open<V3LovefeastUsersOrdersNode>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}">;
}

export interface V3LovefeastUsersOrdersNode {
 brandId: Open<V3LovefeastUsers_openid_OrdersBrandIdNode>;
 outTradeNo: Open<V3LovefeastUsers_openid_OrdersOutTradeNoNode>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}/orders">;
}

export interface V3LovefeastUsers_openid_OrdersBrandIdNode {
 $brand_id$: Open<V3LovefeastUsers_openid_OrdersBrandId_brand_id_Node>;
 _brand_id_: Open<V3LovefeastUsers_openid_OrdersBrandId_brand_id_Node>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}/orders/brand-id">;
}

export interface V3LovefeastUsers_openid_OrdersBrandId_brand_id_Node {
 /** 查询用户捐赠单列表 `GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}` */
 get: Verb<GetV3LovefeastUsersOrdersBrandIdOptions, GetV3LovefeastUsersOrdersBrandIdData>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}">;
}

export interface V3LovefeastUsers_openid_OrdersOutTradeNoNode {
 $out_trade_no$: Open<V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}/orders/out-trade-no">;
}

export interface V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_Node {
 /** 查询用户捐赠单详情 `GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}` */
 get: Verb<GetV3LovefeastUsersOrdersOutTradeNoOptions, GetV3LovefeastUsersOrdersOutTradeNoData>;
 chain: ChainFrom<"v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}">;
}
