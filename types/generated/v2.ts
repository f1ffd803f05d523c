// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, Open, OptionalVerb, V2CallOptions, V2DownloadOptions, Verb } from '../catalog.js';

/** 授权获取code: options */
export interface GetAppauthAuthindexOptions extends V2CallOptions {
 query: {
  /** 商户号 @example 1230000109 */ mch_id: string;
  /** 应用ID @example wxd678efh567hg6787 */ appid: string;
  /** 重定向地址 @example https://weixin.qq.com/i-am-a-fake-uri */ redirect_uri: string;
  /** 固定填`code` @example code */ response_type: "code";
  /** 应用授权作用域 @example pay_identity */ scope: "pay_identity" | "pay_realname";
  /** 随机字符串 @example STATE */ state: string;
 };
}
/** 授权获取code: response body */
export type GetAppauthAuthindexData = unknown;

/** 通过code换取accesstoken: options */
export interface GetAppauthGetaccesstokenOptions extends V2CallOptions {
 query: {
  /** 商户号 @example 1200009811 */ mch_id: string;
  /** 应用ID @example wxcbda96de0b165486 */ appid: string;
  /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ openid: string;
  /** 第一步返回的auth_code @example wxcbda96de0b165489 */ code: string;
  /** 固定值`authorization_code` @example authorization_code */ grant_type: "authorization_code";
  /** 应用授权作用域 @example pay_identity */ scope: "pay_identity";
  /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign: string;
 };
}
/** 通过code换取accesstoken: response body */
export interface GetAppauthGetaccesstokenData {
 /** 返回状态码 */ retcode: "0" | "-1";
 /** 处理成功 */ retmsg: string;
 /** 接口调用凭证 */ access_token: string;
 /** 请求返回的access_token过期时间 */ access_token_expire_in: string;
 /** refresh令牌 */ refresh_token: string;
 /** refresh_token过期时间 */ refresh_token_expire_in: string;
}

/** 查询申请状态: request body */
export interface PostApplymentMicroGetstateBody {
 /** 接口版本号 @example 1.0 */ version: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 商户申请单号 @example 1230000109 */ applyment_id?: string;
 /** 业务申请编号 @example 123456 */ business_code?: string;
}
/** 查询申请状态: options */
export interface PostApplymentMicroGetstateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroGetstateBody;
}
/** 查询申请状态: response body */
export interface PostApplymentMicroGetstateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户申请单号 */ applyment_id: string;
 /** 申请状态 */ applyment_state: string;
 /** 申请状态描述 */ applyment_state_desc: string;
 /** 小微商户号 */ sub_mch_id?: string;
 /** 签约链接 */ sign_url?: string;
 /** 审核详情 */ audit_detail?: string;
 /** 参数名称 */ param_name: string;
 /** 驳回原因 */ reject_reason: string;
}

/** 查询升级申请单状态: request body */
export interface PostApplymentMicroGetupgradestateBody {
 /** 接口版本号 @example 1.0 */ version: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 小微商户号 @example 1230000109 */ sub_mch_id: string;
}
/** 查询升级申请单状态: options */
export interface PostApplymentMicroGetupgradestateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroGetupgradestateBody;
}
/** 查询升级申请单状态: response body */
export interface PostApplymentMicroGetupgradestateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 小微商户号 */ sub_mch_id: string;
 /** 申请状态 */ applyment_state: string;
 /** 申请状态描述 */ applyment_state_desc: string;
 /** 签约二维码 */ sign_qrcode?: string;
 /** 签约链接 */ sign_url?: string;
 /** 审核详情 */ audit_detail?: string;
 /** 付款户名 */ account_name: string;
 /** 汇款金额 */ pay_amount: string;
 /** 收款卡号 */ destination_account_number: string;
 /** 收款户名 */ destination_account_name: string;
 /** 开户银行 */ destination_account_bank: string;
 /** 省市信息 */ city: string;
 /** 备注信息 */ remark: string;
 /** 汇款截止时间 */ deadline_time: string;
 /** 参数名称 */ param_name: string;
 /** 驳回原因 */ reject_reason: string;
}

/** 修改结算银行卡: request body */
export interface PostApplymentMicroModifyarchivesBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 小微商户号 @example 1230000109 */ sub_mch_id: string;
 /** 银行卡号 */ account_number?: string;
 /** 开户银行全称 @example 深圳农村商业银行xxx支行 */ bank_name?: string;
 /** 开户银行 @example 中国银行 */ account_bank?: string;
 /** 开户银行省市编码 @example 110000 */ bank_address_code: string;
 /** 平台证书序列号 @example 5430056GFRJK54YTFF653GDFH09HFGHF */ cert_sn: string;
}
/** 修改结算银行卡: options */
export interface PostApplymentMicroModifyarchivesOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroModifyarchivesBody;
}
/** 修改结算银行卡: response body */
export interface PostApplymentMicroModifyarchivesData extends PostApplymentMicroModifyarchivesDataFields {}

/** 修改联系信息: request body */
export interface PostApplymentMicroModifycontactinfoBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 小微商户号 @example 1230000109 */ sub_mch_id?: string;
 /** 手机号 @example 13734543456 */ mobile_phone?: string;
 /** 邮箱 @example zhangsan\@227.com */ email?: string;
 /** 商户简称 @example 张三的小店 */ merchant_name?: string;
 /** 加密的平台证书序列号 @example 50062CE505775F070CAB06E697F1BBD1AD4F4D87 */ cert_sn: string;
}
/** 修改联系信息: options */
export interface PostApplymentMicroModifycontactinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroModifycontactinfoBody;
}
/** 修改联系信息: response body */
export interface PostApplymentMicroModifycontactinfoData extends PostApplymentMicroModifyarchivesDataFields {}

/** 签约报备: request body */
export type PostApplymentMicroSigncontractBody = Record<string, unknown>;
/** 签约报备: options */
export interface PostApplymentMicroSigncontractOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroSigncontractBody;
}
/** 签约报备: response body */
export type PostApplymentMicroSigncontractData = Record<string, unknown>;

/** 申请入驻: request body */
export interface PostApplymentMicroSubmitBody {
 /** 接口版本号 @example 3.0 */ version: "3.0";
 /** 平台证书序列号 @example 5663476TEREGD45FH63GDFHFG657FCHBFG */ cert_sn: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 业务申请编号 @example 123456 */ business_code: string;
 /** 身份证人像面照片 */ id_card_copy: string;
 /** 身份证国徽面照片 */ id_card_national: string;
 /** 身份证姓名 @example 佑佑 */ id_card_name: string;
 /** 身份证号码 */ id_card_number: string;
 /** 身份证有效期限`JSON`格式字符串 @example ["1970-01-01","长期"] */ id_card_valid_time: string;
 /** 开户名称 */ account_name: string;
 /** 开户银行 @example 工商银行 */ account_bank: string;
 /** 开户银行省市编码 @example 110000 */ bank_address_code: string;
 /** 开户银行全称 @example 深圳农村商业银行xxx支行 */ bank_name?: string;
 /** 银行账号 */ account_number: string;
 /** 门店名称 */ store_name: string;
 /** 门店省市编码 @example 110000 */ store_address_code: string;
 /** 门店街道名称 */ store_street: string;
 /** 门店经度 @example 113.941355 */ store_longitude?: string;
 /** 门店纬度 @example 22.546245 */ store_latitude?: string;
 /** 门店门口照片 */ store_entrance_pic: string;
 /** 店内环境照片 */ indoor_pic: string;
 /** 经营场地证明 */ address_certification?: string;
 /** 商户简称 */ merchant_shortname: string;
 /** 客服电话 */ service_phone: string;
 /** 售卖商品/提供服务描述 */ product_desc: string;
 /** 费率 @example 0.6% */ rate: string;
 /** 补充说明 */ business_addition_desc?: string;
 /** 补充材料 @example ["123","456"] */ business_addition_pics?: string;
 /** 超级管理员姓名 */ contact: string;
 /** 手机号码 */ contact_phone: string;
 /** 联系邮箱 */ contact_email?: string;
}
/** 申请入驻: options */
export interface PostApplymentMicroSubmitOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroSubmitBody;
}
/** 申请入驻: response body */
export interface PostApplymentMicroSubmitData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 参数校验不通过的字段名 */ err_param?: string;
 /** 商户申请单号 */ applyment_id: string;
}

/** 提交升级申请单: request body */
export interface PostApplymentMicroSubmitupgradeBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */ sign?: string;
 /** 平台证书序列号 @example 5663476TEREGD45FH63GDFHFG657FCHBFG */ cert_sn: string;
 /** 小微商户号 @example 1230000109 */ sub_mch_id: string;
 /** 主体类型 @example 2 */ organization_type: string;
 /** 营业执照扫描件 */ business_license_copy: string;
 /** 营业执照注册号 @example 123456789012345 */ business_license_number: string;
 /** 商户名称 @example 深圳腾讯科技有限公司 */ merchant_name: string;
 /** 注册地址 @example 深圳市腾讯大厦 */ company_address: string;
 /** 经营者姓名/法定代表人 */ legal_person: string;
 /** 营业期限 @example ["1970-01-01","长期"] */ business_time: string;
 /** 营业执照类型 @example 1762 */ business_licence_type: string;
 /** 组织机构代码证照片 */ organization_copy?: string;
 /** 组织机构代码 @example 1234567-1 */ organization_number?: string;
 /** 组织机构代码有效期限 @example ["1970-01-01","长期"] */ organization_time?: string;
 /** 开户名称 */ account_name?: string;
 /** 开户银行 @example 工商银行 */ account_bank?: string;
 /** 开户银行省市编码 @example 11000 */ bank_address_code?: string;
 /** 开户银行全称 @example 深圳农村商业银行xxx支行 */ bank_name?: string;
 /** 银行卡号 */ account_number?: string;
 /** 商户简称 */ merchant_shortname: string;
 /** 费率结算规则ID */ business: string;
 /** 特殊资质 @example ["xxx","xxx"] */ qualifications?: string;
 /** 经营场景 @example [1721] */ business_scene: string;
 /** 补充说明 */ business_addition_desc?: string;
 /** 补充材料 @example ["123","456"] */ business_addition_pics?: string;
 /** 联系邮箱 @example 123\@qq.com */ contact_email?: string;
}
/** 提交升级申请单: options */
export interface PostApplymentMicroSubmitupgradeOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostApplymentMicroSubmitupgradeBody;
}
/** 提交升级申请单: response body */
export interface PostApplymentMicroSubmitupgradeData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 参数校验不通过的字段名 */ err_param?: string;
}

/** 拉取订单评价数据: request body */
export interface PostBillcommentspBatchquerycommentBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example 3AE1368BD96B4644FA5823E024CFE938F1B852EFA87919EDDEE324AE24C8C04F */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 开始时间 @example 20170724000000 */ begin_time: string;
 /** 结束时间 @example 20170725000000 */ end_time: string;
 /** 位移 @example 0 */ offset: number | string;
 /** 条数 @example 100 */ limit?: number | string;
}
/** 拉取订单评价数据: options */
export interface PostBillcommentspBatchquerycommentOptions extends V2DownloadOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostBillcommentspBatchquerycommentBody;
}
/** 拉取订单评价数据: response body */
export type PostBillcommentspBatchquerycommentData = string;

/** 订单附加信息提交接口: request body */
export interface PostCgiBinMchCustomsCustomdeclareorderBody {
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信支付订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 海关 @example SHANGHAI */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ mch_customs_no: string;
 /** 关税 @example 888 */ duty?: number | string;
 /** 报关类型 @example ADD */ action_type?: "ADD" | "MODIFY";
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 币种 @example CNY */ fee_type?: string;
 /** 应付金额 @example 888 */ order_fee?: number | string;
 /** 物流费 @example 888 */ transport_fee?: number | string;
 /** 商品价格 @example 888 */ product_fee?: number | string;
 /** 证件类型 @example IDCARD */ cert_type?: "IDCARD";
 /** 证件号码 @example 330821198809085211 */ cert_id?: string;
 /** 姓名 @example 张三 */ name?: string;
}
/** 订单附加信息提交接口: options */
export interface PostCgiBinMchCustomsCustomdeclareorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostCgiBinMchCustomsCustomdeclareorderBody;
}
/** 订单附加信息提交接口: response body */
export interface PostCgiBinMchCustomsCustomdeclareorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 签名类型 */ sign_type: "MD5";
 /** 签名 */ sign: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 状态码 */ state: "NDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 订购人和支付人身份信息校验结果 */ cert_check_result: "UNCHECKED" | "SAME" | "DIFFERENT";
 /** 验核机构**注 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 验核机构交易流水号 */ verify_department_trade_id: string;
}

/** 订单附加信息查询接口: request body */
export interface PostCgiBinMchCustomsCustomdeclarequeryBody {
 /** 签名类型 @example MD5 */ sign_type?: "MD5";
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信支付订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no: string;
 /** 微信子订单号 @example 20150806125346 */ sub_order_id: string;
 /** 海关 @example SHANGHAI */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
}
/** 订单附加信息查询接口: options */
export interface PostCgiBinMchCustomsCustomdeclarequeryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostCgiBinMchCustomsCustomdeclarequeryBody;
}
/** 订单附加信息查询接口: response body */
export interface PostCgiBinMchCustomsCustomdeclarequeryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 签名 */ sign: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 笔数 */ count: string;
 /** 商户子订单号 */ sub_order_no_$n?: string;
 /** 微信子订单号 */ sub_order_id_$n?: string;
 /** 商户海关备案号 */ mch_customs_no_$n?: string;
 /** 海关 */ customs_$n: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 币种 */ fee_type_$n?: string;
 /** 应付金额 */ order_fee_$n?: string;
 /** 关税 */ duty_$n?: string;
 /** 物流费 */ transport_fee_$n?: string;
 /** 商品价格 */ product_fee_$n?: string;
 /** 状态码 */ state_$n: "NDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 申报结果说明 */ explanation_$n?: string;
 /** 最后更新时间 */ modify_time_$n: string;
 /** 订购人和支付人身份信息校验结果 */ cert_check_result_$n: "UNCHECKED" | "SAME" | "DIFFERENT";
 /** 验核机构**注 */ verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
 /** 验核机构交易流水号 */ verify_department_trade_id: string;
}

/** 订单附加信息重推接口: request body */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareBody {
 /** 签名类型 @example MD5 */ sign_type?: "MD5";
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 微信支付订单号 @example 1000320306201511078440737890 */ transaction_id: string;
 /** 商户子订单号 @example 20150806125346 */ sub_order_no?: string;
 /** 微信子订单号 @example 1000320306201511078440737891 */ sub_order_id?: string;
 /** 海关 @example SHANGHAI */ customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
 /** 商户海关备案号 @example 123456 */ mch_customs_no: string;
}
/** 订单附加信息重推接口: options */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostCgiBinMchNewcustomsCustomdeclareredeclareBody;
}
/** 订单附加信息重推接口: response body */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 签名类型 */ sign_type: "MD5";
 /** 签名 */ sign: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 状态码 */ state: "UNDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商户子订单号 */ sub_order_no?: string;
 /** 微信子订单号 */ sub_order_id?: string;
 /** 最后更新时间 */ modify_time: string;
 /** 申报结果说明 */ explanation?: string;
}

/** 消费押金: request body */
export interface PostDepositConsumeBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id: string;
 /** 微信订单号 @example 013467007045764 */ transaction_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 押金总金额 @example 888 */ total_fee: number | string;
 /** 消费金额 @example 888 */ consume_fee: number | string;
 /** 货币类型 @example CNY */ fee_type: string;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 消费押金: options */
export interface PostDepositConsumeOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositConsumeBody;
}
/** 消费押金: response body */
export interface PostDepositConsumeData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 押金总金额 */ total_fee: string;
 /** 消费金额 */ consume_fee: string;
 /** 货币类型 */ fee_type?: string;
}

/** 支付押金（人脸支付）: request body */
export interface PostDepositFacepayBody extends PostDepositFacepayBodyFields {}
/** 支付押金（人脸支付）: options */
export interface PostDepositFacepayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositFacepayBody;
}
/** 支付押金（人脸支付）: response body */
export interface PostDepositFacepayData extends PostDepositFacepayDataFields {}

/** 支付押金（付款码支付）: request body */
export interface PostDepositMicropayBody {
 /** 接口版本号 @example 1.0 */ version?: string;
 /** 是否指定服务商分账 @example N */ profit_sharing?: "N" | "Y";
 /** 是否押金支付 @example Y */ deposit: "Y" | "N";
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "MD5" | "HMAC-SHA256";
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ body: string;
 /** 单品优惠活动该字段必传 */ detail?: string;
 /** 附加数据 @example 说明 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 订单优惠标记 @example 1234 */ goods_tag?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: string;
 /** 授权码 @example 120061098828009406 */ auth_code: string;
 /** 场景信息`JSON`格式字符串 */ scene_info?: string;
}
/** 支付押金（付款码支付）: options */
export interface PostDepositMicropayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositMicropayBody;
}
/** 支付押金（付款码支付）: response body */
export interface PostDepositMicropayData extends PostDepositMicropayDataFields {}

/** 查询订单: request body */
export interface PostDepositOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** 查询订单: options */
export interface PostDepositOrderqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositOrderqueryBody;
}
/** 查询订单: response body */
export interface PostDepositOrderqueryData extends PostDepositOrderqueryDataFields {}

/** 申请退款（押金）: request body */
export interface PostDepositRefundBody extends PostDepositRefundBodyFields {}
/** 申请退款（押金）: options */
export interface PostDepositRefundOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositRefundBody;
}
/** 申请退款（押金）: response body */
export interface PostDepositRefundData extends PostDepositRefundDataFields {}

/** 查询退款（押金）: request body */
export interface PostDepositRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** 查询退款（押金）: options */
export interface PostDepositRefundqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositRefundqueryBody;
}
/** 查询退款（押金）: response body */
export interface PostDepositRefundqueryData extends PostDepositRefundqueryDataFields {}

/** 撤销订单: request body */
export interface PostDepositReverseBody extends PostDepositReverseBodyFields {}
/** 撤销订单: options */
export interface PostDepositReverseOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositReverseBody;
}
/** 撤销订单: response body */
export interface PostDepositReverseData extends PostDepositReverseDataFields {}

/** 支付押金（JSAPI/APP支付）: request body */
export interface PostDepositUnifiedorderBody {
 /** 服务商应用ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户应用ID @example wx8888888888888888 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "MD5" | "HMAC-SHA256";
 /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ body: string;
 /** 单品优惠活动该字段必传 @example {"goods_detail":[]} */ detail?: string;
 /** 附加数据 @example 说明 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 货币类型 @example CNY */ fee_type: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 终端IP @example 123.12.12.123 */ spbill_create_ip: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 交易类型 @example JSAPI */ trade_type: "JSAPI" | "APP";
 /** 商品ID @example 12235413214070356458058 */ product_id?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: "Y" | "N";
 /** 场景信息`JSON`格式字符串 */ scene_info?: string;
}
/** 支付押金（JSAPI/APP支付）: options */
export interface PostDepositUnifiedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostDepositUnifiedorderBody;
}
/** 支付押金（JSAPI/APP支付）: response body */
export interface PostDepositUnifiedorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 服务商应用ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 交易类型 */ trade_type: "JSAPI" | "APP";
 /** 预支付交易会话标识 */ prepay_id: string;
 /** 二维码链接 */ code_url?: string;
}

/** 人脸识别SDK-获取调用凭证: request body */
export interface PostFaceGetWxpayfaceAuthinfoBody {
 /** 门店编号 @example IMG001 */ store_id: string;
 /** 门店名称 @example 爱马哥南山店 */ store_name: string;
 /** 终端设备编号 @example DEV001 */ device_id: string;
 /** 附加字段 */ attach?: string;
 /** 初始化数据 @example H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG */ rawdata: string;
 /** 商户号绑定的公众号/小程序 appid @example wx31fdaErqR31 */ appid: string;
 /** 商户号 @example 12345689 */ mch_id: string;
 /** 子商户绑定的公众号/小程序 appid @example wx31fdaErqR31 */ sub_appid?: string;
 /** 子商户号 @example 12345689 */ sub_mch_id?: string;
 /** 取当前时间 @example 1239878956 */ now: number | string;
 /** 版本号 @example 1 */ version: 1;
 /** 签名类型 @example MD5 */ sign_type: "MD5" | "HMAC-SHA256";
 /** 随机字符串 @example V37ZHZVf2OrwsUV7kXTjTguP74c0byvE */ nonce_str?: string;
 /** 参数签名 @example O4TCVPAJDIK933NUSUUSS6MLIQT2PCXW */ sign?: string;
}
/** 人脸识别SDK-获取调用凭证: options */
export interface PostFaceGetWxpayfaceAuthinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostFaceGetWxpayfaceAuthinfoBody;
}
/** 人脸识别SDK-获取调用凭证: response body */
export interface PostFaceGetWxpayfaceAuthinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** SDK调用凭证 */ authinfo: string;
 /** authinfo的有效时间 */ expires_in?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 参数签名 */ sign: string;
 /** 公众号 */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
}

/** 查询提现状态: request body */
export interface PostFundQueryautowithdrawbydateBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 小微商户号 @example 1900000109 */ sub_mch_id: string;
 /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 日期 @example 20180508 */ date: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
}
/** 查询提现状态: options */
export interface PostFundQueryautowithdrawbydateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostFundQueryautowithdrawbydateBody;
}
/** 查询提现状态: response body */
export interface PostFundQueryautowithdrawbydateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 签名类型 */ sign_type?: "HMAC-SHA256";
 /** 签名 */ sign?: string;
 /** 日期 */ date: string;
 /** 商户号 */ mch_id: string;
 /** 小微商户号 */ sub_mch_id: string;
 /** 随机字符 */ nonce_str: string;
 /** 单据状态 */ withdraw_status: string;
 /** 单据失败原因 */ fail_reason?: string;
 /** 提现单单据ID */ withdraw_id?: string;
 /** 金额 */ amount?: string;
 /** 单据创建时间 */ create_time?: string;
 /** 单据成功时间 */ success_time?: string;
 /** 单据退票时间 */ refund_time?: string;
}

/** 重新发起提现: request body */
export interface PostFundReautowithdrawbydateBody {
 /** 服务商商户号 @example 1900000109 */ mch_id: string;
 /** 小微商户号 @example 1900000109 */ sub_mch_id: string;
 /** 自动提现单提现日期 @example 20180602 */ date: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 重新发起提现: options */
export interface PostFundReautowithdrawbydateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostFundReautowithdrawbydateBody;
}
/** 重新发起提现: response body */
export interface PostFundReautowithdrawbydateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 签名类型 */ sign_type?: "HMAC-SHA256";
 /** 签名 */ sign?: string;
 /** 自动提现单提现日期 */ date: string;
 /** 商户号 */ mch_id: string;
 /** 小微商户号 */ sub_mch_id: string;
 /** 提现单单据ID */ withdraw_id: string;
 /** 金额 */ amount: string;
 /** 单据创建时间 */ create_time: string;
 /** 随机字符 */ nonce_str: string;
}

/** 间联模式查询商户审核状态开放接口: request body */
export interface PostMchriskBankquerymchauditinfoBody {
 /** 服务商号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 999990016 */ sub_mch_id: string;
 /** 渠道号 @example 999990017 */ channel_id: string;
 /** 随机字符串 @example C380BEC2BFD787A4B6847627519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 间联模式查询商户审核状态开放接口: options */
export interface PostMchriskBankquerymchauditinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMchriskBankquerymchauditinfoBody;
}
/** 间联模式查询商户审核状态开放接口: response body */
export interface PostMchriskBankquerymchauditinfoData extends PostMchriskBankquerymchauditinfoDataFields {}

/** 渠道商查询商户审核信息: request body */
export interface PostMchriskChannelquerymchauditinfoBody {
 /** 渠道商号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 999990016 */ sub_mch_id: string;
 /** 服务商号 @example 999990017 */ acquiring_bank_id: string;
 /** 随机字符串 @example C380BEC2BFD787A4B6847627519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 渠道商查询商户审核信息: options */
export interface PostMchriskChannelquerymchauditinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMchriskChannelquerymchauditinfoBody;
}
/** 渠道商查询商户审核信息: response body */
export interface PostMchriskChannelquerymchauditinfoData extends PostMchriskBankquerymchauditinfoDataFields {}

