// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 商圈会员停车状态同步: request body */
export interface PostV3BusinesscircleParkingsBody {
 /** 商圈商户ID @example 1900000109 */ sub_mchid?: string;
 /** 品牌ID @example 1000 */ brandid: number;
 /** 应用ID @example wx931386123456789e */ appid: string;
 /** 用户标识 @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 /** 车牌号 @example 粤B888888 */ plate_number: string;
 /** 状态 @example IN */ state: string;
 /** 时间 @example 2022-06-01T10:43:39+08:00 */ time: string;
}
/** 商圈会员停车状态同步: options */
export interface PostV3BusinesscircleParkingsOptions extends CallOptions {
 json: PostV3BusinesscircleParkingsBody;
}
/** 商圈会员停车状态同步: response body */
export type PostV3BusinesscircleParkingsData = undefined;

/** 商圈会员积分同步: request body */
export interface PostV3BusinesscirclePointsNotifyBody {
 /** 商圈商户ID @example 1234567890 */ sub_mchid?: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 小程序appid @example wx1234567890abcdef */ appid: string;
 /** 顾客openid @example oWmnN4xxxxxxxxxxe92NHIGf1xd8 */ openid: string;
 /** 是否获得积分 */ earn_points: boolean;
 /** 订单新增积分值 @example 100 */ increased_points: number;
 /** 积分更新时间 @example 2020-05-20T13:29:35.120+08:00 */ points_update_time: string;
 /** 未获得积分的备注信息 @example 商品不参与积分活动 */ no_points_remarks?: string;
 /** 顾客积分总额 @example 888888 */ total_points?: number;
}
/** 商圈会员积分同步: options */
export interface PostV3BusinesscirclePointsNotifyOptions extends CallOptions {
 json: PostV3BusinesscirclePointsNotifyBody;
}
/** 商圈会员积分同步: response body */
export type PostV3BusinesscirclePointsNotifyData = undefined;

/** 商圈积分授权查询: options */
export interface GetV3BusinesscircleUserAuthorizationsOptions extends CallOptions {
 /** 顾客openid @example oWmnN4xxxxxxxxxxe92NHIGf1xd8 */ openid: string;
 query: {
  /** 商圈商户ID @example 1900000109 */ sub_mchid?: string;
  /** 小程序appid @example wx1234567890abcdef */ appid: string;
 };
}
/** 商圈积分授权查询: response body */
export interface GetV3BusinesscircleUserAuthorizationsData {
 /** 顾客openid */ openid: string;
 /** 授权状态 */ authorize_state: string;
 /** 授权时间 */ authorize_time?: string;
 /** 取消授权时间 */ deauthorize_time?: string;
}

/** 商圈会员待积分状态查询: options */
export interface GetV3BusinesscircleUsersPointsCommitStatusOptions extends CallOptions {
 /** 顾客openid @example oUpF8uMuAJOM2pxb1Q */ openid: string;
 query: {
  /** 商圈商户ID @example 1900000109 */ sub_mchid?: string;
  /** 品牌ID @example 1000 */ brandid: number;
  /** 应用ID @example wx931386123456789e */ appid: string;
 };
}
/** 商圈会员待积分状态查询: response body */
export type GetV3BusinesscircleUsersPointsCommitStatusData = undefined;

export interface V3BusinesscircleNode {
 parkings: Open<V3BusinesscircleParkingsNode>;
 points: Open<V3BusinesscirclePointsNode>;
 userAuthorizations: Open<V3BusinesscircleUserAuthorizationsNode>;
 users: Open<V3BusinesscircleUsersNode>;
 chain: ChainFrom<"v3/businesscircle">;
}

export interface V3BusinesscircleParkingsNode {
 /**
  * 商圈会员停车状态同步 `POST /v3/businesscircle/parkings`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/parkings/update-parkings.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/parkings/update-parkings.html
  */
 post: Verb<PostV3BusinesscircleParkingsOptions, PostV3BusinesscircleParkingsData>;
 chain: ChainFrom<"v3/businesscircle/parkings">;
}

export interface V3BusinesscirclePointsNode {
 notify: Open<V3BusinesscirclePointsNotifyNode>;
 chain: ChainFrom<"v3/businesscircle/points">;
}

export interface V3BusinesscirclePointsNotifyNode {
 /**
  * 商圈会员积分同步 `POST /v3/businesscircle/points/notify`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/notify-points.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/notify-points.html
  */
 post: Verb<PostV3BusinesscirclePointsNotifyOptions, PostV3BusinesscirclePointsNotifyData>;
 chain: ChainFrom<"v3/businesscircle/points/notify">;
}

export interface V3BusinesscircleUserAuthorizationsNode {
 $openid$: Open<V3BusinesscircleUserAuthorizations_openid_Node>;
 _openid_: Open<V3BusinesscircleUserAuthorizations_openid_Node>;
 chain: ChainFrom<"v3/businesscircle/user-authorizations">;
}

export interface V3BusinesscircleUserAuthorizations_openid_Node {
 /**
  * 商圈积分授权查询 `GET /v3/businesscircle/user-authorizations/{openid}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/user-authorizations/query-user-authorization.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/user-authorizations/query-user-authorization.html
  */
 get: Verb<GetV3BusinesscircleUserAuthorizationsOptions, GetV3BusinesscircleUserAuthorizationsData>;
 chain: ChainFrom<"v3/businesscircle/user-authorizations/{openid}">;
}

export interface V3BusinesscircleUsersNode {
 $openid$: Open<V3BusinesscircleUsers_openid_Node>;
 _openid_: Open<V3BusinesscircleUsers_openid_Node>;
 chain: ChainFrom<"v3/businesscircle/users">;
}

export interface V3BusinesscircleUsers_openid_Node {
 points: Open<V3BusinesscircleUsersPointsNode>;
 chain: ChainFrom<"v3/businesscircle/users/{openid}">;
}

export interface V3BusinesscircleUsersPointsNode {
 commit_status: Open<V3BusinesscircleUsersPointsCommitStatusNode>;
 chain: ChainFrom<"v3/businesscircle/users/{openid}/points">;
}

export interface V3BusinesscircleUsersPointsCommitStatusNode {
 /**
  * 商圈会员待积分状态查询 `GET /v3/businesscircle/users/{openid}/points/commit_status`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/get-points-commit-status.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/get-points-commit-status.html
  */
 get: Verb<GetV3BusinesscircleUsersPointsCommitStatusOptions, GetV3BusinesscircleUsersPointsCommitStatusData>;
 chain: ChainFrom<"v3/businesscircle/users/{openid}/points/commit_status">;
}
