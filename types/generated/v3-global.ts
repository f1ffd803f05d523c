// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, UploadFileOptions, Verb } from '../catalog.js';

/** 获取平台证书列表: options */
export interface GetV3GlobalCertificatesOptions extends CallOptions {
}
/** 获取平台证书列表: response body */
export interface GetV3GlobalCertificatesData {
 data: Array<{
  /** 证书序列号 */ serial_no?: string;
  /** 证书启用时间 */ effective_time?: string;
  /** 证书弃用时间 */ expire_time?: string;
  /** 证书信息 */ encrypt_certificate?: {
   /** 加密证书的算法 */ algorithm?: string;
   /** 加密证书的随机串 */ nonce?: string;
   /** 加密证书的附加数据 */ associated_data?: string;
   /** 加密后的证书内容 */ ciphertext?: string;
  };
 }>;
}

/** 报关查询API: options */
export interface GetV3GlobalCustomsOrdersOptions extends CallOptions {
 query: {
  /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
  /** 商户号 @example 1230000109 */ mchid: string;
  /** 订单类型 @example out_trade_no */ order_type: "out_trade_no" | "transaction_id" | "sub_order_no" | "sub_order_id";
  /** 订单号 @example 20150806125346 */ order_no: string;
  /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 偏移量 @example 1 */ offset?: number;
  /** 请求最大记录条数 @example 20 */ limit?: number;
 };
}
/** 报关查询API: response body */
export interface GetV3GlobalCustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构流水号 */ verify_department_trade_id: string;
 /** 偏移量 */ offset: number;
 /** 请求最大记录条数 */ limit: number;
 /** 查询结果总条数 */ total_count: number;
 /** 报关数据包 */ data: Array<{
  /** 商户子单号 */ sub_order_no?: string;
  /** 微信子单号 */ sub_order_id?: string;
  /** 商户海关备案号 */ mch_customs_no?: string;
  /** 海关代码 */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 币种 */ fee_type?: string;
  /** 子单金额 */ order_fee?: number;
  /** 关税 */ duty?: number;
  /** 物流费用 */ transport_fee?: number;
  /** 商品费用 */ product_fee?: number;
  /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
  /** 报关结果说明 */ explanation?: string;
  /** 最后更新时间 */ modify_time: string;
 }>;
}

/** 报关API: request body */
export interface PostV3GlobalCustomsOrdersBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 关税 @example 888 */ duty?: number;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 子订单金额 @example 888 */ order_fee?: number;
 /** 物流费用 @example 888 */ transport_fee?: number;
 /** 商品费用 @example 888 */ product_fee?: number;
}
/** 报关API: options */
export interface PostV3GlobalCustomsOrdersOptions extends CallOptions {
 json: PostV3GlobalCustomsOrdersBody;
}
/** 报关API: response body */
export interface PostV3GlobalCustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构交易流水号 */ verify_department_trade_id: string;
}

/** 报关信息修改API: request body */
export interface PatchV3GlobalCustomsOrdersBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 海关编码 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 关税 @example 888 */ duty?: number;
 /** 子订单金额 @example 888 */ order_fee?: number;
 /** 物流费用 @example 888 */ transport_fee?: number;
 /** 商品费用 @example 888 */ product_fee?: number;
}
/** 报关信息修改API: options */
export interface PatchV3GlobalCustomsOrdersOptions extends CallOptions {
 json: PatchV3GlobalCustomsOrdersBody;
}
/** 报关信息修改API: response body */
export interface PatchV3GlobalCustomsOrdersData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 核验机构 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 核验机构流水号 */ verify_department_trade_id: string;
}

/** 报关重推API: request body */
export interface PostV3GlobalCustomsRedeclareBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no?: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id?: string;
 /** 商户子单号 @example 20150806125346 */ sub_order_no?: string;
 /** 微信子单号 @example 1000320306201511078440737891 */ sub_order_id?: string;
 /** 海关编码 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
}
/** 报关重推API: options */
export interface PostV3GlobalCustomsRedeclareOptions extends CallOptions {
 json: PostV3GlobalCustomsRedeclareBody;
}
/** 报关重推API: response body */
export interface PostV3GlobalCustomsRedeclareData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 报关状态 */ state: "PROCESSING" | "UNDECLARED" | "SUBMITTED" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 申报结果说明 */ explanation?: string;
}

/** 身份信息校验API: request body */
export interface PostV3GlobalCustomsVerifyCertificateBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mchid: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 海关 @example SHANGHAI_ZS */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ merchant_customs_no: string;
 /** 证件类型 @example IDCARD */ certificate_type: "IDCARD";
 /** 证件号 @example 330821198809085211 */ certificate_id: string;
 /** 证件姓名 @example 张三 */ certificate_name: string;
}
/** 身份信息校验API: options */
export interface PostV3GlobalCustomsVerifyCertificateOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GlobalCustomsVerifyCertificateBody;
}
/** 身份信息校验API: response body */
export interface PostV3GlobalCustomsVerifyCertificateData {
 /** 机构APPID */ appid: string;
 /** 商户号 */ mchid: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信订单号 */ transaction_id: string;
 /** 身份核验结果 */ certificate_check_result: "SAME" | "DIFFERENT";
}

/** 查询投诉通知回调: options */
export interface GetV3GlobalMerchantServiceComplaintNotificationsOptions extends CallOptions {
}
/** 查询投诉通知回调: response body */
export interface GetV3GlobalMerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 创建投诉通知回调: request body */
export interface PostV3GlobalMerchantServiceComplaintNotificationsBody {
 /** 通知地址 @example https://www.xxx.com/notify */ url: string;
}
/** 创建投诉通知回调: options */
export interface PostV3GlobalMerchantServiceComplaintNotificationsOptions extends CallOptions {
 json: PostV3GlobalMerchantServiceComplaintNotificationsBody;
}
/** 创建投诉通知回调: response body */
export interface PostV3GlobalMerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 更新投诉通知回调: request body */
export interface PutV3GlobalMerchantServiceComplaintNotificationsBody {
 /** 通知地址 @example https://www.xxx.com/notify */ url: string;
}
/** 更新投诉通知回调: options */
export interface PutV3GlobalMerchantServiceComplaintNotificationsOptions extends CallOptions {
 json: PutV3GlobalMerchantServiceComplaintNotificationsBody;
}
/** 更新投诉通知回调: response body */
export interface PutV3GlobalMerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 删除投诉通知回调: options */
export interface DeleteV3GlobalMerchantServiceComplaintNotificationsOptions extends CallOptions {
}
/** 删除投诉通知回调: response body */
export type DeleteV3GlobalMerchantServiceComplaintNotificationsData = undefined;

/** 查询投诉单列表: options */
export interface GetV3GlobalMerchantServiceComplaintsOptions extends CallOptions {
 query: {
  /** 分页大小 @example 5 */ limit?: number;
  /** 分页开始位置 @example 10 */ offset?: number;
  /** 开始日期 @example 2019-01-01 */ begin_date: string;
  /** 结束日期 @example 2019-01-01 */ end_date: string;
  /** 诉商户号 @example 1900012181 */ complainted_mchid?: string;
  /** 商户语言 @example zh_CN */ mch_language?: "ZH_CN" | "ZH_TW" | "ZH_HK" | "EN" | "JA" | "KO" | "TH" | "VI" | "RU" | "DE" | "FR" | "AR" | "ES";
 };
}
/** 查询投诉单列表: response body */
export interface GetV3GlobalMerchantServiceComplaintsData {
 /** 用户投诉信息详情 */ data?: GlobalData[];
 /** 分页大小 */ limit: number;
 /** 分页开始位置 */ offset: number;
 /** 投诉总条数 */ total_count?: number;
}

/** 查询投诉单详情: options */
export interface GetV3GlobalMerchantServiceComplaints_complaint_id_Options extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 query?: {
  /** 商户语言 @example zh_CN */ mch_language?: "ZH_CN" | "ZH_TW" | "ZH_HK" | "EN" | "JA" | "KO" | "TH" | "VI" | "RU" | "DE" | "FR" | "AR" | "ES";
 };
}
/** 查询投诉单详情: response body */
export interface GetV3GlobalMerchantServiceComplaints_complaint_id_Data extends GlobalData {}

/** 反馈处理完成: request body */
export interface PostV3GlobalMerchantServiceComplaintsCompleteBody {
 /** 被诉商户号 @example 1900012181 */ complainted_mchid: string;
}
/** 反馈处理完成: options */
export interface PostV3GlobalMerchantServiceComplaintsCompleteOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3GlobalMerchantServiceComplaintsCompleteBody;
}
/** 反馈处理完成: response body */
export type PostV3GlobalMerchantServiceComplaintsCompleteData = undefined;

/** 查询投诉协商历史: options */
export interface GetV3GlobalMerchantServiceComplaintsNegotiationHistorysOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 query?: {
  /** 分页大小 @example 50 */ limit?: number;
  /** 分页开始位置 @example 10 */ offset?: number;
  /** 商户语言 @example zh_CN */ mch_language?: "ZH_CN" | "ZH_TW" | "ZH_HK" | "EN" | "JA" | "KO" | "TH" | "VI" | "RU" | "DE" | "FR" | "AR" | "ES";
 };
}
/** 查询投诉协商历史: response body */
export interface GetV3GlobalMerchantServiceComplaintsNegotiationHistorysData {
 /** 投诉协商历史 */ data?: Array<{
  /** 操作流水号 */ log_id: string;
  /** 操作人 */ operator: string;
  /** 操作时间 */ operate_time: string;
  /** 操作类型 */ operate_type: "USER_CREATE_COMPLAINT" | "USER_CONTINUE_COMPLAINT" | "USER_RESPONSE" | "PLATFORM_RESPONSE" | "MERCHANT_RESPONSE" | "MERCHANT_CONFIRM_COMPLETE" | "USER_CREATE_COMPLAINT_SYSTEM_MESSAGE" | "COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE" | "USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE" | "USER_REVOKE_COMPLAINT" | "USER_COMFIRM_COMPLAINT" | "PLATFORM_HELP_APPLICATION" | "USER_APPLY_PLATFORM_HELP" | "MERCHANT_APPROVE_REFUND" | "MERCHANT_REFUSE_RERUND" | "USER_SUBMIT_SATISFACTION" | "SERVICE_ORDER_CANCEL" | "SERVICE_ORDER_COMPLETE" | "COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE" | "COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE" | "COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE";
  /** 操作内容 */ operate_details?: string;
  image_list?: string[];
  /** 操作资料列表 */ complaint_media_list?: {
   /** 媒体文件业务类型 */ media_type: "USER_COMPLAINT_IMAGE" | "OPERATION_IMAGE";
   media_url: string[];
  };
 }>;
 /** 分页大小 */ limit: number;
 /** 分页开始位置 */ offset: number;
 /** 投诉协商历史总条数 */ total_count?: number;
}

/** 提交回复: request body */
export interface PostV3GlobalMerchantServiceComplaintsResponseBody {
 /** 被诉商户号 @example 1900012181 */ complainted_mchid: string;
 /** 回复内容 @example 已与用户沟通解决 */ response_content: string;
 response_images?: string[];
 /** 跳转链接 @example https://www.xxx.com/notify */ jump_url?: string;
 /** 跳转链接文案 @example 查看订单详情 */ jump_url_text?: string;
}
/** 提交回复: options */
export interface PostV3GlobalMerchantServiceComplaintsResponseOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3GlobalMerchantServiceComplaintsResponseBody;
}
/** 提交回复: response body */
export type PostV3GlobalMerchantServiceComplaintsResponseData = undefined;

/** The parts of the multipart/form-data body of POST /v3/global/merchant-service/images/upload. */
export interface PostV3GlobalMerchantServiceImagesUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 商户上传反馈图片API: options */
export interface PostV3GlobalMerchantServiceImagesUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3GlobalMerchantServiceImagesUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/global/merchant-service/images/upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3GlobalMerchantServiceImagesUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/global/merchant-service/images/upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3GlobalMerchantServiceImagesUploadOptions = PostV3GlobalMerchantServiceImagesUploadFormDataOptions | PostV3GlobalMerchantServiceImagesUploadFileOptions;
/** 商户上传反馈图片API: response body */
export interface PostV3GlobalMerchantServiceImagesUploadData {
 /** 媒体文件标识ID */ media_id: string;
}

/** 图片下载API: options */
export interface GetV3GlobalMerchantServiceImagesOptions extends CallOptions {
 /** 媒体文件ID @example xxxxx */ media_id: string;
 query: {
  /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 };
}
/** 图片下载API: response body */
export type GetV3GlobalMerchantServiceImagesData = unknown;

/** The parts of the multipart/form-data body of POST /v3/global/merchant-storage/file/upload. */
export interface PostV3GlobalMerchantStorageFileUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 上传文件API: options */
export interface PostV3GlobalMerchantStorageFileUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3GlobalMerchantStorageFileUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/global/merchant-storage/file/upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3GlobalMerchantStorageFileUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/global/merchant-storage/file/upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3GlobalMerchantStorageFileUploadOptions = PostV3GlobalMerchantStorageFileUploadFormDataOptions | PostV3GlobalMerchantStorageFileUploadFileOptions;
/** 上传文件API: response body */
export interface PostV3GlobalMerchantStorageFileUploadData {
 /** 文件标识ID */ file_id: string;
}