/** 事前-风险商户核查接口: request body */
export interface PostMchriskQuerymchriskBody {
 /** 服务商号 @example 1900000109 */ mch_id: string;
 /** 平台证书序列号 @example XXXXX */ cert_serial_number?: string;
 /** 身份证号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ certificates_number?: string;
 /** 身份证所有人姓名 @example ca775af5f841bdf424b2e6eb86a6e21e */ certificates_name?: string;
 /** 结算账号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ settlement_card_no?: string;
 /** 结算户名 @example ca775af5f841bdf424b2e6eb86a6e21e */ settlement_card_name?: string;
 /** 结算银行 @example 招商银行科技园支行 */ settlement_card_bank?: string;
 /** 营业执照编号 @example ca775af5f841bdf424b2e6eb86a6e21e */ business_license_number?: string;
 /** 公司名称 @example XXXXX有限公司 */ company_name?: string;
 /** 门店地址 @example 广东省深圳市南山区深南大道10000号 */ store_address?: string;
 /** 门店经度 @example 22.5461478801 */ store_longitude?: string;
 /** 门店纬度 @example 113.9410519639 */ store_latitude?: string;
 /** 随机字符串 @example C380BEC2BFD787A4B6845227519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 事前-风险商户核查接口: options */
export interface PostMchriskQuerymchriskOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMchriskQuerymchriskBody;
}
/** 事前-风险商户核查接口: response body */
export interface PostMchriskQuerymchriskData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 服务商号 */ mch_id: string;
 /** 风险级别 */ risk_level: string;
 /** 风险描述 */ risk_level_desc: string;
}

/** 设置风险通知回调链接: request body */
export interface PostMchriskSetmchriskcallbackBody {
 /** 服务商号 @example 1900000109 */ mch_id: string;
 /** 回调链接 @example https://pay.weixin.qq.com/wxpay/risk.action */ callback_url: string;
 /** 随机字符串 @example C380BEC2BFD787A4B6847027519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 设置风险通知回调链接: options */
export interface PostMchriskSetmchriskcallbackOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMchriskSetmchriskcallbackBody;
}
/** 设置风险通知回调链接: response body */
export interface PostMchriskSetmchriskcallbackData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 服务商号 */ mch_id: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
}

/** 事后-风险商户处理结果同步接口: request body */
export interface PostMchriskSyncmchriskresultBody {
 /** 服务商号 @example 1900000109 */ mch_id: string;
 /** 商户ID @example 1230000109 */ sub_mch_id: string;
 /** 事件单号 @example 123456123 */ event_code: string;
 /** 身份证号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ certificates_number?: string;
 /** 身份证所有人姓名 @example ca775af5f841bdf424b2e6eb86a6e21e */ certificates_name?: string;
 /** 结算账号 @example ca775af5f841bdf424b2e6eb86a6e21e */ settlement_card_no?: string;
 /** 结算户名 @example ca775af5f841bdf424b2e6eb86a6e21e */ settlement_card_name?: string;
 /** 结算银行 @example 招商银行科技园支行 */ settlement_card_bank?: string;
 /** 营业执照编号 @example 00110105MA00BE3C1W */ business_license_number?: string;
 /** 公司名称 @example XXXXX有限公司 */ company_name?: string;
 /** 门店地址 @example 广东省深圳市南山区深南大道10000号 */ store_address?: string;
 /** 门店经度 @example 22.5461478801 */ store_longitude?: string;
 /** 门店纬度 @example 113.9410519639 */ store_latitude?: string;
 /** 风险类型 */ risk_type: string;
 /** 处罚方式 @example CLOSE_PAY_PERMISSIONEXTEND_SETTLEMENT_CYCLECLOSE_WITHDRAW_CASHCLEAN_UPOTHER */ punish_type: string;
 /** 随机字符串 @example C380BEC2BFD787A4B6845227519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 事后-风险商户处理结果同步接口: options */
export interface PostMchriskSyncmchriskresultOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMchriskSyncmchriskresultBody;
}
/** 事后-风险商户处理结果同步接口: response body */
export interface PostMchriskSyncmchriskresultData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
}

/** 查询红包记录: request body */
export interface PostMmpaymkttransfersGethbinfoBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** Appid @example wxe062425f740d30d8 */ appid: string;
 /** 订单类型 @example MCHT */ bill_type: "MCHT";
}
/** 查询红包记录: options */
export interface PostMmpaymkttransfersGethbinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersGethbinfoBody;
}
/** 查询红包记录: response body */
export interface PostMmpaymkttransfersGethbinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 红包单号 */ detail_id: string;
 /** 红包状态 */ status: "SENDING" | "SENT" | "FAILED" | "RECEIVED" | "RFUND_ING" | "REFUND";
 /** 发放类型 */ send_type: "API" | "UPLOAD" | "ACTIVITY";
 /** 红包类型 */ hb_type: "NORMAL" | "GROUP";
 /** 红包个数 */ total_num: string;
 /** 红包金额 */ total_amount: string;
 /** 失败原因 */ reason?: string;
 /** 红包发送时间 */ send_time: string;
 /** 红包退款时间 */ refund_time?: string;
 /** 红包退款金额 */ refund_amount?: string;
 /** 祝福语 */ wishing?: string;
 /** 活动描述 */ remark?: string;
 /** 活动名称 */ act_name?: string;
 /** 红包领取记录 */ hblist?: {
  /** 裂变红包领取列表 */ hbinfo?: Array<{
   /** 领取红包的Openid */ openid?: string;
   /** 金额 */ amount?: string;
   /** 接收时间 */ rcv_time?: string;
  }>;
 };
}

/** 查询企业向微信用户个人付款: request body */
export interface PostMmpaymkttransfersGettransferinfoBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ partner_trade_no: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** Appid @example wxe062425f740d30d8 */ appid: string;
}
/** 查询企业向微信用户个人付款: options */
export interface PostMmpaymkttransfersGettransferinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersGettransferinfoBody;
}
/** 查询企业向微信用户个人付款: response body */
export interface PostMmpaymkttransfersGettransferinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户单号 */ partner_trade_no: string;
 /** Appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 付款单号 */ detail_id: string;
 /** 转账状态 */ status: "SUCCESS" | "FAILED" | "PROCESSING";
 /** 失败原因 */ reason?: string;
 /** 收款用户openid */ openid: string;
 /** 收款用户姓名 */ transfer_name?: string;
 /** 付款金额 */ payment_amount: string;
 /** 转账时间 */ transfer_time: string;
 /** 付款成功时间 */ payment_time: string;
 /** 企业付款备注 */ desc: string;
}

/** 向员工付款: request body */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketBody {
 /** 公众账号appid @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ partner_trade_no: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ openid: string;
 /** 校验用户姓名选项 @example FORCE_CHECK */ check_name: "FORCE_CHECK";
 /** 收款用户姓名 @example 王小王 */ re_user_name?: string;
 /** 金额 @example 10099 */ amount: number | string;
 /** 企业付款备注 @example 六月出差报销费用 */ desc: string;
 /** Ip地址 @example 192.168.0.1 */ spbill_create_ip: string;
 /** 企业微信签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ workwx_sign?: string;
 /** 付款消息类型 @example NORMAL_MSG */ ww_msg_type?: "NORMAL_MSG" | "APPROVAL_MSG";
 /** 审批单号 @example 201705160008 */ approval_number?: string;
 /** 审批类型 @example 1 */ approval_type?: 1;
 /** 项目名称 @example 产品部门报销 */ act_name?: string;
 /** 付款的应用id @example 1 */ agentid?: string;
}
/** 向员工付款: options */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersPromotionPaywwsptrans2pocketBody;
}
/** 向员工付款: response body */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号appid */ appid?: string;
 /** 商户号 */ mch_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ partner_trade_no: string;
 /** 微信付款单号 */ payment_no: string;
 /** 付款成功时间 */ payment_time: string;
}

/** 查询付款记录: request body */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ partner_trade_no?: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** Appid @example wxe062425f740d30d8 */ appid: string;
}
/** 查询付款记录: options */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersPromotionQuerywwsptrans2pocketBody;
}
/** 查询付款记录: response body */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ partner_trade_no: string;
 /** 商户号 */ mch_id: string;
 /** 红包单号 */ detail_id: string;
 /** 红包状态 */ status: "SUCCESS" | "FAILED" | "PROCESSING";
 /** 失败原因 */ reason: string;
 /** 收款用户姓名 */ transfer_name?: string;
 /** 红包退款金额 */ payment_amount: string;
 /** 转账时间 */ transfer_time: string;
 /** 付款描述 */ desc: string;
}

/** 向微信用户个人付款: request body */
export interface PostMmpaymkttransfersPromotionTransfersBody {
 /** 商户账号appid @example wx8888888888888888 */ mch_appid: string;
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ partner_trade_no: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ openid: string;
 /** 校验用户姓名选项 @example FORCE_CHECK */ check_name: string;
 /** 收款用户姓名 @example 王小王 */ re_user_name?: string;
 /** 金额 @example 10099 */ amount: number | string;
 /** 企业付款备注 @example 理赔 */ desc: string;
 /** Ip地址 @example 192.168.0.1 */ spbill_create_ip: string;
 /** 付款场景 @example BRAND_REDPACKET */ scene?: string;
 /** 品牌ID @example 1234 */ brand_id?: number | string;
 /** 消息模板ID @example 1243100000000000 */ finder_template_id?: string;
}
/** 向微信用户个人付款: options */
export interface PostMmpaymkttransfersPromotionTransfersOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersPromotionTransfersBody;
}
/** 向微信用户个人付款: response body */
export interface PostMmpaymkttransfersPromotionTransfersData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 商户appid */ mch_appid?: string;
 /** 商户号 */ mchid?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ partner_trade_no: string;
 /** 微信付款单号 */ payment_no: string;
 /** 付款成功时间 */ payment_time: string;
}

/** 查询代金券批次: request body */
export interface PostMmpaymkttransfersQueryCouponStockBody {
 /** 代金券批次id @example 1757 */ coupon_stock_id: string;
 /** 公众账号ID @example wx5edab3bdfba3dc1c */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 操作员 @example 10000098 */ op_user_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 @example 1417574675 */ nonce_str?: string;
 /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */ sign?: string;
 /** 协议版本 @example 1.0 */ version?: "1.0";
 /** 协议类型 @example XML */ type?: "XML";
}
/** 查询代金券批次: options */
export interface PostMmpaymkttransfersQueryCouponStockOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersQueryCouponStockBody;
}
/** 查询代金券批次: response body */
export interface PostMmpaymkttransfersQueryCouponStockData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 代金券批次ID */ coupon_stock_id: string;
 /** 代金券名称 */ coupon_name?: string;
 /** 代金券面额 */ coupon_value: string;
 /** 代金券使用最低限额 */ coupon_mininumn?: string;
 /** 代金券批次状态 */ coupon_stock_status: string;
 /** 代金券数量 */ coupon_total: string;
 /** 代金券最大领取数量 */ max_quota?: string;
 /** 代金券已经发送的数量 */ is_send_num?: string;
 /** 生效开始时间 */ begin_time: string;
 /** 生效结束时间 */ end_time: string;
 /** 创建时间 */ create_time: string;
 /** 代金券预算额度 */ coupon_budget?: string;
 /** 生效开始时间 */ begin_time_t: string;
 /** 生效结束时间 */ end_time_t: string;
 /** 创建时间 */ create_time_t: string;
}

/** 查询代金券信息: request body */
export interface PostMmpaymkttransfersQuerycouponsinfoBody {
 /** 代金券id @example 1565 */ coupon_id: string;
 /** 用户openid @example onqOjjrXT-776SpHnfexGm1_P7iE */ openid: string;
 /** 公众账号ID @example wx5edab3bdfba3dc1c */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 批次号 @example 58818 */ stock_id: string;
 /** 操作员 @example 10000098 */ op_user_id?: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 1417574675 */ nonce_str?: string;
 /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */ sign?: string;
 /** 协议版本 @example 1.0 */ version?: "1.0";
 /** 协议类型 @example XML */ type?: "XML";
}
/** 查询代金券信息: options */
export interface PostMmpaymkttransfersQuerycouponsinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersQuerycouponsinfoBody;
}
/** 查询代金券信息: response body */
export interface PostMmpaymkttransfersQuerycouponsinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 代金券批次ID */ coupon_stock_id: string;
 /** 代金券id */ coupon_id: string;
 /** 代金券面额 */ coupon_value: string;
 /** 代金券使用最低限额 */ coupon_mininumn?: string;
 /** 代金券名称 */ coupon_name: string;
 /** 代金券状态 */ coupon_state: "SENDED" | "USED" | "EXPIRED";
 /** 代金券描述 */ coupon_desc: string;
 /** 代金券实际使用金额 */ coupon_use_value: string;
 /** 优惠剩余可用额 */ coupon_remain_value: string;
 /** 发放来源 */ send_source: "FULL_SEND" | "NORMAL";
 /** 是否允许部分使用 */ is_partial_use?: "1";
}

/** 查询红包记录: request body */
export interface PostMmpaymkttransfersQueryworkwxredpackBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** Appid @example wxe062425f740d30d8 */ appid: string;
}
/** 查询红包记录: options */
export interface PostMmpaymkttransfersQueryworkwxredpackOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersQueryworkwxredpackBody;
}
/** 查询红包记录: response body */
export interface PostMmpaymkttransfersQueryworkwxredpackData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 微信支付签名 */ sign?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 红包单号 */ detail_id: string;
 /** 红包状态 */ status: "SENDING" | "SENT" | "FAILED" | "RECEIVED" | "RFUND_ING" | "REFUND";
 /** 发放类型 */ send_type: "API";
 /** 红包金额 */ total_amount: string;
 /** 失败原因 */ reason?: string;
 /** 红包发送时间 */ send_time: string;
 /** 红包退款时间 */ refund_time?: string;
 /** 红包退款金额 */ refund_amount?: string;
 /** 祝福语 */ wishing?: string;
 /** 活动描述 */ remark?: string;
 /** 活动名称 */ act_name?: string;
 /** 领取红包的Openid */ openid: string;
 /** 金额 */ amount: string;
 /** 接收时间 */ rcv_time: string;
 /** 发送者名称 */ sender_name?: string;
 /** 发送者头像 */ sender_header_media_id?: string;
}

/** 发放代金券: request body */
export interface PostMmpaymkttransfersSendCouponBody {
 /** 代金券批次id @example 1757 */ coupon_stock_id: string;
 /** openid记录数 @example 1 */ openid_count: number | string;
 /** 商户单据号 @example 1000009820141203515766 */ partner_trade_no: string;
 /** 用户openid @example onqOjjrXT-776SpHnfexGm1_P7iE */ openid: string;
 /** 公众账号ID @example wx5edab3bdfba3dc1c */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 操作员 @example 10000098 */ op_user_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 @example 1417574675 */ nonce_str?: string;
 /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */ sign?: string;
 /** 协议版本 @example 1.0 */ version?: "1.0";
 /** 协议类型 @example XML */ type?: "XML";
}
/** 发放代金券: options */
export interface PostMmpaymkttransfersSendCouponOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersSendCouponBody;
}
/** 发放代金券: response body */
export interface PostMmpaymkttransfersSendCouponData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 代金券批次id */ coupon_stock_id: string;
 /** 返回记录数 */ resp_count: string;
 /** 成功记录数 */ success_count: string;
 /** 失败记录数 */ failed_count: string;
 /** 用户标识 */ openid: string;
 /** 返回码 */ ret_code: string;
 /** 代金券id */ coupon_id: string;
 /** 返回信息 */ ret_msg: string;
}

/** 发放裂变红包: request body */
export interface PostMmpaymkttransfersSendgroupredpackBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 公众账号appid @example wx8888888888888888 */ wxappid: string;
 /** 商户名称 @example 天虹百货 */ send_name: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ re_openid: string;
 /** 总金额 @example 1000 */ total_amount: number | string;
 /** 红包发放总人数 @example 3 */ total_num: number | string;
 /** 红包金额设置方式 @example ALL_RAND */ amt_type: "ALL_RAND";
 /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */ wishing: string;
 /** 活动名称 @example 猜灯谜抢红包活动 */ act_name: string;
 /** 备注 @example 猜越多得越多，快来抢！ */ remark: string;
 /** 场景id @example PRODUCT_8 */ scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
 /** 活动信息 */ risk_info?: string;
}
/** 发放裂变红包: options */
export interface PostMmpaymkttransfersSendgroupredpackOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersSendgroupredpackBody;
}
/** 发放裂变红包: response body */
export interface PostMmpaymkttransfersSendgroupredpackData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 公众账号appid */ wxappid: string;
 /** 用户openid */ re_openid: string;
 /** 总金额 */ total_amount: string;
 /** 微信单号 */ send_listid: string;
}

/** 发放小程序红包接口: request body */
export interface PostMmpaymkttransfersSendminiprogramhbBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 公众账号appid @example wx8888888888888888 */ wxappid: string;
 /** 商户名称 @example 天虹百货 */ send_name: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ re_openid: string;
 /** 付款金额 @example 1000 */ total_amount: number | string;
 /** 红包发放总人数 @example 1 */ total_num: number | string;
 /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */ wishing: string;
 /** 活动名称 @example 猜灯谜抢红包活动 */ act_name: string;
 /** 备注 @example 猜越多得越多，快来抢！ */ remark: string;
 /** 活动信息 @example MINI_PROGRAM_JSAPI */ notify_way: "MINI_PROGRAM_JSAPI";
 /** 场景id @example PRODUCT_8 */ scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
}
/** 发放小程序红包接口: options */
export interface PostMmpaymkttransfersSendminiprogramhbOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersSendminiprogramhbBody;
}
/** 发放小程序红包接口: response body */
export interface PostMmpaymkttransfersSendminiprogramhbData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 公众账号appid */ wxappid: string;
 /** 用户openid */ re_openid: string;
 /** 付款金额 */ total_amount: string;
 /** 微信单号 */ send_listid: string;
 /** Jsapi的入参 */ package: string;
}

/** 发放普通红包: request body */
export interface PostMmpaymkttransfersSendredpackBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 10000090 */ sub_mch_id?: string;
 /** 触达用户appid @example wx8888888888888888 */ msgappid?: string;
 /** 公众账号appid @example wx8888888888888888 */ wxappid: string;
 /** 商户名称 @example 天虹百货 */ send_name: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ re_openid: string;
 /** 付款金额 @example 1000 */ total_amount: number | string;
 /** 红包发放总人数 @example 1 */ total_num: number | string;
 /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */ wishing: string;
 /** Ip地址 @example 192.168.0.1 */ client_ip: string;
 /** 活动名称 @example 猜灯谜抢红包活动 */ act_name: string;
 /** 备注 @example 猜越多得越多，快来抢！ */ remark: string;
 /** 场景id @example PRODUCT_8 */ scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
 /** 活动信息 */ risk_info?: string;
}
/** 发放普通红包: options */
export interface PostMmpaymkttransfersSendredpackOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersSendredpackBody;
}
/** 发放普通红包: response body */
export interface PostMmpaymkttransfersSendredpackData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 公众账号appid */ wxappid: string;
 /** 用户openid */ re_openid: string;
 /** 付款金额 */ total_amount: string;
 /** 微信单号 */ send_listid: string;
}

/** 发放企业红包: request body */
export interface PostMmpaymkttransfersSendworkwxredpackBody {
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户订单号 @example 10000098201411111234567890 */ mch_billno: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 公众账号appid @example wx8888888888888888 */ wxappid: string;
 /** 发送红包的应用id @example 1 */ agentid?: string;
 /** 发送者名称 @example XX活动 */ sender_name: string;
 /** 发送者头像 @example 1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0 */ sender_header_media_id?: string;
 /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */ re_openid: string;
 /** 付款金额 @example 1000 */ total_amount: number | string;
 /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */ wishing: string;
 /** 活动名称 @example 猜灯谜抢红包活动 */ act_name: string;
 /** 备注 @example 猜越多得越多，快来抢！ */ remark: string;
 /** 场景id @example PRODUCT_8 */ scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
 /** 企业微信签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ workwx_sign?: string;
}
/** 发放企业红包: options */
export interface PostMmpaymkttransfersSendworkwxredpackOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaymkttransfersSendworkwxredpackBody;
}
/** 发放企业红包: response body */
export interface PostMmpaymkttransfersSendworkwxredpackData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 微信支付签名 */ sign?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户订单号 */ mch_billno: string;
 /** 商户号 */ mch_id: string;
 /** 公众账号appid */ wxappid: string;
 /** 用户openid */ re_openid: string;
 /** 付款金额 */ total_amount: string;
 /** 微信单号 */ send_listid: string;
 /** 发送者名称 */ sender_name?: string;
 /** 发送者头像 */ sender_header_media_id?: string;
}

/** 企业付款到银行卡: request body */
export interface PostMmpaysptransPayBankBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 商户企业付款单号 @example 1212121221227 */ partner_trade_no: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 收款方银行卡号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */ enc_bank_no: string;
 /** 收款方用户名 @example ca775af5f841bdf424b2e6eb86a6e21e */ enc_true_name: string;
 /** 收款方开户行 @example 1001 */ bank_code: string;
 /** 付款金额 @example 100000 */ amount: number | string;
 /** 付款说明 @example 理财 */ desc?: string;
}
/** 企业付款到银行卡: options */
export interface PostMmpaysptransPayBankOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaysptransPayBankBody;
}
/** 企业付款到银行卡: response body */
export interface PostMmpaysptransPayBankData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户号 */ mch_id: string;
 /** 商户企业付款单号 */ partner_trade_no: string;
 /** 代付金额 */ amount: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 微信企业付款单号 */ payment_no: string;
 /** 手续费金额 */ cmms_amt: string;
}

/** 查询企业付款银行卡: request body */
export interface PostMmpaysptransQueryBankBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 商户企业付款单号 @example 1212121221227 */ partner_trade_no: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 查询企业付款银行卡: options */
export interface PostMmpaysptransQueryBankOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostMmpaysptransQueryBankBody;
}
/** 查询企业付款银行卡: response body */
export interface PostMmpaysptransQueryBankData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户号 */ mch_id: string;
 /** 商户企业付款单号 */ partner_trade_no: string;
 /** 微信企业付款单号 */ payment_no: string;
 /** 银行卡号 */ bank_no_md5: string;
 /** 用户真实姓名 */ true_name_md5: string;
 /** 代付金额 */ amount: string;
 /** 代付单状态 */ status: "SUCCESS" | "FAILED" | "PROCESSING" | "BANK_FAIL";
 /** 手续费金额 */ cmms_amt: string;
 /** 商户下单时间 */ create_time: string;
 /** 成功付款时间 */ pay_succ_time?: string;
 /** 失败原因 */ reason?: string;
}

/** 申请解约: request body */
export interface PostPapayDeletecontractBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 模板id @example 12251 */ plan_id?: string;
 /** 签约协议号 @example 1234 */ contract_code?: string;
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id?: string;
 /** 解约备注 @example 解约原因 */ contract_termination_remark: string;
 /** 版本号 @example 1.0 */ version: "1.0";
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
}
/** 申请解约: options */
export interface PostPapayDeletecontractOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayDeletecontractBody;
}
/** 申请解约: response body */
export interface PostPapayDeletecontractData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 委托代扣协议id */ contract_id: string;
 /** 模板id */ plan_id: string;
 /** 签约协议号 */ contract_code: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 签名 */ sign: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
}

/** 公众号纯签约: options */
export interface GetPapayEntrustwebOptions extends V2CallOptions {
 query?: {
  /** 应用ID @example wxcbda96de0b165486 */ appid?: string;
  /** 商户号 @example 1200009811 */ mch_id?: string;
  /** 模板id @example 12535 */ plan_id?: number;
  /** 签约协议号 @example 100000 */ contract_code?: string;
  /** 请求序列号 @example 1000 */ request_serial?: number;
  /** 用户账户展示名称 @example 微信代扣 */ contract_display_account?: string;
  /** 回调通知url @example https://weixin.qq.com */ notify_url?: string;
  /** 版本号 @example 1.0 */ version?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
  /** 时间戳 @example 1414488825 */ timestamp?: string;
  /** 返回web @example 1 */ return_web?: number;
 };
}
/** 公众号纯签约: response body */
export type GetPapayEntrustwebData = unknown;

