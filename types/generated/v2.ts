// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { ChainFrom, Download, Open, OptionalVerb, V2CallOptions, V2DownloadOptions, Verb } from '../catalog.js';

/** Options of GET /appauth/authindex (授权获取code). */
export interface GetAppauthAuthindexOptions extends V2CallOptions {
  /** Query-string parameters. */
  query: {
    /** 商户号 @example 1230000109 */
    mch_id: string;
    /** 应用ID @example wxd678efh567hg6787 */
    appid: string;
    /** 重定向地址 @example https://weixin.qq.com/i-am-a-fake-uri */
    redirect_uri: string;
    /** 固定填`code` @example code */
    response_type: "code";
    /** 应用授权作用域 @example pay_identity */
    scope: "pay_identity" | "pay_realname";
    /** 随机字符串 @example STATE */
    state: string;
  };
}
/** Response body of GET /appauth/authindex (授权获取code). */
export type GetAppauthAuthindexData = unknown;

/** Options of GET /appauth/getaccesstoken (通过code换取accesstoken). */
export interface GetAppauthGetaccesstokenOptions extends V2CallOptions {
  /** Query-string parameters. */
  query: {
    /** 商户号 @example 1200009811 */
    mch_id: string;
    /** 应用ID @example wxcbda96de0b165486 */
    appid: string;
    /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
    openid: string;
    /** 第一步返回的auth_code @example wxcbda96de0b165489 */
    code: string;
    /** 固定值`authorization_code` @example authorization_code */
    grant_type: "authorization_code";
    /** 应用授权作用域 @example pay_identity */
    scope: "pay_identity";
    /** 签名类型 @example HMAC-SHA256 */
    sign_type: "HMAC-SHA256";
    /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
    sign: string;
  };
}
/** Response body of GET /appauth/getaccesstoken (通过code换取accesstoken). */
export interface GetAppauthGetaccesstokenData {
  /** 返回状态码 @example 0 */
  retcode: "0" | "-1";
  /** 处理成功 @example OK */
  retmsg: string;
  /** 接口调用凭证 */
  access_token: string;
  /** 请求返回的access_token过期时间 */
  access_token_expire_in: string;
  /** refresh令牌 */
  refresh_token: string;
  /** refresh_token过期时间 */
  refresh_token_expire_in: string;
}

/** Request body of POST /applyment/micro/getstate (查询申请状态). */
export interface PostApplymentMicroGetstateBody {
  /** 接口版本号 @example 1.0 */
  version: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 商户申请单号 @example 1230000109 */
  applyment_id?: string;
  /** 业务申请编号 @example 123456 */
  business_code?: string;
}
/** Options of POST /applyment/micro/getstate (查询申请状态). */
export interface PostApplymentMicroGetstateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroGetstateBody;
}
/** Response body of POST /applyment/micro/getstate (查询申请状态). */
export interface PostApplymentMicroGetstateData {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 商户申请单号 @example 1230000109 */
  applyment_id: string;
  /** 申请状态 @example REJECTED */
  applyment_state: string;
  /** 申请状态描述 @example 已驳回 */
  applyment_state_desc: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id?: string;
  /** 签约链接 @example https://pay.weixin.qq.com */
  sign_url?: string;
  /** 审核详情 */
  audit_detail?: string;
  /** 参数名称 @example account_number */
  param_name: string;
  /** 驳回原因 @example 银行账号不存在 */
  reject_reason: string;
}

/** Request body of POST /applyment/micro/getupgradestate (查询升级申请单状态). */
export interface PostApplymentMicroGetupgradestateBody {
  /** 接口版本号 @example 1.0 */
  version: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id: string;
}
/** Options of POST /applyment/micro/getupgradestate (查询升级申请单状态). */
export interface PostApplymentMicroGetupgradestateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroGetupgradestateBody;
}
/** Response body of POST /applyment/micro/getupgradestate (查询升级申请单状态). */
export interface PostApplymentMicroGetupgradestateData {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id: string;
  /** 申请状态 @example REJECTED */
  applyment_state: string;
  /** 申请状态描述 @example 已驳回 */
  applyment_state_desc: string;
  /** 签约二维码 @example https://pay.weixin.qq.com */
  sign_qrcode?: string;
  /** 签约链接 @example https://pay.weixin.qq.com */
  sign_url?: string;
  /** 审核详情 @example 详情参考2.2.5 */
  audit_detail?: string;
  /** 付款户名 */
  account_name: string;
  /** 汇款金额 @example 124 */
  pay_amount: string;
  /** 收款卡号 @example 7222223333322332 */
  destination_account_number: string;
  /** 收款户名 @example 财付通支付科技有限公司 */
  destination_account_name: string;
  /** 开户银行 @example 招商银行威盛大厦支行 */
  destination_account_bank: string;
  /** 省市信息 @example 深圳 */
  city: string;
  /** 备注信息 @example 入驻账户验证 */
  remark: string;
  /** 汇款截止时间 @example 2018-12-1017:09:01 */
  deadline_time: string;
  /** 参数名称 @example 1230000109 */
  param_name: string;
  /** 驳回原因 @example 银行账户不存在 */
  reject_reason: string;
}

/** Request body of POST /applyment/micro/modifyarchives (修改结算银行卡). */
export interface PostApplymentMicroModifyarchivesBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id: string;
  /** 银行卡号 */
  account_number?: string;
  /** 开户银行全称 @example 深圳农村商业银行xxx支行 */
  bank_name?: string;
  /** 开户银行 @example 中国银行 */
  account_bank?: string;
  /** 开户银行省市编码 @example 110000 */
  bank_address_code: string;
  /** 平台证书序列号 @example 5430056GFRJK54YTFF653GDFH09HFGHF */
  cert_sn: string;
}
/** Options of POST /applyment/micro/modifyarchives (修改结算银行卡). */
export interface PostApplymentMicroModifyarchivesOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroModifyarchivesBody;
}
/** Response body of POST /applyment/micro/modifyarchives (修改结算银行卡). */
export interface PostApplymentMicroModifyarchivesData extends PostApplymentMicroModifyarchivesDataFields {}

/** Request body of POST /applyment/micro/modifycontactinfo (修改联系信息). */
export interface PostApplymentMicroModifycontactinfoBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id?: string;
  /** 手机号 @example 13734543456 */
  mobile_phone?: string;
  /** 邮箱 @example zhangsan\@227.com */
  email?: string;
  /** 商户简称 @example 张三的小店 */
  merchant_name?: string;
  /** 加密的平台证书序列号 @example 50062CE505775F070CAB06E697F1BBD1AD4F4D87 */
  cert_sn: string;
}
/** Options of POST /applyment/micro/modifycontactinfo (修改联系信息). */
export interface PostApplymentMicroModifycontactinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroModifycontactinfoBody;
}
/** Response body of POST /applyment/micro/modifycontactinfo (修改联系信息). */
export interface PostApplymentMicroModifycontactinfoData extends PostApplymentMicroModifyarchivesDataFields {}

/** Request body of POST /applyment/micro/signcontract (签约报备). */
export type PostApplymentMicroSigncontractBody = Record<string, unknown>;
/** Options of POST /applyment/micro/signcontract (签约报备). */
export interface PostApplymentMicroSigncontractOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroSigncontractBody;
}
/** Response body of POST /applyment/micro/signcontract (签约报备). */
export type PostApplymentMicroSigncontractData = Record<string, unknown>;

/** Request body of POST /applyment/micro/submit (申请入驻). */
export interface PostApplymentMicroSubmitBody {
  /** 接口版本号 @example 3.0 */
  version: "3.0";
  /** 平台证书序列号 @example 5663476TEREGD45FH63GDFHFG657FCHBFG */
  cert_sn: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 业务申请编号 @example 123456 */
  business_code: string;
  /** 身份证人像面照片 */
  id_card_copy: string;
  /** 身份证国徽面照片 */
  id_card_national: string;
  /** 身份证姓名 @example 佑佑 */
  id_card_name: string;
  /** 身份证号码 */
  id_card_number: string;
  /** 身份证有效期限`JSON`格式字符串 @example ["1970-01-01","长期"] */
  id_card_valid_time: string;
  /** 开户名称 */
  account_name: string;
  /** 开户银行 @example 工商银行 */
  account_bank: string;
  /** 开户银行省市编码 @example 110000 */
  bank_address_code: string;
  /** 开户银行全称 @example 深圳农村商业银行xxx支行 */
  bank_name?: string;
  /** 银行账号 */
  account_number: string;
  /** 门店名称 */
  store_name: string;
  /** 门店省市编码 @example 110000 */
  store_address_code: string;
  /** 门店街道名称 */
  store_street: string;
  /** 门店经度 @example 113.941355 */
  store_longitude?: string;
  /** 门店纬度 @example 22.546245 */
  store_latitude?: string;
  /** 门店门口照片 */
  store_entrance_pic: string;
  /** 店内环境照片 */
  indoor_pic: string;
  /** 经营场地证明 */
  address_certification?: string;
  /** 商户简称 */
  merchant_shortname: string;
  /** 客服电话 */
  service_phone: string;
  /** 售卖商品/提供服务描述 */
  product_desc: string;
  /** 费率 @example 0.6% */
  rate: string;
  /** 补充说明 */
  business_addition_desc?: string;
  /** 补充材料 @example ["123","456"] */
  business_addition_pics?: string;
  /** 超级管理员姓名 */
  contact: string;
  /** 手机号码 */
  contact_phone: string;
  /** 联系邮箱 */
  contact_email?: string;
}
/** Options of POST /applyment/micro/submit (申请入驻). */
export interface PostApplymentMicroSubmitOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroSubmitBody;
}
/** Response body of POST /applyment/micro/submit (申请入驻). */
export interface PostApplymentMicroSubmitData {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 参数校验不通过的字段名 @example account_no */
  err_param?: string;
  /** 商户申请单号 @example 1230000109 */
  applyment_id: string;
}

/** Request body of POST /applyment/micro/submitupgrade (提交升级申请单). */
export interface PostApplymentMicroSubmitupgradeBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 平台证书序列号 @example 5663476TEREGD45FH63GDFHFG657FCHBFG */
  cert_sn: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id: string;
  /** 主体类型 @example 2 */
  organization_type: string;
  /** 营业执照扫描件 */
  business_license_copy: string;
  /** 营业执照注册号 @example 123456789012345 */
  business_license_number: string;
  /** 商户名称 @example 深圳腾讯科技有限公司 */
  merchant_name: string;
  /** 注册地址 @example 深圳市腾讯大厦 */
  company_address: string;
  /** 经营者姓名/法定代表人 */
  legal_person: string;
  /** 营业期限 @example ["1970-01-01","长期"] */
  business_time: string;
  /** 营业执照类型 @example 1762 */
  business_licence_type: string;
  /** 组织机构代码证照片 */
  organization_copy?: string;
  /** 组织机构代码 @example 1234567-1 */
  organization_number?: string;
  /** 组织机构代码有效期限 @example ["1970-01-01","长期"] */
  organization_time?: string;
  /** 开户名称 */
  account_name?: string;
  /** 开户银行 @example 工商银行 */
  account_bank?: string;
  /** 开户银行省市编码 @example 11000 */
  bank_address_code?: string;
  /** 开户银行全称 @example 深圳农村商业银行xxx支行 */
  bank_name?: string;
  /** 银行卡号 */
  account_number?: string;
  /** 商户简称 */
  merchant_shortname: string;
  /** 费率结算规则ID */
  business: string;
  /** 特殊资质 @example ["xxx","xxx"] */
  qualifications?: string;
  /** 经营场景 @example [1721] */
  business_scene: string;
  /** 补充说明 */
  business_addition_desc?: string;
  /** 补充材料 @example ["123","456"] */
  business_addition_pics?: string;
  /** 联系邮箱 @example 123\@qq.com */
  contact_email?: string;
}
/** Options of POST /applyment/micro/submitupgrade (提交升级申请单). */
export interface PostApplymentMicroSubmitupgradeOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostApplymentMicroSubmitupgradeBody;
}
/** Response body of POST /applyment/micro/submitupgrade (提交升级申请单). */
export interface PostApplymentMicroSubmitupgradeData {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 参数校验不通过的字段名 @example account_no */
  err_param?: string;
}

/** Request body of POST /billcommentsp/batchquerycomment (拉取订单评价数据). */
export interface PostBillcommentspBatchquerycommentBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example 3AE1368BD96B4644FA5823E024CFE938F1B852EFA87919EDDEE324AE24C8C04F */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 开始时间 @example 20170724000000 */
  begin_time: string;
  /** 结束时间 @example 20170725000000 */
  end_time: string;
  /** 位移 @example 0 */
  offset: number | string;
  /** 条数 @example 100 */
  limit?: number | string;
}
/** Options of POST /billcommentsp/batchquerycomment (拉取订单评价数据). */
export interface PostBillcommentspBatchquerycommentOptions extends V2DownloadOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostBillcommentspBatchquerycommentBody;
}
/** Response body of POST /billcommentsp/batchquerycomment (拉取订单评价数据). */
export type PostBillcommentspBatchquerycommentData = string;

/** Request body of POST /cgi-bin/mch/customs/customdeclareorder (订单附加信息提交接口). */
export interface PostCgiBinMchCustomsCustomdeclareorderBody {
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 海关 @example SHANGHAI */
  customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 商户海关备案号 @example 123456 */
  mch_customs_no: string;
  /** 关税 @example 888 */
  duty?: number | string;
  /** 报关类型 @example ADD */
  action_type?: "ADD" | "MODIFY";
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no?: string;
  /** 币种 @example CNY */
  fee_type?: string;
  /** 应付金额 @example 888 */
  order_fee?: number | string;
  /** 物流费 @example 888 */
  transport_fee?: number | string;
  /** 商品价格 @example 888 */
  product_fee?: number | string;
  /** 证件类型 @example IDCARD */
  cert_type?: "IDCARD";
  /** 证件号码 @example 330821198809085211 */
  cert_id?: string;
  /** 姓名 @example 张三 */
  name?: string;
}
/** Options of POST /cgi-bin/mch/customs/customdeclareorder (订单附加信息提交接口). */
export interface PostCgiBinMchCustomsCustomdeclareorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostCgiBinMchCustomsCustomdeclareorderBody;
}
/** Response body of POST /cgi-bin/mch/customs/customdeclareorder (订单附加信息提交接口). */
export interface PostCgiBinMchCustomsCustomdeclareorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 签名类型 @example MD5 */
  sign_type: "MD5";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 状态码 @example UNDECLARED */
  state: "NDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no?: string;
  /** 微信子订单号 @example 20150806125346 */
  sub_order_id?: string;
  /** 最后更新时间 @example 20091227091010 */
  modify_time: string;
  /** 订购人和支付人身份信息校验结果 @example UNCHECKED */
  cert_check_result: "UNCHECKED" | "SAME" | "DIFFERENT";
  /** 验核机构**注 @example UNIONPAY */
  verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
  /** 验核机构交易流水号 @example 2018112288340107038204310100000 */
  verify_department_trade_id: string;
}

/** Request body of POST /cgi-bin/mch/customs/customdeclarequery (订单附加信息查询接口). */
export interface PostCgiBinMchCustomsCustomdeclarequeryBody {
  /** 签名类型 @example MD5 */
  sign_type?: "MD5";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no: string;
  /** 微信子订单号 @example 20150806125346 */
  sub_order_id: string;
  /** 海关 @example SHANGHAI */
  customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
}
/** Options of POST /cgi-bin/mch/customs/customdeclarequery (订单附加信息查询接口). */
export interface PostCgiBinMchCustomsCustomdeclarequeryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostCgiBinMchCustomsCustomdeclarequeryBody;
}
/** Response body of POST /cgi-bin/mch/customs/customdeclarequery (订单附加信息查询接口). */
export interface PostCgiBinMchCustomsCustomdeclarequeryData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 笔数 @example 1 */
  count: string;
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no_$n?: string;
  /** 微信子订单号 @example 20150806125346 */
  sub_order_id_$n?: string;
  /** 商户海关备案号 @example 1234567 */
  mch_customs_no_$n?: string;
  /** 海关 @example SHANGHAI */
  customs_$n: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 币种 @example CNY */
  fee_type_$n?: string;
  /** 应付金额 @example 888 */
  order_fee_$n?: string;
  /** 关税 @example 888 */
  duty_$n?: string;
  /** 物流费 @example 888 */
  transport_fee_$n?: string;
  /** 商品价格 @example 888 */
  product_fee_$n?: string;
  /** 状态码 @example UNDECLARED */
  state_$n: "NDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
  /** 申报结果说明 @example 支付单已存在并且为非退单状态 */
  explanation_$n?: string;
  /** 最后更新时间 @example 20091227091010 */
  modify_time_$n: string;
  /** 订购人和支付人身份信息校验结果 @example UNCHECKED */
  cert_check_result_$n: "UNCHECKED" | "SAME" | "DIFFERENT";
  /** 验核机构**注 @example UNIONPAY */
  verify_department: "UNIONPAY" | "NETSUNION" | "OTHERS";
  /** 验核机构交易流水号 @example 2018112288340107038204310100000 */
  verify_department_trade_id: string;
}

/** Request body of POST /cgi-bin/mch/newcustoms/customdeclareredeclare (订单附加信息重推接口). */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareBody {
  /** 签名类型 @example MD5 */
  sign_type?: "MD5";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no?: string;
  /** 微信子订单号 @example 1000320306201511078440737891 */
  sub_order_id?: string;
  /** 海关 @example SHANGHAI */
  customs: "GUANGZHOU_ZS" | "HANGZHOU_ZS" | "NINGBO" | "ZHENGZHOU_BS" | "CHONGQING" | "SHANGHAI_ZS" | "SHENZHEN" | "ZHENGZHOU_ZH_ZS" | "TIANJIN";
  /** 商户海关备案号 @example 123456 */
  mch_customs_no: string;
}
/** Options of POST /cgi-bin/mch/newcustoms/customdeclareredeclare (订单附加信息重推接口). */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostCgiBinMchNewcustomsCustomdeclareredeclareBody;
}
/** Response body of POST /cgi-bin/mch/newcustoms/customdeclareredeclare (订单附加信息重推接口). */
export interface PostCgiBinMchNewcustomsCustomdeclareredeclareData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 签名类型 @example MD5 */
  sign_type: "MD5";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 状态码 @example UNDECLARED */
  state: "UNDECLARED" | "SUBMITTED" | "PROCESSING" | "SUCCESS" | "FAIL" | "EXCEPT";
  /** 微信支付订单号 @example 1000320306201511078440737890 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 商户子订单号 @example 20150806125346 */
  sub_order_no?: string;
  /** 微信子订单号 @example 20150806125346 */
  sub_order_id?: string;
  /** 最后更新时间 @example 20091227091010 */
  modify_time: string;
  /** 申报结果说明 @example 支付单已存在并且为非退单状态 */
  explanation?: string;
}

/** Request body of POST /deposit/consume (消费押金). */
export interface PostDepositConsumeBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id: string;
  /** 微信订单号 @example 013467007045764 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 押金总金额 @example 888 */
  total_fee: number | string;
  /** 消费金额 @example 888 */
  consume_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type: string;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /deposit/consume (消费押金). */
export interface PostDepositConsumeOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositConsumeBody;
}
/** Response body of POST /deposit/consume (消费押金). */
export interface PostDepositConsumeData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 押金总金额 @example 888 */
  total_fee: string;
  /** 消费金额 @example 888 */
  consume_fee: string;
  /** 货币类型 @example CNY */
  fee_type?: string;
}

/** Request body of POST /deposit/facepay (支付押金（人脸支付）). */
export interface PostDepositFacepayBody extends PostDepositFacepayBodyFields {}
/** Options of POST /deposit/facepay (支付押金（人脸支付）). */
export interface PostDepositFacepayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositFacepayBody;
}
/** Response body of POST /deposit/facepay (支付押金（人脸支付）). */
export interface PostDepositFacepayData extends PostDepositFacepayDataFields {}

/** Request body of POST /deposit/micropay (支付押金（付款码支付）). */
export interface PostDepositMicropayBody {
  /** 接口版本号 @example 1.0 */
  version?: string;
  /** 是否指定服务商分账 @example N */
  profit_sharing?: "N" | "Y";
  /** 是否押金支付 @example Y */
  deposit: "Y" | "N";
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "MD5" | "HMAC-SHA256";
  /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */
  body: string;
  /** 单品优惠活动该字段必传 */
  detail?: string;
  /** 附加数据 @example 说明 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 订单金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 订单优惠标记 @example 1234 */
  goods_tag?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: string;
  /** 授权码 @example 120061098828009406 */
  auth_code: string;
  /** 场景信息`JSON`格式字符串 */
  scene_info?: string;
}
/** Options of POST /deposit/micropay (支付押金（付款码支付）). */
export interface PostDepositMicropayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositMicropayBody;
}
/** Response body of POST /deposit/micropay (支付押金（付款码支付）). */
export interface PostDepositMicropayData extends PostDepositMicropayDataFields {}

/** Request body of POST /deposit/orderquery (查询订单). */
export interface PostDepositOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** Options of POST /deposit/orderquery (查询订单). */
export interface PostDepositOrderqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositOrderqueryBody;
}
/** Response body of POST /deposit/orderquery (查询订单). */
export interface PostDepositOrderqueryData extends PostDepositOrderqueryDataFields {}

/** Request body of POST /deposit/refund (申请退款（押金）). */
export interface PostDepositRefundBody extends PostDepositRefundBodyFields {}
/** Options of POST /deposit/refund (申请退款（押金）). */
export interface PostDepositRefundOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositRefundBody;
}
/** Response body of POST /deposit/refund (申请退款（押金）). */
export interface PostDepositRefundData extends PostDepositRefundDataFields {}

/** Request body of POST /deposit/refundquery (查询退款（押金）). */
export interface PostDepositRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** Options of POST /deposit/refundquery (查询退款（押金）). */
export interface PostDepositRefundqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositRefundqueryBody;
}
/** Response body of POST /deposit/refundquery (查询退款（押金）). */
export interface PostDepositRefundqueryData extends PostDepositRefundqueryDataFields {}

/** Request body of POST /deposit/reverse (撤销订单). */
export interface PostDepositReverseBody extends PostDepositReverseBodyFields {}
/** Options of POST /deposit/reverse (撤销订单). */
export interface PostDepositReverseOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositReverseBody;
}
/** Response body of POST /deposit/reverse (撤销订单). */
export interface PostDepositReverseData extends PostDepositReverseDataFields {}

/** Request body of POST /deposit/unifiedorder (支付押金（JSAPI/APP支付）). */
export interface PostDepositUnifiedorderBody {
  /** 服务商应用ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户应用ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "MD5" | "HMAC-SHA256";
  /** 商品描述 @example 腾讯充值中心-QQ会员充值 */
  body: string;
  /** 单品优惠活动该字段必传 @example {"goods_detail":[]} */
  detail?: string;
  /** 附加数据 @example 说明 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 货币类型 @example CNY */
  fee_type: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 终端IP @example 123.12.12.123 */
  spbill_create_ip: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */
  notify_url: string;
  /** 交易类型 @example JSAPI */
  trade_type: "JSAPI" | "APP";
  /** 商品ID @example 12235413214070356458058 */
  product_id?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  sub_openid?: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: "Y" | "N";
  /** 场景信息`JSON`格式字符串 */
  scene_info?: string;
}
/** Options of POST /deposit/unifiedorder (支付押金（JSAPI/APP支付）). */
export interface PostDepositUnifiedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostDepositUnifiedorderBody;
}
/** Response body of POST /deposit/unifiedorder (支付押金（JSAPI/APP支付）). */
export interface PostDepositUnifiedorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 服务商应用ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户应用ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 交易类型 @example JSAPI */
  trade_type: "JSAPI" | "APP";
  /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */
  prepay_id: string;
  /** 二维码链接 @example weixin://wxpay/bizpayurl/up?pr=NwY5Mz9&groupid=00 */
  code_url?: string;
}

/** Request body of POST /face/get_wxpayface_authinfo (人脸识别SDK-获取调用凭证). */
export interface PostFaceGetWxpayfaceAuthinfoBody {
  /** 门店编号 @example IMG001 */
  store_id: string;
  /** 门店名称 @example 爱马哥南山店 */
  store_name: string;
  /** 终端设备编号 @example DEV001 */
  device_id: string;
  /** 附加字段 */
  attach?: string;
  /** 初始化数据 @example H0kvnUgGHKuqflNwtNqCdOVpbO4FPSowudTG */
  rawdata: string;
  /** 商户号绑定的公众号/小程序 appid @example wx31fdaErqR31 */
  appid: string;
  /** 商户号 @example 12345689 */
  mch_id: string;
  /** 子商户绑定的公众号/小程序 appid @example wx31fdaErqR31 */
  sub_appid?: string;
  /** 子商户号 @example 12345689 */
  sub_mch_id?: string;
  /** 取当前时间 @example 1239878956 */
  now: number | string;
  /** 版本号 @example 1 */
  version: 1;
  /** 签名类型 @example MD5 */
  sign_type: "MD5" | "HMAC-SHA256";
  /** 随机字符串 @example V37ZHZVf2OrwsUV7kXTjTguP74c0byvE */
  nonce_str?: string;
  /** 参数签名 @example O4TCVPAJDIK933NUSUUSS6MLIQT2PCXW */
  sign?: string;
}
/** Options of POST /face/get_wxpayface_authinfo (人脸识别SDK-获取调用凭证). */
export interface PostFaceGetWxpayfaceAuthinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostFaceGetWxpayfaceAuthinfoBody;
}
/** Response body of POST /face/get_wxpayface_authinfo (人脸识别SDK-获取调用凭证). */
export interface PostFaceGetWxpayfaceAuthinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** SDK调用凭证 */
  authinfo: string;
  /** authinfo的有效时间 @example 3600 */
  expires_in?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 参数签名 */
  sign: string;
  /** 公众号 */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
}

/** Request body of POST /fund/queryautowithdrawbydate (查询提现状态). */
export interface PostFundQueryautowithdrawbydateBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 小微商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 日期 @example 20180508 */
  date: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
}
/** Options of POST /fund/queryautowithdrawbydate (查询提现状态). */
export interface PostFundQueryautowithdrawbydateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostFundQueryautowithdrawbydateBody;
}
/** Response body of POST /fund/queryautowithdrawbydate (查询提现状态). */
export interface PostFundQueryautowithdrawbydateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code: string;
  /** 错误代码描述 @example 参数签名错误 */
  err_code_des?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "HMAC-SHA256";
  /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */
  sign?: string;
  /** 日期 @example 20180508 */
  date: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 小微商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 单据状态 @example PROCESSING */
  withdraw_status: string;
  /** 单据失败原因 */
  fail_reason?: string;
  /** 提现单单据ID @example 10900999991802018050300326172000 */
  withdraw_id?: string;
  /** 金额 @example 550 */
  amount?: string;
  /** 单据创建时间 @example 2018-05-1108:00:00 */
  create_time?: string;
  /** 单据成功时间 @example 2018-05-1108:00:00 */
  success_time?: string;
  /** 单据退票时间 @example 2018-05-1108:00:00 */
  refund_time?: string;
}

/** Request body of POST /fund/reautowithdrawbydate (重新发起提现). */
export interface PostFundReautowithdrawbydateBody {
  /** 服务商商户号 @example 1900000109 */
  mch_id: string;
  /** 小微商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 自动提现单提现日期 @example 20180602 */
  date: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /fund/reautowithdrawbydate (重新发起提现). */
export interface PostFundReautowithdrawbydateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostFundReautowithdrawbydateBody;
}
/** Response body of POST /fund/reautowithdrawbydate (重新发起提现). */
export interface PostFundReautowithdrawbydateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg?: string;
  /** 业务结果 @example FAIL */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code: string;
  /** 错误代码描述 @example 参数签名错误 */
  err_code_des?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "HMAC-SHA256";
  /** 签名 @example 4219DA46A027E8C86DE1BE8CD252158B74DEFAA069CDB6DEFA235FFEA2437EA2 */
  sign?: string;
  /** 自动提现单提现日期 @example 20180602 */
  date: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 小微商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 提现单单据ID @example 10900999991802018050300326172000 */
  withdraw_id: string;
  /** 金额 @example 550 */
  amount: string;
  /** 单据创建时间 @example 2018-05-1108:00:00 */
  create_time: string;
  /** 随机字符 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
}

/** Request body of POST /mchrisk/bankquerymchauditinfo (间联模式查询商户审核状态开放接口). */
export interface PostMchriskBankquerymchauditinfoBody {
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 999990016 */
  sub_mch_id: string;
  /** 渠道号 @example 999990017 */
  channel_id: string;
  /** 随机字符串 @example C380BEC2BFD787A4B6847627519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /mchrisk/bankquerymchauditinfo (间联模式查询商户审核状态开放接口). */
export interface PostMchriskBankquerymchauditinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMchriskBankquerymchauditinfoBody;
}
/** Response body of POST /mchrisk/bankquerymchauditinfo (间联模式查询商户审核状态开放接口). */
export interface PostMchriskBankquerymchauditinfoData extends PostMchriskBankquerymchauditinfoDataFields {}

/** Request body of POST /mchrisk/channelquerymchauditinfo (渠道商查询商户审核信息). */
export interface PostMchriskChannelquerymchauditinfoBody {
  /** 渠道商号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 999990016 */
  sub_mch_id: string;
  /** 服务商号 @example 999990017 */
  acquiring_bank_id: string;
  /** 随机字符串 @example C380BEC2BFD787A4B6847627519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /mchrisk/channelquerymchauditinfo (渠道商查询商户审核信息). */
export interface PostMchriskChannelquerymchauditinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMchriskChannelquerymchauditinfoBody;
}
/** Response body of POST /mchrisk/channelquerymchauditinfo (渠道商查询商户审核信息). */
export interface PostMchriskChannelquerymchauditinfoData extends PostMchriskBankquerymchauditinfoDataFields {}

/** Request body of POST /mchrisk/querymchrisk (事前-风险商户核查接口). */
export interface PostMchriskQuerymchriskBody {
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 平台证书序列号 @example XXXXX */
  cert_serial_number?: string;
  /** 身份证号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */
  certificates_number?: string;
  /** 身份证所有人姓名 @example ca775af5f841bdf424b2e6eb86a6e21e */
  certificates_name?: string;
  /** 结算账号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */
  settlement_card_no?: string;
  /** 结算户名 @example ca775af5f841bdf424b2e6eb86a6e21e */
  settlement_card_name?: string;
  /** 结算银行 @example 招商银行科技园支行 */
  settlement_card_bank?: string;
  /** 营业执照编号 @example ca775af5f841bdf424b2e6eb86a6e21e */
  business_license_number?: string;
  /** 公司名称 @example XXXXX有限公司 */
  company_name?: string;
  /** 门店地址 @example 广东省深圳市南山区深南大道10000号 */
  store_address?: string;
  /** 门店经度 @example 22.5461478801 */
  store_longitude?: string;
  /** 门店纬度 @example 113.9410519639 */
  store_latitude?: string;
  /** 随机字符串 @example C380BEC2BFD787A4B6845227519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /mchrisk/querymchrisk (事前-风险商户核查接口). */
export interface PostMchriskQuerymchriskOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMchriskQuerymchriskBody;
}
/** Response body of POST /mchrisk/querymchrisk (事前-风险商户核查接口). */
export interface PostMchriskQuerymchriskData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 风险级别 @example LOW建议不让高风险商户进件，禁止禁入商户进件 */
  risk_level: string;
  /** 风险描述 @example 低风险 */
  risk_level_desc: string;
}

