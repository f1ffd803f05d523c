// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 创建电子发票卡券模板: request body */
export interface PostV3NewTaxControlFapiaoCardTemplateBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 插卡公众号AppID @example wxb1170446a4c0a5a2 */ card_appid: string;
 /** 卡券模板信息 */ card_template_information: {
  /** 收款方名称 @example 某公司 */ payee_name?: string;
  /** 卡券logo地址 */ logo_url: string;
  /** 卡券自定义cell位配置 */ custom_cell?: {
   /** cell位文字 @example 电子发票 */ words: string;
   /** cell位描述 @example 查看发票 */ description: string;
   /** 点击cell位跳转的地址 @example http://www.qq.com */ jump_url?: string;
   /** 点击cell位跳转的小程序的用户名 @example gh_86a091e50ad4\@app */ miniprogram_user_name?: string;
   /** 点击cell位跳转的小程序的页面路径 @example pages/xxxPage */ miniprogram_path?: string;
  };
 };
}
/** 创建电子发票卡券模板: options */
export interface PostV3NewTaxControlFapiaoCardTemplateOptions extends CallOptions {
 json: PostV3NewTaxControlFapiaoCardTemplateBody;
}
/** 创建电子发票卡券模板: response body */
export interface PostV3NewTaxControlFapiaoCardTemplateData {
 /** 插卡公众号AppID */ card_appid: string;
 /** 卡券模板id */ card_id: string;
}