/** 创建H5支付权限申请单: request body */
export interface PostV3GlobalMerchantH5PermissionApplicationsBody {
 /** 公司介绍和业务描述 @example 腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善” */ business_description?: string;
 /** 子商户号 @example 2491935631 */ sub_mchid: string;
 /** H5支付域名 */ domains: string[];
 /** 公司注册资质证书 @example 6uqyGjvHzOhsLleGFQVRF */ company_register_cert?: string;
 /** 限额类型 @example UN_LAUNCHED_WEBSITE_LIMIT */ transaction_limit_type?: "UN_LAUNCHED_WEBSITE_LIMIT" | "NORMAL_LIMIT" | "NO_LIMIT";
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 子商户经营网址状态 @example HAS_LAUNCHED */ website_state?: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 子商户H5经营网址 @example https://qq.com */ website_url: string;
 /** 商户提供的审核结果回调接口 @example https://pay.weixin.qq.com/wxpay/pay.action */ notify_url?: string;
 /** 申请单类型 @example APPLY_FOR_PAYMENT_AUTHORITY */ applyment_type?: "APPLY_FOR_PAYMENT_AUTHORITY" | "APPLY_FOR_RELIEVE_LIMITED";
}
/** 创建H5支付权限申请单: options */
export interface PostV3GlobalMerchantH5PermissionApplicationsOptions extends CallOptions {
 json: PostV3GlobalMerchantH5PermissionApplicationsBody;
}
/** 创建H5支付权限申请单: response body */
export interface PostV3GlobalMerchantH5PermissionApplicationsData extends PostV3GlobalMerchantH5PermissionApplicationsDataFields {}

/** 查询H5支付权限申请单详情: options */
export interface GetV3GlobalMerchantH5PermissionApplicationsOptions extends CallOptions {
 /** 申请单号 @example 100000 */ applyment_id: string | number;
}
/** 查询H5支付权限申请单详情: response body */
export interface GetV3GlobalMerchantH5PermissionApplicationsData extends PostV3GlobalMerchantH5PermissionApplicationsDataFields {}

/** 修改H5支付权限申请单: request body */
export interface PatchV3GlobalMerchantH5PermissionApplicationsBody {
 /** H5支付域名 */ domains: string[];
 /** 公司介绍和业务描述 @example 腾讯于1998年11月成立，是一家互联网公司，通过技术丰富互联网用户的生活，助力企业数字化升级。我们的使命是“用户为本 科技向善” */ business_description?: string;
 /** 公司注册资质证书 @example 6uqyGjvHzOhsLleGFQVRF */ company_register_cert?: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 子商户经营网址状态 @example HAS_LAUNCHED */ website_state?: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 子商户H5经营网址 @example https://qq.com */ website_url?: string;
}
/** 修改H5支付权限申请单: options */
export interface PatchV3GlobalMerchantH5PermissionApplicationsOptions extends CallOptions {
 /** 申请单号 @example 100000 */ applyment_id: string | number;
 json: PatchV3GlobalMerchantH5PermissionApplicationsBody;
}
/** 修改H5支付权限申请单: response body */
export interface PatchV3GlobalMerchantH5PermissionApplicationsData {
 /** 子商户号 */ sub_mchid: string;
 /** H5支付域名 */ domains: unknown[];
 /** 公司介绍和业务描述 */ business_description?: string;
 /** 限额类型 */ transaction_limit_type: "UN_LAUNCHED_WEBSITE_LIMIT" | "NORMAL_LIMIT" | "NO_LIMIT";
 /** 公司注册资质证书 */ company_register_cert?: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 子商户经营网址状态 */ website_state: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 子商户H5经营网址 */ website_url: string;
 /** 申请单号 */ applyment_id: number;
 /** 驳回原因 */ audit_reject_detail?: string;
 /** 申请单状态 */ applyment_state: "PENDING" | "UNDER_REVIEW" | "APPROVED" | "REJECTED";
 /** 申请单类型 */ applyment_type: "APPLY_FOR_PAYMENT_AUTHORITY" | "APPLY_FOR_RELIEVE_LIMITED";
 /** 商户提供的审核结果回调接口 */ notify_url?: string;
}

/** 创建H5支付域名修改申请单: request body */
export interface PostV3GlobalMerchantH5PermissionDomainApplicationsBody {
 /** 子商户号 @example 2491935631 */ sub_mchid?: string;
 /** H5支付域名 */ domains: string[];
 /** 子商户H5经营网址 @example https://qq.com */ website_url: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 子商户经营网址状态 @example HAS_LAUNCHED */ website_state?: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 商户提供的审核结果回调接口 @example https://pay.weixin.qq.com/wxpay/pay.action */ notify_url?: string;
 /** 商户申请单号 @example 123456 */ out_applyment_id: string;
}
/** 创建H5支付域名修改申请单: options */
export interface PostV3GlobalMerchantH5PermissionDomainApplicationsOptions extends CallOptions {
 json: PostV3GlobalMerchantH5PermissionDomainApplicationsBody;
}
/** 创建H5支付域名修改申请单: response body */
export interface PostV3GlobalMerchantH5PermissionDomainApplicationsData extends PostV3GlobalMerchantH5PermissionDomainApplicationsDataFields {}

/** 查询H5支付域名修改申请单: options */
export interface GetV3GlobalMerchantH5PermissionDomainApplicationsOptions extends CallOptions {
 /** 申请单号 @example 100000 */ applyment_id: string | number;
}
/** 查询H5支付域名修改申请单: response body */
export interface GetV3GlobalMerchantH5PermissionDomainApplicationsData extends PostV3GlobalMerchantH5PermissionDomainApplicationsDataFields {}

/** 修改H5支付域名修改申请单: request body */
export interface PatchV3GlobalMerchantH5PermissionDomainApplicationsBody {
 /** H5支付域名 */ domains: string[];
 /** 子商户经营网址状态 @example HAS_LAUNCHED */ website_state?: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 商户H5经营网址 @example https://qq.com */ website_url?: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
}
/** 修改H5支付域名修改申请单: options */
export interface PatchV3GlobalMerchantH5PermissionDomainApplicationsOptions extends CallOptions {
 /** 申请单号 @example 100000 */ applyment_id: string | number;
 json: PatchV3GlobalMerchantH5PermissionDomainApplicationsBody;
}
/** 修改H5支付域名修改申请单: response body */
export interface PatchV3GlobalMerchantH5PermissionDomainApplicationsData extends PostV3GlobalMerchantH5PermissionDomainApplicationsDataFields {}

/** 查询子商户H5支付权限状态: options */
export interface GetV3GlobalMerchantH5PermissionOptions extends CallOptions {
 /** 子商户号 @example 2491935631 */ sub_mchid: string;
}
/** 查询子商户H5支付权限状态: response body */
export interface GetV3GlobalMerchantH5PermissionData {
 /** 子商户号 */ sub_mchid: string;
 /** H5支付权限状态 */ authorization_state: "AUTHORITY_TO_TEST" | "FORMAL_AUTHORITY" | "AUTHORIZED" | "UNDER_PUNISHMENT" | "UNAUTHORIZED";
}

/** 子商户进件（融合钱包）: request body */
export interface PostV3GlobalMerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact: GlobalContact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date?: string;
 /** 公司注册文件照片 @example w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: {
  /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载链接 @example https://download.qq.com */ app_download?: string;
  /** 业务网站 @example https://www.qq.com */ website?: string;
  /** 公众号 @example wx8888888888888888 */ office_account?: string;
  /** 小程序 @example wx8888888888888888 */ mini_program?: string;
  /** 门店地址 */ store_address?: string;
  /** 门店照片`JSON`格式字符串 @example ["Media_id1","Media_id2","Media_id3"] */ store_photos?: string;
  /** MCC码 @example 4214 */ mcc?: string;
 };
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
 /** 是否申请H5支付权限 */ apply_h5_payment?: boolean;
 /** H5申请资料 */ h5_payment_apply_info?: {
  /** H5经营网址 @example https://qq.com */ h5_website_url: string;
  /** 拉起H5支付的域名 */ domains: string[];
 };
 /** 附加信息 @example 555588889999 */ attach?: string;
}
/** 子商户进件（融合钱包）: options */
export interface PostV3GlobalMerchantsOptions extends CallOptions {
 headers?: {
  /** 由商户侧生成的唯一key @example GzPCeo963zXKcO2hDVD8AjXIpgrj */ "Idempotency-Key"?: string;
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3GlobalMerchantsBody;
}
/** 子商户进件（融合钱包）: response body */
export interface PostV3GlobalMerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** 验证状态 */ verification_status?: "Under Review" | "Approved";
 /** 验证状态描述 */ description?: string;
 /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** 查询子商户（融合钱包）: options */
export interface GetV3GlobalMerchantsOptions extends CallOptions {
 /** 子商户号 @example 20000100 */ sub_mchid: string;
 query: {
  /** 机构appid @example wx8888888888888888 */ sp_appid: string;
  /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 };
}
/** 查询子商户（融合钱包）: response body */
export interface GetV3GlobalMerchantsData {
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
 /** H5支付权限详情 */ h5_payment?: {
  /** H5驳回详情 */ audit_reject_detail?: string;
  /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
 };
 /** 子商户状态信息 */ sub_merchant_state?: {
  /** 子商户状态 */ sub_merchant_status?: "OPERATING" | "PENDING" | "DEACTIVATED" | "CLOSED" | "INCOMPLETE_APPLICATION";
  /** 子商户入驻状态 */ application_status?: "INCOMPLETE_APPLICATION" | "UNDER_REVIEW" | "REJECTED";
  /** 子商户入驻驳回详情 */ application_reject_detail?: {
   /** 驳回字段 */ field?: string;
   /** 驳回原因 */ reason?: string;
  };
 };
 /** 附加信息 */ attach?: string;
}

/** 修改子商户（融合钱包）: request body */
export interface PatchV3GlobalMerchantsBody {
 /** 机构appid @example wx8888888888888888 */ sp_appid: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid: string;
 /** 子商户全称 @example Merchant name */ name: string;
 /** 子商户号 @example 示例值: 20000100 */ sub_mchid: string;
 /** 子商户简称 @example Merchant shortname */ shortname: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人信息 */ contact: GlobalContact;
 /** 类目 @example 644 */ business_category: number;
 /** 渠道号 @example 3200000001 */ channel_id?: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date: string;
 /** 公司注册文件照片 @example w7yQFawBtja5uEdm_aoXokv2SDoEmHIPs */ registration_certificate_copy?: string;
 /** 子商户银行结算账户信息 @example 555588889999 */ settlement_bank_number?: string;
 /** 业务信息 */ business: {
  /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载链接 @example https://download.qq.com */ app_download?: string;
  /** 业务网站 @example https://www.qq.com */ website?: string;
  /** 公众号 @example wx8888888888888888 */ office_account?: string;
  /** 小程序 @example wx8888888888888888 */ mini_program?: string;
  /** 门店地址 */ store_address?: string;
  /** 门店照片 @example ["Media_id1", "Media_id2", "Media_id3"] */ store_photos?: string;
  /** MCC码 @example 4214 */ mcc?: string;
 };
 /** 董事信息 */ director?: {
  /** 董事姓名 @example Bob */ name?: string;
  /** 董事证件号 @example 5555-8888 */ number?: string;
 };
 /** 负责人信息 */ principal?: {
  /** 负责人姓名 @example Bob */ name?: string;
  /** 负责人证件号 @example 5555-8888 */ number?: string;
 };
 /** 是否申请H5支付权限 */ apply_h5_payment?: boolean;
 /** H5支付申请资料资料 */ h5_payment_apply_info?: {
  /** H5经营网址 @example https://qq.com */ website_url?: string;
  /** H5支付域名 */ domains?: string[];
 };
}
/** 修改子商户（融合钱包）: options */
export interface PatchV3GlobalMerchantsOptions extends CallOptions {
 sub_mchid: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PatchV3GlobalMerchantsBody;
}
/** 修改子商户（融合钱包）: response body */
export interface PatchV3GlobalMerchantsData {
 /** 子商户号 */ sub_mchid: string;
 /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** 撤销订单(微信支付订单号): request body */
export interface PostV3GlobalMicropayTransactionsIdReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(微信支付订单号): options */
export interface PostV3GlobalMicropayTransactionsIdReverseOptions extends CallOptions {
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostV3GlobalMicropayTransactionsIdReverseBody;
}
/** 撤销订单(微信支付订单号): response body */
export type PostV3GlobalMicropayTransactionsIdReverseData = undefined;

/** 撤销订单(商户订单号): request body */
export interface PostV3GlobalMicropayTransactionsOutTradeNoReverseBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 撤销订单(商户订单号): options */
export interface PostV3GlobalMicropayTransactionsOutTradeNoReverseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3GlobalMicropayTransactionsOutTradeNoReverseBody;
}
/** 撤销订单(商户订单号): response body */
export type PostV3GlobalMicropayTransactionsOutTradeNoReverseData = undefined;

/** 提交付款码支付: request body */
export interface PostV3GlobalMicropayTransactionsPayBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example MICROPAY */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: {
  /** 授权码 @example 120061098828009406 */ auth_code: string;
 };
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info?: GlobalSceneInfo;
 /** 优惠功能 */ detail?: Array<{
  /** 订单原价 @example 608800 */ cost_price?: number;
  /** 商品小票ID @example wx123 */ receipt_id?: string;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 @example 商品编码 */ goods_id: string;
   /** 微信侧商品编码 @example 1001 */ wxpay_goods_id?: string;
   /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
   /** 商品数量 @example 1 */ quantity: number;
   /** 商品单价 @example 528800 */ price: number;
  }>;
 }>;
}
/** 提交付款码支付: options */
export interface PostV3GlobalMicropayTransactionsPayOptions extends CallOptions {
 json: PostV3GlobalMicropayTransactionsPayBody;
}
/** 提交付款码支付: response body */
export interface PostV3GlobalMicropayTransactionsPayData {
 /** 微信支付订单号 */ id: string;
 /** 商户号 */ mchid: string;
 /** APPID */ appid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 机构APPID */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 交易类型 */ trade_type: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 付款银行 */ bank_type: string;
 /** 商户数据 */ attach?: string;
 /** 支付完成时间 */ success_time: string;
 /** 支付者 */ payer?: {
  /** 用户标识 */ openid?: string;
  /** 用户标识 */ sp_openid?: string;
  /** 用户标识 */ sub_openid?: string;
 };
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户支付金额 */ payer_total: number;
  /** 支付货币类型 */ "payer _currency"?: string;
  /** 汇率 */ exchange_rate?: {
   /** 汇率类型 */ type?: "SETTLEMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠功能 */ detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
  /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
  /** 优惠券面额 */ amount: number;
  /** 货币类型 */ currency?: string;
  /** 活动ID */ activity_id?: string;
  /** 微信出资 */ wechatpay_contribute_amount?: number;
  /** 商户出资 */ merchant_contribute_amount?: number;
  /** 其他出资 */ other_contribute_amount?: number;
  /** 单品列表 */ goods_detail?: Array<{
   /** 商品编码 */ goods_id: string;
   /** 商品备注 */ goods_remark?: string;
   /** 商品数量 */ quantity: number;
   /** 商品价格 */ price: number;
  }>;
 }>;
}

