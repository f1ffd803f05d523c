// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 出行券切卡组件预下单API: request body */
export interface PostV3IndustryCouponTokensBody {
 /** 用户标识 @example obLatjrR8kUDlj4-nofQsPAJAAFI */ open_id: string;
 /** 出行券列表 */ coupon_list: Array<{
  /** 批次号 @example 16474341 */ stock_id: number;
  /** 券ID @example 11004999626 */ coupon_id: string;
 }>;
}
/** 出行券切卡组件预下单API: options */
export interface PostV3IndustryCouponTokensOptions extends CallOptions {
 json: PostV3IndustryCouponTokensBody;
}
/** 出行券切卡组件预下单API: response body */
export interface PostV3IndustryCouponTokensData {
 /** 切卡组件token值 */ token?: string;
 /** token过期时间 */ expires_time?: string;
}

export interface V3IndustryCouponNode {
 tokens: Open<V3IndustryCouponTokensNode>;
 chain: ChainFrom<"v3/industry-coupon">;
}

export interface V3IndustryCouponTokensNode {
 /**
  * 出行券切卡组件预下单API `POST /v3/industry-coupon/tokens`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_9_1.shtml
  */
 post: Verb<PostV3IndustryCouponTokensOptions, PostV3IndustryCouponTokensData>;
 chain: ChainFrom<"v3/industry-coupon/tokens">;
}
