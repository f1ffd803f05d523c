// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, UploadFileOptions, Verb } from '../catalog.js';

/** 给指定用户报名多笔立减活动: request body */
export interface PostV3MarketingBankFavorUsersBankMultiActivityBody {
 /** 批次号 @example 100088 */ stock_id: string;
 /** 活动ID @example 186745560 */ activity_id: string;
 /** 发券凭证 @example 1002600620019090123143254435 */ out_request_no: string;
 /** 公众账号ID @example wx1234567889999 */ appid: string;
 /** 创建批次的商户号 @example 9800064 */ stock_creator_mchid: string;
}
/** 给指定用户报名多笔立减活动: options */
export interface PostV3MarketingBankFavorUsersBankMultiActivityOptions extends CallOptions {
 /** 用户标识ID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 json: PostV3MarketingBankFavorUsersBankMultiActivityBody;
}
/** 给指定用户报名多笔立减活动: response body */
export interface PostV3MarketingBankFavorUsersBankMultiActivityData {
 /** 代金券id */ coupon_id: string;
}

/** 查询绑定多笔立减活动的代金券详情: options */
export interface GetV3MarketingBankFavorUsersCouponsOptions extends CallOptions {
 /** 用户标识ID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 代金券ID @example 9856888 */ coupon_id: string;
 query: {
  /** 公众账号ID @example wx57849631bb367f52 */ appid: string;
 };
}
/** 查询绑定多笔立减活动的代金券详情: response body */
export interface GetV3MarketingBankFavorUsersCouponsData {
 /** 创建批次的商户号 */ stock_creator_mchid: string;
 /** 批次号 */ stock_id: string;
 /** 代金券id */ coupon_id: string;
 /** 代金券名称 */ coupon_name: string;
 /** 券状态 */ coupon_state: "COUPON_STATE_UNKNOW" | "COUPON_STATE_SEND" | "COUPON_STATE_USED" | "COUPON_STATE_EXPIRED";
 /** 领券时间 */ receive_time: string;
 /** 可用开始时间 */ available_begin_time: string;
 /** 可用结束时间 */ available_end_time: string;
 /** 活动ID */ activity_id: string;
 /** 最大使用次数 */ max_use_number: number;
 /** 可用次数 */ available_number: number;
 /** 已使用次数 */ used_number: number;
 /** 已用金额列表 */ use_amount_list?: {
  /** 已用金额 */ used_amounts?: string[];
 };
 /** 用户标识ID */ openid?: string;
}

/** 查询上传任务列表API: options */
export interface GetV3MarketingBankPackagesTasksOptions extends CallOptions {
 /** 号码包id @example 8473295 */ package_id: string;
 query?: {
  /** 任务状态 @example PROCESSING */ status?: "PROCESSING" | "FINISHED";
  /** 文件名 @example active_user.csv */ filename?: string;
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询上传任务列表API: response body */
export interface GetV3MarketingBankPackagesTasksData {
 /** 上传任务列表 */ data: Array<{
  /** 上传任务 */ task_id: string;
  /** 号码包id */ package_id: string;
  /** 文件名 */ filename: string;
  /** 创建上传任务的时间 */ create_time: string;
  /** 上传任务最近一次更新的时间 */ update_time?: string;
  /** 任务状态 */ status?: string;
  /** 成功数 */ success_count?: number;
  /** 失败数 */ fail_count?: number;
  /** 匹配成功的微信用户数 */ success_user_count?: number;
  /** 银行类型 */ bank_type?: string;
 }>;
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
}

/** The parts of the multipart/form-data body of POST /v3/marketing/bank/packages/{package_id}/tasks. */
export interface PostV3MarketingBankPackagesTasksForm {
 /** 快捷交易协议号文件 */ file: Blob;
 /** 文件元信息`JSON`格式字符串 */ meta?: {
  /** 银行类型 @example ICBC_DEBIT */ bank_type: string;
  /** 文件名 @example active_user.csv */ filename?: string;
  /** 文件摘要 @example addca90a6a290b9642dbaccffdf01e8c22aa348940b2e96754169ba08c19e5db */ sha256: string;
 };
}
/** 导入定向用户协议号API: options */
export interface PostV3MarketingBankPackagesTasksOptions extends CallOptions {
 /** 号码包id @example 8473295 */ package_id: string;
 /** A `FormData` with the parts of {@link PostV3MarketingBankPackagesTasksForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 导入定向用户协议号API: response body */
export interface PostV3MarketingBankPackagesTasksData {
 /** 银行类型 */ bank_type?: string;
 /** 创建上传任务的时间 */ create_time: string;
 /** 失败数 */ fail_count?: number;
 /** 文件名 */ filename: string;
 /** 号码包id */ package_id: string;
 /** 任务状态 */ status?: string;
 /** 成功数 */ success_count?: number;
 /** 匹配成功的微信用户数 */ success_user_count?: number;
 /** 上传任务 */ task_id: string;
 /** 上传任务最近一次更新的时间 */ update_time?: string;
}

/** 查询商家券事件通知地址API: options */
export interface GetV3MarketingBusifavorCallbacksOptions extends CallOptions {
 query: {
  /** 商户号 @example 10000098 */ mchid: string;
 };
}
/** 查询商家券事件通知地址API: response body */
export interface GetV3MarketingBusifavorCallbacksData {
 /** 通知URL地址 */ notify_url: string;
 /** 商户号 */ mchid: string;
}

/** 设置商家券事件通知地址API: request body */
export interface PostV3MarketingBusifavorCallbacksBody {
 /** 商户号 @example 10000098 */ mchid?: string;
 /** 通知URL地址 @example https://pay.weixin.qq.com */ notify_url: string;
}
/** 设置商家券事件通知地址API: options */
export interface PostV3MarketingBusifavorCallbacksOptions extends CallOptions {
 json: PostV3MarketingBusifavorCallbacksBody;
}
/** 设置商家券事件通知地址API: response body */
export interface PostV3MarketingBusifavorCallbacksData {
 /** 修改时间 */ update_time?: string;
 /** 通知URL地址 */ notify_url: string;
 /** 商户号 */ mchid: string;
}

/** 关联订单信息API: request body */
export interface PostV3MarketingBusifavorCouponsAssociateBody {
 /** 批次号 */ stock_id: string;
 /** 券code */ coupon_code: string;
 /** 关联的商户订单号 */ out_trade_no: string;
 /** 商户请求单号 */ out_request_no: string;
}
/** 关联订单信息API: options */
export interface PostV3MarketingBusifavorCouponsAssociateOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsAssociateBody;
}
/** 关联订单信息API: response body */
export interface PostV3MarketingBusifavorCouponsAssociateData {
 /** 关联成功时间 */ wechatpay_associate_time: string;
}

/** 使券失效API: request body */
export interface PostV3MarketingBusifavorCouponsDeactivateBody {
 /** 券code @example sxxe34343434 */ coupon_code: string;
 /** 批次号 @example 1234567891 */ stock_id: string;
 /** 失效请求单据号 @example 1002600620019090123143254436 */ deactivate_request_no: string;
 /** 失效原因 @example 此券使用时间设置错误 */ deactivate_reason?: string;
}
/** 使券失效API: options */
export interface PostV3MarketingBusifavorCouponsDeactivateOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsDeactivateBody;
}
/** 使券失效API: response body */
export interface PostV3MarketingBusifavorCouponsDeactivateData {
 /** 券成功失效的时间 */ wechatpay_deactivate_time: string;
}

/** 取消关联订单信息API: request body */
export interface PostV3MarketingBusifavorCouponsDisassociateBody {
 /** 批次号 */ stock_id: string;
 /** 券code */ coupon_code: string;
 /** 关联的商户订单号 */ out_trade_no: string;
 /** 商户请求单号 */ out_request_no: string;
}
/** 取消关联订单信息API: options */
export interface PostV3MarketingBusifavorCouponsDisassociateOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsDisassociateBody;
}
/** 取消关联订单信息API: response body */
export interface PostV3MarketingBusifavorCouponsDisassociateData {
 /** 取消关联成功时间 */ wechatpay_disassociate_time: string;
}

/** 申请退券API: request body */
export interface PostV3MarketingBusifavorCouponsReturnBody {
 /** 券code @example sxxe34343434 */ coupon_code: string;
 /** 批次号 @example 1234567891 */ stock_id: string;
 /** 退券请求单据号 @example 1002600620019090123143254436 */ return_request_no: string;
}
/** 申请退券API: options */
export interface PostV3MarketingBusifavorCouponsReturnOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsReturnBody;
}
/** 申请退券API: response body */
export interface PostV3MarketingBusifavorCouponsReturnData {
 /** 微信退券成功的时间 */ wechatpay_return_time: string;
}

/** 向用户发券: request body */
export interface PostV3MarketingBusifavorCouponsSendBody {
 /** 用户标识 @example xsd3434454567676 */ openid: string;
 /** 公众账号ID @example wx1234567889999 */ appid: string;
 /** 批次号 @example 100088 */ stock_id: string;
 /** 发券凭证 @example 1002600620019090123143254435 */ out_request_no: string;
 /** 券code @example sxxe34343434 */ coupon_code?: string;
}
/** 向用户发券: options */
export interface PostV3MarketingBusifavorCouponsSendOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsSendBody;
}
/** 向用户发券: response body */
export interface PostV3MarketingBusifavorCouponsSendData {
 /** 批次号 */ stock_id: string;
 /** 券code */ coupon_code?: string;
 /** 发券凭证 */ out_request_no?: string;
}

/** 核销用户券API: request body */
export interface PostV3MarketingBusifavorCouponsUseBody {
 /** 券code @example sxxe34343434 */ coupon_code: string;
 /** 批次号 @example 100088 */ stock_id?: string;
 /** 公众账号ID @example wx1234567889999 */ appid: string;
 /** 请求核销时间 @example 2015-05-20T13:29:35+08:00 */ use_time: string;
 /** 核销请求单据号 @example 1002600620019090123143254435 */ use_request_no: string;
 /** 用户标识 @example xsd3434454567676 */ openid?: string;
 /** 商户订单号 @example 190000001 */ out_trade_no?: string;
 /** 下单商户号 @example 190000001 */ mch_id?: string;
 /** 微信支付订单号 @example 4200000001856498491 */ transaction_id?: string;
}
/** 核销用户券API: options */
export interface PostV3MarketingBusifavorCouponsUseOptions extends CallOptions {
 json: PostV3MarketingBusifavorCouponsUseBody;
}
/** 核销用户券API: response body */
export interface PostV3MarketingBusifavorCouponsUseData {
 /** 批次号 */ stock_id: string;
 /** 用户标识 */ openid: string;
 /** 系统核销券成功的时间 */ wechatpay_use_time: string;
}

/** 发放消费卡API: request body */
export interface PostV3MarketingBusifavorCoupons_card_id_SendBody {
 /** 消费卡归属appid */ appid: string;
 /** 用户openid */ openid: string;
 /** 商户单据号 */ out_request_no: string;
 /** 请求发卡时间 */ send_time: string;
}
/** 发放消费卡API: options */
export interface PostV3MarketingBusifavorCoupons_card_id_SendOptions extends CallOptions {
 /** 消费卡ID */ card_id: string;
 json: PostV3MarketingBusifavorCoupons_card_id_SendBody;
}
/** 发放消费卡API: response body */
export interface PostV3MarketingBusifavorCoupons_card_id_SendData {
 /** 消费卡code */ card_code: string;
}

/** 向用户预发放商品券: request body */
export interface PostV3MarketingBusifavorProductCouponsPreSendBody {
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code?: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid?: string;
 /** 发券请求单号 @example 34657_20250101_123456 */ send_request_no: string;
}
/** 向用户预发放商品券: options */
export interface PostV3MarketingBusifavorProductCouponsPreSendOptions extends CallOptions {
 json: PostV3MarketingBusifavorProductCouponsPreSendBody;
}
/** 向用户预发放商品券: response body */
export interface PostV3MarketingBusifavorProductCouponsPreSendData {
 /** 预发券token */ token: string;
}

/** 向用户发放商品券: request body */
export interface PostV3MarketingBusifavorProductCouponsSendBody {
 /** 用户标识 @example xsd3434454567676 */ openid: string;
 /** 公众账号ID @example wx1234567889999 */ appid: string;
 /** 批次号 @example 12312354 */ stock_id: string;
 /** 发券凭证 @example 2335465 */ out_request_no: string;
 /** 券code @example 202007019999 */ coupon_code?: string;
 /** 券类型 @example NORMAL */ coupon_type: "NORMAL" | "MEMBER";
 /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ member_card_id?: string;
}
/** 向用户发放商品券: options */
export interface PostV3MarketingBusifavorProductCouponsSendOptions extends CallOptions {
 json: PostV3MarketingBusifavorProductCouponsSendBody;
}
/** 向用户发放商品券: response body */
export interface PostV3MarketingBusifavorProductCouponsSendData {
 /** 批次号 */ stock_id: string;
 /** 券code */ coupon_code: string;
 /** 发券凭证 */ out_request_no: string;
}

/** 创建商家券API: request body */
export interface PostV3MarketingBusifavorStocksBody {
 /** 商家券批次名称 @example 8月1日活动券 */ stock_name: string;
 /** 批次归属商户号 @example 10000022 */ belong_merchant: string;
 /** 批次备注 @example 活动使用 */ comment?: string;
 /** 适用商品范围 @example xxx商品使用 */ goods_name: string;
 /** 批次类型 @example NORMAL */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 核销规则 */ coupon_use_rule: {
  /** 券可核销时间 */ coupon_available_time: {
   /** 开始时间 @example 2015-05-20T13:29:35+08:00 */ available_begin_time: string;
   /** 结束时间 @example 2015-05-20T13:29:35+08:00 */ available_end_time: string;
   /** 生效后N天内有效 @example 3 */ available_day_after_receive?: number;
   /** 固定周期有效时间段 */ available_week?: {
    /** 可用星期数 */ week_day?: number[];
    /** 当天可用时间段 */ available_day_time?: Array<{
     /** 当天可用开始时间 @example 3600 */ begin_time?: number;
     /** 当天可用结束时间 @example 86399 */ end_time?: number;
    }>;
   };
   /** 无规律的有效时间段 */ irregulary_avaliable_time?: Array<{
    /** 开始时间 @example 2015-05-20T13:29:35+08:00 */ begin_time?: string;
    /** 结束时间 @example 2015-05-20T13:29:35+08:00 */ end_time?: string;
   }>;
   /** 领取后N天开始生效 @example 7 */ wait_days_after_receive?: number;
   /** 领取后N秒内有效 @example 3600 */ available_second_after_receive?: number;
  };
  /** 固定面额满减券使用规则 */ fixed_normal_coupon?: {
   /** 优惠金额 @example 5 */ discount_amount: number;
   /** 消费门槛 @example 100 */ transaction_minimum: number;
  };
  /** 折扣券使用规则 */ discount_coupon?: {
   /** 折扣比例 @example 88 */ discount_percent: number;
   /** 消费门槛 @example 100 */ transaction_minimum: number;
  };
  /** 换购券使用规则 */ exchange_coupon?: {
   /** 单品换购价 @example 100 */ exchange_price: number;
   /** 消费门槛 @example 100 */ transaction_minimum: number;
  };
  /** 核销方式 @example OFF_LINE */ use_method: "OFF_LINE" | "MINI_PROGRAMS" | "SELF_CONSUME" | "PAYMENT_CODE";
  /** 小程序appid @example wx23232232323 */ mini_programs_appid?: string;
  /** 小程序path @example /path/index/index */ mini_programs_path?: string;
 };
 /** 发放规则 */ stock_send_rule: {
  /** 批次总预算 @example 100000 */ max_amount?: number;
  /** 批次最大发放个数 @example 100 */ max_coupons: number;
  /** 用户最大可领个数 @example 5 */ max_coupons_per_user: number;
  /** 单天发放上限金额 @example 1000 */ max_amount_by_day?: number;
  /** 单天发放上限个数 @example 100 */ max_coupons_by_day?: number;
  /** 是否开启自然人限制 */ natural_person_limit?: boolean;
  /** 可疑账号拦截 */ prevent_api_abuse?: boolean;
  /** 是否允许转赠 */ transferable?: boolean;
  /** 是否允许分享链接 */ shareable?: boolean;
 };
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 自定义入口 */ custom_entrance?: {
  /** 小程序入口 */ mini_programs_info?: MiniProgramsInfo;
  /** 商户公众号appid @example wx324345hgfhfghfg */ appid?: string;
  /** 营销馆id @example 233455656 */ hall_id?: string;
  /** 可用门店id @example 233554655 */ store_id?: string;
  /** code展示模式 @example BARCODE */ code_display_mode?: "NOT_SHOW" | "BARCODE" | "QRCODE";
 };
 /** 样式信息 */ display_pattern_info?: {
  /** 使用须知 @example xxx门店可用 */ description?: string;
  /** 商户logo @example https://qpic.cn/xxx */ merchant_logo_url?: string;
  /** 商户名称 @example 微信支付 */ merchant_name?: string;
  /** 背景颜色 @example Color020 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
  /** 券详情图片 @example https://qpic.cn/xxx */ coupon_image_url?: string;
  /** 视频号相关信息 */ finder_info?: FinderInfo;
 };
 /** 券code模式 @example WECHATPAY_MODE */ coupon_code_mode: "WECHATPAY_MODE" | "MERCHANT_API" | "MERCHANT_UPLOAD";
 /** 事件通知配置 */ notify_config?: NotifyConfig;
 /** 是否允许营销补贴 */ subsidy?: boolean;
}
/** 创建商家券API: options */
export interface PostV3MarketingBusifavorStocksOptions extends CallOptions {
 json: PostV3MarketingBusifavorStocksBody;
}
/** 创建商家券API: response body */
export interface PostV3MarketingBusifavorStocksData {
 /** 批次号 */ stock_id: string;
 /** 创建时间 */ create_time: string;
}

/** 查询商家券详情API: options */
export interface GetV3MarketingBusifavorStocksOptions extends CallOptions {
 /** 批次号 @example 1212 */ stock_id: string;
}
/** 查询商家券详情API: response body */
export interface GetV3MarketingBusifavorStocksData {
 /** 商家券批次名称 */ stock_name: string;
 /** 批次归属商户号 */ belong_merchant: string;
 /** 批次备注 */ comment?: string;
 /** 适用商品范围 */ goods_name: string;
 /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 核销规则 */ coupon_use_rule: CouponUseRule;
 /** 发放规则 */ stock_send_rule: {
  /** 批次总预算 */ max_amount: number;
  /** 批次最大发放个数 */ max_coupons?: number;
  /** 用户最大可领个数 */ max_coupons_per_user: number;
  /** 单天发放上限金额 */ max_amount_by_day?: number;
  /** 单天发放上限个数 */ max_coupons_by_day?: number;
  /** 是否开启自然人限制 */ natural_person_limit?: boolean;
  /** 可疑账号拦截 */ prevent_api_abuse?: boolean;
  /** 是否允许转赠 */ transferable?: boolean;
  /** 是否允许分享链接 */ shareable?: boolean;
 };
 /** 自定义入口 */ custom_entrance?: CustomEntrance;
 /** 样式信息 */ display_pattern_info?: DisplayPatternInfo;
 /** 批次状态 */ stock_state: "UNAUDIT" | "RUNNING" | "STOPED" | "PAUSED";
 /** 券code模式 */ coupon_code_mode: "WECHATPAY_MODE" | "MERCHANT_API" | "MERCHANT_UPLOAD";
 /** 批次号 */ stock_id: string;
 /** 券code数量 */ coupon_code_count?: {
  /** 该批次总共已上传的code总数 */ total_count: number;
  /** 该批次当前可用的code数 */ available_count: number;
 };
 /** 事件通知配置 */ notify_config?: MarketingNotifyConfig;
 /** 批次发放情况 */ send_count_information?: {
  /** 已发放券张数 */ total_send_num?: number;
  /** 已发放券金额 */ total_send_amount?: number;
  /** 单天已发放券张数 */ today_send_num?: number;
  /** 单天已发放券金额 */ today_send_amount?: number;
 };
 /** 是否允许营销补差 */ subsidy?: boolean;
}

/** 修改商家券基本信息API: request body */
export interface PatchV3MarketingBusifavorStocksBody {
 /** 自定义入口 */ custom_entrance?: {
  /** 小程序入口 */ mini_programs_info?: MiniProgramsInfo;
  /** 商户公众号appid @example wx324345hgfhfghfg */ appid?: string;
  /** 营销馆id @example 233455656 */ hall_id?: string;
  /** code展示模式 @example BARCODE */ code_display_mode?: "NOT_SHOW" | "BARCODE" | "QRCODE";
 };
 /** 批次名称 @example 8月1日活动券 */ stock_name?: string;
 /** 批次备注 @example 活动使用 */ comment?: string;
 /** 适用商品范围 @example xxx商品使用 */ goods_name?: string;
 /** 商户请求单号 @example 6122352020010133287985742 */ out_request_no: string;
 /** 样式信息 */ display_pattern_info?: {
  /** 使用须知 @example xxx门店可用 */ description?: string;
  /** 商户logo @example https://xxx */ merchant_logo_url?: string;
  /** 商户名称 @example 微信支付 */ merchant_name?: string;
  /** 背景颜色 @example Color020 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
  /** 券详情图片 @example https://qpic.cn/xxx */ coupon_image_url?: string;
  /** 视频号相关信息 */ finder_info?: FinderInfo;
 };
 /** 核销规则 */ coupon_use_rule?: {
  /** 核销方式 @example OFF_LINE */ use_method?: "OFF_LINE" | "MINI_PROGRAMS" | "SELF_CONSUME" | "PAYMENT_CODE";
  /** 小程序appid @example wx23232232323 */ mini_programs_appid?: string;
  /** 小程序path @example /path/index/index */ mini_programs_path?: string;
 };
 /** 发放规则 */ stock_send_rule?: {
  /** 是否开启自然人限领 */ natural_person_limit?: boolean;
  /** 可疑账号拦截 */ prevent_api_abuse?: boolean;
 };
 /** 事件通知配置 */ notify_config?: NotifyConfig;
 /** 是否允许营销补差 @example false */ subsidy?: boolean;
}
/** 修改商家券基本信息API: options */
export interface PatchV3MarketingBusifavorStocksOptions extends CallOptions {
 /** 批次号 @example 101156451224 */ stock_id: string;
 json: PatchV3MarketingBusifavorStocksBody;
}
/** 修改商家券基本信息API: response body */
export type PatchV3MarketingBusifavorStocksData = undefined;

/** 修改批次预算API: request body */
export interface PatchV3MarketingBusifavorStocksBudgetBody {
 /** 目标批次最大发放个数 @example 3000 */ target_max_coupons?: number;
 /** 目标单天发放上限个数 */ target_max_coupons_by_day?: number;
 /** 当前批次最大发放个数 @example 500 */ current_max_coupons?: number;
 /** 当前单天发放上限个数 @example 300 */ current_max_coupons_by_day?: number;
 /** 修改预算请求单据号 @example 1002600620019090123143254436 */ modify_budget_request_no: string;
}
/** 修改批次预算API: options */
export interface PatchV3MarketingBusifavorStocksBudgetOptions extends CallOptions {
 /** 批次号 @example 98065001 */ stock_id: string;
 json: PatchV3MarketingBusifavorStocksBudgetBody;
}
/** 修改批次预算API: response body */
export interface PatchV3MarketingBusifavorStocksBudgetData {
 /** 批次当前最大发放个数 */ max_coupons: number;
 /** 当前单天发放上限个数 */ max_coupons_by_day?: number;
}

/** 查询预存code列表: options */
export interface GetV3MarketingBusifavorStocks_stock_id_CouponcodesOptions extends CallOptions {
 /** 批次号 @example 98065001 */ stock_id: string;
 query?: {
  /** 券code状态 */ status?: "SENDED" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 公众账号ID @example wx233544546545989 */ appid?: string;
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询预存code列表: response body */
export interface GetV3MarketingBusifavorStocks_stock_id_CouponcodesData {
 /** 批次号 */ stock_id: string;
 /** 批次总数 */ total_count: number;
 /** 分页大小 */ limit: number;
 /** 分页页码 */ offset: number;
 /** 券code列表 */ data?: MarketingData[];
}

/** 上传预存code API: request body */
export interface PostV3MarketingBusifavorStocksCouponcodesBody {
 /** 券code列表 */ coupon_code_list?: string[];
 /** 请求业务单据号 @example 100002322019090134234sfdf */ upload_request_no: string;
}
/** 上传预存code API: options */
export interface PostV3MarketingBusifavorStocksCouponcodesOptions extends CallOptions {
 /** 批次号 @example 98065001 */ stock_id: string;
 json: PostV3MarketingBusifavorStocksCouponcodesBody;
}
/** 上传预存code API: response body */
export interface PostV3MarketingBusifavorStocksCouponcodesData {
 /** 批次号 */ stock_id: string;
 /** 去重后上传code总数 */ total_count: number;
 /** 上传成功code个数 */ success_count: number;
 /** 上传成功的code列表 */ success_codes?: string[];
 /** 上传成功时间 */ success_time: string;
 /** 上传失败code个数 */ fail_count?: number;
 /** 上传失败的code及原因 */ fail_codes?: Array<{
  /** 上传失败的券code */ coupon_code: string;
  /** 上传失败错误码 */ code: string;
  /** 上传失败错误信息 */ message: string;
 }>;
 /** 已存在的code列表 */ exist_codes?: string[];
 /** 本次请求中重复的code列表 */ duplicate_codes?: string[];
}

/** 查询预存code详情: options */
export interface GetV3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Options extends CallOptions {
 /** 批次号 @example 1212 */ stock_id: string;
 /** 商户上传的code @example 1212 */ coupon_code: string;
 query?: {
  /** 公众账号ID @example wx233544546545989 */ appid?: string;
 };
}
/** 查询预存code详情: response body */
export interface GetV3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Data {
 /** 券code信息 */ code_information: MarketingData;
 /** 券码信息 */ coupon_information: {
  /** 商家券批次名称 */ stock_name: string;
  /** 批次归属商户号 */ belong_merchant: string;
  /** 批次备注 */ comment?: string;
  /** 适用商品范围 */ goods_name: string;
  /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
  /** 是否允许转赠 */ transferable?: boolean;
  /** 是否允许分享领券链接 */ shareable?: boolean;
  /** 券状态 */ coupon_state?: string;
  /** 核销规则 */ coupon_use_rule: CouponUseRule;
  /** 自定义入口 */ custom_entrance?: CustomEntrance;
  /** 样式信息 */ display_pattern_info?: DisplayPatternInfo;
 };
}

/** 删除预存code: options */
export interface DeleteV3MarketingBusifavorStocksCouponcodesOptions extends CallOptions {
 /** 批次号 @example 101156451224 */ stock_id: string;
 /** 商户上传的code @example 1212 */ coupon_code: string;
 query: {
  /** 请求业务单据号 @example 1212 */ delete_request_no: string;
 };
}
/** 删除预存code: response body */
export interface DeleteV3MarketingBusifavorStocksCouponcodesData {
 /** 批次号 */ stock_id?: string;
 /** 删除时间 */ delete_time?: string;
}

/** 查询营销补差付款单列表API: options */
export interface GetV3MarketingBusifavorSubsidyPayReceiptsOptions extends CallOptions {
 query: {
  /** 商家券批次号 @example 128888000000001 */ stock_id: string;
  /** 商家券Code @example ABCD12345678 */ coupon_code: string;
  /** 补差付款请求单号 @example subsidy-abcd-12345678 */ out_subsidy_no?: string;
 };
}
/** 查询营销补差付款单列表API: response body */
export interface GetV3MarketingBusifavorSubsidyPayReceiptsData {
 /** 补差付款单据列表 */ pay_receipt_list?: PayReceiptList[];
}

/** 营销补差付款API: request body */
export interface PostV3MarketingBusifavorSubsidyPayReceiptsBody {
 /** 商家券批次号 @example 128888000000001 */ stock_id: string;
 /** 商家券Code @example ABCD12345678 */ coupon_code: string;
 /** 微信支付订单号 @example 4200000913202101152566792388 */ transaction_id: string;
 /** 营销补差扣款商户号 @example 1900000001 */ payer_merchant: string;
 /** 营销补差入账商户号 @example 1900000002 */ payee_merchant: string;
 /** 补差付款金额 @example 100 */ amount: number;
 /** 补差付款描述 @example 20210115DESCRIPTION */ description: string;
 /** 业务请求唯一单号 @example subsidy-abcd-12345678 */ out_subsidy_no: string;
}
/** 营销补差付款API: options */
export interface PostV3MarketingBusifavorSubsidyPayReceiptsOptions extends CallOptions {
 json: PostV3MarketingBusifavorSubsidyPayReceiptsBody;
}
/** 营销补差付款API: response body */
export interface PostV3MarketingBusifavorSubsidyPayReceiptsData extends PayReceiptList {}

/** 查询营销补差付款单详情API: options */
export interface GetV3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Options extends CallOptions {
 /** 补差付款单号 @example 1120200119165100000000000001 */ subsidy_receipt_id: string;
}
/** 查询营销补差付款单详情API: response body */
export interface GetV3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Data extends PayReceiptList {}

/** 营销补差回退API: request body */
export interface PostV3MarketingBusifavorSubsidyReturnReceiptsBody {
 /** 商家券批次号 @example 128888000000001 */ stock_id: string;
 /** 商家券Code @example ABCD12345678 */ coupon_code: string;
 /** 微信支付订单号 @example 4200000913202101152566792388 */ transaction_id: string;
 /** 微信支付退款单号 @example 50100506732021010105138718375 */ refund_id: string;
 /** 原营销补差扣款商户号 @example 1900000001 */ payer_merchant: string;
 /** 原营销补差入账商户号 @example 1900000002 */ payee_merchant: string;
 /** 补差回退金额 @example 100 */ amount: number;
 /** 补差回退描述 @example 20210115DESCRIPTION */ description: string;
 /** 业务请求唯一单号 @example subsidy-abcd-12345678 */ out_subsidy_return_no: string;
}
/** 营销补差回退API: options */
export interface PostV3MarketingBusifavorSubsidyReturnReceiptsOptions extends CallOptions {
 json: PostV3MarketingBusifavorSubsidyReturnReceiptsBody;
}
/** 营销补差回退API: response body */
export interface PostV3MarketingBusifavorSubsidyReturnReceiptsData extends PostV3MarketingBusifavorSubsidyReturnReceiptsDataFields {}

/** 查询商家券营销补差回退单详情: options */
export interface GetV3MarketingBusifavorSubsidyReturnReceiptsOptions extends CallOptions {
 /** 补差回退单号 @example 2120200119165100000000000001 */ subsidy_return_receipt_id: string;
}
/** 查询商家券营销补差回退单详情: response body */
export interface GetV3MarketingBusifavorSubsidyReturnReceiptsData extends PostV3MarketingBusifavorSubsidyReturnReceiptsDataFields {}

/** 根据过滤条件查询用户券API: options */
export interface GetV3MarketingBusifavorUsersCouponsOptions extends CallOptions {
 /** 用户标识 @example 2323dfsdf342342 */ openid: string;
 query: {
  /** 公众账号ID @example wx233544546545989 */ appid: string;
  /** 批次号 @example 9865000 */ stock_id?: string;
  /** 券状态 @example SENDED */ coupon_state?: "SENDED" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 创建批次的商户号 @example 1000000001 */ creator_merchant?: string;
  /** 批次归属商户号 @example 1000000002 */ belong_merchant?: string;
  /** 批次发放商户号 @example 1000000003 */ sender_merchant?: string;
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 根据过滤条件查询用户券API: response body */
export interface GetV3MarketingBusifavorUsersCouponsData {
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 结果集 */ data: Array<{
  /** 商家券批次名称 */ stock_name: string;
  /** 批次归属商户号 */ belong_merchant: string;
  /** 批次备注 */ comment?: string;
  /** 适用商品范围 */ goods_name: string;
  /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
  /** 核销规则 */ coupon_use_rule: MarketingCouponUseRule;
  /** 自定义入口 */ custom_entrance?: MarketingCustomEntrance;
  /** 样式信息 */ display_pattern_info: DisplayPatternInfo;
  /** 券code */ coupon_code?: string;
  /** 券状态 */ coupon_state?: "SENDED" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 批次号 */ stock_id?: string;
  /** 是否允许转赠 */ transferable?: boolean;
  /** 是否允许分享链接 */ shareable?: boolean;
  /** 发券请求单号 */ send_request_no: string;
  /** 核销请求单号 */ use_request_no?: string;
  /** 券可使用开始时间 */ available_start_time: string;
  /** 券过期时间 */ expire_time: string;
  /** 券领券时间 */ receive_time: string;
  /** 券核销时间 */ use_time?: string;
 }>;
}

/** 查询用户单张券详情API: options */
export interface GetV3MarketingBusifavorUsersCouponsAppidsOptions extends CallOptions {
 /** 用户标识 */ openid: string;
 /** 券code */ coupon_code: string;
 /** 公众账号ID */ appid: string;
}
/** 查询用户单张券详情API: response body */
export interface GetV3MarketingBusifavorUsersCouponsAppidsData {
 /** 商家券批次名称 */ stock_name: string;
 /** 批次归属商户号 */ belong_merchant: string;
 /** 批次备注 */ comment?: string;
 /** 适用商品范围 */ goods_name: string;
 /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 核销规则 */ coupon_use_rule: MarketingCouponUseRule;
 /** 自定义入口 */ custom_entrance?: MarketingCustomEntrance;
 /** 样式信息 */ display_pattern_info: DisplayPatternInfo;
 /** 券code */ coupon_code?: string;
 coupon_state?: "SENDED" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED" | "PENDING_REDEEM" | "REDEEM_CONFIRMING" | "REDEEM_FAILED" | "REDEEM_EXPIRED";
 /** 批次号 */ stock_id?: string;
 /** 是否允许转赠 */ transferable?: boolean;
 /** 是否允许分享链接 */ shareable?: boolean;
 /** 发券请求单号 */ send_request_no: string;
 /** 核销请求单号 */ use_request_no?: string;
 /** 券可使用开始时间 */ available_start_time: string;
 /** 券过期时间 */ expire_time: string;
 /** 券领券时间 */ receive_time: string;
 /** 券核销时间 */ use_time?: string;
}

/** 获取已设置的消息通知地址API: options */
export interface GetV3MarketingFavorCallbacksOptions extends CallOptions {
 query: {
  /** 商户号 @example 9856888 */ mchid: string;
 };
}
/** 获取已设置的消息通知地址API: response body */
export interface GetV3MarketingFavorCallbacksData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ notify_url: string;
}

/** 设置消息通知地址API: request body */
export interface PostV3MarketingFavorCallbacksBody {
 /** 商户号 @example 9856888 */ mchid: string;
 /** 通知url地址 @example https://pay.weixin.qq.com */ notify_url: string;
 /** 回调开关 @example true */ switch?: boolean;
}
/** 设置消息通知地址API: options */
export interface PostV3MarketingFavorCallbacksOptions extends CallOptions {
 json: PostV3MarketingFavorCallbacksBody;
}
/** 设置消息通知地址API: response body */
export interface PostV3MarketingFavorCallbacksData {
 /** 修改时间 */ update_time: string;
 /** 通知地址 */ notify_url: string;
}

/** 创建代金券批次API: request body */
export interface PostV3MarketingFavorCouponStocksBody {
 /** 批次名称 @example 微信支付代金券批次 */ stock_name: string;
 /** 开始时间 @example 2015-05-20T13:29:35.120+08:00 */ available_begin_time: string;
 /** 结束时间 @example 2015-05-20T13:29:35.120+08:00 */ available_end_time: string;
 /** 发放规则 */ stock_use_rule: StockUseRule;
 /** 是否无资金流 */ no_cash: boolean;
 /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHAHGE" | "RANDOM" | "DISCOUNT_CUT";
 /** 批次备注 @example 零售批次 */ comment?: string;
 /** 归属商户号 @example 98568865 */ belong_merchant: string;
 pattern_info?: {
  /** 卡包跳转目标 */ jump_target?: "PAYMENT_CODE" | "MINI_PROGRAM" | "DEFAULT_PAGE";
  /** 小程序appid */ mini_program_appid?: string;
  /** 小程序path */ mini_program_path?: string;
 };
 coupon_use_rule: {
  /** 是否可叠加其他优惠 */ combine_use?: boolean;
 };
 /** 商户单据号 */ out_request_no: string;
 /** 扩展属性 @example {"exinfo1":"1234","exinfo2":"3456"} */ ext_info?: string;
}
/** 创建代金券批次API: options */
export interface PostV3MarketingFavorCouponStocksOptions extends CallOptions {
 json: PostV3MarketingFavorCouponStocksBody;
}
/** 创建代金券批次API: response body */
export interface PostV3MarketingFavorCouponStocksData {
 /** 批次号 */ stock_id: string;
 /** 创建时间 */ create_time: string;
}

/** The parts of the multipart/form-data body of POST /v3/marketing/favor/media/image-upload. */
export interface PostV3MarketingFavorMediaImageUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** （营销）图片上传API: options */
export interface PostV3MarketingFavorMediaImageUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3MarketingFavorMediaImageUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/marketing/favor/media/image-upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3MarketingFavorMediaImageUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/marketing/favor/media/image-upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3MarketingFavorMediaImageUploadOptions = PostV3MarketingFavorMediaImageUploadFormDataOptions | PostV3MarketingFavorMediaImageUploadFileOptions;
/** （营销）图片上传API: response body */
export interface PostV3MarketingFavorMediaImageUploadData {
 /** 媒体文件URL地址 */ media_url: string;
}

/** 条件查询批次列表API: options */
export interface GetV3MarketingFavorStocksOptions extends CallOptions {
 query: {
  /** 分页页码 */ offset: number;
  /** 分页大小 */ limit: number;
  /** 创建批次的商户号 */ stock_creator_mchid: string;
  /** 起始时间 @example 2015-05-20T13:29:35.120+08:00 */ create_start_time?: string;
  /** 终止时间 @example 2015-05-20T13:29:35.120+08:00 */ create_end_time?: string;
  status?: "unactivated" | "audit" | "running" | "stoped" | "paused";
 };
}
/** 条件查询批次列表API: response body */
export interface GetV3MarketingFavorStocksData {
 /** 批次总数 */ total_count: number;
 /** 分页大小 */ limit: number;
 /** 分页页码 */ offset: number;
 /** 批次详情 */ data?: Array<MarketingData2>;
}

/** 查询批次详情API: options */
export interface GetV3MarketingFavorStocks_stock_id_Options extends CallOptions {
 /** 批次号 */ stock_id: string;
 query: {
  /** 创建批次的商户号 */ stock_creator_mchid: string;
 };
}
/** 查询批次详情API: response body */
export interface GetV3MarketingFavorStocks_stock_id_Data extends MarketingData2 {}

/** 查询代金券可用单品API: options */
export interface GetV3MarketingFavorStocksItemsOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
 query: {
  /** 创建批次的商户号 */ stock_creator_mchid: string;
  /** 分页页码 */ offset: number;
  /** 分页大小 */ limit: string;
 };
}
/** 查询代金券可用单品API: response body */
export interface GetV3MarketingFavorStocksItemsData {
 /** 可用单品编码总数 */ total_count: number;
 data?: string[];
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 批次号 */ stock_id: string;
}

/** 查询代金券可用商户API: options */
export interface GetV3MarketingFavorStocksMerchantsOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
 query: {
  /** 分页页码 */ offset: number;
  /** 分页大小 */ limit: string;
  /** 创建批次的商户号 */ stock_creator_mchid: string;
 };
}
/** 查询代金券可用商户API: response body */
export interface GetV3MarketingFavorStocksMerchantsData {
 /** 可用商户总数量 */ total_count: number;
 /** 可用商户列表 */ data?: string[];
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 批次号 */ stock_id: string;
}

/** 修改可用单品编码: request body */
export interface PostV3MarketingFavorStocksModifyGoodsIdBody {
 /** 创建批次的商户号 @example 8956000 */ stock_creator_mchid: string;
 /** 增加单品编码列表 */ add_goods_id_list?: string[];
 /** 删除单品编码列表 */ delete_goods_id_list?: string[];
}
/** 修改可用单品编码: options */
export interface PostV3MarketingFavorStocksModifyGoodsIdOptions extends CallOptions {
 /** 批次号 @example 9865000 */ stock_id: string;
 json: PostV3MarketingFavorStocksModifyGoodsIdBody;
}
/** 修改可用单品编码: response body */
export interface PostV3MarketingFavorStocksModifyGoodsIdData {
 /** 生效时间 */ pause_time: string;
 /** 批次号 */ stock_id: string;
}

/** 暂停代金券批次API: request body */
export interface PostV3MarketingFavorStocksPauseBody {
 /** 创建批次的商户号 @example 8956000 */ stock_creator_mchid: string;
}
/** 暂停代金券批次API: options */
export interface PostV3MarketingFavorStocksPauseOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
 json: PostV3MarketingFavorStocksPauseBody;
}
/** 暂停代金券批次API: response body */
export interface PostV3MarketingFavorStocksPauseData {
 /** 暂停时间 */ pause_time: string;
 /** 批次号 */ stock_id: string;
}