/** 开具电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 开票场景 @example WITH_WECHATPAY */ scene: string;
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 /** 购买方信息 */ buyer_information: {
  /** 购买方类型 @example ORGANIZATION */ type: string;
  /** 名称 @example 深圳市南山区测试企业 */ name: string;
  /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id?: string;
  /** 地址 @example 深圳市南山区深南大道10000号 */ address?: string;
  /** 电话 @example 075512345678 */ telephone?: string;
  /** 开户银行 @example 测试银行 */ bank_name?: string;
  /** 银行账号 @example 62001234567890 */ bank_account?: string;
  /** 手机号 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ phone?: string;
  /** 邮箱地址 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ email?: string;
 };
 /** 需要开具的发票信息 */ fapiao_information: Array<{
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 是否以清单形式开具发票 */ need_list: boolean;
  /** 发票备注 @example 备注 */ remark?: string;
  /** 发票行信息 */ items: Array<{
   /** 税局侧规定的货物或应税劳务、服务税收分类编码 @example 3010101020203000000 */ tax_code: string;
   /** 税局侧规定的货物或应税劳务、服务分类名称 @example 运输服务 */ goods_category?: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name?: string;
   /** 企业侧维护的货物或应税劳务、服务编码 @example 1 */ goods_id?: number;
   /** 规格型号 @example A4 */ specification?: string;
   /** 单位 @example 次 */ unit?: string;
   /** 数量 @example 100000000 */ quantity: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate?: number;
   /** 税收优惠政策标识 @example NO_FAVORABLE */ tax_prefer_mark?: string;
   /** 是否折扣行 */ discount: boolean;
  }>;
 }>;
}
/** 开具电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsBody;
}
/** 开具电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsData = unknown;

/** 开具通用行业电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 /** 购买方信息 */ buyer_information: BuyerInformation;
 /** 需要开具的数电发票信息 */ fapiao_information: {
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 发票行信息 */ items: Array<{
   /** 税局侧规定的货物或应税劳务、服务税收分类编码 @example 3010101020203000000 */ tax_code: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name: string;
   /** 规格型号 @example A4 */ specification?: string;
   /** 单位 @example 次 */ unit?: string;
   /** 数量 @example 100000000 */ quantity?: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate: number;
   /** 是否折扣行 */ discount: boolean;
   /** 优惠政策标识 @example 1 */ preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
  }>;
  /** 出口业务适用政策代码 @example 1 */ export_business_policy_code?: 1 | 2 | 3;
  /** 增值税即征即退代码 @example 1 */ vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
  /** 开票人ID @example 128279891283 */ billing_person_id: string;
  /** 开票人名称 @example example_billing_person */ billing_person?: string;
  /** 发票类型 @example COMM_FAPIAO */ fapiao_bill_type: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 交易信息 */ transaction_information: TransactionInformation[];
  /** 发票备注 @example 备注 */ remark?: string;
 };
}
/** 开具通用行业电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralBody;
}
/** 开具通用行业电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralData = unknown;

/** 开具旅客运输行业电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 /** 购买方信息 */ buyer_information: BuyerInformation;
 /** 需要开具的数电发票信息 */ fapiao_information: {
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 发票行信息 */ items: Array<{
   /** 税局侧规定的货物或应税劳务、服务税收分类编码 @example 3010101020203000000 */ tax_code: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name: string;
   /** 规格型号 @example A4 */ specification?: string;
   /** 单位 */ unit?: string;
   /** 数量 @example 100000000 */ quantity?: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate: number;
   /** 是否折扣行 */ discount: boolean;
   /** 优惠政策标识 @example 1 */ preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
   /** 出行人额外信息 */ passenger_information?: {
    /** 出行人名称 @example 张三 */ name: string;
    /** 出行人证件类型 @example IDENTITY_CARD */ certificate_type: "IDENTITY_CARD" | "PASSPORT" | "HONG_KONG_PERMIT" | "MACAO_PERMIT" | "TAIWAN_PERMIT" | "FOREIGNER_RESIDENCE_PERMIT" | "HONG_KONG_RESIDENT_CARD" | "MACAO_RESIDENT_CARD" | "TAIWAN_RESIDENT_CARD" | "MILITARY_OFFICER_CARD" | "ARMED_POLICE_OFFICER_CARD" | "SOLDIER_CARD" | "HOMECOMING_CERT" | "TAIWAN_COMPATRIOT_CERT";
    /** 证件号码 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ certificate_number: string;
    /** 出行日期 @example 2026-07-01T00:00:00+08:00 */ departure_date: string;
    /** 出发地 @example 北京市朝阳区 */ departure_place: string;
    /** 目的地 @example 上海市浦东新区 */ destination: string;
    /** 交通工具类型 @example LONG_DISTANCE_BUS */ transportation_type: "LONG_DISTANCE_BUS" | "PUBLIC_TRANSPORTATION" | "CAR" | "SHIP" | "OTHER_TRANSPORTATION";
    /** 交通工具等级 @example SHIP_FIRST_CLASS_CABIN */ transportation_classes?: "SHIP_FIRST_CLASS_CABIN" | "SHIP_SECOND_CLASS_CABIN" | "SHIP_THIRD_CLASS_CABIN";
   };
  }>;
  /** 出口业务适用政策代码 @example 1 */ export_business_policy_code?: 1 | 2 | 3;
  /** 增值税即征即退代码 @example 1 */ vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
  /** 开票人ID @example 187776276864872 */ billing_person_id: string;
  /** 开票人名称 @example **伟 0020 */ billing_person?: string;
  /** 发票类型 @example COMM_FAPIAO */ fapiao_bill_type: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 交易信息 */ transaction_information: TransactionInformation[];
  /** 发票备注 @example 备注 */ remark?: string;
 };
}
/** 开具旅客运输行业电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportBody;
}
/** 开具旅客运输行业电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportData = unknown;

/** 开具成品油行业电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 /** 购买方信息 */ buyer_information: BuyerInformation;
 /** 需要开具的数电发票信息 */ fapiao_information: {
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 发票行信息 */ items: Array<{
   /** 税局侧规定的货物或应税劳务、服务税收分类编码 @example 3010101020203000000 */ tax_code: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name: string;
   /** 规格型号 @example A4 */ specification?: string;
   /** 成品油单位 @example TON */ unit?: "TON" | "LETER";
   /** 数量 @example 100000000 */ quantity?: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate: number;
   /** 是否折扣行 */ discount: boolean;
   /** 优惠政策标识 @example 1 */ preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
   /** 成品油行业额外信息 */ refined_oil_information?: {
    /** 成品油站点 @example 中国石油(江北红旗河沟加油站) */ station: string;
    /** 交易时间 @example 2025-07-01T00:00:00+08:00 */ trade_time: string;
    /** 加油枪号码 @example 1号枪 */ gun_number: string;
   };
  }>;
  /** 出口业务适用政策代码 @example 1 */ export_business_policy_code?: 1 | 2 | 3;
  /** 增值税即征即退代码 @example 1 */ vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
  /** 开票人ID @example 187776276864872 */ billing_person_id: string;
  /** 开票人名称 @example **伟 0020 */ billing_person?: string;
  /** 发票类型 @example COMM_FAPIAO */ fapiao_bill_type: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 交易信息 */ transaction_information: TransactionInformation[];
  /** 发票备注 @example 备注 */ remark?: string;
 };
}
/** 开具成品油行业电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilBody;
}
/** 开具成品油行业电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilData = unknown;

/** 开具不动产租赁行业电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 /** 购买方信息 */ buyer_information: {
  /** 购买方类型 @example INDIVIDUAL */ type: "INDIVIDUAL" | "ORGANIZATION";
  /** 名称 @example 深圳市南山区测试企业 */ name: string;
  /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id?: string;
  /** 地址 @example 深圳市南山区深南大道10000号 */ address?: string;
  /** 电话 @example 075512345678 */ telephone?: string;
  /** 开户银行 @example 测试银行 */ bank_name?: string;
  /** 银行账号 @example 62001234567890 */ bank_account?: string;
  /** 手机号 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ phone?: string;
  /** 邮箱地址 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ email?: string;
  /** 订单金额 @example 1000 */ amount?: number;
  /** 商户订单号 @example order_20200701_123456 */ out_trade_no?: string;
  /** 开具的发票类型 @example COMM_FAPIAO */ fapiao_bill_type?: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 留言信息 @example 用户留言 */ user_apply_message?: string;
 };
 /** 需要开具的数电发票信息 */ fapiao_information: {
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 发票行信息 */ items: Array<{
   /** 税局侧规定的货物或应税劳务、服务税收分类编码 @example 3010101020203000000 */ tax_code: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name: string;
   /** 规格型号 @example A4 */ specification?: string;
   /** 单位 @example 次 */ unit?: string;
   /** 数量 @example 100000000 */ quantity?: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate: number;
   /** 是否折扣行 */ discount: boolean;
   /** 优惠政策标识 @example 1 */ preferential_policy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
   /** 不动产租赁特定行业额外信息 */ real_estate_leasing_information?: {
    /** 不动产坐落省份 @example 重庆市 */ province: string;
    /** 不动产坐落城市 @example 涪陵区 */ city?: string;
    /** 不动产坐落地址 @example xx街道xx小区 */ address: string;
    /** 租赁期起 @example 2025-01-01T10:00:00+08:00 */ lease_period_start: string;
    /** 租赁期止 @example 2025-07-01T10:00:00+08:00 */ lease_period_end: string;
    /** 跨地 */ cross_city_flag: boolean;
    /** 产权证书/不动产权证号 @example OVgc/slzCvzSebaz46sUA4tJmm5GbN */ certificate_no?: string;
    /** 车牌号 */ plate_no?: string[];
   };
  }>;
  /** 出口业务适用政策代码 @example 1 */ export_business_policy_code?: 1 | 2 | 3;
  /** 增值税即征即退代码 @example 1 */ vat_refund_levy_code?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
  /** 开票人ID @example 128279891283 */ billing_person_id: string;
  /** 开票人名称 @example example_billing_person */ billing_person?: string;
  /** 发票类型 @example COMM_FAPIAO */ fapiao_bill_type: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 交易信息 */ transaction_information: TransactionInformation[];
  /** 发票备注 @example 备注 */ remark?: string;
 };
}
/** 开具不动产租赁行业电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingBody;
}
/** 开具不动产租赁行业电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingData = unknown;

/** The parts of the multipart/form-data body of POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file. */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileForm {
 /** 电子发票文件二进制数据流 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 微信支付分配的子商户号 */ sub_mchid?: string;
  /** 发票文件的类型为PDF @example PDF */ file_type: string;
  /** 文件摘要算法 @example SM3 */ digest_alogrithm: string;
  /** 文件摘要 */ digest: string;
 };
}
/** 上传电子发票文件: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 上传电子发票文件: response body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileData {
 /** 电子发票文件ID */ fapiao_media_id: string;
}

