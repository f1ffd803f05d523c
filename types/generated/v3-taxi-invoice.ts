// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 签到签退API: request body */
export interface PostV3TaxiInvoiceAttendancePunchBody {
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 /** 营运资格证号 @example 6298416 */ driver_license: string;
 /** 事件发生时间 @example 2019-12-01T12:00:00.000+08:00 */ event_time: string;
 /** 事件类型 @example SIGN_IN */ event_type: string;
 /** 行政区划ID @example 510100 */ region_id: number;
}
/** 签到签退API: options */
export interface PostV3TaxiInvoiceAttendancePunchOptions extends CallOptions {
 json: PostV3TaxiInvoiceAttendancePunchBody;
}
/** 签到签退API: response body */
export type PostV3TaxiInvoiceAttendancePunchData = undefined;

/** 将出租车电子发票插入微信用户卡包API: request body */
export interface PostV3TaxiInvoiceCardsBody {
 /** 出租车经营主体商户号 @example 1900000109 */ company_mchid: string;
 /** 面对面付款单号 @example 10001071012021110600437180176110 */ trade_number: string;
 /** 应用ID @example wxb1170446a4c0a5a2 */ appid?: string;
 /** 用户标识 @example oUypO5aQ1oOCaSiNZUpT5kxxJHuc */ openid: string;
 /** 行政区划代码 @example 310100 */ region_id: number;
 /** 营运资格证号 @example 6298416 */ driver_license: string;
 /** 车牌号 @example 浙AD12345 */ plate_number: string;
 /** 发票卡券信息 */ fapiao_card_information: {
  /** 电子发票文件ID @example ASNFZ4mrze/+3LqYdlQyEA== */ fapiao_media_id: string;
  /** 发票号码 @example 12897794 */ fapiao_number: string;
  /** 发票代码 @example 044001911211 */ fapiao_code: string;
  /** 开票时间 @example 2020-07-01T12:00:00+08:00 */ fapiao_time: string;
  /** 校验码 @example 69001808340631374774 */ check_code: string;
  /** 密码 */ password: string;
  /** 总价税合计 @example 382895 */ total_amount: number;
  /** 总税额 @example 44050 */ tax_amount: number;
  /** 总金额 @example 338845 */ amount: number;
  /** 购买方信息 */ buyer_information: {
   /** 购买方类型 @example CORPORATION */ type: string;
   /** 名称 @example 深圳市南山区测试企业 */ name: string;
   /** 纳税人识别号 @example 202003261233701778 */ taxpayer_id?: string;
   /** 地址 @example 深圳市南山区深南大道10000号 */ address?: string;
   /** 电话 @example 075512345678 */ telephone?: string;
   /** 开户银行 @example 测试银行 */ bank_name?: string;
   /** 银行账号 @example 62001234567890 */ bank_account?: string;
  };
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
  /** 发票行信息 */ items?: Array<{
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
   /** 税收优惠政策标识 @example NO_FAVORABLE */ tax_prefer_mark: string;
   /** 是否折扣行 */ discount: boolean;
  }>;
  /** 备注信息 @example 备注 */ remark?: string;
 };
 /** 获取乘客行程单详情的凭证 @example ESvqG19gjw0qiiy1eeRA4VusLrOmIYQOMJ8rXX2V */ token?: string;
}
/** 将出租车电子发票插入微信用户卡包API: options */
export interface PostV3TaxiInvoiceCardsOptions extends CallOptions {
 json: PostV3TaxiInvoiceCardsBody;
}
/** 将出租车电子发票插入微信用户卡包API: response body */
export interface PostV3TaxiInvoiceCardsData {
 /** 插入用户卡包的公众号AppID */ card_appid: string;
 /** 用户在插卡公众号下的OpenID */ card_openid: string;
 /** 出租车电子发票卡券模板ID */ card_id: string;
 /** 出租车电子发票在卡包中的编码 */ card_code: string;
}

