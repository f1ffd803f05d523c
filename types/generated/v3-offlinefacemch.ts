// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 查询机构信息接口: options */
export interface GetV3OfflinefacemchOrganizationsOptions extends CallOptions {
 query?: {
  /** 机构ID @example DBES323aeb */ organization_id?: string;
  /** 机构名称 @example 南山中兴小学部 */ organization_name?: string;
 };
}
/** 查询机构信息接口: response body */
export interface GetV3OfflinefacemchOrganizationsData {
 /** 机构ID */ organization_id?: string;
 /** 机构名称 */ organization_name?: string;
}

/** 刷脸用户信息查询接口: options */
export interface GetV3OfflinefacemchOrganizationsUsersOutUserIdOptions extends CallOptions {
 /** 机构ID */ organization_id: string;
 /** 商户刷脸用户ID */ out_user_id: string;
}
/** 刷脸用户信息查询接口: response body */
export interface GetV3OfflinefacemchOrganizationsUsersOutUserIdData {
 /** 刷脸用户ID */ use_id?: string;
 /** 商户刷脸用户ID */ out_user_id?: string;
 /** 机构ID */ organization_id?: string;
 /** 姓名 */ user_name?: string;
 /** 用户类型 */ user_type?: "STUDENT" | "STUFF";
 /** 学生信息 */ student_info?: {
  /** 班级名 */ class_name?: string;
 };
 /** 职工信息 */ staff_info?: {
  /** 职业 */ occupation?: string;
 };
 /** 用户状态 */ status?: "NORMAL" | "DISABLED";
 /** 签约状态 */ contract_state?: "NOT_CONTRACTED" | "TERMINATED" | "CONTRACTED";
 /** 人脸图片上传状态 */ face_image_ok?: boolean;
 /** 签约ID */ contract_id?: string;
}

/** 刷脸用户信息修改接口: request body */
export interface PatchV3OfflinefacemchOrganizationsUsersOutUserIdBody {
 /** 姓名 */ user_name?: string;
 /** 用户类型 */ user_type?: "STUDENT" | "STUFF";
 /** 学生信息 */ student_info?: {
  /** 班级名 */ class_name?: string;
 };
 /** 职工信息 */ staff_info?: {
  /** 职业 */ occupation?: string;
 };
 /** 状态 */ status?: "NORMAL" | "DISABLED";
 /** 手机号 */ phone?: string;
}
/** 刷脸用户信息修改接口: options */
export interface PatchV3OfflinefacemchOrganizationsUsersOutUserIdOptions extends CallOptions {
 /** 机构ID */ organization_id: string;
 /** 商户刷脸用户ID */ out_user_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PatchV3OfflinefacemchOrganizationsUsersOutUserIdBody;
}
/** 刷脸用户信息修改接口: response body */
export type PatchV3OfflinefacemchOrganizationsUsersOutUserIdData = undefined;

/** 解除刷脸用户签约关系接口: options */
export interface PostV3OfflinefacemchOrganizationsUsersUserIdTerminateContractOptions extends CallOptions {
 /** 机构ID */ organization_id: string;
 user_id: string;
}
/** 解除刷脸用户签约关系接口: response body */
export type PostV3OfflinefacemchOrganizationsUsersUserIdTerminateContractData = undefined;

/** 获取凭证授权接口: request body */
export interface PostV3OfflinefacemchTokensBody {
 /** 使用场景 @example WEBSESSION */ scene?: string;
 /** 小程序/h5鉴权场景初始化数据 */ web_init_data?: {
  /** 商户刷脸用户ID */ out_user_id?: string;
  /** 机构ID */ organization_id?: string;
 };
}
/** 获取凭证授权接口: options */
export interface PostV3OfflinefacemchTokensOptions extends CallOptions {
 json?: PostV3OfflinefacemchTokensBody;
}
/** 获取凭证授权接口: response body */
export interface PostV3OfflinefacemchTokensData {
 /** 授权凭证 */ token?: string;
}

export interface V3OfflinefacemchNode {
 organizations: Open<V3OfflinefacemchOrganizationsNode>;
 tokens: Open<V3OfflinefacemchTokensNode>;
 chain: ChainFrom<"v3/offlinefacemch">;
}

export interface V3OfflinefacemchOrganizationsNode {
 /**
  * 查询机构信息接口 `GET /v3/offlinefacemch/organizations`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: OptionalVerb<GetV3OfflinefacemchOrganizationsOptions, GetV3OfflinefacemchOrganizationsData>;
 $organization_id$: Open<V3OfflinefacemchOrganizations_organization_id_Node>;
 _organization_id_: Open<V3OfflinefacemchOrganizations_organization_id_Node>;
 chain: ChainFrom<"v3/offlinefacemch/organizations">;
}

export interface V3OfflinefacemchOrganizations_organization_id_Node {
 users: Open<V3OfflinefacemchOrganizationsUsersNode>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}">;
}

export interface V3OfflinefacemchOrganizationsUsersNode {
 outUserId: Open<V3OfflinefacemchOrganizations_organization_id_UsersOutUserIdNode>;
 userId: Open<V3OfflinefacemchOrganizations_organization_id_UsersUserIdNode>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users">;
}

export interface V3OfflinefacemchOrganizations_organization_id_UsersOutUserIdNode {
 $out_user_id$: Open<V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_Node>;
 _out_user_id_: Open<V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_Node>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users/out-user-id">;
}

export interface V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_Node {
 /**
  * 刷脸用户信息查询接口 `GET /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html
  */
 get: Verb<GetV3OfflinefacemchOrganizationsUsersOutUserIdOptions, GetV3OfflinefacemchOrganizationsUsersOutUserIdData>;
 /**
  * 刷脸用户信息修改接口 `PATCH /v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 patch: Verb<PatchV3OfflinefacemchOrganizationsUsersOutUserIdOptions, PatchV3OfflinefacemchOrganizationsUsersOutUserIdData>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}">;
}

export interface V3OfflinefacemchOrganizations_organization_id_UsersUserIdNode {
 $user_id$: Open<V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_Node>;
 _user_id_: Open<V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_Node>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users/user-id">;
}

export interface V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_Node {
 terminateContract: Open<V3OfflinefacemchOrganizationsUsersUserIdTerminateContractNode>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}">;
}

export interface V3OfflinefacemchOrganizationsUsersUserIdTerminateContractNode {
 /**
  * 解除刷脸用户签约关系接口 `POST /v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 post: Verb<PostV3OfflinefacemchOrganizationsUsersUserIdTerminateContractOptions, PostV3OfflinefacemchOrganizationsUsersUserIdTerminateContractData>;
 chain: ChainFrom<"v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract">;
}

export interface V3OfflinefacemchTokensNode {
 /**
  * 获取凭证授权接口 `POST /v3/offlinefacemch/tokens`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html
  */
 post: OptionalVerb<PostV3OfflinefacemchTokensOptions, PostV3OfflinefacemchTokensData>;
 chain: ChainFrom<"v3/offlinefacemch/tokens">;
}