/** 查询电子发票: options */
export interface GetV3NewTaxControlFapiaoFapiaoApplicationsOptions extends CallOptions {
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 商户发票单号 @example 20200701123456 */ fapiao_id?: string;
 };
}
/** 查询电子发票: response body */
export interface GetV3NewTaxControlFapiaoFapiaoApplicationsData {
 /** 发票数量 */ total_count: number;
 /** 发票信息 */ fapiao_information: Array<{
  /** 商户发票单号 */ fapiao_id: string;
  /** 发票状态 */ status: "ISSUE_ACCEPTED" | "ISSUED" | "REVERSE_ACCEPTED" | "REVERSED" | "ISSUE_FAILED" | "REVERSE_FAILED";
  /** 蓝字发票信息 */ blue_fapiao?: BlueFapiao;
  /** 红字发票信息 */ red_fapiao?: BlueFapiao;
  /** 电子发票插卡信息 */ card_information?: {
   /** 插卡公众号AppID */ card_appid: string;
   /** 用户在插卡公众号下的OpenID */ card_openid: string;
   /** 电子发票卡券模板ID */ card_id?: string;
   /** 电子发票在卡包中的编码 */ card_code?: string;
   /** 发票卡券状态 */ card_status: "INSERT_ACCEPTED" | "INSERTED" | "DISCARD_ACCEPTED" | "DISCARDED";
  };
  /** 总价税合计 */ total_amount: number;
  /** 总税额 */ tax_amount: number;
  /** 总金额 */ amount: number;
  /** 销售方信息 */ seller_information: SellerInformation;
  /** 购买方信息 */ buyer_information: NewTaxControlFapiaoBuyerInformation;
  /** 附加信息 */ extra_information: {
   /** 收款人 */ payee?: string;
   /** 复核人 */ reviewer?: string;
   /** 开票人 */ drawer: string;
  };
  /** 发票行信息 */ items: Array<{
   /** 货物或应税劳务、服务编码 */ tax_code: string;
   /** 货物或应税劳务、服务名称 */ goods_name: string;
   /** 规格型号 */ specification?: string;
   /** 单位 */ unit?: string;
   /** 数量 */ quantity: number;
   /** 单价 */ unit_price: number;
   /** 单行金额 */ amount: number;
   /** 单行税额 */ tax_amount: number;
   /** 单行金额合计 */ total_amount: number;
   /** 税率 */ tax_rate: number;
   /** 税收优惠政策标识 */ tax_prefer_mark: "NO_FAVORABLE" | "OUTSIDE_VAT" | "VAT_EXEMPT" | "NORMAL_ZERO_RATED" | "EXPORT_ZERO_RATED";
   /** 是否折扣行 */ discount: boolean;
  }>;
  /** 备注信息 */ remark?: string;
  /** 开票失败错误码 */ fapiao_error_code?: string;
  /** 开票失败原因 */ fapiao_error_message?: string;
 }>;
}

/** 获取发票下载信息: options */
export interface GetV3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesOptions extends CallOptions {
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
 };
}
/** 获取发票下载信息: response body */
export interface GetV3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesData {
 /** 发票列表 */ fapiao_download_info_list?: Array<{
  /** 商户发票单号 */ fapiao_id?: string;
  /** 发票文件下载地址 */ download_url?: string;
  /** 发票状态 */ status?: "ISSUE_ACCEPTED" | "ISSUED" | "REVERSE_ACCEPTED" | "REVERSED" | "ISSUE_FAILED" | "REVERSE_FAILED";
 }>;
}