/** Request body of POST /mchrisk/setmchriskcallback (设置风险通知回调链接). */
export interface PostMchriskSetmchriskcallbackBody {
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 回调链接 @example https://pay.weixin.qq.com/wxpay/risk.action */
  callback_url: string;
  /** 随机字符串 @example C380BEC2BFD787A4B6847027519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /mchrisk/setmchriskcallback (设置风险通知回调链接). */
export interface PostMchriskSetmchriskcallbackOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMchriskSetmchriskcallbackBody;
}
/** Response body of POST /mchrisk/setmchriskcallback (设置风险通知回调链接). */
export interface PostMchriskSetmchriskcallbackData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
}

/** Request body of POST /mchrisk/syncmchriskresult (事后-风险商户处理结果同步接口). */
export interface PostMchriskSyncmchriskresultBody {
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 商户ID @example 1230000109 */
  sub_mch_id: string;
  /** 事件单号 @example 123456123 */
  event_code: string;
  /** 身份证号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */
  certificates_number?: string;
  /** 身份证所有人姓名 @example ca775af5f841bdf424b2e6eb86a6e21e */
  certificates_name?: string;
  /** 结算账号 @example ca775af5f841bdf424b2e6eb86a6e21e */
  settlement_card_no?: string;
  /** 结算户名 @example ca775af5f841bdf424b2e6eb86a6e21e */
  settlement_card_name?: string;
  /** 结算银行 @example 招商银行科技园支行 */
  settlement_card_bank?: string;
  /** 营业执照编号 @example 00110105MA00BE3C1W */
  business_license_number?: string;
  /** 公司名称 @example XXXXX有限公司 */
  company_name?: string;
  /** 门店地址 @example 广东省深圳市南山区深南大道10000号 */
  store_address?: string;
  /** 门店经度 @example 22.5461478801 */
  store_longitude?: string;
  /** 门店纬度 @example 113.9410519639 */
  store_latitude?: string;
  /** 风险类型 */
  risk_type: string;
  /** 处罚方式 @example CLOSE_PAY_PERMISSIONEXTEND_SETTLEMENT_CYCLECLOSE_WITHDRAW_CASHCLEAN_UPOTHER */
  punish_type: string;
  /** 随机字符串 @example C380BEC2BFD787A4B6845227519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /mchrisk/syncmchriskresult (事后-风险商户处理结果同步接口). */
export interface PostMchriskSyncmchriskresultOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMchriskSyncmchriskresultBody;
}
/** Response body of POST /mchrisk/syncmchriskresult (事后-风险商户处理结果同步接口). */
export interface PostMchriskSyncmchriskresultData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
}

/** Request body of POST /mmpaymkttransfers/gethbinfo (查询红包记录). */
export interface PostMmpaymkttransfersGethbinfoBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** Appid @example wxe062425f740d30d8 */
  appid: string;
  /** 订单类型 @example MCHT */
  bill_type: "MCHT";
}
/** Options of POST /mmpaymkttransfers/gethbinfo (查询红包记录). */
export interface PostMmpaymkttransfersGethbinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersGethbinfoBody;
}
/** Response body of POST /mmpaymkttransfers/gethbinfo (查询红包记录). */
export interface PostMmpaymkttransfersGethbinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 红包单号 @example 1000000000201503283103439304 */
  detail_id: string;
  /** 红包状态 @example RECEIVED */
  status: "SENDING" | "SENT" | "FAILED" | "RECEIVED" | "RFUND_ING" | "REFUND";
  /** 发放类型 @example API */
  send_type: "API" | "UPLOAD" | "ACTIVITY";
  /** 红包类型 @example NORMAL */
  hb_type: "NORMAL" | "GROUP";
  /** 红包个数 @example 1 */
  total_num: string;
  /** 红包金额 @example 5000 */
  total_amount: string;
  /** 失败原因 @example 余额不足 */
  reason?: string;
  /** 红包发送时间 @example 2015-04-21 20:00:00 */
  send_time: string;
  /** 红包退款时间 @example 2015-04-21 23:03:00 */
  refund_time?: string;
  /** 红包退款金额 @example 8000 */
  refund_amount?: string;
  /** 祝福语 @example 新年快乐 */
  wishing?: string;
  /** 活动描述 @example 新年红包 */
  remark?: string;
  /** 活动名称 @example 新年红包 */
  act_name?: string;
  /** 红包领取记录 */
  hblist?: {
    /** 裂变红包领取列表 @example 内容如下表 */
    hbinfo?: Array<{
      /** 领取红包的Openid @example ohO4GtzOAAYMp2yapORH3dQB3W18 */
      openid?: string;
      /** 金额 @example 100 */
      amount?: string;
      /** 接收时间 @example 2015-04-21 20:00:00 */
      rcv_time?: string;
    }>;
  };
}

/** Request body of POST /mmpaymkttransfers/gettransferinfo (查询企业向微信用户个人付款). */
export interface PostMmpaymkttransfersGettransferinfoBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  partner_trade_no: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** Appid @example wxe062425f740d30d8 */
  appid: string;
}
/** Options of POST /mmpaymkttransfers/gettransferinfo (查询企业向微信用户个人付款). */
export interface PostMmpaymkttransfersGettransferinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersGettransferinfoBody;
}
/** Response body of POST /mmpaymkttransfers/gettransferinfo (查询企业向微信用户个人付款). */
export interface PostMmpaymkttransfersGettransferinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户单号 @example 10000098201411111234567890 */
  partner_trade_no: string;
  /** Appid @example wxe062425f740d30d8 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 付款单号 @example 1000000000201503283103439304 */
  detail_id: string;
  /** 转账状态 @example SUCCESS */
  status: "SUCCESS" | "FAILED" | "PROCESSING";
  /** 失败原因 @example 余额不足 */
  reason?: string;
  /** 收款用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  openid: string;
  /** 收款用户姓名 @example 马华 */
  transfer_name?: string;
  /** 付款金额 @example 5000 */
  payment_amount: string;
  /** 转账时间 @example 2015-04-21 20:00:00 */
  transfer_time: string;
  /** 付款成功时间 @example 2015-04-21 20:01:00 */
  payment_time: string;
  /** 企业付款备注 @example 车险理赔 */
  desc: string;
}

/** Request body of POST /mmpaymkttransfers/promotion/paywwsptrans2pocket (向员工付款). */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketBody {
  /** 公众账号appid @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  partner_trade_no: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  openid: string;
  /** 校验用户姓名选项 @example FORCE_CHECK */
  check_name: "FORCE_CHECK";
  /** 收款用户姓名 @example 王小王 */
  re_user_name?: string;
  /** 金额 @example 10099 */
  amount: number | string;
  /** 企业付款备注 @example 六月出差报销费用 */
  desc: string;
  /** Ip地址 @example 192.168.0.1 */
  spbill_create_ip: string;
  /** 企业微信签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  workwx_sign?: string;
  /** 付款消息类型 @example NORMAL_MSG */
  ww_msg_type?: "NORMAL_MSG" | "APPROVAL_MSG";
  /** 审批单号 @example 201705160008 */
  approval_number?: string;
  /** 审批类型 @example 1 */
  approval_type?: 1;
  /** 项目名称 @example 产品部门报销 */
  act_name?: string;
  /** 付款的应用id @example 1 */
  agentid?: string;
}
/** Options of POST /mmpaymkttransfers/promotion/paywwsptrans2pocket (向员工付款). */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersPromotionPaywwsptrans2pocketBody;
}
/** Response body of POST /mmpaymkttransfers/promotion/paywwsptrans2pocket (向员工付款). */
export interface PostMmpaymkttransfersPromotionPaywwsptrans2pocketData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 公众账号appid @example wx8888888888888888 */
  appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  partner_trade_no: string;
  /** 微信付款单号 @example 1007752501201407033233368018 */
  payment_no: string;
  /** 付款成功时间 @example 2015-05-19 15:26:59 */
  payment_time: string;
}

/** Request body of POST /mmpaymkttransfers/promotion/querywwsptrans2pocket (查询付款记录). */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  partner_trade_no?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** Appid @example wxe062425f740d30d8 */
  appid: string;
}
/** Options of POST /mmpaymkttransfers/promotion/querywwsptrans2pocket (查询付款记录). */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersPromotionQuerywwsptrans2pocketBody;
}
/** Response body of POST /mmpaymkttransfers/promotion/querywwsptrans2pocket (查询付款记录). */
export interface PostMmpaymkttransfersPromotionQuerywwsptrans2pocketData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  partner_trade_no: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 红包单号 @example 1000000000201503283103439304 */
  detail_id: string;
  /** 红包状态 @example SUCCESS */
  status: "SUCCESS" | "FAILED" | "PROCESSING";
  /** 失败原因 @example 余额不足 */
  reason: string;
  /** 收款用户姓名 @example 王小王 */
  transfer_name?: string;
  /** 红包退款金额 @example 8000 */
  payment_amount: string;
  /** 转账时间 @example 2015-04-21 20:00:00 */
  transfer_time: string;
  /** 付款描述 @example 用车补贴 */
  desc: string;
}

/** Request body of POST /mmpaymkttransfers/promotion/transfers (向微信用户个人付款). */
export interface PostMmpaymkttransfersPromotionTransfersBody {
  /** 商户账号appid @example wx8888888888888888 */
  mch_appid: string;
  /** 商户号 @example 1900000109 */
  mchid: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  partner_trade_no: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  openid: string;
  /** 校验用户姓名选项 @example FORCE_CHECK */
  check_name: string;
  /** 收款用户姓名 @example 王小王 */
  re_user_name?: string;
  /** 金额 @example 10099 */
  amount: number | string;
  /** 企业付款备注 @example 理赔 */
  desc: string;
  /** Ip地址 @example 192.168.0.1 */
  spbill_create_ip: string;
  /** 付款场景 @example BRAND_REDPACKET */
  scene?: string;
  /** 品牌ID @example 1234 */
  brand_id?: number | string;
  /** 消息模板ID @example 1243100000000000 */
  finder_template_id?: string;
}
/** Options of POST /mmpaymkttransfers/promotion/transfers (向微信用户个人付款). */
export interface PostMmpaymkttransfersPromotionTransfersOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersPromotionTransfersBody;
}
/** Response body of POST /mmpaymkttransfers/promotion/transfers (向微信用户个人付款). */
export interface PostMmpaymkttransfersPromotionTransfersData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 商户appid @example wx8888888888888888 */
  mch_appid?: string;
  /** 商户号 @example 1900000109 */
  mchid?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  partner_trade_no: string;
  /** 微信付款单号 @example 1007752501201407033233368018 */
  payment_no: string;
  /** 付款成功时间 @example 2015-05-19 15:26:59 */
  payment_time: string;
}

/** Request body of POST /mmpaymkttransfers/query_coupon_stock (查询代金券批次). */
export interface PostMmpaymkttransfersQueryCouponStockBody {
  /** 代金券批次id @example 1757 */
  coupon_stock_id: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 操作员 @example 10000098 */
  op_user_id?: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str?: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign?: string;
  /** 协议版本 @example 1.0 */
  version?: "1.0";
  /** 协议类型 @example XML */
  type?: "XML";
}
/** Options of POST /mmpaymkttransfers/query_coupon_stock (查询代金券批次). */
export interface PostMmpaymkttransfersQueryCouponStockOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersQueryCouponStockBody;
}
/** Response body of POST /mmpaymkttransfers/query_coupon_stock (查询代金券批次). */
export interface PostMmpaymkttransfersQueryCouponStockData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 成功：返回空” */
  return_msg?: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 设备号 @example 123456sb */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example COUPON_STOCK_ID_NOT_VALID */
  err_code?: string;
  /** 错误代码描述 @example 错误描述信息 */
  err_code_des?: string;
  /** 代金券批次ID @example 1757 */
  coupon_stock_id: string;
  /** 代金券名称 @example 测试代金券 */
  coupon_name?: string;
  /** 代金券面额 @example 5 */
  coupon_value: string;
  /** 代金券使用最低限额 @example 10 */
  coupon_mininumn?: string;
  /** 代金券批次状态 @example 4 */
  coupon_stock_status: string;
  /** 代金券数量 @example 100 */
  coupon_total: string;
  /** 代金券最大领取数量 @example 1 */
  max_quota?: string;
  /** 代金券已经发送的数量 @example 0 */
  is_send_num?: string;
  /** 生效开始时间 @example 1943787483 */
  begin_time: string;
  /** 生效结束时间 @example 1943787490 */
  end_time: string;
  /** 创建时间 @example 1943787420 */
  create_time: string;
  /** 代金券预算额度 @example 500 */
  coupon_budget?: string;
  /** 生效开始时间 @example 20181126152401 */
  begin_time_t: string;
  /** 生效结束时间 @example 20181126152401 */
  end_time_t: string;
  /** 创建时间 @example 20181126152401 */
  create_time_t: string;
}

/** Request body of POST /mmpaymkttransfers/querycouponsinfo (查询代金券信息). */
export interface PostMmpaymkttransfersQuerycouponsinfoBody {
  /** 代金券id @example 1565 */
  coupon_id: string;
  /** 用户openid @example onqOjjrXT-776SpHnfexGm1_P7iE */
  openid: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 批次号 @example 58818 */
  stock_id: string;
  /** 操作员 @example 10000098 */
  op_user_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str?: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign?: string;
  /** 协议版本 @example 1.0 */
  version?: "1.0";
  /** 协议类型 @example XML */
  type?: "XML";
}
/** Options of POST /mmpaymkttransfers/querycouponsinfo (查询代金券信息). */
export interface PostMmpaymkttransfersQuerycouponsinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersQuerycouponsinfoBody;
}
/** Response body of POST /mmpaymkttransfers/querycouponsinfo (查询代金券信息). */
export interface PostMmpaymkttransfersQuerycouponsinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 成功：返回空” */
  return_msg?: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 10000090 */
  sub_mch_id?: string;
  /** 设备号 @example 123456sb */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 错误描述信息 */
  err_code_des?: string;
  /** 代金券批次ID @example 1757 */
  coupon_stock_id: string;
  /** 代金券id @example 4242 */
  coupon_id: string;
  /** 代金券面额 @example 5 */
  coupon_value: string;
  /** 代金券使用最低限额 @example 10 */
  coupon_mininumn?: string;
  /** 代金券名称 @example 测试代金券 */
  coupon_name: string;
  /** 代金券状态 @example SENDED */
  coupon_state: "SENDED" | "USED" | "EXPIRED";
  /** 代金券描述 @example 微信支付-代金券 */
  coupon_desc: string;
  /** 代金券实际使用金额 @example 0 */
  coupon_use_value: string;
  /** 优惠剩余可用额 @example 4 */
  coupon_remain_value: string;
  /** 发放来源 @example FULL_SEND */
  send_source: "FULL_SEND" | "NORMAL";
  /** 是否允许部分使用 @example 1 */
  is_partial_use?: "1";
}

/** Request body of POST /mmpaymkttransfers/queryworkwxredpack (查询红包记录). */
export interface PostMmpaymkttransfersQueryworkwxredpackBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** Appid @example wxe062425f740d30d8 */
  appid: string;
}
/** Options of POST /mmpaymkttransfers/queryworkwxredpack (查询红包记录). */
export interface PostMmpaymkttransfersQueryworkwxredpackOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersQueryworkwxredpackBody;
}
/** Response body of POST /mmpaymkttransfers/queryworkwxredpack (查询红包记录). */
export interface PostMmpaymkttransfersQueryworkwxredpackData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 微信支付签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 红包单号 @example 1000000000201503283103439304 */
  detail_id: string;
  /** 红包状态 @example RECEIVED */
  status: "SENDING" | "SENT" | "FAILED" | "RECEIVED" | "RFUND_ING" | "REFUND";
  /** 发放类型 @example API */
  send_type: "API";
  /** 红包金额 @example 5000 */
  total_amount: string;
  /** 失败原因 @example 余额不足 */
  reason?: string;
  /** 红包发送时间 @example 2015-04-21 20:00:00 */
  send_time: string;
  /** 红包退款时间 @example 2015-04-21 23:03:00 */
  refund_time?: string;
  /** 红包退款金额 @example 8000 */
  refund_amount?: string;
  /** 祝福语 @example 新年快乐 */
  wishing?: string;
  /** 活动描述 @example 新年红包 */
  remark?: string;
  /** 活动名称 @example 新年红包 */
  act_name?: string;
  /** 领取红包的Openid @example ohO4GtzOAAYMp2yapORH3dQB3W18 */
  openid: string;
  /** 金额 @example 100 */
  amount: string;
  /** 接收时间 @example 2015-04-21 20:00:00 */
  rcv_time: string;
  /** 发送者名称 @example XX活动 */
  sender_name?: string;
  /** 发送者头像 @example 1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0 */
  sender_header_media_id?: string;
}

/** Request body of POST /mmpaymkttransfers/send_coupon (发放代金券). */
export interface PostMmpaymkttransfersSendCouponBody {
  /** 代金券批次id @example 1757 */
  coupon_stock_id: string;
  /** openid记录数 @example 1 */
  openid_count: number | string;
  /** 商户单据号 @example 1000009820141203515766 */
  partner_trade_no: string;
  /** 用户openid @example onqOjjrXT-776SpHnfexGm1_P7iE */
  openid: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 操作员 @example 10000098 */
  op_user_id?: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str?: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign?: string;
  /** 协议版本 @example 1.0 */
  version?: "1.0";
  /** 协议类型 @example XML */
  type?: "XML";
}
/** Options of POST /mmpaymkttransfers/send_coupon (发放代金券). */
export interface PostMmpaymkttransfersSendCouponOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersSendCouponBody;
}
/** Response body of POST /mmpaymkttransfers/send_coupon (发放代金券). */
export interface PostMmpaymkttransfersSendCouponData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 成功：返回空” */
  return_msg?: string;
  /** 公众账号ID @example wx5edab3bdfba3dc1c */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 设备号 @example 123456sb */
  device_info?: string;
  /** 随机字符串 @example 1417574675 */
  nonce_str: string;
  /** 签名 @example 841B3002FE2220C87A2D08ABD8A8F791 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 错误描述信息 */
  err_code_des?: string;
  /** 代金券批次id @example 1757 */
  coupon_stock_id: string;
  /** 返回记录数 @example 1 */
  resp_count: string;
  /** 成功记录数 @example 1或者0 */
  success_count: string;
  /** 失败记录数 @example 1或者0 */
  failed_count: string;
  /** 用户标识 @example onqOjjrXT-776SpHnfexGm1_P7iE */
  openid: string;
  /** 返回码 @example SUCCESS或者FAILED */
  ret_code: string;
  /** 代金券id @example 1870 */
  coupon_id: string;
  /** 返回信息 @example 失败描述信息，例如：“用户已达领用上限” */
  ret_msg: string;
}

/** Request body of POST /mmpaymkttransfers/sendgroupredpack (发放裂变红包). */
export interface PostMmpaymkttransfersSendgroupredpackBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 商户名称 @example 天虹百货 */
  send_name: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 总金额 @example 1000 */
  total_amount: number | string;
  /** 红包发放总人数 @example 3 */
  total_num: number | string;
  /** 红包金额设置方式 @example ALL_RAND */
  amt_type: "ALL_RAND";
  /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */
  wishing: string;
  /** 活动名称 @example 猜灯谜抢红包活动 */
  act_name: string;
  /** 备注 @example 猜越多得越多，快来抢！ */
  remark: string;
  /** 场景id @example PRODUCT_8 */
  scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
  /** 活动信息 */
  risk_info?: string;
}
/** Options of POST /mmpaymkttransfers/sendgroupredpack (发放裂变红包). */
export interface PostMmpaymkttransfersSendgroupredpackOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersSendgroupredpackBody;
}
/** Response body of POST /mmpaymkttransfers/sendgroupredpack (发放裂变红包). */
export interface PostMmpaymkttransfersSendgroupredpackData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 总金额 @example 1000 */
  total_amount: string;
  /** 微信单号 @example 100000000020150520314766074200 */
  send_listid: string;
}

/** Request body of POST /mmpaymkttransfers/sendminiprogramhb (发放小程序红包接口). */
export interface PostMmpaymkttransfersSendminiprogramhbBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 商户名称 @example 天虹百货 */
  send_name: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: number | string;
  /** 红包发放总人数 @example 1 */
  total_num: number | string;
  /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */
  wishing: string;
  /** 活动名称 @example 猜灯谜抢红包活动 */
  act_name: string;
  /** 备注 @example 猜越多得越多，快来抢！ */
  remark: string;
  /** 活动信息 @example MINI_PROGRAM_JSAPI */
  notify_way: "MINI_PROGRAM_JSAPI";
  /** 场景id @example PRODUCT_8 */
  scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
}
/** Options of POST /mmpaymkttransfers/sendminiprogramhb (发放小程序红包接口). */
export interface PostMmpaymkttransfersSendminiprogramhbOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersSendminiprogramhbBody;
}
/** Response body of POST /mmpaymkttransfers/sendminiprogramhb (发放小程序红包接口). */
export interface PostMmpaymkttransfersSendminiprogramhbData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: string;
  /** 微信单号 @example 100000000020150520314766074200 */
  send_listid: string;
  /** Jsapi的入参 */
  package: string;
}

/** Request body of POST /mmpaymkttransfers/sendredpack (发放普通红包). */
export interface PostMmpaymkttransfersSendredpackBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 10000090 */
  sub_mch_id?: string;
  /** 触达用户appid @example wx8888888888888888 */
  msgappid?: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 商户名称 @example 天虹百货 */
  send_name: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: number | string;
  /** 红包发放总人数 @example 1 */
  total_num: number | string;
  /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */
  wishing: string;
  /** Ip地址 @example 192.168.0.1 */
  client_ip: string;
  /** 活动名称 @example 猜灯谜抢红包活动 */
  act_name: string;
  /** 备注 @example 猜越多得越多，快来抢！ */
  remark: string;
  /** 场景id @example PRODUCT_8 */
  scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
  /** 活动信息 */
  risk_info?: string;
}
/** Options of POST /mmpaymkttransfers/sendredpack (发放普通红包). */
export interface PostMmpaymkttransfersSendredpackOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersSendredpackBody;
}
/** Response body of POST /mmpaymkttransfers/sendredpack (发放普通红包). */
export interface PostMmpaymkttransfersSendredpackData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: string;
  /** 微信单号 @example 100000000020150520314766074200 */
  send_listid: string;
}

/** Request body of POST /mmpaymkttransfers/sendworkwxredpack (发放企业红包). */
export interface PostMmpaymkttransfersSendworkwxredpackBody {
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 发送红包的应用id @example 1 */
  agentid?: string;
  /** 发送者名称 @example XX活动 */
  sender_name: string;
  /** 发送者头像 @example 1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0 */
  sender_header_media_id?: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: number | string;
  /** 红包祝福语 @example 感谢您参加猜灯谜活动，祝您元宵节快乐！ */
  wishing: string;
  /** 活动名称 @example 猜灯谜抢红包活动 */
  act_name: string;
  /** 备注 @example 猜越多得越多，快来抢！ */
  remark: string;
  /** 场景id @example PRODUCT_8 */
  scene_id?: "PRODUCT_1" | "PRODUCT_2" | "PRODUCT_3" | "PRODUCT_4" | "PRODUCT_5" | "PRODUCT_6" | "PRODUCT_7" | "PRODUCT_8";
  /** 企业微信签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  workwx_sign?: string;
}
/** Options of POST /mmpaymkttransfers/sendworkwxredpack (发放企业红包). */
export interface PostMmpaymkttransfersSendworkwxredpackOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaymkttransfersSendworkwxredpackBody;
}
/** Response body of POST /mmpaymkttransfers/sendworkwxredpack (发放企业红包). */
export interface PostMmpaymkttransfersSendworkwxredpackData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 微信支付签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 商户订单号 @example 10000098201411111234567890 */
  mch_billno: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号appid @example wx8888888888888888 */
  wxappid: string;
  /** 用户openid @example oxTWIuGaIt6gTKsQRLau2M0yL16E */
  re_openid: string;
  /** 付款金额 @example 1000 */
  total_amount: string;
  /** 微信单号 @example 100000000020150520314766074200 */
  send_listid: string;
  /** 发送者名称 @example XX活动 */
  sender_name?: string;
  /** 发送者头像 @example 1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0 */
  sender_header_media_id?: string;
}

/** Request body of POST /mmpaysptrans/pay_bank (企业付款到银行卡). */
export interface PostMmpaysptransPayBankBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 商户企业付款单号 @example 1212121221227 */
  partner_trade_no: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 收款方银行卡号 @example 8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f */
  enc_bank_no: string;
  /** 收款方用户名 @example ca775af5f841bdf424b2e6eb86a6e21e */
  enc_true_name: string;
  /** 收款方开户行 @example 1001 */
  bank_code: string;
  /** 付款金额 @example 100000 */
  amount: number | string;
  /** 付款说明 @example 理财 */
  desc?: string;
}
/** Options of POST /mmpaysptrans/pay_bank (企业付款到银行卡). */
export interface PostMmpaysptransPayBankOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaysptransPayBankBody;
}
/** Response body of POST /mmpaysptrans/pay_bank (企业付款到银行卡). */
export interface PostMmpaysptransPayBankData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 商户号 */
  mch_id: string;
  /** 商户企业付款单号 */
  partner_trade_no: string;
  /** 代付金额 */
  amount: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 微信企业付款单号 */
  payment_no: string;
  /** 手续费金额 */
  cmms_amt: string;
}

/** Request body of POST /mmpaysptrans/query_bank (查询企业付款银行卡). */
export interface PostMmpaysptransQueryBankBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 商户企业付款单号 @example 1212121221227 */
  partner_trade_no: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /mmpaysptrans/query_bank (查询企业付款银行卡). */
export interface PostMmpaysptransQueryBankOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostMmpaysptransQueryBankBody;
}
/** Response body of POST /mmpaysptrans/query_bank (查询企业付款银行卡). */
export interface PostMmpaysptransQueryBankData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 商户号 */
  mch_id: string;
  /** 商户企业付款单号 */
  partner_trade_no: string;
  /** 微信企业付款单号 */
  payment_no: string;
  /** 银行卡号 */
  bank_no_md5: string;
  /** 用户真实姓名 */
  true_name_md5: string;
  /** 代付金额 */
  amount: string;
  /** 代付单状态 */
  status: "SUCCESS" | "FAILED" | "PROCESSING" | "BANK_FAIL";
  /** 手续费金额 */
  cmms_amt: string;
  /** 商户下单时间 */
  create_time: string;
  /** 成功付款时间 */
  pay_succ_time?: string;
  /** 失败原因 */
  reason?: string;
}

/** Request body of POST /papay/deletecontract (申请解约). */
export interface PostPapayDeletecontractBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 模板id @example 12251 */
  plan_id?: string;
  /** 签约协议号 @example 1234 */
  contract_code?: string;
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id?: string;
  /** 解约备注 @example 解约原因 */
  contract_termination_remark: string;
  /** 版本号 @example 1.0 */
  version: "1.0";
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
}
/** Options of POST /papay/deletecontract (申请解约). */
export interface PostPapayDeletecontractOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayDeletecontractBody;
}
/** Response body of POST /papay/deletecontract (申请解约). */
export interface PostPapayDeletecontractData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 委托代扣协议id @example 100005698 */
  contract_id: string;
  /** 模板id @example 123 */
  plan_id: string;
  /** 签约协议号 @example 1234 */
  contract_code: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
}

/** Options of GET /papay/entrustweb (公众号纯签约). */
export interface GetPapayEntrustwebOptions extends V2CallOptions {
  /** Query-string parameters. */
  query?: {
    /** 应用ID @example wxcbda96de0b165486 */
    appid?: string;
    /** 商户号 @example 1200009811 */
    mch_id?: string;
    /** 模板id @example 12535 */
    plan_id?: number;
    /** 签约协议号 @example 100000 */
    contract_code?: string;
    /** 请求序列号 @example 1000 */
    request_serial?: number;
    /** 用户账户展示名称 @example 微信代扣 */
    contract_display_account?: string;
    /** 回调通知url @example https://weixin.qq.com */
    notify_url?: string;
    /** 版本号 @example 1.0 */
    version?: string;
    /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
    sign?: string;
    /** 时间戳 @example 1414488825 */
    timestamp?: string;
    /** 返回web @example 1 */
    return_web?: number;
  };
}
/** Response body of GET /papay/entrustweb (公众号纯签约). */
export type GetPapayEntrustwebData = unknown;

/** Options of GET /papay/h5entrustweb (H5纯签约). */
export interface GetPapayH5entrustwebOptions extends V2CallOptions {
  /** Query-string parameters. */
  query: {
    /** 应用ID @example wxcbda96de0b165486 */
    appid: string;
    /** 商户号 @example 1200009811 */
    mch_id: string;
    /** 模板id @example 12535 */
    plan_id: string;
    /** 签约协议号 @example 100000 */
    contract_code: string;
    /** 请求序列号 @example 1000 */
    request_serial: number;
    /** 用户账户展示名称 @example 微信代扣 */
    contract_display_account: string;
    /** 回调通知url @example https://weixin.qq.com */
    notify_url: string;
    /** 版本号 @example 1.0 */
    version: string;
    /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
    sign: string;
    /** 签名类型 @example HMAC-SHA256 */
    sign_type?: "HMAC-SHA256" | "MD5";
    /** 时间戳 @example 1414488825 */
    timestamp: string;
    /** 客户端 IP @example 119.145.83.6 */
    clientip: string;
    /** 回调应用appid @example wxcbda96de0b165486 */
    return_appid?: string;
  };
}
/** Response body of GET /papay/h5entrustweb (H5纯签约). */
export interface GetPapayH5entrustwebData extends GetPapayH5entrustwebDataFields {}

/** Request body of POST /papay/partner/deletecontract (申请解约). */
export interface PostPapayPartnerDeletecontractBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 模板id @example 12251 */
  plan_id?: string;
  /** 签约协议号 @example 1234 */
  contract_code?: string;
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id?: string;
  /** 解约备注 @example 解约原因 */
  contract_termination_remark: string;
  /** 版本号 @example 1.0 */
  version: "1.0";
}
/** Options of POST /papay/partner/deletecontract (申请解约). */
export interface PostPapayPartnerDeletecontractOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayPartnerDeletecontractBody;
}
/** Response body of POST /papay/partner/deletecontract (申请解约). */
export interface PostPapayPartnerDeletecontractData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 委托代扣协议id @example 100005698 */
  contract_id: string;
  /** 模板id @example 123 */
  plan_id: string;
  /** 签约协议号 @example 1234 */
  contract_code: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
}

/** Options of GET /papay/partner/entrustweb (公众号纯签约). */
export interface GetPapayPartnerEntrustwebOptions extends V2CallOptions {
  /** Query-string parameters. */
  query?: {
    /** 应用ID @example wxcbda96de0b165486 */
    appid?: string;
    /** 商户号 @example 1200009811 */
    mch_id?: string;
    /** 子商户应用ID @example wxcbda96de0b165489 */
    sub_appid?: string;
    /** 子商户号 @example 1900000109 */
    sub_mch_id?: string;
    /** 模板id @example 12535 */
    plan_id?: number;
    /** 签约协议号 @example 100000 */
    contract_code?: string;
    /** 请求序列号 @example 1000 */
    request_serial?: number;
    /** 用户账户展示名称 @example 微信代扣 */
    contract_display_account?: string;
    /** 回调通知url @example https://weixin.qq.com */
    notify_url?: string;
    /** 版本号 @example 1.0 */
    version?: string;
    /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
    sign?: string;
    /** 时间戳 @example 1414488825 */
    timestamp?: string;
    /** 返回web @example 1 */
    return_web?: number;
  };
}
/** Response body of GET /papay/partner/entrustweb (公众号纯签约). */
export type GetPapayPartnerEntrustwebData = unknown;

