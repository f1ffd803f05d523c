// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 电商收付通模式小程序场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramBody extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramBodyFields {}
/** 电商收付通模式小程序场景预签约API: options */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramBody;
}
/** 电商收付通模式小程序场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramData extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramDataFields {}

/** 电商收付通模式支付后场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignBody extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignBodyFields {}
/** 电商收付通模式支付后场景预签约API: options */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignBody;
}
/** 电商收付通模式支付后场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignData {
 /** 商户号 */ mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 直连商户模式小程序场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramBody extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramBodyFields {}
/** 直连商户模式小程序场景预签约API: options */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramBody;
}
/** 直连商户模式小程序场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramData extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramDataFields {}

/** 直连商户模式支付后场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignBody extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignBodyFields {}
/** 直连商户模式支付后场景预签约API: options */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignBody;
}
/** 直连商户模式支付后场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignData {
 /** 商户号 */ mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 清算机构模式小程序场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramBody {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户AppID @example wxd678efh567hg6787 */ sub_appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}
/** 清算机构模式小程序场景预签约API: options */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramBody;
}
/** 清算机构模式小程序场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramData extends PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramDataFields {}

/** 清算机构模式支付后场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignBody {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户AppID @example wxd678efh567hg6787 */ sub_appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */ prepay_id: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}
/** 清算机构模式支付后场景预签约API: options */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignBody;
}
/** 清算机构模式支付后场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignData {
 /** 商户号 */ mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 商户通过商户协议号查询协议API: options */
export interface GetV3PasswordExemptContractContractsServiceIdOutContractCodeOptions extends CallOptions {
 /** 免密支付服务ID @example 12535 */ service_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
}
/** 商户通过商户协议号查询协议API: response body */
export interface GetV3PasswordExemptContractContractsServiceIdOutContractCodeData {
 /** 商户号 */ mchid: string;
 /** 免密支付协议ID */ contract_id: string;
 /** 商户AppID */ appid: string;
 /** 用户标识 */ openid: string;
 /** 子商户AppID */ sub_appid?: string;
 /** 用户标识 */ sub_openid?: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 用户账户展示名称 */ contract_display_account?: string;
 /** 委托代扣协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time: string;
 /** 协议解约信息 */ contract_terminate_info?: {
  /** 协议解约方式 */ contract_termination_mode: string;
  /** 协议解约时间 */ contract_terminated_time?: string;
  /** 解约备注 */ contract_termination_remark?: string;
 };
}

/** 商户通过商户协议号解约协议API: request body */
export interface PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateBody {
 /** 解约备注 @example 用户解约 */ contract_termination_remark: string;
}
/** 商户通过商户协议号解约协议API: options */
export interface PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateOptions extends CallOptions {
 /** 免密支付服务ID @example 12535 */ service_id: string | number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 json: PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateBody;
}
/** 商户通过商户协议号解约协议API: response body */
export interface PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateData {
 /** 商户号 */ mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

/** 服务商模式小程序场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramBody {
 /** 商户AppID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 用户标识 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ sp_openid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户AppID @example wxd678efh567hg6787 */ sub_appid: string;
 /** 用户子标识 @example wxd678efh567hg6787 */ sub_openid?: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
}
/** 服务商模式小程序场景预签约API: options */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramBody;
}
/** 服务商模式小程序场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramData {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 跳转签约的小程序AppID */ sign_mp_appid: string;
 /** 跳转签约的小程序路径 */ sign_mp_path: string;
}

/** 服务商模式支付后场景预签约API: request body */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignBody {
 /** 商户AppID @example wxd678efh567hg6787 */ sp_appid: string;
 /** 用户标识 @example oYobu0MVnQfWpSMOYJz2AHPG_gQw */ sp_openid?: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 子商户AppID @example wxd678efh567hg6787 */ sub_appid: string;
 /** 用户子标识 @example wxd678efh567hg6787 */ sub_openid?: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */ prepay_id: string;
}
/** 服务商模式支付后场景预签约API: options */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignOptions extends CallOptions {
 json: PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignBody;
}
/** 服务商模式支付后场景预签约API: response body */
export interface PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignData {
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
}

export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramBodyFields {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
}

export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramDataFields {
 /** 预签约ID */ pre_entrustweb_id: string;
 /** 商户号 */ mchid: string;
 /** 免密支付服务ID */ service_id: number;
 /** 商户签约协议号 */ out_contract_code: string;
 /** 跳转签约的小程序AppID */ sign_mp_appid: string;
 /** 跳转签约的小程序路径 */ sign_mp_path: string;
}

export interface PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignBodyFields {
 /** 商户AppID @example wxd678efh567hg6787 */ appid: string;
 /** 免密支付服务ID @example 12535 */ service_id: number;
 /** 商户签约协议号 @example wxwtdk20200910100000 */ out_contract_code: string;
 /** 回调通知地址 @example https://yourapp.com/notify */ notify_url: string;
 /** 用户账户展示名称 @example 微信代扣用户A */ contract_display_account: string;
 /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */ prepay_id: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
}