/** 将电子发票插入微信用户卡包: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 插卡场景 @example WITH_WECHATPAY */ scene: "WITH_WECHATPAY" | "WITHOUT_WECHATPAY";
 /** 购买方信息 */ buyer_information: {
  /** 购买方类型 @example ORGANIZATION */ type: "INDIVIDUAL" | "ORGANIZATION";
  /** 名称 @example 深圳市南山区测试企业 */ name: string;
  /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id?: string;
  /** 地址 @example 深圳市南山区深南大道10000号 */ address?: string;
  /** 电话 @example 075512345678 */ telephone?: string;
  /** 开户银行 @example 测试银行 */ bank_name?: string;
  /** 银行账号 @example 62001234567890 */ bank_account?: string;
  /** 手机号 @example 18507550000 */ phone?: string;
  /** 邮箱地址 @example 123110\@qq.com */ email?: string;
  /** 订单金额 @example 1000 */ amount?: number;
  /** 商户订单号 @example order_20200701_123456 */ out_trade_no?: string;
  /** 开具的发票类型 @example COMM_FAPIAO */ fapiao_bill_type?: "COMM_FAPIAO" | "VAT_FAPIAO";
  /** 留言信息 @example 用户留言 */ user_apply_message?: string;
 };
 /** 电子发票卡券信息列表 */ fapiao_card_information: Array<{
  /** 电子发票文件ID @example ASNFZ4mrze/+3LqYdlQyEA== */ fapiao_media_id: string;
  /** 发票号码 @example 12897794 */ fapiao_number: string;
  /** 发票代码 @example 044001911211 */ fapiao_code: string;
  /** 开票时间 @example 2020-07-01T12:00:00+08:00 */ fapiao_time: string;
  /** 校验码 @example 69001808340631374774 */ check_code: string;
  /** 密码 @example 006>299-375/326>2+7/*0-+<3510 */ password: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 总税额 @example 44050 */ tax_amount: number;
  /** 总金额 @example 338845 */ amount: number;
  /** 销售方信息 */ seller_information: {
   /** 名称 @example 深圳市南山区测试公司 */ name: string;
   /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id: string;
   /** 地址 @example 深圳市南山区深南大道10000号 */ address: string;
   /** 电话 @example 075512345678 */ telephone?: string;
   /** 开户银行 @example 测试银行 */ bank_name?: string;
   /** 银行账号 @example 62001234567890 */ bank_account?: string;
  };
  /** 附加信息 */ extra_information: {
   /** 收款人 @example 张三 */ payee?: string;
   /** 复核人 @example 李四 */ reviewer?: string;
   /** 开票人 @example 王五 */ drawer: string;
  };
  /** 发票行信息 */ items: Array<{
   /** 货物或应税劳务、服务编码 @example 3010101020203000000 */ tax_code: string;
   /** 货物或应税劳务、服务名称 @example 出租汽车客运服务 */ goods_name: string;
   /** 规格型号 @example A4 */ specification?: string;
   /** 单位 @example 次 */ unit?: string;
   /** 数量 @example 100000000 */ quantity: number;
   /** 单价 @example 380442000000 */ unit_price: number;
   /** 单行金额 @example 380442 */ amount: number;
   /** 单行税额 @example 49458 */ tax_amount: number;
   /** 单行金额合计 @example 429900 */ total_amount: number;
   /** 税率 @example 1300 */ tax_rate: number;
   /** 税收优惠政策标识 @example NO_FAVORABLE */ tax_prefer_mark: "NO_FAVORABLE" | "OUTSIDE_VAT" | "VAT_EXEMPT" | "NORMAL_ZERO_RATED" | "EXPORT_ZERO_RATED";
   /** 是否折扣行 */ discount: boolean;
  }>;
  /** 备注信息 @example 备注 */ remark?: string;
 }>;
}
/** 将电子发票插入微信用户卡包: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsOptions extends CallOptions {
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsBody;
}
/** 将电子发票插入微信用户卡包: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsData = unknown;

/** 冲红电子发票: request body */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsReverseBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 冲红原因 @example 退款 */ reverse_reason: "ISSUE_ERROR" | "SALES_RETURN" | "SERVICE_SUSPENTION" | "SALES_DISCOUNT";
 /** 需要冲红的发票信息 */ fapiao_information: Array<{
  /** 商户发票单号 @example 20200701123456 */ fapiao_id: string;
  /** 发票代码 @example 044001911211 */ fapiao_code?: string;
  /** 发票号码 @example 12897794 */ fapiao_number: string;
 }>;
}
/** 冲红电子发票: options */
export interface PostV3NewTaxControlFapiaoFapiaoApplicationsReverseOptions extends CallOptions {
 /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 json: PostV3NewTaxControlFapiaoFapiaoApplicationsReverseBody;
}
/** 冲红电子发票: response body */
export type PostV3NewTaxControlFapiaoFapiaoApplicationsReverseData = unknown;