/** Options of GET /papay/partner/h5entrustweb (H5纯签约). */
export interface GetPapayPartnerH5entrustwebOptions extends V2CallOptions {
  /** Query-string parameters. */
  query: {
    /** 应用ID @example wxcbda96de0b165486 */
    appid: string;
    /** 商户号 @example 1200009811 */
    mch_id: string;
    /** 子商户应用ID @example wxcbda96de0b165489 */
    sub_appid?: string;
    /** 子商户号 @example 1900000109 */
    sub_mch_id: string;
    /** 模板id @example 12535 */
    plan_id: string;
    /** 签约协议号 @example 100000 */
    contract_code: string;
    /** 请求序列号 @example 1000 */
    request_serial: number;
    /** 用户账户展示名称 @example 微信代扣 */
    contract_display_account: string;
    /** 回调通知url @example https://weixin.qq.com */
    notify_url: string;
    /** 版本号 @example 1.0 */
    version: string;
    /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
    sign: string;
    /** 签名类型 @example HMAC-SHA256 */
    sign_type?: "HMAC-SHA256" | "MD5";
    /** 时间戳 @example 1414488825 */
    timestamp: string;
    /** 客户端 IP @example 119.145.83.6 */
    clientip: string;
    /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
    deviceid?: string;
    /** 手机号 @example 18933432355 */
    mobile?: string;
    /** 邮箱地址 @example aobama\@whitehouse.com */
    email?: string;
    /** QQ号 @example 100243 */
    qq?: string;
    /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
    openid?: string;
    /** 身份证号 @example 110102199701011000 */
    creid?: string;
    /** 商户侧用户标识 @example user123 */
    outerid?: string;
    /** 回调应用appid @example wxcbda96de0b165486 */
    return_appid?: string;
  };
}
/** Response body of GET /papay/partner/h5entrustweb (H5纯签约). */
export interface GetPapayPartnerH5entrustwebData extends GetPapayH5entrustwebDataFields {}

/** Request body of POST /papay/partner/preentrustweb (APP纯签约). */
export interface PostPapayPartnerPreentrustwebBody extends PostPapayPartnerPreentrustwebBodyFields {}
/** Options of POST /papay/partner/preentrustweb (APP纯签约). */
export interface PostPapayPartnerPreentrustwebOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayPartnerPreentrustwebBody;
}
/** Response body of POST /papay/partner/preentrustweb (APP纯签约). */
export interface PostPapayPartnerPreentrustwebData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户应用ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 跳转签约小程序的username @example gh_xxxxxxxxxxxxx */
  miniprogram_username?: string;
  /** 跳转签约小程序的path @example pages/index/index?sign_scene=app&domain_type=cn&pre_entrustweb_id=xxxxxxxxxx */
  miniprogram_path?: string;
  /** 预签约id @example 5778aadY9nltAsZzXixCkFIGYnV2V */
  pre_entrustweb_id: string;
}

/** Request body of POST /papay/partner/querycontract (查询签约关系). */
export interface PostPapayPartnerQuerycontractBody {
  /** 应用ID @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 1200009811 */
  mch_id: string;
  /** 子商户应用ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 委托代扣协议id @example 100005698 */
  contract_id?: string;
  /** 模板id @example 123 */
  plan_id?: string;
  /** 签约协议号 @example 1023658866 */
  contract_code?: string;
  /** 版本号 @example 1.0 */
  version: "1.0";
  /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */
  sign?: string;
}
/** Options of POST /papay/partner/querycontract (查询签约关系). */
export interface PostPapayPartnerQuerycontractOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayPartnerQuerycontractBody;
}
/** Response body of POST /papay/partner/querycontract (查询签约关系). */
export interface PostPapayPartnerQuerycontractData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 委托代扣协议id @example 100005698 */
  contract_id: string;
  /** 模板id @example 123 */
  plan_id: string;
  /** 请求序列号 @example 1695 */
  request_serial: unknown;
  /** 签约协议号 @example 1023658866 */
  contract_code: string;
  /** 用户账户展示名称 @example 张三 */
  contract_display_account: string;
  /** 协议状态 @example 1 */
  contract_state: string;
  /** 协议签署时间 @example 2015-07-0110:00:00 */
  contract_signed_time: string;
  /** 协议到期时间 @example 2016-07-0110:00:00 */
  contract_expired_time: string;
  /** 协议解约时间 @example 2015-09-0110:00:00 */
  contract_terminated_time?: string;
  /** 协议解约方式 @example 3 */
  contract_termination_mode?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 解约备注 @example 解约原因 */
  contract_termination_remark?: string;
  /** 用户标识 @example ozoKAt9TIPHfwVMkcniiNKZ1vbyw */
  openid: string;
  /** 错误代码 @example SIGN_ERROR */
  err_code: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
}

/** Request body of POST /papay/preentrustweb (APP纯签约). */
export interface PostPapayPreentrustwebBody extends PostPapayPartnerPreentrustwebBodyFields {}
/** Options of POST /papay/preentrustweb (APP纯签约). */
export interface PostPapayPreentrustwebOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayPreentrustwebBody;
}
/** Response body of POST /papay/preentrustweb (APP纯签约). */
export interface PostPapayPreentrustwebData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 跳转签约小程序的username @example gh_xxxxxxxxxxxxx */
  miniprogram_username?: string;
  /** 跳转签约小程序的path @example pages/index/index?sign_scene=app&domain_type=cn&pre_entrustweb_id=xxxxxxxxxx */
  miniprogram_path?: string;
  /** 预签约id @example 5778aadY9nltAsZzXixCkFIGYnV2V */
  pre_entrustweb_id: string;
}

/** Request body of POST /papay/querycontract (查询签约关系). */
export interface PostPapayQuerycontractBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: number | string;
  /** 委托代扣协议id @example 100005698 */
  contract_id?: string;
  /** 模板id @example 123 */
  plan_id?: number | string;
  /** 签约协议号 @example 1023658866 */
  contract_code?: string;
  /** 版本号 @example 1.0 */
  version: "1.0";
  /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */
  sign?: string;
}
/** Options of POST /papay/querycontract (查询签约关系). */
export interface PostPapayQuerycontractOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPapayQuerycontractBody;
}
/** Response body of POST /papay/querycontract (查询签约关系). */
export interface PostPapayQuerycontractData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 委托代扣协议id @example 100005698 */
  contract_id: string;
  /** 模板id @example 123 */
  plan_id: string;
  /** 请求序列号 @example 1695 */
  request_serial: unknown;
  /** 签约协议号 @example 1023658866 */
  contract_code: string;
  /** 用户账户展示名称 @example 张三 */
  contract_display_account: string;
  /** 协议状态 @example 1 */
  contract_state: string;
  /** 协议签署时间 @example 2015-07-0110:00:00 */
  contract_signed_time: string;
  /** 协议到期时间 @example 2016-07-0110:00:00 */
  contract_expired_time: string;
  /** 协议解约时间 @example 2015-09-0110:00:00 */
  contract_terminated_time?: string;
  /** 协议解约方式 @example 3 */
  contract_termination_mode?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 解约备注 @example 解约原因 */
  contract_termination_remark?: string;
  /** 用户标识 @example ozoKAt9TIPHfwVMkcniiNKZ1vbyw */
  openid: string;
  /** 错误代码 @example SIGN_ERROR */
  err_code: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des: string;
}

/** Request body of POST /pay/closecombinedorder (合单关单). */
export interface PostPayClosecombinedorderBody {
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 合单商户订单号 @example 1217752501201407033233368018 */
  combine_out_trade_no: string;
  /** 子单信息`JSON`格式字符串 @example [{"mch_id": "1900009001","out_trade_no": "OD201708030001"}] */
  sub_order_list: string;
}
/** Options of POST /pay/closecombinedorder (合单关单). */
export interface PostPayClosecombinedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayClosecombinedorderBody;
}
/** Response body of POST /pay/closecombinedorder (合单关单). */
export interface PostPayClosecombinedorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
}

/** Request body of POST /pay/closeorder (关闭订单). */
export interface PostPayCloseorderBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
}
/** Options of POST /pay/closeorder (关闭订单). */
export interface PostPayCloseorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayCloseorderBody;
}
/** Response body of POST /pay/closeorder (关闭订单). */
export interface PostPayCloseorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 业务结果描述 @example OK */
  result_msg: string;
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
}

/** Request body of POST /pay/combinedorder (合单下单). */
export interface PostPayCombinedorderBody {
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 合单商户订单号 @example 1217752501201407033233368018 */
  combine_out_trade_no: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 交易起始时间 @example 20171225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20171225091510 */
  time_expire?: string;
  /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */
  notify_url: string;
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 商品ID @example 1234567890 */
  product_id?: string;
  /** 合单用户标识 @example 120061098828009406 */
  combine_openid?: string;
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
  /** 子单信息`JSON`格式字符串 */
  sub_order_list: string;
}
/** Options of POST /pay/combinedorder (合单下单). */
export interface PostPayCombinedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayCombinedorderBody;
}
/** Response body of POST /pay/combinedorder (合单下单). */
export interface PostPayCombinedorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 二维码链接 @example weixin://wxpay/bizpayurl/up?pr=NwY5Mz9&groupid=00 */
  code_url?: string;
  /** 预支付交易会话标识 @example CNY */
  prepay_id: string;
  /** H5支付跳转链接 */
  mweb_url?: string;
}

/** Request body of POST /pay/contractorder (支付中签约). */
export interface PostPayContractorderBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 1200009811 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 签约商户号 @example 1200009811 */
  contract_mchid: string;
  /** 签约appid @example wxcbda96de0b165486 */
  contract_appid: string;
  /** 商户订单号 @example 123456 */
  out_trade_no: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 商品描述 @example Ipadmini16G白色 */
  body: string;
  /** 商品详情 @example Ipadmini16G白色 */
  detail?: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 回调通知url @example http://yoursite.com */
  notify_url: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 终端IP @example 123.12.12.123 */
  spbill_create_ip: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 交易类型 @example JSAPI */
  trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB";
  /** 商品ID @example 12235413214070356458058 */
  product_id?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  sub_openid?: string;
  /** 模板id @example 123 */
  plan_id: number | string;
  /** 签约协议号 @example 100001256 */
  contract_code: string;
  /** 请求序列号 @example 1695 */
  request_serial: number | string;
  /** 用户账户展示名称 @example 123 */
  contract_display_account: string;
  /** 签约信息通知url @example http://yoursite.com */
  contract_notify_url: string;
  /** 签名 @example E1EE61A91C8E90F299DE6AE075D60A2D */
  sign?: string;
}
/** Options of POST /pay/contractorder (支付中签约). */
export interface PostPayContractorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayContractorderBody;
}
/** Response body of POST /pay/contractorder (支付中签约). */
export interface PostPayContractorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 预签约结果 @example SUCCESS */
  contract_result_code: string;
  /** 预签约错误代码 @example Fail */
  contract_err_code?: string;
  /** 预签约错误描述 @example 已签约 */
  contract_err_code_des?: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */
  prepay_id: string;
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 二维码链接 @example weixin：//wxpay/s/An4baqw */
  code_url?: string;
  /** 模板id @example 123 */
  plan_id?: string;
  /** 请求序列号 @example 1695 */
  request_serial?: string;
  /** 签约协议号 @example 1023658866 */
  contract_code?: string;
  /** 用户账户展示名称 @example 张三 */
  contract_display_account?: string;
  /** 支付跳转链接 */
  mweb_url?: string;
  /** 商户订单号 @example 123456 */
  out_trade_no: string;
}

/** Request body of POST /pay/downloadbill (下载对账单). */
export interface PostPayDownloadbillBody extends PostPayDownloadbillBodyFields {}
/** Options of POST /pay/downloadbill (下载对账单). */
export interface PostPayDownloadbillOptions extends V2DownloadOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayDownloadbillBody;
}
/** Response body of POST /pay/downloadbill (下载对账单). */
export type PostPayDownloadbillData = string;

/** Request body of POST /pay/downloadfundflow (下载资金账单). */
export interface PostPayDownloadfundflowBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: string;
  /** 资金账单日期 @example 20140603 */
  bill_date: string;
  /** 资金账户类型 @example Basic */
  account_type: "Basic" | "Operation" | "Fees";
  /** 压缩账单 @example GZIP */
  tar_type?: "GZIP";
}
/** Options of POST /pay/downloadfundflow (下载资金账单). */
export interface PostPayDownloadfundflowOptions extends V2DownloadOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayDownloadfundflowBody;
}
/** Response body of POST /pay/downloadfundflow (下载资金账单). */
export type PostPayDownloadfundflowData = string;

/** Request body of POST /pay/facepay (提交刷脸支付). */
export interface PostPayFacepayBody extends PostDepositFacepayBodyFields {}
/** Options of POST /pay/facepay (提交刷脸支付). */
export interface PostPayFacepayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayFacepayBody;
}
/** Response body of POST /pay/facepay (提交刷脸支付). */
export interface PostPayFacepayData extends PostDepositFacepayDataFields {}

/** Request body of POST /pay/facepayquery (查询订单). */
export interface PostPayFacepayqueryBody extends PostDepositOrderqueryBodyFields {}
/** Options of POST /pay/facepayquery (查询订单). */
export interface PostPayFacepayqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayFacepayqueryBody;
}
/** Response body of POST /pay/facepayquery (查询订单). */
export interface PostPayFacepayqueryData extends PostDepositOrderqueryDataFields {}

/** Request body of POST /pay/micropay (提交付款码支付). */
export interface PostPayMicropayBody extends PostPayMicropayBodyFields {}
/** Options of POST /pay/micropay (提交付款码支付). */
export interface PostPayMicropayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayMicropayBody;
}
/** Response body of POST /pay/micropay (提交付款码支付). */
export interface PostPayMicropayData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户标识 @example Y */
  openid: string;
  /** 是否关注公众账号 @example N */
  is_subscribe: "N";
  /** 交易类型 @example MICROPAY */
  trade_type: string;
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 订单金额 @example 888 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 代金券金额 @example 100 */
  coupon_fee?: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 微信支付订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商家数据包 @example 123456 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** Request body of POST /pay/orderquery (查询订单). */
export interface PostPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** Options of POST /pay/orderquery (查询订单). */
export interface PostPayOrderqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayOrderqueryBody;
}
/** Response body of POST /pay/orderquery (查询订单). */
export interface PostPayOrderqueryData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 是否关注公众账号 @example N */
  is_subscribe: "N";
  /** 用户子标识 @example wxd930ea5d5a258f4f */
  sub_openid?: string;
  /** 是否关注子公众账号 @example Y */
  sub_is_subscribe?: "Y" | "N";
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 标价金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付币种 @example CNY */
  cash_fee_type?: string;
  /** 代金券金额 @example 100 */
  coupon_fee?: string;
  /** 代金券使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
  /** 押金消费金额 @example 888 */
  consume_fee?: string;
}

/** Request body of POST /pay/paporderquery (查询订单). */
export interface PostPayPaporderqueryBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 微信订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
}
/** Options of POST /pay/paporderquery (查询订单). */
export interface PostPayPaporderqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayPaporderqueryBody;
}
/** Response body of POST /pay/paporderquery (查询订单). */
export interface PostPayPaporderqueryData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 是否关注公众账号 @example N */
  is_subscribe?: "N";
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 总金额 @example 100 */
  total_fee: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 代金券或立减优惠金额 @example 100 */
  coupon_fee?: string;
  /** 代金券或立减优惠使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券或立减优惠ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券或立减优惠支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc: string;
}

/** Request body of POST /pay/pappayapply (申请扣款). */
export interface PostPayPappayapplyBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商品描述 @example 水电代扣 */
  body: string;
  /** 商品详情 @example 水电代扣：A水电代扣：B水电代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: string;
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: string;
}
/** Options of POST /pay/pappayapply (申请扣款). */
export interface PostPayPappayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayPappayapplyBody;
}
/** Response body of POST /pay/pappayapply (申请扣款). */
export interface PostPayPappayapplyData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
}

/** Request body of POST /pay/partner/paporderquery (查询订单). */
export interface PostPayPartnerPaporderqueryBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 微信订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
}
/** Options of POST /pay/partner/paporderquery (查询订单). */
export interface PostPayPartnerPaporderqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayPartnerPaporderqueryBody;
}
/** Response body of POST /pay/partner/paporderquery (查询订单). */
export interface PostPayPartnerPaporderqueryData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 是否关注公众账号 @example N */
  is_subscribe?: "N";
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 总金额 @example 100 */
  total_fee: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 代金券或立减优惠金额 @example 100 */
  coupon_fee?: string;
  /** 代金券或立减优惠使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券或立减优惠ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券或立减优惠支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc: string;
  /** 子商户公众账号ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
}

/** Request body of POST /pay/partner/pappayapply (申请扣款). */
export interface PostPayPartnerPappayapplyBody {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商品描述 @example 水电代扣 */
  body: string;
  /** 商品详情 @example 水电代扣：A水电代扣：B水电代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: string;
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: string;
}
/** Options of POST /pay/partner/pappayapply (申请扣款). */
export interface PostPayPartnerPappayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayPartnerPappayapplyBody;
}
/** Response body of POST /pay/partner/pappayapply (申请扣款). */
export interface PostPayPartnerPappayapplyData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
}

/** Request body of POST /pay/profitsharingaddreceiver (添加分账接收方). */
export interface PostPayProfitsharingaddreceiverBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example ABC6DD4AA85C0EECA82C35595A69EFGH */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 分账接收方`JSON`格式字符串 */
  receiver: string;
}
/** Options of POST /pay/profitsharingaddreceiver (添加分账接收方). */
export interface PostPayProfitsharingaddreceiverOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingaddreceiverBody;
}
/** Response body of POST /pay/profitsharingaddreceiver (添加分账接收方). */
export interface PostPayProfitsharingaddreceiverData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 分账接收方 @example {"type":"MERCHANT_ID","account":"190001001"} */
  receiver: string;
}

/** Request body of POST /pay/profitsharingmerchantratioquery (查询最大分账比例API). */
export interface PostPayProfitsharingmerchantratioqueryBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 品牌主商户号 @example 1900000108 */
  brand_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /pay/profitsharingmerchantratioquery (查询最大分账比例API). */
export interface PostPayProfitsharingmerchantratioqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingmerchantratioqueryBody;
}
/** Response body of POST /pay/profitsharingmerchantratioquery (查询最大分账比例API). */
export interface PostPayProfitsharingmerchantratioqueryData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 品牌主商户号 @example 1900000108 */
  brand_mch_id?: string;
  /** 最大分账比例 @example 2000 */
  max_ratio: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
}

/** Request body of POST /pay/profitsharingorderamountquery (查询订单待分账金额). */
export interface PostPayProfitsharingorderamountqueryBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /pay/profitsharingorderamountquery (查询订单待分账金额). */
export interface PostPayProfitsharingorderamountqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingorderamountqueryBody;
}
/** Response body of POST /pay/profitsharingorderamountquery (查询订单待分账金额). */
export interface PostPayProfitsharingorderamountqueryData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 商户号 @example 1900000100 */
  mch_id?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 订单剩余待分金额 @example 1000 */
  unsplit_amount?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}

/** Request body of POST /pay/profitsharingquery (查询分账结果). */
export interface PostPayProfitsharingqueryBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /pay/profitsharingquery (查询分账结果). */
export interface PostPayProfitsharingqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingqueryBody;
}
/** Response body of POST /pay/profitsharingquery (查询分账结果). */
export interface PostPayProfitsharingqueryData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id: string;
  /** 分账单状态 @example FINISHED */
  status: "PROCESSING" | "FINISHED";
  /** 分账接收方列表`JSON`格式字符串 */
  receivers: string;
}

/** Request body of POST /pay/profitsharingremovereceiver (删除分账接收方). */
export interface PostPayProfitsharingremovereceiverBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example ABC6DD4AA85C0EECA82C35595A69EFGH */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 分账接收方`JSON`格式字符串 @example {"type": "MERCHANT_ID","account": "190001001"} */
  receiver: string;
}
/** Options of POST /pay/profitsharingremovereceiver (删除分账接收方). */
export interface PostPayProfitsharingremovereceiverOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingremovereceiverBody;
}
/** Response body of POST /pay/profitsharingremovereceiver (删除分账接收方). */
export interface PostPayProfitsharingremovereceiverData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 分账接收方`JSON`格式字符串 @example {"type":"MERCHANT_ID","account":"190001001"} */
  receiver: string;
}

/** Request body of POST /pay/profitsharingreturnquery (回退结果查询). */
export interface PostPayProfitsharingreturnqueryBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id?: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no?: string;
  /** 商户回退单号 @example R20190516001 */
  out_return_no: string;
}
/** Options of POST /pay/profitsharingreturnquery (回退结果查询). */
export interface PostPayProfitsharingreturnqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayProfitsharingreturnqueryBody;
}
/** Response body of POST /pay/profitsharingreturnquery (回退结果查询). */
export interface PostPayProfitsharingreturnqueryData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id?: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no?: string;
  /** 商户回退单号 @example R20190516001 */
  out_return_no: string;
  /** 微信回退单号 @example 3008450740201411110007820472 */
  return_no?: string;
  /** 回退方类型 @example MERCHANT_ID */
  return_account_type: "MERCHANT_ID";
  /** 回退方账号 @example 86693852 */
  return_account: string;
  /** 回退金额 @example 888 */
  return_amount: string;
  /** 回退描述 @example 用户退款 */
  description: string;
  /** 回退结果 @example SUCCESS */
  result?: "SUCCESS" | "PROCESSING" | "FAILED";
  /** 失败原因 @example ACCOUNT_ABNORMAL */
  fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 完成时间 @example 20180608170132 */
  finish_time?: string;
}

/** Request body of POST /pay/querycombinedorder (合单查单). */
export interface PostPayQuerycombinedorderBody {
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 合单商户订单号 @example 1217752501201407033233368018 */
  combine_out_trade_no: string;
}
/** Options of POST /pay/querycombinedorder (合单查单). */
export interface PostPayQuerycombinedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayQuerycombinedorderBody;
}
/** Response body of POST /pay/querycombinedorder (合单查单). */
export interface PostPayQuerycombinedorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 合单appid @example wx8888888888888888 */
  combine_appid: string;
  /** 合单商户号 @example 1900000109 */
  combine_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 设备号 @example 000077 */
  device_info?: string;
  /** 合单用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  combine_openid?: string;
  /** 合单商户订单号 @example 1217752501201407033233368018 */
  combine_out_trade_no: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 业务结果描述 @example OK */
  result_msg: string;
  /** 交易状态 @example SUCCESS */
  trade_state?: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc?: string;
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 子单信息`JSON`格式字符串 */
  sub_order_list: string;
}

/** Request body of POST /pay/queryexchagerate (汇率查询API). */
export interface PostPayQueryexchagerateBody {
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 币种 @example USD */
  fee_type: string;
  /** 日期 @example 20150807 */
  date: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
}
/** Options of POST /pay/queryexchagerate (汇率查询API). */
export interface PostPayQueryexchagerateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayQueryexchagerateBody;
}
/** Response body of POST /pay/queryexchagerate (汇率查询API). */
export interface PostPayQueryexchagerateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 子商户号 @example 1230000100 */
  sub_mch_id?: string;
  /** 币种 @example USD */
  fee_type: string;
  /** 汇率时间 @example 20150807 */
  rate_time: string;
  /** 现汇卖出价 @example 650000000 */
  rate: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign: string;
}

/** Request body of POST /pay/refundquery (查询退款). */
export interface PostPayRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** Options of POST /pay/refundquery (查询退款). */
export interface PostPayRefundqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayRefundqueryBody;
}
/** Response body of POST /pay/refundquery (查询退款). */
export interface PostPayRefundqueryData extends PostDepositRefundqueryDataFields {}

/** Request body of POST /pay/refundqueryv2 (查询退款（支持单品）). */
export interface PostPayRefundqueryv2Body extends PostDepositRefundqueryBodyFields {}
/** Options of POST /pay/refundqueryv2 (查询退款（支持单品）). */
export interface PostPayRefundqueryv2Options extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayRefundqueryv2Body;
}
/** Response body of POST /pay/refundqueryv2 (查询退款（支持单品）). */
export interface PostPayRefundqueryv2Data {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误码 @example SYSTEMERROR */
  err_code: string;
  /** 错误描述 @example 系统错误 */
  err_code_des: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 订单总退款次数 @example 35 */
  total_refund_count?: string;
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 订单金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 退款笔数 @example 1 */
  refund_count: string;
  /** 商户退款单号 @example 1217752501201407033233368018 */
  out_refund_no_$n: string;
  /** 微信退款单号 @example 1217752501201407033233368018 */
  refund_id_$n: string;
  /** 退款渠道 @example ORIGINAL */
  refund_channel_$n?: string;
  /** 申请退款金额 @example 100 */
  refund_fee_$n: string;
  /** 退款金额 @example 100 */
  settlement_refund_fee_$n?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n_$m?: string;
  /** 总代金券退款金额 @example 100 */
  coupon_refund_fee_$n?: string;
  /** 退款代金券使用数量 @example 1 */
  coupon_refund_count_$n?: string;
  /** 退款代金券ID @example 10000 */
  coupon_refund_id_$n_$m?: string;
  /** 单个代金券退款金额 @example 100 */
  coupon_refund_fee_$n_$m?: string;
  /** 退款状态 @example SUCCESS */
  refund_status_$n: string;
  /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */
  refund_account_$n?: string;
  /** 退款入账账户 @example 招商银行信用卡 */
  refund_recv_accout_$n: string;
  /** 退款成功时间 @example 2016-07-25 15:26:26 */
  refund_success_time_$n?: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** Request body of POST /pay/settlementquery (查询结算资金). */
export interface PostPaySettlementqueryBody {
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mchid: string;
  /** 子商户号 @example 1230000109 */
  sub_mch_id?: string;
  /** 结算状态 @example 1 */
  usetag: 1 | 2;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 偏移量 @example 0 */
  offset: number | string;
  /** 最大记录条数 @example 10 */
  limit: number | string;
  /** 开始日期 @example 20150807 */
  date_start: string;
  /** 结束日期 @example 20150807 */
  date_end: string;
  /** 是否查询分账结算信息 @example true */
  query_split?: boolean;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
}
/** Options of POST /pay/settlementquery (查询结算资金). */
export interface PostPaySettlementqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPaySettlementqueryBody;
}
/** Response body of POST /pay/settlementquery (查询结算资金). */
export interface PostPaySettlementqueryData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 返回数据行数 @example 10 */
  record_num: string;
  /** 付汇批次号 @example 10 */
  fbatchno: string;
  /** 结算日期 @example 20151101 */
  date_settlement: string;
  /** 交易开始日期 @example 20151101 */
  date_start: string;
  /** 交易结束日期 @example 20151101 */
  date_end: string;
  /** 划账金额 @example 1 */
  settlement_fee: string;
  /** 未划账金额 @example 1 */
  unsettlement_fee: string;
  /** 结算币种 @example GBP */
  settlementfee_type: string;
  /** 支付金额 @example 1 */
  pay_fee: string;
  /** 退款金额 @example 1 */
  refund_fee: string;
  /** 支付净额 @example 1 */
  pay_net_fee: string;
  /** 手续费金额 @example 1 */
  poundage_fee: string;
  /** 分账划账金额 @example 1 */
  split_settlement_fee?: string;
  /** 分账未划账金额 @example 1 */
  split_unsettlement_fee?: string;
}

/** Request body of POST /pay/unifiedorder (统一下单). */
export interface PostPayUnifiedorderBody extends PostPayUnifiedorderBodyFields {}
/** Options of POST /pay/unifiedorder (统一下单). */
export interface PostPayUnifiedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayUnifiedorderBody;
}
/** Response body of POST /pay/unifiedorder (统一下单). */
export interface PostPayUnifiedorderData extends PostPayUnifiedorderDataFields {}

/** Request body of POST /payitil/report (交易保障). */
export interface PostPayitilReportBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 接口URL @example https://api.mch.weixin.qq.com/pay/batchreport/micropay/total */
  interface_url: string;
  /** 访问接口IP @example 8.8.8.8 */
  user_ip: string;
  /** 上报数据包`JSON`格式字符串 */
  trades: string;
}
/** Options of POST /payitil/report (交易保障). */
export interface PostPayitilReportOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostPayitilReportBody;
}
/** Response body of POST /payitil/report (交易保障). */
export interface PostPayitilReportData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
}

/** Request body of POST /risk/getcertficates (获取平台证书). */
export interface PostRiskGetcertficatesBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /risk/getcertficates (获取平台证书). */
export interface PostRiskGetcertficatesOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostRiskGetcertficatesBody;
}
/** Response body of POST /risk/getcertficates (获取平台证书). */
export interface PostRiskGetcertficatesData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign?: string;
  /** 错误码 @example 20002 */
  error_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  error_code_des?: string;
  /** 返回状态码 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 平台证书信息 */
  certificates: string;
}

/** Request body of POST /risk/getpublickey (获取RSA加密公钥API). */
export interface PostRiskGetpublickeyBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example MD5 */
  sign_type: "MD5" | "HMAC-SHA256";
}
/** Options of POST /risk/getpublickey (获取RSA加密公钥API). */
export interface PostRiskGetpublickeyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostRiskGetpublickeyBody;
}
/** Response body of POST /risk/getpublickey (获取RSA加密公钥API). */
export interface PostRiskGetpublickeyData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** 错误码 @example 20002 */
  error_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  error_code_des?: string;
  /** 返回状态码 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 商户号 @example 1900000109 */
  mch_id?: string;
  /** RSA公钥 @example -----BEGIN RSA PUBLIC KEY-----...-----END RSA PUBLIC KEY----- */
  pub_key?: string;
}

/** Request body of POST /risk/getviolation (银行特约商户违规信息查询). */
export interface PostRiskGetviolationBody {
  /** 商户号 @example 1230000110 */
  mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "HMAC-SHA256";
  /** 开始时间 @example 2020-05-11 10:10:00 */
  begin_time?: string;
  /** 结束时间 @example 2020-05-11 10:10:00 */
  end_time?: string;
  /** 页码 @example 1 */
  page_index?: string;
  /** 每页返回的数量 @example 10 */
  page_size?: string;
  /** 违规记录数据格式 @example json */
  violation_records_format?: "csv" | "json";
}
/** Options of POST /risk/getviolation (银行特约商户违规信息查询). */
export interface PostRiskGetviolationOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostRiskGetviolationBody;
}
/** Response body of POST /risk/getviolation (银行特约商户违规信息查询). */
export interface PostRiskGetviolationData {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** 错误码 @example 20002 */
  error_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  error_code_des?: string;
  /** 返回状态码 @example FAIL */
  result_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  result_msg: string;
  /** 违规记录数据`JSON`格式字符串 */
  violation_records?: string;
}

/** Request body of POST /sandboxnew/pay/downloadbill (下载对账单). */
export interface PostSandboxnewPayDownloadbillBody extends PostPayDownloadbillBodyFields {}
/** Options of POST /sandboxnew/pay/downloadbill (下载对账单). */
export interface PostSandboxnewPayDownloadbillOptions extends V2DownloadOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayDownloadbillBody;
}
/** Response body of POST /sandboxnew/pay/downloadbill (下载对账单). */
export type PostSandboxnewPayDownloadbillData = string;