/** APP签约API: request body */
export interface PostV3GlobalPapayContractsAppPreEntrustSignBody extends PostV3GlobalPapayContractsAppPreEntrustSignBodyFields {}
/** APP签约API: options */
export interface PostV3GlobalPapayContractsAppPreEntrustSignOptions extends CallOptions {
 json: PostV3GlobalPapayContractsAppPreEntrustSignBody;
}
/** APP签约API: response body */
export interface PostV3GlobalPapayContractsAppPreEntrustSignData {
 /** 委托代扣签约会话id */ session_id: string;
}

/** H5预签约API: request body */
export interface PostV3GlobalPapayContractsH5PreEntrustSignBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 模板ID @example 123 */ plan_id?: number;
 /** 商户侧签约协议号 @example 100001256 */ out_contract_code?: string;
 /** 用户账户展示名称 @example 张三 */ user_display_name?: string;
 /** 签约成功通知url @example https://pay.weixin.qq.com */ success_notify_url?: string;
 /** 回调应用AppID @example wxcbda96de0b165484 */ return_appid?: string;
 /** 用户客户端IP @example 119.145.83.6 */ user_client_ip?: string;
 /** 过期时间 @example 2021-11-20T13:29:35+08:00 */ expired_time?: string;
 /** 签约完成跳转URL @example https://pay.weixin.qq.com */ return_url?: string;
}
/** H5预签约API: options */
export interface PostV3GlobalPapayContractsH5PreEntrustSignOptions extends CallOptions {
 json: PostV3GlobalPapayContractsH5PreEntrustSignBody;
}
/** H5预签约API: response body */
export interface PostV3GlobalPapayContractsH5PreEntrustSignData {
 /** 签约跳转URL */ sign_url: string;
}

/** JSAPI预签约API: request body */
export interface PostV3GlobalPapayContractsJsapiPreEntrustSignBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 模板ID @example 123 */ plan_id?: number;
 /** 商户侧签约协议号 @example 100001256 */ out_contract_code?: string;
 /** 用户账户展示名称 @example 张三 */ user_display_name?: string;
 /** 签约成功通知url @example https://pay.weixin.qq.com */ success_notify_url?: string;
 /** 商户appid下的用户标识 @example ouFhd5X9s9WteC3eWRjXV3lea123 */ openid?: string;
 /** 签约完成跳转URL @example https://pay.weixin.qq.com */ return_url?: string;
 /** 过期时间 @example 2021-11-20T13:29:35+08:00 */ expired_time?: string;
}
/** JSAPI预签约API: options */
export interface PostV3GlobalPapayContractsJsapiPreEntrustSignOptions extends CallOptions {
 json: PostV3GlobalPapayContractsJsapiPreEntrustSignBody;
}
/** JSAPI预签约API: response body */
export interface PostV3GlobalPapayContractsJsapiPreEntrustSignData {
 /** 签约跳转URL */ sign_url: string;
}

/** 小程序签约API: request body */
export interface PostV3GlobalPapayContractsMiniprogramPreEntrustSignBody extends PostV3GlobalPapayContractsAppPreEntrustSignBodyFields {}
/** 小程序签约API: options */
export interface PostV3GlobalPapayContractsMiniprogramPreEntrustSignOptions extends CallOptions {
 json: PostV3GlobalPapayContractsMiniprogramPreEntrustSignBody;
}
/** 小程序签约API: response body */
export interface PostV3GlobalPapayContractsMiniprogramPreEntrustSignData {
 /** 委托代扣签约会话id */ session_id: string;
}

/** 商户协议号查询签约API: options */
export interface GetV3GlobalPapayContractsOutContractCodeOptions extends CallOptions {
 /** 签约协议号 @example 100005698 */ out_contract_code: string;
 query?: {
  /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
  /** 子商户号 @example 1230000109 */ sub_mchid?: string;
  /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
  /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
  /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 };
}
/** 商户协议号查询签约API: response body */
export interface GetV3GlobalPapayContractsOutContractCodeData extends GetV3GlobalPapayContractsOutContractCodeDataFields {}

/** WEB预签约API: request body */
export interface PostV3GlobalPapayContractsWebPreEntrustSignBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 模板ID @example 123 */ plan_id?: number;
 /** 商户侧签约协议号 @example 100001256 */ out_contract_code?: string;
 /** 用户账户展示名称 @example 张三 */ user_display_name?: string;
 /** 签约成功通知url @example https://pay.weixin.qq.com */ success_notify_url?: string;
 /** 过期时间 @example 2021-11-20T13:29:35+08:00 */ expired_time?: string;
 /** 签约完成跳转URL @example https://pay.weixin.qq.com */ return_url?: string;
}
/** WEB预签约API: options */
export interface PostV3GlobalPapayContractsWebPreEntrustSignOptions extends CallOptions {
 json: PostV3GlobalPapayContractsWebPreEntrustSignBody;
}
/** WEB预签约API: response body */
export interface PostV3GlobalPapayContractsWebPreEntrustSignData {
 /** 展码页面URL */ show_code_url: string;
}

/** 代扣协议ID查询签约API: options */
export interface GetV3GlobalPapayContractsOptions extends CallOptions {
 /** 委托代扣协议ID @example 100005698 */ contract_id: string;
 query?: {
  /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
  /** 子商户号 @example 1230000109 */ sub_mchid?: string;
  /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
  /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
  /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
  /** 模板ID @example 123 */ plan_id?: number;
 };
}
/** 代扣协议ID查询签约API: response body */
export interface GetV3GlobalPapayContractsData extends GetV3GlobalPapayContractsOutContractCodeDataFields {}

/** 申请解约API: request body */
export interface PostV3GlobalPapayContractsTerminateBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 解约备注 @example 解约原因 */ termination_note?: string;
}
/** 申请解约API: options */
export interface PostV3GlobalPapayContractsTerminateOptions extends CallOptions {
 /** 委托代扣协议ID @example 100005698 */ contract_id: string;
 json: PostV3GlobalPapayContractsTerminateBody;
}
/** 申请解约API: response body */
export type PostV3GlobalPapayContractsTerminateData = undefined;

/** 支付扣款API: request body */
export interface PostV3GlobalPapayTransactionsBody {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 委托代扣协议ID @example 100005698 */ contract_id: string;
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info?: {
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
 };
}
/** 支付扣款API: options */
export interface PostV3GlobalPapayTransactionsOptions extends CallOptions {
 json: PostV3GlobalPapayTransactionsBody;
}
/** 支付扣款API: response body */
export interface PostV3GlobalPapayTransactionsData {
 /** 商户号 */ mchid?: string;
 /** APPID */ appid?: string;
 /** 机构商户号 */ sp_mchid?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 机构APPID */ sp_appid?: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: "AUTH";
 /** 付款银行 */ bank_type: string;
 /** 支付完成时间 */ success_time: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "PAYERROR" | "USERPAYING";
 /** 交易状态描述 */ trade_state_desc: string;
 /** 支付者 */ payer: GlobalPayer;
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 用户支付金额 */ payer_total: number;
  /** 订单标价币种 */ currency: string;
  /** 用户支付币种 */ payer_currency: string;
  /** 汇率信息 */ exchange_rate?: {
   /** 汇率类型 */ type?: "SETTLEMENT_RATE" | "USERPAYMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠功能 */ promotion_detail?: GlobalPromotionDetail[];
}

/** 查询订单(商户订单号): options */
export interface GetV3GlobalPapayTransactionsOutTradeNoOptions extends CallOptions {
 out_trade_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询订单(商户订单号): response body */
export interface GetV3GlobalPapayTransactionsOutTradeNoData extends GetV3GlobalPapayTransactionsOutTradeNoDataFields {}

/** 撤销订单(商户订单号): options */
export interface PostV3GlobalPapayTransactionsOutTradeNoReverseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 撤销订单(商户订单号): response body */
export type PostV3GlobalPapayTransactionsOutTradeNoReverseData = undefined;

/** 查询订单(微信支付订单号): options */
export interface GetV3GlobalPapayTransactionsOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 查询订单(微信支付订单号): response body */
export interface GetV3GlobalPapayTransactionsData extends GetV3GlobalPapayTransactionsOutTradeNoDataFields {}

/** 获取分账账单文件下载地址API: options */
export interface GetV3GlobalProfitSharingBillDownloadUrlOptions extends CallOptions {
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 账单日期 @example 2020-01-01 */ bill_date?: string;
 };
}
/** 获取分账账单文件下载地址API: response body */
export interface GetV3GlobalProfitSharingBillDownloadUrlData {
 /** 下载地址 */ download_url: string;
}

/** 请求分账API: request body */
export interface PostV3GlobalProfitSharingOrdersBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账币种 @example CNY */ currency: "CNY";
  /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 @example 86693852 */ account: string;
  /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ name?: string;
  /** 是否已经获取用户实名信息授权 @example true */ authorized?: boolean;
  /** 分账金额 @example 888 */ amount: number;
  /** 分账描述 @example 分给商户A */ description: string;
 }>;
 /** 是否解冻剩余未分资金 */ unfreeze_unsplit: boolean;
}
/** 请求分账API: options */
export interface PostV3GlobalProfitSharingOrdersOptions extends CallOptions {
 json?: PostV3GlobalProfitSharingOrdersBody;
}
/** 请求分账API: response body */
export interface PostV3GlobalProfitSharingOrdersData extends PostV3GlobalProfitSharingOrdersDataFields {}

/** 解冻剩余资金API: request body */
export interface PostV3GlobalProfitSharingOrdersUnfreezeBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账描述 @example 解冻全部剩余资金 */ description: string;
}
/** 解冻剩余资金API: options */
export interface PostV3GlobalProfitSharingOrdersUnfreezeOptions extends CallOptions {
 json?: PostV3GlobalProfitSharingOrdersUnfreezeBody;
}
/** 解冻剩余资金API: response body */
export interface PostV3GlobalProfitSharingOrdersUnfreezeData extends PostV3GlobalProfitSharingOrdersDataFields {}

/** 查询分账结果API: options */
export interface GetV3GlobalProfitSharingOrdersOptions extends CallOptions {
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id?: string;
 };
}
/** 查询分账结果API: response body */
export interface GetV3GlobalProfitSharingOrdersData extends PostV3GlobalProfitSharingOrdersDataFields {}

/** 添加分账接收方API: request body */
export interface PostV3GlobalProfitSharingReceiversBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid?: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type?: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方帐号 @example 86693852 */ account?: string;
 /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ name?: string;
 /** 是否已经获取用户实名信息授权 @example true */ authorized?: boolean;
 /** 与分账方的关系类型 @example SERVICE_PROVIDER */ relation_type?: "SUPPLIER" | "DISTRIBUTOR" | "TAX_SERVICE_PROVIDER" | "IT_SERVICE_PROVIDER" | "CUSTOM";
 /** 自定义的分账关系 @example 代理商 */ custom_relation?: string;
 /** 分账场景详细描述 @example 该分账接收方是境内税费服务提供方，帮助商户向境内海关代扣代缴税费。 */ scene?: string;
 /** 接收方商户的主营业务范围 @example 税务准备服务 */ major_service?: string;
 /** 分账接收方预计分账比例 @example 2000 */ expected_ratio?: number;
 /** 增加分账接收方申请函文件ID @example de851a06-5a38-9d31-a102-275a17c477de */ application_file_id?: string;
 /** 分账方与接收方合作关系证明文件ID @example de851a06-5a38-9d31-a102-275a17c477de */ partnership_file_id?: string;
}
/** 添加分账接收方API: options */
export interface PostV3GlobalProfitSharingReceiversOptions extends CallOptions {
 json?: PostV3GlobalProfitSharingReceiversBody;
}
/** 添加分账接收方API: response body */
export interface PostV3GlobalProfitSharingReceiversData {
 /** 子商户号 */ sub_mchid?: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
 /** 分账接收方全称 */ name?: string;
 /** 与分账方的关系类型 */ relation_type: "SUPPLIER" | "DISTRIBUTOR" | "TAX_SERVICE_PROVIDER" | "IT_SERVICE_PROVIDER" | "CUSTOM";
 /** 自定义的分账关系 */ custom_relation?: string;
 /** 分账场景详细描述 */ scene?: string;
 /** 接收方商户的主营业务范围 */ major_service?: string;
 /** 分账接收方预计分账比例 */ expected_ratio?: number;
 /** 微信文件标识ID */ file_id?: string;
 /** 接收方关系状态 */ state?: string;
 /** 接收关系添加失败原因 */ fail_reason?: string;
 /** 增加分账接收方申请函文件ID */ application_file_id?: string;
 /** 分账方与接收方合作关系证明文件ID */ partnership_file_id?: string;
}