/** 获取邀请商户开通服务商电子发票能力: options */
export interface GetV3NewTaxControlFapiaoFapiaomerchantGetspinviteurlOptions extends CallOptions {
 query: {
  /** 操作类型 @example AUTH_BINDING */ operation_type: "AUTH_BINDING";
  /** 开票模式 @example THIRD_OR_SELF_FAPIAO */ fapiao_mode: "THIRD_OR_SELF_FAPIAO" | "TENCENT_DIGITAL_TAX";
  /** 发票能力类型 */ fapiao_ability_type_list?: Array<"BASE_ABILITY" | "REAL_ESTATE_ABILITY" | "PASSENGER_TRANSPORT_ABILITY" | "REFINED_OIL_ABILITY">;
  /** 服务商邀请渠道 @example miniprogram */ invite_channel?: string;
  /** 操作人员 @example mI7HGEJ4Q2B91IGjHZu/Gthm */ operate_user?: string;
  /** 服务商邀请code @example code_20200101_123 */ invite_code: string;
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 获取邀请商户开通服务商电子发票能力: response body */
export interface GetV3NewTaxControlFapiaoFapiaomerchantGetspinviteurlData {
 /** 邀请开通二维码链接 */ invite_url: string;
 /** 开通小程序AppID */ miniprogram_appid: string;
 /** 开通小程序跳转路径 */ miniprogram_path: string;
}

/** 获取邀请开通的商户信息: options */
export interface GetV3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoOptions extends CallOptions {
 query: {
  /** 查询时间起 @example 2020-07-01T12:00:00+08:00 */ query_time_start: string;
  /** 查询时间止 @example 2020-07-02T12:00:00+08:00 */ query_time_end: string;
  /** 本次查询的起始位置 @example 10 */ offset: number;
  /** 本次查询的最大数量 @example 1 */ limit: number;
  /** 服务商邀请code @example code_20200101_123 */ invite_code?: string;
  /** 商户邀请状态 @example MCH_INVITE_SUCC */ mch_invite_status: "MCH_INVITE_SUCC" | "MCH_INVITE_FAILED";
 };
}
/** 获取邀请开通的商户信息: response body */
export interface GetV3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoData {
 /** 总数 */ total_count: number;
 /** 本次查询的起始位置 */ offset: number;
 /** 本次查询的最大数量 */ limit: number;
 /** 相关链接 */ links?: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
 /** 邀请的商户结果 */ mch_invite_result_list?: Array<{
  /** 子商户号 */ sub_mchid?: string;
  /** 商户邀请的状态 */ mch_invite_status: "MCH_INVITE_SUCC" | "MCH_INVITE_FAILED";
  /** 商户名称 */ ep_name: string;
  /** 商户税号 */ tax_id: string;
  /** 服务商邀请code */ invite_code: string;
  /** 商户操作时间 */ operate_time: string;
  /** 商户邀请失败错误码 */ invite_failed_code?: "UNKNOWN_TAX_INFO" | "INVALID_COMPANY_INFO" | "NOT_MEET_ACCESS_CONDITION" | "NOT_IN_PILOT_SCOPE" | "MISSING_TAX_AUTHORITY_CODE" | "MERCHANT_INFO_NOT_SET" | "UNKNOWN_ERROR";
  /** 商户邀请失败的原因 */ invite_failed_reason?: string;
 }>;
}

/** 获取商户开票基础信息: options */
export interface GetV3NewTaxControlFapiaoMerchantBaseInformationOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
 };
}
/** 获取商户开票基础信息: response body */
export interface GetV3NewTaxControlFapiaoMerchantBaseInformationData {
 /** 销售方信息 */ seller_information: SellerInformation;
 /** 附加信息 */ extra_information: {
  /** 收款人 */ payee?: string;
  /** 复核人 */ reviewer?: string;
  /** 开票人 */ drawer: string;
 };
}

/** 查询商户配置的开发选项: options */
export interface GetV3NewTaxControlFapiaoMerchantDevelopmentConfigOptions extends CallOptions {
}
/** 查询商户配置的开发选项: response body */
export interface GetV3NewTaxControlFapiaoMerchantDevelopmentConfigData {
 /** 商户回调地址 */ callback_url: string;
 /** 全部账单展示开发票入口开关 */ show_fapiao_cell?: boolean;
 /** 商户是否支持开电子专票 */ support_vat_fapiao?: boolean;
}

/** 配置开发选项: request body */
export interface PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigBody {
 /** 商户回调地址 @example https://pay.weixin.qq.com/callback */ callback_url?: string;
 /** 子商户号 @example 1900000109 */ sub_mch_code?: string;
 /** 全部账单展示开发票入口开关 @example false */ show_fapiao_cell?: boolean;
 /** 商户是否支持开电子专票 @example false */ support_vat_fapiao?: boolean;
}
/** 配置开发选项: options */
export interface PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigOptions extends CallOptions {
 json: PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigBody;
}
/** 配置开发选项: response body */
export interface PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigData {
 /** 商户回调地址 */ callback_url: string;
 /** 全部账单展示开发票入口开关 */ show_fapiao_cell?: boolean;
 /** 商户是否支持开电子专票 */ support_vat_fapiao?: boolean;
}