/** Request body of POST /sandboxnew/pay/getsignkey (获取验签密钥API). */
export interface PostSandboxnewPayGetsignkeyBody extends PostSandboxnewPayGetsignkeyBodyFields {}
/** Options of POST /sandboxnew/pay/getsignkey (获取验签密钥API). */
export interface PostSandboxnewPayGetsignkeyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayGetsignkeyBody;
}
/** Response body of POST /sandboxnew/pay/getsignkey (获取验签密钥API). */
export interface PostSandboxnewPayGetsignkeyData extends PostSandboxnewPayGetsignkeyDataFields {}

/** Request body of POST /sandboxnew/pay/micropay (提交付款码支付). */
export interface PostSandboxnewPayMicropayBody extends PostPayMicropayBodyFields {}
/** Options of POST /sandboxnew/pay/micropay (提交付款码支付). */
export interface PostSandboxnewPayMicropayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayMicropayBody;
}
/** Response body of POST /sandboxnew/pay/micropay (提交付款码支付). */
export interface PostSandboxnewPayMicropayData extends PostDepositMicropayDataFields {}

/** Request body of POST /sandboxnew/pay/orderquery (查询订单). */
export interface PostSandboxnewPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** Options of POST /sandboxnew/pay/orderquery (查询订单). */
export interface PostSandboxnewPayOrderqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayOrderqueryBody;
}
/** Response body of POST /sandboxnew/pay/orderquery (查询订单). */
export interface PostSandboxnewPayOrderqueryData extends PostDepositOrderqueryDataFields {}

/** Request body of POST /sandboxnew/pay/refund (申请退款). */
export interface PostSandboxnewPayRefundBody extends PostDepositRefundBodyFields {}
/** Options of POST /sandboxnew/pay/refund (申请退款). */
export interface PostSandboxnewPayRefundOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayRefundBody;
}
/** Response body of POST /sandboxnew/pay/refund (申请退款). */
export interface PostSandboxnewPayRefundData extends PostDepositRefundDataFields {}

/** Request body of POST /sandboxnew/pay/refundquery (查询退款). */
export interface PostSandboxnewPayRefundqueryBody extends PostDepositRefundqueryBodyFields {}
/** Options of POST /sandboxnew/pay/refundquery (查询退款). */
export interface PostSandboxnewPayRefundqueryOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayRefundqueryBody;
}
/** Response body of POST /sandboxnew/pay/refundquery (查询退款). */
export interface PostSandboxnewPayRefundqueryData extends PostDepositRefundqueryDataFields {}

/** Request body of POST /sandboxnew/pay/unifiedorder (统一下单). */
export interface PostSandboxnewPayUnifiedorderBody extends PostPayUnifiedorderBodyFields {}
/** Options of POST /sandboxnew/pay/unifiedorder (统一下单). */
export interface PostSandboxnewPayUnifiedorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSandboxnewPayUnifiedorderBody;
}
/** Response body of POST /sandboxnew/pay/unifiedorder (统一下单). */
export interface PostSandboxnewPayUnifiedorderData extends PostPayUnifiedorderDataFields {}

/** Request body of POST /secapi/mch/addInstitutionsub (进件子商户). */
export interface PostSecapiMchAddInstitutionsubBody {
  /** 机构appid @example wx8888888888888888 */
  app_id: string;
  /** 机构商户号 @example 3200000001 */
  mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 渠道编号 @example 101 */
  channel_id?: string;
  /** 子商户全称 @example Merchantname */
  merchant_name: string;
  /** 子商户简称 @example Merchantshortname */
  merchant_shortname: string;
  /** 子商户唯一标识 @example ABC123456 */
  merchant_remark: string;
  /** 注册国家或区域 @example 344 */
  merchant_country_code: string;
  /** 商户类型 @example ENTERPRISE */
  merchant_type: "ENTERPRISE" | "INDIVIDUAL";
  /** 业务类目 @example 343 */
  business_category: string;
  /** MCC码 @example 4214 */
  mcc: string;
  /** 公司注册文件编号 @example 5555-8888 */
  registration_certificate_number: string;
  /** 公司注册文件过期时间 @example 2020-10-16 */
  registration_certificate_date: string;
  /** 公司注册文件照片 @example aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj */
  registration_certificate_copy?: string;
  /** 业务类型 @example BOTH */
  business_type: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载链接 @example https://download.qq.com */
  app_download: string;
  /** 业务网站 @example https://www.qq.com */
  business_website: string;
  /** 公众号 @example wx8888888888888888 */
  office_account: string;
  /** 小程序 @example wx8888888888888888 */
  mini_program: string;
  /** 门店地址 @example 广东省深圳市南山区科技中一道10000号 */
  store_address: string;
  /** 门店照片 */
  store_photos: string;
  /** 董事姓名 @example BobZhang */
  director_name: string;
  /** 董事证件号码 @example 5555—8888 */
  director_id_number: string;
  /** 负责人姓名 @example BobZhang */
  principal_name: string;
  /** 负责人证件号 @example 5555—8888 */
  principal_id_number: string;
  /** 公司电话 @example 075586010000 */
  office_phone: string;
  /** 联系人姓名 @example 李先生 */
  contact_name: string;
  /** 联系人电话 @example 075586010000 */
  contact_phone: string;
  /** 联系人邮箱 @example test\@test.com */
  contact_email: string;
  /** 子商户结算银行账户 @example 555588889999 */
  settlement_bank_number: string;
  /** 是否申请H5支付权限 @example YES */
  apply_h5_payment?: "YES" | "NO";
  /** H5经营网址 @example https://qq.com */
  h5_website_url?: string;
  /** H5支付域名 @example ["www.qq.com","www.weixin.com"] */
  h5_domains?: string;
  /** 附加信息 @example 555588889999 */
  attach?: string;
}
/** Options of POST /secapi/mch/addInstitutionsub (进件子商户). */
export interface PostSecapiMchAddInstitutionsubOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchAddInstitutionsubBody;
}
/** Response body of POST /secapi/mch/addInstitutionsub (进件子商户). */
export interface PostSecapiMchAddInstitutionsubData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务返回码 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误编码 @example 参数格式校验错误 */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 子商户号 @example 12345678 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 验证状态 @example Under review */
  verification_status?: "Under review" | "Approved";
  /** 验证状态描述 @example 该子商户需要通过审核才可生效。请登录商户平台检查审核状态。 */
  description?: string;
  /** H5支付权限状态 @example APPROVED */
  h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** Request body of POST /secapi/mch/addsubdevconfig (服务商子商户开发配置新增支付目录/新增对应APPID关联). */
export interface PostSecapiMchAddsubdevconfigBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id: string;
  /** 关联APPID @example wx931386123456789e */
  sub_appid?: string;
  /** 授权目录 @example http://www.qq.com/wechat/ */
  jsapi_path: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /secapi/mch/addsubdevconfig (服务商子商户开发配置新增支付目录/新增对应APPID关联). */
export interface PostSecapiMchAddsubdevconfigOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchAddsubdevconfigBody;
}
/** Response body of POST /secapi/mch/addsubdevconfig (服务商子商户开发配置新增支付目录/新增对应APPID关联). */
export interface PostSecapiMchAddsubdevconfigData extends PostSecapiMchAddsubdevconfigDataFields {}

/** Request body of POST /secapi/mch/channelsetting (银行服务商特约子商户指定渠道号API). */
export interface PostSecapiMchChannelsettingBody {
  /** 公众账号ID @example wx931386123456789e */
  appid: string;
  /** 商户号 @example 1451234567 */
  mch_id: string;
  /** 特约商户号 @example 10000101 */
  sub_mch_id: string;
  /** 渠道商商户号 @example 10000102 */
  channel_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /secapi/mch/channelsetting (银行服务商特约子商户指定渠道号API). */
export interface PostSecapiMchChannelsettingOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchChannelsettingBody;
}
/** Response body of POST /secapi/mch/channelsetting (银行服务商特约子商户指定渠道号API). */
export interface PostSecapiMchChannelsettingData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example FAIL */
  result_code: "SUCCESS" | "FAIL";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 错误代码 @example INVALID_REQUEST */
  err_code?: string;
  /** 错误代码描述 @example 子商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 商户号 @example 1451234567 */
  mch_id: string;
  /** 处理信息 @example 处理成功 */
  result_msg: string;
  /** 公众账号ID @example wx888888888 */
  appid: string;
  /** 子商户商户号 @example 10000100 */
  sub_mch_id: string;
  /** 渠道商商户号 @example 10000101 */
  channel_id: string;
}

/** Request body of POST /secapi/mch/modifyInstitutionsub (修改子商户API). */
export interface PostSecapiMchModifyInstitutionsubBody {
  /** 机构appid @example wx8888888888888888 */
  app_id: string;
  /** 机构商户号 @example 3200000001 */
  mch_id: string;
  /** 子商户号 @example 12345678 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 子商户全称 @example Merchantname */
  merchant_name: string;
  /** 渠道编号 @example 101 */
  channel_id?: string;
  /** 子商户简称 @example Merchantshortname */
  merchant_shortname: string;
  /** 注册国家或区域 @example 344 */
  merchant_country_code: string;
  /** 商户类型 @example ENTERPRISE */
  merchant_type: "ENTERPRISE" | "INDIVIDUAL";
  /** 业务类目 @example 343 */
  business_category: string;
  /** MCC码 @example 4214 */
  mcc: string;
  /** 公司注册文件编号 @example 5555-8888 */
  registration_certificate_number: string;
  /** 公司注册文件过期时间 @example 2020-10-16 */
  registration_certificate_date: string;
  /** 公司注册文件照片 @example aoGhHuxkrIaqB4GzPCeo963zXKcO2hDVD8AjXIpgrj */
  registration_certificate_copy?: string;
  /** 业务类型 @example BOTH */
  business_type: "ONLINE" | "OFFLINE" | "BOTH";
  /** APP下载链接 @example https://download.qq.com */
  app_download: string;
  /** 业务网站 @example https://www.qq.com */
  business_website: string;
  /** 公众号 @example wx8888888888888888 */
  office_account: string;
  /** 小程序 @example wx8888888888888888 */
  mini_program: string;
  /** 门店地址 @example 广东省深圳市南山区科技中一道10000号 */
  store_address: string;
  /** 门店照片 @example ["Media_id1","Media_id2","Media_id3"] */
  store_photos?: string;
  /** 董事姓名 @example BobZhang */
  director_name?: string;
  /** 董事证件号码 @example 5555—8888 */
  director_id_number?: string;
  /** 负责人姓名 @example BobZhang */
  principal_name?: string;
  /** 负责人证件号 @example 5555—8888 */
  principal_id_number?: string;
  /** 公司电话 @example 075586010000 */
  office_phone: string;
  /** 联系人姓名 @example 李先生 */
  contact_name: string;
  /** 联系人电话 @example 075586010000 */
  contact_phone: string;
  /** 联系人邮箱 @example test\@test.com */
  contact_email: string;
  /** 子商户结算银行账户 @example 555588889999 */
  settlement_bank_number?: string;
  /** 是否申请H5支付权限 @example YES */
  apply_h5_payment?: "YES" | "NO";
  /** H5经营网址 @example https://qq.com */
  h5_website_url?: string;
  /** H5支付域名 @example ["www.qq.com","www.weixin.com"] */
  h5_domains?: string;
}
/** Options of POST /secapi/mch/modifyInstitutionsub (修改子商户API). */
export interface PostSecapiMchModifyInstitutionsubOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchModifyInstitutionsubBody;
}
/** Response body of POST /secapi/mch/modifyInstitutionsub (修改子商户API). */
export interface PostSecapiMchModifyInstitutionsubData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务返回码 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误编码 @example 参数格式校验错误 */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 子商户号 @example 12345678 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 验证状态 @example Under review */
  verification_status?: "Under review" | "Approved";
  /** H5支付权限状态 @example APPROVED */
  h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
}

/** Request body of POST /secapi/mch/modifymchinfo (银行特约商户信息修改). */
export interface PostSecapiMchModifymchinfoBody {
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户识别码 @example 11111111 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户简称 @example 商户简称 */
  merchant_shortname?: string;
  /** 客服电话 @example 075586010000 */
  service_phone?: string;
}
/** Options of POST /secapi/mch/modifymchinfo (银行特约商户信息修改). */
export interface PostSecapiMchModifymchinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchModifymchinfoBody;
}
/** Response body of POST /secapi/mch/modifymchinfo (银行特约商户信息修改). */
export interface PostSecapiMchModifymchinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 处理结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 处理信息 @example C380BEC2BFD727A4B6845133519F3AD6 */
  result_msg: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign: string;
  /** 错误代码 @example INVALID_REQUEST */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
}

/** Request body of POST /secapi/mch/queryInstitutionsub (查询子商户). */
export interface PostSecapiMchQueryInstitutionsubBody {
  /** 机构appid @example wx8888888888888888 */
  app_id: string;
  /** 机构商户号 @example 3200000001 */
  mch_id: string;
  /** 子商户号 @example 20000100 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /secapi/mch/queryInstitutionsub (查询子商户). */
export interface PostSecapiMchQueryInstitutionsubOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchQueryInstitutionsubBody;
}
/** Response body of POST /secapi/mch/queryInstitutionsub (查询子商户). */
export interface PostSecapiMchQueryInstitutionsubData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务返回码 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误编码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 子商户号 @example 1234567 */
  sub_mch_id: string;
  /** 子商户名称 @example 7-11 */
  merchant_name: string;
  /** 子商户简称 @example Merchantshortname */
  merchant_shortname: string;
  /** 注册国家或区域 @example 344 */
  merchant_country_code?: string;
  /** 业务类目 @example 101 */
  business_category: string;
  /** MCC @example 075586010000 */
  mcc?: string;
  /** 公司联系电话 @example 075586010000 */
  office_phone: string;
  /** 联系人姓名 @example 张三 */
  contact_name?: string;
  /** 联系人手机 @example 1800000000 */
  contact_phone?: string;
  /** 联系人邮箱 @example test\@test.com */
  contact_email?: string;
  /** 子商户唯一标识 @example ABC1234567 */
  merchant_remark: string;
  /** 业务类型 @example BOTH */
  business_type?: "ONLINE" | "OFFLINE" | "BOTH";
  /** 商户类型 @example ENTERPRISE */
  merchant_type?: "ENTERPRISE" | "INDIVIDUAL";
  /** 公司注册文件编号 @example 5555-8888 */
  registration_certificate_number?: string;
  /** 公司注册文件过期时间 @example 2020-10-16 */
  registration_certificate_date?: string;
  /** APP下载链接 @example https://download.qq.com */
  app_download?: string;
  /** 业务网站 @example https://www.qq.com */
  business_website?: string;
  /** 公众号 @example wx8888888888888888 */
  office_account?: string;
  /** 小程序 @example wx8888888888888888 */
  mini_program?: string;
  /** 门店地址 @example 10FWorldFinanceCentre(SouthOffice),11CantonRoad,TsimShaTsui,HongKong */
  store_address?: string;
  /** 董事姓名 @example BobZhang */
  director_name?: string;
  /** 董事证件编号 @example 5555-8888 */
  director_id_number?: string;
  /** 负责人姓名 @example BobZhang */
  principal_name?: string;
  /** 负责人证件编号 @example 5555-8888 */
  principal_id_number?: string;
  /** 子商户结算银行账户 @example 555588889999 */
  settlement_bank_number?: string;
  /** 渠道编号 @example 101 */
  channel_id?: string;
  /** H5支付权限状态 @example APPROVED */
  h5_authorization_state?: "APPROVED" | "UNAUTHORIZED" | "UNDER_REVIEW" | "REJECTED" | "UNDER_PUNISHMENT" | "APPLICATION_FAILED";
  /** H5驳回详情 @example 商户证书无效 */
  h5_audit_reject_detail?: string;
  /** 子商户状态 @example OPERATING */
  sub_mch_status?: "OPERATING" | "PENDING" | "DEACTIVATED" | "CLOSED" | "INCOMPLETE_APPLICATION";
  /** 子商户入驻状态 @example UNDER_REVIEW */
  application_status?: "UNDER_REVIEW" | "REJECTED";
  /** 子商户入驻驳回详情 */
  application_reject_detail?: string;
  /** 附加信息 @example 555588889999 */
  attach?: string;
}

/** Request body of POST /secapi/mch/querysubdevconfig (配置查询). */
export interface PostSecapiMchQuerysubdevconfigBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /secapi/mch/querysubdevconfig (配置查询). */
export interface PostSecapiMchQuerysubdevconfigOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchQuerysubdevconfigBody;
}
/** Response body of POST /secapi/mch/querysubdevconfig (配置查询). */
export interface PostSecapiMchQuerysubdevconfigData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 错误代码 @example INVALID_REQUEST */
  err_code: string;
  /** 错误代码描述 @example 子商户号信息有误，请检查修改后重试 */
  err_code_des: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 授权目录 @example {"jsapi_path_list":["http://www.qq.com/abcd/","http://www.qq.com/abcdedfg/"]} */
  jsapi_path_list: string;
  /** 关联APPID与关注特约商户公众号的APPID */
  appid_config_list: string;
}

/** Request body of POST /secapi/mch/submchmanage (银行特约商户录入/银行特约商户资料查询). */
export interface PostSecapiMchSubmchmanageBody {
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商户名称 @example 商户名称 */
  merchant_name?: string;
  /** 商户识别码 @example 1230000109 */
  sub_mch_id?: string;
  /** 页码 @example 1 */
  page_index: string;
  /** 展示资料个数 @example 10 */
  page_size?: string;
}
/** Options of POST /secapi/mch/submchmanage (银行特约商户录入/银行特约商户资料查询). */
export interface PostSecapiMchSubmchmanageOptions extends V2CallOptions {
  /** Query-string parameters. */
  query: {
    action: "add" | "query";
  };
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMchSubmchmanageBody;
}
/** Response body of POST /secapi/mch/submchmanage (银行特约商户录入/银行特约商户资料查询). */
export interface PostSecapiMchSubmchmanageData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code?: "SUCCESS" | "FAIL";
  /** 业务结果描述 @example OK */
  result_msg?: string;
  /** 总记录数 @example 1 */
  total: string;
  /** 商户信息列表 */
  mchinfo: Array<{
    /** 公众账号ID @example wxd678efh567hg6787 */
    appid: string;
    /** 商户号 @example 1230000109 */
    mch_id: string;
    /** 商户名称 @example 商户名称 */
    merchant_name: string;
    /** 商户简称 @example 商户简称 */
    merchant_shortname: string;
    /** 客服电话 @example 075586010000 */
    service_phone: string;
    /** 联系人 @example 联系人 */
    contact?: string;
    /** 联系电话 @example 13000000000 */
    contact_phone?: string;
    /** 联系邮箱 @example test\@test.com */
    contact_email?: string;
    /** 经营类目 @example 101 */
    business: string;
    /** 渠道商商户号 @example 100000001 */
    channel_id: string;
    /** 渠道商名称 @example 渠道商的全称 */
    channel_name: string;
  }>;
}

/** The parts of the multipart/form-data body of POST /secapi/mch/uploadmedia. */
export interface PostSecapiMchUploadmediaForm {
  /** 服务商商户号或渠道号 */
  mch_id: string;
  /** form-data中媒体文件标识 */
  media: Blob;
  /** 根据媒体文件内容进行MD5计算后的值 */
  media_hash: string;
  /** 签名 */
  sign: string;
  /** 签名方式 */
  sign_type: "HMAC-SHA256" | "MD5";
}
/** Options of POST /secapi/mch/uploadmedia (图片上传API). */
export interface PostSecapiMchUploadmediaOptions extends V2CallOptions {
  /** A `FormData` with the parts of {@link PostSecapiMchUploadmediaForm}; the `meta` part is what gets signed. */
  body: FormData;
}
/** Response body of POST /secapi/mch/uploadmedia (图片上传API). */
export interface PostSecapiMchUploadmediaData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 媒体标识Id */
  media_id: string;
}

/** Request body of POST /secapi/mkt/addrecommendconf (服务商特约商户关注功能配置). */
export interface PostSecapiMktAddrecommendconfBody {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id: string;
  /** 特约商户APPID @example wx8888888888888888 */
  sub_appid: string;
  /** 推荐关注APPID @example wx931386123456789e */
  subscribe_appid: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}
/** Options of POST /secapi/mkt/addrecommendconf (服务商特约商户关注功能配置). */
export interface PostSecapiMktAddrecommendconfOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiMktAddrecommendconfBody;
}
/** Response body of POST /secapi/mkt/addrecommendconf (服务商特约商户关注功能配置). */
export interface PostSecapiMktAddrecommendconfData extends PostSecapiMchAddsubdevconfigDataFields {}

/** Request body of POST /secapi/pay/facepayreverse (撤销订单). */
export interface PostSecapiPayFacepayreverseBody extends PostDepositReverseBodyFields {}
/** Options of POST /secapi/pay/facepayreverse (撤销订单). */
export interface PostSecapiPayFacepayreverseOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayFacepayreverseBody;
}
/** Response body of POST /secapi/pay/facepayreverse (撤销订单). */
export interface PostSecapiPayFacepayreverseData extends PostDepositReverseDataFields {}

/** Request body of POST /secapi/pay/multiprofitsharing (请求多次分账). */
export interface PostSecapiPayMultiprofitsharingBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 分账接收方列表`JSON`格式字符串 */
  receivers: string;
}
/** Options of POST /secapi/pay/multiprofitsharing (请求多次分账). */
export interface PostSecapiPayMultiprofitsharingOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayMultiprofitsharingBody;
}
/** Response body of POST /secapi/pay/multiprofitsharing (请求多次分账). */
export interface PostSecapiPayMultiprofitsharingData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id: string;
  /** 分账接收方列表`JSON`格式字符串 */
  receivers?: string;
}

/** Request body of POST /secapi/pay/profitsharing (请求单次分账). */
export interface PostSecapiPayProfitsharingBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 品牌主商户号 @example 1900000108 */
  brand_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 分账接收方列表`JSON`格式字符串 */
  receivers: string;
}
/** Options of POST /secapi/pay/profitsharing (请求单次分账). */
export interface PostSecapiPayProfitsharingOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayProfitsharingBody;
}
/** Response body of POST /secapi/pay/profitsharing (请求单次分账). */
export interface PostSecapiPayProfitsharingData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 品牌主商户号 @example 1900000108 */
  brand_mch_id?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id: string;
  /** 分账单状态 @example FINISHED */
  status?: "FINISHED" | "PROCESSING";
  /** 分账接收方列表`JSON`格式字符串 */
  receivers?: string;
}

/** Request body of POST /secapi/pay/profitsharingfinish (完结分账). */
export interface PostSecapiPayProfitsharingfinishBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 分账完结描述 @example 分账已完成 */
  description: string;
}
/** Options of POST /secapi/pay/profitsharingfinish (完结分账). */
export interface PostSecapiPayProfitsharingfinishOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayProfitsharingfinishBody;
}
/** Response body of POST /secapi/pay/profitsharingfinish (完结分账). */
export interface PostSecapiPayProfitsharingfinishData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 微信订单号 @example 4208450740201411110007820472 */
  transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no: string;
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id: string;
}

/** Request body of POST /secapi/pay/profitsharingreturn (分账回退). */
export interface PostSecapiPayProfitsharingreturnBody {
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id?: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no?: string;
  /** 商户回退单号 @example R20190516001 */
  out_return_no: string;
  /** 回退方类型 @example MERCHANT_ID */
  return_account_type: "MERCHANT_ID";
  /** 回退方账号 @example 86693852 */
  return_account: string;
  /** 回退金额 @example 888 */
  return_amount: number | string;
  /** 回退描述 @example 用户退款 */
  description: string;
}
/** Options of POST /secapi/pay/profitsharingreturn (分账回退). */
export interface PostSecapiPayProfitsharingreturnOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayProfitsharingreturnBody;
}
/** Response body of POST /secapi/pay/profitsharingreturn (分账回退). */
export interface PostSecapiPayProfitsharingreturnData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "HMAC-SHA256";
  /** 微信分账单号 @example 3008450740201411110007820472 */
  order_id?: string;
  /** 商户分账单号 @example P20150806125346 */
  out_order_no?: string;
  /** 商户回退单号 @example R20190516001 */
  out_return_no: string;
  /** 微信回退单号 @example 3008450740201411110007820472 */
  return_no?: string;
  /** 回退方类型 @example MERCHANT_ID */
  return_account_type: "MERCHANT_ID";
  /** 回退方账号 @example 86693852 */
  return_account: string;
  /** 回退金额 @example 888 */
  return_amount: string;
  /** 回退描述 @example 用户退款 */
  description: string;
  /** 回退结果 @example SUCCESS */
  result?: "SUCCESS" | "PROCESSING" | "FAILED";
  /** 失败原因 @example ACCOUNT_ABNORMAL */
  fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 完成时间 @example 20180608170132 */
  finish_time?: string;
}

/** Request body of POST /secapi/pay/refund (申请退款). */
export interface PostSecapiPayRefundBody extends PostDepositRefundBodyFields {}
/** Options of POST /secapi/pay/refund (申请退款). */
export interface PostSecapiPayRefundOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayRefundBody;
}
/** Response body of POST /secapi/pay/refund (申请退款). */
export interface PostSecapiPayRefundData extends PostDepositRefundDataFields {}

/** Request body of POST /secapi/pay/refundv2 (申请退款（支持单品）). */
export interface PostSecapiPayRefundv2Body {
  /** 退款包含的商品列表信息 */
  detail?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商户退款单号 @example 1217752501201407033233368018 */
  out_refund_no: string;
  /** 订单金额 @example 100 */
  total_fee: number | string;
  /** 退款金额 @example 100 */
  refund_fee: number | string;
  /** 退款货币种类 @example CNY */
  refund_fee_type?: string;
  /** 退款原因 @example 商品已售完 */
  refund_desc?: string;
  /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */
  refund_account?: string;
  /** 退款结果通知url @example https://weixin.qq.com/notify/ */
  notify_url?: string;
}
/** Options of POST /secapi/pay/refundv2 (申请退款（支持单品）). */
export interface PostSecapiPayRefundv2Options extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayRefundv2Body;
}
/** Response body of POST /secapi/pay/refundv2 (申请退款（支持单品）). */
export interface PostSecapiPayRefundv2Data {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统超时 */
  err_code_des?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign: string;
  /** 微信订单号 @example 4007752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 33368018 */
  out_trade_no: string;
  /** 商户退款单号 @example 121775250 */
  out_refund_no: string;
  /** 微信退款单号 @example 2007752501201407033233368018 */
  refund_id: string;
  /** 退款金额 @example 100 */
  refund_fee: string;
  /** 应结退款金额 @example 100 */
  settlement_refund_fee?: string;
  /** 标价金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付币种 @example CNY */
  cash_fee_type?: string;
  /** 现金退款金额 @example 100 */
  cash_refund_fee?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券退款总金额 @example 100 */
  coupon_refund_fee?: string;
  /** 单个代金券退款金额 @example 100 */
  coupon_refund_fee_$n?: string;
  /** 退款代金券使用数量 @example 1 */
  coupon_refund_count?: string;
  /** 退款代金券ID @example 10000 */
  coupon_refund_id_$n?: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** Request body of POST /secapi/pay/reverse (撤销订单). */
export interface PostSecapiPayReverseBody extends PostDepositReverseBodyFields {}
/** Options of POST /secapi/pay/reverse (撤销订单). */
export interface PostSecapiPayReverseOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecapiPayReverseBody;
}
/** Response body of POST /secapi/pay/reverse (撤销订单). */
export interface PostSecapiPayReverseData extends PostDepositReverseDataFields {}

/** Request body of POST /secsvc/getrealnameinfo (微信支付实名授权). */
export interface PostSecsvcGetrealnameinfoBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0" | "2.0";
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 公众账号ID @example wx2421b1c4370ec43b */
  appid: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 加密实名信息的证书序列号 @example 59303040AA42CB61E0C059E8E6156C9F0F2A1E5E */
  cert_serialno: string;
  /** 步骤2或步骤3获取到的access_token @example 81_... */
  access_token: string;
  /** unix时间戳 @example 1414561699 */
  timestamp?: number | string;
  /** 使用rsa私钥对证书序列号和unix时间戳的进行签名 @example MuRThxRSlqvs2Mi9i2VRCr_MQ== */
  cert_sign?: string;
  /** 证件类型 @example UTF-8 */
  charset?: "UTF-8" | "GBK";
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}
/** Options of POST /secsvc/getrealnameinfo (微信支付实名授权). */
export interface PostSecsvcGetrealnameinfoOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecsvcGetrealnameinfoBody;
}
/** Response body of POST /secsvc/getrealnameinfo (微信支付实名授权). */
export interface PostSecsvcGetrealnameinfoData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** 错误码 @example 20002 */
  error_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  error_code_des?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 公众账号ID @example wx2421b1c4370ec43b */
  appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 加密后的姓名 @example Pv1JJAuBLD6IB2cScTCE5XSoB */
  encrypted_real_name?: string;
  /** 加密后的证件号码 @example 1WRueNj3E1i+L0aYoA+zF */
  encrypted_credential_id?: string;
  /** 证件类型 @example MAINLAND_ID */
  cre_type?: "MAINLAND_ID" | "PASSPOT" | "MO" | "SOLDIERS" | "HVPS" | "MAINLAND_TMP_ID" | "ACCOUNT_THIN" | "POLICE" | "MTPS" | "BL" | "OTHER" | "RPFF" | "HK_MACAO" | "TAIWAN";
}

/** Request body of POST /secsvc/realnameauth (微信支付实名验证). */
export interface PostSecsvcRealnameauthBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0" | "1.1";
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 公众账号ID @example wx2421b1c4370ec43b */
  appid: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 真实姓名 @example 刘某某 */
  real_name: string;
  /** 证件类型 @example 1 */
  cred_type: 1 | 2 | 5 | 9 | 12 | 17 | 18;
  /** 证件号码 @example 440000000000000000 */
  cred_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 步骤2或步骤3获取到的access_token @example 81_... */
  access_token: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256" | "MD5";
}
/** Options of POST /secsvc/realnameauth (微信支付实名验证). */
export interface PostSecsvcRealnameauthOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostSecsvcRealnameauthBody;
}
/** Response body of POST /secsvc/realnameauth (微信支付实名验证). */
export interface PostSecsvcRealnameauthData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 错误码描述 @example 签名失败 */
  return_msg?: string;
  /** 错误码 @example 20002 */
  error_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  error_code_des?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 公众账号ID @example wx2421b1c4370ec43b */
  appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67Vs */
  nonce_str?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 步骤2或步骤3获取到的access_token @example 81_... */
  access_token?: string;
  /** 有多个结果时用分号” @example V_OP_NM_MA */
  verify_openid?: "V_OP_NA" | "V_OP_NM_MA" | "V_OP_NM_UM";
  /** 当verify_openid为V_OP_NM_MA时返回 @example V_NM_ID_MA */
  verify_real_name?: "V_NM_ID_MA" | "V_NM_ID_UM" | "V_NM_ID_TYPE_UM";
  /** 当verify_real_name为V_NM_ID_MA时返回 @example V_NM_ID_MA */
  bind_bankcard?: "YES" | "NO";
}

/** Request body of POST /tools/authcodetoopenid (授权码查询openid). */
export interface PostToolsAuthcodetoopenidBody {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 授权码 */
  auth_code: string;
  /** 随机字符串 */
  nonce_str?: string;
  /** 签名 */
  sign?: string;
}
/** Options of POST /tools/authcodetoopenid (授权码查询openid). */
export interface PostToolsAuthcodetoopenidOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostToolsAuthcodetoopenidBody;
}
/** Response body of POST /tools/authcodetoopenid (授权码查询openid). */
export interface PostToolsAuthcodetoopenidData {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 用户子标识 */
  sub_openid?: string;
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 用户标识 */
  openid: string;
}

