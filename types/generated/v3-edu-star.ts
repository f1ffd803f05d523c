// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 通过QQ账号查询核销订单列表API: options */
export interface GetV3EduStarOrdersOptions extends CallOptions {
 query: {
  /** appid @example wx998877665544wx */ appid: string;
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */ wechat_openid?: string;
  /** 用户QQ账号 */ qq?: string;
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 通过QQ账号查询核销订单列表API: response body */
export interface GetV3EduStarOrdersData {
 /** 结果集 */ data: EduStarData[];
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
}

/** 创建核销订单API: request body */
export interface PostV3EduStarOrdersBody {
 /** appid @example wx998877665544wx */ appid: string;
 /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */ wechat_openid?: string;
 /** 用户QQ账号 */ qq?: string;
 /** 权益ID @example qw3Da21QRCNt */ right_id: string;
 /** 权益核销时间 @example 2018-05-23T12:13:50+08:00 */ create_time: string;
}
/** 创建核销订单API: options */
export interface PostV3EduStarOrdersOptions extends CallOptions {
 json: PostV3EduStarOrdersBody;
}
/** 创建核销订单API: response body */
export interface PostV3EduStarOrdersData extends EduStarData {}

/** 通过微信用户标识查询用户信息API: options */
export interface GetV3EduStarUsersOpenidOptions extends CallOptions {
 /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */ wechat_openid: string;
 query: {
  /** 商户appid @example wx998877665544wx */ appid: string;
 };
}
/** 通过微信用户标识查询用户信息API: response body */
export interface GetV3EduStarUsersOpenidData {
 /** 是否学生 */ education_star_student: boolean;
 /** appid */ appid: string;
 /** 用户在appid下的唯一标识 */ wechat_openid: string;
 /** 用户QQ账号 */ qq?: string;
 /** 注册时间 */ register_time?: string;
}

/** 通过QQ账号查询用户信息API: options */
export interface GetV3EduStarUsersQqOptions extends CallOptions {
 /** 用户QQ账号 @example 100000000000 */ qq: string;
 query: {
  /** 商户appid @example wx998877665544wx */ appid: string;
 };
}
/** 通过QQ账号查询用户信息API: response body */
export interface GetV3EduStarUsersQqData {
 /** 学生标识 */ education_star_student: boolean;
 /** 商户appid */ appid: string;
 /** 用户在appid下的唯一标识 */ wechat_openid: string;
 /** 用户QQ账号 */ qq: string;
 /** 注册时间 */ register_time?: string;
}

export interface EduStarData {
 /** appid */ appid: string;
 /** 用户在appid下的唯一标识 */ wechat_openid: string;
 /** 用户QQ账号 */ qq?: string;
 /** 权益ID */ right_id: string;
 /** 权益核销时间 */ create_time: string;
 /** 订单状态 */ order_state: string;
 /** 订单号 */ order_id: string;
}

export interface V3EduStarNode {
 orders: Open<V3EduStarOrdersNode>;
 users: Open<V3EduStarUsersNode>;
 chain: ChainFrom<"v3/edu-star">;
}

export interface V3EduStarOrdersNode {
 /**
  * 通过QQ账号查询核销订单列表API `GET /v3/edu-star/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarOrdersOptions, GetV3EduStarOrdersData>;
 /**
  * 创建核销订单API `POST /v3/edu-star/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 post: Verb<PostV3EduStarOrdersOptions, PostV3EduStarOrdersData>;
 chain: ChainFrom<"v3/edu-star/orders">;
}

export interface V3EduStarUsersNode {
 openid: Open<V3EduStarUsersOpenidNode>;
 qq: Open<V3EduStarUsersQqNode>;
 chain: ChainFrom<"v3/edu-star/users">;
}

export interface V3EduStarUsersOpenidNode {
 $wechat_openid$: Open<V3EduStarUsersOpenid_wechat_openid_Node>;
 _wechat_openid_: Open<V3EduStarUsersOpenid_wechat_openid_Node>;
 chain: ChainFrom<"v3/edu-star/users/openid">;
}

export interface V3EduStarUsersOpenid_wechat_openid_Node {
 /**
  * 通过微信用户标识查询用户信息API `GET /v3/edu-star/users/openid/{wechat_openid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarUsersOpenidOptions, GetV3EduStarUsersOpenidData>;
 chain: ChainFrom<"v3/edu-star/users/openid/{wechat_openid}">;
}

export interface V3EduStarUsersQqNode {
 $qq$: Open<V3EduStarUsersQq_qq_Node>;
 _qq_: Open<V3EduStarUsersQq_qq_Node>;
 chain: ChainFrom<"v3/edu-star/users/qq">;
}

export interface V3EduStarUsersQq_qq_Node {
 /**
  * 通过QQ账号查询用户信息API `GET /v3/edu-star/users/qq/{qq}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarUsersQqOptions, GetV3EduStarUsersQqData>;
 chain: ChainFrom<"v3/edu-star/users/qq/{qq}">;
}