/** H5纯签约: options */
export interface GetPapayH5entrustwebOptions extends V2CallOptions {
 query: {
  /** 应用ID @example wxcbda96de0b165486 */ appid: string;
  /** 商户号 @example 1200009811 */ mch_id: string;
  /** 模板id @example 12535 */ plan_id: string;
  /** 签约协议号 @example 100000 */ contract_code: string;
  /** 请求序列号 @example 1000 */ request_serial: number;
  /** 用户账户展示名称 @example 微信代扣 */ contract_display_account: string;
  /** 回调通知url @example https://weixin.qq.com */ notify_url: string;
  /** 版本号 @example 1.0 */ version: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign: string;
  /** 签名类型 @example HMAC-SHA256 */ sign_type?: "HMAC-SHA256" | "MD5";
  /** 时间戳 @example 1414488825 */ timestamp: string;
  /** 客户端 IP @example 119.145.83.6 */ clientip: string;
  /** 回调应用appid @example wxcbda96de0b165486 */ return_appid?: string;
 };
}
/** H5纯签约: response body */
export interface GetPapayH5entrustwebData extends GetPapayH5entrustwebDataFields {}

/** 申请解约: request body */
export interface PostPapayPartnerDeletecontractBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号ID @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 模板id @example 12251 */ plan_id?: string;
 /** 签约协议号 @example 1234 */ contract_code?: string;
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id?: string;
 /** 解约备注 @example 解约原因 */ contract_termination_remark: string;
 /** 版本号 @example 1.0 */ version: "1.0";
}
/** 申请解约: options */
export interface PostPapayPartnerDeletecontractOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayPartnerDeletecontractBody;
}
/** 申请解约: response body */
export interface PostPapayPartnerDeletecontractData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 委托代扣协议id */ contract_id: string;
 /** 模板id */ plan_id: string;
 /** 签约协议号 */ contract_code: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 签名 */ sign: string;
}

/** 公众号纯签约: options */
export interface GetPapayPartnerEntrustwebOptions extends V2CallOptions {
 query?: {
  /** 应用ID @example wxcbda96de0b165486 */ appid?: string;
  /** 商户号 @example 1200009811 */ mch_id?: string;
  /** 子商户应用ID @example wxcbda96de0b165489 */ sub_appid?: string;
  /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
  /** 模板id @example 12535 */ plan_id?: number;
  /** 签约协议号 @example 100000 */ contract_code?: string;
  /** 请求序列号 @example 1000 */ request_serial?: number;
  /** 用户账户展示名称 @example 微信代扣 */ contract_display_account?: string;
  /** 回调通知url @example https://weixin.qq.com */ notify_url?: string;
  /** 版本号 @example 1.0 */ version?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
  /** 时间戳 @example 1414488825 */ timestamp?: string;
  /** 返回web @example 1 */ return_web?: number;
 };
}
/** 公众号纯签约: response body */
export type GetPapayPartnerEntrustwebData = unknown;

/** H5纯签约: options */
export interface GetPapayPartnerH5entrustwebOptions extends V2CallOptions {
 query: {
  /** 应用ID @example wxcbda96de0b165486 */ appid: string;
  /** 商户号 @example 1200009811 */ mch_id: string;
  /** 子商户应用ID @example wxcbda96de0b165489 */ sub_appid?: string;
  /** 子商户号 @example 1900000109 */ sub_mch_id: string;
  /** 模板id @example 12535 */ plan_id: string;
  /** 签约协议号 @example 100000 */ contract_code: string;
  /** 请求序列号 @example 1000 */ request_serial: number;
  /** 用户账户展示名称 @example 微信代扣 */ contract_display_account: string;
  /** 回调通知url @example https://weixin.qq.com */ notify_url: string;
  /** 版本号 @example 1.0 */ version: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign: string;
  /** 签名类型 @example HMAC-SHA256 */ sign_type?: "HMAC-SHA256" | "MD5";
  /** 时间戳 @example 1414488825 */ timestamp: string;
  /** 客户端 IP @example 119.145.83.6 */ clientip: string;
  /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ deviceid?: string;
  /** 手机号 @example 18933432355 */ mobile?: string;
  /** 邮箱地址 @example aobama\@whitehouse.com */ email?: string;
  /** QQ号 @example 100243 */ qq?: string;
  /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ openid?: string;
  /** 身份证号 @example 110102199701011000 */ creid?: string;
  /** 商户侧用户标识 @example user123 */ outerid?: string;
  /** 回调应用appid @example wxcbda96de0b165486 */ return_appid?: string;
 };
}
/** H5纯签约: response body */
export interface GetPapayPartnerH5entrustwebData extends GetPapayH5entrustwebDataFields {}

/** APP纯签约: request body */
export interface PostPapayPartnerPreentrustwebBody extends PostPapayPartnerPreentrustwebBodyFields {}
/** APP纯签约: options */
export interface PostPapayPartnerPreentrustwebOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayPartnerPreentrustwebBody;
}
/** APP纯签约: response body */
export interface PostPapayPartnerPreentrustwebData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户应用ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 跳转签约小程序的username */ miniprogram_username?: string;
 /** 跳转签约小程序的path */ miniprogram_path?: string;
 /** 预签约id */ pre_entrustweb_id: string;
}

/** 查询签约关系: request body */
export interface PostPapayPartnerQuerycontractBody {
 /** 应用ID @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 1200009811 */ mch_id: string;
 /** 子商户应用ID @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 委托代扣协议id @example 100005698 */ contract_id?: string;
 /** 模板id @example 123 */ plan_id?: string;
 /** 签约协议号 @example 1023658866 */ contract_code?: string;
 /** 版本号 @example 1.0 */ version: "1.0";
 /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */ sign?: string;
}
/** 查询签约关系: options */
export interface PostPapayPartnerQuerycontractOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayPartnerQuerycontractBody;
}
/** 查询签约关系: response body */
export interface PostPapayPartnerQuerycontractData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 商户号 */ mch_id: string;
 /** 公众账号id */ appid: string;
 /** 委托代扣协议id */ contract_id: string;
 /** 模板id */ plan_id: string;
 /** 请求序列号 */ request_serial: unknown;
 /** 签约协议号 */ contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time: string;
 /** 协议到期时间 */ contract_expired_time: string;
 /** 协议解约时间 */ contract_terminated_time?: string;
 /** 协议解约方式 */ contract_termination_mode?: string;
 /** 签名 */ sign: string;
 /** 解约备注 */ contract_termination_remark?: string;
 /** 用户标识 */ openid: string;
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
}

/** APP纯签约: request body */
export interface PostPapayPreentrustwebBody extends PostPapayPartnerPreentrustwebBodyFields {}
/** APP纯签约: options */
export interface PostPapayPreentrustwebOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayPreentrustwebBody;
}
/** APP纯签约: response body */
export interface PostPapayPreentrustwebData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 跳转签约小程序的username */ miniprogram_username?: string;
 /** 跳转签约小程序的path */ miniprogram_path?: string;
 /** 预签约id */ pre_entrustweb_id: string;
}

/** 查询签约关系: request body */
export interface PostPapayQuerycontractBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: number | string;
 /** 委托代扣协议id @example 100005698 */ contract_id?: string;
 /** 模板id @example 123 */ plan_id?: number | string;
 /** 签约协议号 @example 1023658866 */ contract_code?: string;
 /** 版本号 @example 1.0 */ version: "1.0";
 /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */ sign?: string;
}
/** 查询签约关系: options */
export interface PostPapayQuerycontractOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPapayQuerycontractBody;
}
/** 查询签约关系: response body */
export interface PostPapayQuerycontractData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 商户号 */ mch_id: string;
 /** 公众账号id */ appid: string;
 /** 委托代扣协议id */ contract_id: string;
 /** 模板id */ plan_id: string;
 /** 请求序列号 */ request_serial: unknown;
 /** 签约协议号 */ contract_code: string;
 /** 用户账户展示名称 */ contract_display_account: string;
 /** 协议状态 */ contract_state: string;
 /** 协议签署时间 */ contract_signed_time: string;
 /** 协议到期时间 */ contract_expired_time: string;
 /** 协议解约时间 */ contract_terminated_time?: string;
 /** 协议解约方式 */ contract_termination_mode?: string;
 /** 签名 */ sign: string;
 /** 解约备注 */ contract_termination_remark?: string;
 /** 用户标识 */ openid: string;
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des: string;
}

/** 合单关单: request body */
export interface PostPayClosecombinedorderBody {
 /** 合单appid @example wx8888888888888888 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 合单商户订单号 @example 1217752501201407033233368018 */ combine_out_trade_no: string;
 /** 子单信息`JSON`格式字符串 @example [{"mch_id": "1900009001","out_trade_no": "OD201708030001"}] */ sub_order_list: string;
}
/** 合单关单: options */
export interface PostPayClosecombinedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayClosecombinedorderBody;
}
/** 合单关单: response body */
export interface PostPayClosecombinedorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 合单appid */ combine_appid: string;
 /** 合单商户号 */ combine_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

/** 关闭订单: request body */
export interface PostPayCloseorderBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
}
/** 关闭订单: options */
export interface PostPayCloseorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayCloseorderBody;
}
/** 关闭订单: response body */
export interface PostPayCloseorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 业务结果描述 */ result_msg: string;
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

/** 合单下单: request body */
export interface PostPayCombinedorderBody {
 /** 合单appid @example wx8888888888888888 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mch_id: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 合单商户订单号 @example 1217752501201407033233368018 */ combine_out_trade_no: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 交易起始时间 @example 20171225091010 */ time_start?: string;
 /** 交易结束时间 @example 20171225091510 */ time_expire?: string;
 /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 交易类型 @example JSAPI */ trade_type: string;
 /** 商品ID @example 1234567890 */ product_id?: string;
 /** 合单用户标识 @example 120061098828009406 */ combine_openid?: string;
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
 /** 子单信息`JSON`格式字符串 */ sub_order_list: string;
}
/** 合单下单: options */
export interface PostPayCombinedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayCombinedorderBody;
}
/** 合单下单: response body */
export interface PostPayCombinedorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 合单appid */ combine_appid: string;
 /** 合单商户号 */ combine_mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 交易类型 */ trade_type: string;
 /** 二维码链接 */ code_url?: string;
 /** 预支付交易会话标识 */ prepay_id: string;
 /** H5支付跳转链接 */ mweb_url?: string;
}

/** 支付中签约: request body */
export interface PostPayContractorderBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 1200009811 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 签约商户号 @example 1200009811 */ contract_mchid: string;
 /** 签约appid @example wxcbda96de0b165486 */ contract_appid: string;
 /** 商户订单号 @example 123456 */ out_trade_no: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 商品描述 @example Ipadmini16G白色 */ body: string;
 /** 商品详情 @example Ipadmini16G白色 */ detail?: string;
 /** 附加数据 @example 深圳分店 */ attach?: string;
 /** 回调通知url @example http://yoursite.com */ notify_url: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 终端IP @example 123.12.12.123 */ spbill_create_ip: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 交易类型 @example JSAPI */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB";
 /** 商品ID @example 12235413214070356458058 */ product_id?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ sub_openid?: string;
 /** 模板id @example 123 */ plan_id: number | string;
 /** 签约协议号 @example 100001256 */ contract_code: string;
 /** 请求序列号 @example 1695 */ request_serial: number | string;
 /** 用户账户展示名称 @example 123 */ contract_display_account: string;
 /** 签约信息通知url @example http://yoursite.com */ contract_notify_url: string;
 /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */ sign?: string;
}
/** 支付中签约: options */
export interface PostPayContractorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayContractorderBody;
}
/** 支付中签约: response body */
export interface PostPayContractorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 预签约结果 */ contract_result_code: string;
 /** 预签约错误代码 */ contract_err_code?: string;
 /** 预签约错误描述 */ contract_err_code_des?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 预支付交易会话标识 */ prepay_id: string;
 /** 交易类型 */ trade_type: string;
 /** 二维码链接 */ code_url?: string;
 /** 模板id */ plan_id?: string;
 /** 请求序列号 */ request_serial?: string;
 /** 签约协议号 */ contract_code?: string;
 /** 用户账户展示名称 */ contract_display_account?: string;
 /** 支付跳转链接 */ mweb_url?: string;
 /** 商户订单号 */ out_trade_no: string;
}

/** 下载对账单: request body */
export interface PostPayDownloadbillBody extends PostPayDownloadbillBodyFields {}
/** 下载对账单: options */
export interface PostPayDownloadbillOptions extends V2DownloadOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayDownloadbillBody;
}
/** 下载对账单: response body */
export type PostPayDownloadbillData = string;

/** 下载资金账单: request body */
export interface PostPayDownloadfundflowBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: string;
 /** 资金账单日期 @example 20140603 */ bill_date: string;
 /** 资金账户类型 @example Basic */ account_type: "Basic" | "Operation" | "Fees";
 /** 压缩账单 @example GZIP */ tar_type?: "GZIP";
}
/** 下载资金账单: options */
export interface PostPayDownloadfundflowOptions extends V2DownloadOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayDownloadfundflowBody;
}
/** 下载资金账单: response body */
export type PostPayDownloadfundflowData = string;

/** 提交刷脸支付: request body */
export interface PostPayFacepayBody extends PostDepositFacepayBodyFields {}
/** 提交刷脸支付: options */
export interface PostPayFacepayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayFacepayBody;
}
/** 提交刷脸支付: response body */
export interface PostPayFacepayData extends PostDepositFacepayDataFields {}

/** 查询订单: request body */
export interface PostPayFacepayqueryBody extends PostDepositOrderqueryBodyFields {}
/** 查询订单: options */
export interface PostPayFacepayqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayFacepayqueryBody;
}
/** 查询订单: response body */
export interface PostPayFacepayqueryData extends PostDepositOrderqueryDataFields {}

/** 提交付款码支付: request body */
export interface PostPayMicropayBody extends PostPayMicropayBodyFields {}
/** 提交付款码支付: options */
export interface PostPayMicropayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayMicropayBody;
}
/** 提交付款码支付: response body */
export interface PostPayMicropayData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe: "N";
 /** 交易类型 */ trade_type: string;
 /** 付款银行 */ bank_type: string;
 /** 货币类型 */ fee_type?: string;
 /** 订单金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 代金券金额 */ coupon_fee?: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商家数据包 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

/** 查询订单: request body */
export interface PostPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** 查询订单: options */
export interface PostPayOrderqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayOrderqueryBody;
}
/** 查询订单: response body */
export interface PostPayOrderqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe: "N";
 /** 用户子标识 */ sub_openid?: string;
 /** 是否关注子公众账号 */ sub_is_subscribe?: "Y" | "N";
 /** 交易类型 */ trade_type: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 标价金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 标价币种 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付币种 */ cash_fee_type?: string;
 /** 代金券金额 */ coupon_fee?: string;
 /** 代金券使用数量 */ coupon_count?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券ID */ coupon_id_$n?: string;
 /** 单个代金券支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
 /** 押金消费金额 */ consume_fee?: string;
}

/** 查询订单: request body */
export interface PostPayPaporderqueryBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 微信订单号 @example 1009660380201506130728806387 */ transaction_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
}
/** 查询订单: options */
export interface PostPayPaporderqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayPaporderqueryBody;
}
/** 查询订单: response body */
export interface PostPayPaporderqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe?: "N";
 /** 交易类型 */ trade_type: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 总金额 */ total_fee: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 代金券或立减优惠金额 */ coupon_fee?: string;
 /** 代金券或立减优惠使用数量 */ coupon_count?: string;
 /** 代金券或立减优惠ID */ coupon_id_$n?: string;
 /** 单个代金券或立减优惠支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc: string;
}

/** 申请扣款: request body */
export interface PostPayPappayapplyBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商品描述 @example 水电代扣 */ body: string;
 /** 商品详情 @example 水电代扣：A水电代扣：B水电代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: string;
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: string;
}
/** 申请扣款: options */
export interface PostPayPappayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayPappayapplyBody;
}
/** 申请扣款: response body */
export interface PostPayPappayapplyData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

/** 查询订单: request body */
export interface PostPayPartnerPaporderqueryBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 微信订单号 @example 1009660380201506130728806387 */ transaction_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
}
/** 查询订单: options */
export interface PostPayPartnerPaporderqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayPartnerPaporderqueryBody;
}
/** 查询订单: response body */
export interface PostPayPartnerPaporderqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe?: "N";
 /** 交易类型 */ trade_type: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 总金额 */ total_fee: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 代金券或立减优惠金额 */ coupon_fee?: string;
 /** 代金券或立减优惠使用数量 */ coupon_count?: string;
 /** 代金券或立减优惠ID */ coupon_id_$n?: string;
 /** 单个代金券或立减优惠支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
}

/** 申请扣款: request body */
export interface PostPayPartnerPappayapplyBody {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商品描述 @example 水电代扣 */ body: string;
 /** 商品详情 @example 水电代扣：A水电代扣：B水电代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: string;
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: string;
}
/** 申请扣款: options */
export interface PostPayPartnerPappayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayPartnerPappayapplyBody;
}
/** 申请扣款: response body */
export interface PostPayPartnerPappayapplyData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

/** 添加分账接收方: request body */
export interface PostPayProfitsharingaddreceiverBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example ABC6DD4AA85C0EECA82C35595A69EFGH */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 分账接收方`JSON`格式字符串 */ receiver: string;
}
/** 添加分账接收方: options */
export interface PostPayProfitsharingaddreceiverOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingaddreceiverBody;
}
/** 添加分账接收方: response body */
export interface PostPayProfitsharingaddreceiverData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 分账接收方 */ receiver: string;
}

/** 查询最大分账比例API: request body */
export interface PostPayProfitsharingmerchantratioqueryBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 品牌主商户号 @example 1900000108 */ brand_mch_id?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 查询最大分账比例API: options */
export interface PostPayProfitsharingmerchantratioqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingmerchantratioqueryBody;
}
/** 查询最大分账比例API: response body */
export interface PostPayProfitsharingmerchantratioqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 品牌主商户号 */ brand_mch_id?: string;
 /** 最大分账比例 */ max_ratio: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
}

/** 查询订单待分账金额: request body */
export interface PostPayProfitsharingorderamountqueryBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 查询订单待分账金额: options */
export interface PostPayProfitsharingorderamountqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingorderamountqueryBody;
}
/** 查询订单待分账金额: response body */
export interface PostPayProfitsharingorderamountqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 商户号 */ mch_id?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余待分金额 */ unsplit_amount?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 签名 */ sign?: string;
}

/** 查询分账结果: request body */
export interface PostPayProfitsharingqueryBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 查询分账结果: options */
export interface PostPayProfitsharingqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingqueryBody;
}
/** 查询分账结果: response body */
export interface PostPayProfitsharingqueryData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ status: "PROCESSING" | "FINISHED";
 /** 分账接收方列表`JSON`格式字符串 */ receivers: string;
}

/** 删除分账接收方: request body */
export interface PostPayProfitsharingremovereceiverBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example ABC6DD4AA85C0EECA82C35595A69EFGH */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 分账接收方`JSON`格式字符串 @example {"type": "MERCHANT_ID","account": "190001001"} */ receiver: string;
}
/** 删除分账接收方: options */
export interface PostPayProfitsharingremovereceiverOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingremovereceiverBody;
}
/** 删除分账接收方: response body */
export interface PostPayProfitsharingremovereceiverData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 分账接收方`JSON`格式字符串 */ receiver: string;
}

/** 回退结果查询: request body */
export interface PostPayProfitsharingreturnqueryBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 微信分账单号 @example 3008450740201411110007820472 */ order_id?: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no?: string;
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
}
/** 回退结果查询: options */
export interface PostPayProfitsharingreturnqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayProfitsharingreturnqueryBody;
}
/** 回退结果查询: response body */
export interface PostPayProfitsharingreturnqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 微信分账单号 */ order_id?: string;
 /** 商户分账单号 */ out_order_no?: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 微信回退单号 */ return_no?: string;
 /** 回退方类型 */ return_account_type: "MERCHANT_ID";
 /** 回退方账号 */ return_account: string;
 /** 回退金额 */ return_amount: string;
 /** 回退描述 */ description: string;
 /** 回退结果 */ result?: "SUCCESS" | "PROCESSING" | "FAILED";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
 /** 完成时间 */ finish_time?: string;
}

/** 合单查单: request body */
export interface PostPayQuerycombinedorderBody {
 /** 合单appid @example wx8888888888888888 */ combine_appid: string;
 /** 合单商户号 @example 1900000109 */ combine_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 合单商户订单号 @example 1217752501201407033233368018 */ combine_out_trade_no: string;
}
/** 合单查单: options */
export interface PostPayQuerycombinedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayQuerycombinedorderBody;
}
/** 合单查单: response body */
export interface PostPayQuerycombinedorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 合单appid */ combine_appid: string;
 /** 合单商户号 */ combine_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 设备号 */ device_info?: string;
 /** 合单用户标识 */ combine_openid?: string;
 /** 合单商户订单号 */ combine_out_trade_no: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 业务结果描述 */ result_msg: string;
 /** 交易状态 */ trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 交易状态描述 */ trade_state_desc?: string;
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 子单信息`JSON`格式字符串 */ sub_order_list: string;
}

/** 汇率查询API: request body */
export interface PostPayQueryexchagerateBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 币种 @example USD */ fee_type: string;
 /** 日期 @example 20150807 */ date: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
}
/** 汇率查询API: options */
export interface PostPayQueryexchagerateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayQueryexchagerateBody;
}
/** 汇率查询API: response body */
export interface PostPayQueryexchagerateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 币种 */ fee_type: string;
 /** 汇率时间 */ rate_time: string;
 /** 现汇卖出价 */ rate: string;
 /** 签名 */ sign: string;
}

/** 查询退款: request body */
export interface PostPayRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** 查询退款: options */
export interface PostPayRefundqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayRefundqueryBody;
}
/** 查询退款: response body */
export interface PostPayRefundqueryData extends PostDepositRefundqueryDataFields {}

/** 查询退款（支持单品）: request body */
export interface PostPayRefundqueryv2Body extends PostDepositRefundqueryBodyFields {}
/** 查询退款（支持单品）: options */
export interface PostPayRefundqueryv2Options extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayRefundqueryv2Body;
}
/** 查询退款（支持单品）: response body */
export interface PostPayRefundqueryv2Data {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误码 */ err_code: string;
 /** 错误描述 */ err_code_des: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 订单总退款次数 */ total_refund_count?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 订单金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 退款笔数 */ refund_count: string;
 /** 商户退款单号 */ out_refund_no_$n: string;
 /** 微信退款单号 */ refund_id_$n: string;
 /** 退款渠道 */ refund_channel_$n?: string;
 /** 申请退款金额 */ refund_fee_$n: string;
 /** 退款金额 */ settlement_refund_fee_$n?: string;
 /** 代金券类型 */ coupon_type_$n_$m?: string;
 /** 总代金券退款金额 */ coupon_refund_fee_$n?: string;
 /** 退款代金券使用数量 */ coupon_refund_count_$n?: string;
 /** 退款代金券ID */ coupon_refund_id_$n_$m?: string;
 /** 单个代金券退款金额 */ coupon_refund_fee_$n_$m?: string;
 /** 退款状态 */ refund_status_$n: string;
 /** 退款资金来源 */ refund_account_$n?: string;
 /** 退款入账账户 */ refund_recv_accout_$n: string;
 /** 退款成功时间 */ refund_success_time_$n?: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

/** 查询结算资金: request body */
export interface PostPaySettlementqueryBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 子商户号 @example 1230000109 */ sub_mch_id?: string;
 /** 结算状态 @example 1 */ usetag: 1 | 2;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 偏移量 @example 0 */ offset: number | string;
 /** 最大记录条数 @example 10 */ limit: number | string;
 /** 开始日期 @example 20150807 */ date_start: string;
 /** 结束日期 @example 20150807 */ date_end: string;
 /** 是否查询分账结算信息 @example true */ query_split?: boolean;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
}
/** 查询结算资金: options */
export interface PostPaySettlementqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPaySettlementqueryBody;
}
/** 查询结算资金: response body */
export interface PostPaySettlementqueryData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 签名 */ sign?: string;
 /** 返回数据行数 */ record_num: string;
 /** 付汇批次号 */ fbatchno: string;
 /** 结算日期 */ date_settlement: string;
 /** 交易开始日期 */ date_start: string;
 /** 交易结束日期 */ date_end: string;
 /** 划账金额 */ settlement_fee: string;
 /** 未划账金额 */ unsettlement_fee: string;
 /** 结算币种 */ settlementfee_type: string;
 /** 支付金额 */ pay_fee: string;
 /** 退款金额 */ refund_fee: string;
 /** 支付净额 */ pay_net_fee: string;
 /** 手续费金额 */ poundage_fee: string;
 /** 分账划账金额 */ split_settlement_fee?: string;
 /** 分账未划账金额 */ split_unsettlement_fee?: string;
}

