// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, OptionalVerb } from '../catalog.js';

/** 获取平台证书列表: options */
export interface GetV3CertificatesOptions extends CallOptions {
 query?: {
  /** 证书算法版本 */ algorithm_type?: "SM2" | "RSA" | "ALL";
 };
}
/** 获取平台证书列表: response body */
export interface GetV3CertificatesData {
 data: Array<{
  serial_no?: string;
  effective_time?: string;
  expire_time?: string;
  encrypt_certificate?: {
   algorithm?: string;
   nonce?: string;
   associated_data?: string;
   ciphertext?: string;
  };
 }>;
}

export interface V3CertificatesNode {
 /**
  * 获取平台证书列表 `GET /v3/certificates`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
  */
 get: OptionalVerb<GetV3CertificatesOptions, GetV3CertificatesData>;
 chain: ChainFrom<"v3/certificates">;
}