/** The parts of the multipart/form-data body of POST /v3/taxi-invoice/cards/upload-file. */
export interface PostV3TaxiInvoiceCardsUploadFileForm {
 /** 出租车电子发票文件 @example 1900000109 */ file: Blob;
 /** 出租车电子发票文件元信息`JSON`格式字符串 */ meta: {
  /** 出租车经营主体商户号 @example 1900000109 */ company_mchid: string;
  /** 文件摘要 @example addca90a6a290b9642dbaccffdf01e8c22aa348940b2e96754169ba08c19e5db */ digest: string;
  /** 文件摘要算法 @example DIGEST_ALGORITHM_SM3 */ digest_algorithm: string;
  /** 行政区划代码 @example 310100 */ region_id: number;
 };
}
/** 上传出租车电子发票文件: options */
export interface PostV3TaxiInvoiceCardsUploadFileOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3TaxiInvoiceCardsUploadFileForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 上传出租车电子发票文件: response body */
export interface PostV3TaxiInvoiceCardsUploadFileData {
 /** 出租车电子发票文件ID */ fapiao_media_id: string;
}

/** 更新司机信息API: request body */
export interface PostV3TaxiInvoiceDriverUpdateDriverBody {
 /** 司机姓名 @example OpldWegML3fJ3/U5L6av0bU6GcIOaOhi+SY04APUv4dfFrD7US5TWiL5sVnQSz/wvsvQ== */ driver_name: string;
 /** 司机身份证号码 @example OpldWegML3fJ3/U5L6av0bU6GcIOaOhXM/t2DrNLxVUb77DCnz421UAD7US5TWiL5sVnQSz/wvsvQ== */ id_card_number: string;
 /** 公司名称 @example 深圳市未来有限公司 */ company_name: string;
 /** 商户号 @example 1900000109 */ mchid: string;
 /** 营运资格证号 @example 6298416 */ driver_license: string;
 /** 司机类别 @example MAIN */ driver_category: string;
 /** 岗位状态 @example ON_DUTY */ driver_status: string;
 /** 司机头像 */ driver_photo?: {
  /** 照片类型 @example PHOTO_URL */ photo_type?: string;
  /** 司机头像摘要 */ photo_digest?: {
   /** 哈希类型 @example MD5 */ hash_type?: string;
   /** 哈希值 @example e10adc3949ba59abbe56e057f20f883e */ hash_value?: string;
  };
  /** 头像url @example http://www.abc.com/driver.icon */ photo_url?: string;
  /** 头像icon */ photo_icon?: string;
 };
 /** 行政区划ID @example 510100 */ region_id: number;
}
/** 更新司机信息API: options */
export interface PostV3TaxiInvoiceDriverUpdateDriverOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3TaxiInvoiceDriverUpdateDriverBody;
}
/** 更新司机信息API: response body */
export interface PostV3TaxiInvoiceDriverUpdateDriverData {
 /** 司机姓名 */ driver_name: string;
 /** 司机身份证号码 */ id_card_number: string;
 /** 公司名称 */ company_name: string;
 /** 商户号 */ mchid: string;
 /** 营运资格证号 */ driver_license: string;
 /** 司机类别 */ driver_category: string;
 /** 岗位状态 */ driver_status: string;
 /** 司机头像 */ driver_photo?: {
  /** 照片类型 */ photo_type?: string;
  /** 司机头像摘要 */ photo_digest?: {
   /** 哈希类型 */ hash_type?: string;
   /** 哈希值 */ hash_value?: string;
  };
  /** 头像url */ photo_url?: string;
  /** 头像icon */ photo_icon?: string;
 };
 /** 行政区划ID */ region_id: number;
}