/** 统一下单: request body */
export interface PostPayUnifiedorderBody extends PostPayUnifiedorderBodyFields {}
/** 统一下单: options */
export interface PostPayUnifiedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayUnifiedorderBody;
}
/** 统一下单: response body */
export interface PostPayUnifiedorderData extends PostPayUnifiedorderDataFields {}

/** 交易保障: request body */
export interface PostPayitilReportBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 接口URL @example https://api.mch.weixin.qq.com/pay/batchreport/micropay/total */ interface_url: string;
 /** 访问接口IP @example 8.8.8.8 */ user_ip: string;
 /** 上报数据包`JSON`格式字符串 */ trades: string;
}
/** 交易保障: options */
export interface PostPayitilReportOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostPayitilReportBody;
}
/** 交易保障: response body */
export interface PostPayitilReportData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
}

/** 获取平台证书: request body */
export interface PostRiskGetcertficatesBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 获取平台证书: options */
export interface PostRiskGetcertficatesOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostRiskGetcertficatesBody;
}
/** 获取平台证书: response body */
export interface PostRiskGetcertficatesData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 签名 */ sign?: string;
 /** 错误码 */ error_code?: string;
 /** 错误代码描述 */ error_code_des?: string;
 /** 返回状态码 */ result_code: "SUCCESS" | "FAIL";
 /** 商户号 */ mch_id: string;
 /** 平台证书信息 */ certificates: string;
}

/** 获取RSA加密公钥API: request body */
export interface PostRiskGetpublickeyBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example MD5 */ sign_type: "MD5" | "HMAC-SHA256";
}
/** 获取RSA加密公钥API: options */
export interface PostRiskGetpublickeyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostRiskGetpublickeyBody;
}
/** 获取RSA加密公钥API: response body */
export interface PostRiskGetpublickeyData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** 错误码 */ error_code?: string;
 /** 错误代码描述 */ error_code_des?: string;
 /** 返回状态码 */ result_code: "SUCCESS" | "FAIL";
 /** 商户号 */ mch_id?: string;
 /** RSA公钥 */ pub_key?: string;
}

/** 银行特约商户违规信息查询: request body */
export interface PostRiskGetviolationBody {
 /** 商户号 @example 1230000110 */ mch_id?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "HMAC-SHA256";
 /** 开始时间 @example 2020-05-11 10:10:00 */ begin_time?: string;
 /** 结束时间 @example 2020-05-11 10:10:00 */ end_time?: string;
 /** 页码 @example 1 */ page_index?: string;
 /** 每页返回的数量 @example 10 */ page_size?: string;
 /** 违规记录数据格式 @example json */ violation_records_format?: "csv" | "json";
}
/** 银行特约商户违规信息查询: options */
export interface PostRiskGetviolationOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostRiskGetviolationBody;
}
/** 银行特约商户违规信息查询: response body */
export interface PostRiskGetviolationData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** 错误码 */ error_code?: string;
 /** 错误代码描述 */ error_code_des?: string;
 /** 返回状态码 */ result_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ result_msg: string;
 /** 违规记录数据`JSON`格式字符串 */ violation_records?: string;
}

/** 下载对账单: request body */
export interface PostSandboxnewPayDownloadbillBody extends PostPayDownloadbillBodyFields {}
/** 下载对账单: options */
export interface PostSandboxnewPayDownloadbillOptions extends V2DownloadOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayDownloadbillBody;
}
/** 下载对账单: response body */
export type PostSandboxnewPayDownloadbillData = string;

/** 获取验签密钥API: request body */
export interface PostSandboxnewPayGetsignkeyBody extends PostSandboxnewPayGetsignkeyBodyFields {}
/** 获取验签密钥API: options */
export interface PostSandboxnewPayGetsignkeyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayGetsignkeyBody;
}
/** 获取验签密钥API: response body */
export interface PostSandboxnewPayGetsignkeyData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 商户号 */ mch_id: string;
 /** 沙箱密钥 */ sandbox_signkey: string;
}

/** 提交付款码支付: request body */
export interface PostSandboxnewPayMicropayBody extends PostPayMicropayBodyFields {}
/** 提交付款码支付: options */
export interface PostSandboxnewPayMicropayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayMicropayBody;
}
/** 提交付款码支付: response body */
export interface PostSandboxnewPayMicropayData extends PostDepositMicropayDataFields {}

/** 查询订单: request body */
export interface PostSandboxnewPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** 查询订单: options */
export interface PostSandboxnewPayOrderqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayOrderqueryBody;
}
/** 查询订单: response body */
export interface PostSandboxnewPayOrderqueryData extends PostDepositOrderqueryDataFields {}

/** 申请退款: request body */
export interface PostSandboxnewPayRefundBody extends PostDepositRefundBodyFields {}
/** 申请退款: options */
export interface PostSandboxnewPayRefundOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayRefundBody;
}
/** 申请退款: response body */
export interface PostSandboxnewPayRefundData extends PostDepositRefundDataFields {}

/** 查询退款: request body */
export interface PostSandboxnewPayRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** 查询退款: options */
export interface PostSandboxnewPayRefundqueryOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayRefundqueryBody;
}
/** 查询退款: response body */
export interface PostSandboxnewPayRefundqueryData extends PostDepositRefundqueryDataFields {}

/** 统一下单: request body */
export interface PostSandboxnewPayUnifiedorderBody extends PostPayUnifiedorderBodyFields {}
/** 统一下单: options */
export interface PostSandboxnewPayUnifiedorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSandboxnewPayUnifiedorderBody;
}
/** 统一下单: response body */
export interface PostSandboxnewPayUnifiedorderData extends PostPayUnifiedorderDataFields {}

/** 进件子商户: request body */
export interface PostSecapiMchAddInstitutionsubBody {
 /** 机构appid @example wx8888888888888888 */ app_id: string;
 /** 机构商户号 @example 3200000001 */ mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 渠道编号 @example 101 */ channel_id?: string;
 /** 子商户全称 @example Merchantname */ merchant_name: string;
 /** 子商户简称 @example Merchantshortname */ merchant_shortname: string;
 /** 子商户唯一标识 @example ABC123456 */ merchant_remark: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 业务类目 @example 343 */ business_category: string;
 /** MCC码 @example 4214 */ mcc: string;
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date: string;
 /** 公司注册文件照片 @example aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj */ registration_certificate_copy?: string;
 /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
 /** APP下载链接 @example https://download.qq.com */ app_download: string;
 /** 业务网站 @example https://www.qq.com */ business_website: string;
 /** 公众号 @example wx8888888888888888 */ office_account: string;
 /** 小程序 @example wx8888888888888888 */ mini_program: string;
 /** 门店地址 @example 广东省深圳市南山区科技中一道10000号 */ store_address: string;
 /** 门店照片 */ store_photos: string;
 /** 董事姓名 @example BobZhang */ director_name: string;
 /** 董事证件号码 @example 5555—8888 */ director_id_number: string;
 /** 负责人姓名 @example BobZhang */ principal_name: string;
 /** 负责人证件号 @example 5555—8888 */ principal_id_number: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人姓名 @example 李先生 */ contact_name: string;
 /** 联系人电话 @example 075586010000 */ contact_phone: string;
 /** 联系人邮箱 @example test\@test.com */ contact_email: string;
 /** 子商户结算银行账户 @example 555588889999 */ settlement_bank_number: string;
 /** 是否申请H5支付权限 @example YES */ apply_h5_payment?: "YES" | "NO";
 /** H5经营网址 @example https://qq.com */ h5_website_url?: string;
 /** H5支付域名 @example ["www.qq.com","www.weixin.com"] */ h5_domains?: string;
 /** 附加信息 @example 555588889999 */ attach?: string;
}
/** 进件子商户: options */
export interface PostSecapiMchAddInstitutionsubOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchAddInstitutionsubBody;
}
/** 进件子商户: response body */
export interface PostSecapiMchAddInstitutionsubData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务返回码 */ result_code: "SUCCESS" | "FAIL";
 /** 错误编码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 签名 */ sign: string;
 /** 验证状态 */ verification_status?: "Under review" | "Approved";
 /** 验证状态描述 */ description?: string;
 /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** 服务商子商户开发配置新增支付目录/新增对应APPID关联: request body */
export interface PostSecapiMchAddsubdevconfigBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id: string;
 /** 关联APPID @example wx931386123456789e */ sub_appid?: string;
 /** 授权目录 @example http://www.qq.com/wechat/ */ jsapi_path: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 服务商子商户开发配置新增支付目录/新增对应APPID关联: options */
export interface PostSecapiMchAddsubdevconfigOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchAddsubdevconfigBody;
}
/** 服务商子商户开发配置新增支付目录/新增对应APPID关联: response body */
export interface PostSecapiMchAddsubdevconfigData extends PostSecapiMchAddsubdevconfigDataFields {}

/** 银行服务商特约子商户指定渠道号API: request body */
export interface PostSecapiMchChannelsettingBody {
 /** 公众账号ID @example wx931386123456789e */ appid: string;
 /** 商户号 @example 1451234567 */ mch_id: string;
 /** 特约商户号 @example 10000101 */ sub_mch_id: string;
 /** 渠道商商户号 @example 10000102 */ channel_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 银行服务商特约子商户指定渠道号API: options */
export interface PostSecapiMchChannelsettingOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchChannelsettingBody;
}
/** 银行服务商特约子商户指定渠道号API: response body */
export interface PostSecapiMchChannelsettingData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 签名 */ sign: string;
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户号 */ mch_id: string;
 /** 处理信息 */ result_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户商户号 */ sub_mch_id: string;
 /** 渠道商商户号 */ channel_id: string;
}

/** 修改子商户API: request body */
export interface PostSecapiMchModifyInstitutionsubBody {
 /** 机构appid @example wx8888888888888888 */ app_id: string;
 /** 机构商户号 @example 3200000001 */ mch_id: string;
 /** 子商户号 @example 12345678 */ sub_mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 子商户全称 @example Merchantname */ merchant_name: string;
 /** 渠道编号 @example 101 */ channel_id?: string;
 /** 子商户简称 @example Merchantshortname */ merchant_shortname: string;
 /** 注册国家或区域 @example 344 */ merchant_country_code: string;
 /** 商户类型 @example ENTERPRISE */ merchant_type: "ENTERPRISE" | "INDIVIDUAL";
 /** 业务类目 @example 343 */ business_category: string;
 /** MCC码 @example 4214 */ mcc: string;
 /** 公司注册文件编号 @example 5555-8888 */ registration_certificate_number: string;
 /** 公司注册文件过期时间 @example 2020-10-16 */ registration_certificate_date: string;
 /** 公司注册文件照片 @example aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj */ registration_certificate_copy?: string;
 /** 业务类型 @example BOTH */ business_type: "ONLINE" | "OFFLINE" | "BOTH";
 /** APP下载链接 @example https://download.qq.com */ app_download: string;
 /** 业务网站 @example https://www.qq.com */ business_website: string;
 /** 公众号 @example wx8888888888888888 */ office_account: string;
 /** 小程序 @example wx8888888888888888 */ mini_program: string;
 /** 门店地址 @example 广东省深圳市南山区科技中一道10000号 */ store_address: string;
 /** 门店照片 @example ["Media_id1","Media_id2","Media_id3"] */ store_photos?: string;
 /** 董事姓名 @example BobZhang */ director_name?: string;
 /** 董事证件号码 @example 5555—8888 */ director_id_number?: string;
 /** 负责人姓名 @example BobZhang */ principal_name?: string;
 /** 负责人证件号 @example 5555—8888 */ principal_id_number?: string;
 /** 公司电话 @example 075586010000 */ office_phone: string;
 /** 联系人姓名 @example 李先生 */ contact_name: string;
 /** 联系人电话 @example 075586010000 */ contact_phone: string;
 /** 联系人邮箱 @example test\@test.com */ contact_email: string;
 /** 子商户结算银行账户 @example 555588889999 */ settlement_bank_number?: string;
 /** 是否申请H5支付权限 @example YES */ apply_h5_payment?: "YES" | "NO";
 /** H5经营网址 @example https://qq.com */ h5_website_url?: string;
 /** H5支付域名 @example ["www.qq.com","www.weixin.com"] */ h5_domains?: string;
}
/** 修改子商户API: options */
export interface PostSecapiMchModifyInstitutionsubOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchModifyInstitutionsubBody;
}
/** 修改子商户API: response body */
export interface PostSecapiMchModifyInstitutionsubData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务返回码 */ result_code: "SUCCESS" | "FAIL";
 /** 错误编码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 签名 */ sign: string;
 /** 验证状态 */ verification_status?: "Under review" | "Approved";
 /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** 银行特约商户信息修改: request body */
export interface PostSecapiMchModifymchinfoBody {
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 商户识别码 @example 11111111 */ sub_mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户简称 @example 商户简称 */ merchant_shortname?: string;
 /** 客服电话 @example 075586010000 */ service_phone?: string;
}
/** 银行特约商户信息修改: options */
export interface PostSecapiMchModifymchinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchModifymchinfoBody;
}
/** 银行特约商户信息修改: response body */
export interface PostSecapiMchModifymchinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 处理结果 */ result_code: "SUCCESS" | "FAIL";
 /** 处理信息 */ result_msg: string;
 /** 签名 */ sign: string;
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 随机字符串 */ nonce_str: string;
}

/** 查询子商户: request body */
export interface PostSecapiMchQueryInstitutionsubBody {
 /** 机构appid @example wx8888888888888888 */ app_id: string;
 /** 机构商户号 @example 3200000001 */ mch_id: string;
 /** 子商户号 @example 20000100 */ sub_mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 查询子商户: options */
export interface PostSecapiMchQueryInstitutionsubOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchQueryInstitutionsubBody;
}
/** 查询子商户: response body */
export interface PostSecapiMchQueryInstitutionsubData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务返回码 */ result_code: "SUCCESS" | "FAIL";
 /** 错误编码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 签名 */ sign: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 子商户名称 */ merchant_name: string;
 /** 子商户简称 */ merchant_shortname: string;
 /** 注册国家或区域 */ merchant_country_code?: string;
 /** 业务类目 */ business_category: string;
 /** MCC */ mcc?: string;
 /** 公司联系电话 */ office_phone: string;
 /** 联系人姓名 */ contact_name?: string;
 /** 联系人手机 */ contact_phone?: string;
 /** 联系人邮箱 */ contact_email?: string;
 /** 子商户唯一标识 */ merchant_remark: string;
 /** 业务类型 */ business_type?: "ONLINE" | "OFFLINE" | "BOTH";
 /** 商户类型 */ merchant_type?: "ENTERPRISE" | "INDIVIDUAL";
 /** 公司注册文件编号 */ registration_certificate_number?: string;
 /** 公司注册文件过期时间 */ registration_certificate_date?: string;
 /** APP下载链接 */ app_download?: string;
 /** 业务网站 */ business_website?: string;
 /** 公众号 */ office_account?: string;
 /** 小程序 */ mini_program?: string;
 /** 门店地址 */ store_address?: string;
 /** 董事姓名 */ director_name?: string;
 /** 董事证件编号 */ director_id_number?: string;
 /** 负责人姓名 */ principal_name?: string;
 /** 负责人证件编号 */ principal_id_number?: string;
 /** 子商户结算银行账户 */ settlement_bank_number?: string;
 /** 渠道编号 */ channel_id?: string;
 /** H5支付权限状态 */ h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
 /** H5驳回详情 */ h5_audit_reject_detail?: string;
 /** 子商户状态 */ sub_mch_status?: "OPERATING" | "PENDING" | "DEACTIVATED" | "CLOSED" | "INCOMPLETE_APPLICATION";
 /** 子商户入驻状态 */ application_status?: "UNDER_REVIEW" | "REJECTED";
 /** 子商户入驻驳回详情 */ application_reject_detail?: string;
 /** 附加信息 */ attach?: string;
}

/** 配置查询: request body */
export interface PostSecapiMchQuerysubdevconfigBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 配置查询: options */
export interface PostSecapiMchQuerysubdevconfigOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchQuerysubdevconfigBody;
}
/** 配置查询: response body */
export interface PostSecapiMchQuerysubdevconfigData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 签名 */ sign: string;
 /** 授权目录 */ jsapi_path_list: string;
 /** 关联APPID与关注特约商户公众号的APPID */ appid_config_list: string;
}

/** 银行特约商户录入/银行特约商户资料查询: request body */
export interface PostSecapiMchSubmchmanageBody {
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商户名称 @example 商户名称 */ merchant_name?: string;
 /** 商户识别码 @example 1230000109 */ sub_mch_id?: string;
 /** 页码 @example 1 */ page_index: string;
 /** 展示资料个数 @example 10 */ page_size?: string;
}
/** 银行特约商户录入/银行特约商户资料查询: options */
export interface PostSecapiMchSubmchmanageOptions extends V2CallOptions {
 query: {
  action: "add" | "query";
 };
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMchSubmchmanageBody;
}
/** 银行特约商户录入/银行特约商户资料查询: response body */
export interface PostSecapiMchSubmchmanageData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code?: "SUCCESS" | "FAIL";
 /** 业务结果描述 */ result_msg?: string;
 /** 总记录数 */ total: string;
 /** 商户信息列表 */ mchinfo: Array<{
  /** 公众账号ID */ appid: string;
  /** 商户号 */ mch_id: string;
  /** 商户名称 */ merchant_name: string;
  /** 商户简称 */ merchant_shortname: string;
  /** 客服电话 */ service_phone: string;
  /** 联系人 */ contact?: string;
  /** 联系电话 */ contact_phone?: string;
  /** 联系邮箱 */ contact_email?: string;
  /** 经营类目 */ business: string;
  /** 渠道商商户号 */ channel_id: string;
  /** 渠道商名称 */ channel_name: string;
 }>;
}

/** The parts of the multipart/form-data body of POST /secapi/mch/uploadmedia. */
export interface PostSecapiMchUploadmediaForm {
 /** 服务商商户号或渠道号 */ mch_id: string;
 /** form-data中媒体文件标识 */ media: Blob;
 /** 根据媒体文件内容进行MD5计算后的值 */ media_hash: string;
 /** 签名 */ sign: string;
 /** 签名方式 */ sign_type: "HMAC-SHA256" | "MD5";
}
/** 图片上传API: options */
export interface PostSecapiMchUploadmediaOptions extends V2CallOptions {
 /** A `FormData` with the parts of {@link PostSecapiMchUploadmediaForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 图片上传API: response body */
export interface PostSecapiMchUploadmediaData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 媒体标识Id */ media_id: string;
}

/** 服务商特约商户关注功能配置: request body */
export interface PostSecapiMktAddrecommendconfBody {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id: string;
 /** 特约商户APPID @example wx8888888888888888 */ sub_appid: string;
 /** 推荐关注APPID @example wx931386123456789e */ subscribe_appid: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}
/** 服务商特约商户关注功能配置: options */
export interface PostSecapiMktAddrecommendconfOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiMktAddrecommendconfBody;
}
/** 服务商特约商户关注功能配置: response body */
export interface PostSecapiMktAddrecommendconfData extends PostSecapiMchAddsubdevconfigDataFields {}

/** 撤销订单: request body */
export interface PostSecapiPayFacepayreverseBody extends PostDepositReverseBodyFields {}
/** 撤销订单: options */
export interface PostSecapiPayFacepayreverseOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayFacepayreverseBody;
}
/** 撤销订单: response body */
export interface PostSecapiPayFacepayreverseData extends PostDepositReverseDataFields {}

/** 请求多次分账: request body */
export interface PostSecapiPayMultiprofitsharingBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表`JSON`格式字符串 */ receivers: string;
}
/** 请求多次分账: options */
export interface PostSecapiPayMultiprofitsharingOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayMultiprofitsharingBody;
}
/** 请求多次分账: response body */
export interface PostSecapiPayMultiprofitsharingData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账接收方列表`JSON`格式字符串 */ receivers?: string;
}

/** 请求单次分账: request body */
export interface PostSecapiPayProfitsharingBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 品牌主商户号 @example 1900000108 */ brand_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表`JSON`格式字符串 */ receivers: string;
}
/** 请求单次分账: options */
export interface PostSecapiPayProfitsharingOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayProfitsharingBody;
}
/** 请求单次分账: response body */
export interface PostSecapiPayProfitsharingData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 品牌主商户号 */ brand_mch_id?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ status?: "FINISHED" | "PROCESSING";
 /** 分账接收方列表`JSON`格式字符串 */ receivers?: string;
}

/** 完结分账: request body */
export interface PostSecapiPayProfitsharingfinishBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账完结描述 @example 分账已完成 */ description: string;
}
/** 完结分账: options */
export interface PostSecapiPayProfitsharingfinishOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayProfitsharingfinishBody;
}
/** 完结分账: response body */
export interface PostSecapiPayProfitsharingfinishData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
}

/** 分账回退: request body */
export interface PostSecapiPayProfitsharingreturnBody {
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 微信分账单号 @example 3008450740201411110007820472 */ order_id?: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no?: string;
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
 /** 回退方类型 @example MERCHANT_ID */ return_account_type: "MERCHANT_ID";
 /** 回退方账号 @example 86693852 */ return_account: string;
 /** 回退金额 @example 888 */ return_amount: number | string;
 /** 回退描述 @example 用户退款 */ description: string;
}
/** 分账回退: options */
export interface PostSecapiPayProfitsharingreturnOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayProfitsharingreturnBody;
}
/** 分账回退: response body */
export interface PostSecapiPayProfitsharingreturnData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 签名类型 */ sign_type?: "HMAC-SHA256";
 /** 微信分账单号 */ order_id?: string;
 /** 商户分账单号 */ out_order_no?: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 微信回退单号 */ return_no?: string;
 /** 回退方类型 */ return_account_type: "MERCHANT_ID";
 /** 回退方账号 */ return_account: string;
 /** 回退金额 */ return_amount: string;
 /** 回退描述 */ description: string;
 /** 回退结果 */ result?: "SUCCESS" | "PROCESSING" | "FAILED";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
 /** 完成时间 */ finish_time?: string;
}

/** 申请退款: request body */
export interface PostSecapiPayRefundBody extends PostDepositRefundBodyFields {}
/** 申请退款: options */
export interface PostSecapiPayRefundOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayRefundBody;
}
/** 申请退款: response body */
export interface PostSecapiPayRefundData extends PostDepositRefundDataFields {}

/** 申请退款（支持单品）: request body */
export interface PostSecapiPayRefundv2Body {
 /** 退款包含的商品列表信息 */ detail?: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 订单金额 @example 100 */ total_fee: number | string;
 /** 退款金额 @example 100 */ refund_fee: number | string;
 /** 退款货币种类 @example CNY */ refund_fee_type?: string;
 /** 退款原因 @example 商品已售完 */ refund_desc?: string;
 /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */ refund_account?: string;
 /** 退款结果通知url @example https://weixin.qq.com/notify/ */ notify_url?: string;
}
/** 申请退款（支持单品）: options */
export interface PostSecapiPayRefundv2Options extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayRefundv2Body;
}
/** 申请退款（支持单品）: response body */
export interface PostSecapiPayRefundv2Data {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信退款单号 */ refund_id: string;
 /** 退款金额 */ refund_fee: string;
 /** 应结退款金额 */ settlement_refund_fee?: string;
 /** 标价金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 标价币种 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付币种 */ cash_fee_type?: string;
 /** 现金退款金额 */ cash_refund_fee?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券退款总金额 */ coupon_refund_fee?: string;
 /** 单个代金券退款金额 */ coupon_refund_fee_$n?: string;
 /** 退款代金券使用数量 */ coupon_refund_count?: string;
 /** 退款代金券ID */ coupon_refund_id_$n?: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

/** 撤销订单: request body */
export interface PostSecapiPayReverseBody extends PostDepositReverseBodyFields {}
/** 撤销订单: options */
export interface PostSecapiPayReverseOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecapiPayReverseBody;
}
/** 撤销订单: response body */
export interface PostSecapiPayReverseData extends PostDepositReverseDataFields {}