/** 下载批次退款明细API: options */
export interface GetV3MarketingFavorStocksRefundFlowOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
}
/** 下载批次退款明细API: response body */
export interface GetV3MarketingFavorStocksRefundFlowData {
 /** 下载链接 */ url: string;
 /** 安全校验码 */ hash_value: string;
 /** 哈希算法类型 */ hash_type: string;
}

/** 获取批次退款明细下载链接: options */
export interface GetV3MarketingFavorStocksRefundFlowByDayOptions extends CallOptions {
 /** 批次号 @example 12356458 */ stock_id: string;
 query: {
  /** 账单日期 @example 2025-08-09 */ bill_date: string;
 };
}
/** 获取批次退款明细下载链接: response body */
export interface GetV3MarketingFavorStocksRefundFlowByDayData {
 /** 下载链接 */ url: string;
 /** 账单文件摘要 */ stock_refundflow_hash: string;
 /** 账单记录总条数 */ stock_refundflow_count: string;
}

/** 重启代金券批次API: request body */
export interface PostV3MarketingFavorStocksRestartBody {
 /** 创建批次的商户号 @example 8956000 */ stock_creator_mchid: string;
}
/** 重启代金券批次API: options */
export interface PostV3MarketingFavorStocksRestartOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
 json: PostV3MarketingFavorStocksRestartBody;
}
/** 重启代金券批次API: response body */
export interface PostV3MarketingFavorStocksRestartData {
 /** 生效时间 */ restart_time: string;
 /** 批次号 */ stock_id: string;
}

/** 激活代金券批次API: request body */
export interface PostV3MarketingFavorStocksStartBody {
 /** 创建批次的商户号 @example 8956000 */ stock_creator_mchid: string;
}
/** 激活代金券批次API: options */
export interface PostV3MarketingFavorStocksStartOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
 json: PostV3MarketingFavorStocksStartBody;
}
/** 激活代金券批次API: response body */
export interface PostV3MarketingFavorStocksStartData {
 /** 生效时间 */ start_time: string;
 /** 批次号 */ stock_id: string;
}

/** 下载批次核销明细API: options */
export interface GetV3MarketingFavorStocksUseFlowOptions extends CallOptions {
 /** 批次号 */ stock_id: string;
}
/** 下载批次核销明细API: response body */
export interface GetV3MarketingFavorStocksUseFlowData {
 /** 下载链接 */ url: string;
 /** 安全校验码 */ hash_value: string;
 /** 哈希算法类型 */ hash_type: string;
}

/** 获取批次核销明细下载链接: options */
export interface GetV3MarketingFavorStocksUseFlowByDayOptions extends CallOptions {
 /** 批次号 @example 12356458 */ stock_id: string;
 query: {
  /** 账单日期 @example 2025-08-09 */ bill_date: string;
 };
}
/** 获取批次核销明细下载链接: response body */
export interface GetV3MarketingFavorStocksUseFlowByDayData {
 /** 下载链接 */ url: string;
 /** 账单文件摘要 */ stock_useflow_hash: string;
 /** 账单记录总条数 */ stock_useflow_count: string;
}

/** 根据商户号查用户的券: options */
export interface GetV3MarketingFavorUsers_openid_CouponsOptions extends CallOptions {
 /** 用户openid */ openid: string;
 query: {
  /** 公众账号ID */ appid: string;
  /** 批次号 */ stock_id?: string;
  /** 券或消费金状态 */ status?: "SENDED" | "USED";
  /** 创建批次的商户号 */ creator_mchid?: string;
  /** 批次发放商户号 */ sender_mchid?: string;
  /** 可用商户号 */ available_mchid?: string;
  /** 分页页码 */ offset?: number;
  /** 分页大小 */ limit?: number;
  /** 业务类型 @example MULTIUSE */ business_type?: "MULTIUSE";
 };
}
/** 根据商户号查用户的券: response body */
export interface GetV3MarketingFavorUsers_openid_CouponsData {
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 结果集 */ data: Array<MarketingData3>;
}

/** 发放代金券API: request body */
export interface PostV3MarketingFavorUsersCouponsBody {
 /** 批次号 @example 9856000 */ stock_id: string;
 /** 商户单据号 @example 89560002019101000121 */ out_request_no: string;
 /** 公众账号ID @example wx233544546545989 */ appid: string;
 /** 创建批次的商户号 @example 8956000 */ stock_creator_mchid: string;
 /** 指定面额发券 @example 100 */ coupon_value?: number;
 /** 指定面额发券 @example 100 */ coupon_minimum?: number;
}
/** 发放代金券API: options */
export interface PostV3MarketingFavorUsersCouponsOptions extends CallOptions {
 /** 用户openid */ openid: string;
 json: PostV3MarketingFavorUsersCouponsBody;
}
/** 发放代金券API: response body */
export interface PostV3MarketingFavorUsersCouponsData {
 /** 代金券id */ coupon_id: string;
}

/** 查询代金券详情API: options */
export interface GetV3MarketingFavorUsers_openid_Coupons_coupon_id_Options extends CallOptions {
 /** 用户openid */ openid: string;
 /** 代金券id */ coupon_id: string;
 query: {
  /** 公众账号ID */ appid: string;
 };
}
/** 查询代金券详情API: response body */
export interface GetV3MarketingFavorUsers_openid_Coupons_coupon_id_Data extends MarketingData3 {}

/** 按区域查询品牌加价购活动: options */
export interface GetV3MarketingGoodsSubsidyActivityActivitiesOptions extends CallOptions {
 query: {
  /** 活动所属城市的ID */ city_id: string;
  /** 分页页码 */ offset: number;
  /** 最大返回的活动数 */ limit: number;
 };
}
/** 按区域查询品牌加价购活动: response body */
export interface GetV3MarketingGoodsSubsidyActivityActivitiesData {
 /** 小店活动门店总数 */ total_count?: number;
 /** 小店活动门店集合 */ data?: Array<{
  /** 活动ID */ activity_id?: string;
  /** 品牌ID */ brand_id?: string;
  /** 活动创建方商户号 */ creator_merchant_id?: string;
  /** 活动信息 */ activity_info?: {
   /** 活动名称 */ activity_name?: string;
   /** 活动报名开始时间 */ apply_start_time?: string;
   /** 活动报名结束时间 */ apply_end_time?: string;
   /** 活动开始时间 */ activity_start_time?: string;
   /** 活动结束时间 */ activity_end_time?: string;
   /** 活动描述 */ activity_description?: string;
  };
  /** 活动商品信息 */ goods_information?: {
   /** 商品ID */ goods_id?: string;
   /** 商品名称 */ goods_name?: string;
   /** 商品图片URL */ goods_picture_url?: string;
  };
  /** 活动规则 */ rule_information?: {
   /** 购买单件商品 */ store_subsidy?: string;
   /** 购买单件商品 */ service_provider_subsidy?: string;
   /** 活动门店补贴商品数上限 */ store_subsidy_quota?: string;
   /** 单用户享受加价购优惠次数上限 */ user_subsidy_quota?: string;
   /** 活动区域列表 */ areas?: Array<{
    /** 省名称 */ province?: string;
    /** 市名称 */ city?: string;
    /** 区名称 */ district?: string;
   }>;
  };
 }>;
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
}

/** 门店报名品牌加价购活动: request body */
export interface PostV3MarketingGoodsSubsidyActivityActivityApplyBody {
 /** 调用报名活动API的商户的商户号 */ caller_merchant_id: string;
 /** 门店报名信息 */ apply_infos: ApplyInfos[];
}
/** 门店报名品牌加价购活动: options */
export interface PostV3MarketingGoodsSubsidyActivityActivityApplyOptions extends CallOptions {
 /** 活动ID */ activity_id: string;
 json: PostV3MarketingGoodsSubsidyActivityActivityApplyBody;
}
/** 门店报名品牌加价购活动: response body */
export interface PostV3MarketingGoodsSubsidyActivityActivityApplyData {
 /** 返回结果文案 */ return_message?: string;
 /** 失败的报名记录 */ failed_apply_infos?: ApplyInfos[];
 /** 成功的报名记录 */ succeed_apply_infos?: ApplyInfos[];
}

/** 锁定品牌加价购活动资格: request body */
export interface PostV3MarketingGoodsSubsidyActivityQualificationLockBody extends PostV3MarketingGoodsSubsidyActivityQualificationLockBodyFields {}
/** 锁定品牌加价购活动资格: options */
export interface PostV3MarketingGoodsSubsidyActivityQualificationLockOptions extends CallOptions {
 json: PostV3MarketingGoodsSubsidyActivityQualificationLockBody;
}
/** 锁定品牌加价购活动资格: response body */
export interface PostV3MarketingGoodsSubsidyActivityQualificationLockData {
 /** 返回结果文案 */ return_message?: string;
 /** 锁定失败的资格ID列表 */ failed_qualification_ids?: string[];
 /** 锁定成功的资格ID列表 */ succeed_qualification_ids?: string[];
}

/** 解锁品牌加价购活动资格: request body */
export interface PostV3MarketingGoodsSubsidyActivityQualificationUnlockBody extends PostV3MarketingGoodsSubsidyActivityQualificationLockBodyFields {}
/** 解锁品牌加价购活动资格: options */
export interface PostV3MarketingGoodsSubsidyActivityQualificationUnlockOptions extends CallOptions {
 json: PostV3MarketingGoodsSubsidyActivityQualificationUnlockBody;
}
/** 解锁品牌加价购活动资格: response body */
export interface PostV3MarketingGoodsSubsidyActivityQualificationUnlockData {
 /** 返回结果文案 */ return_message?: string;
 /** 锁定失败的资格ID列表 */ failed_qualification_ids?: string[];
 /** 锁定成功的资格ID列表 */ succeed_qualification_ids?: string[];
}

/** 添加零售小店活动业务代理: request body */
export interface PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeBody {
 /** 业务代理信息列表 */ representative_info_list: Array<{
  /** 业务代理的OpenID @example oK7fFt8zzEZ909XH-LE2# */ openid: string;
 }>;
 /** 请求业务单据号 @example 1002600620019090123143254436 */ out_request_no: string;
 /** 添加时间 @example 2015-05-20T13:29:35+08:00 */ add_time?: string;
}
/** 添加零售小店活动业务代理: options */
export interface PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeOptions extends CallOptions {
 /** 零售小店活动ID @example 3118550000000004 */ activity_id: string;
 json: PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeBody;
}
/** 添加零售小店活动业务代理: response body */
export interface PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeData {
 /** 零售小店活动ID */ activity_id: string;
 /** 添加失败业务代理信息列表 */ failed_representative_info_list?: Array<{
  /** 业务代理的OpenID */ openid: string;
 }>;
 /** 添加时间 */ add_time: string;
}

/** 删除零售小店活动业务代理: request body */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeBody {
 /** 业务代理信息列表 */ representative_info_list: Array<{
  /** 业务代理的OpenID @example oK7fFt8zzEZ909XH-LE2# */ openid: string;
 }>;
 /** 请求业务单据号 @example 1002600620019090123143254436 */ out_request_no: string;
 /** 删除时间 @example 2015-05-20T13:29:35.120+08:00 */ delete_time: string;
}
/** 删除零售小店活动业务代理: options */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeOptions extends CallOptions {
 /** 零售小店活动ID @example 3118550000000004 */ activity_id: string;
 json: DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeBody;
}
/** 删除零售小店活动业务代理: response body */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeData {
 /** 零售小店活动ID */ activity_id: string;
 /** 删除失败业务代理信息列表 */ failed_representative_info_list?: Array<{
  /** 业务代理的OpenID */ openid: string;
 }>;
 /** 删除时间 */ delete_time: string;
}

/** 查询零售小店活动业务代理: options */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesOptions extends CallOptions {
 /** 零售小店活动ID @example 3118550000000004 */ activity_id: string;
 query: {
  /** 分页页码 @example 0 */ offset: number;
  /** 分页大小 @example 10 */ limit: number;
 };
}
/** 查询零售小店活动业务代理: response body */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesData {
 /** 小店活动业代总数 */ total_count?: number;
 /** 小店活动业代集合 */ data?: Array<{
  /** 业务代理的OpenID */ openid: string;
 }>;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
}

/** 生成小店活动物料码: request body */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsBody {
 /** 请求业务单据 @example 1002600620019090123143254436 */ out_request_no: string;
 /** 生成物料码数量 @example 100 */ material_num: number;
}
/** 生成小店活动物料码: options */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsOptions extends CallOptions {
 /** 品牌ID @example 1001 */ brand_id: string;
 json: PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsBody;
}
/** 生成小店活动物料码: response body */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsData {
 /** 成功的物料码列表 */ material_list?: Array<{
  /** 物料码ID */ material_id?: string;
  /** 物料码链接 */ material_url?: string;
 }>;
}

/** 查询小店活动门店列表: options */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresOptions extends CallOptions {
 /** 品牌ID @example 1001 */ brand_id: string;
 query: {
  /** 分页页码 @example 0 */ offset: number;
  /** 分页大小 @example 10 */ limit: number;
 };
}
/** 查询小店活动门店列表: response body */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresData {
 /** 小店活动门店总数 */ total_count?: number;
 /** 小店活动门店集合 */ data?: Array<MarketingData4>;
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
}

/** 添加小店活动门店: request body */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresBody {
 /** 请求业务单据 @example 1002600620019090123143254436 */ out_request_no: string;
 /** 添加时间 @example 2015-05-20T13:29:35+08:00 */ add_time: string;
 /** 待新增的小店活动门店列表 */ stores: Array<{
  /** 门店编码 @example abc_001 */ store_code?: string;
  /** 门店名称 @example 幸福小店 */ store_name?: string;
 }>;
}
/** 添加小店活动门店: options */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresOptions extends CallOptions {
 /** 品牌ID @example 1001 */ brand_id: string;
 json: PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresBody;
}
/** 添加小店活动门店: response body */
export interface PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresData {
 /** 添加时间 */ add_time?: string;
 /** 添加失败的小店活动门店列表 */ failed_stores?: Array<MarketingData4>;
}

/** 删除小店活动门店: request body */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresBody {
 /** 请求业务单据 @example 1002600620019090123143254436 */ out_request_no: string;
 /** 删除时间 @example 2015-05-20T13:29:35+08:00 */ delete_time: string;
 /** 待删除的小店活动门店列表 */ stores: Array<{
  /** 门店编码 @example abc_001 */ store_code?: string;
  /** 门店名称 @example 幸福小店 */ store_name?: string;
 }>;
}
/** 删除小店活动门店: options */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresOptions extends CallOptions {
 /** 品牌ID @example 1001 */ brand_id: string;
 json: DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresBody;
}
/** 删除小店活动门店: response body */
export interface DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresData {
 /** 删除时间 */ delete_time?: string;
 /** 删除失败的小店活动门店列表 */ failed_stores?: Array<MarketingData4>;
}

/** 查询小店活动门店详情: options */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Options extends CallOptions {
 /** 品牌ID @example 1001 */ brand_id: string;
 /** 门店编码 @example abc_001 */ store_code: string;
}
/** 查询小店活动门店详情: response body */
export interface GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Data extends MarketingData4 {}

/** 查询活动列表API: options */
export interface GetV3MarketingMembercardActivityActivitiesOptions extends CallOptions {
 query: {
  /** 最大资源条数 @example 5 */ limit?: number;
  /** 请求资源起始位置 @example 10 */ offset?: number;
  /** 活动类型 @example NON_MEMBER_AFTERPAY */ activity_type: "NON_MEMBER_AFTERPAY" | "MEMBER_AFTERPAY" | "NON_MEMBER_MINIPROGRAM" | "MEMBER_MINIPROGRAM";
  /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id?: string;
  /** 活动的当前状态 @example ONGOING */ activity_status?: "CREATED" | "ONGOING" | "TERMINATED" | "OVER_TIME";
 };
}
/** 查询活动列表API: response body */
export interface GetV3MarketingMembercardActivityActivitiesData {
 /** 活动详情 */ data?: Array<MarketingData5>;
 /** 请求资源起始位置 */ offset?: number;
 /** 最大资源条数 */ limit?: number;
 /** 资源总条数 */ total_count?: number;
}

/** 创建活动API: request body */
export interface PostV3MarketingMembercardActivityActivitiesBody {
 /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 活动名称 @example 良品铺子回馈活动 */ activity_name: string;
 /** 活动类型 @example NON_MEMBER_AFTERPAY */ activity_type: "NON_MEMBER_AFTERPAY" | "MEMBER_AFTERPAY" | "NON_MEMBER_MINIPROGRAM" | "MEMBER_MINIPROGRAM";
 /** 活动开始时间 @example 2020-01-20T13:29:35.120+08:00 */ begin_time: string;
 /** 活动结束时间 @example 2020-01-29T13:29:35.120+08:00 */ end_time: string;
 /** 发放时间段 */ award_send_period?: {
  /** 指定时间 */ award_send_time?: Array<{
   /** 发放开始时间 @example 2020-01-21T00:00:00.000+08:00 */ begin_time: string;
   /** 发放结束时间 @example 2020-01-27T00:00:00.000+08:00 */ end_time: string;
  }>;
  /** 指定时间段 */ award_send_day_time?: Array<{
   /** 每日发放开始时间 */ begin_day_time: {
    /** 时 @example 9 */ hours: number;
    /** 分 @example 34 */ minutes: number;
    /** 秒 @example 6 */ seconds: number;
   };
   /** 每日发放结束时间 */ end_day_time: {
    /** 时 @example 9 */ hours: number;
    /** 分 @example 34 */ minutes: number;
    /** 秒 @example 6 */ seconds: number;
   };
  }>;
 };
 /** 优惠券列表 */ stock_list?: Array<{
  /** 创建批次的商户号 @example 10000022 */ stock_creator_mchid: string;
  /** 券批次ID @example 98065001 */ stock_id: string;
 }>;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 支付后活动设置 */ pay_activity_setting?: {
  /** 商户logo @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ logo_url: string;
  /** 支付结果页活动副标题 @example 湖南麻辣美食券 */ activity_second_title: string;
  /** 活动曝光商户号 */ mchid_list?: string[];
  /** 激活方式设置 */ activate_setting?: {
   /** 激活类型 @example AUTO_ACTIVATE */ activate_type: string;
   /** 跳转激活的url @example https://w.url.cn/s/Ahz3p2C */ activate_url?: string;
   /** 跳转激活的小程序 */ activate_miniprogram?: {
    /** 跳转激活的appid @example wxea9c30a90fs8d3fe */ activate_appid: string;
    /** 跳转激活的path @example pages/activate/activate */ activate_path: string;
   };
  };
  /** 支付设置 */ payment_setting?: {
   /** 支付模式 */ payment_mode?: {
    /** 支付场景列表 */ payment_scene_list?: string[];
   };
   /** 指定银行的简称 @example CFT */ limit_bank?: string;
   /** 订单优惠标记 */ goods_tags?: string[];
  };
 };
 /** 支付前会员活动设置 */ miniprogram_activity_setting?: {
  /** 指定领取渠道 */ outer_str?: string[];
  /** 领奖页面跳转配置 */ award_jump_deploy?: {
   /** 小程序AppID @example wxc0b84a53ed8e8d29 */ mini_program_appid?: string;
   /** 小程序path @example mall/pages/List */ mini_program_path?: string;
   /** 跳转按钮文案 @example 点击 */ button_text?: string;
  };
 };
}
/** 创建活动API: options */
export interface PostV3MarketingMembercardActivityActivitiesOptions extends CallOptions {
 json: PostV3MarketingMembercardActivityActivitiesBody;
}
/** 创建活动API: response body */
export interface PostV3MarketingMembercardActivityActivitiesData extends MarketingData5 {}

/** 查询活动详情API: options */
export interface GetV3MarketingMembercardActivityActivities_activity_id_Options extends CallOptions {
 /** 活动ID @example 371067 */ activity_id: string;
}
/** 查询活动详情API: response body */
export interface GetV3MarketingMembercardActivityActivities_activity_id_Data {
 /** 活动ID */ activity_id: string;
 /** 活动的当前状态 */ activity_status?: string;
 /** 创建时间 */ create_time?: string;
 /** 更新时间 */ update_time?: string;
 /** 会员卡ID */ card_id?: string;
 /** 活动名称 */ activity_name?: string;
 /** 活动类型 */ activity_type?: string;
 /** 活动开始时间 */ begin_time?: string;
 /** 活动结束时间 */ end_time?: string;
 /** 发放时间段 */ award_send_period?: AwardSendPeriod;
 /** 优惠券列表 */ stock_list?: Array<{
  /** 创建批次的商户号 */ stock_creator_mchid: string;
  /** 券批次ID */ stock_id: string;
 }>;
 /** 商户请求单号 */ out_request_no?: string;
 /** 支付后活动设置 */ pay_activity_setting?: {
  /** 商户logo */ logo_url: string;
  /** 支付结果页活动副标题 */ activity_second_title: string;
  /** 活动曝光商户号 */ mchid_list?: unknown[];
  /** 激活方式设置 */ activate_setting?: ActivateSetting;
  /** 支付设置 */ payment_setting?: PaymentSetting;
 };
 /** 支付前会员活动设置 */ miniprogram_activity_setting?: MiniprogramActivitySetting;
}

/** 终止活动API: options */
export interface PostV3MarketingMembercardActivityActivitiesTerminateOptions extends CallOptions {
 /** 活动ID @example 371067 */ activity_id: string;
}
/** 终止活动API: response body */
export interface PostV3MarketingMembercardActivityActivitiesTerminateData {
 /** 活动ID */ activity_id: string;
 /** 终止时间 */ terminate_time?: string;
}

/** 获取用户信息（跳转型激活）API: options */
export interface GetV3MarketingMembercardOpenActivateInformationsOptions extends CallOptions {
 /** 激活ticket @example abcdefg */ activate_ticket: string;
}
/** 获取用户信息（跳转型激活）API: response body */
export interface GetV3MarketingMembercardOpenActivateInformationsData {
 /** 微信昵称 */ nickname?: string;
 /** 微信头像url */ head_image_url?: string;
 /** 用户开卡时填写的个人信息 */ user_information?: {
  /** 平台提供的通用开卡信息字段 */ common_field_list?: CommonFieldList[];
  /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
   /** 字段名称 */ name?: string;
   /** 字段值 */ value?: string;
   /** 字段值 */ value_list?: string[];
  }>;
 };
}

/** 查询回调地址API: options */
export interface GetV3MarketingMembercardOpenCallbackOptions extends CallOptions {
}
/** 查询回调地址API: response body */
export interface GetV3MarketingMembercardOpenCallbackData {
 /** 通知url地址 */ notify_url: string;
 /** 商户号 */ mchid?: string;
}

/** 设置回调地址API: request body */
export interface PatchV3MarketingMembercardOpenCallbackBody {
 /** 通知url地址 @example https://pay.weixin.qq.com */ notify_url: string;
}
/** 设置回调地址API: options */
export interface PatchV3MarketingMembercardOpenCallbackOptions extends CallOptions {
 json: PatchV3MarketingMembercardOpenCallbackBody;
}
/** 设置回调地址API: response body */
export interface PatchV3MarketingMembercardOpenCallbackData {
 /** 通知url地址 */ notify_url: string;
 /** 商户号 */ mchid?: string;
}

/** 查询会员卡模板列表API: options */
export interface GetV3MarketingMembercardOpenCardsOptions extends CallOptions {
 query: {
  /** 品牌id @example 1001622624 */ brand_id?: string;
  /** 商户AppId @example wxea9c30890f48d5ae */ appid?: string;
  /** 分页页码 */ offset: number;
  /** 分页大小 @example 20 */ limit: number;
 };
}
/** 查询会员卡模板列表API: response body */
export interface GetV3MarketingMembercardOpenCardsData {
 /** 总数量 */ total_count: number;
 /** 分页大小 */ limit: number;
 /** 分页页码 */ offset: number;
 /** 会员卡列表 */ data?: Array<MarketingData6>;
}

/** 创建会员卡模板API: request body */
export interface PostV3MarketingMembercardOpenCardsBody {
 /** 商户AppId @example wxea9c30890f48d5ae */ appid: string;
 /** 会员卡logo @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ logo_url: string;
 /** 品牌信息 */ brand: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 品牌展示名称 @example 微信支付 */ display_name: string;
 };
 /** 卡名称 @example 微信支付测试卡 */ title: string;
 /** 会员卡背景图 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ background_picture_url: string;
 /** 使用须知 @example 使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有 */ description: string;
 /** 服务电话 @example 010-8877xxxx */ service_phone?: string;
 /** 会员码型 */ code_type: "BAR_CODE" | "QRCODE" | "BAR_CODE_AND_QRCODE" | "NONE_CODE";
 /** 会员卡总库存 @example 5000000 */ total_quantity?: number;
 /** 有效期 */ date_information: {
  /** 有效期类型 */ type: "FIX_TIME_RANGE" | "FIX_TERM" | "PERMANENT";
  /** 有效期开始时间 @example 2020-05-20T13:29:35.120+08:00 */ available_begin_time?: string;
  /** 有效期结束时间 @example 2030-05-20T13:29:35.120+08:00 */ available_end_time?: string;
  /** 生效后N天内有效 @example 200 */ available_day_after_receive?: number;
  /** 领取后N天开始生效 @example 1 */ wait_days_after_receive?: number;
 };
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_DEPOSIT" | "REAL_TIME";
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 @example 白银会员 */ init_level?: string;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 储值信息 */ balance_information?: MarketingBalanceInformation;
 /** 开卡信息 */ user_information_form?: {
  /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<"USER_FORM_FLAG_MOBILE" | "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY">;
  /** 商户自定义的开卡信息字段 */ custom_field_list?: CustomFieldList[];
 };
 /** 商户补充声明 */ additional_statement?: AdditionalStatement;
 /** 是否启用动态码 @example false */ need_dynamic_code?: boolean;
}
/** 创建会员卡模板API: options */
export interface PostV3MarketingMembercardOpenCardsOptions extends CallOptions {
 json: PostV3MarketingMembercardOpenCardsBody;
}
/** 创建会员卡模板API: response body */
export interface PostV3MarketingMembercardOpenCardsData extends MarketingData6 {}

