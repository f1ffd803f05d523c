// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 查询刷掌授权: options */
export interface GetV3PalmserviceAuthorizationOpenidOptions extends CallOptions {
 /** OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 query: {
  /** 机构ID @example 1004 */ organization_id: string;
 };
}
/** 查询刷掌授权: response body */
export interface GetV3PalmserviceAuthorizationOpenidData {
 /** OpenID */ openid?: string;
 /** 机构ID */ organization_id?: string;
 /** 授权状态 */ state?: "AUTHORIZATION_STATE_NONE" | "AUTHORIZATION_STATE_ON" | "AUTHORIZATION_STATE_OFF";
 /** 授权时间 */ authorize_time?: string;
}

/** 服务关联预授权: request body */
export interface PostV3PalmserviceAuthorizationPreauthorizeBody {
 /** OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 预授权会话ID @example 181167098309019291163 */ preauthorize_session_id?: string;
 /** 机构ID @example 1004 */ organization_id?: string;
}
/** 服务关联预授权: options */
export interface PostV3PalmserviceAuthorizationPreauthorizeOptions extends CallOptions {
 json?: PostV3PalmserviceAuthorizationPreauthorizeBody;
}
/** 服务关联预授权: response body */
export interface PostV3PalmserviceAuthorizationPreauthorizeData {
 /** 预授权token */ permission_token: string;
}

export interface V3PalmserviceNode {
 authorization: Open<V3PalmserviceAuthorizationNode>;
 chain: ChainFrom<"v3/palmservice">;
}

export interface V3PalmserviceAuthorizationNode {
 openid: Open<V3PalmserviceAuthorizationOpenidNode>;
 preauthorize: Open<V3PalmserviceAuthorizationPreauthorizeNode>;
 chain: ChainFrom<"v3/palmservice/authorization">;
}

export interface V3PalmserviceAuthorizationOpenidNode {
 $openid$: Open<V3PalmserviceAuthorizationOpenid_openid_Node>;
 _openid_: Open<V3PalmserviceAuthorizationOpenid_openid_Node>;
 chain: ChainFrom<"v3/palmservice/authorization/openid">;
}

export interface V3PalmserviceAuthorizationOpenid_openid_Node {
 /** 查询刷掌授权 `GET /v3/palmservice/authorization/openid/{openid}` */
 get: Verb<GetV3PalmserviceAuthorizationOpenidOptions, GetV3PalmserviceAuthorizationOpenidData>;
 chain: ChainFrom<"v3/palmservice/authorization/openid/{openid}">;
}

export interface V3PalmserviceAuthorizationPreauthorizeNode {
 /** 服务关联预授权 `POST /v3/palmservice/authorization/preauthorize` */
 post: OptionalVerb<PostV3PalmserviceAuthorizationPreauthorizeOptions, PostV3PalmserviceAuthorizationPreauthorizeData>;
 chain: ChainFrom<"v3/palmservice/authorization/preauthorize">;
}
