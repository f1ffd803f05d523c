// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询可用商户范围列表: options */
export interface GetV3WebizpayAvailMchRangesOptions extends CallOptions {
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 };
}
/** 查询可用商户范围列表: response body */
export interface GetV3WebizpayAvailMchRangesData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 可用商户范围列表 */ range_list: Array<{
  /** 可用商户范围id */ range_id?: string;
  /** 商户标识类型 */ identifier_type?: "ORGANIZATION_CODE" | "TRANSACTION_ID";
 }>;
}

/** 创建可用商户范围: request body */
export interface PostV3WebizpayAvailMchRangesBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 商户标识类型 @example ORGANIZATION_CODE */ identifier_type: "ORGANIZATION_CODE" | "TRANSACTION_ID";
}
/** 创建可用商户范围: options */
export interface PostV3WebizpayAvailMchRangesOptions extends CallOptions {
 json: PostV3WebizpayAvailMchRangesBody;
}
/** 创建可用商户范围: response body */
export interface PostV3WebizpayAvailMchRangesData {
 /** 可用商户范围id */ range_id: string;
}

/** 查询商户标识列表: options */
export interface GetV3WebizpayAvailMchRangesMerchantIdentifiersOptions extends CallOptions {
 /** 可用商户范围id @example 89f5123e-5ad4-4e0e-89b1-63ced0c798c5 */ range_id: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
  /** 分页开始位置 @example 0 */ offset: number;
  /** 分页大小 @example 100 */ limit: number;
 };
}
/** 查询商户标识列表: response body */
export interface GetV3WebizpayAvailMchRangesMerchantIdentifiersData {
 /** 分页开始位置 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 实际返回数量 */ count: number;
 /** 总数量 */ total_count: number;
 /** 商户标识列表 */ data: string[];
}

/** 添加商户标识: request body */
export interface PostV3WebizpayAvailMchRangesMerchantIdentifiersBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 商户标识值 @example 91110000710926094P */ merchant_identifier: string;
}
/** 添加商户标识: options */
export interface PostV3WebizpayAvailMchRangesMerchantIdentifiersOptions extends CallOptions {
 /** 可用商户范围id @example 89f5123e-5ad4-4e0e-89b1-63ced0c798c5 */ range_id: string;
 json: PostV3WebizpayAvailMchRangesMerchantIdentifiersBody;
}
/** 添加商户标识: response body */
export interface PostV3WebizpayAvailMchRangesMerchantIdentifiersData {
 /** 可用商户范围id */ range_id: string;
}

/** 删除商户标识: request body */
export interface DeleteV3WebizpayAvailMchRangesMerchantIdentifiersBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
}
/** 删除商户标识: options */
export interface DeleteV3WebizpayAvailMchRangesMerchantIdentifiersOptions extends CallOptions {
 /** 可用商户范围id @example 89f5123e-5ad4-4e0e-89b1-63ced0c798c5 */ range_id: string;
 /** 商户标识值 @example 91110000710926094P */ merchant_identifier: string;
 json: DeleteV3WebizpayAvailMchRangesMerchantIdentifiersBody;
}
/** 删除商户标识: response body */
export interface DeleteV3WebizpayAvailMchRangesMerchantIdentifiersData {
 /** 可用商户范围id */ range_id: string;
}

/** 申请企业商户企业支付出资凭证: request body */
export interface PostV3WebizpayBillProofBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 /** 起始日期 @example 2025-04-23 */ start_date: string;
 /** 结束日期 @example 2025-04-23 */ end_date: string;
 /** 商户主体名称 @example 某某科技有限公司 */ entity_name?: string;
 /** 商户操作流水号 @example operation12345678 */ out_operation_id: string;
}
/** 申请企业商户企业支付出资凭证: options */
export interface PostV3WebizpayBillProofOptions extends CallOptions {
 json: PostV3WebizpayBillProofBody;
}
/** 申请企业商户企业支付出资凭证: response body */
export interface PostV3WebizpayBillProofData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商户操作流水号 */ out_operation_id: string;
 /** 微信支付操作流水号 */ operation_id: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 起始日期 */ start_date: string;
 /** 结束日期 */ end_date: string;
 /** 商户主体名称 */ entity_name: string;
 /** 出资凭证申请单单号 */ proof_id: string;
 /** 凭证下载地址 */ download_url: string;
 /** 凭证申请创建时间 */ create_time: string;
 /** 凭证状态更新时间 */ updated_time: string;
}