/** 获取司机信息API: options */
export interface GetV3TaxiInvoiceDriversOptions extends CallOptions {
 /** 营运资格证号 @example 6298416 */ driver_license: string;
 query: {
  /** 行政区划代码 @example 510100 */ region_id: number;
 };
}
/** 获取司机信息API: response body */
export interface GetV3TaxiInvoiceDriversData {
 /** 司机姓名 */ driver_name: string;
 /** 公司名称 */ company_name: string;
 /** 商户号 */ company_mchid: string;
 /** 营运资格证号 */ driver_license: string;
 /** 司机类别 */ driver_category: string;
 /** 司机照片 */ driver_photo?: {
  /** 照片类型 */ photo_type?: string;
  /** 司机照片摘要 */ photo_digest?: {
   /** 哈希类型 */ hash_type?: string;
   /** 哈希值 */ hash_value?: string;
  };
  /** 头像url */ photo_url?: string;
  /** 头像icon */ photo_data?: string;
 };
 /** 行政区划代码 */ region_id: number;
 /** 司机状态 */ driver_state: string;
}

/** 获取出租车公司商户信息API: options */
export interface GetV3TaxiInvoiceTaxiCompaniesOptions extends CallOptions {
 /** 商户号 @example 1900000109 */ company_mchid: string;
 query: {
  /** 行政区划ID @example 510100 */ region_id: number;
 };
}
/** 获取出租车公司商户信息API: response body */
export interface GetV3TaxiInvoiceTaxiCompaniesData {
 /** 商户号 */ company_mchid: string;
 /** 企业类型 */ enterprise_type: string;
 /** 公司名称 */ company_name: string;
 /** 公司简称 */ short_name: string;
 /** 税号 */ tax_id: string;
 /** 公司地址 */ address: string;
 /** 公司电话 */ phone?: string;
 /** 开户行 */ bank_name?: string;
 /** 银行账号 */ bank_account?: string;
 /** 企业法人姓名 */ legal_person: string;
 /** 开票渠道 */ invoice_mode: string;
 /** 行政区划代码 */ region_id: number;
}

/** 新增出租车公司API: request body */
export interface PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyBody {
 /** 公司名称 @example 深圳市未来有限公司 */ company_name?: string;
 /** 税号 @example 12345678901234567J */ tax_id: string;
 /** 公司地址 @example 广东省深圳市南山区高新科技园科技中一路腾讯大厦 */ address: string;
 /** 公司电话 @example 075586013388 */ phone?: string;
 /** 开户行 @example 中国工商银行南山支行 */ bank_name?: string;
 /** 银行账号 @example 12345678901234 */ bank_account?: string;
 /** 开票渠道 @example JIAO_WEI */ invoice_mode: string;
 /** 企业法人姓名 @example 张三 */ legal_person: string;
 /** 公司简称 @example 深圳未来 */ short_name?: string;
 /** 行政区划ID @example 510100 */ region_id: number;
 /** 企业类型 @example ENTERPRISE */ enterprise_type: string;
}
/** 新增出租车公司API: options */
export interface PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyOptions extends CallOptions {
 json: PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyBody;
}
/** 新增出租车公司API: response body */
export interface PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyData {
 /** 商户号 */ mchid: string;
 /** 公司名称 */ company_name?: string;
}

/** 更新出租车信息API: request body */
export interface PostV3TaxiInvoiceTaxiUpdateTaxiBody {
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 /** 公司名称 @example 深圳市未来有限公司 */ company_name: string;
 /** 商户号 @example 1900000109 */ mchid?: string;
 /** 主班司机资格证号 @example 6298416 */ main_license: string;
 /** 副班司机资格证号 @example 6298416 */ deputy_license?: string;
 /** 行政区划ID @example 510100 */ region_id: number;
 /** 开票标记 @example INVOICE */ invoice_flag?: string;
 /** 出租车状态 */ taxi_state?: "IN_OPERATION" | "OUT_OPERATION";
}
/** 更新出租车信息API: options */
export interface PostV3TaxiInvoiceTaxiUpdateTaxiOptions extends CallOptions {
 json: PostV3TaxiInvoiceTaxiUpdateTaxiBody;
}
/** 更新出租车信息API: response body */
export interface PostV3TaxiInvoiceTaxiUpdateTaxiData {
 /** 车牌号 */ plate_number: string;
 /** 公司名称 */ company_name: string;
 /** 商户号 */ mchid?: string;
 /** 主班司机资格证号 */ main_license: string;
 /** 副班司机资格证号 */ deputy_license?: string;
 /** 行政区划ID */ region_id: number;
}

