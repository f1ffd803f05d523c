// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询用户授权的实名信息: options */
export interface GetV3FacemchUsersOptions extends CallOptions {
 /** 终端设备识别用户成功后返回的凭证 @example aabbccdd12345 */ face_sid: string;
 query: {
  /** 标识本次请求获取的信息类型 @example ASK_UNIONID */ info_type: "ASK_UNIONID" | "ASK_REAL_NAME";
  /** 微信分配的公众账号ID @example wx2b029c08a6233333 */ appid: string;
  /** 微信支付分配的子商户号 @example 123456789 */ sub_mchid?: string;
  /** 微信分配的子商户公众账号ID @example wx2b029c08a6255555 */ sub_appid?: string;
  /** ⼦商户证书序列号 @example wx2b029c08a6255555 */ sub_serial_no?: string;
 };
}
/** 查询用户授权的实名信息: response body */
export interface GetV3FacemchUsersData {
 /** UnionID */ union_id?: string;
 /** 用户在商户appid下的唯⼀标识 */ openid?: string;
 /** 用户在⼦商户appid下的唯⼀标识 */ sub_openid?: string;
 /** 姓名信息 */ real_name_info?: {
  /** 加密后的姓名信息 */ encrypted_real_name?: string;
  credential_type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
  /** 加密后的身份证号 */ encrypted_credential_id?: string;
 };
}

export interface V3FacemchNode {
 users: Open<V3FacemchUsersNode>;
 chain: ChainFrom<"v3/facemch">;
}

export interface V3FacemchUsersNode {
 $face_sid$: Open<V3FacemchUsers_face_sid_Node>;
 _face_sid_: Open<V3FacemchUsers_face_sid_Node>;
 chain: ChainFrom<"v3/facemch/users">;
}

export interface V3FacemchUsers_face_sid_Node {
 /**
  * 查询用户授权的实名信息 `GET /v3/facemch/users/{face_sid}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/sid.html
  */
 get: Verb<GetV3FacemchUsersOptions, GetV3FacemchUsersData>;
 chain: ChainFrom<"v3/facemch/users/{face_sid}">;
}