/** 删除分账接收方API: request body */
export interface DeleteV3GlobalProfitSharingReceiversBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 应用ID @example wx8888888888888888 */ appid?: string;
 /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type?: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方帐号 @example 86693852 */ account?: string;
}
/** 删除分账接收方API: options */
export interface DeleteV3GlobalProfitSharingReceiversOptions extends CallOptions {
 json?: DeleteV3GlobalProfitSharingReceiversBody;
}
/** 删除分账接收方API: response body */
export type DeleteV3GlobalProfitSharingReceiversData = undefined;

/** 查询分账接收方添加结果API: options */
export interface GetV3GlobalProfitSharingReceiversOptions extends CallOptions {
 /** 接收方账号 @example 86693852 */ account: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id?: string;
  /** 应用ID @example wx8888888888888888 */ appid?: string;
  /** 子商户应用ID @example wx8888888888888889 */ sub_appid?: string;
  /** 分账接收方类型 @example MERCHANT_ID */ type?: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 };
}
/** 查询分账接收方添加结果API: response body */
export interface GetV3GlobalProfitSharingReceiversData {
 /** 子商户号 */ sub_mchid?: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
 /** 分账接收方全称 */ name?: string;
 /** 与分账方的关系类型 */ relation_type: "SUPPLIER" | "DISTRIBUTOR" | "TAX_SERVICE_PROVIDER" | "IT_SERVICE_PROVIDER" | "CUSTOM";
 /** 自定义的分账关系 */ custom_relation?: string;
 /** 分账场景详细描述 */ scene?: string;
 /** 接收方商户的主营业务范围 */ major_service?: string;
 /** 分账接收方预计分账比例 */ expected_ratio?: number;
 /** 微信文件标识ID */ file_id?: string;
 /** 接收方关系状态 */ state?: string;
 /** 接收关系添加失败原因 */ fail_reason?: string;
}

/** 获取分账退款账单下载链接API: options */
export interface GetV3GlobalProfitSharingRefundsBillDownloadUrlOptions extends CallOptions {
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 账单日期 @example 2020-01-01 */ bill_date?: string;
 };
}
/** 获取分账退款账单下载链接API: response body */
export interface GetV3GlobalProfitSharingRefundsBillDownloadUrlData {
 /** 下载地址 */ download_url: string;
}

/** 查询可供垫付退款实时余额API: options */
export interface GetV3GlobalProfitSharingRefundsRefundableBalanceOptions extends CallOptions {
}
/** 查询可供垫付退款实时余额API: response body */
export interface GetV3GlobalProfitSharingRefundsRefundableBalanceData {
 /** 出资方商户号 */ sponsor_mchid?: string;
 /** 可供垫付分账退款的实时余额 */ balance?: number;
 /** 货币类型 */ currency?: string;
}

/** 分账标记API: request body */
export interface PostV3GlobalProfitSharingTransactionsMarkBody {
 /** 二级商户号 @example 1900000109 */ sub_mchid?: string;
 /** 商户订单号 @example P20150806125346 */ out_trade_no?: string;
 /** 订单标价币种 @example CNY */ currency?: string;
}
/** 分账标记API: options */
export interface PostV3GlobalProfitSharingTransactionsMarkOptions extends CallOptions {
 json?: PostV3GlobalProfitSharingTransactionsMarkBody;
}
/** 分账标记API: response body */
export type PostV3GlobalProfitSharingTransactionsMarkData = undefined;

/** 查询剩余待分金额API: options */
export interface GetV3GlobalProfitSharingTransactionsAmountsOptions extends CallOptions {
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询剩余待分金额API: response body */
export interface GetV3GlobalProfitSharingTransactionsAmountsData {
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余待分金额 */ unsplit_amount?: number;
 /** 货币类型 */ currency?: string;
}

/** 查询订单剩余可退款金额API: options */
export interface GetV3GlobalProfitSharingTransactionsRefundableAmountsOptions extends CallOptions {
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询订单剩余可退款金额API: response body */
export interface GetV3GlobalProfitSharingTransactionsRefundableAmountsData {
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余可退款金额 */ refundable_amount?: number;
 /** 货币类型 */ currency?: string;
 /** 订单剩余可使用垫付资金退款的金额 */ funds_refundable_amount?: number;
}

/** 商家充值退款余额查询: options */
export interface GetV3GlobalRefundPartnerRechargeBalanceSubMchidOptions extends CallOptions {
 /** 特约商户号 @example 1900000109 */ sub_mchid: string;
}
/** 商家充值退款余额查询: response body */
export interface GetV3GlobalRefundPartnerRechargeBalanceSubMchidData {
 /** 账户可用余额 */ remaining_amount: number;
 /** 货币类型 */ currency: string;
}

/** 商家充值退款余额查询: options */
export interface GetV3GlobalRefundRechargeBalanceOptions extends CallOptions {
}
/** 商家充值退款余额查询: response body */
export interface GetV3GlobalRefundRechargeBalanceData {
 /** 账户可用余额 */ remaining_amount: number;
 /** 货币类型 */ currency: string;
}

/** 查询所有退款: options */
export interface GetV3GlobalRefundsOptions extends CallOptions {
 query: {
  /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
  /** 商户订单号 */ out_trade_no?: string;
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
  /** 记录起始位置 @example 0 */ offset: number;
  /** 每页笔数 @example 10 */ count: number;
 };
}
/** 查询所有退款: response body */
export interface GetV3GlobalRefundsData {
 /** 微信支付交易订单号 */ id: string;
 /** 商户号 */ mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 订单金额 */ amount: {
  /** 订单金额 */ total: number;
  /** 货币类型 */ currency?: string;
  /** 用户支付金额 */ payer_total: number;
  /** 支付币种 */ payer_currency: string;
 };
 /** 退款单列表 */ data: Array<{
  /** 微信退款单号 */ id: string;
  /** 商户退款单号 */ out_refund_no: string;
  /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
  /** 退款入账账户 */ recv_account?: string;
  /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
  /** 退款成功时间 */ success_time?: string;
  /** 退款创建时间 */ create_time: string;
  /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
  /** 退款金额 */ amount: GlobalAmount3;
  /** 优惠退款详情 */ refund_detail?: GlobalRefundDetail;
 }>;
 /** 订单总退款次数 */ total_num: number;
 /** 本次返回退款单数 */ current_total_num: number;
}

/** 申请退款: request body */
export interface PostV3GlobalRefundsBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID @example wx8888888888888888 */ sub_appid?: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 退款原因 @example 商品已售完 */ reason?: string;
 /** 订单金额 */ amount?: {
  /** 退款金额 @example 888 */ refund: number;
  /** 原订单金额 @example 888 */ total: number;
  /** 退款币种 @example CNY */ currency: string;
 };
 /** 退款通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url?: string;
}
/** 申请退款: options */
export interface PostV3GlobalRefundsOptions extends CallOptions {
 json: PostV3GlobalRefundsBody;
}
/** 申请退款: response body */
export interface PostV3GlobalRefundsData {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款金额 */ amount: {
  /** 退款金额 */ refund: number;
  /** 退款币种 */ currency: string;
  /** 用户退款金额 */ payer_refund: number;
  /** 支付币种 */ payer_currency: string;
  /** 汇率 */ exchange_rate: {
   /** 汇率类型 */ type?: "USERPAYMENT_RATE" | "SETTLEMENT_RATE";
   /** 汇率值 */ rate?: number;
  };
 };
 /** 优惠退款详情 */ detail?: GlobalRefundDetail;
}

/** 查询单笔退款(微信支付退款订单号): options */
export interface GetV3GlobalRefundsIdOptions extends CallOptions {
 /** 微信支付退款订单号 */ refund_id: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询单笔退款(微信支付退款订单号): response body */
export interface GetV3GlobalRefundsIdData extends GetV3GlobalRefundsIdDataFields {}

/** 查询单笔退款(商户退款订单号): options */
export interface GetV3GlobalRefundsOutRefundNoOptions extends CallOptions {
 /** 商户退款订单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询单笔退款(商户退款订单号): response body */
export interface GetV3GlobalRefundsOutRefundNoData extends GetV3GlobalRefundsIdDataFields {}

/** 查询结算资金明细API: options */
export interface GetV3GlobalSettleSettlementsOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000101 */ sub_mchid?: string;
  /** 结算状态 @example SETTLED */ settle_state: "SETTLED" | "UNSETTLE";
  /** 结算开始日期 @example 20091225 */ settle_start_date?: string;
  /** 结算结束日期 @example 20091226 */ settle_end_date?: string;
  /** 最大记录条数 @example 5 */ limit: number;
  /** 记录起始位置 @example 10 */ offset: number;
 };
}
/** 查询结算资金明细API: response body */
export interface GetV3GlobalSettleSettlementsData {
 /** 结算信息列表 */ data?: Array<{
  /** 付款批次号 */ batch_id: string;
  /** 结算日期 */ settlement_date: string;
  /** 交易开始日期 */ trade_start_date: string;
  /** 交易结束日期 */ trade_end_date: string;
  /** 金额 */ amount: {
   /** 已结算金额 */ settled: number;
   /** 未结算金额 */ unsettle: number;
   /** 结算币种 */ currency: string;
   /** 支付金额 */ pay: number;
   /** 退款金额 */ refund: number;
   /** 支付净额 */ net: number;
   /** 手续费金额 */ fee: number;
  };
  /** 钱包主体 */ wallet_region?: "CHINA_MAINLAND" | "CHINA_HONGKONG";
  /** 分账业务金额 */ split_amount?: {
   /** 已结算金额 */ settled: number;
   /** 未结算金额 */ unsettle: number;
   /** 结算币种 */ currency: string;
   /** 支付金额 */ pay: number;
   /** 退款金额 */ refund: number;
  };
 }>;
 /** 总记录条数 */ total_count: number;
 /** 记录起始位置 */ offset: number;
 /** 本次返回条数 */ limit: number;
}

/** 下载对账单: options */
export interface GetV3GlobalStatementsOptions extends CallOptions {
 query: {
  /** 账单日期 @example 20180130 */ date: string;
  /** 商户号 @example 1900000109 */ mchid?: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid?: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 下载对账单: response body */
export type GetV3GlobalStatementsData = unknown;

/** APP支付下单: request body */
export interface PostV3GlobalTransactionsAppBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example APP */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: GlobalPayer2;
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info?: GlobalSceneInfo;
 /** 优惠功能 */ detail?: GlobalDetail[];
}
/** APP支付下单: options */
export interface PostV3GlobalTransactionsAppOptions extends CallOptions {
 json: PostV3GlobalTransactionsAppBody;
}
/** APP支付下单: response body */
export interface PostV3GlobalTransactionsAppData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** 查询订单(微信支付订单号): options */
export interface GetV3GlobalTransactionsIdOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(微信支付订单号): response body */
export interface GetV3GlobalTransactionsIdData extends GetV3GlobalTransactionsIdDataFields {}

/** 关闭订单(微信支付订单号): request body */
export interface PostV3GlobalTransactionsIdCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(微信支付订单号): options */
export interface PostV3GlobalTransactionsIdCloseOptions extends CallOptions {
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 json: PostV3GlobalTransactionsIdCloseBody;
}
/** 关闭订单(微信支付订单号): response body */
export type PostV3GlobalTransactionsIdCloseData = undefined;

/** JSAPI支付下单API: request body */
export interface PostV3GlobalTransactionsJsapiBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example JSAPI */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: GlobalPayer2;
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info?: GlobalSceneInfo;
 /** 优惠功能 */ detail?: GlobalDetail[];
}
/** JSAPI支付下单API: options */
export interface PostV3GlobalTransactionsJsapiOptions extends CallOptions {
 json: PostV3GlobalTransactionsJsapiBody;
}
/** JSAPI支付下单API: response body */
export interface PostV3GlobalTransactionsJsapiData {
 /** 预支付交易会话标识 */ prepay_id: string;
}

/** H5支付下单: request body */
export interface PostV3GlobalTransactionsMwebBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example MWEB */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: GlobalPayer2;
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info: {
  /** 商户端设备号 @example 013467007045764 */ device_id?: string;
  /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
  /** 用户终端IP @example 128.0.0.1 */ payer_client_ip: string;
  /** 操作员ID @example 123145 */ operator_id?: string;
  /** 商户门店信息 */ store_info: GlobalStoreInfo;
 };
 /** 优惠功能 */ detail?: GlobalDetail[];
}
/** H5支付下单: options */
export interface PostV3GlobalTransactionsMwebOptions extends CallOptions {
 json: PostV3GlobalTransactionsMwebBody;
}
/** H5支付下单: response body */
export interface PostV3GlobalTransactionsMwebData {
 /** 支付跳转链接 */ mweb_url: string;
}

/** Native支付下单API: request body */
export interface PostV3GlobalTransactionsNativeBody {
 /** 商户号 @example 1900000109 */ mchid: string;
 /** APPID @example wx8888888888888888 */ appid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 /** 机构APPID @example wx8888888888888888 */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ description: string;
 /** 商户数据 @example 自定义数据 */ attach?: string;
 /** 通知地址 @example https://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example NATIVE */ trade_type: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 2018-06-08T10:34:56+08:00 */ time_start?: string;
 /** 交易结束时间 @example 2018-06-08T10:34:56+08:00 */ time_expire?: string;
 /** MCC码 @example 1011 */ merchant_category_code: string;
 /** 支付者 */ payer?: GlobalPayer2;
 /** 订单金额 */ amount: GlobalAmount;
 /** 场景信息 */ scene_info?: GlobalSceneInfo;
 /** 优惠功能 */ detail?: GlobalDetail[];
}
/** Native支付下单API: options */
export interface PostV3GlobalTransactionsNativeOptions extends CallOptions {
 json: PostV3GlobalTransactionsNativeBody;
}
/** Native支付下单API: response body */
export interface PostV3GlobalTransactionsNativeData {
 /** 二维码链接 */ code_url: string;
}

/** 查询订单(商户订单号): options */
export interface GetV3GlobalTransactionsOutTradeNoOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 query: {
  /** 商户号 @example 1900000109 */ mchid: string;
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 机构商户号 @example 1900000100 */ sp_mchid: string;
 };
}
/** 查询订单(商户订单号): response body */
export interface GetV3GlobalTransactionsOutTradeNoData extends GetV3GlobalTransactionsIdDataFields {}