/** 微信支付实名授权: request body */
export interface PostSecsvcGetrealnameinfoBody {
 /** 接口版本号 @example 1.0 */ version: "1.0" | "2.0";
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 公众账号ID @example wx2421b1c4370ec43b */ appid: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 加密实名信息的证书序列号 @example 59303040AA42CB61E0C059E8E6156C9F0F2A1E5E */ cert_serialno: string;
 /** 步骤2或步骤3获取到的access_token @example 81_... */ access_token: string;
 /** unix时间戳 @example 1414561699 */ timestamp?: number | string;
 /** 使用rsa私钥对证书序列号和unix时间戳的进行签名 @example MuRThxRSlqvs2Mi9i2VRCr_MQ== */ cert_sign?: string;
 /** 证件类型 @example UTF-8 */ charset?: "UTF-8" | "GBK";
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}
/** 微信支付实名授权: options */
export interface PostSecsvcGetrealnameinfoOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecsvcGetrealnameinfoBody;
}
/** 微信支付实名授权: response body */
export interface PostSecsvcGetrealnameinfoData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** 错误码 */ error_code?: string;
 /** 错误代码描述 */ error_code_des?: string;
 /** 签名 */ sign?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ mch_id?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 用户标识 */ openid?: string;
 /** 加密后的姓名 */ encrypted_real_name?: string;
 /** 加密后的证件号码 */ encrypted_credential_id?: string;
 /** 证件类型 */ cre_type?: "MAINLAND_ID" | "PASSPOT" | "MO" | "SOLDIERS" | "HVPS" | "MAINLAND_TMP_ID" | "ACCOUNT_THIN" | "POLICE" | "MTPS" | "BL" | "OTHER" | "RPFF" | "HK_MACAO" | "TAIWAN";
}

/** 微信支付实名验证: request body */
export interface PostSecsvcRealnameauthBody {
 /** 接口版本号 @example 1.0 */ version: "1.0" | "1.1";
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 公众账号ID @example wx2421b1c4370ec43b */ appid: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 真实姓名 @example 刘某某 */ real_name: string;
 /** 证件类型 @example 1 */ cred_type: 1 | 2 | 5 | 9 | 12 | 17 | 18;
 /** 证件号码 @example 440000000000000000 */ cred_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */ nonce_str?: string;
 /** 步骤2或步骤3获取到的access_token @example 81_... */ access_token: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256" | "MD5";
}
/** 微信支付实名验证: options */
export interface PostSecsvcRealnameauthOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostSecsvcRealnameauthBody;
}
/** 微信支付实名验证: response body */
export interface PostSecsvcRealnameauthData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 错误码描述 */ return_msg?: string;
 /** 错误码 */ error_code?: string;
 /** 错误代码描述 */ error_code_des?: string;
 /** 签名 */ sign?: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ mch_id?: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 用户标识 */ openid?: string;
 /** 步骤2或步骤3获取到的access_token */ access_token?: string;
 /** 有多个结果时用分号” */ verify_openid?: "V_OP_NA" | "V_OP_NM_MA" | "V_OP_NM_UM";
 /** 当verify_openid为V_OP_NM_MA时返回 */ verify_real_name?: "V_NM_ID_MA" | "V_NM_ID_UM" | "V_NM_ID_TYPE_UM";
 /** 当verify_real_name为V_NM_ID_MA时返回 */ bind_bankcard?: "YES" | "NO";
}

/** 授权码查询openid: request body */
export interface PostToolsAuthcodetoopenidBody {
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 授权码 */ auth_code: string;
 /** 随机字符串 */ nonce_str?: string;
 /** 签名 */ sign?: string;
}
/** 授权码查询openid: options */
export interface PostToolsAuthcodetoopenidOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostToolsAuthcodetoopenidBody;
}
/** 授权码查询openid: response body */
export interface PostToolsAuthcodetoopenidData {
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 用户子标识 */ sub_openid?: string;
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 用户标识 */ openid: string;
}

/** 转换短链接: request body */
export interface PostToolsShorturlBody {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** URL链接 */ long_url: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
}
/** 转换短链接: options */
export interface PostToolsShorturlOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostToolsShorturlBody;
}
/** 转换短链接: response body */
export interface PostToolsShorturlData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** URL链接 */ short_url: string;
}

/** 申请扣款: request body */
export interface PostTransitPartnerpayPayapplyBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 商品描述 @example 公交代扣 */ body: string;
 /** 商品详情 @example 公交代扣：A 公交代扣：B 公交代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: "PAP";
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id?: string;
 /** 交易场景 @example METRO */ trade_scene: "METRO" | "BUS";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
 /** 客户端 IP @example 119.145.83.6 */ clientip?: string;
 /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ deviceid?: string;
 /** 手机号 @example 18933432355 */ mobile?: string;
 /** 邮箱地址 @example aobama\@whitehouse.com */ email?: string;
 /** QQ号 @example 100243 */ qq?: string;
 /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ openid?: string;
 /** 身份证号 @example 110102199701011000 */ creid?: string;
 /** 商户侧用户标识 @example user123 */ outerid?: string;
 /** 版本号 此字段仅针对有垫资权限的商户有效 @example 2.0 */ version: "2.0";
}
/** 申请扣款: options */
export interface PostTransitPartnerpayPayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitPartnerpayPayapplyBody;
}
/** 申请扣款: response body */
export interface PostTransitPartnerpayPayapplyData extends PostTransitPartnerpayPayapplyDataFields {}

/** 查询订单: request body */
export interface PostTransitPartnerpayQueryorderBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 微信订单号 @example 1009660380201506130728806387 */ transaction_id: string;
 /** 商户订单号 @example 商户系统内部的订单号，当没提供transaction_id时需要传这个。 */ out_trade_no: unknown;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
}
/** 查询订单: options */
export interface PostTransitPartnerpayQueryorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitPartnerpayQueryorderBody;
}
/** 查询订单: response body */
export interface PostTransitPartnerpayQueryorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 子商户公众账号id */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 用户子标识 */ sub_openid?: string;
 /** 是否关注公众账号 */ is_subscribe?: "Y" | "N";
 /** 交易类型 */ trade_type: "PAP";
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 总金额 */ total_fee: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 代金券或立减优惠金额 */ coupon_fee?: string;
 /** 代金券或立减优惠使用数量 */ coupon_count?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券或立减优惠ID */ coupon_id_$n?: string;
 /** 单个代金券或立减优惠支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc?: string;
}

/** 查询用户状态接口: request body */
export interface PostTransitPartnerpayQuerystateBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 随机字符串 @example 5k8264iltkch16cq2502si8znmtm67vs */ nonce_str?: string;
 /** 委托代扣协议id @example wx15463511252015071056489715 */ contract_id: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example ee088059bbc9141264f8d14293ad6c4bb94cea8c08aa98fbf93e262d445f8ff5 */ sign?: string;
 /** 微信open ID @example oyobu0dmn6tdodznfwkoekqorbi8 */ openid: string;
}
/** 查询用户状态接口: options */
export interface PostTransitPartnerpayQuerystateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitPartnerpayQuerystateBody;
}
/** 查询用户状态接口: response body */
export interface PostTransitPartnerpayQuerystateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 子商户公众账号id */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "BLOCKED" | "OVERDUE";
 /** 委托代扣协议id */ contract_id?: string;
 /** 签约模板id */ plan_id?: string;
 /** 签约协议号 */ contract_code?: string;
 /** 协议状态 */ contract_state?: "0" | "1";
}

/** 申请扣款: request body */
export interface PostTransitPayPayapplyBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 商品描述 @example 公交代扣 */ body: string;
 /** 商品详情 @example 公交代扣：A 公交代扣：B 公交代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: "PAP";
 /** 委托代扣协议id @example Wx15463511252015071056489715 */ contract_id?: string;
 /** 交易场景 @example METRO */ trade_scene: "METRO" | "BUS";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
 /** 客户端 IP @example 119.145.83.6 */ clientip?: string;
 /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ deviceid?: string;
 /** 手机号 @example 18933432355 */ mobile?: string;
 /** 邮箱地址 @example aobama\@whitehouse.com */ email?: string;
 /** QQ号 @example 100243 */ qq?: string;
 /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */ openid?: string;
 /** 身份证号 @example 110102199701011000 */ creid?: string;
 /** 商户侧用户标识 @example user123 */ outerid?: string;
 /** 版本号 此字段仅针对有垫资权限的商户有效 @example 2.0 */ version: "2.0";
}
/** 申请扣款: options */
export interface PostTransitPayPayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitPayPayapplyBody;
}
/** 申请扣款: response body */
export interface PostTransitPayPayapplyData extends PostTransitPayPayapplyDataFields {}

/** 查询用户状态接口: request body */
export interface PostTransitPayQuerystateBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5k8264iltkch16cq2502si8znmtm67vs */ nonce_str?: string;
 /** 委托代扣协议id @example wx15463511252015071056489715 */ contract_id: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 */ sign?: unknown;
 /** 微信openID */ openid: unknown;
}
/** 查询用户状态接口: options */
export interface PostTransitPayQuerystateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitPayQuerystateBody;
}
/** 查询用户状态接口: response body */
export interface PostTransitPayQuerystateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "BLOCKED" | "OVERDUE";
 /** 委托代扣协议id */ contract_id?: string;
 /** 签约模板id */ plan_id?: string;
 /** 签约协议号 */ contract_code?: string;
 /** 协议状态 */ contract_state?: "0" | "1";
}

/** 查询订单: request body */
export interface PostTransitQueryorderBody {
 /** 请求appid @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 微信订单号 @example 1009660380201506130728806387 */ transaction_id: string;
 /** 商户订单号 @example 商户系统内部的订单号，当没提供transaction_id时需要传这个。 */ out_trade_no: unknown;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
}
/** 查询订单: options */
export interface PostTransitQueryorderOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostTransitQueryorderBody;
}
/** 查询订单: response body */
export interface PostTransitQueryorderData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe?: "Y" | "N";
 /** 交易类型 */ trade_type: "PAP";
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 总金额 */ total_fee: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 代金券或立减优惠金额 */ coupon_fee?: string;
 /** 代金券或立减优惠使用数量 */ coupon_count?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券或立减优惠ID */ coupon_id_$n?: string;
 /** 单个代金券或立减优惠支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc?: string;
}

/** 用户入场通知api: request body */
export interface PostVehiclePartnerpayNotificationBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 版本号 @example 3.0 */ version: "3.0";
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
}
/** 用户入场通知api: options */
export interface PostVehiclePartnerpayNotificationOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePartnerpayNotificationBody;
}
/** 用户入场通知api: response body */
export interface PostVehiclePartnerpayNotificationData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号id */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "BLOCK";
 /** 发起扣费方式 */ deduct_mode?: "PROACTIVE" | "AUTOPAY";
}

/** 申请扣款: request body */
export interface PostVehiclePartnerpayPayapplyBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA445F8FF5 */ sign?: string;
 /** 商品描述 @example 公交代扣 */ body: string;
 /** 商品详情 @example 公交代扣：A公交代扣：B公交代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: "PAP";
 /** 版本号 @example 3.0 */ version: "3.0";
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE";
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 分账标识 @example Y */ profit_sharing?: "Y" | "N";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
}
/** 申请扣款: options */
export interface PostVehiclePartnerpayPayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePartnerpayPayapplyBody;
}
/** 申请扣款: response body */
export interface PostVehiclePartnerpayPayapplyData extends PostTransitPartnerpayPayapplyDataFields {}

/** 用户状态查询: request body */
export interface PostVehiclePartnerpayQuerystateBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 子商户公众账号id @example wxcbda96de0b165489 */ sub_appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
 /** 跳转场景 @example H5 */ jump_scene?: "APP" | "H5";
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 用户子标识 @example 用户在子商户appid下的唯一标识。 */ sub_openid: unknown;
 /** 车牌号 @example 车牌号。仅包括省份+车牌，不包括特殊字符。 */ plate_number: unknown;
 /** 版本号 @example 3.0 */ version: "3.0";
}
/** 用户状态查询: options */
export interface PostVehiclePartnerpayQuerystateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePartnerpayQuerystateBody;
}
/** 用户状态查询: response body */
export interface PostVehiclePartnerpayQuerystateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 子商户公众账号id */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "PAUSED" | "OVERDUE" | "UNAUTHORIZED";
 /** 用户标识 */ openid?: string;
 /** 发起扣费方式 */ deduct_mode?: "PROACTIVE" | "AUTOPAY";
 /** 用户子标识 */ sub_openid?: string;
 /** 跳转路径 */ path?: string;
 /** 车牌信息 */ plate_number_info?: string;
}

/** 用户入场通知api: request body */
export interface PostVehiclePayNotificationBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 版本号 @example 3.0 */ version: string;
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
}
/** 用户入场通知api: options */
export interface PostVehiclePayNotificationOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePayNotificationBody;
}
/** 用户入场通知api: response body */
export interface PostVehiclePayNotificationData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "BLOCK";
 /** 发起扣费方式 */ deduct_mode?: "PROACTIVE" | "AUTOPAY";
}

/** 申请扣款: request body */
export interface PostVehiclePayPayapplyBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 商品描述 @example 公交代扣 */ body: string;
 /** 商品详情 @example 公交代扣：A公交代扣：B公交代扣：C */ detail?: string;
 /** 附加数据 @example 自定义参数 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 商品标记 @example WXG */ goods_tag?: string;
 /** 回调通知url @example http://yoursite.com/wxpay.html */ notify_url: string;
 /** 交易类型 @example PAP */ trade_type: "PAP";
 /** 版本号 @example 3.0 */ version: "3.0";
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 分账标识 @example Y */ profit_sharing?: "Y" | "N";
 /** 场景信息`JSON`格式字符串 */ scene_info: string;
}
/** 申请扣款: options */
export interface PostVehiclePayPayapplyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePayPayapplyBody;
}
/** 申请扣款: response body */
export interface PostVehiclePayPayapplyData extends PostTransitPayPayapplyDataFields {}

/** 用户状态查询: request body */
export interface PostVehiclePayQuerystateBody {
 /** 公众账号id @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 10000098 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */ sign?: string;
 /** 交易场景 @example PARKING */ trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
 /** 跳转场景 @example H5 */ jump_scene?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 车牌号 @example 车牌号。仅包括省份+车牌，不包括特殊字符。openid和车牌号必须选传其中之一 */ plate_number: unknown;
 /** 版本号 @example 3.0 */ version: "3.0";
}
/** 用户状态查询: options */
export interface PostVehiclePayQuerystateOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostVehiclePayQuerystateBody;
}
/** 用户状态查询: response body */
export interface PostVehiclePayQuerystateData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 请求appid */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户状态 */ user_state: "NORMAL" | "PAUSED" | "OVERDUE" | "UNAUTHORIZED";
 /** 用户标识 */ openid?: string;
 /** 发起扣费方式 */ deduct_mode?: "PROACTIVE" | "AUTOPAY";
 /** 跳转路径 */ path?: string;
 /** 车牌信息 */ plate_number_info?: string;
}

/** 撤销租借订单: request body */
export interface PostWxvCancelbillBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 撤销原因 @example 用户投诉 */ reason: string;
 /** 服务ID */ service_id: string;
}
/** 撤销租借订单: options */
export interface PostWxvCancelbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvCancelbillBody;
}
/** 撤销租借订单: response body */
export interface PostWxvCancelbillData extends PostWxvCancelbillDataFields {}

/** 修改租借订单: request body */
export interface PostWxvChangerentmoneyBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 修改原因 @example 用户投诉 */ reason?: string;
 /** 服务ID */ service_id: string;
 /** 总金额 @example 40000 */ total_amount: number | string;
 /** 租金费用 @example 5800 */ rent_fee: number | string;
 /** 赔偿金费用 @example 6000 */ compensation_fee: number | string;
 /** 赔偿金费用说明 @example 充电宝有轻微损坏，赔偿30%押金 */ compensation_fee_desc?: string;
}
/** 修改租借订单: options */
export interface PostWxvChangerentmoneyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvChangerentmoneyBody;
}
/** 修改租借订单: response body */
export interface PostWxvChangerentmoneyData extends PostWxvCancelbillDataFields {}

/** 创建速住订单: request body */
export interface PostWxvCreatehotelbillBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 房间 @example 几木双床房2间 */ room: string;
 /** 入住时间 @example 20091225091010 */ start_time: string;
 /** 预定离店时间 @example 20091225091010 */ end_time: string;
 /** 酒店 @example 北京亦庄亚朵酒店 */ service_location: string;
 /** 押金金额 @example 80000 */ deposit_amount: number | string;
 /** 房费 @example 20000 */ room_rate: number | string;
 /** 房费说明 @example 共住3晚，每晚100元 */ room_rate_desc?: string;
 /** 回调数据包 */ attach?: string;
 /** 取消规则标签 */ cancel_rule: string;
 /** 取消规则描述 */ cancel_rule_desc: string;
 /** 平台证书序列号 @example 45233302 */ cert_serial_no: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户姓名 */ name?: string;
 /** 用户手机号 */ phone?: string;
 /** 用户身份证ID */ userid?: string;
 /** 用户收货地址 */ address?: string;
}
/** 创建速住订单: options */
export interface PostWxvCreatehotelbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvCreatehotelbillBody;
}
/** 创建速住订单: response body */
export interface PostWxvCreatehotelbillData extends PostWxvCreatehotelbillDataFields {}

/** 创建租借订单: request body */
export interface PostWxvCreaterentbillBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 商品名称 @example 充电宝一个 */ goods_name: string;
 /** 租用时间 @example 20091225091010 */ start_time?: string;
 /** 预定归还时间 @example 20091225091010 */ end_time?: string;
 /** 租用地点 @example 嗨客时尚主题展餐厅 */ service_location?: string;
 /** 押金总额 */ deposit_amount: number | string;
 /** 租金规则 计费单位 @example FEN_1_HOUR */ rent_unit: string;
 /** 租金规则 计费单价费用 @example 8000 */ rent_unit_fee: number | string;
 /** 租金规则 计费说明 @example 租金前1小时免费，每日封顶10元。 */ rent_fee_desc?: string;
 /** 商户数据包 */ attach?: string;
 /** 平台证书序列号 @example 45233302 */ cert_serial_no: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 用户姓名 */ name?: string;
 /** 用户手机号 */ phone?: string;
 /** 用户身份证ID */ userid?: string;
 /** 用户收货地址 */ address?: string;
}
/** 创建租借订单: options */
export interface PostWxvCreaterentbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvCreaterentbillBody;
}
/** 创建租借订单: response body */
export interface PostWxvCreaterentbillData extends PostWxvCreatehotelbillDataFields {}

/** 完结速住订单: request body */
export interface PostWxvFinishhotelbillBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 是否入住 @example TRUE */ checked_in: boolean;
 /** 实际离店时间 @example 20091225091010 */ real_end_time?: string;
 /** 其他费用金额 @example 10000 */ other_fee: number | string;
 /** 其他费用说明 @example 支持200个字符，按照字符计算超过长度报错处理 */ other_fee_desc: unknown;
 /** 取消费用 @example 10000 */ cancel_fee?: number | string;
 /** 赔偿金费用 @example 6000 */ compensation_fee: number | string;
 /** 赔偿金说明 @example 打破房间杯子一个 */ compensation_fee_desc: string;
 /** 房费 @example 5000 */ room_rate?: number | string;
 /** 延迟退房费用 @example 5000 */ overdue_fine: number | string;
 /** 延迟退房说明 @example 延迟退房2小时，增加50元房费 */ overdue_fine_desc: string;
 /** 总金额 @example 40000 */ total_amount: number | string;
 /** 完结凭证 */ finish_ticket: string;
 /** 分账标识 @example Y */ profit_sharing: "Y" | "N";
}
/** 完结速住订单: options */
export interface PostWxvFinishhotelbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvFinishhotelbillBody;
}
/** 完结速住订单: response body */
export interface PostWxvFinishhotelbillData extends PostWxvCancelbillDataFields {}

/** 完结租借订单: request body */
export interface PostWxvFinishrentbillBody {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 是否归还 @example TRUE */ returned: string;
 /** 实际归还时间 @example 20091225091010 */ real_end_time?: string;
 /** 归还地点 @example 嗨客时尚主题展餐厅 */ service_end_location?: string;
 /** 总金额 @example 40000 */ total_amount: number | string;
 /** 租金费用 @example 5800 */ rent_fee: number | string;
 /** 赔偿金费用 */ compensation_fee: string;
 /** 赔偿金费用说明 @example 充电宝有轻微损坏，赔偿30%押金 */ compensation_fee_desc: string;
 /** 完结凭证 */ finish_ticket: string;
 /** 分账标识 @example Y */ profit_sharing: "Y" | "N";
}
/** 完结租借订单: options */
export interface PostWxvFinishrentbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvFinishrentbillBody;
}
/** 完结租借订单: response body */
export interface PostWxvFinishrentbillData extends PostWxvCancelbillDataFields {}

/** 查询速住订单: request body */
export interface PostWxvQueryhotelbillBody extends PostWxvQueryhotelbillBodyFields {}
/** 查询速住订单: options */
export interface PostWxvQueryhotelbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvQueryhotelbillBody;
}
/** 查询速住订单: response body */
export interface PostWxvQueryhotelbillData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回结果 */ return_msg?: string;
 /** 签名 */ sign: string;
 /** 随机字符串 */ nonce_str: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 单据状态 */ state: "CREATED" | "USER_ACCEPTED" | "FINISHED" | "USER_PAID" | "REVOKED" | "EXPIRED";
 /** 房间 */ room: string;
 /** 入住时间 */ start_time: string;
 /** 预定离店时间 */ end_time?: string;
 /** 酒店 */ service_location: string;
 /** 押金 */ deposit_amount: string;
 /** 房费 */ room_rate: string;
 /** 房费说明 */ room_rate_desc: string;
 /** 实际离店时间 */ real_end_time?: string;
 /** 是否入住 */ checked_in: string;
 /** 其他费用 */ other_fee?: string;
 /** 其他费用说明 */ other_fee_desc?: string;
 /** 赔偿金费用 */ compensation_fee?: string;
 /** 赔偿金说明 */ compensation_fee_desc?: string;
 /** 延迟退房费 */ overdue_fine?: string;
 /** 延迟退房说明 */ overdue_fine_desc?: string;
 /** 取消费用 */ cancel_fee?: string;
 /** 取消费用说明 */ cancel_fee_desc?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 完结凭证 */ finish_ticket: string;
 /** 回调数据包 */ attach?: string;
 /** 结单交易单号 */ finish_transaction_id?: string;
 /** 支付方式 */ pay_type?: "MchChannelPayType";
}

/** 查询租借订单: request body */
export interface PostWxvQueryrentbillBody extends PostWxvQueryhotelbillBodyFields {}
/** 查询租借订单: options */
export interface PostWxvQueryrentbillOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostWxvQueryrentbillBody;
}
/** 查询租借订单: response body */
export interface PostWxvQueryrentbillData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回结果 */ return_msg?: string;
 /** 签名 */ sign: string;
 /** 随机字符串 */ nonce_str: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 单据状态 */ state: "CREATED" | "USER_ACCEPTED" | "FINISHED" | "USER_PAID" | "REVOKED" | "EXPIRED";
 /** 商品名称 */ goods_name: string;
 /** 是否归还 */ returned: string;
 /** 租用时间 */ start_time?: string;
 /** 租用地点 */ service_location?: string;
 /** 押金总额 */ deposit_amount: string;
 /** 租金规则 计费单位 */ rent_unit: "FEN_YEAR" | "FEN_MONTH" | "FEN_DAY" | "FEN_HOUR" | "FEN_MINUTE" | "FEN_ONCE";
 /** 租金规则 计费单价费用 */ rent_unit_fee: string;
 /** 租金规则 计费说明 */ rent_fee_desc?: string;
 /** 实际归还时间 */ real_end_time?: string;
 /** 租金费用 */ rent_fee?: string;
 /** 赔偿金费用 */ compensation_fee?: string;
 /** 赔偿金说明 */ compensation_fee_desc?: string;
 /** 归还地点 */ service_end_location?: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 完结凭证 */ finish_ticket: string;
 /** 回调数据包 */ attach?: string;
 /** 结单交易单号 */ finish_transaction_id?: string;
 /** 支付方式 */ pay_type?: "MchChannelPayType";
}