/** 获取出租车信息API: options */
export interface GetV3TaxiInvoiceTaxiesOptions extends CallOptions {
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 query: {
  /** 行政区划代码 @example 510100 */ region_id: number;
 };
}
/** 获取出租车信息API: response body */
export interface GetV3TaxiInvoiceTaxiesData {
 /** 车牌号 */ plate_number: string;
 /** 公司名称 */ company_name: string;
 /** 公司商户号 */ company_mchid: string;
 /** 主班司机资格证号 */ main_license: string;
 /** 副班司机资格证号 */ deputy_license: string;
 /** 行政区划代码 */ region_id: number;
 /** 是否支持开票 */ support_invoice: boolean;
 /** 出租车状态 */ taxi_state: string;
}

/** 根据凭证查询乘客行程单API: options */
export interface GetV3TaxiInvoiceUserTaxiOrderFindByTokenOptions extends CallOptions {
 query: {
  /** 获取乘客行程单详情的凭证 */ token: string;
  /** 用户标识 @example oUypO5fUvaUkyuc6ueOwgwDMjCiM */ openid: string;
  /** 应用ID @example wxb1170446a4c0a5a2 */ appid: string;
  /** 行政区划代码 @example 310100 */ region_id?: number;
  /** 授权模式 @example ORDER_AUTH */ auth_mode?: string;
 };
}
/** 根据凭证查询乘客行程单API: response body */
export interface GetV3TaxiInvoiceUserTaxiOrderFindByTokenData {
 /** 车牌号 */ plate_number: string;
 /** 营运资格证号 */ driver_license: string;
 /** 上车时间 */ up_time: string;
 /** 行政区划代码 */ region_id: number;
 /** 乘客行程单来源 */ source: string;
 /** 面对面付款时间 */ pay_time?: string;
 /** 面对面付款金额 */ pay_amount?: number;
}

/** 获取乘客行程单列表API: options */
export interface GetV3TaxiInvoiceUserTaxiOrdersOptions extends CallOptions {
 query: {
  /** 最大资源条数 @example 5 */ limit?: number;
  /** 请求资源起始位置 @example 10 */ offset?: number;
  /** 小程序用户的微信openid @example oUypO5fUvaUkyuc6ueOwgwDMjCiM */ openid: string;
  /** 小程序appid @example wxb1170446a4c0a5a2 */ appid: string;
  /** 起始日期 @example 20200307 */ begin_date: string;
  /** 结束日期 @example 20200407 */ end_date: string;
  /** 行政区划id @example 510100 */ region_id: number;
 };
}
/** 获取乘客行程单列表API: response body */
export interface GetV3TaxiInvoiceUserTaxiOrdersData {
 /** 乘客行程单详情 */ data: Array<{
  /** 车牌号 */ plate_number: string;
  /** 营运资格证号 */ driver_license: string;
  /** 上车时间 */ up_time: string;
 }>;
 /** 请求资源起始位置 */ offset: number;
 /** 最大资源条数 */ limit: number;
 /** 资源总条数 */ total_count: number;
 /** 相关链接 */ links?: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
}