/** 关闭订单(商户订单号): request body */
export interface PostV3GlobalTransactionsOutTradeNoCloseBody {
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构商户号 @example 1230000109 */ sp_mchid?: string;
}
/** 关闭订单(商户订单号): options */
export interface PostV3GlobalTransactionsOutTradeNoCloseOptions extends CallOptions {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 json: PostV3GlobalTransactionsOutTradeNoCloseBody;
}
/** 关闭订单(商户订单号): response body */
export type PostV3GlobalTransactionsOutTradeNoCloseData = undefined;

export interface GlobalData {
 /** 投诉单号 */ complaint_id: string;
 /** 投诉时间 */ complaint_time: string;
 /** 投诉详情 */ complaint_detail: string;
 /** 投诉单状态 */ complaint_state: "PENDING" | "PROCESSING" | "PROCESSED";
 /** 被诉商户号 */ complainted_mchid: string;
 /** 投诉人联系方式 */ payer_phone?: string;
 /** 投诉单关联订单信息 */ complaint_order_info?: Array<{
  /** 微信订单号 */ transaction_id: string;
  /** 商户订单号 */ out_trade_no: string;
  /** 结算币种金额 */ settlement_amount: number;
  /** 结算币种累计已退款金额 */ settlement_refunded_amount: string;
  /** 结算币种 */ settlement_currency: string;
  /** 订单金额 */ payer_amount: number;
  /** 支付币种累计已退款金额 */ payer_refunded_amount: number;
  /** 支付币种 */ payer_currency: string;
  /** 交易时间 */ trade_time: string;
 }>;
 /** 投诉单是否已全额退款 */ complaint_full_refunded: boolean;
 /** 是否超时 */ is_overdue?: boolean;
 /** 优先级 */ priority?: "PRIORITY" | "GENERAL";
 /** 是否有待回复的用户留言 */ incoming_user_response: boolean;
 /** 用户投诉次数 */ user_complaint_times: number;
 /** 投诉资料列表 */ complaint_media_list?: Array<{
  /** 媒体文件业务类型 */ media_type: "USER_COMPLAINT_IMAGE" | "OPERATION_IMAGE";
  /** 媒体文列表 */ media_url: string[];
 }>;
 /** 问题描述 */ problem_description?: string;
 /** 投诉详情翻译 */ complaint_detail_trans?: string;
 /** 投诉单关联服务单信息 */ service_order_info?: Array<{
  /** 微信支付服务订单号 */ order_id?: string;
  /** 商户服务订单号 */ out_order_no?: string;
  /** 支付分服务单状态 */ state?: "DOING" | "REVOKED" | "WAITPAY" | "DONE";
 }>;
}

export interface PostV3GlobalMerchantH5PermissionApplicationsDataFields {
 /** 子商户号 */ sub_mchid: string;
 /** H5支付域名 */ domains: string[];
 /** 公司介绍和业务描述 */ business_description?: string;
 /** 限额类型 */ transaction_limit_type: "UN_LAUNCHED_WEBSITE_LIMIT" | "NORMAL_LIMIT" | "NO_LIMIT";
 /** 公司注册资质证书 */ company_register_cert?: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 子商户经营网址状态 */ website_state: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** 子商户H5经营网址 */ website_url: string;
 /** 申请单号 */ applyment_id: number;
 /** 驳回原因 */ audit_reject_detail?: string;
 /** 申请单状态 */ applyment_state: "PENDING" | "UNDER_REVIEW" | "APPROVED" | "REJECTED";
 /** 申请单类型 */ applyment_type: "APPLY_FOR_PAYMENT_AUTHORITY" | "APPLY_FOR_RELIEVE_LIMITED";
 /** 商户提供的审核结果回调接口 */ notify_url?: string;
}

export interface PostV3GlobalMerchantH5PermissionDomainApplicationsDataFields {
 /** 子商户号 */ sub_mchid: string;
 /** 子商户经营网址状态 */ website_state: "HAS_LAUNCHED" | "UN_LAUNCHED";
 /** H5支付域名 */ domains: string[];
 /** 子商户H5经营网址 */ webiste_url: string;
 /** 经营网址商业页面截图 */ website_business_page_pics?: string[];
 /** 经营网址首页截图 */ website_homepage_pics?: string[];
 /** 申请单号 */ applyment_id: number;
 /** 驳回原因 */ audit_reject_detail?: string;
 /** 申请单状态 */ applyment_state?: "PENDING" | "UNDER_REVIEW" | "APPROVED" | "REJECTED";
 /** 商户提供的审核结果回调接口 */ notify_url?: string;
 /** 商户申请单号 */ out_applyment_id: string;
}

export interface GlobalContact {
 /** 联系人名称 @example 李先生 */ name: string;
 /** 联系人电话 @example 075586010000 */ phone: string;
 /** 联系人邮箱 @example test\@test.com */ email: string;
}

export interface GlobalAmount {
 /** 总金额 @example 888 */ total: number;
 /** 货币类型 @example HKD */ currency?: string;
}

export interface GlobalSceneInfo {
 /** 商户端设备号 @example 013467007045764 */ device_id?: string;
 /** 商户端设备IP @example 128.0.0.1 */ device_ip?: string;
 /** 用户终端IP @example 128.0.0.1 */ payer_client_ip?: string;
 /** 操作员ID @example 123145 */ operator_id?: string;
 /** 商户门店信息 */ store_info?: GlobalStoreInfo;
}

export interface GlobalStoreInfo {
 /** 编号 @example 0001 */ id?: string;
 /** 名称 @example 腾讯大厦分店 */ name: string;
 /** 详细地址 @example 广东省深圳市南山区科技中一道10000号 */ address: string;
}

export interface PostV3GlobalPapayContractsAppPreEntrustSignBodyFields {
 /** 机构APPID @example wxd678efh567hg6787 */ appid?: string;
 /** 子商户号 @example 1230000109 */ sub_mchid?: string;
 /** 机构appid @example wx8888888888888888 */ sp_appid?: string;
 /** 机构商户号 @example 3200000001 */ sp_mchid?: string;
 /** 子商户应用ID @example wxcbda96de0b165484 */ sub_appid?: string;
 /** 模板ID @example 123 */ plan_id?: number;
 /** 商户侧签约协议号 @example 100001256 */ out_contract_code?: string;
 /** 用户账户展示名称 @example 张三 */ user_display_name?: string;
 /** 签约成功通知url @example https://pay.weixin.qq.com */ success_notify_url?: string;
 /** 商户appid下的用户标识 @example ouFhd5X9s9WteC3eWRjXV3lea123 */ openid?: string;
 /** 用户客户端IP @example 119.145.83.6 */ user_client_ip?: string;
 /** 过期时间 @example 2021-11-20T13:29:35+08:00 */ expired_time?: string;
}

export interface GetV3GlobalPapayContractsOutContractCodeDataFields {
 /** 商户号 */ mchid?: string;
 /** 机构APPID */ appid?: string;
 /** 机构商户号 */ sp_mchid?: string;
 /** 子商户号 */ sub_mchid?: string;
 /** 机构appid */ sp_appid?: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 委托代扣协议ID */ contract_id?: string;
 /** 模板ID */ plan_id?: number;
 /** 商户侧签约协议号 */ out_contract_code?: string;
 /** 用户账户展示名称 */ user_display_name?: string;
 /** 协议状态 */ state?: string;
 /** 协议签署时间 */ signed_time?: string;
 /** 协议签署时间 */ terminated_time?: string;
 /** 协议解约方式 */ termination_mode?: string;
 /** 解约备注 */ termination_note?: string;
 /** 商户appid下的用户标识 */ openid?: string;
}

export interface GlobalPayer {
 /** 用户标识 */ openid?: string;
 /** 机构用户标识 */ sp_openid?: string;
 /** 子商户用户标识 */ sub_openid?: string;
}

export interface GlobalPromotionDetail {
 /** 券ID */ promotion_id: string;
 /** 优惠名称 */ name?: string;
 /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
 /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
 /** 优惠券面额 */ amount: number;
 /** 优惠币种 */ currency: string;
 /** 活动ID */ activity_id?: string;
 /** 微信出资 */ wxpay_contribute_amount?: number;
 /** 商户出资 */ merchant_contribute_amount?: number;
 /** 其他出资 */ other_contribute_amount?: number;
 /** 单品列表 */ goods_detail?: GoodsDetail[];
}

export interface GoodsDetail {
 /** 商品编码 */ goods_id: string;
 /** 商品备注 */ goods_remark?: string;
 /** 商品优惠金额 */ discount_amount: number;
 /** 商品数量 */ quantity: number;
 /** 商品价格 */ price: number;
}

export interface GetV3GlobalPapayTransactionsOutTradeNoDataFields {
 /** 商户号 */ mchid: string;
 /** APPID */ appid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构APPID */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB" | "MICROPAY";
 /** 付款银行 */ bank_type: string;
 /** 支付完成时间 */ success_time: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 支付者 */ payer: GlobalPayer;
 /** 订单金额 */ amount: GlobalAmount2;
 /** 优惠功能 */ promotion_detail?: GlobalPromotionDetail[];
}

export interface GlobalAmount2 {
 /** 订单金额 */ total: number;
 /** 用户支付金额 */ payer_total: number;
 /** 订单标价币种 */ currency: string;
 /** 用户支付币种 */ payer_currency: string;
 /** 汇率信息 */ exchange_rate?: {
  /** 汇率类型 */ type?: "SETTLEMENT_RATE";
  /** 汇率值 */ rate?: number;
 };
}

export interface PostV3GlobalProfitSharingOrdersDataFields {
 /** 子商户号 */ sub_mchid?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ state: string;
 /** 分账接收方列表 */ receivers?: Array<{
  /** 分账币种 */ currency: string;
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方帐号 */ account: string;
  /** 分账结果 */ result: string;
  /** 分账失败原因 */ fail_reason: string;
  /** 分账创建时间 */ create_time: string;
  /** 分账完成时间 */ finish_time: string;
  /** 分账明细单号 */ detail_id?: string;
  /** 分账明细类型 */ detail_type?: string;
  /** 出资方结算币种 */ settlement_currency?: string;
  /** 出资方结算金额 */ settlement_amount?: number;
  /** 汇率值 */ rate?: number;
 }>;
}

export interface GlobalAmount3 {
 /** 退款金额 */ refund: number;
 /** 货币类型 */ currency?: string;
 /** 用户退款金额 */ payer_refund: number;
 /** 支付币种 */ payer_currency: string;
 /** 汇率 */ exchange_rate: {
  /** 汇率类型 */ type?: "USERPAYMENT_RATE" | "SETTLEMENT_RATE";
  /** 汇率值 */ rate?: number;
 };
}

export interface GlobalRefundDetail {
 /** 券ID */ promotion_id: string;
 /** 优惠范围 */ scope?: "GLOBAL" | "SINGLE";
 /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
 /** 优惠券面额 */ amount?: number;
 /** 优惠券退款额 */ refund_amount?: number;
 /** 货币类型 */ currency: string;
}

export interface GetV3GlobalRefundsIdDataFields {
 /** 微信支付退款订单号 */ id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信支付交易订单号 */ transaction_id: string;
 /** 商户原交易订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel?: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
 /** 退款入账账户 */ recv_account?: string;
 /** 退款资金来源 */ fund_source?: "REFUND_SOURCE_UNSETTLED_FUNDS" | "REFUND_SOURCE_REchARGE_FUNDS";
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: "SUCCESS" | "REFUNDCLOSE" | "PROCESSING" | "ABNORMAL";
 /** 退款金额 */ amount: GlobalAmount3;
 /** 优惠退款详情 */ detail?: GlobalRefundDetail;
}

export interface GlobalPayer2 {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sp_openid?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
}

export interface GlobalDetail {
 /** 订单原价 @example 608800 */ cost_price?: number;
 /** 商品小票ID @example wx123 */ receipt_id?: string;
 /** 单品列表 */ goods_detail?: Array<{
  /** 商品编码 @example 12345 */ goods_id: string;
  /** 微信侧商品编码 @example 1001 */ wxpay_goods_id?: string;
  /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
  /** 商品数量 @example 1 */ quantity: number;
  /** 商品单价 @example 528800 */ price: number;
 }>;
}

