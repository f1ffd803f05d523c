// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 实名信息校验: options */
export interface GetV3RealnameVerifyOptions extends CallOptions {
 query: {
  /** 下单用户账户的证件类型 @example 1 */ credential_type: 1 | 2 | 5 | 9 | 12 | 17 | 19;
  /** 加密后的下单用户证件号 @example InhziTSUwVqxfKp9M5nGCSjF395VL */ encrypted_credential_id: string;
  /** 加密后的下单用户姓名 @example InhziTSUwVqxfKp9M5nGCSjF395VL */ encrypted_name: string;
  /** 微信支付交易单号 @example 442100010320250122523549415021 */ wxp_trade_no: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 实名信息校验: response body */
export interface GetV3RealnameVerifyData {
 /** 实名比对结果 */ verify_result: 0 | 1;
 /** 错误信息 */ err_message?: string;
}

export interface V3RealnameNode {
 verify: Open<V3RealnameVerifyNode>;
 chain: ChainFrom<"v3/realname">;
}

export interface V3RealnameVerifyNode {
 /**
  * 实名信息校验 `GET /v3/realname/verify`
  * @see https://pay.weixin.qq.com/doc/v3/partner/4013735179
  */
 get: Verb<GetV3RealnameVerifyOptions, GetV3RealnameVerifyData>;
 chain: ChainFrom<"v3/realname/verify">;
}