/** 查询会员卡模板信息API: options */
export interface GetV3MarketingMembercardOpenCards_card_id_Options extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
}
/** 查询会员卡模板信息API: response body */
export interface GetV3MarketingMembercardOpenCards_card_id_Data extends MarketingData6 {}

/** 修改会员卡模板信息API: request body */
export interface PatchV3MarketingMembercardOpenCardsBody {
 /** 商户AppId @example wxea9c30890f48d5ae */ appid?: string;
 /** 会员卡logo @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ logo_url?: string;
 /** 卡名称 @example 微信支付测试卡 */ title?: string;
 /** 会员卡背景图 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ background_picture_url?: string;
 /** 使用须知 @example 使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有 */ description?: string;
 /** 服务电话 @example 010-8877xxxx */ service_phone?: string;
 /** 会员卡总库存 @example 5000000 */ total_quantity?: number;
 /** 有效期 */ date_information?: {
  /** 有效期类型 */ type: "FIX_TIME_RANGE" | "FIX_TERM" | "PERMANENT";
  /** 有效期结束时间 @example 2030-05-20T13:29:35.120+08:00 */ available_end_time?: string;
  /** 生效后N天内有效 @example 200 */ available_day_after_receive?: number;
  /** 领取后N天开始生效 @example 2 */ wait_days_after_receive?: number;
  /** 有效期开始时间 @example 2020-05-20T13:29:35.120+08:00 */ available_begin_time?: string;
 };
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 @example 白银会员 */ init_level?: string;
 /** 储值信息 */ balance_information?: MarketingBalanceInformation;
 /** 开卡信息 */ user_information_form?: {
  /** 是否允许修改 */ can_modify_after_activate?: boolean;
  /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<"USER_FORM_FLAG_MOBILE" | "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY">;
  /** 商户自定义的开卡信息字段 */ custom_field_list?: CustomFieldList[];
 };
 /** 商户补充声明 */ additional_statement?: AdditionalStatement;
 /** 会员卡code分配类型 @example SYSTEM_ALLOCATE */ code_mode?: "SYSTEM_ALLOCATE" | "MERCHANT_DEPOSIT" | "REAL_TIME";
 /** 会员码型 @example BAR_CODE */ code_type?: "BAR_CODE" | "QRCODE" | "BAR_CODE_AND_QRCODE" | "NONE_CODE";
 /** 是否启用动态码 @example false */ need_dynamic_code?: boolean;
}
/** 修改会员卡模板信息API: options */
export interface PatchV3MarketingMembercardOpenCardsOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PatchV3MarketingMembercardOpenCardsBody;
}
/** 修改会员卡模板信息API: response body */
export type PatchV3MarketingMembercardOpenCardsData = undefined;

/** 删除会员卡模板API: options */
export interface DeleteV3MarketingMembercardOpenCardsOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
}
/** 删除会员卡模板API: response body */
export type DeleteV3MarketingMembercardOpenCardsData = undefined;

/** 导入会员Code API: request body */
export interface PostV3MarketingMembercardOpenCardsCodesDepositBody {
 /** 会员卡code */ code?: string[];
}
/** 导入会员Code API: options */
export interface PostV3MarketingMembercardOpenCardsCodesDepositOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsCodesDepositBody;
}
/** 导入会员Code API: response body */
export interface PostV3MarketingMembercardOpenCardsCodesDepositData {
 /** 导入结果 */ data?: Array<{
  /** 会员卡code */ code?: string;
  /** 导入结果 */ result?: "SUCCESS" | "DUPLICATE" | "FAIL";
 }>;
}

/** 查询用户会员卡信息API: options */
export interface GetV3MarketingMembercardOpenCardsCodesOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
}
/** 查询用户会员卡信息API: response body */
export interface GetV3MarketingMembercardOpenCardsCodesData {
 /** 会员卡id */ card_id?: string;
 /** 会员卡code */ code?: string;
 /** 用户标识 */ openid?: string;
 /** 会员卡编号 */ membership_number?: string;
 /** 用户等级 */ level?: string;
 /** 微信昵称 */ nickname?: string;
 /** 微信头像url */ head_image_url?: string;
 /** 会员卡背景图 */ background_picture_url?: string;
 /** 用户储值余额 */ balance?: number;
 /** 用户会员卡状态 */ user_card_status?: "NOT_ACTIVATE" | "EFFECTIVE" | "EXPIRE" | "UNAVAILABLE" | "DELETE";
 /** 用户开卡时填写的个人信息 */ user_information?: {
  /** 平台提供的通用开卡信息字段 */ common_field_list?: CommonFieldList[];
  /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
   /** 字段名称 */ name?: string;
   /** 字段值 */ value?: string;
   /** 字段值列表 */ value_list?: string[];
  }>;
 };
 /** 用户当前积分 */ bonus_value?: number;
}

/** 修改用户会员卡信息API: request body */
export interface PatchV3MarketingMembercardOpenCardsCodesBody {
 /** 会员卡编号 @example 316510891298 */ membership_number?: string;
 /** 会员卡背景图 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ background_picture_url?: string;
 /** 用户等级 @example 钻石会员 */ level?: string;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no?: string;
 /** 用户储值变更信息 */ balance_information?: {
  /** 更新前用户储值余额 @example 888 */ before_balance: number;
  /** 更新后用户储值余额 @example 888 */ balance: number;
  /** 本次余额变动值 @example 100 */ add_balance: number;
  /** 储值消耗记录 @example 购买一杯珍珠奶茶，消耗30元 */ balance_remark?: string;
 };
 /** 是否发送储值变更通知 @example true */ need_inform_balance?: boolean;
 /** 是否发送等级变更通知 @example true */ need_inform_level?: boolean;
}
/** 修改用户会员卡信息API: options */
export interface PatchV3MarketingMembercardOpenCardsCodesOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PatchV3MarketingMembercardOpenCardsCodesBody;
}
/** 修改用户会员卡信息API: response body */
export type PatchV3MarketingMembercardOpenCardsCodesData = undefined;

/** 激活会员卡（跳转型激活）API: request body */
export interface PostV3MarketingMembercardOpenCardsCodesActivateBody {
 /** 会员卡编号 @example 316510891298 */ membership_number?: string;
}
/** 激活会员卡（跳转型激活）API: options */
export interface PostV3MarketingMembercardOpenCardsCodesActivateOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PostV3MarketingMembercardOpenCardsCodesActivateBody;
}
/** 激活会员卡（跳转型激活）API: response body */
export type PostV3MarketingMembercardOpenCardsCodesActivateData = undefined;

/** 设置支付后展示的积分到账API: request body */
export interface PostV3MarketingMembercardOpenCardsCodesBonusCommitBody extends PostV3MarketingMembercardOpenCardsCodesBonusCommitBodyFields {}
/** 设置支付后展示的积分到账API: options */
export interface PostV3MarketingMembercardOpenCardsCodesBonusCommitOptions extends CallOptions {
 /** 会员卡模板id @example 478515832665 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PostV3MarketingMembercardOpenCardsCodesBonusCommitBody;
}
/** 设置支付后展示的积分到账API: response body */
export type PostV3MarketingMembercardOpenCardsCodesBonusCommitData = undefined;

/** 支付结果页展示会员积分API: request body */
export interface PostV3MarketingMembercardOpenCardsCodesBonusPrepareBody extends PostV3MarketingMembercardOpenCardsCodesBonusCommitBodyFields {}
/** 支付结果页展示会员积分API: options */
export interface PostV3MarketingMembercardOpenCardsCodesBonusPrepareOptions extends CallOptions {
 /** 会员卡模板id @example 478515832665 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PostV3MarketingMembercardOpenCardsCodesBonusPrepareBody;
}
/** 支付结果页展示会员积分API: response body */
export type PostV3MarketingMembercardOpenCardsCodesBonusPrepareData = undefined;

/** 设置会员权益API: request body */
export interface PatchV3MarketingMembercardOpenCardsCodesRightsBody {
 /** 变更前的会员积分值 @example 500 */ before_bonus_value?: number;
 /** 变更后的会员积分值 @example 600 */ bonus_value?: number;
 /** 会员积分变动值 @example 100 */ add_bonus_value?: number;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 是否发送积分变更通知 @example true */ need_inform_bonus?: boolean;
 /** 会员专享价文案 @example 钻石会员尊享8折 */ member_price_word?: string;
 /** 会员发票跳转文案 @example 3张发票可开 */ fapiao_jump_word?: string;
 /** 会员专属咨询信息 */ guide?: Guide;
}
/** 设置会员权益API: options */
export interface PatchV3MarketingMembercardOpenCardsCodesRightsOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PatchV3MarketingMembercardOpenCardsCodesRightsBody;
}
/** 设置会员权益API: response body */
export type PatchV3MarketingMembercardOpenCardsCodesRightsData = undefined;

/** 设置会员服务项用户信息: request body */
export interface PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataBody {
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 会员服务项ID @example 666 */ service_module_id: string;
 /** 服务状态设置 */ state_setting: {
  /** 状态ID @example CHECKED_IN */ state_id: string;
  /** 内容模板设置 */ content_template_data: {
   /** 服务内容列表 */ field_list?: Array<{
    /** 内容字段ID @example hotel_name */ field_id: string;
    /** 内容字段值 @example 深圳市南山区滨海路700号 */ field_value: string;
   }>;
   /** 操作设置 */ action_setting?: {
    /** 操作名称 @example 一键开锁 */ action_name: string;
    /** 跳转小程序 */ jump_miniprogram: JumpMiniprogram;
   };
  };
  /** 消息模板设置 */ message_template_setting?: {
   /** 模板消息ID @example 9bJgRNz9XG248XZ-a0nDKH3Vt_vaTp32fRP1LWvxjzI */ message_template_id: string;
   /** 服务内容列表 */ field_list: Array<{
    /** 内容字段ID @example hotel_name */ field_id: string;
    /** 内容字段值 @example 深圳市南山区滨海路700号 */ field_value: string;
   }>;
  };
 };
}
/** 设置会员服务项用户信息: options */
export interface PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataBody;
}
/** 设置会员服务项用户信息: response body */
export type PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataData = undefined;

/** 作废用户会员卡API: request body */
export interface PostV3MarketingMembercardOpenCardsCodesUnavailableBody {
 /** 失效理由 @example 用户违反会员条例 */ reason?: string;
}
/** 作废用户会员卡API: options */
export interface PostV3MarketingMembercardOpenCardsCodesUnavailableOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ code: string;
 json: PostV3MarketingMembercardOpenCardsCodesUnavailableBody;
}
/** 作废用户会员卡API: response body */
export type PostV3MarketingMembercardOpenCardsCodesUnavailableData = undefined;

/** 加密code解码（跳转型激活）API: options */
export interface GetV3MarketingMembercardOpenCardsDecryptCodeOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 query: {
  /** 加密code @example XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE */ encrypt_code: string;
 };
}
/** 加密code解码（跳转型激活）API: response body */
export interface GetV3MarketingMembercardOpenCardsDecryptCodeData {
 /** 会员卡code */ code: string;
}

/** 商户预授权: request body */
export interface PostV3MarketingMembercardOpenCardsPermissionTokensBody {
 /** 激活类型 @example AUTO_ACTIVATE */ activate_type: string;
 /** 设置用户在开卡完成后 */ navigate_back_previous_page?: boolean;
 /** 跳转激活的url @example https://w.url.cn/s/Ahz3p2C */ activate_url?: string;
 /** 跳转激活的appid @example wxea9c30a90fs8d3fe */ activate_appid?: string;
 /** 跳转激活的path @example pages/activate/activate */ activate_path?: string;
 /** 自定义场景值 @example szwxtd */ outer_str?: string;
}
/** 商户预授权: options */
export interface PostV3MarketingMembercardOpenCardsPermissionTokensOptions extends CallOptions {
 /** 会员卡模板id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsPermissionTokensBody;
}
/** 商户预授权: response body */
export interface PostV3MarketingMembercardOpenCardsPermissionTokensData {
 /** 预授权token */ permission_token: string;
}

/** 根据手机号导入用户会员卡API: request body */
export interface PostV3MarketingMembercardOpenCardsPhoneMembercardImportBody {
 /** 用户加密手机号 @example vvysDQeEaH3I+wRh14St0aaKSE2j4mAFON3kzNexb/SYkHZNJAuCittaW4wpGj7U+h9A== */ encrypted_phone_number: string;
 /** 会员卡code @example 478515832665 */ code?: string;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
}
/** 根据手机号导入用户会员卡API: options */
export interface PostV3MarketingMembercardOpenCardsPhoneMembercardImportOptions extends CallOptions {
 /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MarketingMembercardOpenCardsPhoneMembercardImportBody;
}
/** 根据手机号导入用户会员卡API: response body */
export interface PostV3MarketingMembercardOpenCardsPhoneMembercardImportData {
 /** 会员卡code */ code: string;
}

/** 创建会员卡二维码API: request body */
export interface PostV3MarketingMembercardOpenCardsQrcodeBody {
 /** 会员卡激活类型 */ activate_type: "AUTO_ACTIVATE" | "JUMP_ACTIVATE";
 /** 跳转激活的url @example https://w.url.cn/s/Ahz3p2C */ activate_url?: string;
 /** 跳转激活的appid @example wxea9c30a90fs8d3fe */ activate_appid?: string;
 /** 跳转激活的path @example pages/activate/activate */ activate_path?: string;
 /** 自定义场景值 @example szwxtd */ outer_str?: string;
}
/** 创建会员卡二维码API: options */
export interface PostV3MarketingMembercardOpenCardsQrcodeOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsQrcodeBody;
}
/** 创建会员卡二维码API: response body */
export interface PostV3MarketingMembercardOpenCardsQrcodeData {
 /** 二维码对应的url */ url: string;
}

/** 设置会员卡模板权益项API: request body */
export interface PatchV3MarketingMembercardOpenCardsRightsBody {
 /** 是否展示会员积分 */ show_bonus: boolean;
 /** 是否展示会员优惠 */ show_favor: boolean;
 /** 会员积分 */ bonus?: {
  /** 会员初始积分值 @example 100 */ init_bonus: number;
  /** 积分值文案 @example 我的积分 */ bonus_value_word: string;
  /** 积分价值项标题 @example 积分兑换 */ bonus_cost_title?: string;
  /** 积分价值项文案 @example 500积分=2小时免费停车券 */ bonus_cost_word: string;
  /** 积分跳转文案 @example 更多礼品 */ bonus_jump_word?: string;
  /** 积分跳转appid @example wxea9c30a90fs8d3fe */ bonus_jump_appid?: string;
  /** 积分跳转path @example /pages/bonus/bonus */ bonus_jump_path?: string;
  /** 自助积分跳转appid @example wxea9c30a90fs8d3fe */ bonus_support_appid?: string;
  /** 自助积分跳转path @example pages/selfbonus/selfbonus */ bonus_support_path?: string;
 };
 /** 会员优惠 */ favor?: {
  /** 是否展示优惠券 */ show_coupon: boolean;
  /** 会员专享价文案 @example 周二会员全场八折 */ member_price_word?: string;
  /** 会员专享价跳转appid @example wxea9c30a90fs8d3fe */ member_price_appid?: string;
  /** 会员专享价跳转path @example pages/favor/favor */ member_price_path?: string;
  /** 会员专享价标题 @example MEMBER_PRICE */ member_price_title?: "MEMBER_PRICE" | "MEMBER_ACTIVITY";
  /** 会员优惠栏目名称 @example FAVOR */ favor_module_title?: "FAVOR" | "VIP";
 };
 /** 是否展示会员发票 @example false */ show_fapiao?: boolean;
 /** 会员发票 */ fapiao?: {
  /** 发票跳转文案 @example 查看我的发票 */ fapiao_jump_word?: string;
  /** 发票跳转AppID @example wxea9c30a90fs8d3fe */ fapiao_jump_appid?: string;
  /** 发票跳转path @example pages/fapiao/fapiao */ fapiao_jump_path?: string;
 };
 /** 是否展示会员专属咨询 @example false */ show_guide?: boolean;
 /** 会员专属咨询信息 */ guide?: Guide;
}
/** 设置会员卡模板权益项API: options */
export interface PatchV3MarketingMembercardOpenCardsRightsOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PatchV3MarketingMembercardOpenCardsRightsBody;
}
/** 设置会员卡模板权益项API: response body */
export type PatchV3MarketingMembercardOpenCardsRightsData = undefined;

/** 添加会员卡服务项: request body */
export interface PostV3MarketingMembercardOpenCardsServiceModulesBody {
 /** 会员服务项ID @example 666 */ service_module_id: string;
 /** 跳转小程序 */ jump_miniprogram: JumpMiniprogram;
}
/** 添加会员卡服务项: options */
export interface PostV3MarketingMembercardOpenCardsServiceModulesOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsServiceModulesBody;
}
/** 添加会员卡服务项: response body */
export interface PostV3MarketingMembercardOpenCardsServiceModulesData {
 /** 会员卡id */ card_id: string;
 /** 会员服务项ID */ service_module_id: string;
 /** 跳转小程序 */ jump_miniprogram: {
  /** 小程序appid */ appid: string;
  /** 小程序path */ path: string;
 };
}

/** 修改会员卡服务项: request body */
export interface PatchV3MarketingMembercardOpenCardsServiceModulesBody {
 /** 跳转小程序 */ jump_miniprogram: JumpMiniprogram;
}
/** 修改会员卡服务项: options */
export interface PatchV3MarketingMembercardOpenCardsServiceModulesOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员服务项ID @example 666 */ service_module_id: string;
 json: PatchV3MarketingMembercardOpenCardsServiceModulesBody;
}
/** 修改会员卡服务项: response body */
export interface PatchV3MarketingMembercardOpenCardsServiceModulesData {
 /** 会员卡id */ card_id: string;
 /** 会员服务项ID */ service_module_id: string;
 /** 跳转小程序 */ jump_miniprogram: {
  /** 小程序appid */ appid: string;
  /** 小程序path */ path: string;
 };
}

/** 移除会员卡服务项: options */
export interface DeleteV3MarketingMembercardOpenCardsServiceModulesOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员服务项ID @example 666 */ service_module_id: string;
}
/** 移除会员卡服务项: response body */
export type DeleteV3MarketingMembercardOpenCardsServiceModulesData = undefined;

/** 老会员卡模板升级API: request body */
export interface PostV3MarketingMembercardOpenCardsUpgradeBody {
 /** 品牌id @example 1001622624 */ brand_id: string;
 /** 商户AppId @example wxea9c30890f48d5ae */ appid: string;
}
/** 老会员卡模板升级API: options */
export interface PostV3MarketingMembercardOpenCardsUpgradeOptions extends CallOptions {
 /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsUpgradeBody;
}
/** 老会员卡模板升级API: response body */
export type PostV3MarketingMembercardOpenCardsUpgradeData = undefined;

/** 根据openid导入用户会员卡API: request body */
export interface PostV3MarketingMembercardOpenCardsUsersImportBody {
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 会员卡code @example 478515832665 */ code?: string;
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
}
/** 根据openid导入用户会员卡API: options */
export interface PostV3MarketingMembercardOpenCardsUsersImportOptions extends CallOptions {
 /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3MarketingMembercardOpenCardsUsersImportBody;
}
/** 根据openid导入用户会员卡API: response body */
export interface PostV3MarketingMembercardOpenCardsUsersImportData {
 /** 会员卡code */ code: string;
}

/** 导入加密手机号提醒会员领卡API: request body */
export interface PostV3MarketingMembercardOpenPhonenumberMemberImportBody {
 /** 会员信息 */ member_information: {
  /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
  /** 会员卡code @example 478515832665 */ code?: string;
  /** 会员卡编号 @example 316510891298 */ membership_number?: string;
  /** 会员注册时间 @example 2015-05-20T13:29:35.120+08:00 */ registration_time: string;
 };
 /** 加密手机号 */ encrypted_phone_number: string;
 /** 自定义场景值 @example my_card_CARD */ outer_str?: string;
}
/** 导入加密手机号提醒会员领卡API: options */
export interface PostV3MarketingMembercardOpenPhonenumberMemberImportOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MarketingMembercardOpenPhonenumberMemberImportBody;
}
/** 导入加密手机号提醒会员领卡API: response body */
export type PostV3MarketingMembercardOpenPhonenumberMemberImportData = undefined;

/** 通过加密手机号查询会员领卡状态API: options */
export interface GetV3MarketingMembercardOpenPhonenumberMemberSearchOptions extends CallOptions {
 query: {
  /** 会员卡id @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
  /** 加密手机号 */ encrypted_phone_number: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
}
/** 通过加密手机号查询会员领卡状态API: response body */
export interface GetV3MarketingMembercardOpenPhonenumberMemberSearchData {
 /** 用户领取状态 */ receive_status: "UNSHOWED" | "UNRECEIVED" | "RECEIVED";
 /** 用户会员卡信息 */ user_card_information?: {
  /** 会员卡code */ code: string;
  /** 用户标识 */ openid: string;
  /** 用户标识 */ unionid?: string;
  /** 会员卡领取时间 */ receive_time: string;
  /** 品牌appid */ card_appid: string;
  /** 会员卡id */ card_id: string;
 };
}

/** 查询用户在品牌下所有会员卡API: options */
export interface GetV3MarketingMembercardOpenUserCardsOptions extends CallOptions {
 query: {
  /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
  /** 商户AppId @example wxea9c30890f48d5ae */ appid?: string;
  /** 分页页码 */ offset: number;
  /** 分页大小 */ limit: number;
 };
}
/** 查询用户在品牌下所有会员卡API: response body */
export interface GetV3MarketingMembercardOpenUserCardsData {
 /** 会员卡列表 */ data?: Array<{
  /** 会员卡id */ card_id?: string;
  /** 会员卡code */ code?: string;
 }>;
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
}

/** 创建投放计划: request body */
export interface PostV3MarketingPartnerDeliveryPlanDeliveryPlansBody {
 /** 创建请求单号 @example asdf-1234-40016 */ out_request_no: string;
 /** 创建投放计划的品牌ID @example 40016 */ brand_id: string;
 /** 商品券ID @example 701146876221757924829193824428 */ product_coupon_id: string;
 /** 批次ID @example 701246876221757924829194755312 */ stock_id: string;
 /** 投放计划名称 @example 冬季饮料投放 */ plan_name?: string;
 /** 总库存 @example 1 */ total_count?: number;
 /** 单用户限领 @example 1 */ user_limit?: number;
 /** 单日限领 @example 1 */ daily_limit?: number;
 /** 开始可用时间 @example 2025-01-01T00:00:00+08:00 */ delivery_start_time?: string;
 /** 结束可用时间 @example 2025-01-01T00:00:00+08:00 */ delivery_end_time?: string;
 /** 营销标签 @example 天天有惊喜 */ recommend_word?: string;
 /** 是否复用商品券和批次信息 */ reuse_coupon_config?: boolean;
 /** 使用模式 */ usage_mode?: "SINGLE" | "PROGRESSIVE_BUNDLE";
 /** 投放批次组ID */ stock_bundle_id?: string;
}
/** 创建投放计划: options */
export interface PostV3MarketingPartnerDeliveryPlanDeliveryPlansOptions extends CallOptions {
 json: PostV3MarketingPartnerDeliveryPlanDeliveryPlansBody;
}
/** 创建投放计划: response body */
export interface PostV3MarketingPartnerDeliveryPlanDeliveryPlansData extends PostV3MarketingPartnerDeliveryPlanDeliveryPlansDataFields {}

/** 分页查询投放计划列表: options */
export interface GetV3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansOptions extends CallOptions {
 /** 品牌ID @example 40016 */ brand_id: string;
 query?: {
  /** 分页大小 @example 5 */ page_size?: number;
  /** 分页起始位置 @example 10 */ offset?: number;
  /** 投放计划线上状态 @example PLAN_CREATED */ plan_state?: "PLAN_CREATING" | "PLAN_CREATED" | "PLAN_TERMINATING" | "PLAN_TERMINATED" | "PLAN_EXPIRED" | "PLAN_DELIVERING" | "PLAN_PAUSED";
  /** 投放计划审核状态 @example 12000 */ audit_state?: "AUDIT_INITIAL" | "AUDIT_PROCESSING" | "AUDIT_PASSED" | "AUDIT_REJECTED";
  /** 投放计划ID @example 12000 */ plan_id?: string;
 };
}
/** 分页查询投放计划列表: response body */
export interface GetV3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansData {
 /** 资源总条数 */ total_count?: number;
 /** 投放计划列表 */ plan_list?: Plan[];
}

/** 更新投放计划: request body */
export interface PatchV3MarketingPartnerDeliveryPlanDeliveryPlansBody {
 /** 修改内容 */ modify_content: {
  /** 投放计划名称 @example 冬季饮料投放 */ plan_name?: string;
  /** 结束可用时间 @example 2025-01-01T00:00:00+08:00 */ delivery_end_time?: string;
  /** 总库存 @example 1 */ total_count?: number;
  /** 单用户限领 @example 1 */ user_limit?: number;
  /** 单日限领 @example 1 */ daily_limit?: number;
  /** 营销标签 @example 天天有惊喜 */ recommend_word?: string;
 };
 /** 修改请求单号 */ out_request_no?: string;
}
/** 更新投放计划: options */
export interface PatchV3MarketingPartnerDeliveryPlanDeliveryPlansOptions extends CallOptions {
 /** 投放计划ID @example 12000 */ plan_id: string;
 json: PatchV3MarketingPartnerDeliveryPlanDeliveryPlansBody;
}
/** 更新投放计划: response body */
export interface PatchV3MarketingPartnerDeliveryPlanDeliveryPlansData extends PostV3MarketingPartnerDeliveryPlanDeliveryPlansDataFields {}

/** 终止投放计划: options */
export interface PostV3MarketingPartnerDeliveryPlanDeliveryPlansTerminateOptions extends CallOptions {
 /** 投放计划ID @example 12000 */ plan_id: string;
}
/** 终止投放计划: response body */
export type PostV3MarketingPartnerDeliveryPlanDeliveryPlansTerminateData = undefined;

/** 设置投放计划回调地址: request body */
export interface PostV3MarketingPartnerDeliveryPlanNotifyUrlBody {
 /** 通知url地址 @example https://pay.weixin.qq.com */ notify_url: string;
}
/** 设置投放计划回调地址: options */
export interface PostV3MarketingPartnerDeliveryPlanNotifyUrlOptions extends CallOptions {
 /** 服务商商户号 @example 298689900 */ sp_mchid: string;
 json: PostV3MarketingPartnerDeliveryPlanNotifyUrlBody;
}
/** 设置投放计划回调地址: response body */
export interface PostV3MarketingPartnerDeliveryPlanNotifyUrlData {
 /** 通知地址 */ notify_url: string;
}

/** 提交图片生成任务: request body */
export interface PostV3MarketingPartnerProductCouponImageGenerationTasksBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 图片生成的任务ID @example image_generation_task_1 */ task_id: string;
 /** 图片生成类型 @example COMBINE_IMAGE */ image_generation_type: "COMBINE_IMAGE" | "CUT_OUT";
 /** 拼图数据 */ combine_image?: {
  /** 优惠范围 @example ALL */ scope: "ALL" | "SINGLE" | "CATEGORY";
  /** 商品券类型 @example NORMAL */ type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
  /** 使用模式 @example SINGLE */ usage_mode: "SINGLE" | "PROGRESSIVE_BUNDLE";
  /** 满减券使用规则 */ normal_coupon?: NormalCoupon;
  /** 折扣券使用规则 */ discount_coupon?: DiscountCoupon;
  /** 兑换券使用规则 */ exchange_coupon?: ExchangeCoupon;
  /** 背景颜色色值 @example #ff5733 */ background_color?: string;
 };
 /** 抠图数据 */ cut_out?: {
  /** 商品图URL @example https://wxpaylogo.qpic.cn/wxpaylogo/example.jpg */ image_url: string;
 };
}
/** 提交图片生成任务: options */
export interface PostV3MarketingPartnerProductCouponImageGenerationTasksOptions extends CallOptions {
 json: PostV3MarketingPartnerProductCouponImageGenerationTasksBody;
}
/** 提交图片生成任务: response body */
export interface PostV3MarketingPartnerProductCouponImageGenerationTasksData {
 /** 图片生成的任务ID */ task_id: string;
 /** 品牌ID */ brand_id: string;
}

/** 查询图片生成任务执行结果: options */
export interface GetV3MarketingPartnerProductCouponImageGenerationTasksOptions extends CallOptions {
 /** 图片生成的任务ID @example image_generation_task_1 */ task_id: string;
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
  /** 图片生成类型 @example COMBINE_IMAGE */ image_generation_type: "COMBINE_IMAGE" | "CUT_OUT";
 };
}
/** 查询图片生成任务执行结果: response body */
export interface GetV3MarketingPartnerProductCouponImageGenerationTasksData {
 /** 品牌ID */ brand_id: string;
 /** 图片生成的任务ID */ task_id: string;
 /** 图片生成类型 */ image_generation_type: "COMBINE_IMAGE" | "CUT_OUT";
 /** 任务状态 */ task_state: "PROCESSING" | "FAIL" | "SUCCESS";
 /** 拼图结果 */ combine_image_result?: {
  /** 生成的图片URL */ image_url: string;
 };
 /** 生成商品图结果 */ cut_out_result?: {
  /** 生成的图片URL */ image_url: string;
 };
}

/** The parts of the multipart/form-data body of POST /v3/marketing/partner/product-coupon/media/upload-image. */
export interface PostV3MarketingPartnerProductCouponMediaUploadImageForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 图片上传: options */
export interface PostV3MarketingPartnerProductCouponMediaUploadImageFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3MarketingPartnerProductCouponMediaUploadImageForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/marketing/partner/product-coupon/media/upload-image with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3MarketingPartnerProductCouponMediaUploadImageFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/marketing/partner/product-coupon/media/upload-image: `file` (and `filename`), or `body: FormData`. */
export type PostV3MarketingPartnerProductCouponMediaUploadImageOptions = PostV3MarketingPartnerProductCouponMediaUploadImageFormDataOptions | PostV3MarketingPartnerProductCouponMediaUploadImageFileOptions;
/** 图片上传: response body */
export interface PostV3MarketingPartnerProductCouponMediaUploadImageData {
 /** 媒体文件URL地址 */ media_url: string;
}

/** 获取商品券事件通知地址: options */
export interface GetV3MarketingPartnerProductCouponNotifyConfigsOptions extends CallOptions {
}
/** 获取商品券事件通知地址: response body */
export interface GetV3MarketingPartnerProductCouponNotifyConfigsData {
 /** 通知URL地址 */ notify_url: string;
 /** 修改时间 */ update_time: string;
}

/** 设置商品券事件通知地址: request body */
export interface PostV3MarketingPartnerProductCouponNotifyConfigsBody {
 /** 通知URL地址 @example https://pay.weixin.qq.com */ notify_url: string;
}
/** 设置商品券事件通知地址: options */
export interface PostV3MarketingPartnerProductCouponNotifyConfigsOptions extends CallOptions {
 json: PostV3MarketingPartnerProductCouponNotifyConfigsBody;
}
/** 设置商品券事件通知地址: response body */
export interface PostV3MarketingPartnerProductCouponNotifyConfigsData {
 /** 通知URL地址 */ notify_url: string;
 /** 修改时间 */ update_time: string;
}