export interface GetV3GlobalTransactionsIdDataFields {
 /** 商户号 */ mchid: string;
 /** APPID */ appid: string;
 /** 机构商户号 */ sp_mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 机构APPID */ sp_appid: string;
 /** 子商户APPID */ sub_appid?: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 微信支付订单号 */ id: string;
 /** 商户数据 */ attach?: string;
 /** 交易类型 */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB" | "MICROPAY";
 /** 付款银行 */ bank_type: string;
 /** 支付完成时间 */ success_time: string;
 /** 交易状态 */ trade_state: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 支付者 */ payer: GlobalPayer;
 /** 订单金额 */ amount: GlobalAmount2;
 /** 优惠功能 */ promotion_detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠名称 */ name?: string;
  /** 优惠范围 */ scope?: string;
  /** 优惠类型 */ type?: "COUPON" | "DISCOUNT";
  /** 优惠券面额 */ amount: number;
  /** 优惠币种 */ currency: string;
  /** 活动ID */ activity_id?: string;
  /** 微信出资 */ wxpay_contribute_amount?: number;
  /** 商户出资 */ merchant_contribute_amount?: number;
  /** 其他出资 */ other_contribute_amount?: number;
  /** 单品列表 */ goods_detail?: GoodsDetail[];
 }>;
}

export interface V3GlobalNode {
 certificates: Open<V3GlobalCertificatesNode>;
 customs: Open<V3GlobalCustomsNode>;
 merchant: Open<V3GlobalMerchantNode>;
 merchantService: Open<V3GlobalMerchantServiceNode>;
 merchantStorage: Open<V3GlobalMerchantStorageNode>;
 merchants: Open<V3GlobalMerchantsNode>;
 micropay: Open<V3GlobalMicropayNode>;
 papay: Open<V3GlobalPapayNode>;
 profitSharing: Open<V3GlobalProfitSharingNode>;
 refund: Open<V3GlobalRefundNode>;
 refunds: Open<V3GlobalRefundsNode>;
 settle: Open<V3GlobalSettleNode>;
 statements: Open<V3GlobalStatementsNode>;
 transactions: Open<V3GlobalTransactionsNode>;
 chain: ChainFrom<"v3/global">;
}

export interface V3GlobalCertificatesNode {
 /**
  * 获取平台证书列表 `GET /v3/global/certificates`
  *
  * Served from https://apihk.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_8.shtml
  */
 get: OptionalVerb<GetV3GlobalCertificatesOptions, GetV3GlobalCertificatesData>;
 chain: ChainFrom<"v3/global/certificates">;
}

export interface V3GlobalCustomsNode {
 orders: Open<V3GlobalCustomsOrdersNode>;
 redeclare: Open<V3GlobalCustomsRedeclareNode>;
 verifyCertificate: Open<V3GlobalCustomsVerifyCertificateNode>;
 chain: ChainFrom<"v3/global/customs">;
}

export interface V3GlobalCustomsOrdersNode {
 /**
  * 报关查询API `GET /v3/global/customs/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_3.shtml
  */
 get: Verb<GetV3GlobalCustomsOrdersOptions, GetV3GlobalCustomsOrdersData>;
 /**
  * 报关API `POST /v3/global/customs/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_1.shtml
  */
 post: Verb<PostV3GlobalCustomsOrdersOptions, PostV3GlobalCustomsOrdersData>;
 /**
  * 报关信息修改API `PATCH /v3/global/customs/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_5.shtml
  */
 patch: Verb<PatchV3GlobalCustomsOrdersOptions, PatchV3GlobalCustomsOrdersData>;
 chain: ChainFrom<"v3/global/customs/orders">;
}

export interface V3GlobalCustomsRedeclareNode {
 /**
  * 报关重推API `POST /v3/global/customs/redeclare`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_4.shtml
  */
 post: Verb<PostV3GlobalCustomsRedeclareOptions, PostV3GlobalCustomsRedeclareData>;
 chain: ChainFrom<"v3/global/customs/redeclare">;
}

export interface V3GlobalCustomsVerifyCertificateNode {
 /**
  * 身份信息校验API `POST /v3/global/customs/verify-certificate`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_2.shtml
  */
 post: Verb<PostV3GlobalCustomsVerifyCertificateOptions, PostV3GlobalCustomsVerifyCertificateData>;
 chain: ChainFrom<"v3/global/customs/verify-certificate">;
}

export interface V3GlobalMerchantNode {
 h5: Open<V3GlobalMerchantH5Node>;
 chain: ChainFrom<"v3/global/merchant">;
}

export interface V3GlobalMerchantServiceNode {
 complaintNotifications: Open<V3GlobalMerchantServiceComplaintNotificationsNode>;
 complaints: Open<V3GlobalMerchantServiceComplaintsNode>;
 images: Open<V3GlobalMerchantServiceImagesNode>;
 chain: ChainFrom<"v3/global/merchant-service">;
}

export interface V3GlobalMerchantServiceComplaintNotificationsNode {
 /** 查询投诉通知回调 `GET /v3/global/merchant-service/complaint-notifications` */
 get: OptionalVerb<GetV3GlobalMerchantServiceComplaintNotificationsOptions, GetV3GlobalMerchantServiceComplaintNotificationsData>;
 /** 创建投诉通知回调 `POST /v3/global/merchant-service/complaint-notifications` */
 post: Verb<PostV3GlobalMerchantServiceComplaintNotificationsOptions, PostV3GlobalMerchantServiceComplaintNotificationsData>;
 /** 更新投诉通知回调 `PUT /v3/global/merchant-service/complaint-notifications` */
 put: Verb<PutV3GlobalMerchantServiceComplaintNotificationsOptions, PutV3GlobalMerchantServiceComplaintNotificationsData>;
 /** 删除投诉通知回调 `DELETE /v3/global/merchant-service/complaint-notifications` */
 delete: OptionalVerb<DeleteV3GlobalMerchantServiceComplaintNotificationsOptions, DeleteV3GlobalMerchantServiceComplaintNotificationsData>;
 chain: ChainFrom<"v3/global/merchant-service/complaint-notifications">;
}

export interface V3GlobalMerchantServiceComplaintsNode {
 /** 查询投诉单列表 `GET /v3/global/merchant-service/complaints` */
 get: Verb<GetV3GlobalMerchantServiceComplaintsOptions, GetV3GlobalMerchantServiceComplaintsData>;
 $complaint_id$: Open<V3GlobalMerchantServiceComplaints_complaint_id_Node>;
 _complaint_id_: Open<V3GlobalMerchantServiceComplaints_complaint_id_Node>;
 chain: ChainFrom<"v3/global/merchant-service/complaints">;
}

export interface V3GlobalMerchantServiceComplaints_complaint_id_Node {
 /**
  * 查询投诉单详情 `GET /v3/global/merchant-service/complaints/{complaint_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-complaint-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_13.shtml
  */
 get: Verb<GetV3GlobalMerchantServiceComplaints_complaint_id_Options, GetV3GlobalMerchantServiceComplaints_complaint_id_Data>;
 complete: Open<V3GlobalMerchantServiceComplaintsCompleteNode>;
 negotiationHistorys: Open<V3GlobalMerchantServiceComplaintsNegotiationHistorysNode>;
 response: Open<V3GlobalMerchantServiceComplaintsResponseNode>;
 chain: ChainFrom<"v3/global/merchant-service/complaints/{complaint_id}">;
}

export interface V3GlobalMerchantServiceComplaintsCompleteNode {
 /** 反馈处理完成 `POST /v3/global/merchant-service/complaints/{complaint_id}/complete` */
 post: Verb<PostV3GlobalMerchantServiceComplaintsCompleteOptions, PostV3GlobalMerchantServiceComplaintsCompleteData>;
 chain: ChainFrom<"v3/global/merchant-service/complaints/{complaint_id}/complete">;
}

export interface V3GlobalMerchantServiceComplaintsNegotiationHistorysNode {
 /**
  * 查询投诉协商历史 `GET /v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-negotiation-history-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_12.shtml
  */
 get: Verb<GetV3GlobalMerchantServiceComplaintsNegotiationHistorysOptions, GetV3GlobalMerchantServiceComplaintsNegotiationHistorysData>;
 chain: ChainFrom<"v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys">;
}

export interface V3GlobalMerchantServiceComplaintsResponseNode {
 /** 提交回复 `POST /v3/global/merchant-service/complaints/{complaint_id}/response` */
 post: Verb<PostV3GlobalMerchantServiceComplaintsResponseOptions, PostV3GlobalMerchantServiceComplaintsResponseData>;
 chain: ChainFrom<"v3/global/merchant-service/complaints/{complaint_id}/response">;
}

export interface V3GlobalMerchantServiceImagesNode {
 $media_id$: Open<V3GlobalMerchantServiceImages_media_id_Node>;
 _media_id_: Open<V3GlobalMerchantServiceImages_media_id_Node>;
 upload: Open<V3GlobalMerchantServiceImagesUploadNode>;
 chain: ChainFrom<"v3/global/merchant-service/images">;
}

export interface V3GlobalMerchantServiceImagesUploadNode {
 /** 商户上传反馈图片API `POST /v3/global/merchant-service/images/upload` */
 post: Verb<PostV3GlobalMerchantServiceImagesUploadOptions, PostV3GlobalMerchantServiceImagesUploadData>;
 chain: ChainFrom<"v3/global/merchant-service/images/upload">;
}

export interface V3GlobalMerchantServiceImages_media_id_Node {
 /** 图片下载API `GET /v3/global/merchant-service/images/{media_id}` */
 get: Verb<GetV3GlobalMerchantServiceImagesOptions, GetV3GlobalMerchantServiceImagesData>;
 chain: ChainFrom<"v3/global/merchant-service/images/{media_id}">;
}

export interface V3GlobalMerchantStorageNode {
 file: Open<V3GlobalMerchantStorageFileNode>;
 chain: ChainFrom<"v3/global/merchant-storage">;
}

export interface V3GlobalMerchantStorageFileNode {
 upload: Open<V3GlobalMerchantStorageFileUploadNode>;
 chain: ChainFrom<"v3/global/merchant-storage/file">;
}

export interface V3GlobalMerchantStorageFileUploadNode {
 /**
  * 上传文件API `POST /v3/global/merchant-storage/file/upload`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_11.shtml
  */
 post: Verb<PostV3GlobalMerchantStorageFileUploadOptions, PostV3GlobalMerchantStorageFileUploadData>;
 chain: ChainFrom<"v3/global/merchant-storage/file/upload">;
}

export interface V3GlobalMerchantH5Node {
 permission: Open<V3GlobalMerchantH5PermissionNode>;
 chain: ChainFrom<"v3/global/merchant/h5">;
}

export interface V3GlobalMerchantH5PermissionNode {
 $sub_mchid$: Open<V3GlobalMerchantH5Permission_sub_mchid_Node>;
 _sub_mchid_: Open<V3GlobalMerchantH5Permission_sub_mchid_Node>;
 applications: Open<V3GlobalMerchantH5PermissionApplicationsNode>;
 domain: Open<V3GlobalMerchantH5PermissionDomainNode>;
 chain: ChainFrom<"v3/global/merchant/h5/permission">;
}

export interface V3GlobalMerchantH5PermissionApplicationsNode {
 /**
  * 创建H5支付权限申请单 `POST /v3/global/merchant/h5/permission/applications`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_1.shtml
  */
 post: Verb<PostV3GlobalMerchantH5PermissionApplicationsOptions, PostV3GlobalMerchantH5PermissionApplicationsData>;
 $applyment_id$: Open<V3GlobalMerchantH5PermissionApplications_applyment_id_Node>;
 _applyment_id_: Open<V3GlobalMerchantH5PermissionApplications_applyment_id_Node>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/applications">;
}

export interface V3GlobalMerchantH5PermissionApplications_applyment_id_Node {
 /**
  * 查询H5支付权限申请单详情 `GET /v3/global/merchant/h5/permission/applications/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_2.shtml
  */
 get: Verb<GetV3GlobalMerchantH5PermissionApplicationsOptions, GetV3GlobalMerchantH5PermissionApplicationsData>;
 /**
  * 修改H5支付权限申请单 `PATCH /v3/global/merchant/h5/permission/applications/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_3.shtml
  */
 patch: Verb<PatchV3GlobalMerchantH5PermissionApplicationsOptions, PatchV3GlobalMerchantH5PermissionApplicationsData>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/applications/{applyment_id}">;
}

export interface V3GlobalMerchantH5PermissionDomainNode {
 applications: Open<V3GlobalMerchantH5PermissionDomainApplicationsNode>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/domain">;
}

export interface V3GlobalMerchantH5PermissionDomainApplicationsNode {
 /**
  * 创建H5支付域名修改申请单 `POST /v3/global/merchant/h5/permission/domain/applications`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_4.shtml
  */
 post: Verb<PostV3GlobalMerchantH5PermissionDomainApplicationsOptions, PostV3GlobalMerchantH5PermissionDomainApplicationsData>;
 $applyment_id$: Open<V3GlobalMerchantH5PermissionDomainApplications_applyment_id_Node>;
 _applyment_id_: Open<V3GlobalMerchantH5PermissionDomainApplications_applyment_id_Node>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/domain/applications">;
}

