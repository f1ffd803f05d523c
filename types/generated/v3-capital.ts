// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 查询省份列表API: options */
export interface GetV3CapitalCapitallhhAreasProvincesOptions extends CallOptions {
}
/** 查询省份列表API: response body */
export interface GetV3CapitalCapitallhhAreasProvincesData {
 /** 省份列表 */ data?: Array<{
  /** 省份名称 */ province_name: string;
  /** 省份编码 */ province_code: number;
 }>;
 /** 查询数据总条数 */ total_count: number;
}

/** 查询城市列表API: options */
export interface GetV3CapitalCapitallhhAreasProvincesCitiesOptions extends CallOptions {
 /** 省份编码 @example 10 */ province_code: string | number;
}
/** 查询城市列表API: response body */
export interface GetV3CapitalCapitallhhAreasProvincesCitiesData {
 /** 城市列表 */ data?: Array<{
  /** 城市名称 */ city_name: string;
  /** 城市编码 */ city_code: number;
 }>;
 /** 查询数据总条数 */ total_count: number;
}

/** 查询支持对公业务的银行列表API: options */
export interface GetV3CapitalCapitallhhBanksCorporateBankingOptions extends CallOptions {
 query: {
  /** 本次查询偏移量 @example 0 */ offset?: number;
  /** 本次请求最大查询条数 @example 200 */ limit: number;
 };
}
/** 查询支持对公业务的银行列表API: response body */
export interface GetV3CapitalCapitallhhBanksCorporateBankingData extends GetV3CapitalCapitallhhBanksCorporateBankingDataFields {}

/** 查询支持个人业务的银行列表API: options */
export interface GetV3CapitalCapitallhhBanksPersonalBankingOptions extends CallOptions {
 query: {
  /** 本次查询偏移量 @example 0 */ offset?: number;
  /** 本次请求最大查询条数 @example 200 */ limit: number;
 };
}
/** 查询支持个人业务的银行列表API: response body */
export interface GetV3CapitalCapitallhhBanksPersonalBankingData extends GetV3CapitalCapitallhhBanksCorporateBankingDataFields {}