/** 创建商品券: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 创建请求单号 @example 12345_20250101_A3489 */ out_request_no: string;
 /** 优惠范围 @example ALL */ scope: "ALL" | "SINGLE" | "CATEGORY";
 /** 商品券类型 @example NORMAL */ type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 使用模式 @example SINGLE */ usage_mode: "SINGLE" | "SEQUENTIAL";
 /** 单券模式信息 */ single_usage_info?: {
  /** 满减券使用规则 */ normal_coupon?: NormalCoupon;
  /** 折扣券使用规则 */ discount_coupon?: DiscountCoupon;
 };
 /** 多次优惠模式信息 */ sequential_usage_info?: {
  /** 多次优惠规则类型 @example INCREMENTAL */ type: "INCREMENTAL" | "EQUAL";
  /** 可使用次数 @example 15 */ count: number;
  /** 多次优惠有效天数 @example 365 */ available_days: number;
  /** 多次优惠使用间隔天数 @example 0 */ interval_days?: number;
 };
 /** 展示信息 */ display_info: DisplayInfo;
 /** 外部商品ID @example Product_1234567890 */ out_product_no?: string;
 /** 批次信息 */ stock: {
  /** 备注 */ remark?: string;
  /** 券Code分配模式 @example WECHATPAY */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
  /** 发放规则 */ stock_send_rule: StockSendRule;
  /** 单券使用规则 */ single_usage_rule?: SingleUsageRule;
  /** 多次优惠使用规则 */ sequential_usage_rule?: {
   /** 券可核销时间 */ coupon_available_period: {
    /** 开始时间 @example 2025-08-01T00:00:00+08:00 */ available_begin_time: string;
    /** 结束时间 @example 2025-08-31T23:59:59+08:00 */ available_end_time: string;
    /** 领取后N天开始生效 @example 30 */ wait_days_after_receive?: number;
    /** 每周固定可用时间 */ weekly_available_period?: WeeklyAvailablePeriod;
    /** 无规律的可用时间段 */ irregular_available_period_list?: IrregularAvailablePeriodList[];
   };
   /** 满减券使用规则 */ normal_coupon_list?: NormalCoupon[];
   /** 折扣券使用规则列表 */ discount_coupon_list?: DiscountCoupon[];
   /** 兑换券使用规则列表 */ exchange_coupon_list?: ExchangeCoupon[];
   /** 多次优惠是否提供首笔特惠 */ special_first?: boolean;
  };
  /** 券使用规则展示信息 */ usage_rule_display_info: UsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: {
   /** 用户商品券Code展示模式 @example QRCODE */ code_display_mode: "INVISIBLE" | "BARCODE" | "QRCODE";
   /** 背景颜色 @example Color020 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
   /** 小程序入口 */ entrance_mini_program?: {
    /** 小程序appid @example wx234545656765876 */ appid: string;
    /** 小程序跳转路径 @example /path/index/index */ path: string;
    /** 入口文案 @example 欢迎选购 */ entrance_wording: string;
    /** 引导文案 @example 获取更多优惠 */ guidance_wording?: string;
   };
   /** 公众号入口 */ entrance_official_account?: {
    /** 公众号AppID @example wx1234567890 */ appid: string;
   };
   /** 视频号入口 */ entrance_finder?: EntranceFinder;
  };
  /** 事件通知配置 */ notify_config: NotifyConfig;
  /** 可用门店范围 @example NONE */ store_scope: "NONE" | "ALL" | "SPECIFIC";
 };
}
/** 创建商品券: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsOptions extends CallOptions {
 json: PostV3MarketingPartnerProductCouponProductCouponsBody;
}
/** 创建商品券: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsData {
 /** 商品券ID */ product_coupon_id: string;
 /** 商品券状态 */ state: "AUDITING" | "EFFECTIVE" | "DEACTIVATED";
 /** 品牌ID */ brand_id: string;
 /** 优惠范围 */ scope: "ALL" | "SINGLE" | "CATEGORY";
 /** 商品券类型 */ type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 使用模式 */ usage_mode: "SINGLE" | "SEQUENTIAL";
 /** 单券模式信息 */ single_usage_info?: SingleUsageInfo;
 /** 多次优惠模式信息 */ sequential_usage_info?: SequentialUsageInfo;
 /** 展示信息 */ display_info: MarketingDisplayInfo;
 /** 外部商品ID */ out_product_no?: string;
 /** 批次信息 */ stock: {
  /** 商品券ID */ product_coupon_id: string;
  /** 批次ID */ stock_id: string;
  /** 备注 */ remark?: string;
  /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
  /** 发放规则 */ stock_send_rule: MarketingStockSendRule;
  /** 单券使用规则 */ single_usage_rule?: MarketingSingleUsageRule;
  /** 多次优惠使用规则 */ sequential_usage_rule?: SequentialUsageRule;
  /** 券使用规则展示信息 */ usage_rule_display_info: MarketingUsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
  /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
  /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
  /** 已发放次数 */ sent_count_info: SentCountInfo;
  /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
  /** 失效请求单号 */ deactivate_request_no?: string;
  /** 失效时间 */ deactivate_time?: string;
  /** 失效原因 */ deactivate_reason?: string;
  /** 品牌ID */ brand_id: string;
 };
}

/** 查询商品券: options */
export interface GetV3MarketingPartnerProductCouponProductCouponsOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 查询商品券: response body */
export interface GetV3MarketingPartnerProductCouponProductCouponsData extends ProductCoupon {}

/** 修改商品券: request body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 修改请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 展示信息 */ display_info: DisplayInfo;
}
/** 修改商品券: options */
export interface PatchV3MarketingPartnerProductCouponProductCouponsOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 json: PatchV3MarketingPartnerProductCouponProductCouponsBody;
}
/** 修改商品券: response body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsData extends ProductCoupon {}

/** 失效商品券: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsDeactivateBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 失效请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 失效原因 @example 批次信息有误，重新创建 */ deactivate_reason: string;
}
/** 失效商品券: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsDeactivateOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsDeactivateBody;
}
/** 失效商品券: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsDeactivateData extends ProductCoupon {}

/** 添加商品券批次组: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 创建请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 批次组信息 */ stock_bundle: {
  /** 备注 @example 疯狂星期四项目专用 */ remark?: string;
  /** 券Code分配模式 @example WECHATPAY */ coupon_code_mode: "WECHATPAY" | "UPLOAD";
  /** 发放规则 */ stock_send_rule: {
   /** 发放次数总上限 @example 100000 */ max_count: number;
   /** 每日发放次数上限 @example 100000000 */ max_count_per_day?: number;
   /** 每个用户领取次数上限 @example 5 */ max_count_per_user: number;
  };
  /** 多次优惠使用规则 */ progressive_bundle_usage_rule?: {
   /** 券可核销时间 */ coupon_available_period: CouponAvailablePeriod;
   /** 满减券使用规则 */ normal_coupon_list?: NormalCoupon[];
   /** 折扣券使用规则 */ discount_coupon_list?: DiscountCoupon[];
   /** 兑换券使用规则 */ exchange_coupon_list?: ExchangeCoupon[];
  };
  /** 券使用规则展示信息 */ usage_rule_display_info: UsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: MarketingCouponDisplayInfo;
  /** 事件通知配置 */ notify_config: NotifyConfig;
  /** 可用门店范围 @example NONE */ store_scope: "NONE" | "ALL" | "SPECIFIC";
 };
}
/** 添加商品券批次组: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStockBundlesBody;
}
/** 添加商品券批次组: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesData extends PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDataFields {}

/** 修改商品券批次组: request body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesBody {
 /** 修改请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 备注 @example 疯狂星期四项目专用 */ remark?: string;
 /** 券使用规则展示信息 */ usage_rule_display_info?: UsageRuleDisplayInfo;
 /** 用户商品券展示信息 */ coupon_display_info?: MarketingCouponDisplayInfo;
 /** 事件通知配置 */ notify_config?: NotifyConfig;
 /** 可用门店范围 @example NONE */ store_scope?: "NONE" | "ALL" | "SPECIFIC";
 /** 品牌ID @example 120344 */ brand_id: string;
}
/** 修改商品券批次组: options */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 1000000013001 */ stock_bundle_id: string;
 json: PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesBody;
}
/** 修改商品券批次组: response body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesData extends PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDataFields {}

/** 批次组批量关联门店: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 门店列表 */ store_list: Array<{
  /** 门店ID @example 100000001 */ store_id: string;
 }>;
}
/** 批次组批量关联门店: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 1000000013001 */ stock_bundle_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresBody;
}
/** 批次组批量关联门店: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresData {
 /** 去重后门店总数 */ total_count: number;
 /** 关联成功的门店列表 */ success_store_list?: Array<{
  /** 门店ID */ store_id: string;
 }>;
 /** 关联失败的门店列表 */ failed_store_list?: Array<{
  /** 门店ID */ store_id: string;
  /** 失败错误码 */ code: string;
  /** 失败错误信息 */ message: string;
 }>;
}

/** 批次组批量取消关联门店: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 门店列表 */ store_list: Array<{
  /** 门店ID @example 100000001 */ store_id: string;
 }>;
}
/** 批次组批量取消关联门店: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 1000000013001 */ stock_bundle_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresBody;
}
/** 批次组批量取消关联门店: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresData {
 /** 去重后门店总数 */ total_count: number;
 /** 取消关联成功的门店列表 */ success_store_list?: Array<{
  /** 门店ID */ store_id: string;
 }>;
 /** 取消关联失败的门店列表 */ failed_store_list?: Array<{
  /** 门店ID */ store_id: string;
  /** 失败错误码 */ code: string;
  /** 失败错误信息 */ message: string;
 }>;
}

/** 修改商品券批次组发放预算: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetBody {
 /** 修改请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 更新模式 @example MAX_COUNT */ update_mode: "MAX_COUNT" | "MAX_COUNT_PER_DAY";
 /** 当前批次发放次数总上限 @example 1 */ current_max_count?: number;
 /** 目标批次发放次数总上限 @example 1 */ target_max_count?: number;
 /** 当前批次每日发放次数上限 @example 1 */ current_max_count_per_day?: number;
 /** 目标批次每日发放次数上限 @example 1 */ target_max_count_per_day?: number;
 /** 品牌ID @example 120344 */ brand_id: string;
}
/** 修改商品券批次组发放预算: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 1000000013001 */ stock_bundle_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetBody;
}
/** 修改商品券批次组发放预算: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetData extends PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDataFields {}

/** 查询商品券批次列表: options */
export interface GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 query: {
  /** 批次状态 */ state?: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
  /** 分页大小 @example 20 */ page_size?: number;
  /** 分页Token @example MTIzMjUK */ page_token?: string;
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 查询商品券批次列表: response body */
export interface GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksData {
 /** 总个数 */ total_count: number;
 /** 下一页Token */ next_page_token?: string;
 /** 批次列表 */ stock_list?: StockList[];
}

/** 添加商品券批次: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 创建请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 批次信息 */ stock: {
  /** 备注 @example 疯狂星期四项目专用 */ remark?: string;
  /** 券Code分配模式 @example WECHATPAY */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
  /** 发放规则 */ stock_send_rule: StockSendRule;
  /** 单券使用规则 */ single_usage_rule?: SingleUsageRule;
  /** 多次优惠使用规则 */ sequential_usage_rule?: {
   /** 券可核销时间 */ coupon_available_period: {
    /** 开始时间 @example 2025-08-01T00:00:00+08:00 */ available_begin_time: string;
    /** 结束时间 @example 2025-08-31T23:59:59+08:00 */ available_end_time: string;
    /** 领取后N天开始生效 @example 1 */ wait_days_after_receive?: number;
    /** 每周固定可用时间 */ weekly_available_period?: WeeklyAvailablePeriod;
    /** 无规律的可用时间段 */ irregular_available_period_list?: IrregularAvailablePeriodList[];
   };
   /** 满减券使用规则 */ normal_coupon_list?: NormalCoupon[];
   /** 折扣券使用规则列表 */ discount_coupon_list?: DiscountCoupon[];
   /** 兑换券使用规则列表 */ exchange_coupon_list?: ExchangeCoupon[];
   /** 多次优惠是否提供首笔特惠 */ special_first?: boolean;
  };
  /** 券使用规则展示信息 */ usage_rule_display_info: UsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: MarketingCouponDisplayInfo;
  /** 事件通知配置 */ notify_config: NotifyConfig;
  /** 可用门店范围 @example NONE */ store_scope: "NONE" | "ALL" | "SPECIFIC";
 };
}
/** 添加商品券批次: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksBody;
}
/** 添加商品券批次: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksData {
 /** 商品券ID */ product_coupon_id: string;
 /** 批次ID */ stock_id: string;
 /** 备注 */ remark?: string;
 /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
 /** 品牌方预上传的券Code数量信息 */ coupon_code_count_info?: CouponCodeCountInfo;
 /** 发放规则 */ stock_send_rule: MarketingStockSendRule;
 /** 单券使用规则 */ single_usage_rule?: MarketingSingleUsageRule;
 /** 多次优惠使用规则 */ sequential_usage_rule?: SequentialUsageRule;
 /** 券使用规则展示信息 */ usage_rule_display_info: {
  /** 券使用方式列表 */ coupon_usage_method_list: Array<"OFFLINE" | "MINI_PROGRAM" | "APP" | "PAYMENT_CODE">;
  /** 小程序AppID */ mini_program_appid?: string;
  /** 小程序跳转路径 */ mini_program_path?: string;
  /** APP跳转路径 */ app_path?: string;
  /** 券使用说明 */ usage_description: string;
  /** 券可用门店信息 */ coupon_available_store_info?: {
   /** 券可用门店描述 */ description: string;
   /** 小程序AppID */ mini_program_appid?: string;
   /** 小程序跳转路径 */ mini_program_path?: string;
  };
 };
 /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
 /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
 /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
 /** 已发放次数 */ sent_count_info: SentCountInfo;
 /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 品牌ID */ brand_id: string;
}

/** 查询商品券指定批次: options */
export interface GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Options extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 查询商品券指定批次: response body */
export interface GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Data extends StockList {}

/** 修改商品券指定批次: request body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStocksBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 修改请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 备注 @example 疯狂星期四项目专用 */ remark?: string;
 /** 券使用规则展示信息 */ usage_rule_display_info?: UsageRuleDisplayInfo;
 /** 用户商品券展示信息 */ coupon_display_info?: MarketingCouponDisplayInfo;
 /** 事件通知配置 */ notify_config?: NotifyConfig;
 /** 可用门店范围 @example NONE */ store_scope?: "NONE" | "ALL" | "SPECIFIC";
}
/** 修改商品券指定批次: options */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStocksOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PatchV3MarketingPartnerProductCouponProductCouponsStocksBody;
}
/** 修改商品券指定批次: response body */
export interface PatchV3MarketingPartnerProductCouponProductCouponsStocksData extends StockList {}

/** 批次关联门店: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 门店列表 */ store_list: Array<{
  /** 门店ID @example 100000001 */ store_id: string;
 }>;
}
/** 批次关联门店: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresBody;
}
/** 批次关联门店: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresData {
 /** 去重后门店总数 */ total_count: number;
 /** 关联成功的门店列表 */ success_store_list?: Array<{
  /** 门店ID */ store_id: string;
 }>;
 /** 关联失败的门店列表 */ failed_store_list?: Array<{
  /** 门店ID */ store_id: string;
  /** 失败错误码 */ code: string;
  /** 失败错误信息 */ message: string;
 }>;
}

/** 查询批次关联门店列表: options */
export interface GetV3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 query: {
  /** 分页大小 @example 20 */ page_size?: number;
  /** 分页Token @example MTIzMjUK */ page_token?: string;
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 查询批次关联门店列表: response body */
export interface GetV3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresData {
 /** 总个数 */ total_count: number;
 /** 下一页Token */ next_page_token?: string;
 /** 门店列表 */ store_list?: Array<{
  /** 门店ID */ store_id: string;
 }>;
}

/** 失效商品券批次: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 失效请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 失效原因 @example 批次信息有误，重新创建 */ deactivate_reason: string;
}
/** 失效商品券批次: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateBody;
}
/** 失效商品券批次: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateData extends StockList {}

/** 批次取消关联门店: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 门店列表 */ store_list: Array<{
  /** 门店ID @example 100000001 */ store_id: string;
 }>;
}
/** 批次取消关联门店: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresBody;
}
/** 批次取消关联门店: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresData {
 /** 去重后门店总数 */ total_count: number;
 /** 取消关联成功的门店列表 */ success_store_list?: Array<{
  /** 门店ID */ store_id: string;
 }>;
 /** 取消关联失败的门店列表 */ failed_store_list?: Array<{
  /** 门店ID */ store_id: string;
  /** 失败错误码 */ code: string;
  /** 失败错误信息 */ message: string;
 }>;
}

/** 修改商品券批次发放预算: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 修改请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 更新模式 @example MAX_COUNT */ update_mode: "MAX_COUNT" | "MAX_COUNT_PER_DAY";
 /** 当前批次发放次数总上限 @example 1 */ current_max_count?: number;
 /** 目标批次发放次数总上限 @example 1 */ target_max_count?: number;
 /** 当前批次每日发放次数上限 @example 1 */ current_max_count_per_day?: number;
 /** 目标批次每日发放次数上限 @example 1 */ target_max_count_per_day?: number;
}
/** 修改商品券批次发放预算: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetBody;
}
/** 修改商品券批次发放预算: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetData extends StockList {}

/** 预上传券Code: request body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 券Code列表 */ code_list: string[];
}
/** 预上传券Code: options */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesOptions extends CallOptions {
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 json: PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesBody;
}
/** 预上传券Code: response body */
export interface PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesData {
 /** 去重后券Code总数 */ total_count: number;
 /** 上传成功的券Code列表 */ success_code_list?: string[];
 /** 上传失败的券Code列表 */ failed_code_list?: string[];
 /** 已经存在的券Code列表 */ already_exist_code_list?: string[];
 /** 重复的券Code列表 */ duplicate_code_list?: string[];
}

/** 向用户发放商品券批次组: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 712315129419284901 */ stock_bundle_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 发券请求单号 @example 34657_20250101_123456 */ send_request_no: string;
 /** 自定义附加信息 @example example_attach */ attach?: string;
 /** 用户商品券标签信息 */ coupon_tag_info?: {
  /** 用户商品券标签列表 */ coupon_tag_list?: string[];
  /** 会员标签信息 */ member_tag_info?: {
   /** 会员卡模板ID */ member_card_id: string;
  };
 };
}
/** 向用户发放商品券批次组: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponBundlesBody;
}
/** 向用户发放商品券批次组: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesData extends PostV3MarketingPartnerProductCouponUsersCouponBundlesDataFields {}

/** 失效用户商品券组: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 100232301 */ stock_bundle_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 失效请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 失效原因 @example 商品已下线，使用户商品券失效 */ deactivate_reason: string;
}
/** 失效用户商品券组: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户券组ID @example 123446565767 */ user_coupon_bundle_id: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateBody;
}
/** 失效用户商品券组: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateData extends PostV3MarketingPartnerProductCouponUsersCouponBundlesDataFields {}

/** 指定券状态查询用户商品券列表: options */
export interface GetV3MarketingPartnerProductCouponUsers_openid_CouponsOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 query: {
  /** 商品券ID @example 1000000013 */ product_coupon_id?: string;
  /** 批次ID @example 1000000013001 */ stock_id?: string;
  /** 公众账号AppID @example wx233544546545989 */ appid: string;
  /** 用户商品券状态 */ coupon_state?: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 分页大小 @example 20 */ page_size?: number;
  /** 分页Token @example MTIzMjUK */ page_token?: string;
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 指定券状态查询用户商品券列表: response body */
export interface GetV3MarketingPartnerProductCouponUsers_openid_CouponsData {
 /** 总个数 */ total_count: number;
 /** 下一页Token */ next_page_token?: string;
 /** 用户商品券列表 */ user_coupon_list?: UserCouponList[];
}

/** 向用户发放商品券: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code?: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 发券请求单号 @example 34657_20250101_123456 */ send_request_no: string;
 /** 自定义附加信息 @example example_attach */ attach?: string;
 /** 用户商品券标签信息 */ coupon_tag_info?: {
  /** 用户商品券标签列表 */ coupon_tag_list?: Array<"MEMBER">;
  /** 会员标签信息 */ member_tag_info?: {
   /** 会员卡模板ID */ member_card_id?: string;
  };
 };
}
/** 向用户发放商品券: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponsOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponsBody;
}
/** 向用户发放商品券: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsData extends UserCouponList {}

/** 查询用户商品券详情: options */
export interface GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Options extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code: string;
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
  /** 商品券ID @example 1000000013 */ product_coupon_id: string;
  /** 批次ID @example 1000000013001 */ stock_id: string;
  /** 公众账号AppID @example wx233544546545989 */ appid: string;
 };
}
/** 查询用户商品券详情: response body */
export interface GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Data extends GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_DataFields {}

/** 确认发放用户商品券: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsConfirmBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 确认发放请求单号 @example 34657_20250101_123456 */ out_request_no: string;
}
/** 确认发放用户商品券: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponsConfirmOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponsConfirmBody;
}
/** 确认发放用户商品券: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsConfirmData {
 /** 用户商品券Code */ coupon_code: string;
 /** 用户商品券状态 */ coupon_state: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
 /** 有效期开始时间 */ valid_begin_time: string;
 /** 有效期结束时间 */ valid_end_time: string;
 /** 领券时间 */ receive_time: string;
 /** 发券请求单号 */ send_request_no: string;
 /** 发券渠道 */ send_channel: "API" | "BRAND_MANAGE" | "MERCHANT_CARD" | "MEMBER" | "SMALL_ACTIVITY" | "RECEIVE_COMPONENT";
 /** 确认请求单号 */ confirm_request_no?: string;
 /** 确认发放时间 */ confirm_time?: string;
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 单券使用详情 */ single_usage_detail?: {
  /** 券核销请求单号 */ use_request_no?: string;
  /** 核销时间 */ use_time?: string;
  /** 关联微信支付订单信息 */ associated_order_info?: AssociatedOrderInfo;
  /** 券核销的关联微信支付分订单信息 */ associated_pay_score_order_info?: {
   /** 微信支付服务订单号 */ order_id?: string;
   /** 商户订单号 */ out_trade_no?: string;
   /** 商户号 */ mchid?: string;
   /** 子商户号 */ sub_mchid?: string;
  };
  /** 优惠金额 */ saved_amount?: number;
  /** 退券请求单号 */ return_request_no?: string;
  /** 退券时间 */ return_time?: string;
 };
 /** 多次优惠使用详情 */ progressive_bundle_usage_detail?: SequentialUsageDetail;
 /** 商品券信息 */ product_coupon: ProductCoupon;
 /** 批次信息 */ stock: StockList;
 /** 自定义附加信息 */ attach?: string;
 /** 渠道自定义信息 */ channel_custom_info?: string;
 /** 品牌ID */ brand_id: string;
}

/** 失效用户商品券: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsDeactivateBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 失效请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 失效原因 @example 商品已下线，使用户商品券失效 */ deactivate_reason: string;
}
/** 失效用户商品券: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponsDeactivateOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponsDeactivateBody;
}
/** 失效用户商品券: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsDeactivateData extends GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_DataFields {}

/** 退券: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsReturnBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 退券请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 多次优惠索引 @example 0 */ sequential_coupon_index?: number;
}
/** 退券: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponsReturnOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponsReturnBody;
}
/** 退券: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsReturnData extends GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_DataFields {}

/** 核销用户商品券: request body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsUseBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 核销时间 @example 2025-07-24T00:00+08:00 */ use_time: string;
 /** 关联微信支付订单信息 */ associated_order_info: {
  /** 微信支付单号 @example 4200000000123456789123456789 */ transaction_id?: string;
  /** 商户订单号 @example trade_no_20250724123456 */ out_trade_no?: string;
  /** 商户号 @example 1234567890 */ mchid?: string;
  /** 子商户号 @example 1234567890 */ sub_mchid?: string;
 };
 /** 核销请求单号 @example 34657_20250101_123456 */ out_request_no: string;
 /** 多次优惠索引 @example 0 */ sequential_coupon_index?: number;
 /** 核销门店ID */ store_id?: string;
 /** 关联微信支付分订单信息 */ associated_pay_score_order_info?: {
  /** 微信支付服务订单号 */ order_id?: string;
  /** 商户服务订单号 */ out_order_no?: string;
  /** 商户号 */ mchid?: string;
  /** 子商户号 */ sub_mchid?: string;
 };
 /** 优惠金额 */ saved_amount?: number;
}
/** 核销用户商品券: options */
export interface PostV3MarketingPartnerProductCouponUsersCouponsUseOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code: string;
 json: PostV3MarketingPartnerProductCouponUsersCouponsUseBody;
}
/** 核销用户商品券: response body */
export interface PostV3MarketingPartnerProductCouponUsersCouponsUseData {
 /** 用户商品券Code */ coupon_code: string;
 /** 用户商品券状态 */ coupon_state: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
 /** 有效期开始时间 */ valid_begin_time: string;
 /** 有效期结束时间 */ valid_end_time: string;
 /** 领券时间 */ receive_time: string;
 /** 发券请求单号 */ send_request_no: string;
 /** 发券渠道 */ send_channel: "API" | "BRAND_MANAGE" | "MERCHANT_CARD" | "MEMBER" | "SMALL_ACTIVITY" | "RECEIVE_COMPONENT";
 /** 确认请求单号 */ confirm_request_no?: string;
 /** 确认发放时间 */ confirm_time?: string;
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 单券使用详情 */ single_usage_detail?: ProgressiveBundleUsageDetail;
 /** 多次优惠使用详情 */ sequential_usage_detail?: {
  /** 总可使用次数 */ total_count: number;
  /** 已使用次数 */ used_count: number;
  /** 轮次使用详情列表 */ detail_item_list?: Array<{
   /** 轮次使用详情状态 */ detail_state: "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
   /** 有效期开始时间 */ valid_begin_time: string;
   /** 有效期结束时间 */ valid_end_time: string;
   /** 核销请求单号 */ use_request_no?: string;
   /** 核销时间 */ use_time?: string;
   /** 关联微信支付订单信息 */ associated_order_info?: AssociatedOrderInfo;
   /** 退券请求单号 */ return_request_no?: string;
   /** 退券时间 */ return_time?: string;
   /** 删除时间 */ delete_time?: string;
  }>;
 };
 /** 商品券信息 */ product_coupon: ProductCoupon;
 /** 批次信息 */ stock: StockList;
 /** 自定义附加信息 */ attach?: string;
 /** 渠道自定义信息 */ channel_custom_info?: string;
 /** 品牌ID */ brand_id: string;
}

/** 向用户预发放商品券: request body */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次ID @example 1000000013001 */ stock_id: string;
 /** 用户商品券Code @example 123446565767 */ coupon_code?: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 发券请求单号 @example 34657_20250101_123456 */ send_request_no: string;
 /** 自定义附加信息 @example example_attach */ attach?: string;
}
/** 向用户预发放商品券: options */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 json: PostV3MarketingPartnerProductCouponUsersPreSendCouponBody;
}
/** 向用户预发放商品券: response body */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponData {
 /** 预发券token */ token: string;
}

/** 向用户预发放商品券批次组: request body */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleBody {
 /** 品牌ID @example 120344 */ brand_id: string;
 /** 商品券ID @example 1000000013 */ product_coupon_id: string;
 /** 批次组ID @example 100232301 */ stock_bundle_id: string;
 /** 公众账号AppID @example wx233544546545989 */ appid: string;
 /** 发券请求单号 @example 34657_20250101_123456 */ send_request_no: string;
 /** 自定义附加信息 @example example_attach */ attach?: string;
}
/** 向用户预发放商品券批次组: options */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleOptions extends CallOptions {
 /** 用户OpenID @example oh-394z-6CGkNoJrsDLTTUKiAnp4 */ openid: string;
 json: PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleBody;
}
/** 向用户预发放商品券批次组: response body */
export interface PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleData {
 /** 预发券token */ token: string;
}

/** 查询合作关系列表API: options */
export interface GetV3MarketingPartnershipsOptions extends CallOptions {
 query?: {
  /** 合作方信息`JSON`格式字符串 */ partner?: string;
  /** 被授权数据`JSON`格式字符串 */ authorized_data?: string;
  /** 分页大小 */ limit?: number;
  /** 分页页码 */ offset?: number;
 };
}
/** 查询合作关系列表API: response body */
export interface GetV3MarketingPartnershipsData {
 /** 合作关系结果集 */ data?: Array<{
  /** 合作方信息 */ partner: {
   /** 合作方类别 */ type: string;
   /** 合作方APPID */ appid?: string;
   /** 合作方商户ID */ merchant_id?: string;
  };
  /** 被授权数据 */ authorized_data: {
   /** 授权业务类别 */ business_type: string;
   /** 授权批次ID */ stock_id?: string;
  };
  /** 建立合作关系时间 */ build_time: string;
  /** 终止合作关系时间 */ terminate_time?: string;
  /** 创建时间 */ create_time: string;
  /** 更新时间 */ update_time: string;
 }>;
 /** 分页大小 */ limit: number;
 /** 分页页码 */ offset: number;
 /** 总数量 */ total_count?: number;
}