/** 申请企业商户企业支付业务账单: request body */
export interface PostV3WebizpayBillTradeBillBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 /** 账单日期 @example 2025-04-23 */ date: string;
 /** 账单类型 @example QYZFALL */ type: "QYZFALL";
}
/** 申请企业商户企业支付业务账单: options */
export interface PostV3WebizpayBillTradeBillOptions extends CallOptions {
 json: PostV3WebizpayBillTradeBillBody;
}
/** 申请企业商户企业支付业务账单: response body */
export interface PostV3WebizpayBillTradeBillData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 账单日期 */ date: string;
 /** 账单类型 */ type: "QYZFALL";
 /** 账单下载地址 */ download_url: string;
}

/** 使用商户卡号查询企业支付额度卡: options */
export interface GetV3WebizpayEmployeesOutQuotaCardsOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 /** 企业支付额度卡商户卡号 @example out_card_123456 */ out_card_no: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
  /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 };
}
/** 使用商户卡号查询企业支付额度卡: response body */
export interface GetV3WebizpayEmployeesOutQuotaCardsData extends GetV3WebizpayEmployeesOutQuotaCardsDataFields {}

/** 企业商户为员工下发企业支付额度卡: request body */
export interface PostV3WebizpayEmployeesQuotaCardsBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 /** 企业支付卡模板ID @example template_123 */ card_template_id: string;
 /** 卡片总金额 @example 10000 */ amount: number;
 /** 卡片名称 @example 报销额度卡 */ card_name: string;
 /** 商户卡号 @example mch_card_123456 */ out_card_no: string;
 /** 卡片有效期 @example 2023-12-31T23:59:59+08:00 */ effective_end_time: string;
 /** 卡片备注 @example 2023年1月差旅报销 */ card_remark?: string;
 /** 可用商户范围ID @example range_12345678 */ avail_mch_range_id?: string;
}
/** 企业商户为员工下发企业支付额度卡: options */
export interface PostV3WebizpayEmployeesQuotaCardsOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 json: PostV3WebizpayEmployeesQuotaCardsBody;
}
/** 企业商户为员工下发企业支付额度卡: response body */
export interface PostV3WebizpayEmployeesQuotaCardsData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 商户卡号 */ out_card_no: string;
 /** 微信授权关系ID */ employee_id: string;
 /** 企业支付额度卡卡号 */ card_no: string;
 /** 卡片生效时间 */ effective_begin_time: string;
 /** 卡片有效期 */ effective_end_time: string;
}

/** 企业商户查询企业支付额度卡: options */
export interface GetV3WebizpayEmployeesQuotaCardsOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 /** 企业支付额度卡卡号 @example 1068019671702503425 */ card_no: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
  /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 };
}
/** 企业商户查询企业支付额度卡: response body */
export interface GetV3WebizpayEmployeesQuotaCardsData extends GetV3WebizpayEmployeesOutQuotaCardsDataFields {}

/** 企业商户作废员工企业支付额度卡: request body */
export interface PostV3WebizpayEmployeesQuotaCardsCancelBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 /** 作废原因 @example 商户主动作废 */ reason: string;
}
/** 企业商户作废员工企业支付额度卡: options */
export interface PostV3WebizpayEmployeesQuotaCardsCancelOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 /** 企业支付额度卡卡号 @example 1068019671702503425 */ card_no: string;
 json: PostV3WebizpayEmployeesQuotaCardsCancelBody;
}
/** 企业商户作废员工企业支付额度卡: response body */
export interface PostV3WebizpayEmployeesQuotaCardsCancelData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 微信授权关系ID */ employee_id: string;
 /** 企业支付额度卡卡号 */ card_no: string;
 /** 卡片状态 */ card_state: "ACTIVE" | "DISABLED";
 /** 卡片失效时间 */ card_disabled_time?: string;
}

