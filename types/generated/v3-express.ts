// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Request body of POST /v3/express/users/{openid}/transform (用户openid转换API). */
export interface PostV3ExpressUsersTransformBody {
  /** 目标应用的appid @example wxaaaa1a123b456c7d */
  appid: string;
}
/** Options of POST /v3/express/users/{openid}/transform (用户openid转换API). */
export interface PostV3ExpressUsersTransformOptions extends CallOptions {
  /** 用户openid @example xsd3434454567676 */
  openid: string;
  /** The JSON request body. */
  json: PostV3ExpressUsersTransformBody;
}
/** Response body of POST /v3/express/users/{openid}/transform (用户openid转换API). */
export interface PostV3ExpressUsersTransformData {
  /** 转换后的openid @example xac1234554567676 */
  openid: string;
}

/** `v3/express` */
export interface V3ExpressNode {
 /** `v3/express/users` */ users: Open<V3ExpressUsersNode>;
 chain: ChainFrom<"v3/express">;
}

/** `v3/express/users` */
export interface V3ExpressUsersNode {
 /** `v3/express/users/{openid}` */ $openid$: Open<V3ExpressUsers_openid_Node>;
 /** `v3/express/users/{openid}` */ _openid_: Open<V3ExpressUsers_openid_Node>;
 chain: ChainFrom<"v3/express/users">;
}

/** `v3/express/users/{openid}` */
export interface V3ExpressUsers_openid_Node {
 /** `v3/express/users/{openid}/transform` */ transform: Open<V3ExpressUsersTransformNode>;
 chain: ChainFrom<"v3/express/users/{openid}">;
}

/** `v3/express/users/{openid}/transform` */
export interface V3ExpressUsersTransformNode {
 /**
  * 用户openid转换API `POST /v3/express/users/{openid}/transform`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_9_1.shtml
  */
 post: Verb<PostV3ExpressUsersTransformOptions, PostV3ExpressUsersTransformData>;
 postAsync: Verb<PostV3ExpressUsersTransformOptions, PostV3ExpressUsersTransformData>;
 chain: ChainFrom<"v3/express/users/{openid}/transform">;
}