/** Request body of POST /tools/shorturl (转换短链接). */
export interface PostToolsShorturlBody {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** URL链接 */
  long_url: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
}
/** Options of POST /tools/shorturl (转换短链接). */
export interface PostToolsShorturlOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostToolsShorturlBody;
}
/** Response body of POST /tools/shorturl (转换短链接). */
export interface PostToolsShorturlData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** URL链接 @example weixin：//wxpay/s/XXXXXX */
  short_url: string;
}

/** Request body of POST /transit/partnerpay/payapply (申请扣款). */
export interface PostTransitPartnerpayPayapplyBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 商品描述 @example 公交代扣 */
  body: string;
  /** 商品详情 @example 公交代扣：A 公交代扣：B 公交代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id?: string;
  /** 交易场景 @example METRO */
  trade_scene: "METRO" | "BUS";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
  /** 客户端 IP @example 119.145.83.6 */
  clientip?: string;
  /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
  deviceid?: string;
  /** 手机号 @example 18933432355 */
  mobile?: string;
  /** 邮箱地址 @example aobama\@whitehouse.com */
  email?: string;
  /** QQ号 @example 100243 */
  qq?: string;
  /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
  openid?: string;
  /** 身份证号 @example 110102199701011000 */
  creid?: string;
  /** 商户侧用户标识 @example user123 */
  outerid?: string;
  /** 版本号 此字段仅针对有垫资权限的商户有效 @example 2.0 */
  version: "2.0";
}
/** Options of POST /transit/partnerpay/payapply (申请扣款). */
export interface PostTransitPartnerpayPayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitPartnerpayPayapplyBody;
}
/** Response body of POST /transit/partnerpay/payapply (申请扣款). */
export interface PostTransitPartnerpayPayapplyData {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
}

/** Request body of POST /transit/partnerpay/queryorder (查询订单). */
export interface PostTransitPartnerpayQueryorderBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 微信订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 商户系统内部的订单号，当没提供transaction_id时需要传这个。 */
  out_trade_no: unknown;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
}
/** Options of POST /transit/partnerpay/queryorder (查询订单). */
export interface PostTransitPartnerpayQueryorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitPartnerpayQueryorderBody;
}
/** Response body of POST /transit/partnerpay/queryorder (查询订单). */
export interface PostTransitPartnerpayQueryorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS61 */
  sub_openid?: string;
  /** 是否关注公众账号 @example Y */
  is_subscribe?: "Y" | "N";
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 总金额 @example 100 */
  total_fee: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 代金券或立减优惠金额 @example 10 */
  coupon_fee?: string;
  /** 代金券或立减优惠使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券或立减优惠ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券或立减优惠支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc?: string;
}

/** Request body of POST /transit/partnerpay/querystate (查询用户状态接口). */
export interface PostTransitPartnerpayQuerystateBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5k8264iltkch16cq2502si8znmtm67vs */
  nonce_str?: string;
  /** 委托代扣协议id @example wx15463511252015071056489715 */
  contract_id: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example ee088059bbc9141264f8d14293ad6c4bb94cea8c08aa98fbf93e262d445f8ff5 */
  sign?: string;
  /** 微信open ID @example oyobu0dmn6tdodznfwkoekqorbi8 */
  openid: string;
}
/** Options of POST /transit/partnerpay/querystate (查询用户状态接口). */
export interface PostTransitPartnerpayQuerystateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitPartnerpayQuerystateBody;
}
/** Response body of POST /transit/partnerpay/querystate (查询用户状态接口). */
export interface PostTransitPartnerpayQuerystateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "BLOCKED" | "OVERDUE";
  /** 委托代扣协议id @example wx15463511252015071056489715 */
  contract_id?: string;
  /** 签约模板id @example 123 */
  plan_id?: string;
  /** 签约协议号 @example 1023658866 */
  contract_code?: string;
  /** 协议状态 @example 1 */
  contract_state?: "0" | "1";
}

/** Request body of POST /transit/pay/payapply (申请扣款). */
export interface PostTransitPayPayapplyBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 商品描述 @example 公交代扣 */
  body: string;
  /** 商品详情 @example 公交代扣：A 公交代扣：B 公交代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 委托代扣协议id @example Wx15463511252015071056489715 */
  contract_id?: string;
  /** 交易场景 @example METRO */
  trade_scene: "METRO" | "BUS";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
  /** 客户端 IP @example 119.145.83.6 */
  clientip?: string;
  /** 设备ID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
  deviceid?: string;
  /** 手机号 @example 18933432355 */
  mobile?: string;
  /** 邮箱地址 @example aobama\@whitehouse.com */
  email?: string;
  /** QQ号 @example 100243 */
  qq?: string;
  /** 微信openID @example baf04e6bbbd06f7b1a197d18ed53b7f1 */
  openid?: string;
  /** 身份证号 @example 110102199701011000 */
  creid?: string;
  /** 商户侧用户标识 @example user123 */
  outerid?: string;
  /** 版本号 此字段仅针对有垫资权限的商户有效 @example 2.0 */
  version: "2.0";
}
/** Options of POST /transit/pay/payapply (申请扣款). */
export interface PostTransitPayPayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitPayPayapplyBody;
}
/** Response body of POST /transit/pay/payapply (申请扣款). */
export interface PostTransitPayPayapplyData extends PostTransitPayPayapplyDataFields {}

/** Request body of POST /transit/pay/querystate (查询用户状态接口). */
export interface PostTransitPayQuerystateBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5k8264iltkch16cq2502si8znmtm67vs */
  nonce_str?: string;
  /** 委托代扣协议id @example wx15463511252015071056489715 */
  contract_id: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 */
  sign?: unknown;
  /** 微信openID */
  openid: unknown;
}
/** Options of POST /transit/pay/querystate (查询用户状态接口). */
export interface PostTransitPayQuerystateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitPayQuerystateBody;
}
/** Response body of POST /transit/pay/querystate (查询用户状态接口). */
export interface PostTransitPayQuerystateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "BLOCKED" | "OVERDUE";
  /** 委托代扣协议id @example wx15463511252015071056489715 */
  contract_id?: string;
  /** 签约模板id @example 123 */
  plan_id?: string;
  /** 签约协议号 @example 1023658866 */
  contract_code?: string;
  /** 协议状态 @example 1 */
  contract_state?: "0" | "1";
}

/** Request body of POST /transit/queryorder (查询订单). */
export interface PostTransitQueryorderBody {
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 微信订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 商户系统内部的订单号，当没提供transaction_id时需要传这个。 */
  out_trade_no: unknown;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
}
/** Options of POST /transit/queryorder (查询订单). */
export interface PostTransitQueryorderOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostTransitQueryorderBody;
}
/** Response body of POST /transit/queryorder (查询订单). */
export interface PostTransitQueryorderData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 是否关注公众账号 @example Y */
  is_subscribe?: "Y" | "N";
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 总金额 @example 100 */
  total_fee: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 代金券或立减优惠金额 @example 10 */
  coupon_fee?: string;
  /** 代金券或立减优惠使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券或立减优惠ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券或立减优惠支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc?: string;
}

/** Request body of POST /vehicle/partnerpay/notification (用户入场通知api). */
export interface PostVehiclePartnerpayNotificationBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 版本号 @example 3.0 */
  version: "3.0";
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
}
/** Options of POST /vehicle/partnerpay/notification (用户入场通知api). */
export interface PostVehiclePartnerpayNotificationOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePartnerpayNotificationBody;
}
/** Response body of POST /vehicle/partnerpay/notification (用户入场通知api). */
export interface PostVehiclePartnerpayNotificationData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 接口返回错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "BLOCK";
  /** 发起扣费方式 @example PROACTIVE */
  deduct_mode?: "PROACTIVE" | "AUTOPAY";
}

/** Request body of POST /vehicle/partnerpay/payapply (申请扣款). */
export interface PostVehiclePartnerpayPayapplyBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA445F8FF5 */
  sign?: string;
  /** 商品描述 @example 公交代扣 */
  body: string;
  /** 商品详情 @example 公交代扣：A公交代扣：B公交代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 版本号 @example 3.0 */
  version: "3.0";
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE";
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 分账标识 @example Y */
  profit_sharing?: "Y" | "N";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
}
/** Options of POST /vehicle/partnerpay/payapply (申请扣款). */
export interface PostVehiclePartnerpayPayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePartnerpayPayapplyBody;
}
/** Response body of POST /vehicle/partnerpay/payapply (申请扣款). */
export interface PostVehiclePartnerpayPayapplyData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
}

/** Request body of POST /vehicle/partnerpay/querystate (用户状态查询). */
export interface PostVehiclePartnerpayQuerystateBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
  /** 跳转场景 @example H5 */
  jump_scene?: "APP" | "H5";
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 用户子标识 @example 用户在子商户appid下的唯一标识。 */
  sub_openid: unknown;
  /** 车牌号 @example 车牌号。仅包括省份+车牌，不包括特殊字符。 */
  plate_number: unknown;
  /** 版本号 @example 3.0 */
  version: "3.0";
}
/** Options of POST /vehicle/partnerpay/querystate (用户状态查询). */
export interface PostVehiclePartnerpayQuerystateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePartnerpayQuerystateBody;
}
/** Response body of POST /vehicle/partnerpay/querystate (用户状态查询). */
export interface PostVehiclePartnerpayQuerystateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 子商户公众账号id @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "PAUSED" | "OVERDUE" | "UNAUTHORIZED";
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS69 */
  openid?: string;
  /** 发起扣费方式 @example PROACTIVE */
  deduct_mode?: "PROACTIVE" | "AUTOPAY";
  /** 用户子标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  sub_openid?: string;
  /** 跳转路径 @example pages/route/index */
  path?: string;
  /** 车牌信息 @example {"plate_number_info":[{"plate_number":"粤B888888","channel_type":"ETC"}]} */
  plate_number_info?: string;
}

/** Request body of POST /vehicle/pay/notification (用户入场通知api). */
export interface PostVehiclePayNotificationBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 版本号 @example 3.0 */
  version: string;
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
}
/** Options of POST /vehicle/pay/notification (用户入场通知api). */
export interface PostVehiclePayNotificationOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePayNotificationBody;
}
/** Response body of POST /vehicle/pay/notification (用户入场通知api). */
export interface PostVehiclePayNotificationData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 接口返回错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "BLOCK";
  /** 发起扣费方式 @example PROACTIVE */
  deduct_mode?: "PROACTIVE" | "AUTOPAY";
}

/** Request body of POST /vehicle/pay/payapply (申请扣款). */
export interface PostVehiclePayPayapplyBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 商品描述 @example 公交代扣 */
  body: string;
  /** 商品详情 @example 公交代扣：A公交代扣：B公交代扣：C */
  detail?: string;
  /** 附加数据 @example 自定义参数 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 商品标记 @example WXG */
  goods_tag?: string;
  /** 回调通知url @example http://yoursite.com/wxpay.html */
  notify_url: string;
  /** 交易类型 @example PAP */
  trade_type: "PAP";
  /** 版本号 @example 3.0 */
  version: "3.0";
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 分账标识 @example Y */
  profit_sharing?: "Y" | "N";
  /** 场景信息`JSON`格式字符串 */
  scene_info: string;
}
/** Options of POST /vehicle/pay/payapply (申请扣款). */
export interface PostVehiclePayPayapplyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePayPayapplyBody;
}
/** Response body of POST /vehicle/pay/payapply (申请扣款). */
export interface PostVehiclePayPayapplyData extends PostTransitPayPayapplyDataFields {}

/** Request body of POST /vehicle/pay/querystate (用户状态查询). */
export interface PostVehiclePayQuerystateBody {
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign?: string;
  /** 交易场景 @example PARKING */
  trade_scene: "PARKING" | "PARKING SPACE" | "GAS" | "HIGHWAY" | "BRIDGE";
  /** 跳转场景 @example H5 */
  jump_scene?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 车牌号 @example 车牌号。仅包括省份+车牌，不包括特殊字符。openid和车牌号必须选传其中之一 */
  plate_number: unknown;
  /** 版本号 @example 3.0 */
  version: "3.0";
}
/** Options of POST /vehicle/pay/querystate (用户状态查询). */
export interface PostVehiclePayQuerystateOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostVehiclePayQuerystateBody;
}
/** Response body of POST /vehicle/pay/querystate (用户状态查询). */
export interface PostVehiclePayQuerystateData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 请求appid @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example EE088059BBC9141264F8D14293AD6C4BB94CEA8C08AA98FBF93E262D445F8FF5 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户状态 @example NORMAL */
  user_state: "NORMAL" | "PAUSED" | "OVERDUE" | "UNAUTHORIZED";
  /** 用户标识 @example wxd930ea5d5a258f4f */
  openid?: string;
  /** 发起扣费方式 @example PROACTIVE */
  deduct_mode?: "PROACTIVE" | "AUTOPAY";
  /** 跳转路径 @example pages/route/index */
  path?: string;
  /** 车牌信息 @example {"plate_number_info":[{"plate_number":"粤B888888","channel_type":"ETC"}]} */
  plate_number_info?: string;
}

/** Request body of POST /wxv/cancelbill (撤销租借订单). */
export interface PostWxvCancelbillBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 撤销原因 @example 用户投诉 */
  reason: string;
  /** 服务ID */
  service_id: string;
}
/** Options of POST /wxv/cancelbill (撤销租借订单). */
export interface PostWxvCancelbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvCancelbillBody;
}
/** Response body of POST /wxv/cancelbill (撤销租借订单). */
export interface PostWxvCancelbillData extends PostWxvCancelbillDataFields {}

/** Request body of POST /wxv/changerentmoney (修改租借订单). */
export interface PostWxvChangerentmoneyBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 修改原因 @example 用户投诉 */
  reason?: string;
  /** 服务ID */
  service_id: string;
  /** 总金额 @example 40000 */
  total_amount: number | string;
  /** 租金费用 @example 5800 */
  rent_fee: number | string;
  /** 赔偿金费用 @example 6000 */
  compensation_fee: number | string;
  /** 赔偿金费用说明 @example 充电宝有轻微损坏，赔偿30%押金 */
  compensation_fee_desc?: string;
}
/** Options of POST /wxv/changerentmoney (修改租借订单). */
export interface PostWxvChangerentmoneyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvChangerentmoneyBody;
}
/** Response body of POST /wxv/changerentmoney (修改租借订单). */
export interface PostWxvChangerentmoneyData extends PostWxvCancelbillDataFields {}

/** Request body of POST /wxv/createhotelbill (创建速住订单). */
export interface PostWxvCreatehotelbillBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 房间 @example 几木双床房2间 */
  room: string;
  /** 入住时间 @example 20091225091010 */
  start_time: string;
  /** 预定离店时间 @example 20091225091010 */
  end_time: string;
  /** 酒店 @example 北京亦庄亚朵酒店 */
  service_location: string;
  /** 押金金额 @example 80000 */
  deposit_amount: number | string;
  /** 房费 @example 20000 */
  room_rate: number | string;
  /** 房费说明 @example 共住3晚，每晚100元 */
  room_rate_desc?: string;
  /** 回调数据包 */
  attach?: string;
  /** 取消规则标签 */
  cancel_rule: string;
  /** 取消规则描述 */
  cancel_rule_desc: string;
  /** 平台证书序列号 @example 45233302 */
  cert_serial_no: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 用户姓名 */
  name?: string;
  /** 用户手机号 */
  phone?: string;
  /** 用户身份证ID */
  userid?: string;
  /** 用户收货地址 */
  address?: string;
}
/** Options of POST /wxv/createhotelbill (创建速住订单). */
export interface PostWxvCreatehotelbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvCreatehotelbillBody;
}
/** Response body of POST /wxv/createhotelbill (创建速住订单). */
export interface PostWxvCreatehotelbillData extends PostWxvCreatehotelbillDataFields {}

/** Request body of POST /wxv/createrentbill (创建租借订单). */
export interface PostWxvCreaterentbillBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 商品名称 @example 充电宝一个 */
  goods_name: string;
  /** 租用时间 @example 20091225091010 */
  start_time?: string;
  /** 预定归还时间 @example 20091225091010 */
  end_time?: string;
  /** 租用地点 @example 嗨客时尚主题展餐厅 */
  service_location?: string;
  /** 押金总额 */
  deposit_amount: number | string;
  /** 租金规则 计费单位 @example FEN_1_HOUR */
  rent_unit: string;
  /** 租金规则 计费单价费用 @example 8000 */
  rent_unit_fee: number | string;
  /** 租金规则 计费说明 @example 租金前1小时免费，每日封顶10元。 */
  rent_fee_desc?: string;
  /** 商户数据包 */
  attach?: string;
  /** 平台证书序列号 @example 45233302 */
  cert_serial_no: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 用户姓名 */
  name?: string;
  /** 用户手机号 */
  phone?: string;
  /** 用户身份证ID */
  userid?: string;
  /** 用户收货地址 */
  address?: string;
}
/** Options of POST /wxv/createrentbill (创建租借订单). */
export interface PostWxvCreaterentbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvCreaterentbillBody;
}
/** Response body of POST /wxv/createrentbill (创建租借订单). */
export interface PostWxvCreaterentbillData extends PostWxvCreatehotelbillDataFields {}

/** Request body of POST /wxv/finishhotelbill (完结速住订单). */
export interface PostWxvFinishhotelbillBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 是否入住 @example TRUE */
  checked_in: boolean;
  /** 实际离店时间 @example 20091225091010 */
  real_end_time?: string;
  /** 其他费用金额 @example 10000 */
  other_fee: number | string;
  /** 其他费用说明 @example 支持200个字符，按照字符计算超过长度报错处理 */
  other_fee_desc: unknown;
  /** 取消费用 @example 10000 */
  cancel_fee?: number | string;
  /** 赔偿金费用 @example 6000 */
  compensation_fee: number | string;
  /** 赔偿金说明 @example 打破房间杯子一个 */
  compensation_fee_desc: string;
  /** 房费 @example 5000 */
  room_rate?: number | string;
  /** 延迟退房费用 @example 5000 */
  overdue_fine: number | string;
  /** 延迟退房说明 @example 延迟退房2小时，增加50元房费 */
  overdue_fine_desc: string;
  /** 总金额 @example 40000 */
  total_amount: number | string;
  /** 完结凭证 */
  finish_ticket: string;
  /** 分账标识 @example Y */
  profit_sharing: "Y" | "N";
}
/** Options of POST /wxv/finishhotelbill (完结速住订单). */
export interface PostWxvFinishhotelbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvFinishhotelbillBody;
}
/** Response body of POST /wxv/finishhotelbill (完结速住订单). */
export interface PostWxvFinishhotelbillData extends PostWxvCancelbillDataFields {}

/** Request body of POST /wxv/finishrentbill (完结租借订单). */
export interface PostWxvFinishrentbillBody {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 是否归还 @example TRUE */
  returned: string;
  /** 实际归还时间 @example 20091225091010 */
  real_end_time?: string;
  /** 归还地点 @example 嗨客时尚主题展餐厅 */
  service_end_location?: string;
  /** 总金额 @example 40000 */
  total_amount: number | string;
  /** 租金费用 @example 5800 */
  rent_fee: number | string;
  /** 赔偿金费用 */
  compensation_fee: string;
  /** 赔偿金费用说明 @example 充电宝有轻微损坏，赔偿30%押金 */
  compensation_fee_desc: string;
  /** 完结凭证 */
  finish_ticket: string;
  /** 分账标识 @example Y */
  profit_sharing: "Y" | "N";
}
/** Options of POST /wxv/finishrentbill (完结租借订单). */
export interface PostWxvFinishrentbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvFinishrentbillBody;
}
/** Response body of POST /wxv/finishrentbill (完结租借订单). */
export interface PostWxvFinishrentbillData extends PostWxvCancelbillDataFields {}

/** Request body of POST /wxv/queryhotelbill (查询速住订单). */
export interface PostWxvQueryhotelbillBody extends PostWxvQueryhotelbillBodyFields {}
/** Options of POST /wxv/queryhotelbill (查询速住订单). */
export interface PostWxvQueryhotelbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvQueryhotelbillBody;
}
/** Response body of POST /wxv/queryhotelbill (查询速住订单). */
export interface PostWxvQueryhotelbillData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回结果 @example 签名失败 */
  return_msg?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9A */
  sign: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 单据状态 @example CREATED */
  state: "CREATED" | "USER_ACCEPTED" | "FINISHED" | "USER_PAID" | "REVOKED" | "EXPIRED";
  /** 房间 @example 几木双床房2间 */
  room: string;
  /** 入住时间 @example 20091225091010 */
  start_time: string;
  /** 预定离店时间 @example 20091225091010 */
  end_time?: string;
  /** 酒店 @example 北京亦庄亚朵酒店 */
  service_location: string;
  /** 押金 @example 50000 */
  deposit_amount: string;
  /** 房费 @example 30000 */
  room_rate: string;
  /** 房费说明 @example 标间1晚 */
  room_rate_desc: string;
  /** 实际离店时间 @example 20091225091010 */
  real_end_time?: string;
  /** 是否入住 @example true */
  checked_in: string;
  /** 其他费用 @example 1000 */
  other_fee?: string;
  /** 其他费用说明 @example XX消费 */
  other_fee_desc?: string;
  /** 赔偿金费用 @example 10000 */
  compensation_fee?: string;
  /** 赔偿金说明 @example 打破房间杯子一个 */
  compensation_fee_desc?: string;
  /** 延迟退房费 @example 10000 */
  overdue_fine?: string;
  /** 延迟退房说明 @example 延迟退房2小时，增加50元房费 */
  overdue_fine_desc?: string;
  /** 取消费用 @example 10000 */
  cancel_fee?: string;
  /** 取消费用说明 */
  cancel_fee_desc?: string;
  /** 微信支付服务订单号 */
  order_id: string;
  /** 完结凭证 */
  finish_ticket: string;
  /** 回调数据包 */
  attach?: string;
  /** 结单交易单号 */
  finish_transaction_id?: string;
  /** 支付方式 @example MchChannelPayType */
  pay_type?: "MchChannelPayType";
}

/** Request body of POST /wxv/queryrentbill (查询租借订单). */
export interface PostWxvQueryrentbillBody extends PostWxvQueryhotelbillBodyFields {}
/** Options of POST /wxv/queryrentbill (查询租借订单). */
export interface PostWxvQueryrentbillOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostWxvQueryrentbillBody;
}
/** Response body of POST /wxv/queryrentbill (查询租借订单). */
export interface PostWxvQueryrentbillData {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回结果 @example 签名失败 */
  return_msg?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9A */
  sign: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 单据状态 @example CREATED */
  state: "CREATED" | "USER_ACCEPTED" | "FINISHED" | "USER_PAID" | "REVOKED" | "EXPIRED";
  /** 商品名称 @example 充电宝一个 */
  goods_name: string;
  /** 是否归还 @example TRUE */
  returned: string;
  /** 租用时间 @example 20091225091010 */
  start_time?: string;
  /** 租用地点 @example 嗨客时尚主题展餐厅 */
  service_location?: string;
  /** 押金总额 @example 50000 */
  deposit_amount: string;
  /** 租金规则 计费单位 @example DAY_FEN */
  rent_unit: "FEN_YEAR" | "FEN_MONTH" | "FEN_DAY" | "FEN_HOUR" | "FEN_MINUTE" | "FEN_ONCE";
  /** 租金规则 计费单价费用 @example 8000 */
  rent_unit_fee: string;
  /** 租金规则 计费说明 @example 租金前1小时免费，每日封顶10元。 */
  rent_fee_desc?: string;
  /** 实际归还时间 @example 20091225091010 */
  real_end_time?: string;
  /** 租金费用 @example 1000 */
  rent_fee?: string;
  /** 赔偿金费用 @example 10000 */
  compensation_fee?: string;
  /** 赔偿金说明 @example 充电宝有轻微损坏，赔偿30%押金 */
  compensation_fee_desc?: string;
  /** 归还地点 @example 嗨客时尚主题展餐厅 */
  service_end_location?: string;
  /** 微信支付服务订单号 */
  order_id: string;
  /** 完结凭证 */
  finish_ticket: string;
  /** 回调数据包 */
  attach?: string;
  /** 结单交易单号 */
  finish_transaction_id?: string;
  /** 支付方式 @example MchChannelPayType */
  pay_type?: "MchChannelPayType";
}

/** Request body of POST /xdc/apiv2getsignkey/sign/getsignkey (获取验签密钥API). */
export interface PostXdcApiv2getsignkeySignGetsignkeyBody extends PostSandboxnewPayGetsignkeyBodyFields {}
/** Options of POST /xdc/apiv2getsignkey/sign/getsignkey (获取验签密钥API). */
export interface PostXdcApiv2getsignkeySignGetsignkeyOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostXdcApiv2getsignkeySignGetsignkeyBody;
}
/** Response body of POST /xdc/apiv2getsignkey/sign/getsignkey (获取验签密钥API). */
export interface PostXdcApiv2getsignkeySignGetsignkeyData extends PostSandboxnewPayGetsignkeyDataFields {}

/** Request body of POST /xdc/apiv2sandbox/pay/micropay (提交付款码支付). */
export interface PostXdcApiv2sandboxPayMicropayBody extends PostPayMicropayBodyFields {}
/** Options of POST /xdc/apiv2sandbox/pay/micropay (提交付款码支付). */
export interface PostXdcApiv2sandboxPayMicropayOptions extends V2CallOptions {
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostXdcApiv2sandboxPayMicropayBody;
}
/** Response body of POST /xdc/apiv2sandbox/pay/micropay (提交付款码支付). */
export interface PostXdcApiv2sandboxPayMicropayData extends PostDepositMicropayDataFields {}

/** Request body of POST /xdc/apiv2sandbox/pay/orderquery (查询订单). */
export interface PostXdcApiv2sandboxPayOrderqueryBody extends PostDepositOrderqueryBodyFields {}
/** Options of POST /xdc/apiv2sandbox/pay/orderquery (查询订单). */
export interface PostXdcApiv2sandboxPayOrderqueryOptions extends V2CallOptions {
  /** Request headers: the documented ones, and any other. */
  headers?: {
    "Wechatpay-Negative-Test"?: "MICROPAY_USERPAYING" | "MICROPAY_TIMEOUT" | "MICROPAY_PAYERROR";
    [name: string]: string | number | undefined;
  };
  /** The request fields, sent as XML (APIv2; `nonce_str` and `sign` are computed by the client). */
  xml: PostXdcApiv2sandboxPayOrderqueryBody;
}
/** Response body of POST /xdc/apiv2sandbox/pay/orderquery (查询订单). */
export interface PostXdcApiv2sandboxPayOrderqueryData extends PostDepositOrderqueryDataFields {}

/** The fields of `PostApplymentMicroModifyarchivesData`, used 2 times in this module. */
export interface PostApplymentMicroModifyarchivesDataFields {
  /** 返回状态码 @example FAIL */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 签名 @example D675A1E471DBF7C0B1AC5883B5BDA9EF */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example PARAM_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 商户号信息有误，请检查修改后重试 */
  err_code_des?: string;
  /** 商户号 @example 1230000109 */
  mch_id?: string;
  /** 小微商户号 @example 1230000109 */
  sub_mch_id?: string;
}

/** The fields of `PostDepositFacepayBody`, used 2 times in this module. */
export interface PostDepositFacepayBodyFields {
  /** 是否押金支付 @example Y */
  deposit?: "Y" | "N";
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C370BEC2BFD727A4B6845133519F3AD6C370BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */
  body: string;
  /** 商品详情`JSON`格式字符串 */
  detail?: string;
  /** 附加数据 @example 说明 */
  attach?: string;
  /** 商户订单号 @example 1217472501201407033233367018 */
  out_trade_no: string;
  /** 总金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 订单优惠标记 @example 1234 */
  goods_tag?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 授权码 @example b713b5d2-666c-48 */
  face_code: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
}

/** The fields of `PostDepositFacepayData`, used 2 times in this module. */
export interface PostDepositFacepayDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000100 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户标识 @example Y */
  openid: string;
  /** 是否关注公众账号 @example Y */
  is_subscribe: "Y" | "N";
  /** 用户子标识 @example Y */
  sub_openid?: string;
  /** 是否关注子公众账号 @example Y */
  sub_is_subscribe?: "Y" | "N";
  /** 交易类型 @example MICROPAY */
  trade_type: string;
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 标价金额 @example 888 */
  total_fee: string;
  /** 现金支付币种 @example CNY */
  cash_fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 代金券金额 @example 100 */
  coupon_fee?: string;
  /** 微信支付订单号 @example 1217472501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商家数据包 @example 123456 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** The fields of `PostDepositMicropayData`, used 3 times in this module. */
export interface PostDepositMicropayDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统错误 */
  err_code_des?: string;
  /** 用户标识 @example Y */
  openid: string;
  /** 是否关注公众账号 @example Y */
  is_subscribe: "Y" | "N";
  /** 交易类型 @example MICROPAY */
  trade_type: string;
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 订单金额 @example 888 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 代金券金额 @example 100 */
  coupon_fee?: string;
  /** 现金支付货币类型 @example CNY */
  cash_fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 微信支付订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商家数据包 @example 123456 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** The fields of `PostDepositOrderqueryBody`, used 5 times in this module. */
export interface PostDepositOrderqueryBodyFields {
  /** 接口版本号 @example 1.0 */
  version?: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 微信订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 随机字符串 @example C380BEC2BFD727A4B6845133519F3AD6 */
  nonce_str?: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
}

/** The fields of `PostDepositOrderqueryData`, used 4 times in this module. */
export interface PostDepositOrderqueryDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid: string;
  /** 是否关注公众账号 @example Y */
  is_subscribe: "Y" | "N";
  /** 用户子标识 @example wxd930ea5d5a258f4f */
  sub_openid?: string;
  /** 是否关注子公众账号 @example Y */
  sub_is_subscribe?: "Y" | "N";
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 交易状态 @example SUCCESS */
  trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR" | "ACCEPT";
  /** 付款银行 @example CMC */
  bank_type: string;
  /** 标价金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付币种 @example CNY */
  cash_fee_type?: string;
  /** 代金券金额 @example 100 */
  coupon_fee?: string;
  /** 代金券使用数量 @example 1 */
  coupon_count?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券ID @example 10000 */
  coupon_id_$n?: string;
  /** 单个代金券支付金额 @example 100 */
  coupon_fee_$n?: string;
  /** 微信支付订单号 @example 1009660380201506130728806387 */
  transaction_id: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 支付完成时间 @example 20141030133525 */
  time_end: string;
  /** 交易状态描述 @example 支付失败，请重新下单支付 */
  trade_state_desc: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
  /** 押金消费金额 @example 888 */
  consume_fee?: string;
}

/** The fields of `PostDepositRefundBody`, used 3 times in this module. */
export interface PostDepositRefundBodyFields {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商户退款单号 @example 1217752501201407033233368018 */
  out_refund_no: string;
  /** 订单金额 @example 100 */
  total_fee: number | string;
  /** 退款金额 @example 100 */
  refund_fee: number | string;
  /** 退款货币种类 @example CNY */
  refund_fee_type?: string;
  /** 退款原因 @example 商品已售完 */
  refund_desc?: string;
  /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */
  refund_account?: string;
  /** 退款结果通知url @example https://weixin.qq.com/notify/ */
  notify_url?: string;
}