export interface V3GlobalMerchantH5PermissionDomainApplications_applyment_id_Node {
 /**
  * 查询H5支付域名修改申请单 `GET /v3/global/merchant/h5/permission/domain/applications/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_5.shtml
  */
 get: Verb<GetV3GlobalMerchantH5PermissionDomainApplicationsOptions, GetV3GlobalMerchantH5PermissionDomainApplicationsData>;
 /**
  * 修改H5支付域名修改申请单 `PATCH /v3/global/merchant/h5/permission/domain/applications/{applyment_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_6.shtml
  */
 patch: Verb<PatchV3GlobalMerchantH5PermissionDomainApplicationsOptions, PatchV3GlobalMerchantH5PermissionDomainApplicationsData>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/domain/applications/{applyment_id}">;
}

export interface V3GlobalMerchantH5Permission_sub_mchid_Node {
 /**
  * 查询子商户H5支付权限状态 `GET /v3/global/merchant/h5/permission/{sub_mchid}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_7.shtml
  */
 get: Verb<GetV3GlobalMerchantH5PermissionOptions, GetV3GlobalMerchantH5PermissionData>;
 chain: ChainFrom<"v3/global/merchant/h5/permission/{sub_mchid}">;
}

export interface V3GlobalMerchantsNode {
 /** 子商户进件（融合钱包） `POST /v3/global/merchants` */
 post: Verb<PostV3GlobalMerchantsOptions, PostV3GlobalMerchantsData>;
 $sub_mchid$: Open<V3GlobalMerchants_sub_mchid_Node>;
 _sub_mchid_: Open<V3GlobalMerchants_sub_mchid_Node>;
 chain: ChainFrom<"v3/global/merchants">;
}

export interface V3GlobalMerchants_sub_mchid_Node {
 /** 查询子商户（融合钱包） `GET /v3/global/merchants/{sub_mchid}` */
 get: Verb<GetV3GlobalMerchantsOptions, GetV3GlobalMerchantsData>;
 /** 修改子商户（融合钱包） `PATCH /v3/global/merchants/{sub_mchid}` */
 patch: Verb<PatchV3GlobalMerchantsOptions, PatchV3GlobalMerchantsData>;
 chain: ChainFrom<"v3/global/merchants/{sub_mchid}">;
}

export interface V3GlobalMicropayNode {
 transactions: Open<V3GlobalMicropayTransactionsNode>;
 chain: ChainFrom<"v3/global/micropay">;
}

export interface V3GlobalMicropayTransactionsNode {
 id: Open<V3GlobalMicropayTransactionsIdNode>;
 outTradeNo: Open<V3GlobalMicropayTransactionsOutTradeNoNode>;
 pay: Open<V3GlobalMicropayTransactionsPayNode>;
 chain: ChainFrom<"v3/global/micropay/transactions">;
}

export interface V3GlobalMicropayTransactionsIdNode {
 $transaction_id$: Open<V3GlobalMicropayTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3GlobalMicropayTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/global/micropay/transactions/id">;
}

export interface V3GlobalMicropayTransactionsId_transaction_id_Node {
 reverse: Open<V3GlobalMicropayTransactionsIdReverseNode>;
 chain: ChainFrom<"v3/global/micropay/transactions/id/{transaction_id}">;
}

export interface V3GlobalMicropayTransactionsIdReverseNode {
 /**
  * 撤销订单(微信支付订单号) `POST /v3/global/micropay/transactions/id/{transaction_id}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_7.shtml
  */
 post: Verb<PostV3GlobalMicropayTransactionsIdReverseOptions, PostV3GlobalMicropayTransactionsIdReverseData>;
 chain: ChainFrom<"v3/global/micropay/transactions/id/{transaction_id}/reverse">;
}

export interface V3GlobalMicropayTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/global/micropay/transactions/out-trade-no">;
}

export interface V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Node {
 reverse: Open<V3GlobalMicropayTransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"v3/global/micropay/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3GlobalMicropayTransactionsOutTradeNoReverseNode {
 /**
  * 撤销订单(商户订单号) `POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_7.shtml
  */
 post: Verb<PostV3GlobalMicropayTransactionsOutTradeNoReverseOptions, PostV3GlobalMicropayTransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse">;
}

export interface V3GlobalMicropayTransactionsPayNode {
 /**
  * 提交付款码支付 `POST /v3/global/micropay/transactions/pay`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_1.shtml
  */
 post: Verb<PostV3GlobalMicropayTransactionsPayOptions, PostV3GlobalMicropayTransactionsPayData>;
 chain: ChainFrom<"v3/global/micropay/transactions/pay">;
}

export interface V3GlobalPapayNode {
 contracts: Open<V3GlobalPapayContractsNode>;
 transactions: Open<V3GlobalPapayTransactionsNode>;
 chain: ChainFrom<"v3/global/papay">;
}

export interface V3GlobalPapayContractsNode {
 $contract_id$: Open<V3GlobalPapayContracts_contract_id_Node>;
 _contract_id_: Open<V3GlobalPapayContracts_contract_id_Node>;
 appPreEntrustSign: Open<V3GlobalPapayContractsAppPreEntrustSignNode>;
 h5PreEntrustSign: Open<V3GlobalPapayContractsH5PreEntrustSignNode>;
 jsapiPreEntrustSign: Open<V3GlobalPapayContractsJsapiPreEntrustSignNode>;
 miniprogramPreEntrustSign: Open<V3GlobalPapayContractsMiniprogramPreEntrustSignNode>;
 outContractCode: Open<V3GlobalPapayContractsOutContractCodeNode>;
 webPreEntrustSign: Open<V3GlobalPapayContractsWebPreEntrustSignNode>;
 chain: ChainFrom<"v3/global/papay/contracts">;
}

export interface V3GlobalPapayContractsAppPreEntrustSignNode {
 /**
  * APP签约API `POST /v3/global/papay/contracts/app-pre-entrust-sign`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_18.shtml
  */
 post: Verb<PostV3GlobalPapayContractsAppPreEntrustSignOptions, PostV3GlobalPapayContractsAppPreEntrustSignData>;
 chain: ChainFrom<"v3/global/papay/contracts/app-pre-entrust-sign">;
}

export interface V3GlobalPapayContractsH5PreEntrustSignNode {
 /**
  * H5预签约API `POST /v3/global/papay/contracts/h5-pre-entrust-sign`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_14.shtml
  */
 post: Verb<PostV3GlobalPapayContractsH5PreEntrustSignOptions, PostV3GlobalPapayContractsH5PreEntrustSignData>;
 chain: ChainFrom<"v3/global/papay/contracts/h5-pre-entrust-sign">;
}

export interface V3GlobalPapayContractsJsapiPreEntrustSignNode {
 /**
  * JSAPI预签约API `POST /v3/global/papay/contracts/jsapi-pre-entrust-sign`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_15.shtml
  */
 post: Verb<PostV3GlobalPapayContractsJsapiPreEntrustSignOptions, PostV3GlobalPapayContractsJsapiPreEntrustSignData>;
 chain: ChainFrom<"v3/global/papay/contracts/jsapi-pre-entrust-sign">;
}

export interface V3GlobalPapayContractsMiniprogramPreEntrustSignNode {
 /**
  * 小程序签约API `POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_1.shtml
  */
 post: Verb<PostV3GlobalPapayContractsMiniprogramPreEntrustSignOptions, PostV3GlobalPapayContractsMiniprogramPreEntrustSignData>;
 chain: ChainFrom<"v3/global/papay/contracts/miniprogram-pre-entrust-sign">;
}

export interface V3GlobalPapayContractsOutContractCodeNode {
 $out_contract_code$: Open<V3GlobalPapayContractsOutContractCode_out_contract_code_Node>;
 _out_contract_code_: Open<V3GlobalPapayContractsOutContractCode_out_contract_code_Node>;
 chain: ChainFrom<"v3/global/papay/contracts/out-contract-code">;
}

export interface V3GlobalPapayContractsOutContractCode_out_contract_code_Node {
 /**
  * 商户协议号查询签约API `GET /v3/global/papay/contracts/out-contract-code/{out_contract_code}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_3.shtml
  */
 get: Verb<GetV3GlobalPapayContractsOutContractCodeOptions, GetV3GlobalPapayContractsOutContractCodeData>;
 chain: ChainFrom<"v3/global/papay/contracts/out-contract-code/{out_contract_code}">;
}

export interface V3GlobalPapayContractsWebPreEntrustSignNode {
 /** WEB预签约API `POST /v3/global/papay/contracts/web-pre-entrust-sign` */
 post: Verb<PostV3GlobalPapayContractsWebPreEntrustSignOptions, PostV3GlobalPapayContractsWebPreEntrustSignData>;
 chain: ChainFrom<"v3/global/papay/contracts/web-pre-entrust-sign">;
}

export interface V3GlobalPapayContracts_contract_id_Node {
 /**
  * 代扣协议ID查询签约API `GET /v3/global/papay/contracts/{contract_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_2.shtml
  */
 get: Verb<GetV3GlobalPapayContractsOptions, GetV3GlobalPapayContractsData>;
 terminate: Open<V3GlobalPapayContractsTerminateNode>;
 chain: ChainFrom<"v3/global/papay/contracts/{contract_id}">;
}

export interface V3GlobalPapayContractsTerminateNode {
 /**
  * 申请解约API `POST /v3/global/papay/contracts/{contract_id}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_4.shtml
  */
 post: Verb<PostV3GlobalPapayContractsTerminateOptions, PostV3GlobalPapayContractsTerminateData>;
 chain: ChainFrom<"v3/global/papay/contracts/{contract_id}/terminate">;
}

export interface V3GlobalPapayTransactionsNode {
 /**
  * 支付扣款API `POST /v3/global/papay/transactions`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_6.shtml
  */
 post: Verb<PostV3GlobalPapayTransactionsOptions, PostV3GlobalPapayTransactionsData>;
 $transaction_id$: Open<V3GlobalPapayTransactions_transaction_id_Node>;
 _transaction_id_: Open<V3GlobalPapayTransactions_transaction_id_Node>;
 outTradeNo: Open<V3GlobalPapayTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/global/papay/transactions">;
}

export interface V3GlobalPapayTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/global/papay/transactions/out-trade-no">;
}

export interface V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单(商户订单号) `GET /v3/global/papay/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_8.shtml
  */
 get: Verb<GetV3GlobalPapayTransactionsOutTradeNoOptions, GetV3GlobalPapayTransactionsOutTradeNoData>;
 reverse: Open<V3GlobalPapayTransactionsOutTradeNoReverseNode>;
 chain: ChainFrom<"v3/global/papay/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3GlobalPapayTransactionsOutTradeNoReverseNode {
 /**
  * 撤销订单(商户订单号) `POST /v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_10.shtml
  */
 post: Verb<PostV3GlobalPapayTransactionsOutTradeNoReverseOptions, PostV3GlobalPapayTransactionsOutTradeNoReverseData>;
 chain: ChainFrom<"v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse">;
}

export interface V3GlobalPapayTransactions_transaction_id_Node {
 /**
  * 查询订单(微信支付订单号) `GET /v3/global/papay/transactions/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_8.shtml
  */
 get: Verb<GetV3GlobalPapayTransactionsOptions, GetV3GlobalPapayTransactionsData>;
 chain: ChainFrom<"v3/global/papay/transactions/{transaction_id}">;
}

export interface V3GlobalProfitSharingNode {
 billDownloadUrl: Open<V3GlobalProfitSharingBillDownloadUrlNode>;
 orders: Open<V3GlobalProfitSharingOrdersNode>;
 receivers: Open<V3GlobalProfitSharingReceiversNode>;
 refunds: Open<V3GlobalProfitSharingRefundsNode>;
 transactions: Open<V3GlobalProfitSharingTransactionsNode>;
 chain: ChainFrom<"v3/global/profit-sharing">;
}

export interface V3GlobalProfitSharingBillDownloadUrlNode {
 /**
  * 获取分账账单文件下载地址API `GET /v3/global/profit-sharing/bill-download-url`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_9.shtml
  */
 get: OptionalVerb<GetV3GlobalProfitSharingBillDownloadUrlOptions, GetV3GlobalProfitSharingBillDownloadUrlData>;
 chain: ChainFrom<"v3/global/profit-sharing/bill-download-url">;
}

export interface V3GlobalProfitSharingOrdersNode {
 /**
  * 请求分账API `POST /v3/global/profit-sharing/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_2.shtml
  */
 post: OptionalVerb<PostV3GlobalProfitSharingOrdersOptions, PostV3GlobalProfitSharingOrdersData>;
 $out_order_no$: Open<V3GlobalProfitSharingOrders_out_order_no_Node>;
 _out_order_no_: Open<V3GlobalProfitSharingOrders_out_order_no_Node>;
 unfreeze: Open<V3GlobalProfitSharingOrdersUnfreezeNode>;
 chain: ChainFrom<"v3/global/profit-sharing/orders">;
}

export interface V3GlobalProfitSharingOrdersUnfreezeNode {
 /**
  * 解冻剩余资金API `POST /v3/global/profit-sharing/orders/unfreeze`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_3.shtml
  */
 post: OptionalVerb<PostV3GlobalProfitSharingOrdersUnfreezeOptions, PostV3GlobalProfitSharingOrdersUnfreezeData>;
 chain: ChainFrom<"v3/global/profit-sharing/orders/unfreeze">;
}

export interface V3GlobalProfitSharingOrders_out_order_no_Node {
 /**
  * 查询分账结果API `GET /v3/global/profit-sharing/orders/{out_order_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_4.shtml
  */
 get: Verb<GetV3GlobalProfitSharingOrdersOptions, GetV3GlobalProfitSharingOrdersData>;
 chain: ChainFrom<"v3/global/profit-sharing/orders/{out_order_no}">;
}

