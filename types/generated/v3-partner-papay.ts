// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 服务商商户重试扣费通知API: request body */
export interface PostV3PartnerPapayContractsFailNotifyBody {
 /** 服务商商户号 @example 1230000109 */ sp_mchid: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 子商户号 @example 12345512 */ sub_mchid: string;
 /** 子商户应用D @example wxd678efh567hg6787 */ sub_appid?: string;
}
/** 服务商商户重试扣费通知API: options */
export interface PostV3PartnerPapayContractsFailNotifyOptions extends CallOptions {
 /** 委托代扣协议id @example 123124412412423431 */ contract_id: string;
 json: PostV3PartnerPapayContractsFailNotifyBody;
}
/** 服务商商户重试扣费通知API: response body */
export type PostV3PartnerPapayContractsFailNotifyData = undefined;

/** 服务商商户预扣费通知API: request body */
export interface PostV3PartnerPapayContractsNotifyBody {
 /** 服务商商户号 @example 1230000109 */ sp_mchid: string;
 /** 服务商应用ID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 子商户号 @example 12345512 */ sub_mchid: string;
 /** 子商户应用D @example wxd678efh567hg6787 */ sub_appid?: string;
 /** 扣费持续时间 */ deduct_duration?: {
  /** 扣费持续时间数 @example 1 */ count: number;
  /** 单位 @example DAY */ unit?: string;
 };
 /** 预计扣费金额信息 */ estimated_amount: {
  /** 预计扣费金额 @example 1 */ amount: number;
  /** 预计扣费货币类型 @example CNY */ currency?: string;
 };
}
/** 服务商商户预扣费通知API: options */
export interface PostV3PartnerPapayContractsNotifyOptions extends CallOptions {
 /** 委托代扣协议id @example 123124412412423431 */ contract_id: string;
 json: PostV3PartnerPapayContractsNotifyBody;
}
/** 服务商商户预扣费通知API: response body */
export type PostV3PartnerPapayContractsNotifyData = undefined;

export interface V3PartnerPapayNode {
 contracts: Open<V3PartnerPapayContractsNode>;
 chain: ChainFrom<"v3/partner-papay">;
}

export interface V3PartnerPapayContractsNode {
 $contract_id$: Open<V3PartnerPapayContracts_contract_id_Node>;
 _contract_id_: Open<V3PartnerPapayContracts_contract_id_Node>;
 chain: ChainFrom<"v3/partner-papay/contracts">;
}

export interface V3PartnerPapayContracts_contract_id_Node {
 failNotify: Open<V3PartnerPapayContractsFailNotifyNode>;
 notify: Open<V3PartnerPapayContractsNotifyNode>;
 chain: ChainFrom<"v3/partner-papay/contracts/{contract_id}">;
}

export interface V3PartnerPapayContractsFailNotifyNode {
 /**
  * 服务商商户重试扣费通知API `POST /v3/partner-papay/contracts/{contract_id}/fail-notify`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml
  */
 post: Verb<PostV3PartnerPapayContractsFailNotifyOptions, PostV3PartnerPapayContractsFailNotifyData>;
 chain: ChainFrom<"v3/partner-papay/contracts/{contract_id}/fail-notify">;
}

export interface V3PartnerPapayContractsNotifyNode {
 /**
  * 服务商商户预扣费通知API `POST /v3/partner-papay/contracts/{contract_id}/notify`
  * @see https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html
  */
 post: Verb<PostV3PartnerPapayContractsNotifyOptions, PostV3PartnerPapayContractsNotifyData>;
 chain: ChainFrom<"v3/partner-papay/contracts/{contract_id}/notify">;
}
