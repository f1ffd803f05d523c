// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请修改特约商户结算规则API: request body */
export interface PostV3MerchantSettlementMerchantSettleRuleApplicationsBody {
 /** 从业机构号 @example 1356485 */ acquiring_bank_id: string;
 /** 渠道商户号 @example 20001111 */ channel_id: string;
 /** 从业机构特约商户号 @example 1346578 */ sub_mchid: string;
 /** 结算规则id @example 760 */ settle_rule_id: number;
}
/** 申请修改特约商户结算规则API: options */
export interface PostV3MerchantSettlementMerchantSettleRuleApplicationsOptions extends CallOptions {
 json: PostV3MerchantSettlementMerchantSettleRuleApplicationsBody;
}
/** 申请修改特约商户结算规则API: response body */
export interface PostV3MerchantSettlementMerchantSettleRuleApplicationsData extends PostV3MerchantSettlementMerchantSettleRuleApplicationsDataFields {}

/** 根据申请单ID查询结果API: options */
export interface GetV3MerchantSettlementMerchantSettleRuleApplicationsOptions extends CallOptions {
 /** 申请单编号 @example 20000011111 */ application_id: string;
}
/** 根据申请单ID查询结果API: response body */
export interface GetV3MerchantSettlementMerchantSettleRuleApplicationsData extends PostV3MerchantSettlementMerchantSettleRuleApplicationsDataFields {}

export interface PostV3MerchantSettlementMerchantSettleRuleApplicationsDataFields {
 /** 申请单编号 */ application_id: string;
 /** 申请单处理信息 */ application_process_info?: string;
 /** 申请单状态 */ application_state?: string;
 /** 最后更新时间 */ update_time?: string;
 /** 从业机构号 */ acquiring_bank_id?: string;
 /** 渠道商户号 */ channel_id?: string;
 /** 从业机构特约商户号 */ sub_mchid?: string;
 /** 结算规则id */ settle_rule_id?: number;
}

export interface V3MerchantSettlementNode {
 merchantSettleRuleApplications: Open<V3MerchantSettlementMerchantSettleRuleApplicationsNode>;
 chain: ChainFrom<"v3/merchant-settlement">;
}

export interface V3MerchantSettlementMerchantSettleRuleApplicationsNode {
 /**
  * 申请修改特约商户结算规则API `POST /v3/merchant-settlement/merchant-settle-rule-applications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_1_1.shtml
  */
 post: Verb<PostV3MerchantSettlementMerchantSettleRuleApplicationsOptions, PostV3MerchantSettlementMerchantSettleRuleApplicationsData>;
 $application_id$: Open<V3MerchantSettlementMerchantSettleRuleApplications_application_id_Node>;
 _application_id_: Open<V3MerchantSettlementMerchantSettleRuleApplications_application_id_Node>;
 chain: ChainFrom<"v3/merchant-settlement/merchant-settle-rule-applications">;
}

export interface V3MerchantSettlementMerchantSettleRuleApplications_application_id_Node {
 /**
  * 根据申请单ID查询结果API `GET /v3/merchant-settlement/merchant-settle-rule-applications/{application_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_1_2.shtml
  */
 get: Verb<GetV3MerchantSettlementMerchantSettleRuleApplicationsOptions, GetV3MerchantSettlementMerchantSettleRuleApplicationsData>;
 chain: ChainFrom<"v3/merchant-settlement/merchant-settle-rule-applications/{application_id}">;
}