/** 获取对私银行卡号开户银行API: options */
export interface GetV3CapitalCapitallhhBanksSearchBanksByBankAccountOptions extends CallOptions {
 query: {
  /** 银行卡号 @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w== */ account_number: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 获取对私银行卡号开户银行API: response body */
export interface GetV3CapitalCapitallhhBanksSearchBanksByBankAccountData {
 /** 查询数据总条数 */ total_count: number;
 /** 银行列表 */ data?: CapitalData[];
}

/** 查询支行列表API: options */
export interface GetV3CapitalCapitallhhBanksBranchesOptions extends CallOptions {
 /** 银行别名编码 @example 1000006247 */ bank_alias_code: string;
 query: {
  /** 城市编码 @example 536 */ city_code: number;
  /** 本次查询偏移量 */ offset?: number;
  /** 本次请求最大查询条数 @example 200 */ limit: number;
 };
}
/** 查询支行列表API: response body */
export interface GetV3CapitalCapitallhhBanksBranchesData {
 /** 查询数据总条数 */ total_count: number;
 /** 本次查询条数 */ count: number;
 /** 支行列表 */ data?: Array<{
  /** 开户银行支行名称 */ bank_branch_name: string;
  /** 开户银行支行联行号 */ bank_branch_id: string;
 }>;
 /** 本次查询偏移量 */ offset: number;
 /** 分页链接 */ links: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
 /** 开户银行 */ account_bank: string;
 /** 开户银行编码 */ account_bank_code: number;
 /** 银行别名 */ bank_alias: string;
 /** 银行别名编码 */ bank_alias_code: string;
}

export interface GetV3CapitalCapitallhhBanksCorporateBankingDataFields {
 /** 查询数据总条数 */ total_count: number;
 /** 本次查询数据条数 */ count: number;
 /** 银行列表 */ data?: CapitalData[];
 /** 本次查询偏移量 */ offset: number;
 /** 分页链接 */ links: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
}

export interface CapitalData {
 /** 银行别名 */ bank_alias: string;
 /** 银行别名编码 */ bank_alias_code: string;
 /** 开户银行 */ account_bank: string;
 /** 开户银行编码 */ account_bank_code: number;
 /** 是否需要填写支行 */ need_bank_branch: boolean;
}

export interface V3CapitalNode {
 capitallhh: Open<V3CapitalCapitallhhNode>;
 chain: ChainFrom<"v3/capital">;
}

export interface V3CapitalCapitallhhNode {
 areas: Open<V3CapitalCapitallhhAreasNode>;
 banks: Open<V3CapitalCapitallhhBanksNode>;
 chain: ChainFrom<"v3/capital/capitallhh">;
}

export interface V3CapitalCapitallhhAreasNode {
 provinces: Open<V3CapitalCapitallhhAreasProvincesNode>;
 chain: ChainFrom<"v3/capital/capitallhh/areas">;
}

export interface V3CapitalCapitallhhAreasProvincesNode {
 /**
  * 查询省份列表API `GET /v3/capital/capitallhh/areas/provinces`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_4.shtml
  */
 get: OptionalVerb<GetV3CapitalCapitallhhAreasProvincesOptions, GetV3CapitalCapitallhhAreasProvincesData>;
 $province_code$: Open<V3CapitalCapitallhhAreasProvinces_province_code_Node>;
 _province_code_: Open<V3CapitalCapitallhhAreasProvinces_province_code_Node>;
 chain: ChainFrom<"v3/capital/capitallhh/areas/provinces">;
}

export interface V3CapitalCapitallhhAreasProvinces_province_code_Node {
 cities: Open<V3CapitalCapitallhhAreasProvincesCitiesNode>;
 chain: ChainFrom<"v3/capital/capitallhh/areas/provinces/{province_code}">;
}

export interface V3CapitalCapitallhhAreasProvincesCitiesNode {
 /**
  * 查询城市列表API `GET /v3/capital/capitallhh/areas/provinces/{province_code}/cities`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_5.shtml
  */
 get: Verb<GetV3CapitalCapitallhhAreasProvincesCitiesOptions, GetV3CapitalCapitallhhAreasProvincesCitiesData>;
 chain: ChainFrom<"v3/capital/capitallhh/areas/provinces/{province_code}/cities">;
}

export interface V3CapitalCapitallhhBanksNode {
 $bank_alias_code$: Open<V3CapitalCapitallhhBanks_bank_alias_code_Node>;
 _bank_alias_code_: Open<V3CapitalCapitallhhBanks_bank_alias_code_Node>;
 corporateBanking: Open<V3CapitalCapitallhhBanksCorporateBankingNode>;
 personalBanking: Open<V3CapitalCapitallhhBanksPersonalBankingNode>;
 searchBanksByBankAccount: Open<V3CapitalCapitallhhBanksSearchBanksByBankAccountNode>;
 chain: ChainFrom<"v3/capital/capitallhh/banks">;
}

export interface V3CapitalCapitallhhBanksCorporateBankingNode {
 /**
  * 查询支持对公业务的银行列表API `GET /v3/capital/capitallhh/banks/corporate-banking`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_3.shtml
  */
 get: Verb<GetV3CapitalCapitallhhBanksCorporateBankingOptions, GetV3CapitalCapitallhhBanksCorporateBankingData>;
 chain: ChainFrom<"v3/capital/capitallhh/banks/corporate-banking">;
}

export interface V3CapitalCapitallhhBanksPersonalBankingNode {
 /**
  * 查询支持个人业务的银行列表API `GET /v3/capital/capitallhh/banks/personal-banking`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_2.shtml
  */
 get: Verb<GetV3CapitalCapitallhhBanksPersonalBankingOptions, GetV3CapitalCapitallhhBanksPersonalBankingData>;
 chain: ChainFrom<"v3/capital/capitallhh/banks/personal-banking">;
}

export interface V3CapitalCapitallhhBanksSearchBanksByBankAccountNode {
 /**
  * 获取对私银行卡号开户银行API `GET /v3/capital/capitallhh/banks/search-banks-by-bank-account`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_1.shtml
  */
 get: Verb<GetV3CapitalCapitallhhBanksSearchBanksByBankAccountOptions, GetV3CapitalCapitallhhBanksSearchBanksByBankAccountData>;
 chain: ChainFrom<"v3/capital/capitallhh/banks/search-banks-by-bank-account">;
}

export interface V3CapitalCapitallhhBanks_bank_alias_code_Node {
 branches: Open<V3CapitalCapitallhhBanksBranchesNode>;
 chain: ChainFrom<"v3/capital/capitallhh/banks/{bank_alias_code}">;
}

export interface V3CapitalCapitallhhBanksBranchesNode {
 /**
  * 查询支行列表API `GET /v3/capital/capitallhh/banks/{bank_alias_code}/branches`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_6.shtml
  */
 get: Verb<GetV3CapitalCapitallhhBanksBranchesOptions, GetV3CapitalCapitallhhBanksBranchesData>;
 chain: ChainFrom<"v3/capital/capitallhh/banks/{bank_alias_code}/branches">;
}