export interface V3GlobalProfitSharingReceiversNode {
 /**
  * 添加分账接收方API `POST /v3/global/profit-sharing/receivers`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_6.shtml
  */
 post: OptionalVerb<PostV3GlobalProfitSharingReceiversOptions, PostV3GlobalProfitSharingReceiversData>;
 /**
  * 删除分账接收方API `DELETE /v3/global/profit-sharing/receivers`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_8.shtml
  */
 delete: OptionalVerb<DeleteV3GlobalProfitSharingReceiversOptions, DeleteV3GlobalProfitSharingReceiversData>;
 $account$: Open<V3GlobalProfitSharingReceivers_account_Node>;
 _account_: Open<V3GlobalProfitSharingReceivers_account_Node>;
 chain: ChainFrom<"v3/global/profit-sharing/receivers">;
}

export interface V3GlobalProfitSharingReceivers_account_Node {
 /**
  * 查询分账接收方添加结果API `GET /v3/global/profit-sharing/receivers/{account}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_7.shtml
  */
 get: Verb<GetV3GlobalProfitSharingReceiversOptions, GetV3GlobalProfitSharingReceiversData>;
 chain: ChainFrom<"v3/global/profit-sharing/receivers/{account}">;
}

export interface V3GlobalProfitSharingRefundsNode {
 billDownloadUrl: Open<V3GlobalProfitSharingRefundsBillDownloadUrlNode>;
 refundableBalance: Open<V3GlobalProfitSharingRefundsRefundableBalanceNode>;
 chain: ChainFrom<"v3/global/profit-sharing/refunds">;
}

export interface V3GlobalProfitSharingRefundsBillDownloadUrlNode {
 /**
  * 获取分账退款账单下载链接API `GET /v3/global/profit-sharing/refunds/bill-download-url`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_14.shtml
  */
 get: OptionalVerb<GetV3GlobalProfitSharingRefundsBillDownloadUrlOptions, GetV3GlobalProfitSharingRefundsBillDownloadUrlData>;
 chain: ChainFrom<"v3/global/profit-sharing/refunds/bill-download-url">;
}

export interface V3GlobalProfitSharingRefundsRefundableBalanceNode {
 /**
  * 查询可供垫付退款实时余额API `GET /v3/global/profit-sharing/refunds/refundable-balance`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_13.shtml
  */
 get: OptionalVerb<GetV3GlobalProfitSharingRefundsRefundableBalanceOptions, GetV3GlobalProfitSharingRefundsRefundableBalanceData>;
 chain: ChainFrom<"v3/global/profit-sharing/refunds/refundable-balance">;
}

export interface V3GlobalProfitSharingTransactionsNode {
 $transaction_id$: Open<V3GlobalProfitSharingTransactions_transaction_id_Node>;
 _transaction_id_: Open<V3GlobalProfitSharingTransactions_transaction_id_Node>;
 mark: Open<V3GlobalProfitSharingTransactionsMarkNode>;
 chain: ChainFrom<"v3/global/profit-sharing/transactions">;
}

export interface V3GlobalProfitSharingTransactionsMarkNode {
 /**
  * 分账标记API `POST /v3/global/profit-sharing/transactions/mark`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_1.shtml
  */
 post: OptionalVerb<PostV3GlobalProfitSharingTransactionsMarkOptions, PostV3GlobalProfitSharingTransactionsMarkData>;
 chain: ChainFrom<"v3/global/profit-sharing/transactions/mark">;
}

export interface V3GlobalProfitSharingTransactions_transaction_id_Node {
 amounts: Open<V3GlobalProfitSharingTransactionsAmountsNode>;
 refundableAmounts: Open<V3GlobalProfitSharingTransactionsRefundableAmountsNode>;
 chain: ChainFrom<"v3/global/profit-sharing/transactions/{transaction_id}">;
}

export interface V3GlobalProfitSharingTransactionsAmountsNode {
 /**
  * 查询剩余待分金额API `GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_5.shtml
  */
 get: Verb<GetV3GlobalProfitSharingTransactionsAmountsOptions, GetV3GlobalProfitSharingTransactionsAmountsData>;
 chain: ChainFrom<"v3/global/profit-sharing/transactions/{transaction_id}/amounts">;
}

export interface V3GlobalProfitSharingTransactionsRefundableAmountsNode {
 /**
  * 查询订单剩余可退款金额API `GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_12.shtml
  */
 get: Verb<GetV3GlobalProfitSharingTransactionsRefundableAmountsOptions, GetV3GlobalProfitSharingTransactionsRefundableAmountsData>;
 chain: ChainFrom<"v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts">;
}

export interface V3GlobalRefundNode {
 partner: Open<V3GlobalRefundPartnerNode>;
 rechargeBalance: Open<V3GlobalRefundRechargeBalanceNode>;
 chain: ChainFrom<"v3/global/refund">;
}

export interface V3GlobalRefundPartnerNode {
 rechargeBalance: Open<V3GlobalRefundPartnerRechargeBalanceNode>;
 chain: ChainFrom<"v3/global/refund/partner">;
}

export interface V3GlobalRefundPartnerRechargeBalanceNode {
 subMchid: Open<V3GlobalRefundPartnerRechargeBalanceSubMchidNode>;
 chain: ChainFrom<"v3/global/refund/partner/recharge-balance">;
}

export interface V3GlobalRefundPartnerRechargeBalanceSubMchidNode {
 $sub_mchid$: Open<V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_Node>;
 _sub_mchid_: Open<V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_Node>;
 chain: ChainFrom<"v3/global/refund/partner/recharge-balance/sub-mchid">;
}

export interface V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_Node {
 /**
  * 商家充值退款余额查询 `GET /v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}`
  * @see https://pay.weixin.qq.com/doc/global/v3/zh/4013068934
  */
 get: Verb<GetV3GlobalRefundPartnerRechargeBalanceSubMchidOptions, GetV3GlobalRefundPartnerRechargeBalanceSubMchidData>;
 chain: ChainFrom<"v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}">;
}

export interface V3GlobalRefundRechargeBalanceNode {
 /**
  * 商家充值退款余额查询 `GET /v3/global/refund/recharge-balance`
  * @see https://pay.weixin.qq.com/doc/global/v3/zh/4013068934
  */
 get: OptionalVerb<GetV3GlobalRefundRechargeBalanceOptions, GetV3GlobalRefundRechargeBalanceData>;
 chain: ChainFrom<"v3/global/refund/recharge-balance">;
}

export interface V3GlobalRefundsNode {
 /** 查询所有退款 `GET /v3/global/refunds` */
 get: Verb<GetV3GlobalRefundsOptions, GetV3GlobalRefundsData>;
 /** 申请退款 `POST /v3/global/refunds` */
 post: Verb<PostV3GlobalRefundsOptions, PostV3GlobalRefundsData>;
 id: Open<V3GlobalRefundsIdNode>;
 outRefundNo: Open<V3GlobalRefundsOutRefundNoNode>;
 chain: ChainFrom<"v3/global/refunds">;
}

export interface V3GlobalRefundsIdNode {
 $refund_id$: Open<V3GlobalRefundsId_refund_id_Node>;
 _refund_id_: Open<V3GlobalRefundsId_refund_id_Node>;
 chain: ChainFrom<"v3/global/refunds/id">;
}

export interface V3GlobalRefundsId_refund_id_Node {
 /** 查询单笔退款(微信支付退款订单号) `GET /v3/global/refunds/id/{refund_id}` */
 get: Verb<GetV3GlobalRefundsIdOptions, GetV3GlobalRefundsIdData>;
 chain: ChainFrom<"v3/global/refunds/id/{refund_id}">;
}

export interface V3GlobalRefundsOutRefundNoNode {
 $out_refund_no$: Open<V3GlobalRefundsOutRefundNo_out_refund_no_Node>;
 _out_refund_no_: Open<V3GlobalRefundsOutRefundNo_out_refund_no_Node>;
 chain: ChainFrom<"v3/global/refunds/out-refund-no">;
}

export interface V3GlobalRefundsOutRefundNo_out_refund_no_Node {
 /** 查询单笔退款(商户退款订单号) `GET /v3/global/refunds/out-refund-no/{out_refund_no}` */
 get: Verb<GetV3GlobalRefundsOutRefundNoOptions, GetV3GlobalRefundsOutRefundNoData>;
 chain: ChainFrom<"v3/global/refunds/out-refund-no/{out_refund_no}">;
}

export interface V3GlobalSettleNode {
 settlements: Open<V3GlobalSettleSettlementsNode>;
 chain: ChainFrom<"v3/global/settle">;
}

export interface V3GlobalSettleSettlementsNode {
 /**
  * 查询结算资金明细API `GET /v3/global/settle/settlements`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_10.shtml
  */
 get: Verb<GetV3GlobalSettleSettlementsOptions, GetV3GlobalSettleSettlementsData>;
 chain: ChainFrom<"v3/global/settle/settlements">;
}

export interface V3GlobalStatementsNode {
 /** 下载对账单 `GET /v3/global/statements` */
 get: Verb<GetV3GlobalStatementsOptions, GetV3GlobalStatementsData>;
 chain: ChainFrom<"v3/global/statements">;
}

export interface V3GlobalTransactionsNode {
 app: Open<V3GlobalTransactionsAppNode>;
 id: Open<V3GlobalTransactionsIdNode>;
 jsapi: Open<V3GlobalTransactionsJsapiNode>;
 mweb: Open<V3GlobalTransactionsMwebNode>;
 native: Open<V3GlobalTransactionsNativeNode>;
 outTradeNo: Open<V3GlobalTransactionsOutTradeNoNode>;
 chain: ChainFrom<"v3/global/transactions">;
}

export interface V3GlobalTransactionsAppNode {
 /**
  * APP支付下单 `POST /v3/global/transactions/app`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_4_1.shtml
  */
 post: Verb<PostV3GlobalTransactionsAppOptions, PostV3GlobalTransactionsAppData>;
 chain: ChainFrom<"v3/global/transactions/app">;
}

export interface V3GlobalTransactionsIdNode {
 $transaction_id$: Open<V3GlobalTransactionsId_transaction_id_Node>;
 _transaction_id_: Open<V3GlobalTransactionsId_transaction_id_Node>;
 chain: ChainFrom<"v3/global/transactions/id">;
}

export interface V3GlobalTransactionsId_transaction_id_Node {
 /**
  * 查询订单(微信支付订单号) `GET /v3/global/transactions/id/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_2.shtml
  */
 get: Verb<GetV3GlobalTransactionsIdOptions, GetV3GlobalTransactionsIdData>;
 close: Open<V3GlobalTransactionsIdCloseNode>;
 chain: ChainFrom<"v3/global/transactions/id/{transaction_id}">;
}

export interface V3GlobalTransactionsIdCloseNode {
 /**
  * 关闭订单(微信支付订单号) `POST /v3/global/transactions/id/{transaction_id}/close`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_7.shtml
  */
 post: Verb<PostV3GlobalTransactionsIdCloseOptions, PostV3GlobalTransactionsIdCloseData>;
 chain: ChainFrom<"v3/global/transactions/id/{transaction_id}/close">;
}

export interface V3GlobalTransactionsJsapiNode {
 /**
  * JSAPI支付下单API `POST /v3/global/transactions/jsapi`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_3_1.shtml
  */
 post: Verb<PostV3GlobalTransactionsJsapiOptions, PostV3GlobalTransactionsJsapiData>;
 chain: ChainFrom<"v3/global/transactions/jsapi">;
}

export interface V3GlobalTransactionsMwebNode {
 /**
  * H5支付下单 `POST /v3/global/transactions/mweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_4_1.shtml
  */
 post: Verb<PostV3GlobalTransactionsMwebOptions, PostV3GlobalTransactionsMwebData>;
 chain: ChainFrom<"v3/global/transactions/mweb">;
}

export interface V3GlobalTransactionsNativeNode {
 /**
  * Native支付下单API `POST /v3/global/transactions/native`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_1.shtml
  */
 post: Verb<PostV3GlobalTransactionsNativeOptions, PostV3GlobalTransactionsNativeData>;
 chain: ChainFrom<"v3/global/transactions/native">;
}

export interface V3GlobalTransactionsOutTradeNoNode {
 $out_trade_no$: Open<V3GlobalTransactionsOutTradeNo_out_trade_no_Node>;
 _out_trade_no_: Open<V3GlobalTransactionsOutTradeNo_out_trade_no_Node>;
 chain: ChainFrom<"v3/global/transactions/out-trade-no">;
}

export interface V3GlobalTransactionsOutTradeNo_out_trade_no_Node {
 /**
  * 查询订单(商户订单号) `GET /v3/global/transactions/out-trade-no/{out_trade_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_2.shtml
  */
 get: Verb<GetV3GlobalTransactionsOutTradeNoOptions, GetV3GlobalTransactionsOutTradeNoData>;
 close: Open<V3GlobalTransactionsOutTradeNoCloseNode>;
 chain: ChainFrom<"v3/global/transactions/out-trade-no/{out_trade_no}">;
}

export interface V3GlobalTransactionsOutTradeNoCloseNode {
 /**
  * 关闭订单(商户订单号) `POST /v3/global/transactions/out-trade-no/{out_trade_no}/close`
  * @see https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_7.shtml
  */
 post: Verb<PostV3GlobalTransactionsOutTradeNoCloseOptions, PostV3GlobalTransactionsOutTradeNoCloseData>;
 chain: ChainFrom<"v3/global/transactions/out-trade-no/{out_trade_no}/close">;
}