/** The fields of `PostDepositRefundData`, used 3 times in this module. */
export interface PostDepositRefundDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误代码描述 @example 系统超时 */
  err_code_des?: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign: string;
  /** 微信订单号 @example 4007752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 33368018 */
  out_trade_no: string;
  /** 商户退款单号 @example 121775250 */
  out_refund_no: string;
  /** 微信退款单号 @example 2007752501201407033233368018 */
  refund_id: string;
  /** 退款金额 @example 100 */
  refund_fee: string;
  /** 应结退款金额 @example 100 */
  settlement_refund_fee?: string;
  /** 标价金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 现金支付币种 @example CNY */
  cash_fee_type?: string;
  /** 现金退款金额 @example 100 */
  cash_refund_fee?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n?: string;
  /** 代金券退款总金额 @example 100 */
  coupon_refund_fee?: string;
  /** 单个代金券退款金额 @example 100 */
  coupon_refund_fee_$n?: string;
  /** 退款代金券使用数量 @example 1 */
  coupon_refund_count?: string;
  /** 退款代金券ID @example 10000 */
  coupon_refund_id_$n?: string;
}

/** The fields of `PostDepositRefundqueryBody`, used 4 times in this module. */
export interface PostDepositRefundqueryBodyFields {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 商户退款单号 @example 1217752501201407033233368018 */
  out_refund_no: string;
  /** 微信退款单号 @example 1217752501201407033233368018 */
  refund_id: string;
  /** 偏移量 @example 15 */
  offset?: number | string;
}

/** The fields of `PostDepositRefundqueryData`, used 3 times in this module. */
export interface PostDepositRefundqueryDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误码 @example SYSTEMERROR */
  err_code: string;
  /** 错误描述 @example 系统错误 */
  err_code_des: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 订单总退款次数 @example 35 */
  total_refund_count?: string;
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 订单金额 @example 100 */
  total_fee: string;
  /** 应结订单金额 @example 100 */
  settlement_total_fee?: string;
  /** 货币种类 @example CNY */
  fee_type?: string;
  /** 现金支付金额 @example 100 */
  cash_fee: string;
  /** 退款笔数 @example 1 */
  refund_count: string;
  /** 商户退款单号 @example 1217752501201407033233368018 */
  out_refund_no_$n: string;
  /** 微信退款单号 @example 1217752501201407033233368018 */
  refund_id_$n: string;
  /** 退款渠道 @example ORIGINAL */
  refund_channel_$n?: string;
  /** 申请退款金额 @example 100 */
  refund_fee_$n: string;
  /** 退款金额 @example 100 */
  settlement_refund_fee_$n?: string;
  /** 代金券类型 @example CASH */
  coupon_type_$n_$m?: string;
  /** 总代金券退款金额 @example 100 */
  coupon_refund_fee_$n?: string;
  /** 退款代金券使用数量 @example 1 */
  coupon_refund_count_$n?: string;
  /** 退款代金券ID @example 10000 */
  coupon_refund_id_$n_$m?: string;
  /** 单个代金券退款金额 @example 100 */
  coupon_refund_fee_$n_$m?: string;
  /** 退款状态 @example SUCCESS */
  refund_status_$n: string;
  /** 退款资金来源 @example REFUND_SOURCE_RECHARGE_FUNDS */
  refund_account_$n?: string;
  /** 退款入账账户 @example 招商银行信用卡 */
  refund_recv_accout_$n: string;
  /** 退款成功时间 @example 2016-07-25 15:26:26 */
  refund_success_time_$n?: string;
}

/** The fields of `PostDepositReverseBody`, used 3 times in this module. */
export interface PostDepositReverseBodyFields {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 微信订单号 @example 1217752501201407033233368018 */
  transaction_id?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
}

/** The fields of `PostDepositReverseData`, used 3 times in this module. */
export interface PostDepositReverseDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 是否重调 @example Y */
  recall: "Y" | "N";
}

/** The fields of `PostMchriskBankquerymchauditinfoData`, used 2 times in this module. */
export interface PostMchriskBankquerymchauditinfoDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回结果 @example 签名失败 */
  return_msg: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 服务商号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 999990016 */
  sub_mch_id: string;
  /** 渠道号 @example 999990017 */
  channel_id: string;
  /** 审核状态 @example AUDITING/PASSED/REJECTED */
  audit_status: string;
  /** 审核备注 @example RISK_NO_ENTRY */
  audit_comment: string;
  /** 随机字符串 @example C380BEC2BFD757A4B6845179519F3AD6 */
  nonce_str: string;
  /** 签名 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  sign: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "HMAC-SHA256";
}

/** The fields of `GetPapayH5entrustwebData`, used 2 times in this module. */
export interface GetPapayH5entrustwebDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example 签名失败 */
  return_msg?: string;
  /** 业务结果 @example SUCCESS */
  result_code?: "SUCCESS" | "FAIL";
  /** 业务结果描述 @example SIGN_ERROR */
  result_msg?: string;
  /** 跳转URL @example https://payapp.weixin.qq.com */
  redirect_url?: string;
}

/** The fields of `PostPapayPartnerPreentrustwebBody`, used 2 times in this module. */
export interface PostPapayPartnerPreentrustwebBodyFields {
  /** 应用ID @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 1200009811 */
  mch_id: string;
  /** 子商户应用ID @example wxcbda96de0b165489 */
  sub_appid?: string;
  /** 子商户号 @example 1900000109 */
  sub_mch_id?: string;
  /** 模板id @example 12535 */
  plan_id: string;
  /** 签约协议号 @example 100000 */
  contract_code: string;
  /** 请求序列号 @example 1000 */
  request_serial: number | string;
  /** 用户账户展示名称 @example 微信代扣 */
  contract_display_account: string;
  /** 回调通知url */
  notify_url: string;
  /** 版本号 @example 1.0 */
  version: "1.0";
  /** 签名类型 @example MD5 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 时间戳 @example 1414488825 */
  timestamp: string;
  /** 返回app @example Y */
  return_app?: "Y" | "N";
}

/** The fields of `PostPayDownloadbillBody`, used 2 times in this module. */
export interface PostPayDownloadbillBodyFields {
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 对账单日期 @example 20140603 */
  bill_date: string;
  /** 账单类型 @example ALL */
  bill_type?: "ALL" | "SUCCESS" | "REFUND" | "RECHARGE_REFUND";
  /** 压缩账单 @example GZIP */
  tar_type?: "GZIP";
}

/** The fields of `PostPayMicropayBody`, used 3 times in this module. */
export interface PostPayMicropayBodyFields {
  /** 接口版本号 @example 1.0 */
  version?: string;
  /** 是否指定服务商分账 @example N */
  profit_sharing?: "N" | "Y";
  /** 是否押金支付 @example Y */
  deposit?: "Y" | "N";
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 子商户公众账号ID @example wx8888888888888888 */
  sub_appid?: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 子商户号 @example 1900000100 */
  sub_mch_id?: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 商品描述 @example image形象店-深圳腾大- QQ公仔 */
  body: string;
  /** 单品优惠活动该字段必传 */
  detail?: string;
  /** 附加数据 @example 说明 */
  attach?: string;
  /** 商户订单号 @example 1217752501201407033233368018 */
  out_trade_no: string;
  /** 订单金额 @example 888 */
  total_fee: number | string;
  /** 货币类型 @example CNY */
  fee_type?: string;
  /** 终端IP @example 8.8.8.8 */
  spbill_create_ip: string;
  /** 订单优惠标记 @example 1234 */
  goods_tag?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: string;
  /** 授权码 @example 120061098828009406 */
  auth_code: string;
  /** 场景信息`JSON`格式字符串 */
  scene_info?: string;
}

/** The fields of `PostPayUnifiedorderBody`, used 2 times in this module. */
export interface PostPayUnifiedorderBodyFields {
  /** 接口版本号 @example 1.0 */
  version?: "1.0";
  /** 是否指定服务商分账 @example N */
  profit_sharing?: "N" | "Y";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
  /** 签名类型 @example MD5 */
  sign_type?: "MD5" | "HMAC-SHA256";
  /** 商品描述 @example 腾讯充值中心-QQ会员充值 */
  body: string;
  /** 单品优惠活动该字段必传 */
  detail?: string;
  /** 附加数据 @example 深圳分店 */
  attach?: string;
  /** 商户订单号 @example 20150806125346 */
  out_trade_no: string;
  /** 标价币种 @example CNY */
  fee_type?: string;
  /** 标价金额 @example 88 */
  total_fee: number | string;
  /** 终端IP @example 123.12.12.123 */
  spbill_create_ip: string;
  /** 交易起始时间 @example 20091225091010 */
  time_start?: string;
  /** 交易结束时间 @example 20091227091010 */
  time_expire?: string;
  /** 订单优惠标记 @example WXG */
  goods_tag?: string;
  /** 通知地址 @example http://www.weixin.qq.com/wxpay/pay.php */
  notify_url: string;
  /** 交易类型 @example JSAPI */
  trade_type: string;
  /** 商品ID @example 12235413214070356458058 */
  product_id?: string;
  /** 指定支付方式 @example no_credit */
  limit_pay?: string;
  /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */
  openid?: string;
  /** 电子发票入口开放标识 @example Y */
  receipt?: "Y" | "N";
  /** 场景信息`JSON`格式字符串 */
  scene_info?: string;
  /** 证件类型 @example IDCARD */
  user_type?: "IDCARD" | "HONGKONG_MACAO" | "HONGKONG_MACAO_RESIDENT" | "TAIWAN_RESIDENT" | "FOREIGN_RESIDENT" | "OVERSEA_PASSPORT";
  /** 证件号 @example 43102119910910512X */
  user_creid?: string;
  /** 姓名 @example 周星星 */
  user_truename?: string;
}

/** The fields of `PostPayUnifiedorderData`, used 2 times in this module. */
export interface PostPayUnifiedorderDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 公众账号ID @example wx8888888888888888 */
  appid: string;
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 交易类型 @example JSAPI */
  trade_type: "JSAPI" | "NATIVE" | "APP" | "MWEB";
  /** 预支付交易会话标识 @example wx201410272009395522657a690389285100 */
  prepay_id: string;
  /** 二维码链接 @example weixin://wxpay/bizpayurl/up?pr=NwY5Mz9&groupid=00 */
  code_url?: string;
  /** 支付跳转链接 */
  mweb_url?: string;
  /** 营销详情`JSON`格式字符串 */
  promotion_detail?: string;
}

/** The fields of `PostSandboxnewPayGetsignkeyBody`, used 2 times in this module. */
export interface PostSandboxnewPayGetsignkeyBodyFields {
  /** 商户号 @example 1900000109 */
  mch_id: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str?: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign?: string;
}

/** The fields of `PostSandboxnewPayGetsignkeyData`, used 2 times in this module. */
export interface PostSandboxnewPayGetsignkeyDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 商户号 @example 1305638280 */
  mch_id: string;
  /** 沙箱密钥 @example 13467007045764 */
  sandbox_signkey: string;
}

/** The fields of `PostSecapiMchAddsubdevconfigData`, used 2 times in this module. */
export interface PostSecapiMchAddsubdevconfigDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 @example OK */
  return_msg: string;
  /** 错误代码 @example INVALID_REQUEST */
  err_code: string;
  /** 错误代码描述 @example 子商户号信息有误，请检查修改后重试 */
  err_code_des: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
}

/** The fields of `PostTransitPayPayapplyData`, used 2 times in this module. */
export interface PostTransitPayPayapplyDataFields {
  /** 返回状态码 */
  return_code: "SUCCESS" | "FAIL";
  /** 返回信息 */
  return_msg: string;
  /** 公众账号id @example wxcbda96de0b165486 */
  appid: string;
  /** 商户号 @example 10000098 */
  mch_id: string;
  /** 设备号 @example 013467007045764 */
  device_info?: string;
  /** 随机字符串 @example 5K8264ILTKCH16CQ2502SI8ZNMTM67VS */
  nonce_str: string;
  /** 签名 @example C380BEC2BFD727A4B6845133519F3AD6 */
  sign: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SIGN_ERROR */
  err_code?: string;
  /** 错误代码描述 @example 签名错误 */
  err_code_des?: string;
}

/** The fields of `PostWxvCancelbillData`, used 4 times in this module. */
export interface PostWxvCancelbillDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回结果 @example 签名失败 */
  return_msg?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9A */
  sign: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 微信支付服务订单号 */
  order_id: string;
}

/** The fields of `PostWxvCreatehotelbillData`, used 2 times in this module. */
export interface PostWxvCreatehotelbillDataFields {
  /** 返回状态码 @example SUCCESS */
  return_code: "SUCCESS" | "FAIL";
  /** 返回结果 @example 签名失败 */
  return_msg?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9A */
  sign: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str: string;
  /** 业务结果 @example SUCCESS */
  result_code: "SUCCESS" | "FAIL";
  /** 错误代码 @example SYSTEMERROR */
  err_code?: string;
  /** 错误描述 @example 系统错误 */
  err_code_des?: string;
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 微信支付服务订单号 */
  order_id: string;
  /** 小程序跳转appid */
  miniprogram_appid: string;
  /** 小程序跳转路径 */
  miniprogram_path: string;
  /** 小程序跳转username */
  miniprogram_username: string;
  /** 跳转微信侧小程序订单数据 */
  package: string;
}

/** The fields of `PostWxvQueryhotelbillBody`, used 2 times in this module. */
export interface PostWxvQueryhotelbillBodyFields {
  /** 接口版本号 @example 1.0 */
  version: "1.0";
  /** 公众账号ID @example wxd678efh567hg6787 */
  appid: string;
  /** 商户号 @example 1230000109 */
  mch_id: string;
  /** 随机字符串 @example ibuaiVcKdpRxkhJA */
  nonce_str?: string;
  /** 签名 @example 029B52F67573D7E3BE74904BF9AEA */
  sign?: string;
  /** 签名类型 @example HMAC-SHA256 */
  sign_type: "HMAC-SHA256";
  /** 商户服务订单号 @example 1234323JKHDFE1243252 */
  out_order_no: string;
  /** 回跳查询id @example 微信侧回跳到商户前端时用于查单的单据查询id. */
  return_query_id: string;
  /** 服务ID */
  service_id: string;
}

/** `appauth` */
export interface AppauthNode {
 /** `appauth/authindex` */ authindex: Open<AppauthAuthindexNode>;
 /** `appauth/getaccesstoken` */ getaccesstoken: Open<AppauthGetaccesstokenNode>;
 chain: ChainFrom<"appauth">;
}

/** `appauth/authindex` */
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
 getAsync: Verb<GetAppauthAuthindexOptions, GetAppauthAuthindexData>;
 chain: ChainFrom<"appauth/authindex">;
}

/** `appauth/getaccesstoken` */
export interface AppauthGetaccesstokenNode {
 /**
  * 通过code换取accesstoken `GET /appauth/getaccesstoken`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
  */
 get: Verb<GetAppauthGetaccesstokenOptions, GetAppauthGetaccesstokenData>;
 getAsync: Verb<GetAppauthGetaccesstokenOptions, GetAppauthGetaccesstokenData>;
 chain: ChainFrom<"appauth/getaccesstoken">;
}

/** `applyment` */
export interface ApplymentNode {
 /** `applyment/micro` */ micro: Open<ApplymentMicroNode>;
 chain: ChainFrom<"applyment">;
}

/** `applyment/micro` */
export interface ApplymentMicroNode {
 /** `applyment/micro/getstate` */ getstate: Open<ApplymentMicroGetstateNode>;
 /** `applyment/micro/getupgradestate` */ getupgradestate: Open<ApplymentMicroGetupgradestateNode>;
 /** `applyment/micro/modifyarchives` */ modifyarchives: Open<ApplymentMicroModifyarchivesNode>;
 /** `applyment/micro/modifycontactinfo` */ modifycontactinfo: Open<ApplymentMicroModifycontactinfoNode>;
 /** `applyment/micro/signcontract` */ signcontract: Open<ApplymentMicroSigncontractNode>;
 /** `applyment/micro/submit` */ submit: Open<ApplymentMicroSubmitNode>;
 /** `applyment/micro/submitupgrade` */ submitupgrade: Open<ApplymentMicroSubmitupgradeNode>;
 chain: ChainFrom<"applyment/micro">;
}

/** `applyment/micro/getstate` */
export interface ApplymentMicroGetstateNode {
 /**
  * 查询申请状态 `POST /applyment/micro/getstate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_3
  * @deprecated
  */
 post: Verb<PostApplymentMicroGetstateOptions, PostApplymentMicroGetstateData>;
 postAsync: Verb<PostApplymentMicroGetstateOptions, PostApplymentMicroGetstateData>;
 chain: ChainFrom<"applyment/micro/getstate">;
}

/** `applyment/micro/getupgradestate` */
export interface ApplymentMicroGetupgradestateNode {
 /**
  * 查询升级申请单状态 `POST /applyment/micro/getupgradestate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_3&index=3
  * @deprecated
  */
 post: Verb<PostApplymentMicroGetupgradestateOptions, PostApplymentMicroGetupgradestateData>;
 postAsync: Verb<PostApplymentMicroGetupgradestateOptions, PostApplymentMicroGetupgradestateData>;
 chain: ChainFrom<"applyment/micro/getupgradestate">;
}

/** `applyment/micro/modifyarchives` */
export interface ApplymentMicroModifyarchivesNode {
 /**
  * 修改结算银行卡 `POST /applyment/micro/modifyarchives`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_2
  * @deprecated
  */
 post: Verb<PostApplymentMicroModifyarchivesOptions, PostApplymentMicroModifyarchivesData>;
 postAsync: Verb<PostApplymentMicroModifyarchivesOptions, PostApplymentMicroModifyarchivesData>;
 chain: ChainFrom<"applyment/micro/modifyarchives">;
}

/** `applyment/micro/modifycontactinfo` */
export interface ApplymentMicroModifycontactinfoNode {
 /**
  * 修改联系信息 `POST /applyment/micro/modifycontactinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_4
  * @deprecated
  */
 post: Verb<PostApplymentMicroModifycontactinfoOptions, PostApplymentMicroModifycontactinfoData>;
 postAsync: Verb<PostApplymentMicroModifycontactinfoOptions, PostApplymentMicroModifycontactinfoData>;
 chain: ChainFrom<"applyment/micro/modifycontactinfo">;
}

/** `applyment/micro/signcontract` */
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
 postAsync: Verb<PostApplymentMicroSigncontractOptions, PostApplymentMicroSigncontractData>;
 chain: ChainFrom<"applyment/micro/signcontract">;
}

/** `applyment/micro/submit` */
export interface ApplymentMicroSubmitNode {
 /**
  * 申请入驻 `POST /applyment/micro/submit`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_2
  * @deprecated
  */
 post: Verb<PostApplymentMicroSubmitOptions, PostApplymentMicroSubmitData>;
 postAsync: Verb<PostApplymentMicroSubmitOptions, PostApplymentMicroSubmitData>;
 chain: ChainFrom<"applyment/micro/submit">;
}

/** `applyment/micro/submitupgrade` */
export interface ApplymentMicroSubmitupgradeNode {
 /**
  * 提交升级申请单 `POST /applyment/micro/submitupgrade`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_2&index=2
  * @deprecated
  */
 post: Verb<PostApplymentMicroSubmitupgradeOptions, PostApplymentMicroSubmitupgradeData>;
 postAsync: Verb<PostApplymentMicroSubmitupgradeOptions, PostApplymentMicroSubmitupgradeData>;
 chain: ChainFrom<"applyment/micro/submitupgrade">;
}

/** `billcommentsp` */
export interface BillcommentspNode {
 /** `billcommentsp/batchquerycomment` */ batchquerycomment: Open<BillcommentspBatchquerycommentNode>;
 chain: ChainFrom<"billcommentsp">;
}

/** `billcommentsp/batchquerycomment` */
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
 postAsync: Download<PostBillcommentspBatchquerycommentOptions>;
 chain: ChainFrom<"billcommentsp/batchquerycomment">;
}

/** `cgi-bin` */
export interface CgiBinNode {
 /** `cgi-bin/mch` */ mch: Open<CgiBinMchNode>;
 chain: ChainFrom<"cgi-bin">;
}

/** `cgi-bin/mch` */
export interface CgiBinMchNode {
 /** `cgi-bin/mch/customs` */ customs: Open<CgiBinMchCustomsNode>;
 /** `cgi-bin/mch/newcustoms` */ newcustoms: Open<CgiBinMchNewcustomsNode>;
 chain: ChainFrom<"cgi-bin/mch">;
}

/** `cgi-bin/mch/customs` */
export interface CgiBinMchCustomsNode {
 /** `cgi-bin/mch/customs/customdeclareorder` */ customdeclareorder: Open<CgiBinMchCustomsCustomdeclareorderNode>;
 /** `cgi-bin/mch/customs/customdeclarequery` */ customdeclarequery: Open<CgiBinMchCustomsCustomdeclarequeryNode>;
 chain: ChainFrom<"cgi-bin/mch/customs">;
}

/** `cgi-bin/mch/customs/customdeclareorder` */
export interface CgiBinMchCustomsCustomdeclareorderNode {
 /**
  * 订单附加信息提交接口 `POST /cgi-bin/mch/customs/customdeclareorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_1
  */
 post: Verb<PostCgiBinMchCustomsCustomdeclareorderOptions, PostCgiBinMchCustomsCustomdeclareorderData>;
 postAsync: Verb<PostCgiBinMchCustomsCustomdeclareorderOptions, PostCgiBinMchCustomsCustomdeclareorderData>;
 chain: ChainFrom<"cgi-bin/mch/customs/customdeclareorder">;
}

/** `cgi-bin/mch/customs/customdeclarequery` */
export interface CgiBinMchCustomsCustomdeclarequeryNode {
 /**
  * 订单附加信息查询接口 `POST /cgi-bin/mch/customs/customdeclarequery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_2
  */
 post: Verb<PostCgiBinMchCustomsCustomdeclarequeryOptions, PostCgiBinMchCustomsCustomdeclarequeryData>;
 postAsync: Verb<PostCgiBinMchCustomsCustomdeclarequeryOptions, PostCgiBinMchCustomsCustomdeclarequeryData>;
 chain: ChainFrom<"cgi-bin/mch/customs/customdeclarequery">;
}

/** `cgi-bin/mch/newcustoms` */
export interface CgiBinMchNewcustomsNode {
 /** `cgi-bin/mch/newcustoms/customdeclareredeclare` */ customdeclareredeclare: Open<CgiBinMchNewcustomsCustomdeclareredeclareNode>;
 chain: ChainFrom<"cgi-bin/mch/newcustoms">;
}

/** `cgi-bin/mch/newcustoms/customdeclareredeclare` */
export interface CgiBinMchNewcustomsCustomdeclareredeclareNode {
 /**
  * 订单附加信息重推接口 `POST /cgi-bin/mch/newcustoms/customdeclareredeclare`
  * @see https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_4
  */
 post: Verb<PostCgiBinMchNewcustomsCustomdeclareredeclareOptions, PostCgiBinMchNewcustomsCustomdeclareredeclareData>;
 postAsync: Verb<PostCgiBinMchNewcustomsCustomdeclareredeclareOptions, PostCgiBinMchNewcustomsCustomdeclareredeclareData>;
 chain: ChainFrom<"cgi-bin/mch/newcustoms/customdeclareredeclare">;
}

/** `deposit` */
export interface DepositNode {
 /** `deposit/consume` */ consume: Open<DepositConsumeNode>;
 /** `deposit/facepay` */ facepay: Open<DepositFacepayNode>;
 /** `deposit/micropay` */ micropay: Open<DepositMicropayNode>;
 /** `deposit/orderquery` */ orderquery: Open<DepositOrderqueryNode>;
 /** `deposit/refund` */ refund: Open<DepositRefundNode>;
 /** `deposit/refundquery` */ refundquery: Open<DepositRefundqueryNode>;
 /** `deposit/reverse` */ reverse: Open<DepositReverseNode>;
 /** `deposit/unifiedorder` */ unifiedorder: Open<DepositUnifiedorderNode>;
 chain: ChainFrom<"deposit">;
}

/** `deposit/consume` */
export interface DepositConsumeNode {
 /**
  * 消费押金 `POST /deposit/consume`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_4&index=5
  */
 post: Verb<PostDepositConsumeOptions, PostDepositConsumeData>;
 postAsync: Verb<PostDepositConsumeOptions, PostDepositConsumeData>;
 chain: ChainFrom<"deposit/consume">;
}

/** `deposit/facepay` */
export interface DepositFacepayNode {
 /**
  * 支付押金（人脸支付） `POST /deposit/facepay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_0&index=1
  */
 post: Verb<PostDepositFacepayOptions, PostDepositFacepayData>;
 postAsync: Verb<PostDepositFacepayOptions, PostDepositFacepayData>;
 chain: ChainFrom<"deposit/facepay">;
}

/** `deposit/micropay` */
export interface DepositMicropayNode {
 /**
  * 支付押金（付款码支付） `POST /deposit/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_1&index=2
  */
 post: Verb<PostDepositMicropayOptions, PostDepositMicropayData>;
 postAsync: Verb<PostDepositMicropayOptions, PostDepositMicropayData>;
 chain: ChainFrom<"deposit/micropay">;
}

/** `deposit/orderquery` */
export interface DepositOrderqueryNode {
 /**
  * 查询订单 `POST /deposit/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_2&index=3
  */
 post: Verb<PostDepositOrderqueryOptions, PostDepositOrderqueryData>;
 postAsync: Verb<PostDepositOrderqueryOptions, PostDepositOrderqueryData>;
 chain: ChainFrom<"deposit/orderquery">;
}

/** `deposit/refund` */
export interface DepositRefundNode {
 /**
  * 申请退款（押金） `POST /deposit/refund`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_5&index=6
  */
 post: Verb<PostDepositRefundOptions, PostDepositRefundData>;
 postAsync: Verb<PostDepositRefundOptions, PostDepositRefundData>;
 chain: ChainFrom<"deposit/refund">;
}

/** `deposit/refundquery` */
export interface DepositRefundqueryNode {
 /**
  * 查询退款（押金） `POST /deposit/refundquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_6&index=7
  */
 post: Verb<PostDepositRefundqueryOptions, PostDepositRefundqueryData>;
 postAsync: Verb<PostDepositRefundqueryOptions, PostDepositRefundqueryData>;
 chain: ChainFrom<"deposit/refundquery">;
}

/** `deposit/reverse` */
export interface DepositReverseNode {
 /**
  * 撤销订单 `POST /deposit/reverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_3&index=4
  */
 post: Verb<PostDepositReverseOptions, PostDepositReverseData>;
 postAsync: Verb<PostDepositReverseOptions, PostDepositReverseData>;
 chain: ChainFrom<"deposit/reverse">;
}

/** `deposit/unifiedorder` */
export interface DepositUnifiedorderNode {
 /**
  * 支付押金（JSAPI/APP支付） `POST /deposit/unifiedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_7&index=1
  * @see https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_8&index=3
  */
 post: Verb<PostDepositUnifiedorderOptions, PostDepositUnifiedorderData>;
 postAsync: Verb<PostDepositUnifiedorderOptions, PostDepositUnifiedorderData>;
 chain: ChainFrom<"deposit/unifiedorder">;
}

/** `face` */
export interface FaceNode {
 /** `face/get_wxpayface_authinfo` */ get_wxpayface_authinfo: Open<FaceGetWxpayfaceAuthinfoNode>;
 chain: ChainFrom<"face">;
}

/** `face/get_wxpayface_authinfo` */
export interface FaceGetWxpayfaceAuthinfoNode {
 /**
  * 人脸识别SDK-获取调用凭证 `POST /face/get_wxpayface_authinfo`
  *
  * Served from https://payapp.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/faceuser.html
  */
 post: Verb<PostFaceGetWxpayfaceAuthinfoOptions, PostFaceGetWxpayfaceAuthinfoData>;
 postAsync: Verb<PostFaceGetWxpayfaceAuthinfoOptions, PostFaceGetWxpayfaceAuthinfoData>;
 chain: ChainFrom<"face/get_wxpayface_authinfo">;
}

/** `fund` */
export interface FundNode {
 /** `fund/queryautowithdrawbydate` */ queryautowithdrawbydate: Open<FundQueryautowithdrawbydateNode>;
 /** `fund/reautowithdrawbydate` */ reautowithdrawbydate: Open<FundReautowithdrawbydateNode>;
 chain: ChainFrom<"fund">;
}

/** `fund/queryautowithdrawbydate` */
export interface FundQueryautowithdrawbydateNode {
 /**
  * 查询提现状态 `POST /fund/queryautowithdrawbydate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_1
  * @deprecated
  */
 post: Verb<PostFundQueryautowithdrawbydateOptions, PostFundQueryautowithdrawbydateData>;
 postAsync: Verb<PostFundQueryautowithdrawbydateOptions, PostFundQueryautowithdrawbydateData>;
 chain: ChainFrom<"fund/queryautowithdrawbydate">;
}

/** `fund/reautowithdrawbydate` */
export interface FundReautowithdrawbydateNode {
 /**
  * 重新发起提现 `POST /fund/reautowithdrawbydate`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_3
  * @deprecated
  */
 post: Verb<PostFundReautowithdrawbydateOptions, PostFundReautowithdrawbydateData>;
 postAsync: Verb<PostFundReautowithdrawbydateOptions, PostFundReautowithdrawbydateData>;
 chain: ChainFrom<"fund/reautowithdrawbydate">;
}

/** `mchrisk` */
export interface MchriskNode {
 /** `mchrisk/bankquerymchauditinfo` */ bankquerymchauditinfo: Open<MchriskBankquerymchauditinfoNode>;
 /** `mchrisk/channelquerymchauditinfo` */ channelquerymchauditinfo: Open<MchriskChannelquerymchauditinfoNode>;
 /** `mchrisk/querymchrisk` */ querymchrisk: Open<MchriskQuerymchriskNode>;
 /** `mchrisk/setmchriskcallback` */ setmchriskcallback: Open<MchriskSetmchriskcallbackNode>;
 /** `mchrisk/syncmchriskresult` */ syncmchriskresult: Open<MchriskSyncmchriskresultNode>;
 chain: ChainFrom<"mchrisk">;
}

/** `mchrisk/bankquerymchauditinfo` */
export interface MchriskBankquerymchauditinfoNode {
 /**
  * 间联模式查询商户审核状态开放接口 `POST /mchrisk/bankquerymchauditinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_295
  */
 post: Verb<PostMchriskBankquerymchauditinfoOptions, PostMchriskBankquerymchauditinfoData>;
 postAsync: Verb<PostMchriskBankquerymchauditinfoOptions, PostMchriskBankquerymchauditinfoData>;
 chain: ChainFrom<"mchrisk/bankquerymchauditinfo">;
}

/** `mchrisk/channelquerymchauditinfo` */
export interface MchriskChannelquerymchauditinfoNode {
 /**
  * 渠道商查询商户审核信息 `POST /mchrisk/channelquerymchauditinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_296
  */
 post: Verb<PostMchriskChannelquerymchauditinfoOptions, PostMchriskChannelquerymchauditinfoData>;
 postAsync: Verb<PostMchriskChannelquerymchauditinfoOptions, PostMchriskChannelquerymchauditinfoData>;
 chain: ChainFrom<"mchrisk/channelquerymchauditinfo">;
}

/** `mchrisk/querymchrisk` */
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
 postAsync: Verb<PostMchriskQuerymchriskOptions, PostMchriskQuerymchriskData>;
 chain: ChainFrom<"mchrisk/querymchrisk">;
}

/** `mchrisk/setmchriskcallback` */
export interface MchriskSetmchriskcallbackNode {
 /**
  * 设置风险通知回调链接 `POST /mchrisk/setmchriskcallback`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_294
  */
 post: Verb<PostMchriskSetmchriskcallbackOptions, PostMchriskSetmchriskcallbackData>;
 postAsync: Verb<PostMchriskSetmchriskcallbackOptions, PostMchriskSetmchriskcallbackData>;
 chain: ChainFrom<"mchrisk/setmchriskcallback">;
}

