// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 用户openid转换API: request body */
export interface PostV3ExpressUsersTransformBody {
 /** 目标应用的appid @example wxaaaa1a123b456c7d */ appid: string;
}
/** 用户openid转换API: options */
export interface PostV3ExpressUsersTransformOptions extends CallOptions {
 /** 用户openid @example xsd3434454567676 */ openid: string;
 json: PostV3ExpressUsersTransformBody;
}
/** 用户openid转换API: response body */
export interface PostV3ExpressUsersTransformData {
 /** 转换后的openid */ openid: string;
}

export interface V3ExpressNode {
 users: Open<V3ExpressUsersNode>;
 chain: ChainFrom<"v3/express">;
}

export interface V3ExpressUsersNode {
 $openid$: Open<V3ExpressUsers_openid_Node>;
 _openid_: Open<V3ExpressUsers_openid_Node>;
 chain: ChainFrom<"v3/express/users">;
}

export interface V3ExpressUsers_openid_Node {
 transform: Open<V3ExpressUsersTransformNode>;
 chain: ChainFrom<"v3/express/users/{openid}">;
}

export interface V3ExpressUsersTransformNode {
 /**
  * 用户openid转换API `POST /v3/express/users/{openid}/transform`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_9_1.shtml
  */
 post: Verb<PostV3ExpressUsersTransformOptions, PostV3ExpressUsersTransformData>;
 chain: ChainFrom<"v3/express/users/{openid}/transform">;
}
