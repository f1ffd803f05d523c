// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 报名费率优惠活动API: request body */
export interface PostV3RateActivityApplicationsBody {
 /** 从业机构号 @example 1356485 */ acquiring_bank_id: string;
 /** 渠道商户号 @example 20001111 */ channel_id: string;
 /** 从业机构特约商户号 @example 1346578 */ sub_mchid: string;
 /** 活动报名信息 */ activity_detail: {
  /** 活动ID @example schoolcanteen_001 */ activity_id: string;
  /** 活动费率 @example 0.6 */ activity_rate?: string;
  /** 活动报名材料 */ activity_apply_information?: Array<{
   /** 材料ID @example SCHOOL_QUALIFICATION_PROVEMENT */ apply_material_id?: string;
   apply_material_information?: string[];
  }>;
 };
 /** 补充信息 */ additional_information?: {
  /** 补充说明 @example 特殊情况，说明原因 */ additional_message?: string;
  additional_material?: string[];
 };
}
/** 报名费率优惠活动API: options */
export interface PostV3RateActivityApplicationsOptions extends CallOptions {
 json: PostV3RateActivityApplicationsBody;
}
/** 报名费率优惠活动API: response body */
export interface PostV3RateActivityApplicationsData {
 /** 申请单编号 */ application_id: string;
}

/** 根据申请单ID查询申请单结果API: options */
export interface GetV3RateActivityApplicationsIdOptions extends CallOptions {
 /** 申请单编号 @example 20000011111 */ application_id: string;
}
/** 根据申请单ID查询申请单结果API: response body */
export interface GetV3RateActivityApplicationsIdData {
 /** 申请单状态 */ application_state: string;
 /** 从业机构特约商户号 */ sub_mchid: string;
 /** 驳回参数 */ reject_parameter?: string;
 /** 驳回原因 */ reject_reason?: string;
 /** 活动审核通过时间 */ pass_time?: string;
}

/** 修改单据信息API: request body */
export interface PatchV3RateActivityApplicationsIdBody {
 /** 活动报名修改信息 */ activity_detail_modification?: {
  /** 活动费率 @example 0.6 */ activity_rate?: string;
  /** 活动报名材料 */ activity_apply_information?: Array<{
   /** 材料ID @example SCHOOL_QUALIFICATION_PROOF */ apply_material_id?: string;
   apply_material_information?: string[];
  }>;
 };
 /** 补充信息 */ additional_information?: {
  /** 补充说明 @example 特殊情况，说明原因 */ additional_message?: string;
  additional_material?: string[];
 };
}
/** 修改单据信息API: options */
export interface PatchV3RateActivityApplicationsIdOptions extends CallOptions {
 /** 申请单编号 @example 20000011111 */ application_id: string;
 json: PatchV3RateActivityApplicationsIdBody;
}
/** 修改单据信息API: response body */
export interface PatchV3RateActivityApplicationsIdData {
 /** 申请单编号 */ application_id: string;
}

export interface V3RateActivityNode {
 applications: Open<V3RateActivityApplicationsNode>;
 chain: ChainFrom<"v3/rate-activity">;
}

export interface V3RateActivityApplicationsNode {
 /**
  * 报名费率优惠活动API `POST /v3/rate-activity/applications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_1.shtml
  */
 post: Verb<PostV3RateActivityApplicationsOptions, PostV3RateActivityApplicationsData>;
 id: Open<V3RateActivityApplicationsIdNode>;
 chain: ChainFrom<"v3/rate-activity/applications">;
}

export interface V3RateActivityApplicationsIdNode {
 $application_id$: Open<V3RateActivityApplicationsId_application_id_Node>;
 _application_id_: Open<V3RateActivityApplicationsId_application_id_Node>;
 chain: ChainFrom<"v3/rate-activity/applications/id">;
}

export interface V3RateActivityApplicationsId_application_id_Node {
 /**
  * 根据申请单ID查询申请单结果API `GET /v3/rate-activity/applications/id/{application_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_2.shtml
  */
 get: Verb<GetV3RateActivityApplicationsIdOptions, GetV3RateActivityApplicationsIdData>;
 /**
  * 修改单据信息API `PATCH /v3/rate-activity/applications/id/{application_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_3.shtml
  */
 patch: Verb<PatchV3RateActivityApplicationsIdOptions, PatchV3RateActivityApplicationsIdData>;
 chain: ChainFrom<"v3/rate-activity/applications/id/{application_id}">;
}