export interface V3TaxiInvoiceNode {
 attendance: Open<V3TaxiInvoiceAttendanceNode>;
 cards: Open<V3TaxiInvoiceCardsNode>;
 driver: Open<V3TaxiInvoiceDriverNode>;
 drivers: Open<V3TaxiInvoiceDriversNode>;
 taxi: Open<V3TaxiInvoiceTaxiNode>;
 taxiCompanies: Open<V3TaxiInvoiceTaxiCompaniesNode>;
 taxiCompany: Open<V3TaxiInvoiceTaxiCompanyNode>;
 taxies: Open<V3TaxiInvoiceTaxiesNode>;
 userTaxiOrder: Open<V3TaxiInvoiceUserTaxiOrderNode>;
 userTaxiOrders: Open<V3TaxiInvoiceUserTaxiOrdersNode>;
 chain: ChainFrom<"v3/taxi-invoice">;
}

export interface V3TaxiInvoiceAttendanceNode {
 punch: Open<V3TaxiInvoiceAttendancePunchNode>;
 chain: ChainFrom<"v3/taxi-invoice/attendance">;
}

export interface V3TaxiInvoiceAttendancePunchNode {
 /**
  * 签到签退API `POST /v3/taxi-invoice/attendance/punch`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/attendance/punch-attendance.html
  */
 post: Verb<PostV3TaxiInvoiceAttendancePunchOptions, PostV3TaxiInvoiceAttendancePunchData>;
 chain: ChainFrom<"v3/taxi-invoice/attendance/punch">;
}

export interface V3TaxiInvoiceCardsNode {
 /**
  * 将出租车电子发票插入微信用户卡包API `POST /v3/taxi-invoice/cards`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-invoice-card/create-taxi-invoice-card.html
  */
 post: Verb<PostV3TaxiInvoiceCardsOptions, PostV3TaxiInvoiceCardsData>;
 uploadFile: Open<V3TaxiInvoiceCardsUploadFileNode>;
 chain: ChainFrom<"v3/taxi-invoice/cards">;
}

export interface V3TaxiInvoiceCardsUploadFileNode {
 /**
  * 上传出租车电子发票文件 `POST /v3/taxi-invoice/cards/upload-file`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-invoice-card/upload-taxi-invoice-card-file.html
  */
 post: Verb<PostV3TaxiInvoiceCardsUploadFileOptions, PostV3TaxiInvoiceCardsUploadFileData>;
 chain: ChainFrom<"v3/taxi-invoice/cards/upload-file">;
}

export interface V3TaxiInvoiceDriverNode {
 updateDriver: Open<V3TaxiInvoiceDriverUpdateDriverNode>;
 chain: ChainFrom<"v3/taxi-invoice/driver">;
}

export interface V3TaxiInvoiceDriverUpdateDriverNode {
 /**
  * 更新司机信息API `POST /v3/taxi-invoice/driver/update-driver`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/driver/update-driver.html
  */
 post: Verb<PostV3TaxiInvoiceDriverUpdateDriverOptions, PostV3TaxiInvoiceDriverUpdateDriverData>;
 chain: ChainFrom<"v3/taxi-invoice/driver/update-driver">;
}

export interface V3TaxiInvoiceDriversNode {
 $driver_license$: Open<V3TaxiInvoiceDrivers_driver_license_Node>;
 _driver_license_: Open<V3TaxiInvoiceDrivers_driver_license_Node>;
 chain: ChainFrom<"v3/taxi-invoice/drivers">;
}

export interface V3TaxiInvoiceDrivers_driver_license_Node {
 /**
  * 获取司机信息API `GET /v3/taxi-invoice/drivers/{driver_license}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/driver/query-driver.html
  */
 get: Verb<GetV3TaxiInvoiceDriversOptions, GetV3TaxiInvoiceDriversData>;
 chain: ChainFrom<"v3/taxi-invoice/drivers/{driver_license}">;
}

export interface V3TaxiInvoiceTaxiNode {
 updateTaxi: Open<V3TaxiInvoiceTaxiUpdateTaxiNode>;
 chain: ChainFrom<"v3/taxi-invoice/taxi">;
}

export interface V3TaxiInvoiceTaxiCompaniesNode {
 $company_mchid$: Open<V3TaxiInvoiceTaxiCompanies_company_mchid_Node>;
 _company_mchid_: Open<V3TaxiInvoiceTaxiCompanies_company_mchid_Node>;
 chain: ChainFrom<"v3/taxi-invoice/taxi-companies">;
}