/** `mchrisk/syncmchriskresult` */
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
 postAsync: Verb<PostMchriskSyncmchriskresultOptions, PostMchriskSyncmchriskresultData>;
 chain: ChainFrom<"mchrisk/syncmchriskresult">;
}

/** `mmpaymkttransfers` */
export interface MmpaymkttransfersNode {
 /** `mmpaymkttransfers/gethbinfo` */ gethbinfo: Open<MmpaymkttransfersGethbinfoNode>;
 /** `mmpaymkttransfers/gettransferinfo` */ gettransferinfo: Open<MmpaymkttransfersGettransferinfoNode>;
 /** `mmpaymkttransfers/promotion` */ promotion: Open<MmpaymkttransfersPromotionNode>;
 /** `mmpaymkttransfers/query_coupon_stock` */ query_coupon_stock: Open<MmpaymkttransfersQueryCouponStockNode>;
 /** `mmpaymkttransfers/querycouponsinfo` */ querycouponsinfo: Open<MmpaymkttransfersQuerycouponsinfoNode>;
 /** `mmpaymkttransfers/queryworkwxredpack` */ queryworkwxredpack: Open<MmpaymkttransfersQueryworkwxredpackNode>;
 /** `mmpaymkttransfers/send_coupon` */ send_coupon: Open<MmpaymkttransfersSendCouponNode>;
 /** `mmpaymkttransfers/sendgroupredpack` */ sendgroupredpack: Open<MmpaymkttransfersSendgroupredpackNode>;
 /** `mmpaymkttransfers/sendminiprogramhb` */ sendminiprogramhb: Open<MmpaymkttransfersSendminiprogramhbNode>;
 /** `mmpaymkttransfers/sendredpack` */ sendredpack: Open<MmpaymkttransfersSendredpackNode>;
 /** `mmpaymkttransfers/sendworkwxredpack` */ sendworkwxredpack: Open<MmpaymkttransfersSendworkwxredpackNode>;
 chain: ChainFrom<"mmpaymkttransfers">;
}

/** `mmpaymkttransfers/gethbinfo` */
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
 postAsync: Verb<PostMmpaymkttransfersGethbinfoOptions, PostMmpaymkttransfersGethbinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/gethbinfo">;
}

/** `mmpaymkttransfers/gettransferinfo` */
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
 postAsync: Verb<PostMmpaymkttransfersGettransferinfoOptions, PostMmpaymkttransfersGettransferinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/gettransferinfo">;
}

/** `mmpaymkttransfers/promotion` */
export interface MmpaymkttransfersPromotionNode {
 /** `mmpaymkttransfers/promotion/paywwsptrans2pocket` */ paywwsptrans2pocket: Open<MmpaymkttransfersPromotionPaywwsptrans2pocketNode>;
 /** `mmpaymkttransfers/promotion/querywwsptrans2pocket` */ querywwsptrans2pocket: Open<MmpaymkttransfersPromotionQuerywwsptrans2pocketNode>;
 /** `mmpaymkttransfers/promotion/transfers` */ transfers: Open<MmpaymkttransfersPromotionTransfersNode>;
 chain: ChainFrom<"mmpaymkttransfers/promotion">;
}

/** `mmpaymkttransfers/promotion/paywwsptrans2pocket` */
export interface MmpaymkttransfersPromotionPaywwsptrans2pocketNode {
 /**
  * 向员工付款 `POST /mmpaymkttransfers/promotion/paywwsptrans2pocket`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  */
 post: Verb<PostMmpaymkttransfersPromotionPaywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionPaywwsptrans2pocketData>;
 postAsync: Verb<PostMmpaymkttransfersPromotionPaywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionPaywwsptrans2pocketData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/paywwsptrans2pocket">;
}

/** `mmpaymkttransfers/promotion/querywwsptrans2pocket` */
export interface MmpaymkttransfersPromotionQuerywwsptrans2pocketNode {
 /**
  * 查询付款记录 `POST /mmpaymkttransfers/promotion/querywwsptrans2pocket`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  *
  * WeChat Pay answers it without a `sign`.
  */
 post: Verb<PostMmpaymkttransfersPromotionQuerywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionQuerywwsptrans2pocketData>;
 postAsync: Verb<PostMmpaymkttransfersPromotionQuerywwsptrans2pocketOptions, PostMmpaymkttransfersPromotionQuerywwsptrans2pocketData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/querywwsptrans2pocket">;
}

/** `mmpaymkttransfers/promotion/transfers` */
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
 postAsync: Verb<PostMmpaymkttransfersPromotionTransfersOptions, PostMmpaymkttransfersPromotionTransfersData>;
 chain: ChainFrom<"mmpaymkttransfers/promotion/transfers">;
}

/** `mmpaymkttransfers/query_coupon_stock` */
export interface MmpaymkttransfersQueryCouponStockNode {
 /**
  * 查询代金券批次 `POST /mmpaymkttransfers/query_coupon_stock`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_4&index=5
  */
 post: Verb<PostMmpaymkttransfersQueryCouponStockOptions, PostMmpaymkttransfersQueryCouponStockData>;
 postAsync: Verb<PostMmpaymkttransfersQueryCouponStockOptions, PostMmpaymkttransfersQueryCouponStockData>;
 chain: ChainFrom<"mmpaymkttransfers/query_coupon_stock">;
}

/** `mmpaymkttransfers/querycouponsinfo` */
export interface MmpaymkttransfersQuerycouponsinfoNode {
 /**
  * 查询代金券信息 `POST /mmpaymkttransfers/querycouponsinfo`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_5&index=6
  */
 post: Verb<PostMmpaymkttransfersQuerycouponsinfoOptions, PostMmpaymkttransfersQuerycouponsinfoData>;
 postAsync: Verb<PostMmpaymkttransfersQuerycouponsinfoOptions, PostMmpaymkttransfersQuerycouponsinfoData>;
 chain: ChainFrom<"mmpaymkttransfers/querycouponsinfo">;
}

/** `mmpaymkttransfers/queryworkwxredpack` */
export interface MmpaymkttransfersQueryworkwxredpackNode {
 /**
  * 查询红包记录 `POST /mmpaymkttransfers/queryworkwxredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostMmpaymkttransfersQueryworkwxredpackOptions, PostMmpaymkttransfersQueryworkwxredpackData>;
 postAsync: Verb<PostMmpaymkttransfersQueryworkwxredpackOptions, PostMmpaymkttransfersQueryworkwxredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/queryworkwxredpack">;
}

/** `mmpaymkttransfers/send_coupon` */
export interface MmpaymkttransfersSendCouponNode {
 /**
  * 发放代金券 `POST /mmpaymkttransfers/send_coupon`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_3&index=4
  */
 post: Verb<PostMmpaymkttransfersSendCouponOptions, PostMmpaymkttransfersSendCouponData>;
 postAsync: Verb<PostMmpaymkttransfersSendCouponOptions, PostMmpaymkttransfersSendCouponData>;
 chain: ChainFrom<"mmpaymkttransfers/send_coupon">;
}

/** `mmpaymkttransfers/sendgroupredpack` */
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
 postAsync: Verb<PostMmpaymkttransfersSendgroupredpackOptions, PostMmpaymkttransfersSendgroupredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendgroupredpack">;
}

/** `mmpaymkttransfers/sendminiprogramhb` */
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
 postAsync: Verb<PostMmpaymkttransfersSendminiprogramhbOptions, PostMmpaymkttransfersSendminiprogramhbData>;
 chain: ChainFrom<"mmpaymkttransfers/sendminiprogramhb">;
}

/** `mmpaymkttransfers/sendredpack` */
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
 postAsync: Verb<PostMmpaymkttransfersSendredpackOptions, PostMmpaymkttransfersSendredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendredpack">;
}

/** `mmpaymkttransfers/sendworkwxredpack` */
export interface MmpaymkttransfersSendworkwxredpackNode {
 /**
  * 发放企业红包 `POST /mmpaymkttransfers/sendworkwxredpack`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostMmpaymkttransfersSendworkwxredpackOptions, PostMmpaymkttransfersSendworkwxredpackData>;
 postAsync: Verb<PostMmpaymkttransfersSendworkwxredpackOptions, PostMmpaymkttransfersSendworkwxredpackData>;
 chain: ChainFrom<"mmpaymkttransfers/sendworkwxredpack">;
}

/** `mmpaysptrans` */
export interface MmpaysptransNode {
 /** `mmpaysptrans/pay_bank` */ pay_bank: Open<MmpaysptransPayBankNode>;
 /** `mmpaysptrans/query_bank` */ query_bank: Open<MmpaysptransQueryBankNode>;
 chain: ChainFrom<"mmpaysptrans">;
}

/** `mmpaysptrans/pay_bank` */
export interface MmpaysptransPayBankNode {
 /**
  * 企业付款到银行卡 `POST /mmpaysptrans/pay_bank`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_2
  */
 post: Verb<PostMmpaysptransPayBankOptions, PostMmpaysptransPayBankData>;
 postAsync: Verb<PostMmpaysptransPayBankOptions, PostMmpaysptransPayBankData>;
 chain: ChainFrom<"mmpaysptrans/pay_bank">;
}

/** `mmpaysptrans/query_bank` */
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
 postAsync: Verb<PostMmpaysptransQueryBankOptions, PostMmpaysptransQueryBankData>;
 chain: ChainFrom<"mmpaysptrans/query_bank">;
}

/** `papay` */
export interface PapayNode {
 /** `papay/deletecontract` */ deletecontract: Open<PapayDeletecontractNode>;
 /** `papay/entrustweb` */ entrustweb: Open<PapayEntrustwebNode>;
 /** `papay/h5entrustweb` */ h5entrustweb: Open<PapayH5entrustwebNode>;
 /** `papay/partner` */ partner: Open<PapayPartnerNode>;
 /** `papay/preentrustweb` */ preentrustweb: Open<PapayPreentrustwebNode>;
 /** `papay/querycontract` */ querycontract: Open<PapayQuerycontractNode>;
 chain: ChainFrom<"papay">;
}

/** `papay/deletecontract` */
export interface PapayDeletecontractNode {
 /**
  * 申请解约 `POST /papay/deletecontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_9.shtml
  */
 post: Verb<PostPapayDeletecontractOptions, PostPapayDeletecontractData>;
 postAsync: Verb<PostPapayDeletecontractOptions, PostPapayDeletecontractData>;
 chain: ChainFrom<"papay/deletecontract">;
}

/** `papay/entrustweb` */
export interface PapayEntrustwebNode {
 /**
  * 公众号纯签约 `GET /papay/entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/merchant/4011986768
  */
 get: OptionalVerb<GetPapayEntrustwebOptions, GetPapayEntrustwebData>;
 getAsync: OptionalVerb<GetPapayEntrustwebOptions, GetPapayEntrustwebData>;
 chain: ChainFrom<"papay/entrustweb">;
}

/** `papay/h5entrustweb` */
export interface PapayH5entrustwebNode {
 /**
  * H5纯签约 `GET /papay/h5entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/merchant/4011987295
  */
 get: Verb<GetPapayH5entrustwebOptions, GetPapayH5entrustwebData>;
 getAsync: Verb<GetPapayH5entrustwebOptions, GetPapayH5entrustwebData>;
 chain: ChainFrom<"papay/h5entrustweb">;
}

/** `papay/partner` */
export interface PapayPartnerNode {
 /** `papay/partner/deletecontract` */ deletecontract: Open<PapayPartnerDeletecontractNode>;
 /** `papay/partner/entrustweb` */ entrustweb: Open<PapayPartnerEntrustwebNode>;
 /** `papay/partner/h5entrustweb` */ h5entrustweb: Open<PapayPartnerH5entrustwebNode>;
 /** `papay/partner/preentrustweb` */ preentrustweb: Open<PapayPartnerPreentrustwebNode>;
 /** `papay/partner/querycontract` */ querycontract: Open<PapayPartnerQuerycontractNode>;
 chain: ChainFrom<"papay/partner">;
}

/** `papay/partner/deletecontract` */
export interface PapayPartnerDeletecontractNode {
 /** 申请解约 `POST /papay/partner/deletecontract` */
 post: Verb<PostPapayPartnerDeletecontractOptions, PostPapayPartnerDeletecontractData>;
 postAsync: Verb<PostPapayPartnerDeletecontractOptions, PostPapayPartnerDeletecontractData>;
 chain: ChainFrom<"papay/partner/deletecontract">;
}

/** `papay/partner/entrustweb` */
export interface PapayPartnerEntrustwebNode {
 /**
  * 公众号纯签约 `GET /papay/partner/entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_1.shtml
  */
 get: OptionalVerb<GetPapayPartnerEntrustwebOptions, GetPapayPartnerEntrustwebData>;
 getAsync: OptionalVerb<GetPapayPartnerEntrustwebOptions, GetPapayPartnerEntrustwebData>;
 chain: ChainFrom<"papay/partner/entrustweb">;
}

/** `papay/partner/h5entrustweb` */
export interface PapayPartnerH5entrustwebNode {
 /**
  * H5纯签约 `GET /papay/partner/h5entrustweb`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/doc/v2/partner/4011988368
  */
 get: Verb<GetPapayPartnerH5entrustwebOptions, GetPapayPartnerH5entrustwebData>;
 getAsync: Verb<GetPapayPartnerH5entrustwebOptions, GetPapayPartnerH5entrustwebData>;
 chain: ChainFrom<"papay/partner/h5entrustweb">;
}

/** `papay/partner/preentrustweb` */
export interface PapayPartnerPreentrustwebNode {
 /**
  * APP纯签约 `POST /papay/partner/preentrustweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
  */
 post: Verb<PostPapayPartnerPreentrustwebOptions, PostPapayPartnerPreentrustwebData>;
 postAsync: Verb<PostPapayPartnerPreentrustwebOptions, PostPapayPartnerPreentrustwebData>;
 chain: ChainFrom<"papay/partner/preentrustweb">;
}

/** `papay/partner/querycontract` */
export interface PapayPartnerQuerycontractNode {
 /**
  * 查询签约关系 `POST /papay/partner/querycontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_7.shtml
  */
 post: Verb<PostPapayPartnerQuerycontractOptions, PostPapayPartnerQuerycontractData>;
 postAsync: Verb<PostPapayPartnerQuerycontractOptions, PostPapayPartnerQuerycontractData>;
 chain: ChainFrom<"papay/partner/querycontract">;
}

/** `papay/preentrustweb` */
export interface PapayPreentrustwebNode {
 /**
  * APP纯签约 `POST /papay/preentrustweb`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
  */
 post: Verb<PostPapayPreentrustwebOptions, PostPapayPreentrustwebData>;
 postAsync: Verb<PostPapayPreentrustwebOptions, PostPapayPreentrustwebData>;
 chain: ChainFrom<"papay/preentrustweb">;
}

/** `papay/querycontract` */
export interface PapayQuerycontractNode {
 /**
  * 查询签约关系 `POST /papay/querycontract`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_7.shtml
  */
 post: Verb<PostPapayQuerycontractOptions, PostPapayQuerycontractData>;
 postAsync: Verb<PostPapayQuerycontractOptions, PostPapayQuerycontractData>;
 chain: ChainFrom<"papay/querycontract">;
}

/** `pay` */
export interface PayNode {
 /** `pay/closecombinedorder` */ closecombinedorder: Open<PayClosecombinedorderNode>;
 /** `pay/closeorder` */ closeorder: Open<PayCloseorderNode>;
 /** `pay/combinedorder` */ combinedorder: Open<PayCombinedorderNode>;
 /** `pay/contractorder` */ contractorder: Open<PayContractorderNode>;
 /** `pay/downloadbill` */ downloadbill: Open<PayDownloadbillNode>;
 /** `pay/downloadfundflow` */ downloadfundflow: Open<PayDownloadfundflowNode>;
 /** `pay/facepay` */ facepay: Open<PayFacepayNode>;
 /** `pay/facepayquery` */ facepayquery: Open<PayFacepayqueryNode>;
 /** `pay/micropay` */ micropay: Open<PayMicropayNode>;
 /** `pay/orderquery` */ orderquery: Open<PayOrderqueryNode>;
 /** `pay/paporderquery` */ paporderquery: Open<PayPaporderqueryNode>;
 /** `pay/pappayapply` */ pappayapply: Open<PayPappayapplyNode>;
 /** `pay/partner` */ partner: Open<PayPartnerNode>;
 /** `pay/profitsharingaddreceiver` */ profitsharingaddreceiver: Open<PayProfitsharingaddreceiverNode>;
 /** `pay/profitsharingmerchantratioquery` */ profitsharingmerchantratioquery: Open<PayProfitsharingmerchantratioqueryNode>;
 /** `pay/profitsharingorderamountquery` */ profitsharingorderamountquery: Open<PayProfitsharingorderamountqueryNode>;
 /** `pay/profitsharingquery` */ profitsharingquery: Open<PayProfitsharingqueryNode>;
 /** `pay/profitsharingremovereceiver` */ profitsharingremovereceiver: Open<PayProfitsharingremovereceiverNode>;
 /** `pay/profitsharingreturnquery` */ profitsharingreturnquery: Open<PayProfitsharingreturnqueryNode>;
 /** `pay/querycombinedorder` */ querycombinedorder: Open<PayQuerycombinedorderNode>;
 /** `pay/queryexchagerate` */ queryexchagerate: Open<PayQueryexchagerateNode>;
 /** `pay/refundquery` */ refundquery: Open<PayRefundqueryNode>;
 /** `pay/refundqueryv2` */ refundqueryv2: Open<PayRefundqueryv2Node>;
 /** `pay/settlementquery` */ settlementquery: Open<PaySettlementqueryNode>;
 /** `pay/unifiedorder` */ unifiedorder: Open<PayUnifiedorderNode>;
 chain: ChainFrom<"pay">;
}

/** `pay/closecombinedorder` */
export interface PayClosecombinedorderNode {
 /**
  * 合单关单 `POST /pay/closecombinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_2&index=3
  */
 post: Verb<PostPayClosecombinedorderOptions, PostPayClosecombinedorderData>;
 postAsync: Verb<PostPayClosecombinedorderOptions, PostPayClosecombinedorderData>;
 chain: ChainFrom<"pay/closecombinedorder">;
}

/** `pay/closeorder` */
export interface PayCloseorderNode {
 /**
  * 关闭订单 `POST /pay/closeorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_3
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_3
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_3&index=5
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_3&index=3
  */
 post: Verb<PostPayCloseorderOptions, PostPayCloseorderData>;
 postAsync: Verb<PostPayCloseorderOptions, PostPayCloseorderData>;
 chain: ChainFrom<"pay/closeorder">;
}

/** `pay/combinedorder` */
export interface PayCombinedorderNode {
 /**
  * 合单下单 `POST /pay/combinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_1&index=2
  */
 post: Verb<PostPayCombinedorderOptions, PostPayCombinedorderData>;
 postAsync: Verb<PostPayCombinedorderOptions, PostPayCombinedorderData>;
 chain: ChainFrom<"pay/combinedorder">;
}

/** `pay/contractorder` */
export interface PayContractorderNode {
 /** 支付中签约 `POST /pay/contractorder` */
 post: Verb<PostPayContractorderOptions, PostPayContractorderData>;
 postAsync: Verb<PostPayContractorderOptions, PostPayContractorderData>;
 chain: ChainFrom<"pay/contractorder">;
}

/** `pay/downloadbill` */
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
 postAsync: Download<PostPayDownloadbillOptions>;
 chain: ChainFrom<"pay/downloadbill">;
}

/** `pay/downloadfundflow` */
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
 postAsync: Download<PostPayDownloadfundflowOptions>;
 chain: ChainFrom<"pay/downloadfundflow">;
}

/** `pay/facepay` */
export interface PayFacepayNode {
 /** 提交刷脸支付 `POST /pay/facepay` */
 post: Verb<PostPayFacepayOptions, PostPayFacepayData>;
 postAsync: Verb<PostPayFacepayOptions, PostPayFacepayData>;
 chain: ChainFrom<"pay/facepay">;
}

/** `pay/facepayquery` */
export interface PayFacepayqueryNode {
 /** 查询订单 `POST /pay/facepayquery` */
 post: Verb<PostPayFacepayqueryOptions, PostPayFacepayqueryData>;
 postAsync: Verb<PostPayFacepayqueryOptions, PostPayFacepayqueryData>;
 chain: ChainFrom<"pay/facepayquery">;
}

/** `pay/micropay` */
export interface PayMicropayNode {
 /**
  * 提交付款码支付 `POST /pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
  */
 post: Verb<PostPayMicropayOptions, PostPayMicropayData>;
 postAsync: Verb<PostPayMicropayOptions, PostPayMicropayData>;
 chain: ChainFrom<"pay/micropay">;
}

/** `pay/orderquery` */
export interface PayOrderqueryNode {
 /**
  * 查询订单 `POST /pay/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4
  */
 post: Verb<PostPayOrderqueryOptions, PostPayOrderqueryData>;
 postAsync: Verb<PostPayOrderqueryOptions, PostPayOrderqueryData>;
 chain: ChainFrom<"pay/orderquery">;
}

/** `pay/paporderquery` */
export interface PayPaporderqueryNode {
 /**
  * 查询订单 `POST /pay/paporderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
  */
 post: Verb<PostPayPaporderqueryOptions, PostPayPaporderqueryData>;
 postAsync: Verb<PostPayPaporderqueryOptions, PostPayPaporderqueryData>;
 chain: ChainFrom<"pay/paporderquery">;
}

/** `pay/pappayapply` */
export interface PayPappayapplyNode {
 /**
  * 申请扣款 `POST /pay/pappayapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_8.shtml
  */
 post: Verb<PostPayPappayapplyOptions, PostPayPappayapplyData>;
 postAsync: Verb<PostPayPappayapplyOptions, PostPayPappayapplyData>;
 chain: ChainFrom<"pay/pappayapply">;
}

/** `pay/partner` */
export interface PayPartnerNode {
 /** `pay/partner/paporderquery` */ paporderquery: Open<PayPartnerPaporderqueryNode>;
 /** `pay/partner/pappayapply` */ pappayapply: Open<PayPartnerPappayapplyNode>;
 chain: ChainFrom<"pay/partner">;
}

/** `pay/partner/paporderquery` */
export interface PayPartnerPaporderqueryNode {
 /**
  * 查询订单 `POST /pay/partner/paporderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
  */
 post: Verb<PostPayPartnerPaporderqueryOptions, PostPayPartnerPaporderqueryData>;
 postAsync: Verb<PostPayPartnerPaporderqueryOptions, PostPayPartnerPaporderqueryData>;
 chain: ChainFrom<"pay/partner/paporderquery">;
}

/** `pay/partner/pappayapply` */
export interface PayPartnerPappayapplyNode {
 /**
  * 申请扣款 `POST /pay/partner/pappayapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_8.shtml
  */
 post: Verb<PostPayPartnerPappayapplyOptions, PostPayPartnerPappayapplyData>;
 postAsync: Verb<PostPayPartnerPappayapplyOptions, PostPayPartnerPappayapplyData>;
 chain: ChainFrom<"pay/partner/pappayapply">;
}

/** `pay/profitsharingaddreceiver` */
export interface PayProfitsharingaddreceiverNode {
 /**
  * 添加分账接收方 `POST /pay/profitsharingaddreceiver`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_3&index=4
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_3&index=4
  */
 post: Verb<PostPayProfitsharingaddreceiverOptions, PostPayProfitsharingaddreceiverData>;
 postAsync: Verb<PostPayProfitsharingaddreceiverOptions, PostPayProfitsharingaddreceiverData>;
 chain: ChainFrom<"pay/profitsharingaddreceiver">;
}

/** `pay/profitsharingmerchantratioquery` */
export interface PayProfitsharingmerchantratioqueryNode {
 /**
  * 查询最大分账比例API `POST /pay/profitsharingmerchantratioquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_11&index=8
  */
 post: Verb<PostPayProfitsharingmerchantratioqueryOptions, PostPayProfitsharingmerchantratioqueryData>;
 postAsync: Verb<PostPayProfitsharingmerchantratioqueryOptions, PostPayProfitsharingmerchantratioqueryData>;
 chain: ChainFrom<"pay/profitsharingmerchantratioquery">;
}

/** `pay/profitsharingorderamountquery` */
export interface PayProfitsharingorderamountqueryNode {
 /**
  * 查询订单待分账金额 `POST /pay/profitsharingorderamountquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7
  */
 post: Verb<PostPayProfitsharingorderamountqueryOptions, PostPayProfitsharingorderamountqueryData>;
 postAsync: Verb<PostPayProfitsharingorderamountqueryOptions, PostPayProfitsharingorderamountqueryData>;
 chain: ChainFrom<"pay/profitsharingorderamountquery">;
}

/** `pay/profitsharingquery` */
export interface PayProfitsharingqueryNode {
 /**
  * 查询分账结果 `POST /pay/profitsharingquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_2&index=3
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_2&index=3
  */
 post: Verb<PostPayProfitsharingqueryOptions, PostPayProfitsharingqueryData>;
 postAsync: Verb<PostPayProfitsharingqueryOptions, PostPayProfitsharingqueryData>;
 chain: ChainFrom<"pay/profitsharingquery">;
}

/** `pay/profitsharingremovereceiver` */
export interface PayProfitsharingremovereceiverNode {
 /**
  * 删除分账接收方 `POST /pay/profitsharingremovereceiver`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_4&index=5
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_4&index=5
  */
 post: Verb<PostPayProfitsharingremovereceiverOptions, PostPayProfitsharingremovereceiverData>;
 postAsync: Verb<PostPayProfitsharingremovereceiverOptions, PostPayProfitsharingremovereceiverData>;
 chain: ChainFrom<"pay/profitsharingremovereceiver">;
}

/** `pay/profitsharingreturnquery` */
export interface PayProfitsharingreturnqueryNode {
 /**
  * 回退结果查询 `POST /pay/profitsharingreturnquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_8&index=9
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_8&index=10
  */
 post: Verb<PostPayProfitsharingreturnqueryOptions, PostPayProfitsharingreturnqueryData>;
 postAsync: Verb<PostPayProfitsharingreturnqueryOptions, PostPayProfitsharingreturnqueryData>;
 chain: ChainFrom<"pay/profitsharingreturnquery">;
}

/** `pay/querycombinedorder` */
export interface PayQuerycombinedorderNode {
 /**
  * 合单查单 `POST /pay/querycombinedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_3&index=4
  */
 post: Verb<PostPayQuerycombinedorderOptions, PostPayQuerycombinedorderData>;
 postAsync: Verb<PostPayQuerycombinedorderOptions, PostPayQuerycombinedorderData>;
 chain: ChainFrom<"pay/querycombinedorder">;
}

/** `pay/queryexchagerate` */
export interface PayQueryexchagerateNode {
 /**
  * 汇率查询API `POST /pay/queryexchagerate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_10.shtml
  */
 post: Verb<PostPayQueryexchagerateOptions, PostPayQueryexchagerateData>;
 postAsync: Verb<PostPayQueryexchagerateOptions, PostPayQueryexchagerateData>;
 chain: ChainFrom<"pay/queryexchagerate">;
}

/** `pay/refundquery` */
export interface PayRefundqueryNode {
 /**
  * 查询退款 `POST /pay/refundquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7
  */
 post: Verb<PostPayRefundqueryOptions, PostPayRefundqueryData>;
 postAsync: Verb<PostPayRefundqueryOptions, PostPayRefundqueryData>;
 chain: ChainFrom<"pay/refundquery">;
}

/** `pay/refundqueryv2` */
export interface PayRefundqueryv2Node {
 /**
  * 查询退款（支持单品） `POST /pay/refundqueryv2`
  * @see https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_104&index=4
  */
 post: Verb<PostPayRefundqueryv2Options, PostPayRefundqueryv2Data>;
 postAsync: Verb<PostPayRefundqueryv2Options, PostPayRefundqueryv2Data>;
 chain: ChainFrom<"pay/refundqueryv2">;
}

/** `pay/settlementquery` */
export interface PaySettlementqueryNode {
 /**
  * 查询结算资金 `POST /pay/settlementquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_9.shtml
  */
 post: Verb<PostPaySettlementqueryOptions, PostPaySettlementqueryData>;
 postAsync: Verb<PostPaySettlementqueryOptions, PostPaySettlementqueryData>;
 chain: ChainFrom<"pay/settlementquery">;
}

/** `pay/unifiedorder` */
export interface PayUnifiedorderNode {
 /**
  * 统一下单 `POST /pay/unifiedorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1
  * @see https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1
  */
 post: Verb<PostPayUnifiedorderOptions, PostPayUnifiedorderData>;
 postAsync: Verb<PostPayUnifiedorderOptions, PostPayUnifiedorderData>;
 chain: ChainFrom<"pay/unifiedorder">;
}

/** `payitil` */
export interface PayitilNode {
 /** `payitil/report` */ report: Open<PayitilReportNode>;
 chain: ChainFrom<"payitil">;
}

/** `payitil/report` */
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
 postAsync: Verb<PostPayitilReportOptions, PostPayitilReportData>;
 chain: ChainFrom<"payitil/report">;
}

/** `risk` */
export interface RiskNode {
 /** `risk/getcertficates` */ getcertficates: Open<RiskGetcertficatesNode>;
 /** `risk/getpublickey` */ getpublickey: Open<RiskGetpublickeyNode>;
 /** `risk/getviolation` */ getviolation: Open<RiskGetviolationNode>;
 chain: ChainFrom<"risk">;
}

/** `risk/getcertficates` */
export interface RiskGetcertficatesNode {
 /**
  * 获取平台证书 `POST /risk/getcertficates`
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_11
  */
 post: Verb<PostRiskGetcertficatesOptions, PostRiskGetcertficatesData>;
 postAsync: Verb<PostRiskGetcertficatesOptions, PostRiskGetcertficatesData>;
 chain: ChainFrom<"risk/getcertficates">;
}

/** `risk/getpublickey` */
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
 postAsync: Verb<PostRiskGetpublickeyOptions, PostRiskGetpublickeyData>;
 chain: ChainFrom<"risk/getpublickey">;
}

/** `risk/getviolation` */
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
 postAsync: Verb<PostRiskGetviolationOptions, PostRiskGetviolationData>;
 chain: ChainFrom<"risk/getviolation">;
}

/** `sandboxnew` */
export interface SandboxnewNode {
 /** `sandboxnew/pay` */ pay: Open<SandboxnewPayNode>;
 chain: ChainFrom<"sandboxnew">;
}

/** `sandboxnew/pay` */
export interface SandboxnewPayNode {
 /** `sandboxnew/pay/downloadbill` */ downloadbill: Open<SandboxnewPayDownloadbillNode>;
 /** `sandboxnew/pay/getsignkey` */ getsignkey: Open<SandboxnewPayGetsignkeyNode>;
 /** `sandboxnew/pay/micropay` */ micropay: Open<SandboxnewPayMicropayNode>;
 /** `sandboxnew/pay/orderquery` */ orderquery: Open<SandboxnewPayOrderqueryNode>;
 /** `sandboxnew/pay/refund` */ refund: Open<SandboxnewPayRefundNode>;
 /** `sandboxnew/pay/refundquery` */ refundquery: Open<SandboxnewPayRefundqueryNode>;
 /** `sandboxnew/pay/unifiedorder` */ unifiedorder: Open<SandboxnewPayUnifiedorderNode>;
 chain: ChainFrom<"sandboxnew/pay">;
}

/** `sandboxnew/pay/downloadbill` */
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
 postAsync: Download<PostSandboxnewPayDownloadbillOptions>;
 chain: ChainFrom<"sandboxnew/pay/downloadbill">;
}