/** 企业商户获取指定额度卡支付链接: options */
export interface GetV3WebizpayEmployeesQuotaCardsPaymentUrlOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 /** 企业支付额度卡卡号 @example 1068019671702503425 */ card_no: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
  /** 出资子商户号 @example 43214321 */ sub_mchid: string;
  /** 拉起付款码页面的企业应用类型 @example H5 */ application_type: "H5" | "MINIPROGRAM";
 };
}
/** 企业商户获取指定额度卡支付链接: response body */
export interface GetV3WebizpayEmployeesQuotaCardsPaymentUrlData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 微信授权关系ID */ employee_id: string;
 /** 企业支付额度卡卡号 */ card_no: string;
 /** 链接失效时间 */ expire_time: string;
 /** 跳转链接 */ payment_url: string;
 /** 拉起付款码页面的企业应用类型 */ application_type?: "H5" | "MINIPROGRAM";
 /** 小程序查询参数 */ mp_query?: string;
 /** 小程序业务类型 */ mp_business_type?: string;
}

/** 企业商户发起解除员工企业支付授权: request body */
export interface PostV3WebizpayEmployeesRevokeBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
}
/** 企业商户发起解除员工企业支付授权: options */
export interface PostV3WebizpayEmployeesRevokeOptions extends CallOptions {
 /** 微信授权关系ID @example WeBizPay_a968402a-73bb-43e2-9e1a-8371b0ca3d7c */ employee_id: string;
 json: PostV3WebizpayEmployeesRevokeBody;
}
/** 企业商户发起解除员工企业支付授权: response body */
export interface PostV3WebizpayEmployeesRevokeData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 商户企业员工ID */ user_id: string;
 /** 员工企业支付权限状态 */ authorization_state: "REVOKED" | "AUTHORIZED";
 /** 员工企业支付失效时间 */ authorization_revoked_time: string;
 /** 作废原因 */ reason: string;
}

/** 发起门店主体匹配: request body */
export interface PostV3WebizpayStoresEntityMatchesBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 商户主体匹配批次单号 @example batch12345678 */ out_batch_id: string;
 /** 主体匹配明细列表 */ match_details?: Array<{
  /** 门店统一社会信用代码 @example 91110000710926094P */ organization_code: string;
  /** 门店名称 @example 微信小店 */ store_name: string;
  /** 需要查询的支付产品 @example CODE_PAY */ product_type: "CODE_PAY" | "NONE";
 }>;
}
/** 发起门店主体匹配: options */
export interface PostV3WebizpayStoresEntityMatchesOptions extends CallOptions {
 json: PostV3WebizpayStoresEntityMatchesBody;
}
/** 发起门店主体匹配: response body */
export interface PostV3WebizpayStoresEntityMatchesData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商户主体匹配批次单号 */ out_batch_id: string;
 /** 微信支付主体匹配批次单号 */ batch_id: string;
 /** 批次创建时间 */ time: string;
 /** 批次状态 */ state: "ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "CLOSED";
}

/** 查询门店主体匹配结果: options */
export interface GetV3WebizpayStoresEntityMatchesOptions extends CallOptions {
 /** 微信支付主体匹配批次单号 @example 1030000071201xxxxx */ batch_id: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 };
}
/** 查询门店主体匹配结果: response body */
export interface GetV3WebizpayStoresEntityMatchesData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 商户主体匹配批次单号 */ out_batch_id: string;
 /** 微信支付主体匹配批次单号 */ batch_id: string;
 /** 批次状态 */ state: "ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "CLOSED";
 /** 主体匹配明细列表 */ match_results?: Array<{
  /** 门店统一社会信用代码 */ organization_code: string;
  /** 门店名称 */ store_name: string;
  /** 是否存在满足条件微信支付商户号 */ has_valid_mchid: boolean;
 }>;
}