/** 建立合作关系API: request body */
export interface PostV3MarketingPartnershipsBuildBody extends PostV3MarketingPartnershipsBuildBodyFields {}
/** 建立合作关系API: options */
export interface PostV3MarketingPartnershipsBuildOptions extends CallOptions {
 headers: {
  /** 业务请求幂等值 @example 12345 */ "Idempotency-Key": string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MarketingPartnershipsBuildBody;
}
/** 建立合作关系API: response body */
export interface PostV3MarketingPartnershipsBuildData {
 /** 合作方信息 */ partner: {
  /** 合作方类别 */ type: "APPID" | "MERCHANT";
  /** 合作方APPID */ appid?: string;
  /** 合作方商户ID */ merchant_id?: string;
 };
 /** 被授权数据 */ authorized_data: {
  /** 授权业务类别 */ business_type: "FAVOR_STOCK" | "BUSIFAVOR_STOCK";
  /** 授权批次ID */ stock_id?: string;
 };
 /** 合作状态 */ state: "ESTABLISHED" | "TERMINATED";
 /** 建立合作关系时间 */ build_time: string;
 /** 创建时间 */ create_time: string;
 /** 更新时间 */ update_time: string;
}

/** 终止合作关系API: request body */
export interface PostV3MarketingPartnershipsTerminateBody extends PostV3MarketingPartnershipsBuildBodyFields {}
/** 终止合作关系API: options */
export interface PostV3MarketingPartnershipsTerminateOptions extends CallOptions {
 headers: {
  /** 业务请求幂等值 @example 12345 */ "Idempotency-Key": string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MarketingPartnershipsTerminateBody;
}
/** 终止合作关系API: response body */
export interface PostV3MarketingPartnershipsTerminateData {
 /** 终止合作关系时间 */ terminate_time: string;
}

/** 获取支付有礼活动列表API: options */
export interface GetV3MarketingPaygiftactivityActivitiesOptions extends CallOptions {
 query: {
  /** 分页页码 */ offset: number;
  /** 分页大小 */ limit: number;
  /** 活动名称 */ activity_name?: string;
  activity_status?: "CREATE_ACT_STATUS" | "ONGOING_ACT_STATUS" | "TERMINATE_ACT_STATUS" | "STOP_ACT_STATUS" | "OVER_TIME_ACT_STATUS" | "CREATE_ACT_FAILED";
  award_type?: "BUSIFAVOR";
 };
}
/** 获取支付有礼活动列表API: response body */
export interface GetV3MarketingPaygiftactivityActivitiesData {
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
 /** 总数 */ total_count?: number;
 /** 结果集 */ data?: Array<{
  /** 活动基本信息 */ activity_base_info: ActivityBaseInfo;
  /** 活动高级设置 */ advanced_setting?: AdvancedSetting;
  /** 活动id */ activity_id?: string;
  /** 活动奖品发放规则 */ award_send_rule: {
   full_send_rule?: FullSendRule;
   /** 阶梯送发放规则 */ step_send_rule?: {
    /** 奖品类型 */ award_type: "BUSIFAVOR";
    /** 发券商户号选项 */ merchant_option: "IN_SEVICE_COUPON_MERCHANT" | "MANUAL_INPUT_MERCHANT";
   };
  };
 }>;
}

/** 查询活动详情接口API: options */
export interface GetV3MarketingPaygiftactivityActivities_activity_id_Options extends CallOptions {
 /** 活动id */ activity_id: string;
}
/** 查询活动详情接口API: response body */
export interface GetV3MarketingPaygiftactivityActivities_activity_id_Data {
 /** 活动id */ activity_id?: string;
 /** 活动类型 */ activity_type?: "FULL_SEND_ACT_TYPE" | "STEP_SEND_ACT_TYPE" | "SPECIFIC_SEND_ACT_TYPE";
 /** 活动状态 */ activity_status?: "CREATE_ACT_STATUS" | "ONGOING_ACT_STATUS" | "TERMINATE_ACT_STATUS" | "STOP_ACT_STATUS" | "OVER_TIME_ACT_STATUS" | "CREATE_ACT_FAILED";
 /** 创建商户号 */ creator_merchant_id?: string;
 /** 所属商户号 */ belong_merchant_id?: string;
 /** 活动暂停时间 */ pause_time?: string;
 /** 活动恢复时间 */ recovery_time?: string;
 /** 活动创建时间 */ create_time?: string;
 /** 活动更新时间 */ update_time?: string;
 /** 活动基本信息 */ activity_base_info: ActivityBaseInfo;
 /** 活动高级设置 */ advanced_setting?: AdvancedSetting;
 /** 活动奖品发放规则 */ award_send_rule: {
  full_send_rule?: {
   /** 奖品类型 */ award_type: "BUSIFAVOR";
   /** 发券商户号选项 */ merchant_option: "IN_SEVICE_COUPON_MERCHANT" | "MANUAL_INPUT_MERCHANT";
   /** 消费金额门槛 */ transaction_amount_minimum: number;
   /** 发放内容 */ send_content: "SINGLE_COUPON" | "GIFT_PACKAGE";
   /** 奖品基本信息列表 */ award_list?: AwardList[];
  };
 };
}

/** 查询活动指定商品列表API: options */
export interface GetV3MarketingPaygiftactivityActivitiesGoodsOptions extends CallOptions {
 /** 活动id */ activity_id: string;
 query?: {
  /** 分页页码 @example 1 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询活动指定商品列表API: response body */
export interface GetV3MarketingPaygiftactivityActivitiesGoodsData {
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
 /** 总数 */ total_count?: number;
 /** 活动id */ activity_id?: string;
 /** 结果集 */ data?: Array<{
  /** 指定商品 */ goods_id?: string;
  /** 创建时间 */ create_time?: string;
  /** 更新时间 */ update_time?: string;
 }>;
}

/** 查询活动发券商户号API: options */
export interface GetV3MarketingPaygiftactivityActivitiesMerchantsOptions extends CallOptions {
 /** 活动id */ activity_id: string;
 query?: {
  /** 分页页码 @example 0 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询活动发券商户号API: response body */
export interface GetV3MarketingPaygiftactivityActivitiesMerchantsData {
 /** 分页页码 */ offset?: number;
 /** 分页大小 */ limit?: number;
 /** 总数 */ total_count?: number;
 /** 活动id */ activity_id?: string;
 /** 结果集 */ data?: Array<{
  /** 商户号 */ mchid?: string;
  /** 商户名称 */ merchant_name?: string;
  /** 创建时间 */ create_time?: string;
  /** 更新时间 */ update_time?: string;
 }>;
}

/** 新增活动发券商户号API: request body */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsAddBody {
 /** 发券商户号 */ merchant_id_list?: string[];
 /** 请求业务单据号 */ add_request_no?: string;
}
/** 新增活动发券商户号API: options */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsAddOptions extends CallOptions {
 /** 活动id */ activity_id: string;
 json: PostV3MarketingPaygiftactivityActivitiesMerchantsAddBody;
}
/** 新增活动发券商户号API: response body */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsAddData {
 /** 活动id */ activity_id?: string;
 /** 添加时间 */ add_time?: string;
 /** 未通过规则校验的发券商户号列表 */ invalid_merchant_id_list?: Array<{
  /** 商户号 */ mchid?: string;
  /** 无效原因 */ invalid_reason?: string;
 }>;
}

/** 删除活动发券商户号API: request body */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteBody {
 merchant_id_list?: string[];
 /** 商户请求单号 @example 100002322019090134234sfdf */ delete_request_no?: string;
}
/** 删除活动发券商户号API: options */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteOptions extends CallOptions {
 /** 活动id */ activity_id: string;
 json: PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteBody;
}
/** 删除活动发券商户号API: response body */
export interface PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteData {
 /** 活动id */ activity_id?: string;
 /** 删除时间 */ delete_time?: string;
}

/** 终止活动API: options */
export interface PostV3MarketingPaygiftactivityActivitiesTerminateOptions extends CallOptions {
 /** 活动id */ activity_id: string;
}
/** 终止活动API: response body */
export interface PostV3MarketingPaygiftactivityActivitiesTerminateData {
 /** 活动id */ activity_id?: string;
 /** 生效时间 */ terminate_time?: string;
}

/** 创建全场满额送活动API: request body */
export interface PostV3MarketingPaygiftactivityUniqueThresholdActivityBody {
 /** 活动基本信息 */ activity_base_info: ActivityBaseInfo;
 advanced_setting?: {
  /** 支付方式信息 */ payment_method_information?: {
   /** 支付方式 */ payment_method?: "CFT" | "SPECIFIC_BANK_CARD";
   /** 银行简称 */ bank_abbreviation?: string;
  };
 };
 award_send_rule: FullSendRule;
}
/** 创建全场满额送活动API: options */
export interface PostV3MarketingPaygiftactivityUniqueThresholdActivityOptions extends CallOptions {
 json: PostV3MarketingPaygiftactivityUniqueThresholdActivityBody;
}
/** 创建全场满额送活动API: response body */
export interface PostV3MarketingPaygiftactivityUniqueThresholdActivityData {
 /** 活动id */ activity_id: string;
 /** 创建时间 */ create_time: string;
}

/** 创建自定义入口: request body */
export interface PostV3MarketingShoppingReceiptCustomentrancesBody {
 /** 自定义入口种类 @example MERCHANT_ACTIVITY */ custom_entrance_type: "MERCHANT_ACTIVITY" | "MERCHANT_MINI_PROGRAM";
 /** 副标题 @example 双十一8折活动 */ subtitle: string;
 /** 展示商品信息 @example https://qpic.cn/xxx */ goods_thumbnail_url?: string;
 /** 自定义入口的开始时间 @example 2015-05-20T13:29:35+08:00 */ start_time: string;
 /** 自定义入口的结束时间 @example 2015-05-20T13:29:35+08:00 */ end_time: string;
 /** 设置自定义入口的状态 @example ONLINE */ custom_entrance_state: "ONLINE" | "OFFLINE";
 /** 自定义入口的归属品牌ID @example 1014 */ brand_id: string;
 /** 商户创建自定义入口的凭据号 @example 6122352020010133287985742 */ out_request_no: string;
 /** 自定义入口跳转信息 */ jump_link: JumpLink;
}
/** 创建自定义入口: options */
export interface PostV3MarketingShoppingReceiptCustomentrancesOptions extends CallOptions {
 json: PostV3MarketingShoppingReceiptCustomentrancesBody;
}
/** 创建自定义入口: response body */
export interface PostV3MarketingShoppingReceiptCustomentrancesData extends PostV3MarketingShoppingReceiptCustomentrancesDataFields {}

/** 查询自定义入口: options */
export interface GetV3MarketingShoppingReceiptCustomentrancesOptions extends CallOptions {
 /** 自定义入口的归属品牌ID @example 1014 */ brand_id: string;
}
/** 查询自定义入口: response body */
export interface GetV3MarketingShoppingReceiptCustomentrancesData extends PostV3MarketingShoppingReceiptCustomentrancesDataFields {}

/** 更新自定义入口: request body */
export interface PatchV3MarketingShoppingReceiptCustomentrancesBody {
 /** 自定义入口种类 @example MERCHANT_ACTIVITY */ custom_entrance_type?: "MERCHANT_ACTIVITY" | "MERCHANT_MINI_PROGRAM";
 /** 副标题 @example 双十一8折活动 */ subtitle?: string;
 /** 展示商品信息 @example https://qpic.cn/xxx */ goods_thumbnail_url?: string;
 /** 设置自定义入口的状态 @example ONLINE */ custom_entrance_state?: "ONLINE" | "OFFLINE";
 /** 自定义入口的开始时间 @example 2015-05-20T13:29:35+08:00 */ start_time?: string;
 /** 自定义入口的结束时间 @example 2019-12-31T13:29:35.120+08:00 */ end_time?: string;
 /** 商户创建自定义入口的凭据号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 自定义入口跳转信息 */ jump_link?: JumpLink;
}
/** 更新自定义入口: options */
export interface PatchV3MarketingShoppingReceiptCustomentrancesOptions extends CallOptions {
 /** 自定义入口的归属品牌ID @example 1014 */ brand_id: string;
 json: PatchV3MarketingShoppingReceiptCustomentrancesBody;
}
/** 更新自定义入口: response body */
export interface PatchV3MarketingShoppingReceiptCustomentrancesData extends PostV3MarketingShoppingReceiptCustomentrancesDataFields {}

/** 上传商家电子小票跳转信息: request body */
export interface PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosBody {
 /** 微信支付订单号 @example 4200000008202209139188072801 */ transaction_id: string;
 /** 商户号 @example 1230000109 */ transaction_mchid?: string;
 /** 子商户号 @example 1230000109 */ transaction_sub_mchid?: string;
 /** 下单用户OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 /** 商户上传时间 @example 2021-05-20T13:29:35.120+08:00 */ merchant_upload_time: string;
 /** 跳转信息 */ jump_info: {
  /** 商户电子小票跳转信息小程序AppID @example example_merchant_appid */ merchant_appid: string;
  /** 商户电子小票跳转信息小程序路径 @example example_merchant_path */ merchant_path: string;
 };
}
/** 上传商家电子小票跳转信息: options */
export interface PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosOptions extends CallOptions {
 json: PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosBody;
}
/** 上传商家电子小票跳转信息: response body */
export interface PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosData {
 /** 商家电子小票跳转信息 */ merchant_jump_info?: {
  /** 微信支付订单号 */ transaction_id: string;
  /** 商户号 */ transaction_mchid?: string;
  /** 子商户号 */ transaction_sub_mchid?: string;
  /** 下单用户OpenID */ openid: string;
  /** 商户上传时间 */ merchant_upload_time: string;
  /** 跳转信息 */ jump_info: {
   /** 商户电子小票跳转信息小程序AppID */ merchant_appid: string;
   /** 商户电子小票跳转信息小程序路径 */ merchant_path: string;
  };
  /** 创建时间 */ create_time: string;
  /** 修改时间 */ modify_time: string;
  /** 归属品牌ID */ brand_id?: number;
 };
}

/** The parts of the multipart/form-data body of POST /v3/marketing/shopping-receipt/shoppingreceipts. */
export interface PostV3MarketingShoppingReceiptShoppingreceiptsForm {
 /** 电子小票上传信息`JSON`格式字符串 */ meta: {
  /** 微信支付订单的交易单号 */ transaction_id: string;
  /** 微信支付订单的下单商户号 */ transaction_mchid?: string;
  /** 微信支付订单的下单子商户号 */ transaction_sub_mchid?: string;
  /** 微信支付订单的商户订单号 */ out_trade_no?: string;
  /** 微信支付订单中OpenID */ openid: string;
  /** 图片文件的文件摘要 */ sha256: string;
  /** 用户与商家的联系渠道 */ merchant_contact_information?: {
   /** 品牌售后部门的咨询电话 @example pVd1HJ6v/69bDnuC4EL5Kz4jBHLiCa8MRtelw/wDa4SzfeespQO/0kjiwfqdfg== */ consultation_phone_number?: string;
  };
  /** 上传时间 */ upload_time?: string;
 };
 /** 图片文件 */ file: Blob;
}
/** 上传电子小票: options */
export interface PostV3MarketingShoppingReceiptShoppingreceiptsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 /** A `FormData` with the parts of {@link PostV3MarketingShoppingReceiptShoppingreceiptsForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** 上传电子小票: response body */
export interface PostV3MarketingShoppingReceiptShoppingreceiptsData {
 /** 电子小票上传信息 */ receipt: {
  /** 电子小票ID */ receipt_id: string;
  /** 电子小票图片审核状态 */ state: "WAIT_REVIEW" | "NOT_PASS_REVIEW" | "PASS_REVIEW";
  /** 微信支付订单的交易单号 */ transaction_id: string;
  /** 微信支付订单的商户号 */ transaction_mchid?: string;
  /** 微信支付订单的子商户号 */ transaction_sub_mchid?: string;
  /** 微信支付订单中OpenID */ openid: string;
  /** 电子小票归属品牌的ID */ brand_id?: number;
  /** 图片文件的文件摘要 */ sha256: string;
  /** 标识电子小票图片类型 */ image_type: string;
  /** 电子小票创建的时间 */ create_time: string;
  /** 电子小票最后一次修改时间 */ modify_time: string;
  /** 用户与商家的联系渠道 */ merchant_contact_information?: {
   /** 品牌售后部门的咨询电话 */ consultation_phone_number?: string;
  };
  /** 上传时间 */ upload_time?: string;
 };
}

/** 查询周周惠活动列表API: options */
export interface GetV3MarketingWeeklyDiscountActivitiesOptions extends CallOptions {
 query: {
  /** 最大资源条数 @example 5 */ limit: number;
  /** 请求资源起始位置 @example 10 */ offset: number;
  /** 报名商户号 @example 10000098 */ applying_merchant_id: number;
  /** 报名商户门店号 @example 1111111 */ store_id?: number;
  /** 活动投放区域编码 @example 110000 */ activity_area_code: number;
  /** 投放场景 @example SCAN_CODE_TO_ORDER */ activity_scene: string;
 };
}
/** 查询周周惠活动列表API: response body */
export interface GetV3MarketingWeeklyDiscountActivitiesData {
 /** 周周惠活动详情 */ data: Array<MarketingData7>;
 /** 请求资源起始位置 */ offset: number;
 /** 最大资源条数 */ limit: number;
 /** 资源总条数 */ total_count: number;
}

/** 查询周周惠活动详情API: options */
export interface GetV3MarketingWeeklyDiscountActivities_activity_id_Options extends CallOptions {
 /** 活动ID @example 11111 */ activity_id: string;
}
/** 查询周周惠活动详情API: response body */
export interface GetV3MarketingWeeklyDiscountActivities_activity_id_Data extends MarketingData7 {}

/** 报名周周惠活动API: request body */
export interface PostV3MarketingWeeklyDiscountActivitiesApplyBody {
 /** 报名商户号 @example 10000098 */ applying_merchant_id: number;
 /** 报名商户门店号 @example 111111 */ store_id: number;
}
/** 报名周周惠活动API: options */
export interface PostV3MarketingWeeklyDiscountActivitiesApplyOptions extends CallOptions {
 /** 活动ID @example 11111 */ activity_id: string;
 json: PostV3MarketingWeeklyDiscountActivitiesApplyBody;
}
/** 报名周周惠活动API: response body */
export interface PostV3MarketingWeeklyDiscountActivitiesApplyData {
 /** 报名成功的活动ID */ activity_id: number;
 /** 报名成功时间 */ success_time: string;
}

/** 查询批次下用户银行提现免费券列表API: options */
export interface GetV3MarketingWithdrawFavorUsersCouponsOptions extends CallOptions {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 query: {
  /** 银行提现免费券批次创建方商户号 @example 1230000109 */ mchid: string;
  /** 银行提现免费券批次ID @example 1304490000000059 */ stock_id: string;
  /** 应用ID @example wxd678efh567hg6787 */ appid: string;
  /** 分页页码 @example 1 */ offset?: number;
  /** 分页大小 @example 10 */ limit?: number;
 };
}
/** 查询批次下用户银行提现免费券列表API: response body */
export interface GetV3MarketingWithdrawFavorUsersCouponsData {
 /** 银行提现免费券列表 */ data: Array<{
  /** 发放时间 */ send_time?: string;
  /** 发放额度 */ send_quota?: number;
  /** 银行提现免费券的券ID */ coupon_id?: string;
  /** 使用额度 */ use_quota?: number;
  /** 银行提现免费券券状态 */ coupon_state?: string;
 }>;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 查询结果总数 */ total_count: number;
}

/** 为用户发银行提现免费券API: request body */
export interface PostV3MarketingWithdrawFavorUsersCouponsBody {
 /** 银行提现免费券批次创建方商户号 @example 1230000109 */ mchid: string;
 /** 银行提现免费券批次ID @example 1304490000000059 */ stock_id: string;
 /** 应用ID @example wxd678efh567hg6787 */ appid: string;
 /** 商户单据号 @example 89560002019101000121 */ send_request_no: string;
}
/** 为用户发银行提现免费券API: options */
export interface PostV3MarketingWithdrawFavorUsersCouponsOptions extends CallOptions {
 /** 用户标识 @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid: string;
 json: PostV3MarketingWithdrawFavorUsersCouponsBody;
}
/** 为用户发银行提现免费券API: response body */
export interface PostV3MarketingWithdrawFavorUsersCouponsData {
 /** 银行提现免费券ID */ coupon_id?: string;
 /** 银行提现免费券过期时间 */ expire_time?: string;
}

export interface MiniProgramsInfo {
 /** 商家小程序appid @example wx234545656765876 */ mini_programs_appid: string;
 /** 商家小程序path @example /path/index/index */ mini_programs_path: string;
 /** 入口文案 @example 欢迎选购 */ entrance_words: string;
 /** 引导文案 @example 获取更多优惠 */ guiding_words?: string;
}

export interface FinderInfo {
 /** 视频号ID @example sph6Rngt2T4RlUf */ finder_id: string;
 /** 视频号视频ID @example sph6Rngt2T4RlUf */ finder_video_id: string;
 /** 视频号封面图 @example https://wxpaylogo.qpic.cn/xxx */ finder_video_cover_image_url: string;
}

export interface NotifyConfig {
 /** 事件通知appid @example wx23232232323 */ notify_appid?: string;
}

export interface CouponUseRule {
 /** 券可核销时间 */ coupon_available_time: {
  /** 开始时间 */ available_begin_time: string;
  /** 结束时间 */ available_end_time: string;
  /** 生效后N天内有效 */ available_day_after_receive?: number;
  /** 固定周期有效时间段 */ available_week?: {
   /** 可用星期数 */ week_day?: number[];
   /** 当天可用时间段 */ available_day_time?: Array<{
    /** 当天可用开始时间 */ begin_time?: number;
    /** 当天可用结束时间 */ end_time?: number;
   }>;
  };
  /** 无规律的有效时间段 */ irregulary_avaliable_time?: Array<{
   /** 开始时间 */ begin_time?: string;
   /** 结束时间 */ end_time?: string;
  }>;
  /** 领取后N天开始生效 */ wait_days_after_receive?: number;
 };
 /** 固定面额满减券使用规则 */ fixed_normal_coupon?: {
  /** 优惠金额 */ discount_amount: number;
  /** 消费门槛 */ transaction_minimum: number;
 };
 /** 折扣券使用规则 */ discount_coupon?: {
  /** 折扣比例 */ discount_percent: number;
  /** 消费门槛 */ transaction_minimum: number;
 };
 /** 换购券使用规则 */ exchange_coupon?: {
  /** 单品换购价 */ exchange_price: number;
  /** 消费门槛 */ transaction_minimum: number;
 };
 /** 核销方式 */ use_method: "OFF_LINE" | "MINI_PROGRAMS" | "SELF_CONSUME" | "PAYMENT_CODE";
 /** 小程序appid */ mini_programs_appid?: string;
 /** 小程序path */ mini_programs_path?: string;
}

export interface CustomEntrance {
 /** 小程序入口 */ mini_programs_info?: MarketingMiniProgramsInfo;
 /** 商户公众号appid */ appid?: string;
 /** 营销馆id */ hall_id?: string;
 /** 可用门店id */ store_id?: string;
 /** code展示模式 */ code_display_mode?: "NOT_SHOW" | "BARCODE" | "QRCODE";
}

export interface MarketingMiniProgramsInfo {
 /** 商家小程序appid */ mini_programs_appid: string;
 /** 商家小程序path */ mini_programs_path: string;
 /** 入口文案 */ entrance_words: string;
 /** 引导文案 */ guiding_words?: string;
}

export interface DisplayPatternInfo {
 /** 使用须知 */ description?: string;
 /** 商户logo */ merchant_logo_url?: string;
 /** 商户名称 */ merchant_name?: string;
 /** 背景颜色 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
 /** 券详情图片 */ coupon_image_url?: string;
 /** 视频号相关信息 */ finder_info?: {
  /** 视频号ID */ finder_id: string;
  /** 视频号视频ID */ finder_video_id: string;
  /** 视频号封面图 */ finder_video_cover_image_url: string;
 };
}

export interface MarketingNotifyConfig {
 /** 事件通知appid */ notify_appid?: string;
}

export interface MarketingData {
 /** 商户上传code */ code?: string;
 /** 商户上传code分配状态 */ code_status?: string;
 /** 上传时间 */ upload_time?: string;
 /** 被分配时间 */ dispatched_time?: string;
 /** 领券用户的OpenID */ openid?: string;
 /** 领券用户的UnionID */ unionid?: string;
 /** 用户券code */ coupon_code?: string;
}

export interface PayReceiptList {
 /** 补差付款单号 */ subsidy_receipt_id: string;
 /** 商家券批次号 */ stock_id: string;
 /** 商家券Code */ coupon_code: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 营销补差扣款商户号 */ payer_merchant: string;
 /** 营销补差入账商户号 */ payee_merchant: string;
 /** 补差付款金额 */ amount: number;
 /** 补差付款描述 */ description: string;
 /** 补差付款单据状态 */ status: string;
 /** 补差付款失败原因 */ fail_reason?: string;
 /** 补差付款完成时间 */ success_time?: string;
 /** 业务请求唯一单号 */ out_subsidy_no: string;
 /** 补差付款发起时间 */ create_time?: string;
}

export interface PostV3MarketingBusifavorSubsidyReturnReceiptsDataFields {
 /** 补差回退单号 */ subsidy_return_receipt_id?: string;
 /** 商家券批次号 */ stock_id: string;
 /** 商家券Code */ coupon_code: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 微信支付退款单号 */ refund_id: string;
 /** 原营销补差扣款商户号 */ payer_merchant: string;
 /** 原营销补差入账商户号 */ payee_merchant: string;
 /** 补差回退金额 */ amount: number;
 /** 补差回退描述 */ description: string;
 /** 补差回退单据状态 */ status: string;
 /** 补差回退失败原因 */ fail_reason?: string;
 /** 补差回退完成时间 */ return_done_time?: string;
 /** 补差付款单号 */ subsidy_receipt_id: string;
 /** 业务请求唯一单号 */ out_subsidy_return_no: string;
 /** 补差回退发起时间 */ return_create_time?: string;
}

export interface MarketingCouponUseRule {
 /** 券可核销时间 */ coupon_available_time: {
  /** 开始时间 */ available_begin_time?: string;
  /** 结束时间 */ available_end_time?: string;
  /** 领取后N天内有效 */ available_day_after_receive?: number;
 };
 /** 固定周期有效时间段 */ available_week?: {
  week_day?: Array<0 | 1 | 2 | 3 | 4 | 5 | 6>;
  /** 当天可用时间段 */ available_day_time?: Array<{
   /** 当天可用开始时间 */ begin_time?: number;
   /** 当天可用结束时间 */ end_time?: number;
  }>;
 };
 irregulary_avaliable_time?: Array<{
  /** 开始时间 */ begin_time?: string;
  /** 结束时间 */ end_time?: string;
 }>;
 /** 固定面额满减券使用规则 */ fixed_normal_coupon?: {
  /** 优惠金额 */ discount_amount?: number;
  /** 消费门槛 */ transaction_minimum?: number;
 };
 /** 折扣券使用规则 */ discount_coupon?: {
  /** 折扣比例 */ discount_percent?: number;
  /** 消费门槛 */ transaction_minimum?: number;
 };
 /** 换购券使用规则 */ exchange_coupon?: {
  /** 单品换购价 */ exchange_price?: number;
  /** 消费门槛 */ transaction_minimum?: number;
 };
 /** 核销方式 */ use_method: "OFF_LINE" | "MINI_PROGRAMS" | "PAYMENT_CODE" | "SELF_CONSUME";
 /** 小程序appid */ mini_programs_appid?: string;
 /** 小程序path */ mini_programs_path?: string;
}

export interface MarketingCustomEntrance {
 /** 小程序入口 */ mini_programs_info?: MarketingMiniProgramsInfo;
 /** 商户公众号appid */ appid?: string;
 /** 更多优惠入口 */ hall_id?: string;
 /** 可用门店id */ store_id?: string;
 /** code展示模式 */ code_display_mode?: "BARCODE" | "QRCODE" | "NOT_SHOW";
}

export interface StockUseRule {
 /** 发放总上限 */ max_coupons: number;
 /** 总预算 */ max_amount: number;
 /** 单天发放上限金额 */ max_amount_by_day?: number;
 /** 单个用户可领个数 */ max_coupons_per_user: number;
 /** 是否开启自然人限制 */ natural_person_limit: boolean;
 /** api发券防刷 */ prevent_api_abuse: boolean;
}

export interface MarketingData2 {
 /** 批次名称 */ stock_name: string;
 /** 开始时间 */ available_begin_time: string;
 /** 结束时间 */ available_end_time: string;
 /** 发放规则 */ stock_use_rule: StockUseRule;
 /** 是否无资金流 */ no_cash: boolean;
 /** 批次类型 */ stock_type: "NORMAL" | "DISCOUNT" | "EXCHAHGE" | "RANDOM" | "DISCOUNT_CUT";
 /** 批次号 */ stock_id?: string;
 /** 创建批次的商户号 */ stock_creator_mchid?: string;
 /** 批次状态 */ status?: "unactivated" | "audit" | "running" | "stoped" | "paused";
 /** 使用说明 */ description: string;
 /** 创建时间 */ create_time?: string;
 /** 激活批次的时间 */ start_time?: string;
 /** 终止批次的时间 */ stop_time?: string;
 /** 是否单品优惠 */ singleitem?: boolean;
 /** 减至批次特定信息 */ cut_to_message?: {
  /** 可用优惠的商品最高单价 */ single_price_max?: number;
  /** 减至后的优惠单价 */ cut_to_price?: number;
 };
 /** 已发券数量 */ distributed_coupons?: number;
 /** 业务类型 */ business_type?: "MULTIUSE";
 /** 消费金可用地域 */ available_region_list?: Array<{
  /** 类型 */ type?: string;
  /** 省 */ province?: string;
  /** 市 */ city?: string;
  /** 区 */ district?: string;
  /** 国家 */ country?: string;
 }>;
 /** 消费金可用行业 */ available_industry_list?: string[];
}

export interface MarketingData3 {
 /** 创建批次的商户号 */ stock_creator_mchid?: string;
 /** 批次号 */ stock_id?: string;
 /** 代金券id */ coupon_id?: string;
 /** 代金券名称 */ coupon_name?: string;
 /** 代金券状态 */ status?: "SENDED" | "USED" | "EXPIRED" | "RECOVER";
 /** 使用说明 */ description?: string;
 /** 领券时间 */ create_time?: string;
 /** 券类型 */ coupon_type?: "NORMAL" | "CUT_TO";
 /** 激活批次的时间 */ start_time?: string;
 /** 终止批次的时间 */ stop_time?: string;
 /** 是否单品优惠 */ singleitem?: boolean;
 /** 减至批次特定信息 */ cut_to_message?: {
  /** 可用优惠的商品最高单价 */ single_price_max?: number;
  /** 减至后的优惠单价 */ cut_to_price?: number;
 };
 /** 可用开始时间 */ available_begin_time?: string;
 /** 可用结束时间 */ available_end_time?: string;
 /** 固定面额满减券使用规则 */ normal_coupon_information?: {
  /** 面额 */ coupon_amount: number;
  /** 门槛 */ transaction_minimum: number;
 };
 /** 已实扣代金券核销信息 */ consume_information?: {
  /** 核销时间 */ consume_time?: string;
  /** 核销商户号 */ consume_mchid?: string;
  /** 核销商户号 */ transaction_id?: string;
  goods_detail?: Array<{
   /** 商品编码 */ goods_id?: string;
   /** 商品数量 */ quantity?: number;
   /** 商品价格 */ price?: number;
   /** 商品优惠金额 */ discount_amount?: number;
  }>;
 };
 /** 剩余金额 */ available_balance?: number;
 /** 业务类型 */ business_type?: "MULTIUSE";
}

export interface ApplyInfos {
 /** 门店信息 */ store_info?: {
  /** 门店ID */ store_id?: string;
  /** 门店补贴入账商户号 */ accounting_merchant_id?: string;
  /** 门店商户号 */ merchant_id?: string;
 };
 /** 商品原价 */ goods_original_price?: number;
}

export interface PostV3MarketingGoodsSubsidyActivityQualificationLockBodyFields {
 /** 订单信息 */ order_information: {
  /** 支付订单的微信用户OpenID */ payer_openid?: string;
  /** 商户订单号 */ out_trade_no?: string;
  /** 订单总金额 */ total_fee?: number;
  /** 门店ID */ store_id?: string;
  /** 门店商户号 */ store_merchant_id?: string;
 };
 /** 待锁定的加价购资格ID列表 */ qualification_ids: string[];
}

export interface MarketingData4 {
 /** 门店编码 */ store_code?: string;
 /** 门店名称 */ store_name?: string;
}

export interface MarketingData5 {
 /** 活动ID */ activity_id: string;
 /** 活动的当前状态 */ activity_status?: string;
 /** 创建时间 */ create_time?: string;
 /** 更新时间 */ update_time?: string;
 /** 会员卡ID */ card_id?: string;
 /** 活动名称 */ activity_name?: string;
 /** 活动类型 */ activity_type?: string;
 /** 活动开始时间 */ begin_time?: string;
 /** 活动结束时间 */ end_time?: string;
 /** 发放时间段 */ award_send_period?: AwardSendPeriod;
 /** 优惠券列表 */ stock_list?: Array<{
  /** 创建批次的商户号 */ stock_creator_mchid: string;
  /** 券批次ID */ stock_id: string;
 }>;
 /** 商户请求单号 */ out_request_no?: string;
 /** 支付后活动设置 */ pay_activity_setting?: {
  /** 商户logo */ logo_url: string;
  /** 支付结果页活动副标题 */ activity_second_title: string;
  /** 活动曝光商户号 */ mchid_list?: string[];
  /** 激活方式设置 */ activate_setting?: ActivateSetting;
  /** 支付设置 */ payment_setting?: PaymentSetting;
 };
 /** 支付前会员活动设置 */ miniprogram_activity_setting?: MiniprogramActivitySetting;
}

export interface AwardSendPeriod {
 /** 指定时间 */ award_send_time?: Array<{
  /** 发放开始时间 */ begin_time: string;
  /** 发放结束时间 */ end_time: string;
 }>;
 /** 指定时间段 */ award_send_day_time?: Array<{
  /** 每日发放开始时间 */ begin_day_time: {
   /** 时 */ hours: number;
   /** 分 */ minutes: number;
   /** 秒 */ seconds: number;
  };
  /** 每日发放结束时间 */ end_day_time: {
   /** 时 */ hours: number;
   /** 分 */ minutes: number;
   /** 秒 */ seconds: number;
  };
 }>;
}

export interface ActivateSetting {
 /** 激活类型 */ activate_type: string;
 /** 跳转激活的url */ activate_url?: string;
 /** 跳转激活的小程序 */ activate_miniprogram?: {
  /** 跳转激活的appid */ activate_appid: string;
  /** 跳转激活的path */ activate_path: string;
 };
}

export interface PaymentSetting {
 /** 支付模式 */ payment_mode?: {
  /** 支付场景列表 */ payment_scene_list?: unknown[];
 };
 /** 指定银行的简称 */ limit_bank?: string;
 /** 订单优惠标记 */ goods_tags?: unknown[];
}

export interface MiniprogramActivitySetting {
 /** 指定领取渠道 */ outer_str?: string[];
 /** 领奖页面跳转配置 */ award_jump_deploy?: {
  /** 小程序AppID */ mini_program_appid?: string;
  /** 小程序path */ mini_program_path?: string;
  /** 跳转按钮文案 */ button_text?: string;
 };
}

export interface CommonFieldList {
 /** 平台提供的通用开卡信息字段 */ name?: "USER_FORM_FLAG_MOBILE" | "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY";
 /** 用户开卡时填写的个人信息 */ value?: string;
}

export interface MarketingData6 {
 /** 会员卡id */ card_id: string;
 /** 创建时间 */ create_time?: string;
 /** 更新时间 */ update_time?: string;
 /** 剩余库存 */ remain_quantity?: number;
 /** 会员卡状态 */ status?: "NOT_APPROVE" | "APPROVE_FAIL" | "APPROVED" | "DELETED";
 /** 品牌信息 */ brand: {
  /** 品牌id */ brand_id: string;
  /** 品牌展示名称 */ display_name: string;
 };
 /** 商户AppId */ appid: string;
 /** 会员卡logo */ logo_url: string;
 /** 卡名称 */ title: string;
 /** 会员卡背景图 */ background_picture_url: string;
 /** 使用须知 */ description: string;
 /** 服务电话 */ service_phone?: string;
 /** 会员码型 */ code_type: "BAR_CODE" | "QRCODE" | "BAR_CODE_AND_QRCODE" | "NONE_CODE";
 /** 会员卡总库存 */ total_quantity?: number;
 /** 有效期 */ date_information: {
  /** 有效期类型 */ type: "FIX_TIME_RANGE" | "FIX_TERM" | "PERMANENT";
  /** 有效期开始时间 */ available_begin_time?: string;
  /** 有效期结束时间 */ available_end_time?: string;
  /** 生效后N天内有效 */ available_day_after_receive?: number;
 };
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_DEPOSIT" | "REAL_TIME";
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 */ init_level?: string;
 /** 商户请求单号 */ out_request_no: string;
 /** 储值信息 */ balance_information?: {
  /** 是否支持储值 */ need_balance?: boolean;
  /** 储值小程序appid */ balance_appid?: string;
  /** 储值小程序path */ balance_path?: string;
  /** 储值url */ balance_url?: string;
 };
 /** 开卡信息 */ user_information_form?: {
  /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<"USER_FORM_FLAG_MOBILE" | "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY">;
  /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
   /** 商户自定义的开卡信息字段类型 */ type?: "TEXT" | "SELECT" | "RADIO" | "CHECK_BOX";
   /** 字段名称 */ name?: string;
   values?: string[];
  }>;
 };
 /** 商户补充声明 */ additional_statement?: {
  /** 标题 */ title?: string;
  /** 跳转url */ url?: string;
  /** 跳转小程序appid */ appid?: string;
  /** 跳转小程序path */ path?: string;
 };
}

export interface MarketingBalanceInformation {
 /** 是否支持储值 */ need_balance?: boolean;
 /** 储值小程序appid @example wxea9c30890f48d5ae */ balance_appid?: string;
 /** 储值小程序path @example pages/balance/balance */ balance_path?: string;
 /** 储值url @example https://xxx.com */ balance_url?: string;
}

export interface CustomFieldList {
 /** 商户自定义的开卡信息字段类型 */ type?: "TEXT" | "SELECT" | "RADIO" | "CHECK_BOX";
 /** 字段名称 @example 喜欢的运动 */ name?: string;
 /** 字段值 */ values?: string[];
}

export interface AdditionalStatement {
 /** 标题 @example xxx会员卡使用须知 */ title?: string;
 /** 跳转url @example https://xxx.111.com */ url?: string;
 /** 跳转小程序appid @example wxea9c30890f48d5ae */ appid?: string;
 /** 跳转小程序path @example pages/statement/statement */ path?: string;
}

export interface PostV3MarketingMembercardOpenCardsCodesBonusCommitBodyFields {
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no: string;
 /** 直连商户号 @example 1230000109 */ mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 会员积分值 @example 30 */ bonus_value: number;
}

export interface Guide {
 /** 联系人名字 @example 酒店管家-何小明 */ staff_name?: string;
 /** 联系人头像 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ head_image_url?: string;
 /** 联系方式 @example 微信号 */ contact_information_name?: string;
 /** 联系信息值 @example weixin123 */ contact_information_value?: string;
 /** 联系电话 @example 0755-12345677 */ phone_number?: string;
}

export interface JumpMiniprogram {
 /** 小程序appid @example wx37178d097a6851d8 */ appid: string;
 /** 小程序path @example pages/index/index */ path: string;
}

export interface PostV3MarketingPartnerDeliveryPlanDeliveryPlansDataFields {
 /** 投放计划详情 */ plan: Plan;
}

export interface Plan {
 /** 投放计划ID */ plan_id: string;
 /** 投放计划名称 */ plan_name: string;
 /** 投放计划状态 */ plan_state: "PLAN_CREATING" | "PLAN_CREATED" | "PLAN_TERMINATING" | "PLAN_TERMINATED" | "PLAN_EXPIRED" | "PLAN_DELIVERING" | "PLAN_PAUSED";
 /** 开始可用时间 */ delivery_start_time?: string;
 /** 结束可用时间 */ delivery_end_time?: string;
 /** 批次ID */ stock_id: string;
 /** 商品券ID */ product_coupon_id: string;
 /** 营销标签 */ recommend_word?: string;
 /** 品牌ID */ brand_id: string;
 /** 总库存 */ total_count?: number;
 /** 单用户限领 */ user_limit?: number;
 /** 单日限领 */ daily_limit?: number;
}

export interface NormalCoupon {
 /** 门槛金额 @example 10000 */ threshold: number;
 /** 固定减免金额 @example 1 */ discount_amount: number;
}

export interface DiscountCoupon {
 /** 门槛金额 @example 10000 */ threshold: number;
 /** 固定减免百分比 @example 20 */ percent_off: number;
}

export interface ExchangeCoupon {
 /** 门槛金额 @example 10000 */ threshold: number;
 /** 固定兑换价格 @example 20 */ exchange_price: number;
}

export interface DisplayInfo {
 /** 商品券名称 @example 全场满100立打8折 */ name: string;
 /** 商品券图片 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx */ image_url: string;
 /** 商品券背景图 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx */ background_url: string;
 /** 商品券详情图列表 */ detail_image_url_list?: string[];
 /** 商品原价 @example 10000 */ original_price?: number;
 /** 套餐组合 */ combo_package_list?: Array<{
  /** 套餐名 @example 咖啡2选1 */ name: string;
  /** 可选单品数量 @example 3 */ pick_count: number;
  /** 单品列表 */ choice_list: Array<{
   /** 单品名称 @example 美式 */ name: string;
   /** 单品价格 @example 10000 */ price: number;
   /** 单品数量 @example 2 */ count: number;
   /** 单品图片 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx */ image_url?: string;
   /** 单品跳转小程序AppID @example wx4fd12345678 */ mini_program_appid?: string;
   /** 单品跳转小程序路径 @example /pages/index/index */ mini_program_path?: string;
  }>;
 }>;
}

export interface StockSendRule {
 /** 发放次数总上限 @example 100000 */ max_count: number;
 /** 每日发放次数上限 @example 100000000 */ max_count_per_day?: number;
 /** 每个用户领取次数上限 @example 5 */ max_count_per_user?: number;
}

export interface SingleUsageRule {
 /** 券可核销时间 */ coupon_available_period: CouponAvailablePeriod;
 /** 满减券使用规则 */ normal_coupon?: NormalCoupon;
 /** 折扣券使用规则 */ discount_coupon?: DiscountCoupon;
 /** 兑换券使用规则 */ exchange_coupon?: ExchangeCoupon;
}

export interface CouponAvailablePeriod {
 /** 开始时间 @example 2025-08-01T00:00:00+08:00 */ available_begin_time: string;
 /** 结束时间 @example 2025-08-31T23:59:59+08:00 */ available_end_time: string;
 /** 生效后N天内有效 @example 30 */ available_days?: number;
 /** 领取后N天开始生效 @example 1 */ wait_days_after_receive?: number;
 /** 每周固定可用时间 */ weekly_available_period?: WeeklyAvailablePeriod;
 /** 无规律的可用时间段 */ irregular_available_period_list?: IrregularAvailablePeriodList[];
 /** 领取后N秒内有效 */ available_seconds?: number;
}

export interface WeeklyAvailablePeriod {
 /** 每周可用星期数 */ day_list?: Array<"MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY">;
 /** 当天可用时间段 */ day_period_list?: Array<{
  /** 当天可用开始时间 @example 60 */ begin_time: number;
  /** 当天可用结束时间 @example 86399 */ end_time: number;
 }>;
}

export interface IrregularAvailablePeriodList {
 /** 开始时间 @example 2025-08-01T00:00:00+08:00 */ begin_time: string;
 /** 结束时间 @example 2025-08-31T23:59:59+08:00 */ end_time: string;
}

export interface UsageRuleDisplayInfo {
 /** 券使用方式列表 */ coupon_usage_method_list: Array<"OFFLINE" | "MINI_PROGRAM" | "APP" | "PAYMENT_CODE">;
 /** 小程序AppID @example wx1234567890 */ mini_program_appid?: string;
 /** 小程序跳转路径 @example /pages/index/product */ mini_program_path?: string;
 /** APP的H5跳转路径 @example https://weixin.qq.com/jump-to-app */ app_path?: string;
 /** 券使用说明 @example 工作日可用 */ usage_description: string;
 /** 券可用门店信息 */ coupon_available_store_info?: {
  /** 券可用门店描述 @example 所有门店可用，可使用小程序查看门店列表 */ description: string;
  /** 小程序AppID @example wx1234567890 */ mini_program_appid?: string;
  /** 小程序跳转路径 @example /pages/index/product */ mini_program_path?: string;
 };
 /** APP跳转类型 @example H5 */ app_jump_type?: "H5" | "PASSCODE_LINK" | "USAGE_GUIDE";
 /** 口令链接 @example passcode_link.example */ passcode_link?: string;
}

export interface EntranceFinder {
 /** 视频号ID @example gh_12345678 */ finder_id: string;
 /** 视频号视频ID @example UDFsdf24df34dD456Hdf34 */ finder_video_id: string;
 /** 视频号封面图 @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/xxx */ finder_video_cover_image_url: string;
}

export interface SingleUsageInfo {
 /** 满减券使用规则 */ normal_coupon?: MarketingNormalCoupon;
 /** 折扣券使用规则 */ discount_coupon?: MarketingDiscountCoupon;
}

export interface MarketingNormalCoupon {
 /** 门槛金额 */ threshold: number;
 /** 固定减免金额 */ discount_amount: number;
}

export interface MarketingDiscountCoupon {
 /** 门槛金额 */ threshold: number;
 /** 固定减免百分比 */ percent_off: number;
}

export interface SequentialUsageInfo {
 /** 多次优惠规则类型 */ type: "INCREMENTAL" | "EQUAL";
 /** 可使用次数 */ count: number;
 /** 多次优惠有效天数 */ available_days: number;
 /** 多次优惠使用间隔天数 */ interval_days?: number;
}

export interface MarketingDisplayInfo {
 /** 商品券名称 */ name: string;
 /** 商品券图片 */ image_url: string;
 /** 商品券背景图 */ background_url: string;
 /** 商品券详情图列表 */ detail_image_url_list?: string[];
 /** 商品原价 */ original_price?: number;
 /** 套餐组合 */ combo_package_list?: Array<{
  /** 套餐名 */ name: string;
  /** 可选单品数量 */ pick_count: number;
  /** 单品列表 */ choice_list: Array<{
   /** 单品名称 */ name: string;
   /** 单品价格 */ price: number;
   /** 单品数量 */ count: number;
   /** 单品图片 */ image_url?: string;
   /** 单品跳转小程序AppID */ mini_program_appid?: string;
   /** 单品跳转小程序路径 */ mini_program_path?: string;
  }>;
 }>;
}

export interface MarketingStockSendRule {
 /** 发放次数总上限 */ max_count: number;
 /** 每日发放次数上限 */ max_count_per_day?: number;
 /** 每个用户领取次数上限 */ max_count_per_user?: number;
}

export interface MarketingSingleUsageRule {
 /** 券可核销时间 */ coupon_available_period: {
  /** 开始时间 */ available_begin_time: string;
  /** 结束时间 */ available_end_time: string;
  /** 生效后N天内有效 */ available_days?: number;
  /** 领取后N天开始生效 */ wait_days_after_receive?: number;
  /** 每周固定可用时间 */ weekly_available_period?: MarketingWeeklyAvailablePeriod;
  /** 无规律的可用时间段 */ irregular_available_period_list?: Array<{
   /** 开始时间 */ begin_time: string;
   /** 结束时间 */ end_time: string;
  }>;
 };
 /** 满减券使用规则 */ normal_coupon?: MarketingNormalCoupon;
 /** 折扣券使用规则 */ discount_coupon?: MarketingDiscountCoupon;
 /** 兑换券使用规则 */ exchange_coupon?: MarketingExchangeCoupon;
}

export interface MarketingWeeklyAvailablePeriod {
 /** 每周可用星期数 */ day_list?: Array<"MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY">;
 /** 当天可用时间段 */ day_period_list?: Array<{
  /** 当天可用开始时间 */ begin_time: number;
  /** 当天可用结束时间 */ end_time: number;
 }>;
}

export interface MarketingExchangeCoupon {
 /** 门槛金额 */ threshold: number;
 /** 固定兑换价格 */ exchange_price: number;
}

export interface SequentialUsageRule {
 /** 券可核销时间 */ coupon_available_period: {
  /** 开始时间 */ available_begin_time: string;
  /** 结束时间 */ available_end_time: string;
  /** 领取后N天开始生效 */ wait_days_after_receive?: number;
  /** 每周固定可用时间 */ weekly_available_period?: MarketingWeeklyAvailablePeriod;
  /** 无规律的可用时间段 */ irregular_available_period_list?: Array<{
   /** 开始时间 */ begin_time: string;
   /** 结束时间 */ end_time: string;
  }>;
 };
 /** 满减券使用规则 */ normal_coupon_list?: MarketingNormalCoupon[];
 /** 折扣券使用规则列表 */ discount_coupon_list?: MarketingDiscountCoupon[];
 /** 兑换券使用规则列表 */ exchange_coupon_list?: MarketingExchangeCoupon[];
 /** 多次优惠是否提供首笔特惠 */ special_first?: boolean;
}

export interface MarketingUsageRuleDisplayInfo {
 /** 券使用方式列表 */ coupon_usage_method_list: Array<"OFFLINE" | "MINI_PROGRAM" | "APP" | "PAYMENT_CODE">;
 /** 小程序AppID */ mini_program_appid?: string;
 /** 小程序跳转路径 */ mini_program_path?: string;
 /** APP的H5跳转路径 */ app_path?: string;
 /** 券使用说明 */ usage_description: string;
 /** 券可用门店信息 */ coupon_available_store_info?: {
  /** 券可用门店描述 */ description: string;
  /** 小程序AppID */ mini_program_appid?: string;
  /** 小程序跳转路径 */ mini_program_path?: string;
 };
 /** APP跳转类型 */ app_jump_type?: "H5" | "PASSCODE_LINK" | "USAGE_GUIDE";
 /** 口令链接 */ passcode_link?: string;
}

export interface CouponDisplayInfo {
 /** 用户商品券Code展示模式 */ code_display_mode?: "INVISIBLE" | "BARCODE" | "QRCODE";
 /** 背景颜色 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
 /** 小程序入口 */ entrance_mini_program?: {
  /** 小程序appid */ appid: string;
  /** 小程序跳转路径 */ path: string;
  /** 入口文案 */ entrance_wording: string;
  /** 引导文案 */ guidance_wording: string;
 };
 /** 公众号入口 */ entrance_official_account?: {
  /** 公众号AppID */ appid: string;
 };
 /** 视频号入口 */ entrance_finder?: {
  /** 视频号ID */ finder_id: string;
  /** 视频号视频ID */ finder_video_id: string;
  /** 视频号封面图 */ finder_video_cover_image_url: string;
 };
}

export interface SentCountInfo {
 /** 已发放总次数 */ total_count: number;
 /** 当天已发放次数 */ today_count: number;
}

export interface ProductCoupon {
 /** 商品券ID */ product_coupon_id: string;
 /** 商品券状态 */ state: "AUDITING" | "EFFECTIVE" | "DEACTIVATED";
 /** 品牌ID */ brand_id: string;
 /** 优惠范围 */ scope: "ALL" | "SINGLE" | "CATEGORY";
 /** 商品券类型 */ type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
 /** 使用模式 */ usage_mode: "SINGLE" | "SEQUENTIAL";
 /** 单券模式信息 */ single_usage_info?: SingleUsageInfo;
 /** 多次优惠模式信息 */ sequential_usage_info?: SequentialUsageInfo;
 /** 展示信息 */ display_info: MarketingDisplayInfo;
 /** 外部商品ID */ out_product_no?: string;
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
}

export interface MarketingCouponDisplayInfo {
 /** 用户商品券Code展示模式 @example QRCODE */ code_display_mode?: "INVISIBLE" | "BARCODE" | "QRCODE";
 /** 背景颜色 @example Color020 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
 /** 小程序入口 */ entrance_mini_program?: {
  /** 小程序appid @example wx234545656765876 */ appid: string;
  /** 小程序跳转路径 @example /path/index/index */ path: string;
  /** 入口文案 @example 欢迎选购 */ entrance_wording: string;
  /** 引导文案 @example 获取更多优惠 */ guidance_wording: string;
 };
 /** 公众号入口 */ entrance_official_account?: {
  /** 公众号AppID @example wx1234567890 */ appid: string;
 };
 /** 视频号入口 */ entrance_finder?: EntranceFinder;
}

export interface PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDataFields {
 /** 批次组ID */ stock_bundle_id: string;
 /** 批次列表 */ stock_list: Array<{
  /** 商品券ID */ product_coupon_id: string;
  /** 批次ID */ stock_id: string;
  /** 备注 */ remark?: string;
  /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD";
  /** 品牌方预上传的券Code数量信息 */ coupon_code_count_info?: CouponCodeCountInfo;
  /** 发放规则 */ stock_send_rule: {
   /** 发放次数总上限 */ max_count: number;
   /** 每日发放次数上限 */ max_count_per_day?: number;
   /** 每个用户领取次数上限 */ max_count_per_user: number;
  };
  /** 多次优惠使用规则 */ progressive_bundle_usage_rule?: MarketingSingleUsageRule;
  /** 批次组信息 */ stock_bundle_info: {
   /** 批次组ID */ stock_bundle_id: string;
   /** 批次在批次组内的次序 */ stock_bundle_index: number;
  };
  /** 券使用规则展示信息 */ usage_rule_display_info: MarketingUsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
  /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
  /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
  /** 已发放次数 */ sent_count_info: SentCountInfo;
  /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
  /** 失效请求单号 */ deactivate_request_no?: string;
  /** 失效时间 */ deactivate_time?: string;
  /** 失效原因 */ deactivate_reason?: string;
  /** 品牌ID */ brand_id: string;
 }>;
}

export interface CouponCodeCountInfo {
 /** 已上传的Code总数 */ total_count: number;
 /** 当前可用的Code */ available_count: number;
}

export interface StockList {
 /** 商品券ID */ product_coupon_id: string;
 /** 批次ID */ stock_id: string;
 /** 备注 */ remark?: string;
 /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
 /** 品牌方预上传的券Code数量信息 */ coupon_code_count_info?: CouponCodeCountInfo;
 /** 发放规则 */ stock_send_rule: MarketingStockSendRule;
 /** 单券使用规则 */ single_usage_rule?: MarketingSingleUsageRule;
 /** 多次优惠使用规则 */ sequential_usage_rule?: SequentialUsageRule;
 /** 券使用规则展示信息 */ usage_rule_display_info: MarketingUsageRuleDisplayInfo;
 /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
 /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
 /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
 /** 已发放次数 */ sent_count_info: SentCountInfo;
 /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 品牌ID */ brand_id: string;
}

export interface PostV3MarketingPartnerProductCouponUsersCouponBundlesDataFields {
 /** 用户券组ID */ user_coupon_bundle_id: string;
 /** 用户商品券列表 */ user_product_coupon_list: Array<{
  /** 用户商品券Code */ coupon_code: string;
  /** 用户商品券状态 */ coupon_state: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 有效期开始时间 */ valid_begin_time: string;
  /** 有效期结束时间 */ valid_end_time: string;
  /** 领券时间 */ receive_time: string;
  /** 发券请求单号 */ send_request_no: string;
  /** 发券渠道 */ send_channel: "API" | "BRAND_MANAGE" | "MERCHANT_CARD" | "MEMBER" | "SMALL_ACTIVITY" | "RECEIVE_COMPONENT";
  /** 确认请求单号 */ confirm_request_no?: string;
  /** 确认发放时间 */ confirm_time?: string;
  /** 失效请求单号 */ deactivate_request_no?: string;
  /** 失效时间 */ deactivate_time?: string;
  /** 失效原因 */ deactivate_reason?: string;
  /** 多次优惠使用详情 */ progressive_bundle_usage_detail?: ProgressiveBundleUsageDetail;
  /** 用户券组信息 */ user_product_coupon_bundle_info: {
   /** 用户券组ID */ user_coupon_bundle_id: string;
   /** 用户券组内索引 */ user_coupon_bundle_index: number;
   /** 总可使用次数 */ total_count: number;
   /** 已使用次数 */ used_count: number;
  };
  /** 商品券信息 */ product_coupon: {
   /** 商品券ID */ product_coupon_id: string;
   /** 商品券状态 */ state: "AUDITING" | "EFFECTIVE" | "DEACTIVATED";
   /** 品牌ID */ brand_id: string;
   /** 优惠范围 */ scope: "ALL" | "SINGLE" | "CATEGORY";
   /** 商品券类型 */ type: "NORMAL" | "DISCOUNT" | "EXCHANGE";
   /** 使用模式 */ usage_mode: "SINGLE" | "PROGRESSIVE_BUNDLE";
   /** 单券模式信息 */ single_usage_info?: SingleUsageInfo;
   /** 多次优惠模式信息 */ progressive_bundle_usage_info?: {
    /** 可使用次数 */ count: number;
    /** 多次优惠使用间隔天数 */ interval_days?: number;
   };
   /** 展示信息 */ display_info: MarketingDisplayInfo;
   /** 外部商品ID */ out_product_no?: string;
   /** 失效请求单号 */ deactivate_request_no?: string;
   /** 失效时间 */ deactivate_time?: string;
   /** 失效原因 */ deactivate_reason?: string;
  };
  /** 批次信息 */ stock: {
   /** 商品券ID */ product_coupon_id: string;
   /** 批次ID */ stock_id: string;
   /** 备注 */ remark?: string;
   /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD";
   /** 品牌方预上传的券Code数量信息 */ coupon_code_count_info?: CouponCodeCountInfo;
   /** 发放规则 */ stock_send_rule: {
    /** 发放次数总上限 */ max_count: number;
    /** 每日发放次数上限 */ max_count_per_day?: number;
    /** 每个用户领取次数上限 */ max_count_per_user: number;
   };
   /** 多次优惠使用规则 */ progressive_bundle_usage_rule?: MarketingSingleUsageRule;
   /** 批次组信息 */ stock_bundle_info?: {
    /** 批次组ID */ stock_bundle_id: string;
    /** 批次在批次组内的次序 */ stock_bundle_index: number;
   };
   /** 券使用规则展示信息 */ usage_rule_display_info: MarketingUsageRuleDisplayInfo;
   /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
   /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
   /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
   /** 已发放次数 */ sent_count_info: SentCountInfo;
   /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
   /** 失效请求单号 */ deactivate_request_no?: string;
   /** 失效时间 */ deactivate_time?: string;
   /** 失效原因 */ deactivate_reason?: string;
   /** 品牌ID */ brand_id: string;
  };
  /** 自定义附加信息 */ attach?: string;
  /** 渠道自定义信息 */ channel_custom_info?: string;
  /** 用户商品券标签信息 */ coupon_tag_info?: {
   /** 用户商品券标签列表 */ coupon_tag_list?: Array<"MEMBER">;
   /** 会员标签信息 */ member_tag_info?: {
    /** 会员卡模板ID */ member_card_id: string;
   };
  };
  /** 品牌ID */ brand_id: string;
 }>;
}

export interface ProgressiveBundleUsageDetail {
 /** 券核销请求单号 */ use_request_no?: string;
 /** 核销时间 */ use_time?: string;
 /** 关联微信支付订单信息 */ associated_order_info?: AssociatedOrderInfo;
 /** 退券请求单号 */ return_request_no?: string;
 /** 退券时间 */ return_time?: string;
}

export interface AssociatedOrderInfo {
 /** 微信支付单号 */ transaction_id?: string;
 /** 商户订单号 */ out_trade_no?: string;
 /** 商户号 */ mchid?: string;
 /** 子商户号 */ sub_mchid?: string;
}

export interface UserCouponList {
 /** 用户商品券Code */ coupon_code: string;
 /** 用户商品券状态 */ coupon_state: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
 /** 有效期开始时间 */ valid_begin_time: string;
 /** 有效期结束时间 */ valid_end_time: string;
 /** 领券时间 */ receive_time: string;
 /** 发券请求单号 */ send_request_no: string;
 /** 发券渠道 */ send_channel: "API" | "BRAND_MANAGE" | "MERCHANT_CARD" | "MEMBER" | "SMALL_ACTIVITY" | "RECEIVE_COMPONENT";
 /** 确认请求单号 */ confirm_request_no?: string;
 /** 确认发放时间 */ confirm_time?: string;
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 单券使用详情 */ single_usage_detail?: ProgressiveBundleUsageDetail;
 /** 多次优惠使用详情 */ sequential_usage_detail?: SequentialUsageDetail;
 /** 商品券信息 */ product_coupon: ProductCoupon;
 /** 批次信息 */ stock: {
  /** 商品券ID */ product_coupon_id: string;
  /** 批次ID */ stock_id: string;
  /** 备注 */ remark?: string;
  /** 券Code分配模式 */ coupon_code_mode: "WECHATPAY" | "UPLOAD" | "API_ASSIGN";
  /** 品牌方预上传的券Code数量信息 */ coupon_code_count_info?: CouponCodeCountInfo;
  /** 发放规则 */ stock_send_rule: MarketingStockSendRule;
  /** 单券使用规则 */ single_usage_rule?: {
   /** 券可核销时间 */ coupon_available_period: {
    /** 开始时间 */ available_begin_time: string;
    /** 结束时间 */ available_end_time: string;
    /** 生效后N天内有效 */ available_days?: number;
    /** 领取后N天开始生效 */ wait_days_after_receive?: number;
    /** 每周固定可用时间 */ weekly_available_period?: MarketingWeeklyAvailablePeriod;
    /** 无规律的可用时间段 */ irregular_available_period_list?: Array<{
     /** 开始时间 */ begin_time: string;
     /** 结束时间 */ end_time: string;
    }>;
    /** 领取后N秒内有效 */ available_seconds?: number;
   };
   /** 满减券使用规则 */ normal_coupon?: MarketingNormalCoupon;
   /** 折扣券使用规则 */ discount_coupon?: MarketingDiscountCoupon;
   /** 兑换券使用规则 */ exchange_coupon?: MarketingExchangeCoupon;
  };
  /** 多次优惠使用规则 */ sequential_usage_rule?: {
   /** 券可核销时间 */ coupon_available_period: {
    /** 开始时间 */ available_begin_time: string;
    /** 结束时间 */ available_end_time: string;
    /** 领取后N天开始生效 */ wait_days_after_receive?: number;
    /** 每周固定可用时间 */ weekly_available_period?: MarketingWeeklyAvailablePeriod;
    /** 无规律的可用时间段 */ irregular_available_period_list?: Array<{
     /** 开始时间 */ begin_time: string;
     /** 结束时间 */ end_time: string;
    }>;
    /** 领取后N秒内有效 */ available_seconds?: number;
   };
   /** 满减券使用规则 */ normal_coupon_list?: MarketingNormalCoupon[];
   /** 折扣券使用规则列表 */ discount_coupon_list?: MarketingDiscountCoupon[];
   /** 兑换券使用规则列表 */ exchange_coupon_list?: MarketingExchangeCoupon[];
   /** 多次优惠是否提供首笔特惠 */ special_first?: boolean;
  };
  /** 券使用规则展示信息 */ usage_rule_display_info: MarketingUsageRuleDisplayInfo;
  /** 用户商品券展示信息 */ coupon_display_info: CouponDisplayInfo;
  /** 事件通知配置 */ notify_config: MarketingNotifyConfig;
  /** 可用门店范围 */ store_scope: "NONE" | "ALL" | "SPECIFIC";
  /** 已发放次数 */ sent_count_info: SentCountInfo;
  /** 批次状态 */ state: "AUDITING" | "SENDING" | "PAUSED" | "STOPPED" | "DEACTIVATED";
  /** 失效请求单号 */ deactivate_request_no?: string;
  /** 失效时间 */ deactivate_time?: string;
  /** 失效原因 */ deactivate_reason?: string;
  /** 品牌ID */ brand_id: string;
 };
 /** 自定义附加信息 */ attach?: string;
 /** 渠道自定义信息 */ channel_custom_info?: string;
 /** 品牌ID */ brand_id: string;
}

export interface SequentialUsageDetail {
 /** 总可使用次数 */ total_count?: number;
 /** 已使用次数 */ used_count?: number;
 /** 轮次使用详情列表 */ detail_item_list?: Array<{
  /** 轮次使用详情状态 */ detail_state?: "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
  /** 有效期开始时间 */ valid_begin_time?: string;
  /** 有效期结束时间 */ valid_end_time?: string;
  /** 核销请求单号 */ use_request_no?: string;
  /** 核销时间 */ use_time?: string;
  /** 关联微信支付订单信息 */ associated_order_info?: AssociatedOrderInfo;
  /** 退券请求单号 */ return_request_no?: string;
  /** 退券时间 */ return_time?: string;
  /** 删除时间 */ delete_time?: string;
 }>;
}

export interface GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_DataFields {
 /** 用户商品券Code */ coupon_code: string;
 /** 用户商品券状态 */ coupon_state: "CONFIRMING" | "PENDING" | "EFFECTIVE" | "USED" | "EXPIRED" | "DELETED" | "DEACTIVATED";
 /** 有效期开始时间 */ valid_begin_time: string;
 /** 有效期结束时间 */ valid_end_time: string;
 /** 领券时间 */ receive_time: string;
 /** 发券请求单号 */ send_request_no: string;
 /** 发券渠道 */ send_channel: "API" | "BRAND_MANAGE" | "MERCHANT_CARD" | "MEMBER" | "SMALL_ACTIVITY" | "RECEIVE_COMPONENT";
 /** 确认请求单号 */ confirm_request_no?: string;
 /** 确认发放时间 */ confirm_time?: string;
 /** 失效请求单号 */ deactivate_request_no?: string;
 /** 失效时间 */ deactivate_time?: string;
 /** 失效原因 */ deactivate_reason?: string;
 /** 单券使用详情 */ single_usage_detail?: ProgressiveBundleUsageDetail;
 /** 多次优惠使用详情 */ sequential_usage_detail?: SequentialUsageDetail;
 /** 商品券信息 */ product_coupon: ProductCoupon;
 /** 批次信息 */ stock: StockList;
 /** 自定义附加信息 */ attach?: string;
 /** 渠道自定义信息 */ channel_custom_info?: string;
 /** 品牌ID */ brand_id: string;
}

export interface PostV3MarketingPartnershipsBuildBodyFields {
 /** 合作方信息 */ partner: {
  /** 合作方类别 */ type: "APPID" | "MERCHANT";
  /** 合作方APPID @example wx4e1916a585d1f4e9 */ appid?: string;
  /** 合作方商户ID @example 2480029552 */ merchant_id?: string;
 };
 /** 被授权数据 */ authorized_data: {
  /** 授权业务类别 */ business_type: "FAVOR_STOCK" | "BUSIFAVOR_STOCK";
  /** 授权批次ID @example 2433405 */ stock_id?: string;
 };
}

export interface ActivityBaseInfo {
 /** 活动名称 */ activity_name: string;
 /** 活动副标题 */ activity_second_title: string;
 /** 商户logo */ merchant_logo_url: string;
 /** 背景颜色 */ background_color?: "Color010" | "Color020" | "Color030" | "Color040" | "Color050" | "Color060" | "Color070" | "Color080" | "Color090" | "Color100";
 /** 活动开始时间 */ begin_time?: string;
 /** 活动结束时间 */ end_time?: string;
 /** 可用时间段 */ available_periods?: {
  /** 可用时间 */ available_time?: Array<{
   /** 可用开始时间 */ begin_time?: string;
   /** 可用结束时间 */ end_time?: string;
  }>;
  /** 每日可用时间 */ available_day_time?: Array<{
   /** 每日可用开始时间 */ begin_day_time?: string;
   /** 每日可用结束时间 */ end_day_time?: string;
  }>;
 };
 /** 商户请求单号 */ out_request_no: string;
 /** 投放目的 */ delivery_purpose: "OFF_LINE_PAY" | "JUMP_MINI_APP";
 /** 商家小程序appid */ mini_programs_appid?: string;
 /** 商家小程序path */ mini_programs_path?: string;
}

export interface AdvancedSetting {
 /** 奖品类型 */ delivery_user_category?: "BUSIFAVOR";
 /** 商家会员appid */ merchant_member_appid?: string;
 /** 支付模式 */ payment_mode?: {
  /** 支付场景列表 */ payment_scene_list?: Array<"APP_SCENE">;
  /** 支付方式信息 */ payment_method_information?: {
   /** 支付方式 */ payment_method?: "CFT" | "SPECIFIC_BANK_CARD";
   /** 银行简称 */ bank_abbreviation?: string;
  };
 };
 /** 订单优惠标记 */ goods_tags?: string[];
}

export interface FullSendRule {
 /** 奖品类型 */ award_type: "BUSIFAVOR";
 /** 发券商户号选项 */ merchant_option: "IN_SEVICE_COUPON_MERCHANT" | "MANUAL_INPUT_MERCHANT";
 /** 消费金额门槛 */ transaction_amount_minimum: number;
 /** 发放内容 */ send_content: "SINGLE_COUPON" | "GIFT_PACKAGE";
 /** 奖品基本信息列表 */ award_list?: AwardList[];
 /** 发券商户号列表 */ merchant_id_list?: string[];
}

export interface AwardList {
 /** 代金券批次Id */ stock_id?: string;
 /** 奖品原始图 */ original_image_url?: string;
 /** 奖品缩略图 */ thumbnail_url?: string;
}

export interface JumpLink {
 /** 自定义入口的跳转小程序AppID @example wxea9c30a90fs8d3fe */ mini_programs_appid: string;
 /** 自定义入口跳转小程序的path @example /pages/bonus/bonus */ mini_programs_path: string;
}

export interface PostV3MarketingShoppingReceiptCustomentrancesDataFields {
 /** 自定义入口种类 */ custom_entrance_type: "MERCHANT_ACTIVITY" | "MERCHANT_MINI_PROGRAM";
 /** 副标题 */ subtitle: string;
 /** 展示商品信息 */ goods_thumbnail_url?: string;
 /** 设置自定义入口的状态 */ custom_entrance_state: "ONLINE" | "OFFLINE";
 /** 自定义入口的开始时间 */ start_time: string;
 /** 自定义入口的结束时间 */ end_time: string;
 /** 自定义入口的归属品牌ID */ brand_id: string;
 /** 自定义入口创建的时间 */ create_time: string;
 /** 自定义入口修改的时间 */ modify_time: string;
 /** 商户创建自定义入口的凭据号 */ out_request_no: string;
 /** 自定义入口跳转信息 */ jump_link: {
  /** 自定义入口的跳转小程序AppID */ mini_programs_appid: string;
  /** 自定义入口跳转小程序的path */ mini_programs_path: string;
 };
}

export interface MarketingData7 {
 /** 活动ID */ activity_id?: string;
 /** 活动名称 */ activity_name: string;
 /** 活动投放场景 */ activity_scene: string;
 /** 活动投放区域编码 */ activity_area_code: unknown[];
 /** 活动指定付款方式 */ activity_limit_pay?: string;
 /** 活动优惠门槛 */ activity_transaction_minimum_amount: number;
 /** 活动优惠金额 */ activity_coupon_amount: number;
 /** 活动可使用周期 */ activity_available_week: unknown[];
 /** 活动预算 */ activity_max_amount: number;
 /** 活动单天预算 */ activity_max_amount_per_day?: number;
 /** 活动开始时间 */ activity_available_begin_time: string;
 /** 活动结束时间 */ activity_available_end_time: string;
 /** 活动状态 */ activity_state: string;
 /** 活动备注 */ activity_remark?: string;
 /** 活动logo */ activity_logo: string;
}

export interface V3MarketingNode {
 bank: Open<V3MarketingBankNode>;
 bankFavor: Open<V3MarketingBankFavorNode>;
 busifavor: Open<V3MarketingBusifavorNode>;
 favor: Open<V3MarketingFavorNode>;
 goodsSubsidyActivity: Open<V3MarketingGoodsSubsidyActivityNode>;
 membercardActivity: Open<V3MarketingMembercardActivityNode>;
 membercardOpen: Open<V3MarketingMembercardOpenNode>;
 partner: Open<V3MarketingPartnerNode>;
 partnerships: Open<V3MarketingPartnershipsNode>;
 paygiftactivity: Open<V3MarketingPaygiftactivityNode>;
 shoppingReceipt: Open<V3MarketingShoppingReceiptNode>;
 weeklyDiscount: Open<V3MarketingWeeklyDiscountNode>;
 withdrawFavor: Open<V3MarketingWithdrawFavorNode>;
 chain: ChainFrom<"v3/marketing">;
}

export interface V3MarketingBankNode {
 packages: Open<V3MarketingBankPackagesNode>;
 chain: ChainFrom<"v3/marketing/bank">;
}

export interface V3MarketingBankFavorNode {
 users: Open<V3MarketingBankFavorUsersNode>;
 chain: ChainFrom<"v3/marketing/bank-favor">;
}

export interface V3MarketingBankFavorUsersNode {
 $openid$: Open<V3MarketingBankFavorUsers_openid_Node>;
 _openid_: Open<V3MarketingBankFavorUsers_openid_Node>;
 chain: ChainFrom<"v3/marketing/bank-favor/users">;
}

export interface V3MarketingBankFavorUsers_openid_Node {
 bankMultiActivity: Open<V3MarketingBankFavorUsersBankMultiActivityNode>;
 coupons: Open<V3MarketingBankFavorUsers_openid_CouponsNode>;
 chain: ChainFrom<"v3/marketing/bank-favor/users/{openid}">;
}

export interface V3MarketingBankFavorUsersBankMultiActivityNode {
 /** 给指定用户报名多笔立减活动 `POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity` */
 post: Verb<PostV3MarketingBankFavorUsersBankMultiActivityOptions, PostV3MarketingBankFavorUsersBankMultiActivityData>;
 chain: ChainFrom<"v3/marketing/bank-favor/users/{openid}/bank-multi-activity">;
}

export interface V3MarketingBankFavorUsers_openid_CouponsNode {
 $coupon_id$: Open<V3MarketingBankFavorUsers_openid_Coupons_coupon_id_Node>;
 _coupon_id_: Open<V3MarketingBankFavorUsers_openid_Coupons_coupon_id_Node>;
 chain: ChainFrom<"v3/marketing/bank-favor/users/{openid}/coupons">;
}

export interface V3MarketingBankFavorUsers_openid_Coupons_coupon_id_Node {
 /** 查询绑定多笔立减活动的代金券详情 `GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}` */
 get: Verb<GetV3MarketingBankFavorUsersCouponsOptions, GetV3MarketingBankFavorUsersCouponsData>;
 chain: ChainFrom<"v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}">;
}

export interface V3MarketingBankPackagesNode {
 $package_id$: Open<V3MarketingBankPackages_package_id_Node>;
 _package_id_: Open<V3MarketingBankPackages_package_id_Node>;
 chain: ChainFrom<"v3/marketing/bank/packages">;
}

export interface V3MarketingBankPackages_package_id_Node {
 tasks: Open<V3MarketingBankPackagesTasksNode>;
 chain: ChainFrom<"v3/marketing/bank/packages/{package_id}">;
}

export interface V3MarketingBankPackagesTasksNode {
 /**
  * 查询上传任务列表API `GET /v3/marketing/bank/packages/{package_id}/tasks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter9_8_2.shtml
  */
 get: Verb<GetV3MarketingBankPackagesTasksOptions, GetV3MarketingBankPackagesTasksData>;
 /**
  * 导入定向用户协议号API `POST /v3/marketing/bank/packages/{package_id}/tasks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_8_1.shtml
  */
 post: Verb<PostV3MarketingBankPackagesTasksOptions, PostV3MarketingBankPackagesTasksData>;
 chain: ChainFrom<"v3/marketing/bank/packages/{package_id}/tasks">;
}

export interface V3MarketingBusifavorNode {
 callbacks: Open<V3MarketingBusifavorCallbacksNode>;
 coupons: Open<V3MarketingBusifavorCouponsNode>;
 productCoupons: Open<V3MarketingBusifavorProductCouponsNode>;
 stocks: Open<V3MarketingBusifavorStocksNode>;
 subsidy: Open<V3MarketingBusifavorSubsidyNode>;
 users: Open<V3MarketingBusifavorUsersNode>;
 chain: ChainFrom<"v3/marketing/busifavor">;
}

export interface V3MarketingBusifavorCallbacksNode {
 /**
  * 查询商家券事件通知地址API `GET /v3/marketing/busifavor/callbacks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_8.shtml
  */
 get: Verb<GetV3MarketingBusifavorCallbacksOptions, GetV3MarketingBusifavorCallbacksData>;
 /**
  * 设置商家券事件通知地址API `POST /v3/marketing/busifavor/callbacks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_7.shtml
  */
 post: Verb<PostV3MarketingBusifavorCallbacksOptions, PostV3MarketingBusifavorCallbacksData>;
 chain: ChainFrom<"v3/marketing/busifavor/callbacks">;
}

export interface V3MarketingBusifavorCouponsNode {
 $card_id$: Open<V3MarketingBusifavorCoupons_card_id_Node>;
 _card_id_: Open<V3MarketingBusifavorCoupons_card_id_Node>;
 associate: Open<V3MarketingBusifavorCouponsAssociateNode>;
 deactivate: Open<V3MarketingBusifavorCouponsDeactivateNode>;
 disassociate: Open<V3MarketingBusifavorCouponsDisassociateNode>;
 return: Open<V3MarketingBusifavorCouponsReturnNode>;
 send: Open<V3MarketingBusifavorCouponsSendNode>;
 use: Open<V3MarketingBusifavorCouponsUseNode>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons">;
}

export interface V3MarketingBusifavorCouponsAssociateNode {
 /**
  * 关联订单信息API `POST /v3/marketing/busifavor/coupons/associate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_9.shtml
  */
 post: Verb<PostV3MarketingBusifavorCouponsAssociateOptions, PostV3MarketingBusifavorCouponsAssociateData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/associate">;
}

export interface V3MarketingBusifavorCouponsDeactivateNode {
 /**
  * 使券失效API `POST /v3/marketing/busifavor/coupons/deactivate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_14.shtml
  */
 post: Verb<PostV3MarketingBusifavorCouponsDeactivateOptions, PostV3MarketingBusifavorCouponsDeactivateData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/deactivate">;
}

export interface V3MarketingBusifavorCouponsDisassociateNode {
 /**
  * 取消关联订单信息API `POST /v3/marketing/busifavor/coupons/disassociate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_10.shtml
  */
 post: Verb<PostV3MarketingBusifavorCouponsDisassociateOptions, PostV3MarketingBusifavorCouponsDisassociateData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/disassociate">;
}

export interface V3MarketingBusifavorCouponsReturnNode {
 /**
  * 申请退券API `POST /v3/marketing/busifavor/coupons/return`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_13.shtml
  */
 post: Verb<PostV3MarketingBusifavorCouponsReturnOptions, PostV3MarketingBusifavorCouponsReturnData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/return">;
}

export interface V3MarketingBusifavorCouponsSendNode {
 /**
  * 向用户发券 `POST /v3/marketing/busifavor/coupons/send`
  * @see https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html
  */
 post: Verb<PostV3MarketingBusifavorCouponsSendOptions, PostV3MarketingBusifavorCouponsSendData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/send">;
}

export interface V3MarketingBusifavorCouponsUseNode {
 /**
  * 核销用户券API `POST /v3/marketing/busifavor/coupons/use`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_3.shtml
  */
 post: Verb<PostV3MarketingBusifavorCouponsUseOptions, PostV3MarketingBusifavorCouponsUseData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/use">;
}

export interface V3MarketingBusifavorCoupons_card_id_Node {
 send: Open<V3MarketingBusifavorCoupons_card_id_SendNode>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/{card_id}">;
}

export interface V3MarketingBusifavorCoupons_card_id_SendNode {
 /**
  * 发放消费卡API `POST /v3/marketing/busifavor/coupons/{card_id}/send`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/coupons/chapter3_1.shtml
  */
 post: Verb<PostV3MarketingBusifavorCoupons_card_id_SendOptions, PostV3MarketingBusifavorCoupons_card_id_SendData>;
 chain: ChainFrom<"v3/marketing/busifavor/coupons/{card_id}/send">;
}

export interface V3MarketingBusifavorProductCouponsNode {
 preSend: Open<V3MarketingBusifavorProductCouponsPreSendNode>;
 send: Open<V3MarketingBusifavorProductCouponsSendNode>;
 chain: ChainFrom<"v3/marketing/busifavor/product-coupons">;
}

export interface V3MarketingBusifavorProductCouponsPreSendNode {
 /** 向用户预发放商品券 `POST /v3/marketing/busifavor/product-coupons/pre-send` */
 post: Verb<PostV3MarketingBusifavorProductCouponsPreSendOptions, PostV3MarketingBusifavorProductCouponsPreSendData>;
 chain: ChainFrom<"v3/marketing/busifavor/product-coupons/pre-send">;
}

export interface V3MarketingBusifavorProductCouponsSendNode {
 /** 向用户发放商品券 `POST /v3/marketing/busifavor/product-coupons/send` */
 post: Verb<PostV3MarketingBusifavorProductCouponsSendOptions, PostV3MarketingBusifavorProductCouponsSendData>;
 chain: ChainFrom<"v3/marketing/busifavor/product-coupons/send">;
}

export interface V3MarketingBusifavorStocksNode {
 /**
  * 创建商家券API `POST /v3/marketing/busifavor/stocks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_1.shtml
  */
 post: Verb<PostV3MarketingBusifavorStocksOptions, PostV3MarketingBusifavorStocksData>;
 $stock_id$: Open<V3MarketingBusifavorStocks_stock_id_Node>;
 _stock_id_: Open<V3MarketingBusifavorStocks_stock_id_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/stocks">;
}

export interface V3MarketingBusifavorStocks_stock_id_Node {
 /**
  * 查询商家券详情API `GET /v3/marketing/busifavor/stocks/{stock_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_2.shtml
  */
 get: Verb<GetV3MarketingBusifavorStocksOptions, GetV3MarketingBusifavorStocksData>;
 /**
  * 修改商家券基本信息API `PATCH /v3/marketing/busifavor/stocks/{stock_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_12.shtml
  */
 patch: Verb<PatchV3MarketingBusifavorStocksOptions, PatchV3MarketingBusifavorStocksData>;
 budget: Open<V3MarketingBusifavorStocksBudgetNode>;
 couponcodes: Open<V3MarketingBusifavorStocks_stock_id_CouponcodesNode>;
 chain: ChainFrom<"v3/marketing/busifavor/stocks/{stock_id}">;
}

export interface V3MarketingBusifavorStocksBudgetNode {
 /**
  * 修改批次预算API `PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_11.shtml
  */
 patch: Verb<PatchV3MarketingBusifavorStocksBudgetOptions, PatchV3MarketingBusifavorStocksBudgetData>;
 chain: ChainFrom<"v3/marketing/busifavor/stocks/{stock_id}/budget">;
}

export interface V3MarketingBusifavorStocks_stock_id_CouponcodesNode {
 /**
  * 查询预存code列表 `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes`
  * @see https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html
  */
 get: Verb<GetV3MarketingBusifavorStocks_stock_id_CouponcodesOptions, GetV3MarketingBusifavorStocks_stock_id_CouponcodesData>;
 /**
  * 上传预存code API `POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_6.shtml
  */
 post: Verb<PostV3MarketingBusifavorStocksCouponcodesOptions, PostV3MarketingBusifavorStocksCouponcodesData>;
 $coupon_code$: Open<V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Node>;
 _coupon_code_: Open<V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/stocks/{stock_id}/couponcodes">;
}

export interface V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Node {
 /**
  * 查询预存code详情 `GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}`
  * @see https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html
  */
 get: Verb<GetV3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Options, GetV3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_Data>;
 /**
  * 删除预存code `DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}`
  * @see https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html
  */
 delete: Verb<DeleteV3MarketingBusifavorStocksCouponcodesOptions, DeleteV3MarketingBusifavorStocksCouponcodesData>;
 chain: ChainFrom<"v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}">;
}

export interface V3MarketingBusifavorSubsidyNode {
 payReceipts: Open<V3MarketingBusifavorSubsidyPayReceiptsNode>;
 returnReceipts: Open<V3MarketingBusifavorSubsidyReturnReceiptsNode>;
 chain: ChainFrom<"v3/marketing/busifavor/subsidy">;
}

export interface V3MarketingBusifavorSubsidyPayReceiptsNode {
 /**
  * 查询营销补差付款单列表API `GET /v3/marketing/busifavor/subsidy/pay-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_19.shtml
  */
 get: Verb<GetV3MarketingBusifavorSubsidyPayReceiptsOptions, GetV3MarketingBusifavorSubsidyPayReceiptsData>;
 /**
  * 营销补差付款API `POST /v3/marketing/busifavor/subsidy/pay-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_16.shtml
  */
 post: Verb<PostV3MarketingBusifavorSubsidyPayReceiptsOptions, PostV3MarketingBusifavorSubsidyPayReceiptsData>;
 $subsidy_receipt_id$: Open<V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Node>;
 _subsidy_receipt_id_: Open<V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/subsidy/pay-receipts">;
}

export interface V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Node {
 /**
  * 查询营销补差付款单详情API `GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_18.shtml
  */
 get: Verb<GetV3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Options, GetV3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_Data>;
 chain: ChainFrom<"v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}">;
}

export interface V3MarketingBusifavorSubsidyReturnReceiptsNode {
 /**
  * 营销补差回退API `POST /v3/marketing/busifavor/subsidy/return-receipts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_17.shtml
  */
 post: Verb<PostV3MarketingBusifavorSubsidyReturnReceiptsOptions, PostV3MarketingBusifavorSubsidyReturnReceiptsData>;
 $subsidy_return_receipt_id$: Open<V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_Node>;
 _subsidy_return_receipt_id_: Open<V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/subsidy/return-receipts">;
}

export interface V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_Node {
 /**
  * 查询商家券营销补差回退单详情 `GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_21.shtml
  */
 get: Verb<GetV3MarketingBusifavorSubsidyReturnReceiptsOptions, GetV3MarketingBusifavorSubsidyReturnReceiptsData>;
 chain: ChainFrom<"v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}">;
}

export interface V3MarketingBusifavorUsersNode {
 $openid$: Open<V3MarketingBusifavorUsers_openid_Node>;
 _openid_: Open<V3MarketingBusifavorUsers_openid_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/users">;
}

export interface V3MarketingBusifavorUsers_openid_Node {
 coupons: Open<V3MarketingBusifavorUsers_openid_CouponsNode>;
 chain: ChainFrom<"v3/marketing/busifavor/users/{openid}">;
}

export interface V3MarketingBusifavorUsers_openid_CouponsNode {
 /**
  * 根据过滤条件查询用户券API `GET /v3/marketing/busifavor/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_4.shtml
  */
 get: Verb<GetV3MarketingBusifavorUsersCouponsOptions, GetV3MarketingBusifavorUsersCouponsData>;
 $coupon_code$: Open<V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Node>;
 _coupon_code_: Open<V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/users/{openid}/coupons">;
}

export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Node {
 appids: Open<V3MarketingBusifavorUsers_openid_Coupons_coupon_code_AppidsNode>;
 chain: ChainFrom<"v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}">;
}

export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_AppidsNode {
 $appid$: Open<V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_Node>;
 _appid_: Open<V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_Node>;
 chain: ChainFrom<"v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids">;
}

export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_Node {
 /**
  * 查询用户单张券详情API `GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/busifavor/chapter3_5.shtml
  */
 get: Verb<GetV3MarketingBusifavorUsersCouponsAppidsOptions, GetV3MarketingBusifavorUsersCouponsAppidsData>;
 chain: ChainFrom<"v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}">;
}

export interface V3MarketingFavorNode {
 callbacks: Open<V3MarketingFavorCallbacksNode>;
 couponStocks: Open<V3MarketingFavorCouponStocksNode>;
 media: Open<V3MarketingFavorMediaNode>;
 stocks: Open<V3MarketingFavorStocksNode>;
 users: Open<V3MarketingFavorUsersNode>;
 chain: ChainFrom<"v3/marketing/favor">;
}

export interface V3MarketingFavorCallbacksNode {
 /**
  * 获取已设置的消息通知地址API `GET /v3/marketing/favor/callbacks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml
  */
 get: Verb<GetV3MarketingFavorCallbacksOptions, GetV3MarketingFavorCallbacksData>;
 /**
  * 设置消息通知地址API `POST /v3/marketing/favor/callbacks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml
  */
 post: Verb<PostV3MarketingFavorCallbacksOptions, PostV3MarketingFavorCallbacksData>;
 chain: ChainFrom<"v3/marketing/favor/callbacks">;
}

export interface V3MarketingFavorCouponStocksNode {
 /**
  * 创建代金券批次API `POST /v3/marketing/favor/coupon-stocks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_1.shtml
  */
 post: Verb<PostV3MarketingFavorCouponStocksOptions, PostV3MarketingFavorCouponStocksData>;
 chain: ChainFrom<"v3/marketing/favor/coupon-stocks">;
}

export interface V3MarketingFavorMediaNode {
 imageUpload: Open<V3MarketingFavorMediaImageUploadNode>;
 chain: ChainFrom<"v3/marketing/favor/media">;
}

export interface V3MarketingFavorMediaImageUploadNode {
 /**
  * （营销）图片上传API `POST /v3/marketing/favor/media/image-upload`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_1.shtml
  */
 post: Verb<PostV3MarketingFavorMediaImageUploadOptions, PostV3MarketingFavorMediaImageUploadData>;
 chain: ChainFrom<"v3/marketing/favor/media/image-upload">;
}

export interface V3MarketingFavorStocksNode {
 /**
  * 条件查询批次列表API `GET /v3/marketing/favor/stocks`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/list-stocks.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/list-stocks.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_4.shtml
  */
 get: Verb<GetV3MarketingFavorStocksOptions, GetV3MarketingFavorStocksData>;
 $stock_id$: Open<V3MarketingFavorStocks_stock_id_Node>;
 _stock_id_: Open<V3MarketingFavorStocks_stock_id_Node>;
 chain: ChainFrom<"v3/marketing/favor/stocks">;
}

export interface V3MarketingFavorStocks_stock_id_Node {
 /**
  * 查询批次详情API `GET /v3/marketing/favor/stocks/{stock_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/query-stock.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/query-stock.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_5.shtml
  */
 get: Verb<GetV3MarketingFavorStocks_stock_id_Options, GetV3MarketingFavorStocks_stock_id_Data>;
 items: Open<V3MarketingFavorStocksItemsNode>;
 merchants: Open<V3MarketingFavorStocksMerchantsNode>;
 modifyGoodsId: Open<V3MarketingFavorStocksModifyGoodsIdNode>;
 pause: Open<V3MarketingFavorStocksPauseNode>;
 refundFlow: Open<V3MarketingFavorStocksRefundFlowNode>;
 refundFlowByDay: Open<V3MarketingFavorStocksRefundFlowByDayNode>;
 restart: Open<V3MarketingFavorStocksRestartNode>;
 start: Open<V3MarketingFavorStocksStartNode>;
 useFlow: Open<V3MarketingFavorStocksUseFlowNode>;
 useFlowByDay: Open<V3MarketingFavorStocksUseFlowByDayNode>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}">;
}

export interface V3MarketingFavorStocksItemsNode {
 /**
  * 查询代金券可用单品API `GET /v3/marketing/favor/stocks/{stock_id}/items`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_8.shtml
  */
 get: Verb<GetV3MarketingFavorStocksItemsOptions, GetV3MarketingFavorStocksItemsData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/items">;
}

export interface V3MarketingFavorStocksMerchantsNode {
 /**
  * 查询代金券可用商户API `GET /v3/marketing/favor/stocks/{stock_id}/merchants`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_7.shtml
  */
 get: Verb<GetV3MarketingFavorStocksMerchantsOptions, GetV3MarketingFavorStocksMerchantsData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/merchants">;
}

export interface V3MarketingFavorStocksModifyGoodsIdNode {
 /** 修改可用单品编码 `POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id` */
 post: Verb<PostV3MarketingFavorStocksModifyGoodsIdOptions, PostV3MarketingFavorStocksModifyGoodsIdData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/modify-goods-id">;
}

export interface V3MarketingFavorStocksPauseNode {
 /**
  * 暂停代金券批次API `POST /v3/marketing/favor/stocks/{stock_id}/pause`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_13.shtml
  */
 post: Verb<PostV3MarketingFavorStocksPauseOptions, PostV3MarketingFavorStocksPauseData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/pause">;
}

export interface V3MarketingFavorStocksRefundFlowNode {
 /**
  * 下载批次退款明细API `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_11.shtml
  */
 get: Verb<GetV3MarketingFavorStocksRefundFlowOptions, GetV3MarketingFavorStocksRefundFlowData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/refund-flow">;
}

export interface V3MarketingFavorStocksRefundFlowByDayNode {
 /** 获取批次退款明细下载链接 `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day` */
 get: Verb<GetV3MarketingFavorStocksRefundFlowByDayOptions, GetV3MarketingFavorStocksRefundFlowByDayData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day">;
}

export interface V3MarketingFavorStocksRestartNode {
 /**
  * 重启代金券批次API `POST /v3/marketing/favor/stocks/{stock_id}/restart`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_14.shtml
  */
 post: Verb<PostV3MarketingFavorStocksRestartOptions, PostV3MarketingFavorStocksRestartData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/restart">;
}

export interface V3MarketingFavorStocksStartNode {
 /**
  * 激活代金券批次API `POST /v3/marketing/favor/stocks/{stock_id}/start`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_3.shtml
  */
 post: Verb<PostV3MarketingFavorStocksStartOptions, PostV3MarketingFavorStocksStartData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/start">;
}

export interface V3MarketingFavorStocksUseFlowNode {
 /**
  * 下载批次核销明细API `GET /v3/marketing/favor/stocks/{stock_id}/use-flow`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_10.shtml
  */
 get: Verb<GetV3MarketingFavorStocksUseFlowOptions, GetV3MarketingFavorStocksUseFlowData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/use-flow">;
}

export interface V3MarketingFavorStocksUseFlowByDayNode {
 /** 获取批次核销明细下载链接 `GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day` */
 get: Verb<GetV3MarketingFavorStocksUseFlowByDayOptions, GetV3MarketingFavorStocksUseFlowByDayData>;
 chain: ChainFrom<"v3/marketing/favor/stocks/{stock_id}/use-flow-by-day">;
}

export interface V3MarketingFavorUsersNode {
 $openid$: Open<V3MarketingFavorUsers_openid_Node>;
 _openid_: Open<V3MarketingFavorUsers_openid_Node>;
 chain: ChainFrom<"v3/marketing/favor/users">;
}

export interface V3MarketingFavorUsers_openid_Node {
 coupons: Open<V3MarketingFavorUsers_openid_CouponsNode>;
 chain: ChainFrom<"v3/marketing/favor/users/{openid}">;
}

export interface V3MarketingFavorUsers_openid_CouponsNode {
 /**
  * 根据商户号查用户的券 `GET /v3/marketing/favor/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_9.shtml
  */
 get: Verb<GetV3MarketingFavorUsers_openid_CouponsOptions, GetV3MarketingFavorUsers_openid_CouponsData>;
 /**
  * 发放代金券API `POST /v3/marketing/favor/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/list-coupons-by-filter.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/list-coupons-by-filter.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_2.shtml
  */
 post: Verb<PostV3MarketingFavorUsersCouponsOptions, PostV3MarketingFavorUsersCouponsData>;
 $coupon_id$: Open<V3MarketingFavorUsers_openid_Coupons_coupon_id_Node>;
 _coupon_id_: Open<V3MarketingFavorUsers_openid_Coupons_coupon_id_Node>;
 chain: ChainFrom<"v3/marketing/favor/users/{openid}/coupons">;
}

export interface V3MarketingFavorUsers_openid_Coupons_coupon_id_Node {
 /**
  * 查询代金券详情API `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/query-coupon.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/query-coupon.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_6.shtml
  */
 get: Verb<GetV3MarketingFavorUsers_openid_Coupons_coupon_id_Options, GetV3MarketingFavorUsers_openid_Coupons_coupon_id_Data>;
 chain: ChainFrom<"v3/marketing/favor/users/{openid}/coupons/{coupon_id}">;
}

export interface V3MarketingGoodsSubsidyActivityNode {
 activities: Open<V3MarketingGoodsSubsidyActivityActivitiesNode>;
 activity: Open<V3MarketingGoodsSubsidyActivityActivityNode>;
 qualification: Open<V3MarketingGoodsSubsidyActivityQualificationNode>;
 retailStoreAct: Open<V3MarketingGoodsSubsidyActivityRetailStoreActNode>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity">;
}

export interface V3MarketingGoodsSubsidyActivityActivitiesNode {
 /**
  * 按区域查询品牌加价购活动 `GET /v3/marketing/goods-subsidy-activity/activities`
  * @see https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html
  */
 get: Verb<GetV3MarketingGoodsSubsidyActivityActivitiesOptions, GetV3MarketingGoodsSubsidyActivityActivitiesData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/activities">;
}

export interface V3MarketingGoodsSubsidyActivityActivityNode {
 $activity_id$: Open<V3MarketingGoodsSubsidyActivityActivity_activity_id_Node>;
 _activity_id_: Open<V3MarketingGoodsSubsidyActivityActivity_activity_id_Node>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/activity">;
}

export interface V3MarketingGoodsSubsidyActivityActivity_activity_id_Node {
 apply: Open<V3MarketingGoodsSubsidyActivityActivityApplyNode>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/activity/{activity_id}">;
}

export interface V3MarketingGoodsSubsidyActivityActivityApplyNode {
 /**
  * 门店报名品牌加价购活动 `POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply`
  * @see https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html
  */
 post: Verb<PostV3MarketingGoodsSubsidyActivityActivityApplyOptions, PostV3MarketingGoodsSubsidyActivityActivityApplyData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply">;
}

export interface V3MarketingGoodsSubsidyActivityQualificationNode {
 lock: Open<V3MarketingGoodsSubsidyActivityQualificationLockNode>;
 unlock: Open<V3MarketingGoodsSubsidyActivityQualificationUnlockNode>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/qualification">;
}

export interface V3MarketingGoodsSubsidyActivityQualificationLockNode {
 /**
  * 锁定品牌加价购活动资格 `POST /v3/marketing/goods-subsidy-activity/qualification/lock`
  * @see https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html
  */
 post: Verb<PostV3MarketingGoodsSubsidyActivityQualificationLockOptions, PostV3MarketingGoodsSubsidyActivityQualificationLockData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/qualification/lock">;
}

export interface V3MarketingGoodsSubsidyActivityQualificationUnlockNode {
 /**
  * 解锁品牌加价购活动资格 `POST /v3/marketing/goods-subsidy-activity/qualification/unlock`
  * @see https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html
  */
 post: Verb<PostV3MarketingGoodsSubsidyActivityQualificationUnlockOptions, PostV3MarketingGoodsSubsidyActivityQualificationUnlockData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/qualification/unlock">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreActNode {
 $activity_id$: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Node>;
 $brand_id$: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Node>;
 _activity_id_: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Node>;
 _brand_id_: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Node>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Node {
 representative: Open<V3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeNode>;
 representatives: Open<V3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesNode>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeNode {
 /**
  * 添加零售小店活动业务代理 `PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-stores/add-representative.html
  */
 put: Verb<PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeOptions, PutV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeData>;
 /**
  * 删除零售小店活动业务代理 `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-representative.html
  */
 delete: Verb<DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeOptions, DeleteV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativeData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesNode {
 /**
  * 查询零售小店活动业务代理 `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/list-representative.html
  */
 get: Verb<GetV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesOptions, GetV3MarketingGoodsSubsidyActivityRetailStoreActRepresentativesData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Node {
 materials: Open<V3MarketingGoodsSubsidyActivityRetailStoreActMaterialsNode>;
 stores: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresNode>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreActMaterialsNode {
 /**
  * 生成小店活动物料码 `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/create-materials.html
  */
 post: Verb<PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsOptions, PostV3MarketingGoodsSubsidyActivityRetailStoreActMaterialsData>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresNode {
 /**
  * 查询小店活动门店列表 `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/list-store.html
  */
 get: Verb<GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresOptions, GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_StoresData>;
 /**
  * 添加小店活动门店 `POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/add-stores.html
  */
 post: Verb<PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresOptions, PostV3MarketingGoodsSubsidyActivityRetailStoreActStoresData>;
 /**
  * 删除小店活动门店 `DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-stores.html
  */
 delete: Verb<DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresOptions, DeleteV3MarketingGoodsSubsidyActivityRetailStoreActStoresData>;
 $store_code$: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Node>;
 _store_code_: Open<V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Node>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores">;
}

export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Node {
 /**
  * 查询小店活动门店详情 `GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/get-store.html
  */
 get: Verb<GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Options, GetV3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_Data>;
 chain: ChainFrom<"v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}">;
}

export interface V3MarketingMembercardActivityNode {
 activities: Open<V3MarketingMembercardActivityActivitiesNode>;
 chain: ChainFrom<"v3/marketing/membercard-activity">;
}

export interface V3MarketingMembercardActivityActivitiesNode {
 /**
  * 查询活动列表API `GET /v3/marketing/membercard-activity/activities`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_3.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/query-activity-list.html
  */
 get: Verb<GetV3MarketingMembercardActivityActivitiesOptions, GetV3MarketingMembercardActivityActivitiesData>;
 /**
  * 创建活动API `POST /v3/marketing/membercard-activity/activities`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_1.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/create-activity.html
  */
 post: Verb<PostV3MarketingMembercardActivityActivitiesOptions, PostV3MarketingMembercardActivityActivitiesData>;
 $activity_id$: Open<V3MarketingMembercardActivityActivities_activity_id_Node>;
 _activity_id_: Open<V3MarketingMembercardActivityActivities_activity_id_Node>;
 chain: ChainFrom<"v3/marketing/membercard-activity/activities">;
}

export interface V3MarketingMembercardActivityActivities_activity_id_Node {
 /**
  * 查询活动详情API `GET /v3/marketing/membercard-activity/activities/{activity_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_4.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/query-activity-detail.html
  */
 get: Verb<GetV3MarketingMembercardActivityActivities_activity_id_Options, GetV3MarketingMembercardActivityActivities_activity_id_Data>;
 terminate: Open<V3MarketingMembercardActivityActivitiesTerminateNode>;
 chain: ChainFrom<"v3/marketing/membercard-activity/activities/{activity_id}">;
}

export interface V3MarketingMembercardActivityActivitiesTerminateNode {
 /**
  * 终止活动API `POST /v3/marketing/membercard-activity/activities/{activity_id}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_2.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/terminating-activity.html
  */
 post: Verb<PostV3MarketingMembercardActivityActivitiesTerminateOptions, PostV3MarketingMembercardActivityActivitiesTerminateData>;
 chain: ChainFrom<"v3/marketing/membercard-activity/activities/{activity_id}/terminate">;
}

export interface V3MarketingMembercardOpenNode {
 activateInformations: Open<V3MarketingMembercardOpenActivateInformationsNode>;
 callback: Open<V3MarketingMembercardOpenCallbackNode>;
 cards: Open<V3MarketingMembercardOpenCardsNode>;
 phonenumberMember: Open<V3MarketingMembercardOpenPhonenumberMemberNode>;
 user: Open<V3MarketingMembercardOpenUserNode>;
 chain: ChainFrom<"v3/marketing/membercard-open">;
}

export interface V3MarketingMembercardOpenActivateInformationsNode {
 $activate_ticket$: Open<V3MarketingMembercardOpenActivateInformations_activate_ticket_Node>;
 _activate_ticket_: Open<V3MarketingMembercardOpenActivateInformations_activate_ticket_Node>;
 chain: ChainFrom<"v3/marketing/membercard-open/activate-informations">;
}

export interface V3MarketingMembercardOpenActivateInformations_activate_ticket_Node {
 /**
  * 获取用户信息（跳转型激活）API `GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_5.shtml
  */
 get: Verb<GetV3MarketingMembercardOpenActivateInformationsOptions, GetV3MarketingMembercardOpenActivateInformationsData>;
 chain: ChainFrom<"v3/marketing/membercard-open/activate-informations/{activate_ticket}">;
}

export interface V3MarketingMembercardOpenCallbackNode {
 /**
  * 查询回调地址API `GET /v3/marketing/membercard-open/callback`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_2.shtml
  */
 get: OptionalVerb<GetV3MarketingMembercardOpenCallbackOptions, GetV3MarketingMembercardOpenCallbackData>;
 /**
  * 设置回调地址API `PATCH /v3/marketing/membercard-open/callback`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_1.shtml
  */
 patch: Verb<PatchV3MarketingMembercardOpenCallbackOptions, PatchV3MarketingMembercardOpenCallbackData>;
 chain: ChainFrom<"v3/marketing/membercard-open/callback">;
}

export interface V3MarketingMembercardOpenCardsNode {
 /** 查询会员卡模板列表API `GET /v3/marketing/membercard-open/cards` */
 get: Verb<GetV3MarketingMembercardOpenCardsOptions, GetV3MarketingMembercardOpenCardsData>;
 /** 创建会员卡模板API `POST /v3/marketing/membercard-open/cards` */
 post: Verb<PostV3MarketingMembercardOpenCardsOptions, PostV3MarketingMembercardOpenCardsData>;
 $card_id$: Open<V3MarketingMembercardOpenCards_card_id_Node>;
 _card_id_: Open<V3MarketingMembercardOpenCards_card_id_Node>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards">;
}

export interface V3MarketingMembercardOpenCards_card_id_Node {
 /** 查询会员卡模板信息API `GET /v3/marketing/membercard-open/cards/{card_id}` */
 get: Verb<GetV3MarketingMembercardOpenCards_card_id_Options, GetV3MarketingMembercardOpenCards_card_id_Data>;
 /** 修改会员卡模板信息API `PATCH /v3/marketing/membercard-open/cards/{card_id}` */
 patch: Verb<PatchV3MarketingMembercardOpenCardsOptions, PatchV3MarketingMembercardOpenCardsData>;
 /** 删除会员卡模板API `DELETE /v3/marketing/membercard-open/cards/{card_id}` */
 delete: Verb<DeleteV3MarketingMembercardOpenCardsOptions, DeleteV3MarketingMembercardOpenCardsData>;
 codes: Open<V3MarketingMembercardOpenCards_card_id_CodesNode>;
 decryptCode: Open<V3MarketingMembercardOpenCardsDecryptCodeNode>;
 permissionTokens: Open<V3MarketingMembercardOpenCardsPermissionTokensNode>;
 phoneMembercard: Open<V3MarketingMembercardOpenCardsPhoneMembercardNode>;
 qrcode: Open<V3MarketingMembercardOpenCardsQrcodeNode>;
 rights: Open<V3MarketingMembercardOpenCardsRightsNode>;
 serviceModules: Open<V3MarketingMembercardOpenCards_card_id_ServiceModulesNode>;
 upgrade: Open<V3MarketingMembercardOpenCardsUpgradeNode>;
 users: Open<V3MarketingMembercardOpenCardsUsersNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}">;
}

export interface V3MarketingMembercardOpenCards_card_id_CodesNode {
 $code$: Open<V3MarketingMembercardOpenCards_card_id_Codes_code_Node>;
 _code_: Open<V3MarketingMembercardOpenCards_card_id_Codes_code_Node>;
 deposit: Open<V3MarketingMembercardOpenCardsCodesDepositNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes">;
}

export interface V3MarketingMembercardOpenCardsCodesDepositNode {
 /**
  * 导入会员Code API `POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_7.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesDepositOptions, PostV3MarketingMembercardOpenCardsCodesDepositData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/deposit">;
}

export interface V3MarketingMembercardOpenCards_card_id_Codes_code_Node {
 /** 查询用户会员卡信息API `GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}` */
 get: Verb<GetV3MarketingMembercardOpenCardsCodesOptions, GetV3MarketingMembercardOpenCardsCodesData>;
 /** 修改用户会员卡信息API `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}` */
 patch: Verb<PatchV3MarketingMembercardOpenCardsCodesOptions, PatchV3MarketingMembercardOpenCardsCodesData>;
 activate: Open<V3MarketingMembercardOpenCardsCodesActivateNode>;
 bonus: Open<V3MarketingMembercardOpenCardsCodesBonusNode>;
 rights: Open<V3MarketingMembercardOpenCardsCodesRightsNode>;
 setServiceModuleData: Open<V3MarketingMembercardOpenCardsCodesSetServiceModuleDataNode>;
 unavailable: Open<V3MarketingMembercardOpenCardsCodesUnavailableNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}">;
}

export interface V3MarketingMembercardOpenCardsCodesActivateNode {
 /**
  * 激活会员卡（跳转型激活）API `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_10.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesActivateOptions, PostV3MarketingMembercardOpenCardsCodesActivateData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate">;
}

export interface V3MarketingMembercardOpenCardsCodesBonusNode {
 commit: Open<V3MarketingMembercardOpenCardsCodesBonusCommitNode>;
 prepare: Open<V3MarketingMembercardOpenCardsCodesBonusPrepareNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus">;
}

export interface V3MarketingMembercardOpenCardsCodesBonusCommitNode {
 /**
  * 设置支付后展示的积分到账API `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter10_2.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesBonusCommitOptions, PostV3MarketingMembercardOpenCardsCodesBonusCommitData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit">;
}

export interface V3MarketingMembercardOpenCardsCodesBonusPrepareNode {
 /**
  * 支付结果页展示会员积分API `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter10_3.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesBonusPrepareOptions, PostV3MarketingMembercardOpenCardsCodesBonusPrepareData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare">;
}

export interface V3MarketingMembercardOpenCardsCodesRightsNode {
 /** 设置会员权益API `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights` */
 patch: Verb<PatchV3MarketingMembercardOpenCardsCodesRightsOptions, PatchV3MarketingMembercardOpenCardsCodesRightsData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights">;
}

export interface V3MarketingMembercardOpenCardsCodesSetServiceModuleDataNode {
 /** 设置会员服务项用户信息 `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data` */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataOptions, PostV3MarketingMembercardOpenCardsCodesSetServiceModuleDataData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data">;
}

export interface V3MarketingMembercardOpenCardsCodesUnavailableNode {
 /**
  * 作废用户会员卡API `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_12.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsCodesUnavailableOptions, PostV3MarketingMembercardOpenCardsCodesUnavailableData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable">;
}

export interface V3MarketingMembercardOpenCardsDecryptCodeNode {
 /**
  * 加密code解码（跳转型激活）API `GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_4.shtml
  */
 get: Verb<GetV3MarketingMembercardOpenCardsDecryptCodeOptions, GetV3MarketingMembercardOpenCardsDecryptCodeData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/decrypt-code">;
}

export interface V3MarketingMembercardOpenCardsPermissionTokensNode {
 /**
  * 商户预授权 `POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_7.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsPermissionTokensOptions, PostV3MarketingMembercardOpenCardsPermissionTokensData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/permission-tokens">;
}

export interface V3MarketingMembercardOpenCardsPhoneMembercardNode {
 import: Open<V3MarketingMembercardOpenCardsPhoneMembercardImportNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/phone-membercard">;
}

export interface V3MarketingMembercardOpenCardsPhoneMembercardImportNode {
 /** 根据手机号导入用户会员卡API `POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import` */
 post: Verb<PostV3MarketingMembercardOpenCardsPhoneMembercardImportOptions, PostV3MarketingMembercardOpenCardsPhoneMembercardImportData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import">;
}

export interface V3MarketingMembercardOpenCardsQrcodeNode {
 /**
  * 创建会员卡二维码API `POST /v3/marketing/membercard-open/cards/{card_id}/qrcode`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_3.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsQrcodeOptions, PostV3MarketingMembercardOpenCardsQrcodeData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/qrcode">;
}

export interface V3MarketingMembercardOpenCardsRightsNode {
 /** 设置会员卡模板权益项API `PATCH /v3/marketing/membercard-open/cards/{card_id}/rights` */
 patch: Verb<PatchV3MarketingMembercardOpenCardsRightsOptions, PatchV3MarketingMembercardOpenCardsRightsData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/rights">;
}

export interface V3MarketingMembercardOpenCards_card_id_ServiceModulesNode {
 /** 添加会员卡服务项 `POST /v3/marketing/membercard-open/cards/{card_id}/service-modules` */
 post: Verb<PostV3MarketingMembercardOpenCardsServiceModulesOptions, PostV3MarketingMembercardOpenCardsServiceModulesData>;
 $service_module_id$: Open<V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_Node>;
 _service_module_id_: Open<V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_Node>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/service-modules">;
}

export interface V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_Node {
 /** 修改会员卡服务项 `PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}` */
 patch: Verb<PatchV3MarketingMembercardOpenCardsServiceModulesOptions, PatchV3MarketingMembercardOpenCardsServiceModulesData>;
 /** 移除会员卡服务项 `DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}` */
 delete: Verb<DeleteV3MarketingMembercardOpenCardsServiceModulesOptions, DeleteV3MarketingMembercardOpenCardsServiceModulesData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}">;
}

export interface V3MarketingMembercardOpenCardsUpgradeNode {
 /**
  * 老会员卡模板升级API `POST /v3/marketing/membercard-open/cards/{card_id}/upgrade`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_6.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsUpgradeOptions, PostV3MarketingMembercardOpenCardsUpgradeData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/upgrade">;
}

export interface V3MarketingMembercardOpenCardsUsersNode {
 import: Open<V3MarketingMembercardOpenCardsUsersImportNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/users">;
}

export interface V3MarketingMembercardOpenCardsUsersImportNode {
 /**
  * 根据openid导入用户会员卡API `POST /v3/marketing/membercard-open/cards/{card_id}/users/import`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_13.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenCardsUsersImportOptions, PostV3MarketingMembercardOpenCardsUsersImportData>;
 chain: ChainFrom<"v3/marketing/membercard-open/cards/{card_id}/users/import">;
}

export interface V3MarketingMembercardOpenPhonenumberMemberNode {
 import: Open<V3MarketingMembercardOpenPhonenumberMemberImportNode>;
 search: Open<V3MarketingMembercardOpenPhonenumberMemberSearchNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/phonenumber-member">;
}

export interface V3MarketingMembercardOpenPhonenumberMemberImportNode {
 /**
  * 导入加密手机号提醒会员领卡API `POST /v3/marketing/membercard-open/phonenumber-member/import`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_1.shtml
  */
 post: Verb<PostV3MarketingMembercardOpenPhonenumberMemberImportOptions, PostV3MarketingMembercardOpenPhonenumberMemberImportData>;
 chain: ChainFrom<"v3/marketing/membercard-open/phonenumber-member/import">;
}

export interface V3MarketingMembercardOpenPhonenumberMemberSearchNode {
 /**
  * 通过加密手机号查询会员领卡状态API `GET /v3/marketing/membercard-open/phonenumber-member/search`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_2.shtml
  */
 get: Verb<GetV3MarketingMembercardOpenPhonenumberMemberSearchOptions, GetV3MarketingMembercardOpenPhonenumberMemberSearchData>;
 chain: ChainFrom<"v3/marketing/membercard-open/phonenumber-member/search">;
}

export interface V3MarketingMembercardOpenUserNode {
 cards: Open<V3MarketingMembercardOpenUserCardsNode>;
 chain: ChainFrom<"v3/marketing/membercard-open/user">;
}

export interface V3MarketingMembercardOpenUserCardsNode {
 /**
  * 查询用户在品牌下所有会员卡API `GET /v3/marketing/membercard-open/user/cards`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_5.shtml
  */
 get: Verb<GetV3MarketingMembercardOpenUserCardsOptions, GetV3MarketingMembercardOpenUserCardsData>;
 chain: ChainFrom<"v3/marketing/membercard-open/user/cards">;
}

export interface V3MarketingPartnerNode {
 deliveryPlan: Open<V3MarketingPartnerDeliveryPlanNode>;
 productCoupon: Open<V3MarketingPartnerProductCouponNode>;
 chain: ChainFrom<"v3/marketing/partner">;
}

export interface V3MarketingPartnerDeliveryPlanNode {
 $sp_mchid$: Open<V3MarketingPartnerDeliveryPlan_sp_mchid_Node>;
 _sp_mchid_: Open<V3MarketingPartnerDeliveryPlan_sp_mchid_Node>;
 deliveryPlans: Open<V3MarketingPartnerDeliveryPlanDeliveryPlansNode>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan">;
}

export interface V3MarketingPartnerDeliveryPlanDeliveryPlansNode {
 /** 创建投放计划 `POST /v3/marketing/partner/delivery-plan/delivery-plans` */
 post: Verb<PostV3MarketingPartnerDeliveryPlanDeliveryPlansOptions, PostV3MarketingPartnerDeliveryPlanDeliveryPlansData>;
 $brand_id$: Open<V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_Node>;
 $plan_id$: Open<V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Node>;
 _brand_id_: Open<V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_Node>;
 _plan_id_: Open<V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/delivery-plans">;
}

export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_Node {
 deliveryPlans: Open<V3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansNode>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}">;
}

export interface V3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansNode {
 /** 分页查询投放计划列表 `GET /v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans` */
 get: Verb<GetV3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansOptions, GetV3MarketingPartnerDeliveryPlanDeliveryPlansDeliveryPlansData>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans">;
}

export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Node {
 /** 更新投放计划 `PATCH /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}` */
 patch: Verb<PatchV3MarketingPartnerDeliveryPlanDeliveryPlansOptions, PatchV3MarketingPartnerDeliveryPlanDeliveryPlansData>;
 terminate: Open<V3MarketingPartnerDeliveryPlanDeliveryPlansTerminateNode>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}">;
}

export interface V3MarketingPartnerDeliveryPlanDeliveryPlansTerminateNode {
 /** 终止投放计划 `POST /v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate` */
 post: Verb<PostV3MarketingPartnerDeliveryPlanDeliveryPlansTerminateOptions, PostV3MarketingPartnerDeliveryPlanDeliveryPlansTerminateData>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate">;
}

export interface V3MarketingPartnerDeliveryPlan_sp_mchid_Node {
 notifyUrl: Open<V3MarketingPartnerDeliveryPlanNotifyUrlNode>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/{sp_mchid}">;
}

export interface V3MarketingPartnerDeliveryPlanNotifyUrlNode {
 /** 设置投放计划回调地址 `POST /v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url` */
 post: Verb<PostV3MarketingPartnerDeliveryPlanNotifyUrlOptions, PostV3MarketingPartnerDeliveryPlanNotifyUrlData>;
 chain: ChainFrom<"v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url">;
}

export interface V3MarketingPartnerProductCouponNode {
 imageGenerationTasks: Open<V3MarketingPartnerProductCouponImageGenerationTasksNode>;
 media: Open<V3MarketingPartnerProductCouponMediaNode>;
 notifyConfigs: Open<V3MarketingPartnerProductCouponNotifyConfigsNode>;
 productCoupons: Open<V3MarketingPartnerProductCouponProductCouponsNode>;
 users: Open<V3MarketingPartnerProductCouponUsersNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon">;
}

export interface V3MarketingPartnerProductCouponImageGenerationTasksNode {
 /** 提交图片生成任务 `POST /v3/marketing/partner/product-coupon/image-generation-tasks` */
 post: Verb<PostV3MarketingPartnerProductCouponImageGenerationTasksOptions, PostV3MarketingPartnerProductCouponImageGenerationTasksData>;
 $task_id$: Open<V3MarketingPartnerProductCouponImageGenerationTasks_task_id_Node>;
 _task_id_: Open<V3MarketingPartnerProductCouponImageGenerationTasks_task_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/image-generation-tasks">;
}

export interface V3MarketingPartnerProductCouponImageGenerationTasks_task_id_Node {
 /** 查询图片生成任务执行结果 `GET /v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}` */
 get: Verb<GetV3MarketingPartnerProductCouponImageGenerationTasksOptions, GetV3MarketingPartnerProductCouponImageGenerationTasksData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}">;
}

export interface V3MarketingPartnerProductCouponMediaNode {
 uploadImage: Open<V3MarketingPartnerProductCouponMediaUploadImageNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/media">;
}

export interface V3MarketingPartnerProductCouponMediaUploadImageNode {
 /** 图片上传 `POST /v3/marketing/partner/product-coupon/media/upload-image` */
 post: Verb<PostV3MarketingPartnerProductCouponMediaUploadImageOptions, PostV3MarketingPartnerProductCouponMediaUploadImageData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/media/upload-image">;
}

export interface V3MarketingPartnerProductCouponNotifyConfigsNode {
 /** 获取商品券事件通知地址 `GET /v3/marketing/partner/product-coupon/notify-configs` */
 get: OptionalVerb<GetV3MarketingPartnerProductCouponNotifyConfigsOptions, GetV3MarketingPartnerProductCouponNotifyConfigsData>;
 /** 设置商品券事件通知地址 `POST /v3/marketing/partner/product-coupon/notify-configs` */
 post: Verb<PostV3MarketingPartnerProductCouponNotifyConfigsOptions, PostV3MarketingPartnerProductCouponNotifyConfigsData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/notify-configs">;
}

export interface V3MarketingPartnerProductCouponProductCouponsNode {
 /** 创建商品券 `POST /v3/marketing/partner/product-coupon/product-coupons` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsOptions, PostV3MarketingPartnerProductCouponProductCouponsData>;
 $product_coupon_id$: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Node>;
 _product_coupon_id_: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons">;
}

export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Node {
 /** 查询商品券 `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}` */
 get: Verb<GetV3MarketingPartnerProductCouponProductCouponsOptions, GetV3MarketingPartnerProductCouponProductCouponsData>;
 /** 修改商品券 `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}` */
 patch: Verb<PatchV3MarketingPartnerProductCouponProductCouponsOptions, PatchV3MarketingPartnerProductCouponProductCouponsData>;
 deactivate: Open<V3MarketingPartnerProductCouponProductCouponsDeactivateNode>;
 stockBundles: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundlesNode>;
 stocks: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}">;
}

export interface V3MarketingPartnerProductCouponProductCouponsDeactivateNode {
 /** 失效商品券 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsDeactivateOptions, PostV3MarketingPartnerProductCouponProductCouponsDeactivateData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate">;
}

export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundlesNode {
 /** 添加商品券批次组 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStockBundlesOptions, PostV3MarketingPartnerProductCouponProductCouponsStockBundlesData>;
 $stock_bundle_id$: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_Node>;
 _stock_bundle_id_: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles">;
}

export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_Node {
 /** 修改商品券批次组 `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}` */
 patch: Verb<PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesOptions, PatchV3MarketingPartnerProductCouponProductCouponsStockBundlesData>;
 associateStores: Open<V3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresNode>;
 disassociateStores: Open<V3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresNode>;
 updateBudget: Open<V3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresNode {
 /** 批次组批量关联门店 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresOptions, PostV3MarketingPartnerProductCouponProductCouponsStockBundlesAssociateStoresData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresNode {
 /** 批次组批量取消关联门店 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresOptions, PostV3MarketingPartnerProductCouponProductCouponsStockBundlesDisassociateStoresData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetNode {
 /** 修改商品券批次组发放预算 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetOptions, PostV3MarketingPartnerProductCouponProductCouponsStockBundlesUpdateBudgetData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget">;
}

export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksNode {
 /** 查询商品券批次列表 `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks` */
 get: Verb<GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksOptions, GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StocksData>;
 /** 添加商品券批次 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksData>;
 $stock_id$: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Node>;
 _stock_id_: Open<V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks">;
}

export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Node {
 /** 查询商品券指定批次 `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}` */
 get: Verb<GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Options, GetV3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Data>;
 /** 修改商品券指定批次 `PATCH /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}` */
 patch: Verb<PatchV3MarketingPartnerProductCouponProductCouponsStocksOptions, PatchV3MarketingPartnerProductCouponProductCouponsStocksData>;
 associateStores: Open<V3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresNode>;
 associatedStores: Open<V3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresNode>;
 deactivate: Open<V3MarketingPartnerProductCouponProductCouponsStocksDeactivateNode>;
 disassociateStores: Open<V3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresNode>;
 updateBudget: Open<V3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetNode>;
 uploadCouponCodes: Open<V3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresNode {
 /** 批次关联门店 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksAssociateStoresData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresNode {
 /** 查询批次关联门店列表 `GET /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores` */
 get: Verb<GetV3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresOptions, GetV3MarketingPartnerProductCouponProductCouponsStocksAssociatedStoresData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksDeactivateNode {
 /** 失效商品券批次 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksDeactivateData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresNode {
 /** 批次取消关联门店 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksDisassociateStoresData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetNode {
 /** 修改商品券批次发放预算 `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksUpdateBudgetData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget">;
}

export interface V3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesNode {
 /** 预上传券Code `POST /v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes` */
 post: Verb<PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesOptions, PostV3MarketingPartnerProductCouponProductCouponsStocksUploadCouponCodesData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes">;
}

export interface V3MarketingPartnerProductCouponUsersNode {
 $openid$: Open<V3MarketingPartnerProductCouponUsers_openid_Node>;
 _openid_: Open<V3MarketingPartnerProductCouponUsers_openid_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users">;
}

export interface V3MarketingPartnerProductCouponUsers_openid_Node {
 couponBundles: Open<V3MarketingPartnerProductCouponUsers_openid_CouponBundlesNode>;
 coupons: Open<V3MarketingPartnerProductCouponUsers_openid_CouponsNode>;
 preSendCoupon: Open<V3MarketingPartnerProductCouponUsersPreSendCouponNode>;
 preSendCouponBundle: Open<V3MarketingPartnerProductCouponUsersPreSendCouponBundleNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}">;
}

export interface V3MarketingPartnerProductCouponUsers_openid_CouponBundlesNode {
 /** 向用户发放商品券批次组 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponBundlesOptions, PostV3MarketingPartnerProductCouponUsersCouponBundlesData>;
 $user_coupon_bundle_id$: Open<V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Node>;
 _user_coupon_bundle_id_: Open<V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles">;
}

export interface V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Node {
 deactivate: Open<V3MarketingPartnerProductCouponUsersCouponBundlesDeactivateNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}">;
}

export interface V3MarketingPartnerProductCouponUsersCouponBundlesDeactivateNode {
 /** 失效用户商品券组 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateOptions, PostV3MarketingPartnerProductCouponUsersCouponBundlesDeactivateData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate">;
}

export interface V3MarketingPartnerProductCouponUsers_openid_CouponsNode {
 /** 指定券状态查询用户商品券列表 `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons` */
 get: Verb<GetV3MarketingPartnerProductCouponUsers_openid_CouponsOptions, GetV3MarketingPartnerProductCouponUsers_openid_CouponsData>;
 /** 向用户发放商品券 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponsOptions, PostV3MarketingPartnerProductCouponUsersCouponsData>;
 $coupon_code$: Open<V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Node>;
 _coupon_code_: Open<V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Node>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons">;
}

export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Node {
 /** 查询用户商品券详情 `GET /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}` */
 get: Verb<GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Options, GetV3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Data>;
 confirm: Open<V3MarketingPartnerProductCouponUsersCouponsConfirmNode>;
 deactivate: Open<V3MarketingPartnerProductCouponUsersCouponsDeactivateNode>;
 return: Open<V3MarketingPartnerProductCouponUsersCouponsReturnNode>;
 use: Open<V3MarketingPartnerProductCouponUsersCouponsUseNode>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}">;
}

export interface V3MarketingPartnerProductCouponUsersCouponsConfirmNode {
 /** 确认发放用户商品券 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponsConfirmOptions, PostV3MarketingPartnerProductCouponUsersCouponsConfirmData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm">;
}

export interface V3MarketingPartnerProductCouponUsersCouponsDeactivateNode {
 /** 失效用户商品券 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponsDeactivateOptions, PostV3MarketingPartnerProductCouponUsersCouponsDeactivateData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate">;
}

export interface V3MarketingPartnerProductCouponUsersCouponsReturnNode {
 /** 退券 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponsReturnOptions, PostV3MarketingPartnerProductCouponUsersCouponsReturnData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return">;
}

export interface V3MarketingPartnerProductCouponUsersCouponsUseNode {
 /** 核销用户商品券 `POST /v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersCouponsUseOptions, PostV3MarketingPartnerProductCouponUsersCouponsUseData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use">;
}

export interface V3MarketingPartnerProductCouponUsersPreSendCouponNode {
 /** 向用户预发放商品券 `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersPreSendCouponOptions, PostV3MarketingPartnerProductCouponUsersPreSendCouponData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon">;
}

export interface V3MarketingPartnerProductCouponUsersPreSendCouponBundleNode {
 /** 向用户预发放商品券批次组 `POST /v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle` */
 post: Verb<PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleOptions, PostV3MarketingPartnerProductCouponUsersPreSendCouponBundleData>;
 chain: ChainFrom<"v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle">;
}

export interface V3MarketingPartnershipsNode {
 /**
  * 查询合作关系列表API `GET /v3/marketing/partnerships`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_5_3.shtml
  */
 get: OptionalVerb<GetV3MarketingPartnershipsOptions, GetV3MarketingPartnershipsData>;
 build: Open<V3MarketingPartnershipsBuildNode>;
 terminate: Open<V3MarketingPartnershipsTerminateNode>;
 chain: ChainFrom<"v3/marketing/partnerships">;
}

export interface V3MarketingPartnershipsBuildNode {
 /**
  * 建立合作关系API `POST /v3/marketing/partnerships/build`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/partnerships/chapter3_1.shtml
  */
 post: Verb<PostV3MarketingPartnershipsBuildOptions, PostV3MarketingPartnershipsBuildData>;
 chain: ChainFrom<"v3/marketing/partnerships/build">;
}

export interface V3MarketingPartnershipsTerminateNode {
 /**
  * 终止合作关系API `POST /v3/marketing/partnerships/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/partnerships/chapter3_2.shtml
  */
 post: Verb<PostV3MarketingPartnershipsTerminateOptions, PostV3MarketingPartnershipsTerminateData>;
 chain: ChainFrom<"v3/marketing/partnerships/terminate">;
}

export interface V3MarketingPaygiftactivityNode {
 activities: Open<V3MarketingPaygiftactivityActivitiesNode>;
 uniqueThresholdActivity: Open<V3MarketingPaygiftactivityUniqueThresholdActivityNode>;
 chain: ChainFrom<"v3/marketing/paygiftactivity">;
}

export interface V3MarketingPaygiftactivityActivitiesNode {
 /**
  * 获取支付有礼活动列表API `GET /v3/marketing/paygiftactivity/activities`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_9.shtml
  */
 get: Verb<GetV3MarketingPaygiftactivityActivitiesOptions, GetV3MarketingPaygiftactivityActivitiesData>;
 $activity_id$: Open<V3MarketingPaygiftactivityActivities_activity_id_Node>;
 _activity_id_: Open<V3MarketingPaygiftactivityActivities_activity_id_Node>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities">;
}

export interface V3MarketingPaygiftactivityActivities_activity_id_Node {
 /**
  * 查询活动详情接口API `GET /v3/marketing/paygiftactivity/activities/{activity_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_4.shtml
  */
 get: Verb<GetV3MarketingPaygiftactivityActivities_activity_id_Options, GetV3MarketingPaygiftactivityActivities_activity_id_Data>;
 goods: Open<V3MarketingPaygiftactivityActivitiesGoodsNode>;
 merchants: Open<V3MarketingPaygiftactivityActivitiesMerchantsNode>;
 terminate: Open<V3MarketingPaygiftactivityActivitiesTerminateNode>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}">;
}

export interface V3MarketingPaygiftactivityActivitiesGoodsNode {
 /**
  * 查询活动指定商品列表API `GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_6.shtml
  */
 get: Verb<GetV3MarketingPaygiftactivityActivitiesGoodsOptions, GetV3MarketingPaygiftactivityActivitiesGoodsData>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}/goods">;
}

export interface V3MarketingPaygiftactivityActivitiesMerchantsNode {
 /**
  * 查询活动发券商户号API `GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_5.shtml
  */
 get: Verb<GetV3MarketingPaygiftactivityActivitiesMerchantsOptions, GetV3MarketingPaygiftactivityActivitiesMerchantsData>;
 add: Open<V3MarketingPaygiftactivityActivitiesMerchantsAddNode>;
 delete: Open<V3MarketingPaygiftactivityActivitiesMerchantsDeleteNode>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}/merchants">;
}

export interface V3MarketingPaygiftactivityActivitiesMerchantsAddNode {
 /**
  * 新增活动发券商户号API `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_8.shtml
  */
 post: Verb<PostV3MarketingPaygiftactivityActivitiesMerchantsAddOptions, PostV3MarketingPaygiftactivityActivitiesMerchantsAddData>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add">;
}

export interface V3MarketingPaygiftactivityActivitiesMerchantsDeleteNode {
 /**
  * 删除活动发券商户号API `POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_10.shtml
  */
 post: Verb<PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteOptions, PostV3MarketingPaygiftactivityActivitiesMerchantsDeleteData>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete">;
}

export interface V3MarketingPaygiftactivityActivitiesTerminateNode {
 /**
  * 终止活动API `POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_7.shtml
  */
 post: Verb<PostV3MarketingPaygiftactivityActivitiesTerminateOptions, PostV3MarketingPaygiftactivityActivitiesTerminateData>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/activities/{activity_id}/terminate">;
}

export interface V3MarketingPaygiftactivityUniqueThresholdActivityNode {
 /** 创建全场满额送活动API `POST /v3/marketing/paygiftactivity/unique-threshold-activity` */
 post: Verb<PostV3MarketingPaygiftactivityUniqueThresholdActivityOptions, PostV3MarketingPaygiftactivityUniqueThresholdActivityData>;
 chain: ChainFrom<"v3/marketing/paygiftactivity/unique-threshold-activity">;
}

export interface V3MarketingShoppingReceiptNode {
 customentrances: Open<V3MarketingShoppingReceiptCustomentrancesNode>;
 merchantshoppingreceiptjumpinfos: Open<V3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosNode>;
 shoppingreceipts: Open<V3MarketingShoppingReceiptShoppingreceiptsNode>;
 chain: ChainFrom<"v3/marketing/shopping-receipt">;
}

export interface V3MarketingShoppingReceiptCustomentrancesNode {
 /** 创建自定义入口 `POST /v3/marketing/shopping-receipt/customentrances` */
 post: Verb<PostV3MarketingShoppingReceiptCustomentrancesOptions, PostV3MarketingShoppingReceiptCustomentrancesData>;
 $brand_id$: Open<V3MarketingShoppingReceiptCustomentrances_brand_id_Node>;
 _brand_id_: Open<V3MarketingShoppingReceiptCustomentrances_brand_id_Node>;
 chain: ChainFrom<"v3/marketing/shopping-receipt/customentrances">;
}

export interface V3MarketingShoppingReceiptCustomentrances_brand_id_Node {
 /** 查询自定义入口 `GET /v3/marketing/shopping-receipt/customentrances/{brand_id}` */
 get: Verb<GetV3MarketingShoppingReceiptCustomentrancesOptions, GetV3MarketingShoppingReceiptCustomentrancesData>;
 /** 更新自定义入口 `PATCH /v3/marketing/shopping-receipt/customentrances/{brand_id}` */
 patch: Verb<PatchV3MarketingShoppingReceiptCustomentrancesOptions, PatchV3MarketingShoppingReceiptCustomentrancesData>;
 chain: ChainFrom<"v3/marketing/shopping-receipt/customentrances/{brand_id}">;
}

export interface V3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosNode {
 /** 上传商家电子小票跳转信息 `POST /v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos` */
 post: Verb<PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosOptions, PostV3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfosData>;
 chain: ChainFrom<"v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos">;
}

export interface V3MarketingShoppingReceiptShoppingreceiptsNode {
 /** 上传电子小票 `POST /v3/marketing/shopping-receipt/shoppingreceipts` */
 post: Verb<PostV3MarketingShoppingReceiptShoppingreceiptsOptions, PostV3MarketingShoppingReceiptShoppingreceiptsData>;
 chain: ChainFrom<"v3/marketing/shopping-receipt/shoppingreceipts">;
}

export interface V3MarketingWeeklyDiscountNode {
 activities: Open<V3MarketingWeeklyDiscountActivitiesNode>;
 chain: ChainFrom<"v3/marketing/weekly-discount">;
}

export interface V3MarketingWeeklyDiscountActivitiesNode {
 /**
  * 查询周周惠活动列表API `GET /v3/marketing/weekly-discount/activities`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_3.shtml
  */
 get: Verb<GetV3MarketingWeeklyDiscountActivitiesOptions, GetV3MarketingWeeklyDiscountActivitiesData>;
 $activity_id$: Open<V3MarketingWeeklyDiscountActivities_activity_id_Node>;
 _activity_id_: Open<V3MarketingWeeklyDiscountActivities_activity_id_Node>;
 chain: ChainFrom<"v3/marketing/weekly-discount/activities">;
}

export interface V3MarketingWeeklyDiscountActivities_activity_id_Node {
 /**
  * 查询周周惠活动详情API `GET /v3/marketing/weekly-discount/activities/{activity_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_2.shtml
  */
 get: Verb<GetV3MarketingWeeklyDiscountActivities_activity_id_Options, GetV3MarketingWeeklyDiscountActivities_activity_id_Data>;
 apply: Open<V3MarketingWeeklyDiscountActivitiesApplyNode>;
 chain: ChainFrom<"v3/marketing/weekly-discount/activities/{activity_id}">;
}

export interface V3MarketingWeeklyDiscountActivitiesApplyNode {
 /**
  * 报名周周惠活动API `POST /v3/marketing/weekly-discount/activities/{activity_id}/apply`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_1.shtml
  */
 post: Verb<PostV3MarketingWeeklyDiscountActivitiesApplyOptions, PostV3MarketingWeeklyDiscountActivitiesApplyData>;
 chain: ChainFrom<"v3/marketing/weekly-discount/activities/{activity_id}/apply">;
}

export interface V3MarketingWithdrawFavorNode {
 users: Open<V3MarketingWithdrawFavorUsersNode>;
 chain: ChainFrom<"v3/marketing/withdraw-favor">;
}

export interface V3MarketingWithdrawFavorUsersNode {
 $openid$: Open<V3MarketingWithdrawFavorUsers_openid_Node>;
 _openid_: Open<V3MarketingWithdrawFavorUsers_openid_Node>;
 chain: ChainFrom<"v3/marketing/withdraw-favor/users">;
}

export interface V3MarketingWithdrawFavorUsers_openid_Node {
 coupons: Open<V3MarketingWithdrawFavorUsersCouponsNode>;
 chain: ChainFrom<"v3/marketing/withdraw-favor/users/{openid}">;
}

export interface V3MarketingWithdrawFavorUsersCouponsNode {
 /**
  * 查询批次下用户银行提现免费券列表API `GET /v3/marketing/withdraw-favor/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_2.shtml
  */
 get: Verb<GetV3MarketingWithdrawFavorUsersCouponsOptions, GetV3MarketingWithdrawFavorUsersCouponsData>;
 /**
  * 为用户发银行提现免费券API `POST /v3/marketing/withdraw-favor/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_1.shtml
  */
 post: Verb<PostV3MarketingWithdrawFavorUsersCouponsOptions, PostV3MarketingWithdrawFavorUsersCouponsData>;
 chain: ChainFrom<"v3/marketing/withdraw-favor/users/{openid}/coupons">;
}