/** 获取验签密钥API: request body */
export interface PostXdcApiv2getsignkeySignGetsignkeyBody extends PostSandboxnewPayGetsignkeyBodyFields {}
/** 获取验签密钥API: options */
export interface PostXdcApiv2getsignkeySignGetsignkeyOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostXdcApiv2getsignkeySignGetsignkeyBody;
}
/** 获取验签密钥API: response body */
export interface PostXdcApiv2getsignkeySignGetsignkeyData {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 商户号 */ mch_id: string;
 /** 沙箱密钥 */ sandbox_signkey: string;
}

/** 提交付款码支付: request body */
export interface PostXdcApiv2sandboxPayMicropayBody extends PostPayMicropayBodyFields {}
/** 提交付款码支付: options */
export interface PostXdcApiv2sandboxPayMicropayOptions extends V2CallOptions {
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostXdcApiv2sandboxPayMicropayBody;
}
/** 提交付款码支付: response body */
export interface PostXdcApiv2sandboxPayMicropayData extends PostDepositMicropayDataFields {}

/** 查询订单: request body */
export interface PostXdcApiv2sandboxPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** 查询订单: options */
export interface PostXdcApiv2sandboxPayOrderqueryOptions extends V2CallOptions {
 headers?: {
  "Wechatpay-Negative-Test"?: "MICROPAY_USERPAYING" | "MICROPAY_TIMEOUT" | "MICROPAY_PAYERROR";
  [name: string]: string | number | undefined;
 };
 /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */ xml: PostXdcApiv2sandboxPayOrderqueryBody;
}
/** 查询订单: response body */
export interface PostXdcApiv2sandboxPayOrderqueryData extends PostDepositOrderqueryDataFields {}

export interface PostApplymentMicroModifyarchivesDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 商户号 */ mch_id?: string;
 /** 小微商户号 */ sub_mch_id?: string;
}

export interface PostDepositFacepayBodyFields {
 /** 是否押金支付 @example Y */ deposit?: "Y" | "N";
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000100 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C370BEC2BFD727A4B6845133519F3AD6C370BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ body: string;
 /** 商品详情`JSON`格式字符串 */ detail?: string;
 /** 附加数据 @example 说明 */ attach?: string;
 /** 商户订单号 @example 1217472501201407033233367018 */ out_trade_no: string;
 /** 总金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 订单优惠标记 @example 1234 */ goods_tag?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 授权码 @example b713b5d2-666c-48 */ face_code: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
}

export interface PostDepositFacepayDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe: "Y" | "N";
 /** 用户子标识 */ sub_openid?: string;
 /** 是否关注子公众账号 */ sub_is_subscribe?: "Y" | "N";
 /** 交易类型 */ trade_type: string;
 /** 付款银行 */ bank_type: string;
 /** 标价币种 */ fee_type?: string;
 /** 标价金额 */ total_fee: string;
 /** 现金支付币种 */ cash_fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 代金券金额 */ coupon_fee?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商家数据包 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

export interface PostDepositMicropayDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe: "Y" | "N";
 /** 交易类型 */ trade_type: string;
 /** 付款银行 */ bank_type: string;
 /** 货币类型 */ fee_type?: string;
 /** 订单金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 代金券金额 */ coupon_fee?: string;
 /** 现金支付货币类型 */ cash_fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商家数据包 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

export interface PostDepositOrderqueryBodyFields {
 /** 接口版本号 @example 1.0 */ version?: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 微信订单号 @example 1009660380201506130728806387 */ transaction_id: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */ nonce_str?: string;
 /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
}

export interface PostDepositOrderqueryDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 设备号 */ device_info?: string;
 /** 用户标识 */ openid: string;
 /** 是否关注公众账号 */ is_subscribe: "Y" | "N";
 /** 用户子标识 */ sub_openid?: string;
 /** 是否关注子公众账号 */ sub_is_subscribe?: "Y" | "N";
 /** 交易类型 */ trade_type: string;
 /** 交易状态 */ trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
 /** 付款银行 */ bank_type: string;
 /** 标价金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 标价币种 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付币种 */ cash_fee_type?: string;
 /** 代金券金额 */ coupon_fee?: string;
 /** 代金券使用数量 */ coupon_count?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券ID */ coupon_id_$n?: string;
 /** 单个代金券支付金额 */ coupon_fee_$n?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 附加数据 */ attach?: string;
 /** 支付完成时间 */ time_end: string;
 /** 交易状态描述 */ trade_state_desc: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
 /** 押金消费金额 */ consume_fee?: string;
}

export interface PostDepositRefundBodyFields {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 订单金额 @example 100 */ total_fee: number | string;
 /** 退款金额 @example 100 */ refund_fee: number | string;
 /** 退款货币种类 @example CNY */ refund_fee_type?: string;
 /** 退款原因 @example 商品已售完 */ refund_desc?: string;
 /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */ refund_account?: string;
 /** 退款结果通知url @example https://weixin.qq.com/notify/ */ notify_url?: string;
}

export interface PostDepositRefundDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信退款单号 */ refund_id: string;
 /** 退款金额 */ refund_fee: string;
 /** 应结退款金额 */ settlement_refund_fee?: string;
 /** 标价金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 标价币种 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 现金支付币种 */ cash_fee_type?: string;
 /** 现金退款金额 */ cash_refund_fee?: string;
 /** 代金券类型 */ coupon_type_$n?: string;
 /** 代金券退款总金额 */ coupon_refund_fee?: string;
 /** 单个代金券退款金额 */ coupon_refund_fee_$n?: string;
 /** 退款代金券使用数量 */ coupon_refund_count?: string;
 /** 退款代金券ID */ coupon_refund_id_$n?: string;
}

export interface PostDepositRefundqueryBodyFields {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 微信退款单号 @example 1217752501201407033233368018 */ refund_id: string;
 /** 偏移量 @example 15 */ offset?: number | string;
}

export interface PostDepositRefundqueryDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误码 */ err_code: string;
 /** 错误描述 */ err_code_des: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 订单总退款次数 */ total_refund_count?: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 订单金额 */ total_fee: string;
 /** 应结订单金额 */ settlement_total_fee?: string;
 /** 货币种类 */ fee_type?: string;
 /** 现金支付金额 */ cash_fee: string;
 /** 退款笔数 */ refund_count: string;
 /** 商户退款单号 */ out_refund_no_$n: string;
 /** 微信退款单号 */ refund_id_$n: string;
 /** 退款渠道 */ refund_channel_$n?: string;
 /** 申请退款金额 */ refund_fee_$n: string;
 /** 退款金额 */ settlement_refund_fee_$n?: string;
 /** 代金券类型 */ coupon_type_$n_$m?: string;
 /** 总代金券退款金额 */ coupon_refund_fee_$n?: string;
 /** 退款代金券使用数量 */ coupon_refund_count_$n?: string;
 /** 退款代金券ID */ coupon_refund_id_$n_$m?: string;
 /** 单个代金券退款金额 */ coupon_refund_fee_$n_$m?: string;
 /** 退款状态 */ refund_status_$n: string;
 /** 退款资金来源 */ refund_account_$n?: string;
 /** 退款入账账户 */ refund_recv_accout_$n: string;
 /** 退款成功时间 */ refund_success_time_$n?: string;
}

export interface PostDepositReverseBodyFields {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 微信订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
}

export interface PostDepositReverseDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 子商户公众账号ID */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 是否重调 */ recall: "Y" | "N";
}

export interface PostMchriskBankquerymchauditinfoDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回结果 */ return_msg: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 服务商号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 渠道号 */ channel_id: string;
 /** 审核状态 */ audit_status: string;
 /** 审核备注 */ audit_comment: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 签名类型 */ sign_type?: "HMAC-SHA256";
}

export interface GetPapayH5entrustwebDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg?: string;
 /** 业务结果 */ result_code?: "SUCCESS" | "FAIL";
 /** 业务结果描述 */ result_msg?: string;
 /** 跳转URL */ redirect_url?: string;
}

export interface PostPapayPartnerPreentrustwebBodyFields {
 /** 应用ID @example wxcbda96de0b165486 */ appid: string;
 /** 商户号 @example 1200009811 */ mch_id: string;
 /** 子商户应用ID @example wxcbda96de0b165489 */ sub_appid?: string;
 /** 子商户号 @example 1900000109 */ sub_mch_id?: string;
 /** 模板id @example 12535 */ plan_id: string;
 /** 签约协议号 @example 100000 */ contract_code: string;
 /** 请求序列号 @example 1000 */ request_serial: number | string;
 /** 用户账户展示名称 @example 微信代扣 */ contract_display_account: string;
 /** 回调通知url */ notify_url: string;
 /** 版本号 @example 1.0 */ version: "1.0";
 /** 签名类型 @example MD5 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 时间戳 @example 1414488825 */ timestamp: string;
 /** 返回app @example Y */ return_app?: "Y" | "N";
}

export interface PostPayDownloadbillBodyFields {
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 对账单日期 @example 20140603 */ bill_date: string;
 /** 账单类型 @example ALL */ bill_type?: "ALL" | "SUCCESS" | "REFUND" | "RECHARGE_REFUND";
 /** 压缩账单 @example GZIP */ tar_type?: "GZIP";
}

export interface PostPayMicropayBodyFields {
 /** 接口版本号 @example 1.0 */ version?: string;
 /** 是否指定服务商分账 @example N */ profit_sharing?: "N" | "Y";
 /** 是否押金支付 @example Y */ deposit?: "Y" | "N";
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888888 */ sub_appid?: string;
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 子商户号 @example 1900000100 */ sub_mch_id?: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */ body: string;
 /** 单品优惠活动该字段必传 */ detail?: string;
 /** 附加数据 @example 说明 */ attach?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 订单金额 @example 888 */ total_fee: number | string;
 /** 货币类型 @example CNY */ fee_type?: string;
 /** 终端IP @example 8.8.8.8 */ spbill_create_ip: string;
 /** 订单优惠标记 @example 1234 */ goods_tag?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: string;
 /** 授权码 @example 120061098828009406 */ auth_code: string;
 /** 场景信息`JSON`格式字符串 */ scene_info?: string;
}

export interface PostPayUnifiedorderBodyFields {
 /** 接口版本号 @example 1.0 */ version?: "1.0";
 /** 是否指定服务商分账 @example N */ profit_sharing?: "N" | "Y";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 设备号 @example 013467007045764 */ device_info?: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
 /** 签名类型 @example MD5 */ sign_type?: "MD5" | "HMAC-SHA256";
 /** 商品描述 @example 腾讯充值中心-QQ会员充值 */ body: string;
 /** 单品优惠活动该字段必传 */ detail?: string;
 /** 附加数据 @example 深圳分店 */ attach?: string;
 /** 商户订单号 @example 20150806125346 */ out_trade_no: string;
 /** 标价币种 @example CNY */ fee_type?: string;
 /** 标价金额 @example 88 */ total_fee: number | string;
 /** 终端IP @example 123.12.12.123 */ spbill_create_ip: string;
 /** 交易起始时间 @example 20091225091010 */ time_start?: string;
 /** 交易结束时间 @example 20091227091010 */ time_expire?: string;
 /** 订单优惠标记 @example WXG */ goods_tag?: string;
 /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */ notify_url: string;
 /** 交易类型 @example JSAPI */ trade_type: string;
 /** 商品ID @example 12235413214070356458058 */ product_id?: string;
 /** 指定支付方式 @example no_credit */ limit_pay?: string;
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 电子发票入口开放标识 @example Y */ receipt?: "Y" | "N";
 /** 场景信息`JSON`格式字符串 */ scene_info?: string;
 /** 证件类型 @example IDCARD */ user_type?: "IDCARD" | "HONGKONG_MACAO" | "HONGKONG_MACAO_RESIDENT" | "TAIWAN_RESIDENT" | "FOREIGN_RESIDENT" | "OVERSEA_PASSPORT";
 /** 证件号 @example 43102119910910512X */ user_creid?: string;
 /** 姓名 @example 周星星 */ user_truename?: string;
}

export interface PostPayUnifiedorderDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
 /** 交易类型 */ trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB";
 /** 预支付交易会话标识 */ prepay_id: string;
 /** 二维码链接 */ code_url?: string;
 /** 支付跳转链接 */ mweb_url?: string;
 /** 营销详情`JSON`格式字符串 */ promotion_detail?: string;
}

export interface PostSandboxnewPayGetsignkeyBodyFields {
 /** 商户号 @example 1900000109 */ mch_id: string;
 /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */ nonce_str?: string;
 /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */ sign?: string;
}

export interface PostSecapiMchAddsubdevconfigDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 错误代码 */ err_code: string;
 /** 错误代码描述 */ err_code_des: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 签名 */ sign: string;
}

export interface PostTransitPartnerpayPayapplyDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 子商户公众账号id */ sub_appid?: string;
 /** 商户号 */ mch_id: string;
 /** 子商户号 */ sub_mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

export interface PostTransitPayPayapplyDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回信息 */ return_msg: string;
 /** 公众账号id */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 设备号 */ device_info?: string;
 /** 随机字符串 */ nonce_str: string;
 /** 签名 */ sign: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误代码描述 */ err_code_des?: string;
}

export interface PostWxvCancelbillDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回结果 */ return_msg?: string;
 /** 签名 */ sign: string;
 /** 随机字符串 */ nonce_str: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 微信支付服务订单号 */ order_id: string;
}

export interface PostWxvCreatehotelbillDataFields {
 /** 返回状态码 */ return_code: "SUCCESS" | "FAIL";
 /** 返回结果 */ return_msg?: string;
 /** 签名 */ sign: string;
 /** 随机字符串 */ nonce_str: string;
 /** 业务结果 */ result_code: "SUCCESS" | "FAIL";
 /** 错误代码 */ err_code?: string;
 /** 错误描述 */ err_code_des?: string;
 /** 公众账号ID */ appid: string;
 /** 商户号 */ mch_id: string;
 /** 商户服务订单号 */ out_order_no: string;
 /** 服务ID */ service_id: string;
 /** 微信支付服务订单号 */ order_id: string;
 /** 小程序跳转appid */ miniprogram_appid: string;
 /** 小程序跳转路径 */ miniprogram_path: string;
 /** 小程序跳转username */ miniprogram_username: string;
 /** 跳转微信侧小程序订单数据 */ package: string;
}

export interface PostWxvQueryhotelbillBodyFields {
 /** 接口版本号 @example 1.0 */ version: "1.0";
 /** 公众账号ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户号 @example 1230000109 */ mch_id: string;
 /** 随机字符串 @example ibuaiVcKdpRxkhJA */ nonce_str?: string;
 /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */ sign?: string;
 /** 签名类型 @example HMAC-SHA256 */ sign_type: "HMAC-SHA256";
 /** 商户服务订单号 @example 1234323JKHDFE1243252 */ out_order_no: string;
 /** 回跳查询id @example 微信侧回跳到商户前端时用于查单的单据查询id. */ return_query_id: string;
 /** 服务ID */ service_id: string;
}

export interface AppauthNode {
 authindex: Open<AppauthAuthindexNode>;
 getaccesstoken: Open<AppauthGetaccesstokenNode>;
 chain: ChainFrom<"appauth">;
}

export interface AppauthAuthindexNode {
 /**
  * 授权获取code `GET /appauth/authindex`
  *
  * Served from https://payapp.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_1&index=2
  */
 get: Verb<GetAppauthAuthindexOptions, GetAppauthAuthindexData>;
 chain: ChainFrom<"appauth/authindex">;
}

export interface AppauthGetaccesstokenNode {
 /**
  * 通过code换取accesstoken `GET /appauth/getaccesstoken`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
  */
 get: Verb<GetAppauthGetaccesstokenOptions, GetAppauthGetaccesstokenData>;
 chain: ChainFrom<"appauth/getaccesstoken">;
}

export interface ApplymentNode {
 micro: Open<ApplymentMicroNode>;
 chain: ChainFrom<"applyment">;
}

export interface ApplymentMicroNode {
 getstate: Open<ApplymentMicroGetstateNode>;
 getupgradestate: Open<ApplymentMicroGetupgradestateNode>;
 modifyarchives: Open<ApplymentMicroModifyarchivesNode>;
 modifycontactinfo: Open<ApplymentMicroModifycontactinfoNode>;
 signcontract: Open<ApplymentMicroSigncontractNode>;
 submit: Open<ApplymentMicroSubmitNode>;
 submitupgrade: Open<ApplymentMicroSubmitupgradeNode>;
 chain: ChainFrom<"applyment/micro">;
}

export interface ApplymentMicroGetstateNode {
 /**
  * 查询申请状态 `POST /applyment/micro/getstate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_3
  * @deprecated
  */
 post: Verb<PostApplymentMicroGetstateOptions, PostApplymentMicroGetstateData>;
 chain: ChainFrom<"applyment/micro/getstate">;
}

export interface ApplymentMicroGetupgradestateNode {
 /**
  * 查询升级申请单状态 `POST /applyment/micro/getupgradestate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_3&index=3
  * @deprecated
  */
 post: Verb<PostApplymentMicroGetupgradestateOptions, PostApplymentMicroGetupgradestateData>;
 chain: ChainFrom<"applyment/micro/getupgradestate">;
}

export interface ApplymentMicroModifyarchivesNode {
 /**
  * 修改结算银行卡 `POST /applyment/micro/modifyarchives`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_2
  * @deprecated
  */
 post: Verb<PostApplymentMicroModifyarchivesOptions, PostApplymentMicroModifyarchivesData>;
 chain: ChainFrom<"applyment/micro/modifyarchives">;
}

export interface ApplymentMicroModifycontactinfoNode {
 /**
  * 修改联系信息 `POST /applyment/micro/modifycontactinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_4
  * @deprecated
  */
 post: Verb<PostApplymentMicroModifycontactinfoOptions, PostApplymentMicroModifycontactinfoData>;
 chain: ChainFrom<"applyment/micro/modifycontactinfo">;
}

export interface ApplymentMicroSigncontractNode {
 /**
  * 签约报备 `POST /applyment/micro/signcontract`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_4
  * @deprecated
  */
 post: Verb<PostApplymentMicroSigncontractOptions, PostApplymentMicroSigncontractData>;
 chain: ChainFrom<"applyment/micro/signcontract">;
}

export interface ApplymentMicroSubmitNode {
 /**
  * 申请入驻 `POST /applyment/micro/submit`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_2
  * @deprecated
  */
 post: Verb<PostApplymentMicroSubmitOptions, PostApplymentMicroSubmitData>;
 chain: ChainFrom<"applyment/micro/submit">;
}

export interface ApplymentMicroSubmitupgradeNode {
 /**
  * 提交升级申请单 `POST /applyment/micro/submitupgrade`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_2&index=2
  * @deprecated
  */
 post: Verb<PostApplymentMicroSubmitupgradeOptions, PostApplymentMicroSubmitupgradeData>;
 chain: ChainFrom<"applyment/micro/submitupgrade">;
}

export interface BillcommentspNode {
 batchquerycomment: Open<BillcommentspBatchquerycommentNode>;
 chain: ChainFrom<"billcommentsp">;
}

export interface BillcommentspBatchquerycommentNode {
 /**
  * 拉取订单评价数据 `POST /billcommentsp/batchquerycomment`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * Answers a file (text, or bytes with `responseType: 'arraybuffer'`); an XML answer is an error.
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_17&index=11
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_17&index=11
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_99&index=12
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_17&index=11
  */
 post: Download<PostBillcommentspBatchquerycommentOptions>;
 chain: ChainFrom<"billcommentsp/batchquerycomment">;
}

export interface CgiBinNode {
 mch: Open<CgiBinMchNode>;
 chain: ChainFrom<"cgi-bin">;
}

export interface CgiBinMchNode {
 customs: Open<CgiBinMchCustomsNode>;
 newcustoms: Open<CgiBinMchNewcustomsNode>;
 chain: ChainFrom<"cgi-bin/mch">;
}

export interface CgiBinMchCustomsNode {
 customdeclareorder: Open<CgiBinMchCustomsCustomdeclareorderNode>;
 customdeclarequery: Open<CgiBinMchCustomsCustomdeclarequeryNode>;
 chain: ChainFrom<"cgi-bin/mch/customs">;
}

export interface CgiBinMchCustomsCustomdeclareorderNode {
 /**
  * 订单附加信息提交接口 `POST /cgi-bin/mch/customs/customdeclareorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_1
  */
 post: Verb<PostCgiBinMchCustomsCustomdeclareorderOptions, PostCgiBinMchCustomsCustomdeclareorderData>;
 chain: ChainFrom<"cgi-bin/mch/customs/customdeclareorder">;
}

export interface CgiBinMchCustomsCustomdeclarequeryNode {
 /**
  * 订单附加信息查询接口 `POST /cgi-bin/mch/customs/customdeclarequery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_2
  */
 post: Verb<PostCgiBinMchCustomsCustomdeclarequeryOptions, PostCgiBinMchCustomsCustomdeclarequeryData>;
 chain: ChainFrom<"cgi-bin/mch/customs/customdeclarequery">;
}

export interface CgiBinMchNewcustomsNode {
 customdeclareredeclare: Open<CgiBinMchNewcustomsCustomdeclareredeclareNode>;
 chain: ChainFrom<"cgi-bin/mch/newcustoms">;
}

export interface CgiBinMchNewcustomsCustomdeclareredeclareNode {
 /**
  * 订单附加信息重推接口 `POST /cgi-bin/mch/newcustoms/customdeclareredeclare`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_4
  */
 post: Verb<PostCgiBinMchNewcustomsCustomdeclareredeclareOptions, PostCgiBinMchNewcustomsCustomdeclareredeclareData>;
 chain: ChainFrom<"cgi-bin/mch/newcustoms/customdeclareredeclare">;
}

export interface DepositNode {
 consume: Open<DepositConsumeNode>;
 facepay: Open<DepositFacepayNode>;
 micropay: Open<DepositMicropayNode>;
 orderquery: Open<DepositOrderqueryNode>;
 refund: Open<DepositRefundNode>;
 refundquery: Open<DepositRefundqueryNode>;
 reverse: Open<DepositReverseNode>;
 unifiedorder: Open<DepositUnifiedorderNode>;
 chain: ChainFrom<"deposit">;
}

export interface DepositConsumeNode {
 /**
  * 消费押金 `POST /deposit/consume`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_4&index=5
  */
 post: Verb<PostDepositConsumeOptions, PostDepositConsumeData>;
 chain: ChainFrom<"deposit/consume">;
}

export interface DepositFacepayNode {
 /**
  * 支付押金（人脸支付） `POST /deposit/facepay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_0&index=1
  */
 post: Verb<PostDepositFacepayOptions, PostDepositFacepayData>;
 chain: ChainFrom<"deposit/facepay">;
}

export interface DepositMicropayNode {
 /**
  * 支付押金（付款码支付） `POST /deposit/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_1&index=2
  */
 post: Verb<PostDepositMicropayOptions, PostDepositMicropayData>;
 chain: ChainFrom<"deposit/micropay">;
}

export interface DepositOrderqueryNode {
 /**
  * 查询订单 `POST /deposit/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_2&index=3
  */
 post: Verb<PostDepositOrderqueryOptions, PostDepositOrderqueryData>;
 chain: ChainFrom<"deposit/orderquery">;
}

export interface DepositRefundNode {
 /**
  * 申请退款（押金） `POST /deposit/refund`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_5&index=6
  */
 post: Verb<PostDepositRefundOptions, PostDepositRefundData>;
 chain: ChainFrom<"deposit/refund">;
}

export interface DepositRefundqueryNode {
 /**
  * 查询退款（押金） `POST /deposit/refundquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_6&index=7
  */
 post: Verb<PostDepositRefundqueryOptions, PostDepositRefundqueryData>;
 chain: ChainFrom<"deposit/refundquery">;
}

export interface DepositReverseNode {
 /**
  * 撤销订单 `POST /deposit/reverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_3&index=4
  */
 post: Verb<PostDepositReverseOptions, PostDepositReverseData>;
 chain: ChainFrom<"deposit/reverse">;
}

