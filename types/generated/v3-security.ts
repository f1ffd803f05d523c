// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 商户签名验签／加解密测试: request body */
export interface PostV3SecurityEchoBody {
 /** 商户回调地址 @example https://www.weixin.qq.com/v3/test */ notify_url?: string;
 /** 回显信息 @example hello */ echo_message: string;
 /** 平台证书或微信支付公钥加密测试字段 @example Fx9mh7K5sjqHxxQcgDVhnJ9QdS4nKfcUbuAOj */ encrypted_echo_message?: string;
}
/** 商户签名验签／加解密测试: options */
export interface PostV3SecurityEchoOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3SecurityEchoBody;
}
/** 商户签名验签／加解密测试: response body */
export interface PostV3SecurityEchoData {
 /** 回显信息 */ echo_message: string;
 /** 平台证书或微信支付公钥加密测试字段 */ encrypted_echo_message?: string;
}

export interface V3SecurityNode {
 echo: Open<V3SecurityEchoNode>;
 chain: ChainFrom<"v3/security">;
}

export interface V3SecurityEchoNode {
 /** 商户签名验签／加解密测试 `POST /v3/security/echo` */
 post: Verb<PostV3SecurityEchoOptions, PostV3SecurityEchoData>;
 chain: ChainFrom<"v3/security/echo">;
}
