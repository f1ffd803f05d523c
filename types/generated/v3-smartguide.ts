// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 服务人员查询API: options */
export interface GetV3SmartguideGuidesOptions extends CallOptions {
 query: {
  /** 子商户ID */ sub_mchid?: string;
  /** 门店ID */ store_id: number;
  /** 企业微信的员工ID */ userid?: string;
  /** 手机号码 */ mobile?: string;
  /** 工号 */ work_id?: string;
  /** 最大资源条数 */ limit?: number;
  /** 请求资源起始位置 */ offset?: number;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 服务人员查询API: response body */
export interface GetV3SmartguideGuidesData {
 /** 服务人员数量 */ total_count?: number;
 /** 最大资源条数 */ limit?: number;
 /** 请求资源起始位置 */ offset?: number;
 /** 服务人员信息列表 */ data?: Array<{
  /** 服务人员ID */ guide_id?: string;
  /** 门店ID */ store_id?: number;
  /** 企业微信的员工姓名 */ name?: string;
  /** 手机号码 */ mobile?: string;
  /** 企业微信的员工ID */ userid?: string;
  /** 工号 */ work_id?: string;
 }>;
}

/** 服务人员注册API: request body */
export interface PostV3SmartguideGuidesBody {
 /** 子商户ID */ sub_mchid?: string;
 /** 企业ID */ corpid: string;
 /** 门店ID */ store_id: number;
 /** 企业微信的员工ID */ userid: string;
 /** 企业微信的员工姓名 */ name: string;
 /** 手机号码 */ mobile: string;
 /** 员工个人二维码 */ qr_code: string;
 /** 头像URL */ avatar: string;
 /** 群二维码URL @example https://work.weixin.qq.com/xxxxxxx */ group_qrcode?: string;
}
/** 服务人员注册API: options */
export interface PostV3SmartguideGuidesOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3SmartguideGuidesBody;
}
/** 服务人员注册API: response body */
export interface PostV3SmartguideGuidesData {
 /** 服务人员ID */ guide_id: string;
}

/** 服务人员信息更新API: request body */
export interface PatchV3SmartguideGuidesBody {
 /** 子商户ID @example 1234567890 */ sub_mchid?: string;
 /** 企业微信的员工姓名 */ name?: string;
 /** 手机号码 */ mobile?: string;
 /** 员工个人二维码 */ qr_code?: string;
 /** 头像URL */ avatar?: string;
 /** 群二维码URL @example https://work.weixin.qq.com/xxxxxxx */ group_qrcode?: string;
}
/** 服务人员信息更新API: options */
export interface PatchV3SmartguideGuidesOptions extends CallOptions {
 /** 服务人员ID @example LLA3WJ6DSZUfiaZDS79FH5Wm5m4X69TBic */ guide_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json?: PatchV3SmartguideGuidesBody;
}
/** 服务人员信息更新API: response body */
export type PatchV3SmartguideGuidesData = undefined;

/** 服务人员分配API: request body */
export interface PostV3SmartguideGuidesAssignBody {
 /** 子商户ID @example 1234567890 */ sub_mchid?: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
}
/** 服务人员分配API: options */
export interface PostV3SmartguideGuidesAssignOptions extends CallOptions {
 /** 服务人员ID */ guide_id: string;
 json: PostV3SmartguideGuidesAssignBody;
}
/** 服务人员分配API: response body */
export type PostV3SmartguideGuidesAssignData = undefined;

export interface V3SmartguideNode {
 guides: Open<V3SmartguideGuidesNode>;
 chain: ChainFrom<"v3/smartguide">;
}

export interface V3SmartguideGuidesNode {
 /**
  * 服务人员查询API `GET /v3/smartguide/guides`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_3.shtml
  */
 get: Verb<GetV3SmartguideGuidesOptions, GetV3SmartguideGuidesData>;
 /**
  * 服务人员注册API `POST /v3/smartguide/guides`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_1.shtml
  */
 post: Verb<PostV3SmartguideGuidesOptions, PostV3SmartguideGuidesData>;
 $guide_id$: Open<V3SmartguideGuides_guide_id_Node>;
 _guide_id_: Open<V3SmartguideGuides_guide_id_Node>;
 chain: ChainFrom<"v3/smartguide/guides">;
}

export interface V3SmartguideGuides_guide_id_Node {
 /**
  * 服务人员信息更新API `PATCH /v3/smartguide/guides/{guide_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_4.shtml
  */
 patch: Verb<PatchV3SmartguideGuidesOptions, PatchV3SmartguideGuidesData>;
 assign: Open<V3SmartguideGuidesAssignNode>;
 chain: ChainFrom<"v3/smartguide/guides/{guide_id}">;
}

export interface V3SmartguideGuidesAssignNode {
 /**
  * 服务人员分配API `POST /v3/smartguide/guides/{guide_id}/assign`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_2.shtml
  */
 post: Verb<PostV3SmartguideGuidesAssignOptions, PostV3SmartguideGuidesAssignData>;
 chain: ChainFrom<"v3/smartguide/guides/{guide_id}/assign">;
}