/** 企业商户查询企业员工开通授权状态: options */
export interface GetV3WebizpayUsersAuthorizationStateOptions extends CallOptions {
 /** 企业员工ID @example 123456 */ user_id: string;
 query: {
  /** 服务商商户号 @example 12341234 */ sp_mchid: string;
  /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 };
}
/** 企业商户查询企业员工开通授权状态: response body */
export interface GetV3WebizpayUsersAuthorizationStateData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 企业员工ID */ user_id: string;
 /** 微信授权关系列表 */ employee_list?: Array<{
  /** 微信授权关系ID */ employee_id: string;
  /** 授权状态 */ authorization_state: "AUTHORIZED" | "REVOKED";
  /** 授权时间 */ authorization_time: string;
  /** 解除授权时间 */ authorization_revoked_time: string;
 }>;
}

/** 企业商户发起员工开通企业支付授权: request body */
export interface PostV3WebizpayUsersAuthorizationUrlBody {
 /** 服务商商户号 @example 12341234 */ sp_mchid: string;
 /** 出资子商户号 @example 43214321 */ sub_mchid: string;
 /** 发起授权应用类型 @example H5 */ application_type: "H5" | "MINIPROGRAM";
}
/** 企业商户发起员工开通企业支付授权: options */
export interface PostV3WebizpayUsersAuthorizationUrlOptions extends CallOptions {
 /** 企业员工ID @example 123456 */ user_id: string;
 json: PostV3WebizpayUsersAuthorizationUrlBody;
}
/** 企业商户发起员工开通企业支付授权: response body */
export interface PostV3WebizpayUsersAuthorizationUrlData {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 企业员工ID */ user_id: string;
 /** 跳转链接 */ authorization_url?: string;
 /** 链接失效时间 */ expire_time?: string;
 /** 发起授权应用类型 */ application_type: "H5" | "MINIPROGRAM";
 /** 小程序查询参数 */ mp_query?: string;
 /** 小程序业务类型 */ mp_business_type?: string;
}

export interface GetV3WebizpayEmployeesOutQuotaCardsDataFields {
 /** 服务商商户号 */ sp_mchid: string;
 /** 出资子商户号 */ sub_mchid: string;
 /** 企业支付额度卡卡号 */ card_no: string;
 /** 商户卡号 */ out_card_no: string;
 /** 微信授权关系ID */ employee_id: string;
 /** 企业支付卡模板ID */ card_template_id: string;
 /** 使用规则 */ card_rule: "SINGLE" | "MULTIPLE";
 /** 退款规则 */ refund_rule: "RETURN" | "NOT_RETURN";
 /** 卡片总金额 */ amount: number;
 /** 卡片可用金额 */ remain_amount: number;
 /** 卡片有效期 */ effective_end_time: string;
 /** 卡片生效时间 */ effective_begin_time: string;
 /** 卡片状态 */ card_state: "ACTIVE" | "DISABLED";
 /** 卡片名称 */ card_name: string;
 /** 失效原因 */ reason?: string;
 /** 卡片使用时间 */ card_usage_time?: string;
 /** 卡片关联微信支付订单号 */ transaction_id?: string;
 /** 卡片失效时间 */ card_disabled_time?: string;
 /** 卡片备注 */ card_remark?: string;
}

export interface V3WebizpayNode {
 availMchRanges: Open<V3WebizpayAvailMchRangesNode>;
 bill: Open<V3WebizpayBillNode>;
 employees: Open<V3WebizpayEmployeesNode>;
 stores: Open<V3WebizpayStoresNode>;
 users: Open<V3WebizpayUsersNode>;
 chain: ChainFrom<"v3/webizpay">;
}

export interface V3WebizpayAvailMchRangesNode {
 /** 查询可用商户范围列表 `GET /v3/webizpay/avail-mch-ranges` */
 get: Verb<GetV3WebizpayAvailMchRangesOptions, GetV3WebizpayAvailMchRangesData>;
 /** 创建可用商户范围 `POST /v3/webizpay/avail-mch-ranges` */
 post: Verb<PostV3WebizpayAvailMchRangesOptions, PostV3WebizpayAvailMchRangesData>;
 $range_id$: Open<V3WebizpayAvailMchRanges_range_id_Node>;
 _range_id_: Open<V3WebizpayAvailMchRanges_range_id_Node>;
 chain: ChainFrom<"v3/webizpay/avail-mch-ranges">;
}

