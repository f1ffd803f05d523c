// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 子商户进件（融合钱包）: request body */
export interface PostV3MerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact: MerchantsContact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date?: string;
 /** 公司注册文件照片 */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: MerchantsBusiness;
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
}
/** 子商户进件（融合钱包）: options */
export interface PostV3MerchantsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 headers?: {
  /** 由商户侧生成的唯一key @example GzPCeo963zXKcO2hDVD8AjXIpgrj */ "Idempotency-Key"?: string;
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MerchantsBody;
}
/** 子商户进件（融合钱包）: response body */
export interface PostV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** 验证状态 */ verification_status?: "Under Review" | "Approved";
 /** 验证状态描述 */ description?: string;
}

/** 修改子商户（融合钱包）: request body */
export interface PutV3MerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户号 @example 20000100 */ sub_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact?: MerchantsContact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date?: string;
 /** 公司注册文件照片 */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: MerchantsBusiness;
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
}
/** 修改子商户（融合钱包）: options */
export interface PutV3MerchantsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PutV3MerchantsBody;
}
/** 修改子商户（融合钱包）: response body */
export interface PutV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
}

/** 查询子商户（融合钱包）: options */
export interface GetV3MerchantsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 /** 子商户号 @example 20000100 */ sub_mchid: string;
 query: {
  /** 机构appid @example wx8888888888888888 */ sp_appid: string;
  /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 };
}
/** 查询子商户（融合钱包）: response body */
export interface GetV3MerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** 子商户全称 */ name: string;
 /** 子商户简称 */ shortname: string;
 /** 公司联系方式 */ office_phone: string;
 /** 册国家或区域 */ merchant_country_code: string;
 /** 类目 */ business_category: number;
 /** 联系人信息 */ contact?: {
  /** 联系人名称 */ name?: string;
  /** 联系人电话 */ phone?: string;
  /** 联系人邮箱 */ email?: string;
 };
 /** 商户类型 */ merchant_type?: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 */ registration_certificate_date?: string;
 /** 子商户结算账户 */ settlement_bank_number?: string;
 /** 业务信息 */ business?: {
  /** 业务类型 */ business_type?: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载地址 */ app_download?: string;
  /** 业务网站 */ website?: string;
  /** 公众号 */ office_account?: string;
  /** 小程序 */ mini_program?: string;
  /** 门店地址 */ store_address?: string;
  /** MCC码 */ mcc?: string;
 };
 /** 董事信息 */ director?: {
  /** 董事姓名 */ name?: string;
  /** 董事证件号码 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 */ name?: string;
  /** 负责人证件号码 */ number?: string;
 };
}

export interface MerchantsContact {
 /** 联系人名称 @example 李先生 */ name: string;
 /** 联系人电话 @example 075586010000 */ phone: string;
 /** 联系人邮箱 @example test\@test.com */ email: string;
}

export interface MerchantsBusiness {
 /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
 /** APP下载链接 @example https://download.qq.com */ app_download?: string;
 /** 业务网站 @example https://www.qq.com */ website?: string;
 /** 公众号 @example wx8888888888888888 */ office_account?: string;
 /** 小程序 @example wx8888888888888888 */ mini_program?: string;
 /** 门店地址 */ store_address?: string;
 /** 门店照片`JSON`格式字符串 @example ["Media_id1","Media_id2","Media_id3"] */ store_photos?: string;
 /** MCC码 @example 4214 */ mcc?: string;
}

export interface V3MerchantsNode {
 /**
  * 子商户进件（融合钱包） `POST /v3/merchants`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/merchants`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_1.shtml
  */
 post: Verb<PostV3MerchantsOptions, PostV3MerchantsData>;
 /**
  * 修改子商户（融合钱包） `PUT /v3/merchants`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/merchants`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_3.shtml
  */
 put: Verb<PutV3MerchantsOptions, PutV3MerchantsData>;
 $sub_mchid$: Open<V3Merchants_sub_mchid_Node>;
 _sub_mchid_: Open<V3Merchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/merchants">;
}

export interface V3Merchants_sub_mchid_Node {
 /**
  * 查询子商户（融合钱包） `GET /v3/merchants/{sub_mchid}`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/merchants/{sub_mchid}`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_2.shtml
  */
 get: Verb<GetV3MerchantsOptions, GetV3MerchantsData>;
 chain: ChainFrom<"v3/merchants/{sub_mchid}">;
}
