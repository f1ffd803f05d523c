// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Options of GET /v3/edu-star/orders (通过QQ账号查询核销订单列表API). */
export interface GetV3EduStarOrdersOptions extends CallOptions {
  /** Query-string parameters. */
  query: {
    /** appid @example wx998877665544wx */
    appid: string;
    /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
    wechat_openid?: string;
    /** 用户QQ账号 */
    qq?: string;
    /** 分页页码 @example 0 */
    offset?: number;
    /** 分页大小 @example 20 */
    limit?: number;
  };
}
/** Response body of GET /v3/edu-star/orders (通过QQ账号查询核销订单列表API). */
export interface GetV3EduStarOrdersData {
  /** 结果集 */
  data: EduStarData[];
  /** 总数量 @example 30 */
  total_count: number;
  /** 分页页码 */
  offset?: number;
  /** 分页大小 @example 20 */
  limit?: number;
}

/** Request body of POST /v3/edu-star/orders (创建核销订单API). */
export interface PostV3EduStarOrdersBody {
  /** appid @example wx998877665544wx */
  appid: string;
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
  wechat_openid?: string;
  /** 用户QQ账号 */
  qq?: string;
  /** 权益ID @example qw3Da21QRCNt */
  right_id: string;
  /** 权益核销时间 @example 2018-05-23T12:13:50+08:00 */
  create_time: string;
}
/** Options of POST /v3/edu-star/orders (创建核销订单API). */
export interface PostV3EduStarOrdersOptions extends CallOptions {
  /** The JSON request body. */
  json: PostV3EduStarOrdersBody;
}
/** Response body of POST /v3/edu-star/orders (创建核销订单API). */
export interface PostV3EduStarOrdersData extends EduStarData {}

/** Options of GET /v3/edu-star/users/openid/{wechat_openid} (通过微信用户标识查询用户信息API). */
export interface GetV3EduStarUsersOpenidOptions extends CallOptions {
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
  wechat_openid: string;
  /** Query-string parameters. */
  query: {
    /** 商户appid @example wx998877665544wx */
    appid: string;
  };
}
/** Response body of GET /v3/edu-star/users/openid/{wechat_openid} (通过微信用户标识查询用户信息API). */
export interface GetV3EduStarUsersOpenidData {
  /** 是否学生 */
  education_star_student: boolean;
  /** appid @example wx998877665544wx */
  appid: string;
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
  wechat_openid: string;
  /** 用户QQ账号 @example 100000000000 */
  qq?: string;
  /** 注册时间 @example 2018-05-23T12:13:50+08:00 */
  register_time?: string;
}

/** Options of GET /v3/edu-star/users/qq/{qq} (通过QQ账号查询用户信息API). */
export interface GetV3EduStarUsersQqOptions extends CallOptions {
  /** 用户QQ账号 @example 100000000000 */
  qq: string;
  /** Query-string parameters. */
  query: {
    /** 商户appid @example wx998877665544wx */
    appid: string;
  };
}
/** Response body of GET /v3/edu-star/users/qq/{qq} (通过QQ账号查询用户信息API). */
export interface GetV3EduStarUsersQqData {
  /** 学生标识 */
  education_star_student: boolean;
  /** 商户appid @example wx998877665544wx */
  appid: string;
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
  wechat_openid: string;
  /** 用户QQ账号 @example 100000000000 */
  qq: string;
  /** 注册时间 @example 2018-05-23T12:13:50+08:00 */
  register_time?: string;
}

/** The object type of `data`, used 2 times in this module. */
export interface EduStarData {
  /** appid @example wx998877665544wx */
  appid: string;
  /** 用户在appid下的唯一标识 @example oUpF8uMuAJOM2pxb1Q */
  wechat_openid: string;
  /** 用户QQ账号 @example 100000000000 */
  qq?: string;
  /** 权益ID @example qw3Da21QRCNt */
  right_id: string;
  /** 权益核销时间 @example 2018-05-23T12:13:50+08:00 */
  create_time: string;
  /** 订单状态 @example CONSUMED */
  order_state: string;
  /** 订单号 @example cc1900ff00511f10c */
  order_id: string;
}

/** `v3/edu-star` */
export interface V3EduStarNode {
 /** `v3/edu-star/orders` */ orders: Open<V3EduStarOrdersNode>;
 /** `v3/edu-star/users` */ users: Open<V3EduStarUsersNode>;
 chain: ChainFrom<"v3/edu-star">;
}

/** `v3/edu-star/orders` */
export interface V3EduStarOrdersNode {
 /**
  * 通过QQ账号查询核销订单列表API `GET /v3/edu-star/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarOrdersOptions, GetV3EduStarOrdersData>;
 getAsync: Verb<GetV3EduStarOrdersOptions, GetV3EduStarOrdersData>;
 /**
  * 创建核销订单API `POST /v3/edu-star/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 post: Verb<PostV3EduStarOrdersOptions, PostV3EduStarOrdersData>;
 postAsync: Verb<PostV3EduStarOrdersOptions, PostV3EduStarOrdersData>;
 chain: ChainFrom<"v3/edu-star/orders">;
}

/** `v3/edu-star/users` */
export interface V3EduStarUsersNode {
 /** `v3/edu-star/users/openid` */ openid: Open<V3EduStarUsersOpenidNode>;
 /** `v3/edu-star/users/qq` */ qq: Open<V3EduStarUsersQqNode>;
 chain: ChainFrom<"v3/edu-star/users">;
}

/** `v3/edu-star/users/openid` */
export interface V3EduStarUsersOpenidNode {
 /** `v3/edu-star/users/openid/{wechat_openid}` */ $wechat_openid$: Open<V3EduStarUsersOpenid_wechat_openid_Node>;
 /** `v3/edu-star/users/openid/{wechat_openid}` */ _wechat_openid_: Open<V3EduStarUsersOpenid_wechat_openid_Node>;
 chain: ChainFrom<"v3/edu-star/users/openid">;
}

/** `v3/edu-star/users/openid/{wechat_openid}` */
export interface V3EduStarUsersOpenid_wechat_openid_Node {
 /**
  * 通过微信用户标识查询用户信息API `GET /v3/edu-star/users/openid/{wechat_openid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarUsersOpenidOptions, GetV3EduStarUsersOpenidData>;
 getAsync: Verb<GetV3EduStarUsersOpenidOptions, GetV3EduStarUsersOpenidData>;
 chain: ChainFrom<"v3/edu-star/users/openid/{wechat_openid}">;
}

/** `v3/edu-star/users/qq` */
export interface V3EduStarUsersQqNode {
 /** `v3/edu-star/users/qq/{qq}` */ $qq$: Open<V3EduStarUsersQq_qq_Node>;
 /** `v3/edu-star/users/qq/{qq}` */ _qq_: Open<V3EduStarUsersQq_qq_Node>;
 chain: ChainFrom<"v3/edu-star/users/qq">;
}

/** `v3/edu-star/users/qq/{qq}` */
export interface V3EduStarUsersQq_qq_Node {
 /**
  * 通过QQ账号查询用户信息API `GET /v3/edu-star/users/qq/{qq}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png
  */
 get: Verb<GetV3EduStarUsersQqOptions, GetV3EduStarUsersQqData>;
 getAsync: Verb<GetV3EduStarUsersQqOptions, GetV3EduStarUsersQqData>;
 chain: ChainFrom<"v3/edu-star/users/qq/{qq}">;
}