export interface DepositUnifiedorderNode {
 /**
  * 支付押金（JSAPI/APP支付） `POST /deposit/unifiedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_7&index=1
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_8&index=3
  */
 post: Verb<PostDepositUnifiedorderOptions, PostDepositUnifiedorderData>;
 chain: ChainFrom<"deposit/unifiedorder">;
}

export interface FaceNode {
 get_wxpayface_authinfo: Open<FaceGetWxpayfaceAuthinfoNode>;
 chain: ChainFrom<"face">;
}

export interface FaceGetWxpayfaceAuthinfoNode {
 /**
  * 人脸识别SDK-获取调用凭证 `POST /face/get_wxpayface_authinfo`
  *
  * Served from https://payapp.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/faceuser.html
  */
 post: Verb<PostFaceGetWxpayfaceAuthinfoOptions, PostFaceGetWxpayfaceAuthinfoData>;
 chain: ChainFrom<"face/get_wxpayface_authinfo">;
}

export interface FundNode {
 queryautowithdrawbydate: Open<FundQueryautowithdrawbydateNode>;
 reautowithdrawbydate: Open<FundReautowithdrawbydateNode>;
 chain: ChainFrom<"fund">;
}

export interface FundQueryautowithdrawbydateNode {
 /**
  * 查询提现状态 `POST /fund/queryautowithdrawbydate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_1
  * @deprecated
  */
 post: Verb<PostFundQueryautowithdrawbydateOptions, PostFundQueryautowithdrawbydateData>;
 chain: ChainFrom<"fund/queryautowithdrawbydate">;
}

export interface FundReautowithdrawbydateNode {
 /**
  * 重新发起提现 `POST /fund/reautowithdrawbydate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_3
  * @deprecated
  */
 post: Verb<PostFundReautowithdrawbydateOptions, PostFundReautowithdrawbydateData>;
 chain: ChainFrom<"fund/reautowithdrawbydate">;
}

export interface MchriskNode {
 bankquerymchauditinfo: Open<MchriskBankquerymchauditinfoNode>;
 channelquerymchauditinfo: Open<MchriskChannelquerymchauditinfoNode>;
 querymchrisk: Open<MchriskQuerymchriskNode>;
 setmchriskcallback: Open<MchriskSetmchriskcallbackNode>;
 syncmchriskresult: Open<MchriskSyncmchriskresultNode>;
 chain: ChainFrom<"mchrisk">;
}

export interface MchriskBankquerymchauditinfoNode {
 /**
  * 间联模式查询商户审核状态开放接口 `POST /mchrisk/bankquerymchauditinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_295
  */
 post: Verb<PostMchriskBankquerymchauditinfoOptions, PostMchriskBankquerymchauditinfoData>;
 chain: ChainFrom<"mchrisk/bankquerymchauditinfo">;
}

export interface MchriskChannelquerymchauditinfoNode {
 /**
  * 渠道商查询商户审核信息 `POST /mchrisk/channelquerymchauditinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_296
  */
 post: Verb<PostMchriskChannelquerymchauditinfoOptions, PostMchriskChannelquerymchauditinfoData>;
 chain: ChainFrom<"mchrisk/channelquerymchauditinfo">;
}

export interface MchriskQuerymchriskNode {
 /**
  * 事前-风险商户核查接口 `POST /mchrisk/querymchrisk`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_291
  */
 post: Verb<PostMchriskQuerymchriskOptions, PostMchriskQuerymchriskData>;
 chain: ChainFrom<"mchrisk/querymchrisk">;
}

export interface MchriskSetmchriskcallbackNode {
 /**
  * 设置风险通知回调链接 `POST /mchrisk/setmchriskcallback`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_294
  */
 post: Verb<PostMchriskSetmchriskcallbackOptions, PostMchriskSetmchriskcallbackData>;
 chain: ChainFrom<"mchrisk/setmchriskcallback">;
}

export interface MchriskSyncmchriskresultNode {
 /**
  * 事后-风险商户处理结果同步接口 `POST /mchrisk/syncmchriskresult`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_293
  */
 post: Verb<PostMchriskSyncmchriskresultOptions, PostMchriskSyncmchriskresultData>;
 chain: ChainFrom<"mchrisk/syncmchriskresult">;
}

export interface MmpaymkttransfersNode {
 gethbinfo: Open<MmpaymkttransfersGethbinfoNode>;
 gettransferinfo: Open<MmpaymkttransfersGettransferinfoNode>;
 promotion: Open<MmpaymkttransfersPromotionNode>;
 query_coupon_stock: Open<MmpaymkttransfersQueryCouponStockNode>;
 querycouponsinfo: Open<MmpaymkttransfersQuerycouponsinfoNode>;
 queryworkwxredpack: Open<MmpaymkttransfersQueryworkwxredpackNode>;
 send_coupon: Open<MmpaymkttransfersSendCouponNode>;
 sendgroupredpack: Open<MmpaymkttransfersSendgroupredpackNode>;
 sendminiprogramhb: Open<MmpaymkttransfersSendminiprogramhbNode>;
 sendredpack: Open<MmpaymkttransfersSendredpackNode>;
 sendworkwxredpack: Open<MmpaymkttransfersSendworkwxredpackNode>;
 chain: ChainFrom<"mmpaymkttransfers">;
}

export interface MmpaymkttransfersGethbinfoNode {
 /**
  * 查询红包记录 `POST /mmpaymkttransfers/gethbinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_6&index=5
  */
 post: Verb<PostMmpaymkttransfersGethbinfoOptions, PostMmpaymkttransfersGethbinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/gethbinfo">;
}

export interface MmpaymkttransfersGettransferinfoNode {
 /**
  * 查询企业向微信用户个人付款 `POST /mmpaymkttransfers/gettransferinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_3
  */
 post: Verb<PostMmpaymkttransfersGettransferinfoOptions, PostMmpaymkttransfersGettransferinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/gettransferinfo">;
}

export interface MmpaymkttransfersPromotionNode {
 paywwsptrans2pocket: Open<MmpaymkttransfersPromotionPaywwsptrans2pocketNode>;
 querywwsptrans2pocket: Open<MmpaymkttransfersPromotionQuerywwsptrans2pocketNode>;
 transfers: Open<MmpaymkttransfersPromotionTransfersNode>;
 chain: ChainFrom<"mmpaymkttransfers/promotion">;
}

export interface MmpaymkttransfersPromotionPaywwsptrans2pocketNode {
 /**
  * 向员工付款 `POST /mmpaymkttransfers/promotion/paywwsptrans2pocket`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  */
 post: Verb<PostMmpaymkttransfersPromotionPaywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionPaywwsptrans2pocketData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/paywwsptrans2pocket">;
}

export interface MmpaymkttransfersPromotionQuerywwsptrans2pocketNode {
 /**
  * 查询付款记录 `POST /mmpaymkttransfers/promotion/querywwsptrans2pocket`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  */
 post: Verb<PostMmpaymkttransfersPromotionQuerywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionQuerywwsptrans2pocketData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/querywwsptrans2pocket">;
}

export interface MmpaymkttransfersPromotionTransfersNode {
 /**
  * 向微信用户个人付款 `POST /mmpaymkttransfers/promotion/transfers`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2
  */
 post: Verb<PostMmpaymkttransfersPromotionTransfersOptions, PostMmpaymkttransfersPromotionTransfersData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/transfers">;
}

export interface MmpaymkttransfersQueryCouponStockNode {
 /**
  * 查询代金券批次 `POST /mmpaymkttransfers/query_coupon_stock`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_4&index=5
  */
 post: Verb<PostMmpaymkttransfersQueryCouponStockOptions, PostMmpaymkttransfersQueryCouponStockData>;
 chain: ChainFrom<"mmpaymkttransfers/query_coupon_stock">;
}

export interface MmpaymkttransfersQuerycouponsinfoNode {
 /**
  * 查询代金券信息 `POST /mmpaymkttransfers/querycouponsinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_5&index=6
  */
 post: Verb<PostMmpaymkttransfersQuerycouponsinfoOptions, PostMmpaymkttransfersQuerycouponsinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/querycouponsinfo">;
}

export interface MmpaymkttransfersQueryworkwxredpackNode {
 /**
  * 查询红包记录 `POST /mmpaymkttransfers/queryworkwxredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostMmpaymkttransfersQueryworkwxredpackOptions, PostMmpaymkttransfersQueryworkwxredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/queryworkwxredpack">;
}

export interface MmpaymkttransfersSendCouponNode {
 /**
  * 发放代金券 `POST /mmpaymkttransfers/send_coupon`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_3&index=4
  */
 post: Verb<PostMmpaymkttransfersSendCouponOptions, PostMmpaymkttransfersSendCouponData>;
 chain: ChainFrom<"mmpaymkttransfers/send_coupon">;
}

export interface MmpaymkttransfersSendgroupredpackNode {
 /**
  * 发放裂变红包 `POST /mmpaymkttransfers/sendgroupredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_5&index=4
  * @deprecated
  */
 post: Verb<PostMmpaymkttransfersSendgroupredpackOptions, PostMmpaymkttransfersSendgroupredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendgroupredpack">;
}

export interface MmpaymkttransfersSendminiprogramhbNode {
 /**
  * 发放小程序红包接口 `POST /mmpaymkttransfers/sendminiprogramhb`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_xcx.php?chapter=18_2&index=3
  */
 post: Verb<PostMmpaymkttransfersSendminiprogramhbOptions, PostMmpaymkttransfersSendminiprogramhbData>;
 chain: ChainFrom<"mmpaymkttransfers/sendminiprogramhb">;
}

export interface MmpaymkttransfersSendredpackNode {
 /**
  * 发放普通红包 `POST /mmpaymkttransfers/sendredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_sl.php?chapter=13_4&index=3
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_4&index=3
  */
 post: Verb<PostMmpaymkttransfersSendredpackOptions, PostMmpaymkttransfersSendredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendredpack">;
}

export interface MmpaymkttransfersSendworkwxredpackNode {
 /**
  * 发放企业红包 `POST /mmpaymkttransfers/sendworkwxredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostMmpaymkttransfersSendworkwxredpackOptions, PostMmpaymkttransfersSendworkwxredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendworkwxredpack">;
}

export interface MmpaysptransNode {
 pay_bank: Open<MmpaysptransPayBankNode>;
 query_bank: Open<MmpaysptransQueryBankNode>;
 chain: ChainFrom<"mmpaysptrans">;
}

export interface MmpaysptransPayBankNode {
 /**
  * 企业付款到银行卡 `POST /mmpaysptrans/pay_bank`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_2
  */
 post: Verb<PostMmpaysptransPayBankOptions, PostMmpaysptransPayBankData>;
 chain: ChainFrom<"mmpaysptrans/pay_bank">;
}

export interface MmpaysptransQueryBankNode {
 /**
  * 查询企业付款银行卡 `POST /mmpaysptrans/query_bank`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_3
  */
 post: Verb<PostMmpaysptransQueryBankOptions, PostMmpaysptransQueryBankData>;
 chain: ChainFrom<"mmpaysptrans/query_bank">;
}

export interface PapayNode {
 deletecontract: Open<PapayDeletecontractNode>;
 entrustweb: Open<PapayEntrustwebNode>;
 h5entrustweb: Open<PapayH5entrustwebNode>;
 partner: Open<PapayPartnerNode>;
 preentrustweb: Open<PapayPreentrustwebNode>;
 querycontract: Open<PapayQuerycontractNode>;
 chain: ChainFrom<"papay">;
}

export interface PapayDeletecontractNode {
 /**
  * 申请解约 `POST /papay/deletecontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_9.shtml
  */
 post: Verb<PostPapayDeletecontractOptions, PostPapayDeletecontractData>;
 chain: ChainFrom<"papay/deletecontract">;
}

export interface PapayEntrustwebNode {
 /**
  * 公众号纯签约 `GET /papay/entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/merchant/4011986768
  */
 get: OptionalVerb<GetPapayEntrustwebOptions, GetPapayEntrustwebData>;
 chain: ChainFrom<"papay/entrustweb">;
}

export interface PapayH5entrustwebNode {
 /**
  * H5纯签约 `GET /papay/h5entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/merchant/4011987295
  */
 get: Verb<GetPapayH5entrustwebOptions, GetPapayH5entrustwebData>;
 chain: ChainFrom<"papay/h5entrustweb">;
}

export interface PapayPartnerNode {
 deletecontract: Open<PapayPartnerDeletecontractNode>;
 entrustweb: Open<PapayPartnerEntrustwebNode>;
 h5entrustweb: Open<PapayPartnerH5entrustwebNode>;
 preentrustweb: Open<PapayPartnerPreentrustwebNode>;
 querycontract: Open<PapayPartnerQuerycontractNode>;
 chain: ChainFrom<"papay/partner">;
}

export interface PapayPartnerDeletecontractNode {
 /** 申请解约 `POST /papay/partner/deletecontract` */
 post: Verb<PostPapayPartnerDeletecontractOptions, PostPapayPartnerDeletecontractData>;
 chain: ChainFrom<"papay/partner/deletecontract">;
}

export interface PapayPartnerEntrustwebNode {
 /**
  * 公众号纯签约 `GET /papay/partner/entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_1.shtml
  */
 get: OptionalVerb<GetPapayPartnerEntrustwebOptions, GetPapayPartnerEntrustwebData>;
 chain: ChainFrom<"papay/partner/entrustweb">;
}

export interface PapayPartnerH5entrustwebNode {
 /**
  * H5纯签约 `GET /papay/partner/h5entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/partner/4011988368
  */
 get: Verb<GetPapayPartnerH5entrustwebOptions, GetPapayPartnerH5entrustwebData>;
 chain: ChainFrom<"papay/partner/h5entrustweb">;
}

export interface PapayPartnerPreentrustwebNode {
 /**
  * APP纯签约 `POST /papay/partner/preentrustweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
  */
 post: Verb<PostPapayPartnerPreentrustwebOptions, PostPapayPartnerPreentrustwebData>;
 chain: ChainFrom<"papay/partner/preentrustweb">;
}

export interface PapayPartnerQuerycontractNode {
 /**
  * 查询签约关系 `POST /papay/partner/querycontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_7.shtml
  */
 post: Verb<PostPapayPartnerQuerycontractOptions, PostPapayPartnerQuerycontractData>;
 chain: ChainFrom<"papay/partner/querycontract">;
}

export interface PapayPreentrustwebNode {
 /**
  * APP纯签约 `POST /papay/preentrustweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
  */
 post: Verb<PostPapayPreentrustwebOptions, PostPapayPreentrustwebData>;
 chain: ChainFrom<"papay/preentrustweb">;
}

export interface PapayQuerycontractNode {
 /**
  * 查询签约关系 `POST /papay/querycontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_7.shtml
  */
 post: Verb<PostPapayQuerycontractOptions, PostPapayQuerycontractData>;
 chain: ChainFrom<"papay/querycontract">;
}

export interface PayNode {
 closecombinedorder: Open<PayClosecombinedorderNode>;
 closeorder: Open<PayCloseorderNode>;
 combinedorder: Open<PayCombinedorderNode>;
 contractorder: Open<PayContractorderNode>;
 downloadbill: Open<PayDownloadbillNode>;
 downloadfundflow: Open<PayDownloadfundflowNode>;
 facepay: Open<PayFacepayNode>;
 facepayquery: Open<PayFacepayqueryNode>;
 micropay: Open<PayMicropayNode>;
 orderquery: Open<PayOrderqueryNode>;
 paporderquery: Open<PayPaporderqueryNode>;
 pappayapply: Open<PayPappayapplyNode>;
 partner: Open<PayPartnerNode>;
 profitsharingaddreceiver: Open<PayProfitsharingaddreceiverNode>;
 profitsharingmerchantratioquery: Open<PayProfitsharingmerchantratioqueryNode>;
 profitsharingorderamountquery: Open<PayProfitsharingorderamountqueryNode>;
 profitsharingquery: Open<PayProfitsharingqueryNode>;
 profitsharingremovereceiver: Open<PayProfitsharingremovereceiverNode>;
 profitsharingreturnquery: Open<PayProfitsharingreturnqueryNode>;
 querycombinedorder: Open<PayQuerycombinedorderNode>;
 queryexchagerate: Open<PayQueryexchagerateNode>;
 refundquery: Open<PayRefundqueryNode>;
 refundqueryv2: Open<PayRefundqueryv2Node>;
 settlementquery: Open<PaySettlementqueryNode>;
 unifiedorder: Open<PayUnifiedorderNode>;
 chain: ChainFrom<"pay">;
}

export interface PayClosecombinedorderNode {
 /**
  * 合单关单 `POST /pay/closecombinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_2&index=3
  */
 post: Verb<PostPayClosecombinedorderOptions, PostPayClosecombinedorderData>;
 chain: ChainFrom<"pay/closecombinedorder">;
}

export interface PayCloseorderNode {
 /**
  * 关闭订单 `POST /pay/closeorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_3
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_3
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_3&index=5
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_3&index=3
  */
 post: Verb<PostPayCloseorderOptions, PostPayCloseorderData>;
 chain: ChainFrom<"pay/closeorder">;
}

export interface PayCombinedorderNode {
 /**
  * 合单下单 `POST /pay/combinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_1&index=2
  */
 post: Verb<PostPayCombinedorderOptions, PostPayCombinedorderData>;
 chain: ChainFrom<"pay/combinedorder">;
}

export interface PayContractorderNode {
 /** 支付中签约 `POST /pay/contractorder` */
 post: Verb<PostPayContractorderOptions, PostPayContractorderData>;
 chain: ChainFrom<"pay/contractorder">;
}

export interface PayDownloadbillNode {
 /**
  * 下载对账单 `POST /pay/downloadbill`
  *
  * Answers a file (text, or bytes with `responseType: 'arraybuffer'`); an XML answer is an error.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8
  */
 post: Download<PostPayDownloadbillOptions>;
 chain: ChainFrom<"pay/downloadbill">;
}

export interface PayDownloadfundflowNode {
 /**
  * 下载资金账单 `POST /pay/downloadfundflow`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * Answers a file (text, or bytes with `responseType: 'arraybuffer'`); an XML answer is an error.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_18&index=7
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_18&index=7
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_18&index=7
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_18&index=9
  */
 post: Download<PostPayDownloadfundflowOptions>;
 chain: ChainFrom<"pay/downloadfundflow">;
}

export interface PayFacepayNode {
 /** 提交刷脸支付 `POST /pay/facepay` */
 post: Verb<PostPayFacepayOptions, PostPayFacepayData>;
 chain: ChainFrom<"pay/facepay">;
}

export interface PayFacepayqueryNode {
 /** 查询订单 `POST /pay/facepayquery` */
 post: Verb<PostPayFacepayqueryOptions, PostPayFacepayqueryData>;
 chain: ChainFrom<"pay/facepayquery">;
}

export interface PayMicropayNode {
 /**
  * 提交付款码支付 `POST /pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
  */
 post: Verb<PostPayMicropayOptions, PostPayMicropayData>;
 chain: ChainFrom<"pay/micropay">;
}

export interface PayOrderqueryNode {
 /**
  * 查询订单 `POST /pay/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4
  */
 post: Verb<PostPayOrderqueryOptions, PostPayOrderqueryData>;
 chain: ChainFrom<"pay/orderquery">;
}

export interface PayPaporderqueryNode {
 /**
  * 查询订单 `POST /pay/paporderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
  */
 post: Verb<PostPayPaporderqueryOptions, PostPayPaporderqueryData>;
 chain: ChainFrom<"pay/paporderquery">;
}

export interface PayPappayapplyNode {
 /**
  * 申请扣款 `POST /pay/pappayapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_8.shtml
  */
 post: Verb<PostPayPappayapplyOptions, PostPayPappayapplyData>;
 chain: ChainFrom<"pay/pappayapply">;
}

export interface PayPartnerNode {
 paporderquery: Open<PayPartnerPaporderqueryNode>;
 pappayapply: Open<PayPartnerPappayapplyNode>;
 chain: ChainFrom<"pay/partner">;
}

export interface PayPartnerPaporderqueryNode {
 /**
  * 查询订单 `POST /pay/partner/paporderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
  */
 post: Verb<PostPayPartnerPaporderqueryOptions, PostPayPartnerPaporderqueryData>;
 chain: ChainFrom<"pay/partner/paporderquery">;
}

export interface PayPartnerPappayapplyNode {
 /**
  * 申请扣款 `POST /pay/partner/pappayapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_8.shtml
  */
 post: Verb<PostPayPartnerPappayapplyOptions, PostPayPartnerPappayapplyData>;
 chain: ChainFrom<"pay/partner/pappayapply">;
}

export interface PayProfitsharingaddreceiverNode {
 /**
  * 添加分账接收方 `POST /pay/profitsharingaddreceiver`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_3&index=4
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_3&index=4
  */
 post: Verb<PostPayProfitsharingaddreceiverOptions, PostPayProfitsharingaddreceiverData>;
 chain: ChainFrom<"pay/profitsharingaddreceiver">;
}

export interface PayProfitsharingmerchantratioqueryNode {
 /**
  * 查询最大分账比例API `POST /pay/profitsharingmerchantratioquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_11&index=8
  */
 post: Verb<PostPayProfitsharingmerchantratioqueryOptions, PostPayProfitsharingmerchantratioqueryData>;
 chain: ChainFrom<"pay/profitsharingmerchantratioquery">;
}

export interface PayProfitsharingorderamountqueryNode {
 /**
  * 查询订单待分账金额 `POST /pay/profitsharingorderamountquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7
  */
 post: Verb<PostPayProfitsharingorderamountqueryOptions, PostPayProfitsharingorderamountqueryData>;
 chain: ChainFrom<"pay/profitsharingorderamountquery">;
}

export interface PayProfitsharingqueryNode {
 /**
  * 查询分账结果 `POST /pay/profitsharingquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_2&index=3
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_2&index=3
  */
 post: Verb<PostPayProfitsharingqueryOptions, PostPayProfitsharingqueryData>;
 chain: ChainFrom<"pay/profitsharingquery">;
}

export interface PayProfitsharingremovereceiverNode {
 /**
  * 删除分账接收方 `POST /pay/profitsharingremovereceiver`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_4&index=5
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_4&index=5
  */
 post: Verb<PostPayProfitsharingremovereceiverOptions, PostPayProfitsharingremovereceiverData>;
 chain: ChainFrom<"pay/profitsharingremovereceiver">;
}

export interface PayProfitsharingreturnqueryNode {
 /**
  * 回退结果查询 `POST /pay/profitsharingreturnquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_8&index=9
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_8&index=10
  */
 post: Verb<PostPayProfitsharingreturnqueryOptions, PostPayProfitsharingreturnqueryData>;
 chain: ChainFrom<"pay/profitsharingreturnquery">;
}

export interface PayQuerycombinedorderNode {
 /**
  * 合单查单 `POST /pay/querycombinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_3&index=4
  */
 post: Verb<PostPayQuerycombinedorderOptions, PostPayQuerycombinedorderData>;
 chain: ChainFrom<"pay/querycombinedorder">;
}

export interface PayQueryexchagerateNode {
 /**
  * 汇率查询API `POST /pay/queryexchagerate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_10.shtml
  */
 post: Verb<PostPayQueryexchagerateOptions, PostPayQueryexchagerateData>;
 chain: ChainFrom<"pay/queryexchagerate">;
}

export interface PayRefundqueryNode {
 /**
  * 查询退款 `POST /pay/refundquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7
  */
 post: Verb<PostPayRefundqueryOptions, PostPayRefundqueryData>;
 chain: ChainFrom<"pay/refundquery">;
}

export interface PayRefundqueryv2Node {
 /**
  * 查询退款（支持单品） `POST /pay/refundqueryv2`
  * @see https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_104&index=4
  */
 post: Verb<PostPayRefundqueryv2Options, PostPayRefundqueryv2Data>;
 chain: ChainFrom<"pay/refundqueryv2">;
}

export interface PaySettlementqueryNode {
 /**
  * 查询结算资金 `POST /pay/settlementquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_9.shtml
  */
 post: Verb<PostPaySettlementqueryOptions, PostPaySettlementqueryData>;
 chain: ChainFrom<"pay/settlementquery">;
}