/** 获取商品和服务税收分类对照表: options */
export interface GetV3NewTaxControlFapiaoMerchantTaxCodesOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 本次查询的起始位置 @example 0 */ offset: number;
  /** 本次查询的最大数量 @example 5 */ limit: number;
 };
}
/** 获取商品和服务税收分类对照表: response body */
export interface GetV3NewTaxControlFapiaoMerchantTaxCodesData {
 /** 本次查询的起始位置 */ offset: number;
 /** 本次查询的最大数量 */ limit: number;
 /** 相关链接 */ links?: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
 /** 本次查询到的数据 */ data: Array<{
  /** 由商户自定义的货物或应税劳务、服务名称 */ goods_name: string;
  /** 企业侧维护的货物或应税劳务、服务编码 */ goods_id?: number;
  /** 税局侧规定的货物或应税劳务、服务分类名称 */ goods_category?: string;
  /** 货物或应税劳务、服务编码 */ tax_code: string;
  /** 税率 */ tax_rate: number;
  /** 税收优惠政策标识 */ tax_prefer_mark: string;
 }>;
 /** 总记录数 */ total_count: number;
}

/** 检查子商户开票功能状态: options */
export interface PostV3NewTaxControlFapiaoMerchantCheckOptions extends CallOptions {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 检查子商户开票功能状态: response body */
export type PostV3NewTaxControlFapiaoMerchantCheckData = undefined;

/** 检查子商户开票功能状态: options */
export interface GetV3NewTaxControlFapiaoMerchantCheckStatusOptions extends CallOptions {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
}
/** 检查子商户开票功能状态: response body */
export interface GetV3NewTaxControlFapiaoMerchantCheckStatusData {
 /** 子商户号 */ sub_mchid: string;
 /** 第三方开票模式 */ third_mode?: {
  /** 第三方/自建发票能力接入状态 */ status: "DISABLED" | "ENABLED";
 };
 /** 数电发票模式 */ digital_tax_mode?: {
  /** 接入状态 */ status: "APPROVAL_PENDING" | "ACCESS_CONFIRMED_PENDING" | "ABILITY_CONFIRMED_PENDING" | "BILLING_PERSON_REGISTER_PENDING" | "BILLING_PERSON_CONFIRMED_PENDING" | "SECURITY_SETTING_PENDING" | "APPLY_FAILED" | "DISABLED" | "ENABLED" | "RESOURCE_EXPIRED";
  /** 开票人信息 */ billing_person_info?: {
   /** 开票人ID */ id?: string;
   /** 开票人姓名 */ name?: string;
  };
  /** 接入时间 */ access_time?: string;
  /** 过期时间 */ expired_time?: string;
  /** 接入失败原因 */ access_fail_reason?: string;
  /** 能力信息 */ ability_info?: Array<{
   /** 能力类型 */ type: "BASE_ABILITY" | "PASSENGER_TRANSPORT_ABILITY" | "REAL_ESTATE_ABILITY";
   /** 能力授权状态 */ status: "AUTHORIZED" | "AUTHORIZE_PENDING" | "DEAUTHORIZED" | "AUTHORIZE_FAILED";
   /** 能力授权失败原因 */ authorize_fail_reason?: string;
  }>;
 };
}

/** 获取用户填写的抬头: options */
export interface GetV3NewTaxControlFapiaoUserTitleOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 开票场景 @example WITH_WECHATPAY */ scene: "WITH_WECHATPAY" | "WITHOUT_WECHATPAY";
  /** 发票申请单号 @example 4200000444201910177461284488 */ fapiao_apply_id: string;
 };
}
/** 获取用户填写的抬头: response body */
export interface GetV3NewTaxControlFapiaoUserTitleData extends NewTaxControlFapiaoBuyerInformation {}

/** 获取抬头填写链接: options */
export interface GetV3NewTaxControlFapiaoUserTitleTitleUrlOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
  /** 发票申请单号 @example fapiao_20200701_123456 */ fapiao_apply_id: string;
  /** 开票来源 @example WEB */ source: "WEB" | "MINIPROGRAM";
  /** 商户AppID @example wxb1170446a4c0a5a2 */ appid: string;
  /** 用户OpenID @example plN5twRbHym_j-QcqCzstl0HmwEs */ openid: string;
  /** 总金额 @example 382895 */ total_amount: number;
  /** 销售方名称 @example 深圳市南山区测试商户 */ seller_name?: string;
  /** 是否需要展示手机号填写栏 */ show_phone_cell?: boolean;
  /** 用户是否必须填写手机号 */ must_input_phone?: boolean;
  /** 是否需要展示邮箱地址填写栏 */ show_email_cell?: boolean;
  /** 用户是否必须填写邮箱地址 */ must_input_email?: boolean;
 };
}
/** 获取抬头填写链接: response body */
export interface GetV3NewTaxControlFapiaoUserTitleTitleUrlData {
 /** 抬头填写链接 */ title_url?: string;
 /** 抬头填写小程序AppID */ miniprogram_appid?: string;
 /** 抬头填写小程序页面路径 */ miniprogram_path?: string;
 /** 抬头填写小程序的用户名 */ miniprogram_user_name?: string;
}