export interface V3WebizpayAvailMchRanges_range_id_Node {
 merchantIdentifiers: Open<V3WebizpayAvailMchRanges_range_id_MerchantIdentifiersNode>;
 chain: ChainFrom<"v3/webizpay/avail-mch-ranges/{range_id}">;
}

export interface V3WebizpayAvailMchRanges_range_id_MerchantIdentifiersNode {
 /** 查询商户标识列表 `GET /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers` */
 get: Verb<GetV3WebizpayAvailMchRangesMerchantIdentifiersOptions, GetV3WebizpayAvailMchRangesMerchantIdentifiersData>;
 /** 添加商户标识 `POST /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers` */
 post: Verb<PostV3WebizpayAvailMchRangesMerchantIdentifiersOptions, PostV3WebizpayAvailMchRangesMerchantIdentifiersData>;
 $merchant_identifier$: Open<V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_Node>;
 _merchant_identifier_: Open<V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_Node>;
 chain: ChainFrom<"v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers">;
}

export interface V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_Node {
 /** 删除商户标识 `DELETE /v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}` */
 delete: Verb<DeleteV3WebizpayAvailMchRangesMerchantIdentifiersOptions, DeleteV3WebizpayAvailMchRangesMerchantIdentifiersData>;
 chain: ChainFrom<"v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}">;
}

export interface V3WebizpayBillNode {
 proof: Open<V3WebizpayBillProofNode>;
 tradeBill: Open<V3WebizpayBillTradeBillNode>;
 chain: ChainFrom<"v3/webizpay/bill">;
}

export interface V3WebizpayBillProofNode {
 /** 申请企业商户企业支付出资凭证 `POST /v3/webizpay/bill/proof` */
 post: Verb<PostV3WebizpayBillProofOptions, PostV3WebizpayBillProofData>;
 chain: ChainFrom<"v3/webizpay/bill/proof">;
}

export interface V3WebizpayBillTradeBillNode {
 /** 申请企业商户企业支付业务账单 `POST /v3/webizpay/bill/trade-bill` */
 post: Verb<PostV3WebizpayBillTradeBillOptions, PostV3WebizpayBillTradeBillData>;
 chain: ChainFrom<"v3/webizpay/bill/trade-bill">;
}

export interface V3WebizpayEmployeesNode {
 $employee_id$: Open<V3WebizpayEmployees_employee_id_Node>;
 _employee_id_: Open<V3WebizpayEmployees_employee_id_Node>;
 chain: ChainFrom<"v3/webizpay/employees">;
}

export interface V3WebizpayEmployees_employee_id_Node {
 outQuotaCards: Open<V3WebizpayEmployees_employee_id_OutQuotaCardsNode>;
 quotaCards: Open<V3WebizpayEmployees_employee_id_QuotaCardsNode>;
 revoke: Open<V3WebizpayEmployeesRevokeNode>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}">;
}

export interface V3WebizpayEmployees_employee_id_OutQuotaCardsNode {
 $out_card_no$: Open<V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_Node>;
 _out_card_no_: Open<V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_Node>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/out-quota-cards">;
}

export interface V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_Node {
 /** 使用商户卡号查询企业支付额度卡 `GET /v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}` */
 get: Verb<GetV3WebizpayEmployeesOutQuotaCardsOptions, GetV3WebizpayEmployeesOutQuotaCardsData>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}">;
}

export interface V3WebizpayEmployees_employee_id_QuotaCardsNode {
 /** 企业商户为员工下发企业支付额度卡 `POST /v3/webizpay/employees/{employee_id}/quota-cards` */
 post: Verb<PostV3WebizpayEmployeesQuotaCardsOptions, PostV3WebizpayEmployeesQuotaCardsData>;
 $card_no$: Open<V3WebizpayEmployees_employee_id_QuotaCards_card_no_Node>;
 _card_no_: Open<V3WebizpayEmployees_employee_id_QuotaCards_card_no_Node>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/quota-cards">;
}