/** `sandboxnew/pay/getsignkey` */
export interface SandboxnewPayGetsignkeyNode {
 /**
  * 获取验签密钥API `POST /sandboxnew/pay/getsignkey`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  * @deprecated
  */
 post: Verb<PostSandboxnewPayGetsignkeyOptions, PostSandboxnewPayGetsignkeyData>;
 postAsync: Verb<PostSandboxnewPayGetsignkeyOptions, PostSandboxnewPayGetsignkeyData>;
 chain: ChainFrom<"sandboxnew/pay/getsignkey">;
}

/** `sandboxnew/pay/micropay` */
export interface SandboxnewPayMicropayNode {
 /**
  * 提交付款码支付 `POST /sandboxnew/pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
  * @deprecated
  */
 post: Verb<PostSandboxnewPayMicropayOptions, PostSandboxnewPayMicropayData>;
 postAsync: Verb<PostSandboxnewPayMicropayOptions, PostSandboxnewPayMicropayData>;
 chain: ChainFrom<"sandboxnew/pay/micropay">;
}

/** `sandboxnew/pay/orderquery` */
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
 postAsync: Verb<PostSandboxnewPayOrderqueryOptions, PostSandboxnewPayOrderqueryData>;
 chain: ChainFrom<"sandboxnew/pay/orderquery">;
}

/** `sandboxnew/pay/refund` */
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
 postAsync: Verb<PostSandboxnewPayRefundOptions, PostSandboxnewPayRefundData>;
 chain: ChainFrom<"sandboxnew/pay/refund">;
}

/** `sandboxnew/pay/refundquery` */
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
 postAsync: Verb<PostSandboxnewPayRefundqueryOptions, PostSandboxnewPayRefundqueryData>;
 chain: ChainFrom<"sandboxnew/pay/refundquery">;
}

/** `sandboxnew/pay/unifiedorder` */
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
 postAsync: Verb<PostSandboxnewPayUnifiedorderOptions, PostSandboxnewPayUnifiedorderData>;
 chain: ChainFrom<"sandboxnew/pay/unifiedorder">;
}

/** `secapi` */
export interface SecapiNode {
 /** `secapi/mch` */ mch: Open<SecapiMchNode>;
 /** `secapi/mkt` */ mkt: Open<SecapiMktNode>;
 /** `secapi/pay` */ pay: Open<SecapiPayNode>;
 chain: ChainFrom<"secapi">;
}

/** `secapi/mch` */
export interface SecapiMchNode {
 /** `secapi/mch/addsubdevconfig` */ addsubdevconfig: Open<SecapiMchAddsubdevconfigNode>;
 /** `secapi/mch/channelsetting` */ channelsetting: Open<SecapiMchChannelsettingNode>;
 /** `secapi/mch/modifymchinfo` */ modifymchinfo: Open<SecapiMchModifymchinfoNode>;
 /** `secapi/mch/querysubdevconfig` */ querysubdevconfig: Open<SecapiMchQuerysubdevconfigNode>;
 /** `secapi/mch/submchmanage` */ submchmanage: Open<SecapiMchSubmchmanageNode>;
 /** `secapi/mch/uploadmedia` */ uploadmedia: Open<SecapiMchUploadmediaNode>;
 chain: ChainFrom<"secapi/mch">;
}

/** `secapi/mch/addInstitutionsub` */
export interface SecapiMchAddInstitutionsubNode {
 /**
  * 进件子商户 `POST /secapi/mch/addInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchAddInstitutionsubOptions, PostSecapiMchAddInstitutionsubData>;
 postAsync: Verb<PostSecapiMchAddInstitutionsubOptions, PostSecapiMchAddInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/addInstitutionsub">;
}

/** `secapi/mch/addsubdevconfig` */
export interface SecapiMchAddsubdevconfigNode {
 /**
  * 服务商子商户开发配置新增支付目录/新增对应APPID关联 `POST /secapi/mch/addsubdevconfig`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_2&index=2&p=901
  */
 post: Verb<PostSecapiMchAddsubdevconfigOptions, PostSecapiMchAddsubdevconfigData>;
 postAsync: Verb<PostSecapiMchAddsubdevconfigOptions, PostSecapiMchAddsubdevconfigData>;
 chain: ChainFrom<"secapi/mch/addsubdevconfig">;
}

/** `secapi/mch/channelsetting` */
export interface SecapiMchChannelsettingNode {
 /**
  * 银行服务商特约子商户指定渠道号API `POST /secapi/mch/channelsetting`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_26
  */
 post: Verb<PostSecapiMchChannelsettingOptions, PostSecapiMchChannelsettingData>;
 postAsync: Verb<PostSecapiMchChannelsettingOptions, PostSecapiMchChannelsettingData>;
 chain: ChainFrom<"secapi/mch/channelsetting">;
}

/** `secapi/mch/modifyInstitutionsub` */
export interface SecapiMchModifyInstitutionsubNode {
 /**
  * 修改子商户API `POST /secapi/mch/modifyInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchModifyInstitutionsubOptions, PostSecapiMchModifyInstitutionsubData>;
 postAsync: Verb<PostSecapiMchModifyInstitutionsubOptions, PostSecapiMchModifyInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/modifyInstitutionsub">;
}

/** `secapi/mch/modifymchinfo` */
export interface SecapiMchModifymchinfoNode {
 /**
  * 银行特约商户信息修改 `POST /secapi/mch/modifymchinfo`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_27&index=2&p=9
  */
 post: Verb<PostSecapiMchModifymchinfoOptions, PostSecapiMchModifymchinfoData>;
 postAsync: Verb<PostSecapiMchModifymchinfoOptions, PostSecapiMchModifymchinfoData>;
 chain: ChainFrom<"secapi/mch/modifymchinfo">;
}

/** `secapi/mch/queryInstitutionsub` */
export interface SecapiMchQueryInstitutionsubNode {
 /**
  * 查询子商户 `POST /secapi/mch/queryInstitutionsub`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiMchQueryInstitutionsubOptions, PostSecapiMchQueryInstitutionsubData>;
 postAsync: Verb<PostSecapiMchQueryInstitutionsubOptions, PostSecapiMchQueryInstitutionsubData>;
 chain: ChainFrom<"secapi/mch/queryInstitutionsub">;
}

/** `secapi/mch/querysubdevconfig` */
export interface SecapiMchQuerysubdevconfigNode {
 /**
  * 配置查询 `POST /secapi/mch/querysubdevconfig`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_25&index=4&p=901
  */
 post: Verb<PostSecapiMchQuerysubdevconfigOptions, PostSecapiMchQuerysubdevconfigData>;
 postAsync: Verb<PostSecapiMchQuerysubdevconfigOptions, PostSecapiMchQuerysubdevconfigData>;
 chain: ChainFrom<"secapi/mch/querysubdevconfig">;
}

/** `secapi/mch/submchmanage` */
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
 postAsync: Verb<PostSecapiMchSubmchmanageOptions, PostSecapiMchSubmchmanageData>;
 chain: ChainFrom<"secapi/mch/submchmanage">;
}

/** `secapi/mch/uploadmedia` */
export interface SecapiMchUploadmediaNode {
 /**
  * 图片上传API `POST /secapi/mch/uploadmedia`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_9
  */
 post: Verb<PostSecapiMchUploadmediaOptions, PostSecapiMchUploadmediaData>;
 postAsync: Verb<PostSecapiMchUploadmediaOptions, PostSecapiMchUploadmediaData>;
 chain: ChainFrom<"secapi/mch/uploadmedia">;
}

/** `secapi/mkt` */
export interface SecapiMktNode {
 /** `secapi/mkt/addrecommendconf` */ addrecommendconf: Open<SecapiMktAddrecommendconfNode>;
 chain: ChainFrom<"secapi/mkt">;
}

/** `secapi/mkt/addrecommendconf` */
export interface SecapiMktAddrecommendconfNode {
 /**
  * 服务商特约商户关注功能配置 `POST /secapi/mkt/addrecommendconf`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_1&index=1&p=901
  * @deprecated
  */
 post: Verb<PostSecapiMktAddrecommendconfOptions, PostSecapiMktAddrecommendconfData>;
 postAsync: Verb<PostSecapiMktAddrecommendconfOptions, PostSecapiMktAddrecommendconfData>;
 chain: ChainFrom<"secapi/mkt/addrecommendconf">;
}

/** `secapi/pay` */
export interface SecapiPayNode {
 /** `secapi/pay/facepayreverse` */ facepayreverse: Open<SecapiPayFacepayreverseNode>;
 /** `secapi/pay/multiprofitsharing` */ multiprofitsharing: Open<SecapiPayMultiprofitsharingNode>;
 /** `secapi/pay/profitsharing` */ profitsharing: Open<SecapiPayProfitsharingNode>;
 /** `secapi/pay/profitsharingfinish` */ profitsharingfinish: Open<SecapiPayProfitsharingfinishNode>;
 /** `secapi/pay/profitsharingreturn` */ profitsharingreturn: Open<SecapiPayProfitsharingreturnNode>;
 /** `secapi/pay/refund` */ refund: Open<SecapiPayRefundNode>;
 /** `secapi/pay/refundv2` */ refundv2: Open<SecapiPayRefundv2Node>;
 /** `secapi/pay/reverse` */ reverse: Open<SecapiPayReverseNode>;
 chain: ChainFrom<"secapi/pay">;
}

/** `secapi/pay/facepayreverse` */
export interface SecapiPayFacepayreverseNode {
 /**
  * 撤销订单 `POST /secapi/pay/facepayreverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  */
 post: Verb<PostSecapiPayFacepayreverseOptions, PostSecapiPayFacepayreverseData>;
 postAsync: Verb<PostSecapiPayFacepayreverseOptions, PostSecapiPayFacepayreverseData>;
 chain: ChainFrom<"secapi/pay/facepayreverse">;
}

/** `secapi/pay/multiprofitsharing` */
export interface SecapiPayMultiprofitsharingNode {
 /**
  * 请求多次分账 `POST /secapi/pay/multiprofitsharing`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_6&index=2
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_6&index=2
  */
 post: Verb<PostSecapiPayMultiprofitsharingOptions, PostSecapiPayMultiprofitsharingData>;
 postAsync: Verb<PostSecapiPayMultiprofitsharingOptions, PostSecapiPayMultiprofitsharingData>;
 chain: ChainFrom<"secapi/pay/multiprofitsharing">;
}

/** `secapi/pay/profitsharing` */
export interface SecapiPayProfitsharingNode {
 /**
  * 请求单次分账 `POST /secapi/pay/profitsharing`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_1&index=1
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_1&index=1
  */
 post: Verb<PostSecapiPayProfitsharingOptions, PostSecapiPayProfitsharingData>;
 postAsync: Verb<PostSecapiPayProfitsharingOptions, PostSecapiPayProfitsharingData>;
 chain: ChainFrom<"secapi/pay/profitsharing">;
}

/** `secapi/pay/profitsharingfinish` */
export interface SecapiPayProfitsharingfinishNode {
 /**
  * 完结分账 `POST /secapi/pay/profitsharingfinish`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_5&index=6
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_5&index=6
  */
 post: Verb<PostSecapiPayProfitsharingfinishOptions, PostSecapiPayProfitsharingfinishData>;
 postAsync: Verb<PostSecapiPayProfitsharingfinishOptions, PostSecapiPayProfitsharingfinishData>;
 chain: ChainFrom<"secapi/pay/profitsharingfinish">;
}

/** `secapi/pay/profitsharingreturn` */
export interface SecapiPayProfitsharingreturnNode {
 /**
  * 分账回退 `POST /secapi/pay/profitsharingreturn`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_7&index=8
  * @see https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_7&index=9
  */
 post: Verb<PostSecapiPayProfitsharingreturnOptions, PostSecapiPayProfitsharingreturnData>;
 postAsync: Verb<PostSecapiPayProfitsharingreturnOptions, PostSecapiPayProfitsharingreturnData>;
 chain: ChainFrom<"secapi/pay/profitsharingreturn">;
}

/** `secapi/pay/refund` */
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
 postAsync: Verb<PostSecapiPayRefundOptions, PostSecapiPayRefundData>;
 chain: ChainFrom<"secapi/pay/refund">;
}

/** `secapi/pay/refundv2` */
export interface SecapiPayRefundv2Node {
 /**
  * 申请退款（支持单品） `POST /secapi/pay/refundv2`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/jsapi_sl.php?chapter=9_4
  * @see https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_103&index=3
  */
 post: Verb<PostSecapiPayRefundv2Options, PostSecapiPayRefundv2Data>;
 postAsync: Verb<PostSecapiPayRefundv2Options, PostSecapiPayRefundv2Data>;
 chain: ChainFrom<"secapi/pay/refundv2">;
}

/** `secapi/pay/reverse` */
export interface SecapiPayReverseNode {
 /**
  * 撤销订单 `POST /secapi/pay/reverse`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_11&index=3
  */
 post: Verb<PostSecapiPayReverseOptions, PostSecapiPayReverseData>;
 postAsync: Verb<PostSecapiPayReverseOptions, PostSecapiPayReverseData>;
 chain: ChainFrom<"secapi/pay/reverse">;
}

/** `secsvc` */
export interface SecsvcNode {
 /** `secsvc/getrealnameinfo` */ getrealnameinfo: Open<SecsvcGetrealnameinfoNode>;
 /** `secsvc/realnameauth` */ realnameauth: Open<SecsvcRealnameauthNode>;
 chain: ChainFrom<"secsvc">;
}

/** `secsvc/getrealnameinfo` */
export interface SecsvcGetrealnameinfoNode {
 /**
  * 微信支付实名授权 `POST /secsvc/getrealnameinfo`
  *
  * Served from https://fraud.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauthorization.php?chapter=60_5&index=1
  */
 post: Verb<PostSecsvcGetrealnameinfoOptions, PostSecsvcGetrealnameinfoData>;
 postAsync: Verb<PostSecsvcGetrealnameinfoOptions, PostSecsvcGetrealnameinfoData>;
 chain: ChainFrom<"secsvc/getrealnameinfo">;
}

/** `secsvc/realnameauth` */
export interface SecsvcRealnameauthNode {
 /**
  * 微信支付实名验证 `POST /secsvc/realnameauth`
  *
  * Served from https://fraud.mch.weixin.qq.com/ (give it as the call's `baseURL`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
  */
 post: Verb<PostSecsvcRealnameauthOptions, PostSecsvcRealnameauthData>;
 postAsync: Verb<PostSecsvcRealnameauthOptions, PostSecsvcRealnameauthData>;
 chain: ChainFrom<"secsvc/realnameauth">;
}

/** `tools` */
export interface ToolsNode {
 /** `tools/authcodetoopenid` */ authcodetoopenid: Open<ToolsAuthcodetoopenidNode>;
 /** `tools/shorturl` */ shorturl: Open<ToolsShorturlNode>;
 chain: ChainFrom<"tools">;
}

/** `tools/authcodetoopenid` */
export interface ToolsAuthcodetoopenidNode {
 /**
  * 授权码查询openid `POST /tools/authcodetoopenid`
  * @see https://pay.weixin.qq.com/wiki/doc/api/micropay_sl.php?chapter=9_12&index=8
  */
 post: Verb<PostToolsAuthcodetoopenidOptions, PostToolsAuthcodetoopenidData>;
 postAsync: Verb<PostToolsAuthcodetoopenidOptions, PostToolsAuthcodetoopenidData>;
 chain: ChainFrom<"tools/authcodetoopenid">;
}

/** `tools/shorturl` */
export interface ToolsShorturlNode {
 /**
  * 转换短链接 `POST /tools/shorturl`
  * @see https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_9&index=10
  */
 post: Verb<PostToolsShorturlOptions, PostToolsShorturlData>;
 postAsync: Verb<PostToolsShorturlOptions, PostToolsShorturlData>;
 chain: ChainFrom<"tools/shorturl">;
}

/** `transit` */
export interface TransitNode {
 /** `transit/partnerpay` */ partnerpay: Open<TransitPartnerpayNode>;
 /** `transit/pay` */ pay: Open<TransitPayNode>;
 /** `transit/queryorder` */ queryorder: Open<TransitQueryorderNode>;
 chain: ChainFrom<"transit">;
}

/** `transit/partnerpay` */
export interface TransitPartnerpayNode {
 /** `transit/partnerpay/payapply` */ payapply: Open<TransitPartnerpayPayapplyNode>;
 /** `transit/partnerpay/queryorder` */ queryorder: Open<TransitPartnerpayQueryorderNode>;
 /** `transit/partnerpay/querystate` */ querystate: Open<TransitPartnerpayQuerystateNode>;
 chain: ChainFrom<"transit/partnerpay">;
}

/** `transit/partnerpay/payapply` */
export interface TransitPartnerpayPayapplyNode {
 /**
  * 申请扣款 `POST /transit/partnerpay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_99&index=5
  */
 post: Verb<PostTransitPartnerpayPayapplyOptions, PostTransitPartnerpayPayapplyData>;
 postAsync: Verb<PostTransitPartnerpayPayapplyOptions, PostTransitPartnerpayPayapplyData>;
 chain: ChainFrom<"transit/partnerpay/payapply">;
}

/** `transit/partnerpay/queryorder` */
export interface TransitPartnerpayQueryorderNode {
 /**
  * 查询订单 `POST /transit/partnerpay/queryorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_96&index=7&p=202
  */
 post: Verb<PostTransitPartnerpayQueryorderOptions, PostTransitPartnerpayQueryorderData>;
 postAsync: Verb<PostTransitPartnerpayQueryorderOptions, PostTransitPartnerpayQueryorderData>;
 chain: ChainFrom<"transit/partnerpay/queryorder">;
}

/** `transit/partnerpay/querystate` */
export interface TransitPartnerpayQuerystateNode {
 /**
  * 查询用户状态接口 `POST /transit/partnerpay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_96&index=5
  */
 post: Verb<PostTransitPartnerpayQuerystateOptions, PostTransitPartnerpayQuerystateData>;
 postAsync: Verb<PostTransitPartnerpayQuerystateOptions, PostTransitPartnerpayQuerystateData>;
 chain: ChainFrom<"transit/partnerpay/querystate">;
}

/** `transit/pay` */
export interface TransitPayNode {
 /** `transit/pay/payapply` */ payapply: Open<TransitPayPayapplyNode>;
 /** `transit/pay/querystate` */ querystate: Open<TransitPayQuerystateNode>;
 chain: ChainFrom<"transit/pay">;
}

/** `transit/pay/payapply` */
export interface TransitPayPayapplyNode {
 /**
  * 申请扣款 `POST /transit/pay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_99&index=5
  */
 post: Verb<PostTransitPayPayapplyOptions, PostTransitPayPayapplyData>;
 postAsync: Verb<PostTransitPayPayapplyOptions, PostTransitPayPayapplyData>;
 chain: ChainFrom<"transit/pay/payapply">;
}

/** `transit/pay/querystate` */
export interface TransitPayQuerystateNode {
 /**
  * 查询用户状态接口 `POST /transit/pay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_96&index=12
  */
 post: Verb<PostTransitPayQuerystateOptions, PostTransitPayQuerystateData>;
 postAsync: Verb<PostTransitPayQuerystateOptions, PostTransitPayQuerystateData>;
 chain: ChainFrom<"transit/pay/querystate">;
}

/** `transit/queryorder` */
export interface TransitQueryorderNode {
 /**
  * 查询订单 `POST /transit/queryorder`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_96&index=7
  */
 post: Verb<PostTransitQueryorderOptions, PostTransitQueryorderData>;
 postAsync: Verb<PostTransitQueryorderOptions, PostTransitQueryorderData>;
 chain: ChainFrom<"transit/queryorder">;
}

/** `vehicle` */
export interface VehicleNode {
 /** `vehicle/partnerpay` */ partnerpay: Open<VehiclePartnerpayNode>;
 /** `vehicle/pay` */ pay: Open<VehiclePayNode>;
 chain: ChainFrom<"vehicle">;
}

/** `vehicle/partnerpay` */
export interface VehiclePartnerpayNode {
 /** `vehicle/partnerpay/notification` */ notification: Open<VehiclePartnerpayNotificationNode>;
 /** `vehicle/partnerpay/payapply` */ payapply: Open<VehiclePartnerpayPayapplyNode>;
 /** `vehicle/partnerpay/querystate` */ querystate: Open<VehiclePartnerpayQuerystateNode>;
 chain: ChainFrom<"vehicle/partnerpay">;
}

/** `vehicle/partnerpay/notification` */
export interface VehiclePartnerpayNotificationNode {
 /**
  * 用户入场通知api `POST /vehicle/partnerpay/notification`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_992&index=1&p=202
  */
 post: Verb<PostVehiclePartnerpayNotificationOptions, PostVehiclePartnerpayNotificationData>;
 postAsync: Verb<PostVehiclePartnerpayNotificationOptions, PostVehiclePartnerpayNotificationData>;
 chain: ChainFrom<"vehicle/partnerpay/notification">;
}

/** `vehicle/partnerpay/payapply` */
export interface VehiclePartnerpayPayapplyNode {
 /**
  * 申请扣款 `POST /vehicle/partnerpay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_982&index=2&p=202
  */
 post: Verb<PostVehiclePartnerpayPayapplyOptions, PostVehiclePartnerpayPayapplyData>;
 postAsync: Verb<PostVehiclePartnerpayPayapplyOptions, PostVehiclePartnerpayPayapplyData>;
 chain: ChainFrom<"vehicle/partnerpay/payapply">;
}

/** `vehicle/partnerpay/querystate` */
export interface VehiclePartnerpayQuerystateNode {
 /**
  * 用户状态查询 `POST /vehicle/partnerpay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_93&index=9&p=202
  */
 post: Verb<PostVehiclePartnerpayQuerystateOptions, PostVehiclePartnerpayQuerystateData>;
 postAsync: Verb<PostVehiclePartnerpayQuerystateOptions, PostVehiclePartnerpayQuerystateData>;
 chain: ChainFrom<"vehicle/partnerpay/querystate">;
}

/** `vehicle/pay` */
export interface VehiclePayNode {
 /** `vehicle/pay/notification` */ notification: Open<VehiclePayNotificationNode>;
 /** `vehicle/pay/payapply` */ payapply: Open<VehiclePayPayapplyNode>;
 /** `vehicle/pay/querystate` */ querystate: Open<VehiclePayQuerystateNode>;
 chain: ChainFrom<"vehicle/pay">;
}

/** `vehicle/pay/notification` */
export interface VehiclePayNotificationNode {
 /**
  * 用户入场通知api `POST /vehicle/pay/notification`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_992&index=1
  */
 post: Verb<PostVehiclePayNotificationOptions, PostVehiclePayNotificationData>;
 postAsync: Verb<PostVehiclePayNotificationOptions, PostVehiclePayNotificationData>;
 chain: ChainFrom<"vehicle/pay/notification">;
}

/** `vehicle/pay/payapply` */
export interface VehiclePayPayapplyNode {
 /**
  * 申请扣款 `POST /vehicle/pay/payapply`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_982&index=1
  */
 post: Verb<PostVehiclePayPayapplyOptions, PostVehiclePayPayapplyData>;
 postAsync: Verb<PostVehiclePayPayapplyOptions, PostVehiclePayPayapplyData>;
 chain: ChainFrom<"vehicle/pay/payapply">;
}

/** `vehicle/pay/querystate` */
export interface VehiclePayQuerystateNode {
 /**
  * 用户状态查询 `POST /vehicle/pay/querystate`
  * @see https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_93&index=9
  */
 post: Verb<PostVehiclePayQuerystateOptions, PostVehiclePayQuerystateData>;
 postAsync: Verb<PostVehiclePayQuerystateOptions, PostVehiclePayQuerystateData>;
 chain: ChainFrom<"vehicle/pay/querystate">;
}

/** `wxv` */
export interface WxvNode {
 /** `wxv/cancelbill` */ cancelbill: Open<WxvCancelbillNode>;
 /** `wxv/changerentmoney` */ changerentmoney: Open<WxvChangerentmoneyNode>;
 /** `wxv/createhotelbill` */ createhotelbill: Open<WxvCreatehotelbillNode>;
 /** `wxv/createrentbill` */ createrentbill: Open<WxvCreaterentbillNode>;
 /** `wxv/finishhotelbill` */ finishhotelbill: Open<WxvFinishhotelbillNode>;
 /** `wxv/finishrentbill` */ finishrentbill: Open<WxvFinishrentbillNode>;
 /** `wxv/queryhotelbill` */ queryhotelbill: Open<WxvQueryhotelbillNode>;
 /** `wxv/queryrentbill` */ queryrentbill: Open<WxvQueryrentbillNode>;
 chain: ChainFrom<"wxv">;
}

/** `wxv/cancelbill` */
export interface WxvCancelbillNode {
 /**
  * 撤销租借订单 `POST /wxv/cancelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_3&index=4
  */
 post: Verb<PostWxvCancelbillOptions, PostWxvCancelbillData>;
 postAsync: Verb<PostWxvCancelbillOptions, PostWxvCancelbillData>;
 chain: ChainFrom<"wxv/cancelbill">;
}

/** `wxv/changerentmoney` */
export interface WxvChangerentmoneyNode {
 /**
  * 修改租借订单 `POST /wxv/changerentmoney`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_5&index=6
  */
 post: Verb<PostWxvChangerentmoneyOptions, PostWxvChangerentmoneyData>;
 postAsync: Verb<PostWxvChangerentmoneyOptions, PostWxvChangerentmoneyData>;
 chain: ChainFrom<"wxv/changerentmoney">;
}

/** `wxv/createhotelbill` */
export interface WxvCreatehotelbillNode {
 /**
  * 创建速住订单 `POST /wxv/createhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_1&index=2
  */
 post: Verb<PostWxvCreatehotelbillOptions, PostWxvCreatehotelbillData>;
 postAsync: Verb<PostWxvCreatehotelbillOptions, PostWxvCreatehotelbillData>;
 chain: ChainFrom<"wxv/createhotelbill">;
}

/** `wxv/createrentbill` */
export interface WxvCreaterentbillNode {
 /**
  * 创建租借订单 `POST /wxv/createrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_1&index=2
  */
 post: Verb<PostWxvCreaterentbillOptions, PostWxvCreaterentbillData>;
 postAsync: Verb<PostWxvCreaterentbillOptions, PostWxvCreaterentbillData>;
 chain: ChainFrom<"wxv/createrentbill">;
}

/** `wxv/finishhotelbill` */
export interface WxvFinishhotelbillNode {
 /**
  * 完结速住订单 `POST /wxv/finishhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_4&index=5
  */
 post: Verb<PostWxvFinishhotelbillOptions, PostWxvFinishhotelbillData>;
 postAsync: Verb<PostWxvFinishhotelbillOptions, PostWxvFinishhotelbillData>;
 chain: ChainFrom<"wxv/finishhotelbill">;
}

/** `wxv/finishrentbill` */
export interface WxvFinishrentbillNode {
 /**
  * 完结租借订单 `POST /wxv/finishrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_4&index=5
  */
 post: Verb<PostWxvFinishrentbillOptions, PostWxvFinishrentbillData>;
 postAsync: Verb<PostWxvFinishrentbillOptions, PostWxvFinishrentbillData>;
 chain: ChainFrom<"wxv/finishrentbill">;
}

/** `wxv/queryhotelbill` */
export interface WxvQueryhotelbillNode {
 /**
  * 查询速住订单 `POST /wxv/queryhotelbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_2&index=3
  */
 post: Verb<PostWxvQueryhotelbillOptions, PostWxvQueryhotelbillData>;
 postAsync: Verb<PostWxvQueryhotelbillOptions, PostWxvQueryhotelbillData>;
 chain: ChainFrom<"wxv/queryhotelbill">;
}

/** `wxv/queryrentbill` */
export interface WxvQueryrentbillNode {
 /**
  * 查询租借订单 `POST /wxv/queryrentbill`
  *
  * Sent with the merchant API certificate (mutual TLS), as the descriptions require.
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_2&index=3
  */
 post: Verb<PostWxvQueryrentbillOptions, PostWxvQueryrentbillData>;
 postAsync: Verb<PostWxvQueryrentbillOptions, PostWxvQueryrentbillData>;
 chain: ChainFrom<"wxv/queryrentbill">;
}

/** `xdc` */
export interface XdcNode {
 /** `xdc/apiv2getsignkey` */ apiv2getsignkey: Open<XdcApiv2getsignkeyNode>;
 /** `xdc/apiv2sandbox` */ apiv2sandbox: Open<XdcApiv2sandboxNode>;
 chain: ChainFrom<"xdc">;
}

/** `xdc/apiv2getsignkey` */
export interface XdcApiv2getsignkeyNode {
 /** `xdc/apiv2getsignkey/sign` */ sign: Open<XdcApiv2getsignkeySignNode>;
 chain: ChainFrom<"xdc/apiv2getsignkey">;
}

/** `xdc/apiv2getsignkey/sign` */
export interface XdcApiv2getsignkeySignNode {
 /** `xdc/apiv2getsignkey/sign/getsignkey` */ getsignkey: Open<XdcApiv2getsignkeySignGetsignkeyNode>;
 chain: ChainFrom<"xdc/apiv2getsignkey/sign">;
}

/** `xdc/apiv2getsignkey/sign/getsignkey` */
export interface XdcApiv2getsignkeySignGetsignkeyNode {
 /**
  * 获取验签密钥API `POST /xdc/apiv2getsignkey/sign/getsignkey`
  *
  * WeChat Pay answers it without a `sign`.
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2getsignkeySignGetsignkeyOptions, PostXdcApiv2getsignkeySignGetsignkeyData>;
 postAsync: Verb<PostXdcApiv2getsignkeySignGetsignkeyOptions, PostXdcApiv2getsignkeySignGetsignkeyData>;
 chain: ChainFrom<"xdc/apiv2getsignkey/sign/getsignkey">;
}

/** `xdc/apiv2sandbox` */
export interface XdcApiv2sandboxNode {
 /** `xdc/apiv2sandbox/pay` */ pay: Open<XdcApiv2sandboxPayNode>;
 chain: ChainFrom<"xdc/apiv2sandbox">;
}

/** `xdc/apiv2sandbox/pay` */
export interface XdcApiv2sandboxPayNode {
 /** `xdc/apiv2sandbox/pay/micropay` */ micropay: Open<XdcApiv2sandboxPayMicropayNode>;
 /** `xdc/apiv2sandbox/pay/orderquery` */ orderquery: Open<XdcApiv2sandboxPayOrderqueryNode>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay">;
}

/** `xdc/apiv2sandbox/pay/micropay` */
export interface XdcApiv2sandboxPayMicropayNode {
 /**
  * 提交付款码支付 `POST /xdc/apiv2sandbox/pay/micropay`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2sandboxPayMicropayOptions, PostXdcApiv2sandboxPayMicropayData>;
 postAsync: Verb<PostXdcApiv2sandboxPayMicropayOptions, PostXdcApiv2sandboxPayMicropayData>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay/micropay">;
}

/** `xdc/apiv2sandbox/pay/orderquery` */
export interface XdcApiv2sandboxPayOrderqueryNode {
 /**
  * 查询订单 `POST /xdc/apiv2sandbox/pay/orderquery`
  * @see https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
  */
 post: Verb<PostXdcApiv2sandboxPayOrderqueryOptions, PostXdcApiv2sandboxPayOrderqueryData>;
 postAsync: Verb<PostXdcApiv2sandboxPayOrderqueryOptions, PostXdcApiv2sandboxPayOrderqueryData>;
 chain: ChainFrom<"xdc/apiv2sandbox/pay/orderquery">;
}