export interface V3PasswordExemptContractNode {
 contracts: Open<V3PasswordExemptContractContractsNode>;
 chain: ChainFrom<"v3/password-exempt-contract">;
}

export interface V3PasswordExemptContractContractsNode {
 ecommerce: Open<V3PasswordExemptContractContractsEcommerceNode>;
 normal: Open<V3PasswordExemptContractContractsNormalNode>;
 qs: Open<V3PasswordExemptContractContractsQsNode>;
 serviceId: Open<V3PasswordExemptContractContractsServiceIdNode>;
 serviceProvider: Open<V3PasswordExemptContractContractsServiceProviderNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts">;
}

export interface V3PasswordExemptContractContractsEcommerceNode {
 preEntrustSign: Open<V3PasswordExemptContractContractsEcommercePreEntrustSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/ecommerce">;
}

export interface V3PasswordExemptContractContractsEcommercePreEntrustSignNode {
 miniProgram: Open<V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode>;
 payRedirectSign: Open<V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign">;
}

export interface V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramNode {
 /**
  * 电商收付通模式小程序场景预签约API `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramOptions, PostV3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program">;
}

export interface V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignNode {
 /**
  * 电商收付通模式支付后场景预签约API `POST /v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignOptions, PostV3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSignData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign">;
}

export interface V3PasswordExemptContractContractsNormalNode {
 preEntrustSign: Open<V3PasswordExemptContractContractsNormalPreEntrustSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/normal">;
}

export interface V3PasswordExemptContractContractsNormalPreEntrustSignNode {
 miniProgram: Open<V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode>;
 payRedirectSign: Open<V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/normal/pre-entrust-sign">;
}

export interface V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramNode {
 /**
  * 直连商户模式小程序场景预签约API `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramOptions, PostV3PasswordExemptContractContractsNormalPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program">;
}

export interface V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignNode {
 /**
  * 直连商户模式支付后场景预签约API `POST /v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignOptions, PostV3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSignData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign">;
}

export interface V3PasswordExemptContractContractsQsNode {
 preEntrustSign: Open<V3PasswordExemptContractContractsQsPreEntrustSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/qs">;
}

export interface V3PasswordExemptContractContractsQsPreEntrustSignNode {
 miniProgram: Open<V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode>;
 payRedirectSign: Open<V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/qs/pre-entrust-sign">;
}

export interface V3PasswordExemptContractContractsQsPreEntrustSignMiniProgramNode {
 /**
  * 清算机构模式小程序场景预签约API `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramOptions, PostV3PasswordExemptContractContractsQsPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program">;
}

export interface V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignNode {
 /**
  * 清算机构模式支付后场景预签约API `POST /v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignOptions, PostV3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSignData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign">;
}

export interface V3PasswordExemptContractContractsServiceIdNode {
 $service_id$: Open<V3PasswordExemptContractContractsServiceId_service_id_Node>;
 _service_id_: Open<V3PasswordExemptContractContractsServiceId_service_id_Node>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-id">;
}

export interface V3PasswordExemptContractContractsServiceId_service_id_Node {
 outContractCode: Open<V3PasswordExemptContractContractsServiceId_service_id_OutContractCodeNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-id/{service_id}">;
}

export interface V3PasswordExemptContractContractsServiceId_service_id_OutContractCodeNode {
 $out_contract_code$: Open<V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code">;
}

export interface V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Node {
 /**
  * 商户通过商户协议号查询协议API `GET /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html
  */
 get: Verb<GetV3PasswordExemptContractContractsServiceIdOutContractCodeOptions, GetV3PasswordExemptContractContractsServiceIdOutContractCodeData>;
 terminate: Open<V3PasswordExemptContractContractsServiceIdOutContractCodeTerminateNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}">;
}

export interface V3PasswordExemptContractContractsServiceIdOutContractCodeTerminateNode {
 /**
  * 商户通过商户协议号解约协议API `POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html
  */
 post: Verb<PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateOptions, PostV3PasswordExemptContractContractsServiceIdOutContractCodeTerminateData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate">;
}

export interface V3PasswordExemptContractContractsServiceProviderNode {
 preEntrustSign: Open<V3PasswordExemptContractContractsServiceProviderPreEntrustSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-provider">;
}

export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignNode {
 miniProgram: Open<V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode>;
 payRedirectSign: Open<V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign">;
}

export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramNode {
 /**
  * 服务商模式小程序场景预签约API `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramOptions, PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgramData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program">;
}

export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignNode {
 /**
  * 服务商模式支付后场景预签约API `POST /v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign`
  * @see https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html
  */
 post: Verb<PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignOptions, PostV3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSignData>;
 chain: ChainFrom<"v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign">;
}