export interface V3WebizpayEmployees_employee_id_QuotaCards_card_no_Node {
 /** 企业商户查询企业支付额度卡 `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}` */
 get: Verb<GetV3WebizpayEmployeesQuotaCardsOptions, GetV3WebizpayEmployeesQuotaCardsData>;
 cancel: Open<V3WebizpayEmployeesQuotaCardsCancelNode>;
 paymentUrl: Open<V3WebizpayEmployeesQuotaCardsPaymentUrlNode>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/quota-cards/{card_no}">;
}

export interface V3WebizpayEmployeesQuotaCardsCancelNode {
 /** 企业商户作废员工企业支付额度卡 `POST /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel` */
 post: Verb<PostV3WebizpayEmployeesQuotaCardsCancelOptions, PostV3WebizpayEmployeesQuotaCardsCancelData>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel">;
}

export interface V3WebizpayEmployeesQuotaCardsPaymentUrlNode {
 /** 企业商户获取指定额度卡支付链接 `GET /v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url` */
 get: Verb<GetV3WebizpayEmployeesQuotaCardsPaymentUrlOptions, GetV3WebizpayEmployeesQuotaCardsPaymentUrlData>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url">;
}

export interface V3WebizpayEmployeesRevokeNode {
 /** 企业商户发起解除员工企业支付授权 `POST /v3/webizpay/employees/{employee_id}/revoke` */
 post: Verb<PostV3WebizpayEmployeesRevokeOptions, PostV3WebizpayEmployeesRevokeData>;
 chain: ChainFrom<"v3/webizpay/employees/{employee_id}/revoke">;
}

export interface V3WebizpayStoresNode {
 entityMatches: Open<V3WebizpayStoresEntityMatchesNode>;
 chain: ChainFrom<"v3/webizpay/stores">;
}

export interface V3WebizpayStoresEntityMatchesNode {
 /** 发起门店主体匹配 `POST /v3/webizpay/stores/entity-matches` */
 post: Verb<PostV3WebizpayStoresEntityMatchesOptions, PostV3WebizpayStoresEntityMatchesData>;
 $batch_id$: Open<V3WebizpayStoresEntityMatches_batch_id_Node>;
 _batch_id_: Open<V3WebizpayStoresEntityMatches_batch_id_Node>;
 chain: ChainFrom<"v3/webizpay/stores/entity-matches">;
}

export interface V3WebizpayStoresEntityMatches_batch_id_Node {
 /** 查询门店主体匹配结果 `GET /v3/webizpay/stores/entity-matches/{batch_id}` */
 get: Verb<GetV3WebizpayStoresEntityMatchesOptions, GetV3WebizpayStoresEntityMatchesData>;
 chain: ChainFrom<"v3/webizpay/stores/entity-matches/{batch_id}">;
}

export interface V3WebizpayUsersNode {
 $user_id$: Open<V3WebizpayUsers_user_id_Node>;
 _user_id_: Open<V3WebizpayUsers_user_id_Node>;
 chain: ChainFrom<"v3/webizpay/users">;
}

export interface V3WebizpayUsers_user_id_Node {
 authorizationState: Open<V3WebizpayUsersAuthorizationStateNode>;
 authorizationUrl: Open<V3WebizpayUsersAuthorizationUrlNode>;
 chain: ChainFrom<"v3/webizpay/users/{user_id}">;
}

export interface V3WebizpayUsersAuthorizationStateNode {
 /** 企业商户查询企业员工开通授权状态 `GET /v3/webizpay/users/{user_id}/authorization-state` */
 get: Verb<GetV3WebizpayUsersAuthorizationStateOptions, GetV3WebizpayUsersAuthorizationStateData>;
 chain: ChainFrom<"v3/webizpay/users/{user_id}/authorization-state">;
}

export interface V3WebizpayUsersAuthorizationUrlNode {
 /** 企业商户发起员工开通企业支付授权 `POST /v3/webizpay/users/{user_id}/authorization-url` */
 post: Verb<PostV3WebizpayUsersAuthorizationUrlOptions, PostV3WebizpayUsersAuthorizationUrlData>;
 chain: ChainFrom<"v3/webizpay/users/{user_id}/authorization-url">;
}