export interface V3TaxiInvoiceTaxiCompanies_company_mchid_Node {
 /** 获取出租车公司商户信息API `GET /v3/taxi-invoice/taxi-companies/{company_mchid}` */
 get: Verb<GetV3TaxiInvoiceTaxiCompaniesOptions, GetV3TaxiInvoiceTaxiCompaniesData>;
 chain: ChainFrom<"v3/taxi-invoice/taxi-companies/{company_mchid}">;
}

export interface V3TaxiInvoiceTaxiCompanyNode {
 createTaxiCompany: Open<V3TaxiInvoiceTaxiCompanyCreateTaxiCompanyNode>;
 chain: ChainFrom<"v3/taxi-invoice/taxi-company">;
}

export interface V3TaxiInvoiceTaxiCompanyCreateTaxiCompanyNode {
 /**
  * 新增出租车公司API `POST /v3/taxi-invoice/taxi-company/create-taxi-company`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-company/create-taxi-company.html
  */
 post: Verb<PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyOptions, PostV3TaxiInvoiceTaxiCompanyCreateTaxiCompanyData>;
 chain: ChainFrom<"v3/taxi-invoice/taxi-company/create-taxi-company">;
}

export interface V3TaxiInvoiceTaxiUpdateTaxiNode {
 /**
  * 更新出租车信息API `POST /v3/taxi-invoice/taxi/update-taxi`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi/update-taxi.html
  */
 post: Verb<PostV3TaxiInvoiceTaxiUpdateTaxiOptions, PostV3TaxiInvoiceTaxiUpdateTaxiData>;
 chain: ChainFrom<"v3/taxi-invoice/taxi/update-taxi">;
}

export interface V3TaxiInvoiceTaxiesNode {
 $plate_number$: Open<V3TaxiInvoiceTaxies_plate_number_Node>;
 _plate_number_: Open<V3TaxiInvoiceTaxies_plate_number_Node>;
 chain: ChainFrom<"v3/taxi-invoice/taxies">;
}

export interface V3TaxiInvoiceTaxies_plate_number_Node {
 /**
  * 获取出租车信息API `GET /v3/taxi-invoice/taxies/{plate_number}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi/query-taxi.html
  */
 get: Verb<GetV3TaxiInvoiceTaxiesOptions, GetV3TaxiInvoiceTaxiesData>;
 chain: ChainFrom<"v3/taxi-invoice/taxies/{plate_number}">;
}

export interface V3TaxiInvoiceUserTaxiOrderNode {
 findByToken: Open<V3TaxiInvoiceUserTaxiOrderFindByTokenNode>;
 chain: ChainFrom<"v3/taxi-invoice/user-taxi-order">;
}

export interface V3TaxiInvoiceUserTaxiOrderFindByTokenNode {
 /**
  * 根据凭证查询乘客行程单API `GET /v3/taxi-invoice/user-taxi-order/find-by-token`
  * @see https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/user-taxi-order/query-user-taxi-order-by-token.html
  */
 get: Verb<GetV3TaxiInvoiceUserTaxiOrderFindByTokenOptions, GetV3TaxiInvoiceUserTaxiOrderFindByTokenData>;
 chain: ChainFrom<"v3/taxi-invoice/user-taxi-order/find-by-token">;
}

export interface V3TaxiInvoiceUserTaxiOrdersNode {
 /**
  * 获取乘客行程单列表API `GET /v3/taxi-invoice/user-taxi-orders`
  * @see https://pay.weixin.qq.com/docs/partner/products/taxi-fapiao/introduction.html
  */
 get: Verb<GetV3TaxiInvoiceUserTaxiOrdersOptions, GetV3TaxiInvoiceUserTaxiOrdersData>;
 chain: ChainFrom<"v3/taxi-invoice/user-taxi-orders">;
}
