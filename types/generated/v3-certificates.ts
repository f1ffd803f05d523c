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
  /** @example 5157F09EFDC096DE15EBE81A47057A7232F1B8E1 */ serial_no?: string;
  /** @example 2018-06-08T10:34:56+08:00 */ effective_time?: string;
  /** @example 2018-12-08T10:34:56+08:00 */ expire_time?: string;
  encrypt_certificate?: {
   /** @example AEAD_AES_256_GCM */ algorithm?: string;
   /** @example 61f9c719728a */ nonce?: string;
   /** @example certificate */ associated_data?: string;
   /** @example sRvt... */ ciphertext?: string;
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