export interface BuyerInformation {
 /** 购买方类型 @example ORGANIZATION */ type: "INDIVIDUAL" | "ORGANIZATION";
 /** 名称 @example 深圳市南山区测试企业 */ name: string;
 /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id?: string;
 /** 地址 @example 深圳市南山区深南大道10000号 */ address?: string;
 /** 电话 @example 075512345678 */ telephone?: string;
 /** 开户银行 @example 测试银行 */ bank_name?: string;
 /** 银行账号 @example 62001234567890 */ bank_account?: string;
 /** 手机号 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ phone?: string;
 /** 邮箱地址 @example pVd1HJ6zyvPedzGaV+X3qtmrq9bb9tPttdY+aQ6zB */ email?: string;
 /** 订单金额 @example 1000 */ amount?: number;
 /** 商户订单号 @example order_20200701_123456 */ out_trade_no?: string;
 /** 开具的发票类型 @example COMM_FAPIAO */ fapiao_bill_type?: "COMM_FAPIAO" | "VAT_FAPIAO";
 /** 留言信息 @example 用户留言 */ user_apply_message?: string;
}

export interface TransactionInformation {
 /** 支付渠道 @example WECHAT_PAY */ pay_channel: "WECHAT_PAY";
 /** 支付订单号 @example 4200000008202508080512076713 */ transaction_id: string;
 /** 支付商户订单号 @example order_20200701_123456 */ out_trade_no?: string;
 /** 交易金额 @example 382895 */ amount: number;
}

export interface BlueFapiao {
 /** 发票代码 */ fapiao_code: string;
 /** 发票号码 */ fapiao_number: string;
 /** 校验码 */ check_code: string;
 /** 密码 */ password: string;
 /** 开票时间 */ fapiao_time: string;
}

export interface SellerInformation {
 /** 名称 */ name: string;
 /** 纳税人识别号 */ taxpayer_id: string;
 /** 地址 */ address: string;
 /** 电话 */ telephone?: string;
 /** 开户银行 */ bank_name?: string;
 /** 银行账号 */ bank_account?: string;
}

export interface NewTaxControlFapiaoBuyerInformation {
 /** 购买方类型 */ type: "INDIVIDUAL" | "ORGANIZATION";
 /** 名称 */ name: string;
 /** 纳税人识别号 */ taxpayer_id?: string;
 /** 地址 */ address?: string;
 /** 电话 */ telephone?: string;
 /** 开户银行 */ bank_name?: string;
 /** 银行账号 */ bank_account?: string;
 /** 手机号 */ phone?: string;
 /** 邮箱地址 */ email?: string;
 /** 订单金额 */ amount?: number;
 /** 商户订单号 */ out_trade_no?: string;
 /** 开具的发票类型 */ fapiao_bill_type?: "COMM_FAPIAO" | "VAT_FAPIAO";
 /** 留言信息 */ user_apply_message?: string;
}

export interface V3NewTaxControlFapiaoNode {
 cardTemplate: Open<V3NewTaxControlFapiaoCardTemplateNode>;
 fapiaoApplications: Open<V3NewTaxControlFapiaoFapiaoApplicationsNode>;
 fapiaomerchant: Open<V3NewTaxControlFapiaoFapiaomerchantNode>;
 merchant: Open<V3NewTaxControlFapiaoMerchantNode>;
 userTitle: Open<V3NewTaxControlFapiaoUserTitleNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao">;
}