export interface PayUnifiedorderNode {
 /**
  * 统一下单 `POST /pay/unifiedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1
  */
 post: Verb<PostPayUnifiedorderOptions, PostPayUnifiedorderData>;
 chain: ChainFrom<"pay/unifiedorder">;
}

export interface PayitilNode {
 report: Open<PayitilReportNode>;
 chain: ChainFrom<"payitil">;
}

export interface PayitilReportNode {
 /**
  * 交易保障 `POST /payitil/report`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&index=9
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_8&index=9
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_8&index=10
  */
 post: Verb<PostPayitilReportOptions, PostPayitilReportData>;
 chain: ChainFrom<"payitil/report">;
}

export interface RiskNode {
 getcertficates: Open<RiskGetcertficatesNode>;
 getpublickey: Open<RiskGetpublickeyNode>;
 getviolation: Open<RiskGetviolationNode>;
 chain: ChainFrom<"risk">;
}

export interface RiskGetcertficatesNode {
 /**
  * 获取平台证书 `POST /risk/getcertficates`
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_11
  */
 post: Verb<PostRiskGetcertficatesOptions, PostRiskGetcertficatesData>;
 chain: ChainFrom<"risk/getcertficates">;
}

export interface RiskGetpublickeyNode {
 /**
  * 获取RSA加密公钥API `POST /risk/getpublickey`
  *
  * Served from https://fraud.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay_yhk.php?chapter=24_7&index=4
  */
 post: Verb<PostRiskGetpublickeyOptions, PostRiskGetpublickeyData>;
 chain: ChainFrom<"risk/getpublickey">;
}

export interface RiskGetviolationNode {
 /**
  * 银行特约商户违规信息查询 `POST /risk/getviolation`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_28&index=1&p=902
  */
 post: Verb<PostRiskGetviolationOptions, PostRiskGetviolationData>;
 chain: ChainFrom<"risk/getviolation">;
}

export interface SandboxnewNode {
 pay: Open<SandboxnewPayNode>;
 chain: ChainFrom<"sandboxnew">;
}

export interface SandboxnewPayNode {
 downloadbill: Open<SandboxnewPayDownloadbillNode>;
 getsignkey: Open<SandboxnewPayGetsignkeyNode>;
 micropay: Open<SandboxnewPayMicropayNode>;
 orderquery: Open<SandboxnewPayOrderqueryNode>;
 refund: Open<SandboxnewPayRefundNode>;
 refundquery: Open<SandboxnewPayRefundqueryNode>;
 unifiedorder: Open<SandboxnewPayUnifiedorderNode>;
 chain: ChainFrom<"sandboxnew/pay">;
}

export interface SandboxnewPayDownloadbillNode {
 /**
  * 下载对账单 `POST /sandboxnew/pay/downloadbill`
  *
  * Answers a file (text, or bytes with `responseType: 'arraybuffer'`); an XML answer is an error.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8
  * @deprecated
  */
 post: Download<PostSandboxnewPayDownloadbillOptions>;
 chain: ChainFrom<"sandboxnew/pay/downloadbill">;
}

export interface SandboxnewPayGetsignkeyNode {
 /**
  * 获取验签密钥API `POST /sandboxnew/pay/getsignkey`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  * @deprecated
  */
 post: Verb<PostSandboxnewPayGetsignkeyOptions, PostSandboxnewPayGetsignkeyData>;
 chain: ChainFrom<"sandboxnew/pay/getsignkey">;
}

export interface SandboxnewPayMicropayNode {
 /**
  * 提交付款码支付 `POST /sandboxnew/pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
  * @deprecated
  */
 post: Verb<PostSandboxnewPayMicropayOptions, PostSandboxnewPayMicropayData>;
 chain: ChainFrom<"sandboxnew/pay/micropay">;
}

export interface SandboxnewPayOrderqueryNode {
 /**
  * 查询订单 `POST /sandboxnew/pay/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4
  * @deprecated
  */
 post: Verb<PostSandboxnewPayOrderqueryOptions, PostSandboxnewPayOrderqueryData>;
 chain: ChainFrom<"sandboxnew/pay/orderquery">;
}

export interface SandboxnewPayRefundNode {
 /**
  * 申请退款 `POST /sandboxnew/pay/refund`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6
  * @deprecated
  */
 post: Verb<PostSandboxnewPayRefundOptions, PostSandboxnewPayRefundData>;
 chain: ChainFrom<"sandboxnew/pay/refund">;
}

export interface SandboxnewPayRefundqueryNode {
 /**
  * 查询退款 `POST /sandboxnew/pay/refundquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7
  * @deprecated
  */
 post: Verb<PostSandboxnewPayRefundqueryOptions, PostSandboxnewPayRefundqueryData>;
 chain: ChainFrom<"sandboxnew/pay/refundquery">;
}

export interface SandboxnewPayUnifiedorderNode {
 /**
  * 统一下单 `POST /sandboxnew/pay/unifiedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1
  * @deprecated
  */
 post: Verb<PostSandboxnewPayUnifiedorderOptions, PostSandboxnewPayUnifiedorderData>;
 chain: ChainFrom<"sandboxnew/pay/unifiedorder">;
}

export interface SecapiNode {
 mch: Open<SecapiMchNode>;
 mkt: Open<SecapiMktNode>;
 pay: Open<SecapiPayNode>;
 chain: ChainFrom<"secapi">;
}

export interface SecapiMchNode {
 addsubdevconfig: Open<SecapiMchAddsubdevconfigNode>;
 channelsetting: Open<SecapiMchChannelsettingNode>;
 modifymchinfo: Open<SecapiMchModifymchinfoNode>;
 querysubdevconfig: Open<SecapiMchQuerysubdevconfigNode>;
 submchmanage: Open<SecapiMchSubmchmanageNode>;
 uploadmedia: Open<SecapiMchUploadmediaNode>;
 chain: ChainFrom<"secapi/mch">;
}

export interface SecapiMchAddInstitutionsubNode {
 /**
  * 进件子商户 `POST /secapi/mch/addInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchAddInstitutionsubOptions, PostSecapiMchAddInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/addInstitutionsub">;
}

export interface SecapiMchAddsubdevconfigNode {
 /**
  * 服务商子商户开发配置新增支付目录/新增对应APPID关联 `POST /secapi/mch/addsubdevconfig`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_2&index=2&p=901
  */
 post: Verb<PostSecapiMchAddsubdevconfigOptions, PostSecapiMchAddsubdevconfigData>;
 chain: ChainFrom<"secapi/mch/addsubdevconfig">;
}

export interface SecapiMchChannelsettingNode {
 /**
  * 银行服务商特约子商户指定渠道号API `POST /secapi/mch/channelsetting`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_26
  */
 post: Verb<PostSecapiMchChannelsettingOptions, PostSecapiMchChannelsettingData>;
 chain: ChainFrom<"secapi/mch/channelsetting">;
}

export interface SecapiMchModifyInstitutionsubNode {
 /**
  * 修改子商户API `POST /secapi/mch/modifyInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchModifyInstitutionsubOptions, PostSecapiMchModifyInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/modifyInstitutionsub">;
}

export interface SecapiMchModifymchinfoNode {
 /**
  * 银行特约商户信息修改 `POST /secapi/mch/modifymchinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_27&index=2&p=9
  */
 post: Verb<PostSecapiMchModifymchinfoOptions, PostSecapiMchModifymchinfoData>;
 chain: ChainFrom<"secapi/mch/modifymchinfo">;
}

export interface SecapiMchQueryInstitutionsubNode {
 /**
  * 查询子商户 `POST /secapi/mch/queryInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchQueryInstitutionsubOptions, PostSecapiMchQueryInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/queryInstitutionsub">;
}

export interface SecapiMchQuerysubdevconfigNode {
 /**
  * 配置查询 `POST /secapi/mch/querysubdevconfig`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_25&index=4&p=901
  */
 post: Verb<PostSecapiMchQuerysubdevconfigOptions, PostSecapiMchQuerysubdevconfigData>;
 chain: ChainFrom<"secapi/mch/querysubdevconfig">;
}

export interface SecapiMchSubmchmanageNode {
 /**
  * 银行特约商户录入/银行特约商户资料查询 `POST /secapi/mch/submchmanage`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_21&index=3&p=9
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_22&index=3&p=9
  */
 post: Verb<PostSecapiMchSubmchmanageOptions, PostSecapiMchSubmchmanageData>;
 chain: ChainFrom<"secapi/mch/submchmanage">;
}

export interface SecapiMchUploadmediaNode {
 /**
  * 图片上传API `POST /secapi/mch/uploadmedia`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_9
  */
 post: Verb<PostSecapiMchUploadmediaOptions, PostSecapiMchUploadmediaData>;
 chain: ChainFrom<"secapi/mch/uploadmedia">;
}

export interface SecapiMktNode {
 addrecommendconf: Open<SecapiMktAddrecommendconfNode>;
 chain: ChainFrom<"secapi/mkt">;
}

export interface SecapiMktAddrecommendconfNode {
 /**
  * 服务商特约商户关注功能配置 `POST /secapi/mkt/addrecommendconf`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_1&index=1&p=901
  * @deprecated
  */
 post: Verb<PostSecapiMktAddrecommendconfOptions, PostSecapiMktAddrecommendconfData>;
 chain: ChainFrom<"secapi/mkt/addrecommendconf">;
}

export interface SecapiPayNode {
 facepayreverse: Open<SecapiPayFacepayreverseNode>;
 multiprofitsharing: Open<SecapiPayMultiprofitsharingNode>;
 profitsharing: Open<SecapiPayProfitsharingNode>;
 profitsharingfinish: Open<SecapiPayProfitsharingfinishNode>;
 profitsharingreturn: Open<SecapiPayProfitsharingreturnNode>;
 refund: Open<SecapiPayRefundNode>;
 refundv2: Open<SecapiPayRefundv2Node>;
 reverse: Open<SecapiPayReverseNode>;
 chain: ChainFrom<"secapi/pay">;
}

export interface SecapiPayFacepayreverseNode {
 /**
  * 撤销订单 `POST /secapi/pay/facepayreverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiPayFacepayreverseOptions, PostSecapiPayFacepayreverseData>;
 chain: ChainFrom<"secapi/pay/facepayreverse">;
}

export interface SecapiPayMultiprofitsharingNode {
 /**
  * 请求多次分账 `POST /secapi/pay/multiprofitsharing`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_6&index=2
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_6&index=2
  */
 post: Verb<PostSecapiPayMultiprofitsharingOptions, PostSecapiPayMultiprofitsharingData>;
 chain: ChainFrom<"secapi/pay/multiprofitsharing">;
}

export interface SecapiPayProfitsharingNode {
 /**
  * 请求单次分账 `POST /secapi/pay/profitsharing`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_1&index=1
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_1&index=1
  */
 post: Verb<PostSecapiPayProfitsharingOptions, PostSecapiPayProfitsharingData>;
 chain: ChainFrom<"secapi/pay/profitsharing">;
}

export interface SecapiPayProfitsharingfinishNode {
 /**
  * 完结分账 `POST /secapi/pay/profitsharingfinish`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_5&index=6
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_5&index=6
  */
 post: Verb<PostSecapiPayProfitsharingfinishOptions, PostSecapiPayProfitsharingfinishData>;
 chain: ChainFrom<"secapi/pay/profitsharingfinish">;
}

export interface SecapiPayProfitsharingreturnNode {
 /**
  * 分账回退 `POST /secapi/pay/profitsharingreturn`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_7&index=8
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_7&index=9
  */
 post: Verb<PostSecapiPayProfitsharingreturnOptions, PostSecapiPayProfitsharingreturnData>;
 chain: ChainFrom<"secapi/pay/profitsharingreturn">;
}

export interface SecapiPayRefundNode {
 /**
  * 申请退款 `POST /secapi/pay/refund`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6
  */
 post: Verb<PostSecapiPayRefundOptions, PostSecapiPayRefundData>;
 chain: ChainFrom<"secapi/pay/refund">;
}

export interface SecapiPayRefundv2Node {
 /**
  * 申请退款（支持单品） `POST /secapi/pay/refundv2`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi_sl.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_103&index=3
  */
 post: Verb<PostSecapiPayRefundv2Options, PostSecapiPayRefundv2Data>;
 chain: ChainFrom<"secapi/pay/refundv2">;
}

export interface SecapiPayReverseNode {
 /**
  * 撤销订单 `POST /secapi/pay/reverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_11&index=3
  */
 post: Verb<PostSecapiPayReverseOptions, PostSecapiPayReverseData>;
 chain: ChainFrom<"secapi/pay/reverse">;
}

export interface SecsvcNode {
 getrealnameinfo: Open<SecsvcGetrealnameinfoNode>;
 realnameauth: Open<SecsvcRealnameauthNode>;
 chain: ChainFrom<"secsvc">;
}

export interface SecsvcGetrealnameinfoNode {
 /**
  * 微信支付实名授权 `POST /secsvc/getrealnameinfo`
  *
  * Served from https://fraud.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauthorization.php?chapter=60_5&index=1
  */
 post: Verb<PostSecsvcGetrealnameinfoOptions, PostSecsvcGetrealnameinfoData>;
 chain: ChainFrom<"secsvc/getrealnameinfo">;
}

export interface SecsvcRealnameauthNode {
 /**
  * 微信支付实名验证 `POST /secsvc/realnameauth`
  *
  * Served from https://fraud.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
  */
 post: Verb<PostSecsvcRealnameauthOptions, PostSecsvcRealnameauthData>;
 chain: ChainFrom<"secsvc/realnameauth">;
}

export interface ToolsNode {
 authcodetoopenid: Open<ToolsAuthcodetoopenidNode>;
 shorturl: Open<ToolsShorturlNode>;
 chain: ChainFrom<"tools">;
}

export interface ToolsAuthcodetoopenidNode {
 /**
  * 授权码查询openid `POST /tools/authcodetoopenid`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay_sl.php?chapter=9_12&index=8
  */
 post: Verb<PostToolsAuthcodetoopenidOptions, PostToolsAuthcodetoopenidData>;
 chain: ChainFrom<"tools/authcodetoopenid">;
}

export interface ToolsShorturlNode {
 /**
  * 转换短链接 `POST /tools/shorturl`
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_9&index=10
  */
 post: Verb<PostToolsShorturlOptions, PostToolsShorturlData>;
 chain: ChainFrom<"tools/shorturl">;
}

export interface TransitNode {
 partnerpay: Open<TransitPartnerpayNode>;
 pay: Open<TransitPayNode>;
 queryorder: Open<TransitQueryorderNode>;
 chain: ChainFrom<"transit">;
}

export interface TransitPartnerpayNode {
 payapply: Open<TransitPartnerpayPayapplyNode>;
 queryorder: Open<TransitPartnerpayQueryorderNode>;
 querystate: Open<TransitPartnerpayQuerystateNode>;
 chain: ChainFrom<"transit/partnerpay">;
}

export interface TransitPartnerpayPayapplyNode {
 /**
  * 申请扣款 `POST /transit/partnerpay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_99&index=5
  */
 post: Verb<PostTransitPartnerpayPayapplyOptions, PostTransitPartnerpayPayapplyData>;
 chain: ChainFrom<"transit/partnerpay/payapply">;
}

export interface TransitPartnerpayQueryorderNode {
 /**
  * 查询订单 `POST /transit/partnerpay/queryorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_96&index=7&p=202
  */
 post: Verb<PostTransitPartnerpayQueryorderOptions, PostTransitPartnerpayQueryorderData>;
 chain: ChainFrom<"transit/partnerpay/queryorder">;
}

export interface TransitPartnerpayQuerystateNode {
 /**
  * 查询用户状态接口 `POST /transit/partnerpay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_96&index=5
  */
 post: Verb<PostTransitPartnerpayQuerystateOptions, PostTransitPartnerpayQuerystateData>;
 chain: ChainFrom<"transit/partnerpay/querystate">;
}

export interface TransitPayNode {
 payapply: Open<TransitPayPayapplyNode>;
 querystate: Open<TransitPayQuerystateNode>;
 chain: ChainFrom<"transit/pay">;
}

export interface TransitPayPayapplyNode {
 /**
  * 申请扣款 `POST /transit/pay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_99&index=5
  */
 post: Verb<PostTransitPayPayapplyOptions, PostTransitPayPayapplyData>;
 chain: ChainFrom<"transit/pay/payapply">;
}

export interface TransitPayQuerystateNode {
 /**
  * 查询用户状态接口 `POST /transit/pay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_96&index=12
  */
 post: Verb<PostTransitPayQuerystateOptions, PostTransitPayQuerystateData>;
 chain: ChainFrom<"transit/pay/querystate">;
}

export interface TransitQueryorderNode {
 /**
  * 查询订单 `POST /transit/queryorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_96&index=7
  */
 post: Verb<PostTransitQueryorderOptions, PostTransitQueryorderData>;
 chain: ChainFrom<"transit/queryorder">;
}

export interface VehicleNode {
 partnerpay: Open<VehiclePartnerpayNode>;
 pay: Open<VehiclePayNode>;
 chain: ChainFrom<"vehicle">;
}

export interface VehiclePartnerpayNode {
 notification: Open<VehiclePartnerpayNotificationNode>;
 payapply: Open<VehiclePartnerpayPayapplyNode>;
 querystate: Open<VehiclePartnerpayQuerystateNode>;
 chain: ChainFrom<"vehicle/partnerpay">;
}

export interface VehiclePartnerpayNotificationNode {
 /**
  * 用户入场通知api `POST /vehicle/partnerpay/notification`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_992&index=1&p=202
  */
 post: Verb<PostVehiclePartnerpayNotificationOptions, PostVehiclePartnerpayNotificationData>;
 chain: ChainFrom<"vehicle/partnerpay/notification">;
}

export interface VehiclePartnerpayPayapplyNode {
 /**
  * 申请扣款 `POST /vehicle/partnerpay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_982&index=2&p=202
  */
 post: Verb<PostVehiclePartnerpayPayapplyOptions, PostVehiclePartnerpayPayapplyData>;
 chain: ChainFrom<"vehicle/partnerpay/payapply">;
}

export interface VehiclePartnerpayQuerystateNode {
 /**
  * 用户状态查询 `POST /vehicle/partnerpay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_93&index=9&p=202
  */
 post: Verb<PostVehiclePartnerpayQuerystateOptions, PostVehiclePartnerpayQuerystateData>;
 chain: ChainFrom<"vehicle/partnerpay/querystate">;
}

export interface VehiclePayNode {
 notification: Open<VehiclePayNotificationNode>;
 payapply: Open<VehiclePayPayapplyNode>;
 querystate: Open<VehiclePayQuerystateNode>;
 chain: ChainFrom<"vehicle/pay">;
}

export interface VehiclePayNotificationNode {
 /**
  * 用户入场通知api `POST /vehicle/pay/notification`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_992&index=1
  */
 post: Verb<PostVehiclePayNotificationOptions, PostVehiclePayNotificationData>;
 chain: ChainFrom<"vehicle/pay/notification">;
}

export interface VehiclePayPayapplyNode {
 /**
  * 申请扣款 `POST /vehicle/pay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_982&index=1
  */
 post: Verb<PostVehiclePayPayapplyOptions, PostVehiclePayPayapplyData>;
 chain: ChainFrom<"vehicle/pay/payapply">;
}

export interface VehiclePayQuerystateNode {
 /**
  * 用户状态查询 `POST /vehicle/pay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_93&index=9
  */
 post: Verb<PostVehiclePayQuerystateOptions, PostVehiclePayQuerystateData>;
 chain: ChainFrom<"vehicle/pay/querystate">;
}

export interface WxvNode {
 cancelbill: Open<WxvCancelbillNode>;
 changerentmoney: Open<WxvChangerentmoneyNode>;
 createhotelbill: Open<WxvCreatehotelbillNode>;
 createrentbill: Open<WxvCreaterentbillNode>;
 finishhotelbill: Open<WxvFinishhotelbillNode>;
 finishrentbill: Open<WxvFinishrentbillNode>;
 queryhotelbill: Open<WxvQueryhotelbillNode>;
 queryrentbill: Open<WxvQueryrentbillNode>;
 chain: ChainFrom<"wxv">;
}

export interface WxvCancelbillNode {
 /**
  * 撤销租借订单 `POST /wxv/cancelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_3&index=4
  */
 post: Verb<PostWxvCancelbillOptions, PostWxvCancelbillData>;
 chain: ChainFrom<"wxv/cancelbill">;
}

export interface WxvChangerentmoneyNode {
 /**
  * 修改租借订单 `POST /wxv/changerentmoney`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_5&index=6
  */
 post: Verb<PostWxvChangerentmoneyOptions, PostWxvChangerentmoneyData>;
 chain: ChainFrom<"wxv/changerentmoney">;
}

export interface WxvCreatehotelbillNode {
 /**
  * 创建速住订单 `POST /wxv/createhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_1&index=2
  */
 post: Verb<PostWxvCreatehotelbillOptions, PostWxvCreatehotelbillData>;
 chain: ChainFrom<"wxv/createhotelbill">;
}

export interface WxvCreaterentbillNode {
 /**
  * 创建租借订单 `POST /wxv/createrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_1&index=2
  */
 post: Verb<PostWxvCreaterentbillOptions, PostWxvCreaterentbillData>;
 chain: ChainFrom<"wxv/createrentbill">;
}

export interface WxvFinishhotelbillNode {
 /**
  * 完结速住订单 `POST /wxv/finishhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_4&index=5
  */
 post: Verb<PostWxvFinishhotelbillOptions, PostWxvFinishhotelbillData>;
 chain: ChainFrom<"wxv/finishhotelbill">;
}

export interface WxvFinishrentbillNode {
 /**
  * 完结租借订单 `POST /wxv/finishrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_4&index=5
  */
 post: Verb<PostWxvFinishrentbillOptions, PostWxvFinishrentbillData>;
 chain: ChainFrom<"wxv/finishrentbill">;
}

export interface WxvQueryhotelbillNode {
 /**
  * 查询速住订单 `POST /wxv/queryhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_2&index=3
  */
 post: Verb<PostWxvQueryhotelbillOptions, PostWxvQueryhotelbillData>;
 chain: ChainFrom<"wxv/queryhotelbill">;
}

export interface WxvQueryrentbillNode {
 /**
  * 查询租借订单 `POST /wxv/queryrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_2&index=3
  */
 post: Verb<PostWxvQueryrentbillOptions, PostWxvQueryrentbillData>;
 chain: ChainFrom<"wxv/queryrentbill">;
}

export interface XdcNode {
 apiv2getsignkey: Open<XdcApiv2getsignkeyNode>;
 apiv2sandbox: Open<XdcApiv2sandboxNode>;
 chain: ChainFrom<"xdc">;
}

export interface XdcApiv2getsignkeyNode {
 sign: Open<XdcApiv2getsignkeySignNode>;
 chain: ChainFrom<"xdc/apiv2getsignkey">;
}

export interface XdcApiv2getsignkeySignNode {
 getsignkey: Open<XdcApiv2getsignkeySignGetsignkeyNode>;
 chain: ChainFrom<"xdc/apiv2getsignkey/sign">;
}

export interface XdcApiv2getsignkeySignGetsignkeyNode {
 /**
  * 获取验签密钥API `POST /xdc/apiv2getsignkey/sign/getsignkey`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2getsignkeySignGetsignkeyOptions, PostXdcApiv2getsignkeySignGetsignkeyData>;
 chain: ChainFrom<"xdc/apiv2getsignkey/sign/getsignkey">;
}

export interface XdcApiv2sandboxNode {
 pay: Open<XdcApiv2sandboxPayNode>;
 chain: ChainFrom<"xdc/apiv2sandbox">;
}

export interface XdcApiv2sandboxPayNode {
 micropay: Open<XdcApiv2sandboxPayMicropayNode>;
 orderquery: Open<XdcApiv2sandboxPayOrderqueryNode>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay">;
}

export interface XdcApiv2sandboxPayMicropayNode {
 /**
  * 提交付款码支付 `POST /xdc/apiv2sandbox/pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2sandboxPayMicropayOptions, PostXdcApiv2sandboxPayMicropayData>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay/micropay">;
}

export interface XdcApiv2sandboxPayOrderqueryNode {
 /**
  * 查询订单 `POST /xdc/apiv2sandbox/pay/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2sandboxPayOrderqueryOptions, PostXdcApiv2sandboxPayOrderqueryData>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay/orderquery">;
}