export interface V3NewTaxControlFapiaoCardTemplateNode {
 /**
  * 创建电子发票卡券模板 `POST /v3/new-tax-control-fapiao/card-template`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_4.shtml
  */
 post: Verb<PostV3NewTaxControlFapiaoCardTemplateOptions, PostV3NewTaxControlFapiaoCardTemplateData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/card-template">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsNode {
 /**
  * 开具电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_8.shtml
  */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsData>;
 $fapiao_apply_id$: Open<V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Node>;
 _fapiao_apply_id_: Open<V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Node>;
 issueGeneral: Open<V3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralNode>;
 issuePassengerTransport: Open<V3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportNode>;
 issueRefinedOil: Open<V3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilNode>;
 realEstateLeasing: Open<V3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingNode>;
 uploadFapiaoFile: Open<V3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralNode {
 /** 开具通用行业电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-general` */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsIssueGeneralData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/issue-general">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportNode {
 /** 开具旅客运输行业电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport` */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransportData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilNode {
 /** 开具成品油行业电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil` */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOilData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingNode {
 /** 开具不动产租赁行业电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing` */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasingData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileNode {
 /**
  * 上传电子发票文件 `POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_10.shtml
  */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFileData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file">;
}

export interface V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Node {
 /**
  * 查询电子发票 `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_9.shtml
  */
 get: Verb<GetV3NewTaxControlFapiaoFapiaoApplicationsOptions, GetV3NewTaxControlFapiaoFapiaoApplicationsData>;
 fapiaoFiles: Open<V3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesNode>;
 insertCards: Open<V3NewTaxControlFapiaoFapiaoApplicationsInsertCardsNode>;
 reverse: Open<V3NewTaxControlFapiaoFapiaoApplicationsReverseNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesNode {
 /**
  * 获取发票下载信息 `GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files`
  * @see https://pay.weixin.qq.com/docs/partner/apis/fapiao/fapiao-applications/get-fapiao-file-download-info.html
  */
 get: Verb<GetV3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesOptions, GetV3NewTaxControlFapiaoFapiaoApplicationsFapiaoFilesData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsInsertCardsNode {
 /**
  * 将电子发票插入微信用户卡包 `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_11.shtml
  */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsInsertCardsData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards">;
}

export interface V3NewTaxControlFapiaoFapiaoApplicationsReverseNode {
 /** 冲红电子发票 `POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse` */
 post: Verb<PostV3NewTaxControlFapiaoFapiaoApplicationsReverseOptions, PostV3NewTaxControlFapiaoFapiaoApplicationsReverseData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse">;
}

export interface V3NewTaxControlFapiaoFapiaomerchantNode {
 getspinviteurl: Open<V3NewTaxControlFapiaoFapiaomerchantGetspinviteurlNode>;
 listspinvitemchinfo: Open<V3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiaomerchant">;
}

export interface V3NewTaxControlFapiaoFapiaomerchantGetspinviteurlNode {
 /** 获取邀请商户开通服务商电子发票能力 `GET /v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl` */
 get: Verb<GetV3NewTaxControlFapiaoFapiaomerchantGetspinviteurlOptions, GetV3NewTaxControlFapiaoFapiaomerchantGetspinviteurlData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl">;
}

export interface V3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoNode {
 /** 获取邀请开通的商户信息 `GET /v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo` */
 get: Verb<GetV3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoOptions, GetV3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfoData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo">;
}

export interface V3NewTaxControlFapiaoMerchantNode {
 $sub_mchid$: Open<V3NewTaxControlFapiaoMerchant_sub_mchid_Node>;
 _sub_mchid_: Open<V3NewTaxControlFapiaoMerchant_sub_mchid_Node>;
 baseInformation: Open<V3NewTaxControlFapiaoMerchantBaseInformationNode>;
 developmentConfig: Open<V3NewTaxControlFapiaoMerchantDevelopmentConfigNode>;
 taxCodes: Open<V3NewTaxControlFapiaoMerchantTaxCodesNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant">;
}

export interface V3NewTaxControlFapiaoMerchantBaseInformationNode {
 /**
  * 获取商户开票基础信息 `GET /v3/new-tax-control-fapiao/merchant/base-information`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_3.shtml
  */
 get: Verb<GetV3NewTaxControlFapiaoMerchantBaseInformationOptions, GetV3NewTaxControlFapiaoMerchantBaseInformationData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/base-information">;
}

export interface V3NewTaxControlFapiaoMerchantDevelopmentConfigNode {
 /**
  * 查询商户配置的开发选项 `GET /v3/new-tax-control-fapiao/merchant/development-config`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_19.shtml
  */
 get: OptionalVerb<GetV3NewTaxControlFapiaoMerchantDevelopmentConfigOptions, GetV3NewTaxControlFapiaoMerchantDevelopmentConfigData>;
 /** 配置开发选项 `PATCH /v3/new-tax-control-fapiao/merchant/development-config` */
 patch: Verb<PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigOptions, PatchV3NewTaxControlFapiaoMerchantDevelopmentConfigData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/development-config">;
}

export interface V3NewTaxControlFapiaoMerchantTaxCodesNode {
 /**
  * 获取商品和服务税收分类对照表 `GET /v3/new-tax-control-fapiao/merchant/tax-codes`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_2.shtml
  */
 get: Verb<GetV3NewTaxControlFapiaoMerchantTaxCodesOptions, GetV3NewTaxControlFapiaoMerchantTaxCodesData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/tax-codes">;
}

export interface V3NewTaxControlFapiaoMerchant_sub_mchid_Node {
 check: Open<V3NewTaxControlFapiaoMerchantCheckNode>;
 checkStatus: Open<V3NewTaxControlFapiaoMerchantCheckStatusNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/{sub_mchid}">;
}

export interface V3NewTaxControlFapiaoMerchantCheckNode {
 /**
  * 检查子商户开票功能状态 `POST /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_1.shtml
  */
 post: Verb<PostV3NewTaxControlFapiaoMerchantCheckOptions, PostV3NewTaxControlFapiaoMerchantCheckData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/{sub_mchid}/check">;
}

export interface V3NewTaxControlFapiaoMerchantCheckStatusNode {
 /** 检查子商户开票功能状态 `GET /v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status` */
 get: Verb<GetV3NewTaxControlFapiaoMerchantCheckStatusOptions, GetV3NewTaxControlFapiaoMerchantCheckStatusData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status">;
}

export interface V3NewTaxControlFapiaoUserTitleNode {
 /**
  * 获取用户填写的抬头 `GET /v3/new-tax-control-fapiao/user-title`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_6.shtml
  */
 get: Verb<GetV3NewTaxControlFapiaoUserTitleOptions, GetV3NewTaxControlFapiaoUserTitleData>;
 titleUrl: Open<V3NewTaxControlFapiaoUserTitleTitleUrlNode>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/user-title">;
}

export interface V3NewTaxControlFapiaoUserTitleTitleUrlNode {
 /**
  * 获取抬头填写链接 `GET /v3/new-tax-control-fapiao/user-title/title-url`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_5.shtml
  */
 get: Verb<GetV3NewTaxControlFapiaoUserTitleTitleUrlOptions, GetV3NewTaxControlFapiaoUserTitleTitleUrlData>;
 chain: ChainFrom<"v3/new-tax-control-fapiao/user-title/title-url">;
}
