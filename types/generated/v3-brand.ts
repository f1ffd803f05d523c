// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 提交入驻申请: request body */
export interface PostV3BrandApplymentsBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
 /** 管理员信息 */ admin_info: {
  /** 管理员姓名 @example U2FsdGVkX1+3vZQv5+9JhTq3Xy6LdKjP0o9iYx5W7vRtNqY */ admin_name: string;
  /** 管理员证件类型 */ id_doc_type: "IDENTIFICATION_TYPE_MAINLAND_ID_CARD" | "IDENTIFICATION_TYPE_HONGKONG" | "IDENTIFICATION_TYPE_MACAO" | "IDENTIFICATION_TYPE_TAIWAN" | "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT" | "IDENTIFICATION_TYPE_TAIWAN_RESIDENT";
  /** 管理员证件号 @example AOZdYGISxo4y44/UgZ69bdu9X+tfMUJ9dl+LetjM45 */ id_card_number: string;
 };
 /** 主体资料 */ subject_info: {
  /** 主体类型 @example SUBJECT_TYPE_ENTERPRISE */ subject_type: "SUBJECT_TYPE_ENTERPRISE" | "SUBJECT_TYPE_INDIVIDUAL";
  /** 主体名称 @example xx有限公司 */ subject_name: string;
  /** 统一社会信用代码 @example 91310101MA1FPX1234 */ unified_social_credit_code: string;
 };
 /** 品牌基础信息 */ brand_basic_info: {
  /** 品牌名称 @example 爱马哥 */ brand_name: string;
  /** 品牌Logo @example U2FsdGVkX1+8n2qLk9jP4vRtY6Wx */ brand_logo: string;
 };
 /** 品牌商标资料 */ trademark: {
  /** 有无商标 @example TRADEMARK_NONE */ trademark_exists: "TRADEMARK_EXISTS" | "TRADEMARK_NONE";
  /** 商标注册证 */ trademark_registration_certificate?: {
   /** 商标注册证 @example jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ */ certificate?: string;
   /** 商标名称 @example 爱马哥 */ name: string;
   /** 商标注册号 @example 12345678 */ number: string;
   /** 商标有效期开始时间 @example 2025-09-08 */ valid_begin_time: string;
   /** 商标有效期结束时间 @example 2035-09-08 */ valid_end_time: string;
   /** 商标国际分类 @example 25 */ international_class: string;
   /** 商标注册人 @example 腾讯科技有限公司 */ holder: string;
   /** 商标许可使用授权书 @example jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ */ license?: string;
   /** 商标授权有效期开始时间 @example 2025-09-08 */ authorization_begin_time?: string;
   /** 商标授权有效期结束时间 @example 2035-09-08 */ authorization_end_time?: string;
   /** 商标注册证列表 */ certificate_list?: string[];
   /** 商标许可使用授权书列表 */ license_list?: string[];
  };
  /** Logo商标注册证 */ logo_trademark_registration_certificate?: {
   /** Logo商标注册证 @example jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ */ certificate?: string;
   /** Logo商标名称 @example 爱马哥 */ name: string;
   /** Logo商标注册号 @example 21312344 */ number: string;
   /** Logo商标有效期开始时间 @example 2025-09-08 */ valid_begin_time: string;
   /** Logo商标有效期结束时间 @example 2035-09-08 */ valid_end_time: string;
   /** Logo商标国际分类 @example 25 */ international_class: string;
   /** Logo商标注册人 @example 腾讯科技有限公司 */ holder: string;
   /** Logo商标许可使用授权书 @example jTpGmxUXqRTvDujqhThn4ReFxikqJ5YW6zFQ */ license?: string;
   /** Logo商标授权有效期开始时间 @example 2025-09-08 */ authorization_begin_time?: string;
   /** Logo商标授权有效期结束时间 @example 2035-09-08 */ authorization_end_time?: string;
   /** Logo商标注册证列表 */ certificate_list?: string[];
   /** Logo商标许可使用授权书列表 */ license_list?: string[];
  };
  /** 无商标额外证明材料 @example jTpGmxUX3FBWVQ5NJTZvvDujqhThn4ReFxikqJ5YW6zFQ */ no_trademark_addition_prove?: string;
  /** 无商标额外证明材料列表 */ no_trademark_addition_prove_list?: string[];
 };
}
/** 提交入驻申请: options */
export interface PostV3BrandApplymentsOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BrandApplymentsBody;
}
/** 提交入驻申请: response body */
export interface PostV3BrandApplymentsData {
 /** 微信支付申请单号 */ applyment_id: string;
 /** 业务申请编号 */ business_code: string;
}

/** 根据申请单ID查询申请状态: options */
export interface GetV3BrandApplymentsApplymentIdOptions extends CallOptions {
 /** 微信支付申请单号 @example 2000002124775691 */ applyment_id: string;
}
/** 根据申请单ID查询申请状态: response body */
export interface GetV3BrandApplymentsApplymentIdData extends GetV3BrandApplymentsApplymentIdDataFields {}

/** 根据业务申请编号查询申请状态: options */
export interface GetV3BrandApplymentsBusinessCodeOptions extends CallOptions {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
}
/** 根据业务申请编号查询申请状态: response body */
export interface GetV3BrandApplymentsBusinessCodeData extends GetV3BrandApplymentsApplymentIdDataFields {}

/** 撤销申请: request body */
export interface PostV3BrandApplymentsCancelApplymentBody {
 /** 微信支付申请单号 @example 2000002124775691 */ applyment_id?: string;
 /** 业务申请编号 @example 1900013511_10000 */ business_code?: string;
}
/** 撤销申请: options */
export interface PostV3BrandApplymentsCancelApplymentOptions extends CallOptions {
 json: PostV3BrandApplymentsCancelApplymentBody;
}
/** 撤销申请: response body */
export interface PostV3BrandApplymentsCancelApplymentData {
 /** 微信支付申请单号 */ applyment_id: string;
 /** 业务申请编号 */ business_code: string;
}

/** 查询商家名片配置申请状态: options */
export interface GetV3BrandCardCardConfigsOptions extends CallOptions {
 query: {
  /** 业务申请编号 @example 1900013511_10000 */ business_code?: string;
  /** 微信支付申请单号 @example 1111111111 */ applyment_id?: string;
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 查询商家名片配置申请状态: response body */
export interface GetV3BrandCardCardConfigsData {
 /** 业务申请编号 */ business_code: string;
 /** 微信支付申请单号 */ applyment_id: string;
 /** 品牌ID */ brand_id: string;
 /** 申请单状态 */ applyment_state: "STATE_UNKNOWN" | "DRAFTING" | "AUDITING" | "AUDIT_REJECTED" | "PENDING_PUBLISH" | "PUBLISHED" | "CANCELED";
 /** 定时发布时间 */ scheduled_publish_time?: string;
 /** 驳回原因 */ reject_reason?: string;
 /** 实际发布时间 */ actual_publish_time?: string;
}

/** 提交商家名片配置申请: request body */
export interface PostV3BrandCardCardConfigsBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 品牌小程序信息 */ brand_mini_program_info?: {
  /** 公众账号ID @example wx1234567890abcdef */ appid: string;
  /** 小程序默认跳转路径 @example pages/shop/index */ default_jump_path?: string;
 };
 /** 品牌客服信息 */ brand_customer_service: {
  /** 客服类型 @example MINI_PROGRAM */ customer_service_type: "MINI_PROGRAM" | "CUSTOMIZE_WEB" | "CUSTOMIZE_MP" | "SERVICE_PHONE";
  /** 客服电话 @example 12345678900 */ customer_service_phone?: string;
  /** 客服路径 @example pages/service/index */ customer_service_path?: string;
  /** 公众账号ID @example wx1234567890abcdef */ appid?: string;
 };
 /** 服务列表 */ service_list?: Array<{
  /** 服务分类名称 @example 会员服务 */ service_classify_name?: string;
  /** 服务名称 @example 会员中心 */ service_name?: string;
  /** 服务跳转类型 @example JUMP_MINI_PROGRAM */ service_jump_type: "JUMP_MINI_PROGRAM" | "JUMP_WEB_PAGE";
  /** 服务跳转路径 @example pages/shop/index */ service_jump_path: string;
  /** 公众账号ID @example wx1234567890abcdef */ appid?: string;
 }>;
}
/** 提交商家名片配置申请: options */
export interface PostV3BrandCardCardConfigsOptions extends CallOptions {
 json: PostV3BrandCardCardConfigsBody;
}
/** 提交商家名片配置申请: response body */
export interface PostV3BrandCardCardConfigsData {
 /** 业务申请编号 */ business_code: string;
 /** 品牌ID */ brand_id: string;
 /** 微信支付申请单号 */ applyment_id: string;
 /** 商家名片预览二维码链接 */ card_preview_url: string;
}

/** 撤销商家名片配置申请: request body */
export interface PostV3BrandCardCardConfigsCancelApplymentBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code?: string;
 /** 微信支付申请单号 @example 1111111111 */ applyment_id?: string;
 /** 品牌ID @example 1004 */ brand_id: string;
}
/** 撤销商家名片配置申请: options */
export interface PostV3BrandCardCardConfigsCancelApplymentOptions extends CallOptions {
 json: PostV3BrandCardCardConfigsCancelApplymentBody;
}
/** 撤销商家名片配置申请: response body */
export interface PostV3BrandCardCardConfigsCancelApplymentData {
 /** 业务申请编号 */ business_code: string;
 /** 微信支付申请单号 */ applyment_id: string;
 /** 品牌ID */ brand_id: string;
 /** 申请单状态 */ applyment_state: "STATE_UNKNOWN" | "DRAFTING" | "AUDITING" | "AUDIT_REJECTED" | "PENDING_PUBLISH" | "PUBLISHED" | "CANCELED";
}

/** 获取商家名片预览二维码: options */
export interface GetV3BrandCardCardConfigsPreviewUrlOptions extends CallOptions {
 query: {
  /** 业务申请编号 @example 1900013511_10000 */ business_code?: string;
  /** 微信支付申请单号 @example 1111111111 */ applyment_id?: string;
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 获取商家名片预览二维码: response body */
export interface GetV3BrandCardCardConfigsPreviewUrlData {
 /** 业务申请编号 */ business_code: string;
 /** 微信支付申请单号 */ applyment_id: string;
 /** 品牌ID */ brand_id: string;
 /** 商家名片预览二维码链接 */ card_preview_url: string;
 /** 预览二维码链接过期时间 */ url_expired_time: string;
}

/** 发布商家名片配置: request body */
export interface PostV3BrandCardCardConfigsPublishBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code?: string;
 /** 微信支付申请单号 @example 1111111111 */ applyment_id?: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 发布方式 @example SCHEDULED_PUBLISH */ publish_type: "IMMEDIATE_PUBLISH" | "SCHEDULED_PUBLISH";
 /** 定时发布时间 @example 2025-05-20T13:29:35+08:00 */ scheduled_publish_time?: string;
}
/** 发布商家名片配置: options */
export interface PostV3BrandCardCardConfigsPublishOptions extends CallOptions {
 json: PostV3BrandCardCardConfigsPublishBody;
}
/** 发布商家名片配置: response body */
export interface PostV3BrandCardCardConfigsPublishData {
 /** 业务申请编号 */ business_code: string;
 /** 微信支付申请单号 */ applyment_id: string;
 /** 品牌ID */ brand_id: string;
 /** 发布方式 */ publish_type: "IMMEDIATE_PUBLISH" | "SCHEDULED_PUBLISH";
 /** 定时发布时间 */ scheduled_publish_time?: string;
}

/** 查询已生效交易连接名片规则: options */
export interface GetV3BrandCardCardLinksOptions extends CallOptions {
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
  /** 交易场景类型 @example MINI_PROGRAM */ payment_scene?: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
  /** 查询页码 @example 1 */ page_index?: number;
  /** 查询页大小 @example 50 */ page_size?: number;
 };
}
/** 查询已生效交易连接名片规则: response body */
export interface GetV3BrandCardCardLinksData {
 /** 品牌ID */ brand_id?: string;
 /** 查询页码 */ page_index?: number;
 /** 查询页大小 */ page_size?: number;
 /** 总数 */ total_num?: number;
 /** 已生效连接列表 */ active_link_list?: Array<{
  /** 交易场景类型 */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
  /** 公众账号ID */ appid_list?: string[];
  /** 商户号 */ card_link_mchid?: string;
  /** 服务ID */ service_id?: string;
 }>;
}

/** 添加交易连接名片规则申请: request body */
export interface PostV3BrandCardCardLinksBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 交易场景类型 @example MINI_PROGRAM */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
 /** 公众账号ID @example wxea9c30890f48d5ae */ appid?: string;
 /** 商户号 @example 111222333 */ card_link_mchid?: string;
 /** 服务ID @example 00005000000000548218251086296300 */ service_id?: string;
}
/** 添加交易连接名片规则申请: options */
export interface PostV3BrandCardCardLinksOptions extends CallOptions {
 json: PostV3BrandCardCardLinksBody;
}
/** 添加交易连接名片规则申请: response body */
export interface PostV3BrandCardCardLinksData {
 /** 业务申请编号 */ business_code: string;
 /** 品牌ID */ brand_id: string;
 /** 交易场景类型 */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ card_link_mchid?: string;
 /** 服务ID */ service_id?: string;
}

/** 根据业务申请编号查询添加申请状态: options */
export interface GetV3BrandCardCardLinksBusinessCodeOptions extends CallOptions {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
 };
}
/** 根据业务申请编号查询添加申请状态: response body */
export interface GetV3BrandCardCardLinksBusinessCodeData {
 /** 业务申请编号 */ business_code: string;
 /** 品牌ID */ brand_id: string;
 /** 交易场景类型 */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ card_link_mchid?: string;
 /** 服务ID */ service_id?: string;
 /** 交易连接名片配置状态 */ configuration_state: "WAITING_AUDIT" | "AUDIT_REJECT" | "WAITING_CONFIRMATION" | "MERCHANT_ADMIN_REJECT" | "IN_EFFECT";
 /** 驳回原因 */ reject_reason?: string;
}

/** 撤销交易连接名片配置申请: request body */
export interface PostV3BrandCardCardLinksCancelApplymentBody {
 /** 业务申请编号 @example 1900013511_10000 */ business_code: string;
 /** 品牌ID @example 1004 */ brand_id: string;
}
/** 撤销交易连接名片配置申请: options */
export interface PostV3BrandCardCardLinksCancelApplymentOptions extends CallOptions {
 json: PostV3BrandCardCardLinksCancelApplymentBody;
}
/** 撤销交易连接名片配置申请: response body */
export interface PostV3BrandCardCardLinksCancelApplymentData {
 /** 业务申请编号 */ business_code: string;
}

/** 解除已生效交易连接名片场景: request body */
export interface PostV3BrandCardCardLinksUnbindCardLinkBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 交易场景类型 @example MINI_PROGRAM */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
 /** 公众账号ID @example wxea9c30890f48d5ae */ appid?: string;
 /** 商户号 @example 111222333 */ card_link_mchid?: string;
 /** 服务ID @example 00005000000000548218251086296300 */ service_id?: string;
}
/** 解除已生效交易连接名片场景: options */
export interface PostV3BrandCardCardLinksUnbindCardLinkOptions extends CallOptions {
 json: PostV3BrandCardCardLinksUnbindCardLinkBody;
}
/** 解除已生效交易连接名片场景: response body */
export interface PostV3BrandCardCardLinksUnbindCardLinkData {
 /** 品牌ID */ brand_id: string;
 /** 交易场景类型 */ payment_scene: "MINI_PROGRAM" | "APP" | "PAYMENT_SCORE" | "PAYMENT_CODE";
 /** 公众账号ID */ appid?: string;
 /** 商户号 */ card_link_mchid?: string;
 /** 服务ID */ service_id?: string;
}

/** 查询摇优惠活动列表: options */
export interface GetV3BrandMarketingShakeActivitiesActivitiesOptions extends CallOptions {
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
  /** 分页大小 @example 5 */ limit: number;
  /** 分页页码 @example 10 */ offset: number;
  /** 活动状态 @example CREATED */ activity_state?: "CREATED" | "DELIVERING" | "EXPIRED" | "PAUSED" | "TERMINATED";
  /** @example PENDING */ audit_state?: "PENDING" | "APPROVED" | "REJECTED";
 };
}
/** 查询摇优惠活动列表: response body */
export interface GetV3BrandMarketingShakeActivitiesActivitiesData {
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 总数 */ total_count: number;
 /** 摇一摇有优惠活动列表 */ data?: Array<{
  /** 活动id */ id: string;
  /** 活动名称 */ name: string;
  /** 活动状态 */ activity_state: "CREATED" | "DELIVERING" | "EXPIRED" | "PAUSED" | "TERMINATED";
  audit_state: "PENDING" | "APPROVED" | "REJECTED";
  /** 可用库存 */ available_quota: number;
  /** 总库存 */ total_quota: number;
  /** 投放模式 */ delivery_mode: "SMART" | "TARGETED";
  /** 投放时间范围 */ time_range: {
   /** 开始时间 */ start_time: string;
   /** 结束时间 */ end_time: string;
  };
  /** 商品券 */ product_coupon?: {
   /** 商品券ID */ product_coupon_id: string;
   /** 商品券批次列表 */ stock_list?: Array<{
    /** 批次ID */ stock_id: string;
   }>;
  };
 }>;
}

/** 查询会员卡模板列表: options */
export interface GetV3BrandPartnerCardMemberCardsOptions extends CallOptions {
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 状态 */ state?: "CARD_EFFECTIVE" | "CARD_INVALID";
  /** 分页页码 */ offset?: number;
  /** 分页大小 @example 20 */ limit?: number;
 };
}
/** 查询会员卡模板列表: response body */
export interface GetV3BrandPartnerCardMemberCardsData {
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 会员卡模板列表 */ data?: Data[];
}

/** 创建会员卡模板: request body */
export interface PostV3BrandPartnerCardMemberCardsBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 商户AppId @example wxea9c30890f48d5ae */ appid: string;
 /** 会员卡类型 */ card_type: "PURCHASE" | "NORMAL" | "BALANCE";
 /** 卡名称 @example 测试卡 */ card_title: string;
 /** 卡背景颜色 @example #FFFF00 */ card_color: string;
 /** 卡背景图URL @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ card_picture_url: string;
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_ALLOCATE";
 /** 会员码型 */ code_type: "NONE_CODE" | "BAR_CODE" | "QR_CODE" | "BAR_CODE_AND_QR_CODE" | "JUMP_MINI_PROGRAM";
 /** 会员码跳转信息 */ code_jump_information?: {
  /** 会员码跳转AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 会员码跳转路径 @example /pages/code/code */ jump_path?: string;
 };
 /** 会员权益 @example 会员折扣、专属价 */ benefits: string;
 /** 回调地址 @example https://www.weixin.qq.com/wxpay/notify.php */ notify_url: string;
 /** 是否置顶 */ need_pinned?: boolean;
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 @example 白银会员 */ init_level?: string;
 /** 服务电话 @example 010-8877xxxx */ service_phone?: string;
 /** 商家法务协议 @example 商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。 */ legal_agreement?: string;
 /** 会员卡有效期 */ valid_date_information: BrandValidDateInformation;
 /** 积分信息 */ points_information?: {
  /** 积分跳转AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 积分跳转路径 @example /pages/points/points */ jump_path?: string;
 };
 /** 储值信息 */ balance_information?: {
  /** 储值小程序AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 储值小程序路径 @example /pages/balance/balance */ jump_path?: string;
 };
 /** 付费会员信息 */ purchase_information?: BrandPurchaseInformation;
 /** 用户开卡信息 */ user_information?: BrandUserInformation;
}
/** 创建会员卡模板: options */
export interface PostV3BrandPartnerCardMemberCardsOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberCardsBody;
}
/** 创建会员卡模板: response body */
export interface PostV3BrandPartnerCardMemberCardsData extends Data {}

/** 查询会员卡模板信息: options */
export interface GetV3BrandPartnerCardMemberCards_card_id_Options extends CallOptions {
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
 };
}
/** 查询会员卡模板信息: response body */
export interface GetV3BrandPartnerCardMemberCards_card_id_Data extends GetV3BrandPartnerCardMemberCards_card_id_DataFields {}

/** 修改会员卡模板信息: request body */
export interface PatchV3BrandPartnerCardMemberCardsBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 卡名称 @example 测试卡 */ card_title?: string;
 /** 卡背景颜色 @example #FFFF00 */ card_color?: string;
 /** 卡背景图URL @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ card_picture_url?: string;
 /** 会员码跳转信息 */ code_jump_information?: {
  /** 会员码跳转AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 会员码跳转路径 @example /pages/code/code */ jump_path?: string;
 };
 /** 会员权益 @example 会员折扣、专属价 */ benefits?: string;
 /** 回调地址 @example https://www.weixin.qq.com/wxpay/notify.php */ notify_url?: string;
 /** 是否置顶 */ need_pinned?: boolean;
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 @example 白银会员 */ init_level?: string;
 /** 服务电话 @example 010-8877xxxx */ service_phone?: string;
 /** 商家法务协议 @example 商家需在 48 小时内发货，若商品存在质量问题，用户可在 7 天内申请退货。 */ legal_agreement?: string;
 /** 会员卡有效期 */ valid_date_information?: BrandValidDateInformation;
 /** 积分信息 */ points_information?: {
  /** 积分跳转AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 积分跳转路径 @example /pages/points/points */ jump_path?: string;
 };
 /** 储值信息 */ balance_information?: {
  /** 储值小程序AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
  /** 储值小程序路径 @example /pages/balance/balance */ jump_path?: string;
 };
 /** 付费会员信息 */ purchase_information?: BrandPurchaseInformation;
 /** 用户开卡信息 */ user_information?: BrandUserInformation;
}
/** 修改会员卡模板信息: options */
export interface PatchV3BrandPartnerCardMemberCardsOptions extends CallOptions {
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PatchV3BrandPartnerCardMemberCardsBody;
}
/** 修改会员卡模板信息: response body */
export interface PatchV3BrandPartnerCardMemberCardsData extends GetV3BrandPartnerCardMemberCards_card_id_DataFields {}

/** 删除会员卡模板: options */
export interface DeleteV3BrandPartnerCardMemberCardsOptions extends CallOptions {
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
 };
}
/** 删除会员卡模板: response body */
export interface DeleteV3BrandPartnerCardMemberCardsData extends GetV3BrandPartnerCardMemberCards_card_id_DataFields {}

/** 作废会员卡模板: request body */
export interface PostV3BrandPartnerCardMemberCardsInvalidateBody {
 /** 品牌id @example 1004 */ brand_id: string;
}
/** 作废会员卡模板: options */
export interface PostV3BrandPartnerCardMemberCardsInvalidateOptions extends CallOptions {
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 json: PostV3BrandPartnerCardMemberCardsInvalidateBody;
}
/** 作废会员卡模板: response body */
export interface PostV3BrandPartnerCardMemberCardsInvalidateData {
 /** 商家请求单号 */ out_request_no: string;
 /** 会员卡模板ID */ card_id: string;
 /** 品牌ID */ brand_id: string;
 /** 商户AppId */ appid: string;
 /** 会员卡类型 */ card_type: "PURCHASE" | "NORMAL" | "BALANCE";
 /** 卡名称 */ card_title: string;
 /** 卡背景颜色 */ card_color: string;
 /** 卡背景图URL */ card_picture_url: string;
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_ALLOCATE";
 /** 会员码型 */ code_type: "NONE_CODE" | "BAR_CODE" | "QR_CODE" | "BAR_CODE_AND_QR_CODE" | "JUMP_MINI_PROGRAM";
 /** 会员码跳转信息 */ code_jump_information?: CodeJumpInformation;
 /** 会员权益 */ benefits: string;
 /** 回调地址 */ notify_url: string;
 /** 是否置顶 */ need_pinned?: boolean;
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 */ init_level?: string;
 /** 服务电话 */ service_phone?: string;
 /** 商家法务协议 */ legal_agreement?: string;
 /** 会员卡有效期 */ valid_date_information: ValidDateInformation;
 /** 会员中心信息 */ member_information: {
  /** 会员中心跳转AppID */ jump_appid?: string;
  /** 会员中心跳转路径 */ jump_path?: string;
 };
 /** 积分信息 */ points_information?: PointsInformation;
 /** 储值信息 */ balance_information?: BalanceInformation;
 /** 付费会员信息 */ purchase_information?: PurchaseInformation;
 /** 用户开卡信息 */ user_information?: UserInformation;
 /** 状态 */ state: "CARD_EFFECTIVE" | "CARD_INVALID";
 /** 创建时间 */ create_time: string;
 /** 更新时间 */ update_time: string;
}

/** 查询品牌会员发券活动列表: options */
export interface GetV3BrandPartnerCardMemberMembershipActivitiesOptions extends CallOptions {
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id?: string;
  /** 活动状态 @example MEMBERSHIP_ACTIVITY_CREATED */ activity_state?: "MEMBERSHIP_ACTIVITY_CREATED" | "MEMBERSHIP_ACTIVITY_EFFECTIVE" | "MEMBERSHIP_ACTIVITY_TERMINATED" | "MEMBERSHIP_ACTIVITY_EXPIRED";
  /** 请求资源起始位置 @example 10 */ offset: number;
  /** 最大资源条数 @example 5 */ limit: number;
 };
}
/** 查询品牌会员发券活动列表: response body */
export interface GetV3BrandPartnerCardMemberMembershipActivitiesData {
 /** 活动列表 */ data?: BrandData[];
 /** 请求资源起始位置 */ offset: number;
 /** 最大资源条数 */ limit: number;
 /** 资源总条数 */ total_count: number;
}

/** 创建品牌会员发券活动: request body */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesBody {
 /** 商户请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 活动渠道 @example MECHANT_APP_COMPONENT */ activity_channel: "MECHANT_APP_COMPONENT";
 /** 活动主标题 @example 入会享券 */ title: string;
 /** 活动主标题 @example 5张满减券 */ sub_title: string;
 /** 活动开始时间 @example 2020-01-20T13:29:35.120+08:00 */ begin_time: string;
 /** 活动结束时间 @example 2020-01-29T13:29:35.120+08:00 */ end_time: string;
 /** 活动总库存 @example 1000 */ apply_total: number;
 /** 商品券批次列表 */ product_coupon_stock_list: Array<{
  /** 商品券ID @example 701138812971763025610907319729 */ product_coupon_id: string;
  /** 批次ID @example 98065001 */ stock_id: string;
 }>;
}
/** 创建品牌会员发券活动: options */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberMembershipActivitiesBody;
}
/** 创建品牌会员发券活动: response body */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesData extends BrandData {}

/** 查询品牌会员发券活动: options */
export interface GetV3BrandPartnerCardMemberMembershipActivities_activity_id_Options extends CallOptions {
 /** 活动ID @example 371067 */ activity_id: string;
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
 };
}
/** 查询品牌会员发券活动: response body */
export interface GetV3BrandPartnerCardMemberMembershipActivities_activity_id_Data extends BrandData {}

/** 修改品牌会员发券活动信息: request body */
export interface PatchV3BrandPartnerCardMemberMembershipActivitiesBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 活动主标题 @example 入会享券 */ title: string;
 /** 活动主标题 @example 5张满减券 */ sub_title: string;
 /** 活动开始时间 @example 2020-01-20T13:29:35.120+08:00 */ begin_time: string;
 /** 活动结束时间 @example 2020-01-29T13:29:35.120+08:00 */ end_time: string;
}
/** 修改品牌会员发券活动信息: options */
export interface PatchV3BrandPartnerCardMemberMembershipActivitiesOptions extends CallOptions {
 /** 活动ID @example 371067 */ activity_id: string;
 json: PatchV3BrandPartnerCardMemberMembershipActivitiesBody;
}
/** 修改品牌会员发券活动信息: response body */
export interface PatchV3BrandPartnerCardMemberMembershipActivitiesData extends BrandData {}

/** 终止品牌会员发券活动: request body */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesTerminateBody {
 /** 品牌ID @example 1004 */ brand_id: string;
}
/** 终止品牌会员发券活动: options */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesTerminateOptions extends CallOptions {
 /** 活动ID @example 371067 */ activity_id: string;
 json: PostV3BrandPartnerCardMemberMembershipActivitiesTerminateBody;
}
/** 终止品牌会员发券活动: response body */
export interface PostV3BrandPartnerCardMemberMembershipActivitiesTerminateData extends BrandData {}

/** 品牌会员展示付款码组件预授权: request body */
export interface PostV3BrandPartnerCardMemberPayViewTokensBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
}
/** 品牌会员展示付款码组件预授权: options */
export interface PostV3BrandPartnerCardMemberPayViewTokensOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberPayViewTokensBody;
}
/** 品牌会员展示付款码组件预授权: response body */
export interface PostV3BrandPartnerCardMemberPayViewTokensData {
 /** 预授权token */ token: string;
 /** token 过期时间 */ expire_time: string;
}

/** 入会组件预授权: request body */
export interface PostV3BrandPartnerCardMemberPreAuthTokensBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
}
/** 入会组件预授权: options */
export interface PostV3BrandPartnerCardMemberPreAuthTokensOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberPreAuthTokensBody;
}
/** 入会组件预授权: response body */
export interface PostV3BrandPartnerCardMemberPreAuthTokensData {
 /** 预授权token */ token: string;
 /** token 过期时间 */ expire_time: string;
}

/** 查询用户在品牌下所有会员卡: options */
export interface GetV3BrandPartnerCardMemberUserCardsOptions extends CallOptions {
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
  /** 用户会员卡状态 */ user_card_state?: "UNACTIVATED" | "EFFECTIVE" | "EXPIRED" | "INVALID";
  /** 分页页码 */ offset: number;
  /** 分页大小 @example 20 */ limit: number;
 };
}
/** 查询用户在品牌下所有会员卡: response body */
export interface GetV3BrandPartnerCardMemberUserCardsData {
 /** 总数量 */ total_count: number;
 /** 分页页码 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 会员卡列表 */ data?: Array<BrandData2>;
}

/** 根据openid导入用户会员卡: request body */
export interface PostV3BrandPartnerCardMemberUserCardsImportByOpenidBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 /** 加密的手机号 @example vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY== */ phone_number?: string;
 /** 用户开卡时填写的个人信息 */ user_information?: BrandUserInformation2;
 /** 会员卡有效期 */ date_information: BrandValidDateInformation;
 /** 领取时间 @example 2020-05-20T13:29:35.120+08:00 */ pickup_time: string;
}
/** 根据openid导入用户会员卡: options */
export interface PostV3BrandPartnerCardMemberUserCardsImportByOpenidOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BrandPartnerCardMemberUserCardsImportByOpenidBody;
}
/** 根据openid导入用户会员卡: response body */
export interface PostV3BrandPartnerCardMemberUserCardsImportByOpenidData extends BrandData2 {}

/** 根据手机号导入用户会员卡: request body */
export interface PostV3BrandPartnerCardMemberUserCardsImportByPhoneBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 加密的手机号 @example vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY== */ phone_number: string;
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 /** 用户开卡时填写的个人信息 */ user_information?: BrandUserInformation2;
 /** 会员卡有效期 */ date_information: BrandValidDateInformation;
 /** 领取时间 @example 2020-05-20T13:29:35.120+08:00 */ pickup_time: string;
}
/** 根据手机号导入用户会员卡: options */
export interface PostV3BrandPartnerCardMemberUserCardsImportByPhoneOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BrandPartnerCardMemberUserCardsImportByPhoneBody;
}
/** 根据手机号导入用户会员卡: response body */
export interface PostV3BrandPartnerCardMemberUserCardsImportByPhoneData extends BrandData2 {}

/** 查询用户会员卡信息: options */
export interface GetV3BrandPartnerCardMemberUserCards_user_card_code_Options extends CallOptions {
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 会员卡模版ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
  /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 };
}
/** 查询用户会员卡信息: response body */
export interface GetV3BrandPartnerCardMemberUserCards_user_card_code_Data extends BrandData2 {}

/** 修改用户会员卡信息: request body */
export interface PatchV3BrandPartnerCardMemberUserCardsBody {
 /** 品牌ID @example 1004 */ brand_id?: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid?: string;
 /** 卡背景颜色 @example #FFFF00 */ card_color?: string;
 /** 卡背景图URL @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ card_picture_url?: string;
 /** 加密的手机号 @example vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY== */ phone_number?: string;
 /** 等级 @example 钻石会员 */ level?: string;
 /** 会员卡有效期 */ valid_date_information?: BrandValidDateInformation;
 /** 领取时间 @example 2020-05-20T13:29:35.120+08:00 */ pickup_time?: string;
 /** 用户开卡时填写的个人信息 */ user_information?: BrandUserInformation2;
 /** 商家数据包 @example 自定义数据说明 */ attach?: string;
}
/** 修改用户会员卡信息: options */
export interface PatchV3BrandPartnerCardMemberUserCardsOptions extends CallOptions {
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 query: {
  /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 };
 json: PatchV3BrandPartnerCardMemberUserCardsBody;
}
/** 修改用户会员卡信息: response body */
export interface PatchV3BrandPartnerCardMemberUserCardsData extends BrandData2 {}

/** 同步会员开通结果: request body */
export interface PostV3BrandPartnerCardMemberUserCardsConfirmBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 卡背景颜色 @example #FFFF00 */ card_color?: string;
 /** 卡背景图URL @example https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0 */ card_picture_url?: string;
 /** 加密的手机号 @example vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY== */ phone_number?: string;
 /** 等级 @example 钻石会员 */ level?: string;
 /** 会员卡有效期 */ valid_date_information?: BrandValidDateInformation;
 /** 用户开卡时填写的个人信息 */ user_information?: BrandUserInformation2;
 /** 商家数据包 @example 自定义数据说明 */ attach?: string;
 /** 会员开卡状态 */ user_card_confirm_state: "CREATE_CARD_SUCCESS" | "CREATE_CARD_FAIL";
}
/** 同步会员开通结果: options */
export interface PostV3BrandPartnerCardMemberUserCardsConfirmOptions extends CallOptions {
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 query: {
  /** 会员卡模版ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 };
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BrandPartnerCardMemberUserCardsConfirmBody;
}
/** 同步会员开通结果: response body */
export interface PostV3BrandPartnerCardMemberUserCardsConfirmData extends BrandData2 {}

/** 作废用户会员卡: request body */
export interface PostV3BrandPartnerCardMemberUserCardsInvalidateBody {
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 作废原因 @example 传入的自定义作废原因 */ invalid_reason?: string;
}
/** 作废用户会员卡: options */
export interface PostV3BrandPartnerCardMemberUserCardsInvalidateOptions extends CallOptions {
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 query: {
  /** 品牌id @example 1004 */ brand_id: string;
  /** 会员卡模版ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 };
 json: PostV3BrandPartnerCardMemberUserCardsInvalidateBody;
}
/** 作废用户会员卡: response body */
export interface PostV3BrandPartnerCardMemberUserCardsInvalidateData extends BrandData2 {}

/** 创建用户动态信息: request body */
export interface PostV3BrandPartnerCardMemberUserFeedsBody {
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 商家请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 会员动态内容 @example 15_1200_1 */ cell_message: string;
}
/** 创建用户动态信息: options */
export interface PostV3BrandPartnerCardMemberUserFeedsOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberUserFeedsBody;
}
/** 创建用户动态信息: response body */
export interface PostV3BrandPartnerCardMemberUserFeedsData {
 /** 品牌ID */ brand_id: string;
 /** 会员卡模板ID */ card_id: string;
 /** 会员卡code */ user_card_code: string;
 /** 用户标识 */ openid: string;
 /** 商家请求单号 */ out_request_no: string;
 /** 会员动态内容 */ cell_message: string;
}

/** 同步积分兑券结果: request body */
export interface PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmBody {
 /** 积分兑券ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ record_id: string;
 /** 积分兑券模板ID @example 0Flpo7FqTQ */ exchange_coupon_template_id: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 /** 积分兑券状态 @example POINT_EXCHANGE_COUPON_SUCCESS */ state: "POINT_EXCHANGE_COUPON_SUCCESS" | "POINT_EXCHANGE_COUPON_FAIL";
 /** 兑券成功的券code @example 123446565767 */ coupon_code?: string;
 /** 兑券失败原因 @example 积分不足 */ fail_reason?: string;
}
/** 同步积分兑券结果: options */
export interface PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmBody;
}
/** 同步积分兑券结果: response body */
export interface PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmData {
 /** 积分兑券ID */ record_id: string;
 /** 积分兑券模板ID */ exchange_coupon_template_id: string;
 /** 品牌ID */ brand_id: string;
 /** 会员卡模板ID */ card_id: string;
 /** 用户标识 */ openid: string;
 /** 会员卡code */ user_card_code: string;
 /** 积分兑券状态 */ state: "POINT_EXCHANGE_COUPON_SUCCESS" | "POINT_EXCHANGE_COUPON_FAIL";
 /** 兑券成功的券code */ coupon_code?: string;
 /** 兑券失败原因 */ fail_reason?: string;
}

/** 同步积分余额: request body */
export interface PostV3BrandPartnerCardMemberUserPointsSyncBody {
 /** 商家请求单号 @example 100002322019090134234sfdf */ out_request_no: string;
 /** 品牌ID @example 1004 */ brand_id: string;
 /** 会员卡模板ID @example pbLatjvWOibDc5-TBnbUk1pD12o0 */ card_id: string;
 /** 用户标识 @example obLatjnx9gnqzS4myYGmLZ7LgLBA */ openid: string;
 /** 会员卡code @example 478515832665 */ user_card_code: string;
 /** 积分余额 @example 1000 */ point_balance: number;
}
/** 同步积分余额: options */
export interface PostV3BrandPartnerCardMemberUserPointsSyncOptions extends CallOptions {
 json: PostV3BrandPartnerCardMemberUserPointsSyncBody;
}
/** 同步积分余额: response body */
export interface PostV3BrandPartnerCardMemberUserPointsSyncData {
 /** 商家请求单号 */ out_request_no: string;
 /** 品牌ID */ brand_id: string;
 /** 会员卡模板ID */ card_id: string;
 /** 用户标识 */ openid: string;
 /** 会员卡code */ user_card_code: string;
 /** 积分余额 */ point_balance: number;
}

/** 列表查询品牌门店信息: options */
export interface GetV3BrandPartnerStoreBrandstoresOptions extends CallOptions {
 query: {
  /** 品牌ID @example 120344 */ brand_id: string;
  /** 门店状态 @example OPEN */ store_state?: "OPEN" | "CREATING" | "CLOSED";
  /** 分页起始位置 @example 100 */ offset?: number;
  /** 分页条数 @example 50 */ limit?: number;
 };
}
/** 列表查询品牌门店信息: response body */
export interface GetV3BrandPartnerStoreBrandstoresData {
 /** 品牌ID */ brand_id: string;
 /** 分页起始位置 */ offset?: number;
 /** 分页条数 */ limit?: number;
 /** 门店总数 */ total_count?: number;
 /** 品牌门店列表 */ data?: Array<{
  /** 品牌ID */ brand_id: string;
  /** 品牌门店ID */ store_id?: string;
  /** 门店状态 */ store_state?: "OPEN" | "CREATING" | "CLOSED";
  /** 审核状态 */ audit_state?: "SUCCESS" | "PROCESSING" | "REJECTED";
  /** 审核失败原因 */ review_reject_reason?: string;
  /** 门店基础信息 */ store_basics?: StoreBasics;
  /** 门店地址信息 */ store_address?: StoreAddress;
  /** 门店经营信息 */ store_business?: StoreBusiness;
  /** 门店收款信息 */ store_recipient?: Array<{
   /** 门店收款商户号 */ mchid?: string;
   /** 门店收款主体 */ company_name?: string;
   /** 收款绑定状态 */ recipient_state?: "CONFIRMED" | "ADMIN_REJECTED" | "CONFIRMING" | "TIMEOUT_REJECTED";
  }>;
 }>;
}

/** 创建品牌门店: request body */
export interface PostV3BrandPartnerStoreBrandstoresBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
 /** 门店基础信息 */ store_basics?: {
  /** 商家门店编号 @example MDL001 */ store_reference_id?: string;
  /** 门店名称 @example 海岸城店 */ branch_name?: string;
 };
 /** 门店地址信息 */ store_address: BrandStoreAddress;
 /** 门店经营信息 */ store_business?: BrandStoreBusiness;
}
/** 创建品牌门店: options */
export interface PostV3BrandPartnerStoreBrandstoresOptions extends CallOptions {
 json: PostV3BrandPartnerStoreBrandstoresBody;
}
/** 创建品牌门店: response body */
export interface PostV3BrandPartnerStoreBrandstoresData {
 /** 品牌ID */ brand_id: string;
 /** 品牌门店ID */ store_id?: string;
 /** 门店状态 */ store_state?: "OPEN" | "CREATING" | "CLOSED";
 /** 审核状态 */ audit_state?: "SUCCESS" | "PROCESSING" | "REJECTED";
 /** 审核失败原因 */ review_reject_reason?: string;
 /** 门店基础信息 */ store_basics?: StoreBasics;
 /** 门店地址信息 */ store_address?: StoreAddress;
 /** 门店经营信息 */ store_business?: StoreBusiness;
 /** 门店收款信息 */ store_recipient?: StoreRecipient[];
}

/** 查询品牌门店: options */
export interface GetV3BrandPartnerStoreBrandstores_store_id_Options extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 query: {
  /** 品牌ID @example 123456789 */ brand_id: string;
 };
}
/** 查询品牌门店: response body */
export interface GetV3BrandPartnerStoreBrandstores_store_id_Data extends GetV3BrandPartnerStoreBrandstores_store_id_DataFields {}

/** 更新品牌门店: request body */
export interface PatchV3BrandPartnerStoreBrandstoresBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
 /** 门店基础信息 */ store_basics?: {
  /** 商家门店编号 @example MDL001 */ store_reference_id?: string;
  /** 门店名称 @example 海岸城店 */ branch_name?: string;
 };
 /** 门店地址信息 */ store_address?: BrandStoreAddress;
 /** 门店经营信息 */ store_business?: BrandStoreBusiness;
}
/** 更新品牌门店: options */
export interface PatchV3BrandPartnerStoreBrandstoresOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: PatchV3BrandPartnerStoreBrandstoresBody;
}
/** 更新品牌门店: response body */
export interface PatchV3BrandPartnerStoreBrandstoresData extends GetV3BrandPartnerStoreBrandstores_store_id_DataFields {}

/** 删除品牌门店: request body */
export interface DeleteV3BrandPartnerStoreBrandstoresBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
}
/** 删除品牌门店: options */
export interface DeleteV3BrandPartnerStoreBrandstoresOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: DeleteV3BrandPartnerStoreBrandstoresBody;
}
/** 删除品牌门店: response body */
export type DeleteV3BrandPartnerStoreBrandstoresData = undefined;

/** 绑定收款商户号: request body */
export interface PostV3BrandPartnerStoreBrandstoresBindrecipientBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
 /** 门店收款商户号 @example 1230000109 */ mchid: string;
 /** 门店收款主体 @example 腾讯科技（深圳）有限公司 */ company_name: string;
}
/** 绑定收款商户号: options */
export interface PostV3BrandPartnerStoreBrandstoresBindrecipientOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: PostV3BrandPartnerStoreBrandstoresBindrecipientBody;
}
/** 绑定收款商户号: response body */
export interface PostV3BrandPartnerStoreBrandstoresBindrecipientData {
 /** 品牌ID */ brand_id?: string;
 /** 品牌门店ID */ store_id?: string;
 /** 门店收款商户号 */ mchid?: string;
 /** 门店收款主体 */ company_name?: string;
 /** 收款绑定状态 */ recipient_state?: "CONFIRMED" | "ADMIN_REJECTED" | "CONFIRMING" | "TIMEOUT_REJECTED";
}

/** 暂停门店营业: request body */
export interface PostV3BrandPartnerStoreBrandstoresCloseBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
}
/** 暂停门店营业: options */
export interface PostV3BrandPartnerStoreBrandstoresCloseOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: PostV3BrandPartnerStoreBrandstoresCloseBody;
}
/** 暂停门店营业: response body */
export interface PostV3BrandPartnerStoreBrandstoresCloseData {
 /** 品牌ID */ brand_id: string;
 /** 品牌门店ID */ store_id?: string;
 /** 门店状态 */ store_state?: "OPEN" | "CREATING" | "CLOSED";
}

/** 恢复门店营业: request body */
export interface PostV3BrandPartnerStoreBrandstoresResumeBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
}
/** 恢复门店营业: options */
export interface PostV3BrandPartnerStoreBrandstoresResumeOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: PostV3BrandPartnerStoreBrandstoresResumeBody;
}
/** 恢复门店营业: response body */
export interface PostV3BrandPartnerStoreBrandstoresResumeData {
 /** 品牌ID */ brand_id: string;
 /** 品牌门店ID */ store_id?: string;
 /** 门店状态 */ store_state?: "OPEN" | "CREATING" | "CLOSED";
}

/** 解绑收款商户号: request body */
export interface PostV3BrandPartnerStoreBrandstoresUnbindrecipientBody {
 /** 品牌ID @example 123456789 */ brand_id: string;
 /** 门店收款商户号 @example 1230000109 */ mchid: string;
}
/** 解绑收款商户号: options */
export interface PostV3BrandPartnerStoreBrandstoresUnbindrecipientOptions extends CallOptions {
 /** 品牌门店ID @example 20488000 */ store_id: string;
 json: PostV3BrandPartnerStoreBrandstoresUnbindrecipientBody;
}
/** 解绑收款商户号: response body */
export interface PostV3BrandPartnerStoreBrandstoresUnbindrecipientData {
 /** 解绑失败原因 */ failed_reason?: string;
}

/** 查询最大分账比例API: options */
export interface GetV3BrandProfitsharingBrandConfigsOptions extends CallOptions {
 /** 品牌主商户号 @example 1900000109 */ brand_mchid: string;
}
/** 查询最大分账比例API: response body */
export interface GetV3BrandProfitsharingBrandConfigsData {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 最大分账比例 */ max_ratio: number;
}

/** 完结分账API: request body */
export interface PostV3BrandProfitsharingFinishOrderBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分帐单号 @example P20150806125346 */ out_order_no: string;
 /** 分账描述 @example 分账完结 */ description: string;
}
/** 完结分账API: options */
export interface PostV3BrandProfitsharingFinishOrderOptions extends CallOptions {
 json: PostV3BrandProfitsharingFinishOrderBody;
}
/** 完结分账API: response body */
export interface PostV3BrandProfitsharingFinishOrderData {
 /** 子商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分帐单号 */ out_order_no: string;
 /** 微信分帐单号 */ order_id: string;
}

/** 查询分账结果API: options */
export interface GetV3BrandProfitsharingOrdersOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
  /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 };
}
/** 查询分账结果API: response body */
export interface GetV3BrandProfitsharingOrdersData {
 /** 子商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账单状态 */ status: "PROCESSING" | "FINISHED";
 /** 分账接收方列表 */ receivers: Array<{
  /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方账号 */ account: string;
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账结果 */ result: "PENDING" | "SUCEESS" | "CLOSED";
  /** 完成时间 */ finish_time: string;
  /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK" | "RECEIVER_REAL_NAME_NOT_VERIFIED" | "NO_AUTH" | "RECEIVER_RECEIPT_LIMIT" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 分账明细单号 */ detail_id: string;
 }>;
 /** 分账完结金额 */ finish_amount?: number;
 /** 分账完结描述 */ finish_description?: string;
}

/** 请求分账API: request body */
export interface PostV3BrandProfitsharingOrdersBody {
 /** 品牌主商户号 @example 1900000108 */ brand_mchid: string;
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888889 */ sub_appid?: string;
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no: string;
 /** 分账接收方列表 */ receivers: Array<{
  /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 分账接收方账号 @example 1900000109 */ account: string;
  /** 分账金额 @example 190 */ amount: number;
  /** 分账描述 @example 1900000109分给商户1900000110 */ description: string;
  /** 分账个人接收方姓名 @example hu89ohu89ohu89o */ name?: string;
 }>;
 /** 是否分账完成 */ finish: boolean;
}
/** 请求分账API: options */
export interface PostV3BrandProfitsharingOrdersOptions extends CallOptions {
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3BrandProfitsharingOrdersBody;
}
/** 请求分账API: response body */
export interface PostV3BrandProfitsharingOrdersData {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 子商户号 */ sub_mchid: string;
 /** 微信订单号 */ transaction_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 微信分账单号 */ order_id: string;
 /** 分账接收方列表 */ receivers?: Array<{
  /** 接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
  /** 接收方账号 */ account: string;
  /** 分账金额 */ amount: number;
  /** 分账描述 */ description: string;
  /** 分账结果 */ result: "PENDING" | "SUCCESS" | "CLOSED";
  /** 分账完成时间 */ finish_time: string;
  /** 分账失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "NO_RELATION" | "RECEIVER_HIGH_RISK" | "RECEIVER_REAL_NAME_NOT_VERIFIED" | "NO_AUTH" | "RECEIVER_RECEIPT_LIMIT" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
  /** 分账明细单号 */ detail_id: string;
 }>;
 /** 分账单状态 */ status?: "PROCESSING" | "FINISHED";
}

/** 查询订单剩余待分金额API: options */
export interface GetV3BrandProfitsharingOrdersAmountsOptions extends CallOptions {
 /** 微信订单号 @example 4208450740201411110007820472 */ transaction_id: string;
}
/** 查询订单剩余待分金额API: response body */
export interface GetV3BrandProfitsharingOrdersAmountsData {
 /** 微信订单号 */ transaction_id: string;
 /** 订单剩余待分金额 */ unsplit_amount: number;
}

/** 添加分账接收方API: request body */
export interface PostV3BrandProfitsharingReceiversAddBody {
 /** 品牌主商户号 @example 1900000108 */ brand_mchid: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 @example 1900000109 */ account: string;
 /** 接收方名称 @example 张三网络公司 */ name?: string;
 /** 与品牌主商户的的关系类型 @example SUPPLIER */ relation_type: "SUPPLIER" | "DISTRIBUTOR" | "SERVICE_PROVIDER" | "PLATFORM" | "STAFF" | "OTHERS";
}
/** 添加分账接收方API: options */
export interface PostV3BrandProfitsharingReceiversAddOptions extends CallOptions {
 json: PostV3BrandProfitsharingReceiversAddBody;
}
/** 添加分账接收方API: response body */
export interface PostV3BrandProfitsharingReceiversAddData {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
}

/** 删除分账接收方API: request body */
export interface PostV3BrandProfitsharingReceiversDeleteBody {
 /** 品牌主商户号 @example 1900000108 */ brand_mchid: string;
 /** 公众账号ID @example wx8888888888888888 */ appid: string;
 /** 子商户公众账号ID @example wx8888888888888889 */ sub_appid?: string;
 /** 分账接收方类型 @example MERCHANT_ID */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 @example 1900000109 */ account: string;
}
/** 删除分账接收方API: options */
export interface PostV3BrandProfitsharingReceiversDeleteOptions extends CallOptions {
 json: PostV3BrandProfitsharingReceiversDeleteBody;
}
/** 删除分账接收方API: response body */
export interface PostV3BrandProfitsharingReceiversDeleteData {
 /** 品牌主商户号 */ brand_mchid: string;
 /** 分账接收方类型 */ type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
 /** 分账接收方账号 */ account: string;
}

/** 查询分账回退结果API: options */
export interface GetV3BrandProfitsharingReturnordersOptions extends CallOptions {
 query: {
  /** 子商户号 @example 1900000109 */ sub_mchid: string;
  /** 商户回退单号 @example R20190516001 */ out_return_no: string;
  /** 微信分帐单号 @example 4208450740201411110007820472 */ order_id?: string;
  /** 商户分账单号 */ out_order_no?: string;
 };
}
/** 查询分账回退结果API: response body */
export interface GetV3BrandProfitsharingReturnordersData {
 /** 子商户号 */ sub_mchid: string;
 /** 微信分账单号 */ order_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 回退商户号 */ return_mchid: string;
 /** 微信回退单号 */ return_no: string;
 /** 回退金额 */ amount: number;
 /** 回退结果 */ result: "PROCESSING" | "SUCCESS" | "FAIL";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
 /** 完成时间 */ finish_time: string;
}

/** 请求分账回退API: request body */
export interface PostV3BrandProfitsharingReturnordersBody {
 /** 子商户号 @example 1900000109 */ sub_mchid: string;
 /** 微信分账单号 @example 3008450740201411110007820472 */ order_id?: string;
 /** 商户分账单号 @example P20150806125346 */ out_order_no?: string;
 /** 商户回退单号 @example R20190516001 */ out_return_no: string;
 /** 回退商户号 @example 86693852 */ return_mchid: string;
 /** 回退金额 @example 10 */ amount: number;
 /** 回退描述 @example 分账回退 */ description: string;
}
/** 请求分账回退API: options */
export interface PostV3BrandProfitsharingReturnordersOptions extends CallOptions {
 json: PostV3BrandProfitsharingReturnordersBody;
}
/** 请求分账回退API: response body */
export interface PostV3BrandProfitsharingReturnordersData {
 /** 子商户号 */ sub_mchid: string;
 /** 微信分账单号 */ order_id: string;
 /** 商户分账单号 */ out_order_no: string;
 /** 商户回退单号 */ out_return_no: string;
 /** 回退商户号 */ return_mchid: string;
 /** 回退金额 */ amount: number;
 /** 微信回退单号 */ return_no: string;
 /** 回退结果 */ result: "PROCESSING" | "SUCCESS" | "FAIL";
 /** 失败原因 */ fail_reason?: "ACCOUNT_ABNORMAL" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL";
 /** 完成时间 */ finish_time: string;
}

export interface GetV3BrandApplymentsApplymentIdDataFields {
 /** 微信支付申请单号 */ applyment_id: string;
 /** 业务申请编号 */ business_code: string;
 /** 申请状态 */ applyment_state: "APPLYMENT_STATE_UNKNOWN" | "APPLYMENT_STATE_UNSUBMITTED" | "APPLYMENT_STATE_WAITING_VALIDATE" | "APPLYMENT_STATE_WAITING_AUDIT" | "APPLYMENT_STATE_WAITING_AUTH" | "APPLYMENT_STATE_OPEN_ACCOUNT" | "APPLYMENT_STATE_FINISH" | "APPLYMENT_STATE_AUDIT_REJECTED" | "APPLYMENT_STATE_CANCELED";
 /** 申请状态说明 */ applyment_state_desc: string;
 /** 授权确认二维码链接 */ authorization_confirmation_qr_code?: string;
 /** 驳回原因 */ reject_reason?: string;
 /** 品牌ID */ brand_id?: string;
}

export interface Data {
 /** 会员卡模板ID */ card_id: string;
 /** 品牌ID */ brand_id: string;
 /** 商户AppId */ appid: string;
 /** 会员卡类型 */ card_type: "PURCHASE" | "NORMAL" | "BALANCE";
 /** 卡名称 */ card_title: string;
 /** 卡背景颜色 */ card_color: string;
 /** 卡背景图URL */ card_picture_url: string;
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_ALLOCATE";
 /** 会员码型 */ code_type: "NONE_CODE" | "BAR_CODE" | "QR_CODE" | "BAR_CODE_AND_QR_CODE" | "JUMP_MINI_PROGRAM";
 /** 会员码跳转信息 */ code_jump_information?: CodeJumpInformation;
 /** 会员权益 */ benefits: string;
 /** 回调地址 */ notify_url: string;
 /** 是否置顶 */ need_pinned?: boolean;
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 */ init_level?: string;
 /** 服务电话 */ service_phone?: string;
 /** 商家法务协议 */ legal_agreement?: string;
 /** 会员卡有效期 */ valid_date_information: ValidDateInformation;
 /** 积分信息 */ points_information?: PointsInformation;
 /** 储值信息 */ balance_information?: BalanceInformation;
 /** 付费会员信息 */ purchase_information?: PurchaseInformation;
 /** 用户开卡信息 */ user_information?: UserInformation;
}

export interface CodeJumpInformation {
 /** 会员码跳转AppID */ jump_appid?: string;
 /** 会员码跳转路径 */ jump_path?: string;
}

export interface ValidDateInformation {
 /** 有效期类型 */ type: "FIX_TIME_RANGE" | "FIX_TERM" | "PERMANENT";
 /** 有效期开始时间 */ available_begin_time?: string;
 /** 有效期结束时间 */ available_end_time?: string;
 /** 生效后N天内有效 */ available_day_after_receive?: number;
}

export interface PointsInformation {
 /** 积分跳转AppID */ jump_appid?: string;
 /** 积分跳转路径 */ jump_path?: string;
}

export interface BalanceInformation {
 /** 储值小程序AppID */ jump_appid?: string;
 /** 储值小程序路径 */ jump_path?: string;
}

export interface PurchaseInformation {
 /** 付费会员价格 */ price?: number;
 /** 付费会员跳转AppID */ jump_appid?: string;
 /** 付费会员跳转路径 */ jump_path?: string;
}

export interface UserInformation {
 /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<"USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY">;
 /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
  /** 商户自定义的开卡信息字段类型 */ type?: "CHECK_BOX" | "RADIO";
  /** 字段名称 */ name?: string;
  /** 字段值 */ values?: string[];
 }>;
}

export interface BrandValidDateInformation {
 /** 有效期类型 */ type: "FIX_TIME_RANGE" | "FIX_TERM" | "PERMANENT";
 /** 有效期开始时间 @example 2020-05-20T13:29:35.120+08:00 */ available_begin_time?: string;
 /** 有效期结束时间 @example 2030-05-20T13:29:35.120+08:00 */ available_end_time?: string;
 /** 生效后N天内有效 @example 200 */ available_day_after_receive?: number;
}

export interface BrandPurchaseInformation {
 /** 付费会员价格 @example 100 */ price?: number;
 /** 付费会员跳转AppID @example wxea9c30a90fs8d3fe */ jump_appid?: string;
 /** 付费会员跳转路径 @example /pages/purchase/purchase */ jump_path?: string;
}

export interface BrandUserInformation {
 /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<"USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY">;
 /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
  /** 商户自定义的开卡信息字段类型 */ type?: "CHECK_BOX" | "RADIO";
  /** 字段名称 @example 喜欢的运动 */ name?: string;
  /** 字段值 */ values?: string[];
 }>;
}

export interface GetV3BrandPartnerCardMemberCards_card_id_DataFields {
 /** 会员卡模板ID */ card_id: string;
 /** 品牌ID */ brand_id: string;
 /** 商户AppId */ appid: string;
 /** 会员卡类型 */ card_type: "PURCHASE" | "NORMAL" | "BALANCE";
 /** 卡名称 */ card_title: string;
 /** 卡背景颜色 */ card_color: string;
 /** 卡背景图URL */ card_picture_url: string;
 /** 会员卡code分配类型 */ code_mode: "SYSTEM_ALLOCATE" | "MERCHANT_ALLOCATE";
 /** 会员码型 */ code_type: "NONE_CODE" | "BAR_CODE" | "QR_CODE" | "BAR_CODE_AND_QR_CODE" | "JUMP_MINI_PROGRAM";
 /** 会员码跳转信息 */ code_jump_information?: CodeJumpInformation;
 /** 会员权益 */ benefits: string;
 /** 回调地址 */ notify_url: string;
 /** 是否置顶 */ need_pinned?: boolean;
 /** 是否展示会员等级 */ need_display_level?: boolean;
 /** 会员初始等级 */ init_level?: string;
 /** 服务电话 */ service_phone?: string;
 /** 商家法务协议 */ legal_agreement?: string;
 /** 会员卡有效期 */ valid_date_information: ValidDateInformation;
 /** 积分信息 */ points_information?: PointsInformation;
 /** 储值信息 */ balance_information?: BalanceInformation;
 /** 付费会员信息 */ purchase_information?: PurchaseInformation;
 /** 用户开卡信息 */ user_information?: UserInformation;
 /** 状态 */ state: "CARD_EFFECTIVE" | "CARD_INVALID";
 /** 创建时间 */ create_time: string;
 /** 更新时间 */ update_time: string;
}

export interface BrandData {
 /** 商户请求单号 */ out_request_no: string;
 /** 品牌ID */ brand_id: string;
 /** 会员卡ID */ card_id: string;
 /** 活动渠道 */ activity_channel: "MECHANT_APP_COMPONENT";
 /** 活动主标题 */ title: string;
 /** 活动主标题 */ sub_title: string;
 /** 活动开始时间 */ begin_time: string;
 /** 活动结束时间 */ end_time: string;
 /** 活动总库存 */ apply_total: number;
 /** 活动剩余库存 */ apply_available: number;
 /** 商品券批次列表 */ product_coupon_stock_list: Array<{
  /** 商品券ID */ product_coupon_id: string;
  /** 批次ID */ stock_id: string;
 }>;
 /** 活动ID */ activity_id: string;
 /** 活动状态 */ activity_state: "MEMBERSHIP_ACTIVITY_CREATED" | "MEMBERSHIP_ACTIVITY_EFFECTIVE" | "MEMBERSHIP_ACTIVITY_TERMINATED" | "MEMBERSHIP_ACTIVITY_EXPIRED";
 /** 创建时间 */ create_time: string;
 /** 更新时间 */ modify_time: string;
}

export interface BrandData2 {
 /** 会员卡code */ user_card_code: string;
 /** 会员卡模板ID */ card_id: string;
 /** 用户标识 */ openid: string;
 /** 卡背景颜色 */ card_color?: string;
 /** 卡背景图URL */ card_picture_url?: string;
 /** 品牌ID */ brand_id: string;
 /** 会员卡类型 */ card_type: "PURCHASE" | "NORMAL" | "BALANCE";
 /** 加密的手机号 */ phone_number?: string;
 /** 等级 */ level?: string;
 /** 会员卡有效期 */ valid_date_information: ValidDateInformation;
 /** 领取时间 */ pickup_time: string;
 /** 用户开卡时填写的个人信息 */ user_information?: {
  /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<{
   /** 平台提供的通用开卡信息字段 */ name?: "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY";
   /** 加密的用户开卡时填写的个人信息 */ value?: string;
  }>;
  /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
   /** 字段名称 */ name?: string;
   /** 加密的用户选择的字段值列表 */ user_chosen_values?: string[];
  }>;
 };
 /** 商家数据包 */ attach?: string;
 /** 用户会员卡状态 */ user_card_state: "UNACTIVATED" | "EFFECTIVE" | "EXPIRED" | "INVALID";
 /** 作废原因 */ invalid_reason?: string;
 /** 作废时间 */ invalid_time?: string;
}

export interface BrandUserInformation2 {
 /** 平台提供的通用开卡信息字段 */ common_field_list?: Array<{
  /** 平台提供的通用开卡信息字段 */ name?: "USER_FORM_FLAG_SEX" | "USER_FORM_FLAG_NAME" | "USER_FORM_FLAG_BIRTHDAY" | "USER_FORM_FLAG_ADDRESS" | "USER_FORM_FLAG_EMAIL" | "USER_FORM_FLAG_CITY";
  /** 加密的用户开卡时填写的个人信息 @example vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY== */ value?: string;
 }>;
 /** 商户自定义的开卡信息字段 */ custom_field_list?: Array<{
  /** 字段名称 @example 喜欢的运动 */ name?: string;
  /** 加密的用户选择的字段值列表 */ user_chosen_values?: string[];
 }>;
}

export interface StoreBasics {
 /** 商家门店编号 */ store_reference_id?: string;
 /** 门店名称 */ branch_name?: string;
}

export interface StoreAddress {
 /** 门店省市编码 */ address_code: string;
 /** 门店地址 */ address_detail: string;
 /** 门店地址辅助描述 */ address_complements?: string;
 /** 门店经度 */ longitude?: string;
 /** 门店纬度 */ latitude?: string;
}

export interface StoreBusiness {
 /** 门店服务电话 */ service_phone?: string;
 /** 门店经营时间 */ business_hours?: string;
}

export interface BrandStoreAddress {
 /** 门店省市编码 @example 440305 */ address_code: string;
 /** 门店地址 @example 深南大道10000号腾讯大厦1楼 */ address_detail: string;
 /** 门店地址辅助描述 @example 地铁A口右侧100米 */ address_complements?: string;
 /** 门店经度 @example 112.63484 */ longitude?: string;
 /** 门店纬度 @example 37.75464 */ latitude?: string;
}

export interface BrandStoreBusiness {
 /** 门店服务电话 @example 0755-86013388 */ service_phone?: string;
 /** 门店经营时间 @example 周一至周五 09:00-20:00|周六至周日 10:00-22:00 */ business_hours?: string;
}

export interface StoreRecipient {
 /** 门店收款商户号 */ mchid: string;
 /** 门店收款主体 */ company_name?: string;
 /** 收款绑定状态 */ recipient_state?: "CONFIRMED" | "ADMIN_REJECTED" | "CONFIRMING" | "TIMEOUT_REJECTED";
}

export interface GetV3BrandPartnerStoreBrandstores_store_id_DataFields {
 /** 品牌ID */ brand_id: string;
 /** 品牌门店ID */ store_id: string;
 /** 门店状态 */ store_state?: "OPEN" | "CREATING" | "CLOSED";
 /** 审核状态 */ audit_state?: "SUCCESS" | "PROCESSING" | "REJECTED";
 /** 审核失败原因 */ review_reject_reason?: string;
 /** 门店基础信息 */ store_basics?: StoreBasics;
 /** 门店地址信息 */ store_address?: StoreAddress;
 /** 门店经营信息 */ store_business?: StoreBusiness;
 /** 门店收款信息 */ store_recipient?: StoreRecipient[];
}

export interface V3BrandNode {
 applyments: Open<V3BrandApplymentsNode>;
 card: Open<V3BrandCardNode>;
 marketing: Open<V3BrandMarketingNode>;
 partner: Open<V3BrandPartnerNode>;
 profitsharing: Open<V3BrandProfitsharingNode>;
 chain: ChainFrom<"v3/brand">;
}

export interface V3BrandApplymentsNode {
 /** 提交入驻申请 `POST /v3/brand/applyments` */
 post: Verb<PostV3BrandApplymentsOptions, PostV3BrandApplymentsData>;
 applymentId: Open<V3BrandApplymentsApplymentIdNode>;
 businessCode: Open<V3BrandApplymentsBusinessCodeNode>;
 cancelApplyment: Open<V3BrandApplymentsCancelApplymentNode>;
 chain: ChainFrom<"v3/brand/applyments">;
}

export interface V3BrandApplymentsApplymentIdNode {
 $applyment_id$: Open<V3BrandApplymentsApplymentId_applyment_id_Node>;
 _applyment_id_: Open<V3BrandApplymentsApplymentId_applyment_id_Node>;
 chain: ChainFrom<"v3/brand/applyments/applyment-id">;
}

export interface V3BrandApplymentsApplymentId_applyment_id_Node {
 /** 根据申请单ID查询申请状态 `GET /v3/brand/applyments/applyment-id/{applyment_id}` */
 get: Verb<GetV3BrandApplymentsApplymentIdOptions, GetV3BrandApplymentsApplymentIdData>;
 chain: ChainFrom<"v3/brand/applyments/applyment-id/{applyment_id}">;
}

export interface V3BrandApplymentsBusinessCodeNode {
 $business_code$: Open<V3BrandApplymentsBusinessCode_business_code_Node>;
 _business_code_: Open<V3BrandApplymentsBusinessCode_business_code_Node>;
 chain: ChainFrom<"v3/brand/applyments/business-code">;
}

export interface V3BrandApplymentsBusinessCode_business_code_Node {
 /** 根据业务申请编号查询申请状态 `GET /v3/brand/applyments/business-code/{business_code}` */
 get: Verb<GetV3BrandApplymentsBusinessCodeOptions, GetV3BrandApplymentsBusinessCodeData>;
 chain: ChainFrom<"v3/brand/applyments/business-code/{business_code}">;
}

export interface V3BrandApplymentsCancelApplymentNode {
 /** 撤销申请 `POST /v3/brand/applyments/cancel-applyment` */
 post: Verb<PostV3BrandApplymentsCancelApplymentOptions, PostV3BrandApplymentsCancelApplymentData>;
 chain: ChainFrom<"v3/brand/applyments/cancel-applyment">;
}

export interface V3BrandCardNode {
 cardConfigs: Open<V3BrandCardCardConfigsNode>;
 cardLinks: Open<V3BrandCardCardLinksNode>;
 chain: ChainFrom<"v3/brand/card">;
}

export interface V3BrandCardCardConfigsNode {
 /** 查询商家名片配置申请状态 `GET /v3/brand/card/card-configs` */
 get: Verb<GetV3BrandCardCardConfigsOptions, GetV3BrandCardCardConfigsData>;
 /** 提交商家名片配置申请 `POST /v3/brand/card/card-configs` */
 post: Verb<PostV3BrandCardCardConfigsOptions, PostV3BrandCardCardConfigsData>;
 cancelApplyment: Open<V3BrandCardCardConfigsCancelApplymentNode>;
 previewUrl: Open<V3BrandCardCardConfigsPreviewUrlNode>;
 publish: Open<V3BrandCardCardConfigsPublishNode>;
 chain: ChainFrom<"v3/brand/card/card-configs">;
}

export interface V3BrandCardCardConfigsCancelApplymentNode {
 /** 撤销商家名片配置申请 `POST /v3/brand/card/card-configs/cancel-applyment` */
 post: Verb<PostV3BrandCardCardConfigsCancelApplymentOptions, PostV3BrandCardCardConfigsCancelApplymentData>;
 chain: ChainFrom<"v3/brand/card/card-configs/cancel-applyment">;
}

export interface V3BrandCardCardConfigsPreviewUrlNode {
 /** 获取商家名片预览二维码 `GET /v3/brand/card/card-configs/preview-url` */
 get: Verb<GetV3BrandCardCardConfigsPreviewUrlOptions, GetV3BrandCardCardConfigsPreviewUrlData>;
 chain: ChainFrom<"v3/brand/card/card-configs/preview-url">;
}

export interface V3BrandCardCardConfigsPublishNode {
 /** 发布商家名片配置 `POST /v3/brand/card/card-configs/publish` */
 post: Verb<PostV3BrandCardCardConfigsPublishOptions, PostV3BrandCardCardConfigsPublishData>;
 chain: ChainFrom<"v3/brand/card/card-configs/publish">;
}

export interface V3BrandCardCardLinksNode {
 /** 查询已生效交易连接名片规则 `GET /v3/brand/card/card-links` */
 get: Verb<GetV3BrandCardCardLinksOptions, GetV3BrandCardCardLinksData>;
 /** 添加交易连接名片规则申请 `POST /v3/brand/card/card-links` */
 post: Verb<PostV3BrandCardCardLinksOptions, PostV3BrandCardCardLinksData>;
 businessCode: Open<V3BrandCardCardLinksBusinessCodeNode>;
 cancelApplyment: Open<V3BrandCardCardLinksCancelApplymentNode>;
 unbindCardLink: Open<V3BrandCardCardLinksUnbindCardLinkNode>;
 chain: ChainFrom<"v3/brand/card/card-links">;
}

export interface V3BrandCardCardLinksBusinessCodeNode {
 $business_code$: Open<V3BrandCardCardLinksBusinessCode_business_code_Node>;
 _business_code_: Open<V3BrandCardCardLinksBusinessCode_business_code_Node>;
 chain: ChainFrom<"v3/brand/card/card-links/business-code">;
}

export interface V3BrandCardCardLinksBusinessCode_business_code_Node {
 /** 根据业务申请编号查询添加申请状态 `GET /v3/brand/card/card-links/business-code/{business_code}` */
 get: Verb<GetV3BrandCardCardLinksBusinessCodeOptions, GetV3BrandCardCardLinksBusinessCodeData>;
 chain: ChainFrom<"v3/brand/card/card-links/business-code/{business_code}">;
}

export interface V3BrandCardCardLinksCancelApplymentNode {
 /** 撤销交易连接名片配置申请 `POST /v3/brand/card/card-links/cancel-applyment` */
 post: Verb<PostV3BrandCardCardLinksCancelApplymentOptions, PostV3BrandCardCardLinksCancelApplymentData>;
 chain: ChainFrom<"v3/brand/card/card-links/cancel-applyment">;
}

export interface V3BrandCardCardLinksUnbindCardLinkNode {
 /** 解除已生效交易连接名片场景 `POST /v3/brand/card/card-links/unbind-card-link` */
 post: Verb<PostV3BrandCardCardLinksUnbindCardLinkOptions, PostV3BrandCardCardLinksUnbindCardLinkData>;
 chain: ChainFrom<"v3/brand/card/card-links/unbind-card-link">;
}

export interface V3BrandMarketingNode {
 shakeActivities: Open<V3BrandMarketingShakeActivitiesNode>;
 chain: ChainFrom<"v3/brand/marketing">;
}

export interface V3BrandMarketingShakeActivitiesNode {
 activities: Open<V3BrandMarketingShakeActivitiesActivitiesNode>;
 chain: ChainFrom<"v3/brand/marketing/shake-activities">;
}

export interface V3BrandMarketingShakeActivitiesActivitiesNode {
 /** 查询摇优惠活动列表 `GET /v3/brand/marketing/shake-activities/activities` */
 get: Verb<GetV3BrandMarketingShakeActivitiesActivitiesOptions, GetV3BrandMarketingShakeActivitiesActivitiesData>;
 chain: ChainFrom<"v3/brand/marketing/shake-activities/activities">;
}

export interface V3BrandPartnerNode {
 cardMember: Open<V3BrandPartnerCardMemberNode>;
 store: Open<V3BrandPartnerStoreNode>;
 chain: ChainFrom<"v3/brand/partner">;
}

export interface V3BrandPartnerCardMemberNode {
 cards: Open<V3BrandPartnerCardMemberCardsNode>;
 membershipActivities: Open<V3BrandPartnerCardMemberMembershipActivitiesNode>;
 payViewTokens: Open<V3BrandPartnerCardMemberPayViewTokensNode>;
 preAuthTokens: Open<V3BrandPartnerCardMemberPreAuthTokensNode>;
 userCards: Open<V3BrandPartnerCardMemberUserCardsNode>;
 userFeeds: Open<V3BrandPartnerCardMemberUserFeedsNode>;
 userPoints: Open<V3BrandPartnerCardMemberUserPointsNode>;
 chain: ChainFrom<"v3/brand/partner/card-member">;
}

export interface V3BrandPartnerCardMemberCardsNode {
 /** 查询会员卡模板列表 `GET /v3/brand/partner/card-member/cards` */
 get: Verb<GetV3BrandPartnerCardMemberCardsOptions, GetV3BrandPartnerCardMemberCardsData>;
 /** 创建会员卡模板 `POST /v3/brand/partner/card-member/cards` */
 post: Verb<PostV3BrandPartnerCardMemberCardsOptions, PostV3BrandPartnerCardMemberCardsData>;
 $card_id$: Open<V3BrandPartnerCardMemberCards_card_id_Node>;
 _card_id_: Open<V3BrandPartnerCardMemberCards_card_id_Node>;
 chain: ChainFrom<"v3/brand/partner/card-member/cards">;
}

export interface V3BrandPartnerCardMemberCards_card_id_Node {
 /** 查询会员卡模板信息 `GET /v3/brand/partner/card-member/cards/{card_id}` */
 get: Verb<GetV3BrandPartnerCardMemberCards_card_id_Options, GetV3BrandPartnerCardMemberCards_card_id_Data>;
 /** 修改会员卡模板信息 `PATCH /v3/brand/partner/card-member/cards/{card_id}` */
 patch: Verb<PatchV3BrandPartnerCardMemberCardsOptions, PatchV3BrandPartnerCardMemberCardsData>;
 /** 删除会员卡模板 `DELETE /v3/brand/partner/card-member/cards/{card_id}` */
 delete: Verb<DeleteV3BrandPartnerCardMemberCardsOptions, DeleteV3BrandPartnerCardMemberCardsData>;
 invalidate: Open<V3BrandPartnerCardMemberCardsInvalidateNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/cards/{card_id}">;
}

export interface V3BrandPartnerCardMemberCardsInvalidateNode {
 /** 作废会员卡模板 `POST /v3/brand/partner/card-member/cards/{card_id}/invalidate` */
 post: Verb<PostV3BrandPartnerCardMemberCardsInvalidateOptions, PostV3BrandPartnerCardMemberCardsInvalidateData>;
 chain: ChainFrom<"v3/brand/partner/card-member/cards/{card_id}/invalidate">;
}

export interface V3BrandPartnerCardMemberMembershipActivitiesNode {
 /** 查询品牌会员发券活动列表 `GET /v3/brand/partner/card-member/membership-activities` */
 get: Verb<GetV3BrandPartnerCardMemberMembershipActivitiesOptions, GetV3BrandPartnerCardMemberMembershipActivitiesData>;
 /** 创建品牌会员发券活动 `POST /v3/brand/partner/card-member/membership-activities` */
 post: Verb<PostV3BrandPartnerCardMemberMembershipActivitiesOptions, PostV3BrandPartnerCardMemberMembershipActivitiesData>;
 $activity_id$: Open<V3BrandPartnerCardMemberMembershipActivities_activity_id_Node>;
 _activity_id_: Open<V3BrandPartnerCardMemberMembershipActivities_activity_id_Node>;
 chain: ChainFrom<"v3/brand/partner/card-member/membership-activities">;
}

export interface V3BrandPartnerCardMemberMembershipActivities_activity_id_Node {
 /** 查询品牌会员发券活动 `GET /v3/brand/partner/card-member/membership-activities/{activity_id}` */
 get: Verb<GetV3BrandPartnerCardMemberMembershipActivities_activity_id_Options, GetV3BrandPartnerCardMemberMembershipActivities_activity_id_Data>;
 /** 修改品牌会员发券活动信息 `PATCH /v3/brand/partner/card-member/membership-activities/{activity_id}` */
 patch: Verb<PatchV3BrandPartnerCardMemberMembershipActivitiesOptions, PatchV3BrandPartnerCardMemberMembershipActivitiesData>;
 terminate: Open<V3BrandPartnerCardMemberMembershipActivitiesTerminateNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/membership-activities/{activity_id}">;
}

export interface V3BrandPartnerCardMemberMembershipActivitiesTerminateNode {
 /** 终止品牌会员发券活动 `POST /v3/brand/partner/card-member/membership-activities/{activity_id}/terminate` */
 post: Verb<PostV3BrandPartnerCardMemberMembershipActivitiesTerminateOptions, PostV3BrandPartnerCardMemberMembershipActivitiesTerminateData>;
 chain: ChainFrom<"v3/brand/partner/card-member/membership-activities/{activity_id}/terminate">;
}

export interface V3BrandPartnerCardMemberPayViewTokensNode {
 /** 品牌会员展示付款码组件预授权 `POST /v3/brand/partner/card-member/pay-view-tokens` */
 post: Verb<PostV3BrandPartnerCardMemberPayViewTokensOptions, PostV3BrandPartnerCardMemberPayViewTokensData>;
 chain: ChainFrom<"v3/brand/partner/card-member/pay-view-tokens">;
}

export interface V3BrandPartnerCardMemberPreAuthTokensNode {
 /** 入会组件预授权 `POST /v3/brand/partner/card-member/pre-auth-tokens` */
 post: Verb<PostV3BrandPartnerCardMemberPreAuthTokensOptions, PostV3BrandPartnerCardMemberPreAuthTokensData>;
 chain: ChainFrom<"v3/brand/partner/card-member/pre-auth-tokens">;
}

export interface V3BrandPartnerCardMemberUserCardsNode {
 /** 查询用户在品牌下所有会员卡 `GET /v3/brand/partner/card-member/user-cards` */
 get: Verb<GetV3BrandPartnerCardMemberUserCardsOptions, GetV3BrandPartnerCardMemberUserCardsData>;
 $user_card_code$: Open<V3BrandPartnerCardMemberUserCards_user_card_code_Node>;
 _user_card_code_: Open<V3BrandPartnerCardMemberUserCards_user_card_code_Node>;
 importByOpenid: Open<V3BrandPartnerCardMemberUserCardsImportByOpenidNode>;
 importByPhone: Open<V3BrandPartnerCardMemberUserCardsImportByPhoneNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards">;
}

export interface V3BrandPartnerCardMemberUserCardsImportByOpenidNode {
 /** 根据openid导入用户会员卡 `POST /v3/brand/partner/card-member/user-cards/import-by-openid` */
 post: Verb<PostV3BrandPartnerCardMemberUserCardsImportByOpenidOptions, PostV3BrandPartnerCardMemberUserCardsImportByOpenidData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards/import-by-openid">;
}

export interface V3BrandPartnerCardMemberUserCardsImportByPhoneNode {
 /** 根据手机号导入用户会员卡 `POST /v3/brand/partner/card-member/user-cards/import-by-phone` */
 post: Verb<PostV3BrandPartnerCardMemberUserCardsImportByPhoneOptions, PostV3BrandPartnerCardMemberUserCardsImportByPhoneData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards/import-by-phone">;
}

export interface V3BrandPartnerCardMemberUserCards_user_card_code_Node {
 /** 查询用户会员卡信息 `GET /v3/brand/partner/card-member/user-cards/{user_card_code}` */
 get: Verb<GetV3BrandPartnerCardMemberUserCards_user_card_code_Options, GetV3BrandPartnerCardMemberUserCards_user_card_code_Data>;
 /** 修改用户会员卡信息 `PATCH /v3/brand/partner/card-member/user-cards/{user_card_code}` */
 patch: Verb<PatchV3BrandPartnerCardMemberUserCardsOptions, PatchV3BrandPartnerCardMemberUserCardsData>;
 confirm: Open<V3BrandPartnerCardMemberUserCardsConfirmNode>;
 invalidate: Open<V3BrandPartnerCardMemberUserCardsInvalidateNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards/{user_card_code}">;
}

export interface V3BrandPartnerCardMemberUserCardsConfirmNode {
 /** 同步会员开通结果 `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/confirm` */
 post: Verb<PostV3BrandPartnerCardMemberUserCardsConfirmOptions, PostV3BrandPartnerCardMemberUserCardsConfirmData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards/{user_card_code}/confirm">;
}

export interface V3BrandPartnerCardMemberUserCardsInvalidateNode {
 /** 作废用户会员卡 `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate` */
 post: Verb<PostV3BrandPartnerCardMemberUserCardsInvalidateOptions, PostV3BrandPartnerCardMemberUserCardsInvalidateData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate">;
}

export interface V3BrandPartnerCardMemberUserFeedsNode {
 /** 创建用户动态信息 `POST /v3/brand/partner/card-member/user-feeds` */
 post: Verb<PostV3BrandPartnerCardMemberUserFeedsOptions, PostV3BrandPartnerCardMemberUserFeedsData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-feeds">;
}

export interface V3BrandPartnerCardMemberUserPointsNode {
 exchangeCoupon: Open<V3BrandPartnerCardMemberUserPointsExchangeCouponNode>;
 sync: Open<V3BrandPartnerCardMemberUserPointsSyncNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-points">;
}

export interface V3BrandPartnerCardMemberUserPointsExchangeCouponNode {
 confirm: Open<V3BrandPartnerCardMemberUserPointsExchangeCouponConfirmNode>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-points/exchange-coupon">;
}

export interface V3BrandPartnerCardMemberUserPointsExchangeCouponConfirmNode {
 /** 同步积分兑券结果 `POST /v3/brand/partner/card-member/user-points/exchange-coupon/confirm` */
 post: Verb<PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmOptions, PostV3BrandPartnerCardMemberUserPointsExchangeCouponConfirmData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-points/exchange-coupon/confirm">;
}

export interface V3BrandPartnerCardMemberUserPointsSyncNode {
 /** 同步积分余额 `POST /v3/brand/partner/card-member/user-points/sync` */
 post: Verb<PostV3BrandPartnerCardMemberUserPointsSyncOptions, PostV3BrandPartnerCardMemberUserPointsSyncData>;
 chain: ChainFrom<"v3/brand/partner/card-member/user-points/sync">;
}

export interface V3BrandPartnerStoreNode {
 brandstores: Open<V3BrandPartnerStoreBrandstoresNode>;
 chain: ChainFrom<"v3/brand/partner/store">;
}

export interface V3BrandPartnerStoreBrandstoresNode {
 /** 列表查询品牌门店信息 `GET /v3/brand/partner/store/brandstores` */
 get: Verb<GetV3BrandPartnerStoreBrandstoresOptions, GetV3BrandPartnerStoreBrandstoresData>;
 /** 创建品牌门店 `POST /v3/brand/partner/store/brandstores` */
 post: Verb<PostV3BrandPartnerStoreBrandstoresOptions, PostV3BrandPartnerStoreBrandstoresData>;
 $store_id$: Open<V3BrandPartnerStoreBrandstores_store_id_Node>;
 _store_id_: Open<V3BrandPartnerStoreBrandstores_store_id_Node>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores">;
}

export interface V3BrandPartnerStoreBrandstores_store_id_Node {
 /** 查询品牌门店 `GET /v3/brand/partner/store/brandstores/{store_id}` */
 get: Verb<GetV3BrandPartnerStoreBrandstores_store_id_Options, GetV3BrandPartnerStoreBrandstores_store_id_Data>;
 /** 更新品牌门店 `PATCH /v3/brand/partner/store/brandstores/{store_id}` */
 patch: Verb<PatchV3BrandPartnerStoreBrandstoresOptions, PatchV3BrandPartnerStoreBrandstoresData>;
 /** 删除品牌门店 `DELETE /v3/brand/partner/store/brandstores/{store_id}` */
 delete: Verb<DeleteV3BrandPartnerStoreBrandstoresOptions, DeleteV3BrandPartnerStoreBrandstoresData>;
 bindrecipient: Open<V3BrandPartnerStoreBrandstoresBindrecipientNode>;
 close: Open<V3BrandPartnerStoreBrandstoresCloseNode>;
 resume: Open<V3BrandPartnerStoreBrandstoresResumeNode>;
 unbindrecipient: Open<V3BrandPartnerStoreBrandstoresUnbindrecipientNode>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores/{store_id}">;
}

export interface V3BrandPartnerStoreBrandstoresBindrecipientNode {
 /** 绑定收款商户号 `POST /v3/brand/partner/store/brandstores/{store_id}/bindrecipient` */
 post: Verb<PostV3BrandPartnerStoreBrandstoresBindrecipientOptions, PostV3BrandPartnerStoreBrandstoresBindrecipientData>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores/{store_id}/bindrecipient">;
}

export interface V3BrandPartnerStoreBrandstoresCloseNode {
 /** 暂停门店营业 `POST /v3/brand/partner/store/brandstores/{store_id}/close` */
 post: Verb<PostV3BrandPartnerStoreBrandstoresCloseOptions, PostV3BrandPartnerStoreBrandstoresCloseData>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores/{store_id}/close">;
}

export interface V3BrandPartnerStoreBrandstoresResumeNode {
 /** 恢复门店营业 `POST /v3/brand/partner/store/brandstores/{store_id}/resume` */
 post: Verb<PostV3BrandPartnerStoreBrandstoresResumeOptions, PostV3BrandPartnerStoreBrandstoresResumeData>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores/{store_id}/resume">;
}

export interface V3BrandPartnerStoreBrandstoresUnbindrecipientNode {
 /** 解绑收款商户号 `POST /v3/brand/partner/store/brandstores/{store_id}/unbindrecipient` */
 post: Verb<PostV3BrandPartnerStoreBrandstoresUnbindrecipientOptions, PostV3BrandPartnerStoreBrandstoresUnbindrecipientData>;
 chain: ChainFrom<"v3/brand/partner/store/brandstores/{store_id}/unbindrecipient">;
}

export interface V3BrandProfitsharingNode {
 brandConfigs: Open<V3BrandProfitsharingBrandConfigsNode>;
 finishOrder: Open<V3BrandProfitsharingFinishOrderNode>;
 orders: Open<V3BrandProfitsharingOrdersNode>;
 receivers: Open<V3BrandProfitsharingReceiversNode>;
 returnorders: Open<V3BrandProfitsharingReturnordersNode>;
 chain: ChainFrom<"v3/brand/profitsharing">;
}

export interface V3BrandProfitsharingBrandConfigsNode {
 $brand_mchid$: Open<V3BrandProfitsharingBrandConfigs_brand_mchid_Node>;
 _brand_mchid_: Open<V3BrandProfitsharingBrandConfigs_brand_mchid_Node>;
 chain: ChainFrom<"v3/brand/profitsharing/brand-configs">;
}

export interface V3BrandProfitsharingBrandConfigs_brand_mchid_Node {
 /**
  * 查询最大分账比例API `GET /v3/brand/profitsharing/brand-configs/{brand_mchid}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_7_10.shtml
  */
 get: Verb<GetV3BrandProfitsharingBrandConfigsOptions, GetV3BrandProfitsharingBrandConfigsData>;
 chain: ChainFrom<"v3/brand/profitsharing/brand-configs/{brand_mchid}">;
}

export interface V3BrandProfitsharingFinishOrderNode {
 /**
  * 完结分账API `POST /v3/brand/profitsharing/finish-order`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_5.shtml
  */
 post: Verb<PostV3BrandProfitsharingFinishOrderOptions, PostV3BrandProfitsharingFinishOrderData>;
 chain: ChainFrom<"v3/brand/profitsharing/finish-order">;
}

export interface V3BrandProfitsharingOrdersNode {
 /**
  * 查询分账结果API `GET /v3/brand/profitsharing/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_2.shtml
  */
 get: Verb<GetV3BrandProfitsharingOrdersOptions, GetV3BrandProfitsharingOrdersData>;
 /**
  * 请求分账API `POST /v3/brand/profitsharing/orders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_1.shtml
  */
 post: Verb<PostV3BrandProfitsharingOrdersOptions, PostV3BrandProfitsharingOrdersData>;
 $transaction_id$: Open<V3BrandProfitsharingOrders_transaction_id_Node>;
 _transaction_id_: Open<V3BrandProfitsharingOrders_transaction_id_Node>;
 chain: ChainFrom<"v3/brand/profitsharing/orders">;
}

export interface V3BrandProfitsharingOrders_transaction_id_Node {
 amounts: Open<V3BrandProfitsharingOrdersAmountsNode>;
 chain: ChainFrom<"v3/brand/profitsharing/orders/{transaction_id}">;
}

export interface V3BrandProfitsharingOrdersAmountsNode {
 /**
  * 查询订单剩余待分金额API `GET /v3/brand/profitsharing/orders/{transaction_id}/amounts`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_7_9.shtml
  */
 get: Verb<GetV3BrandProfitsharingOrdersAmountsOptions, GetV3BrandProfitsharingOrdersAmountsData>;
 chain: ChainFrom<"v3/brand/profitsharing/orders/{transaction_id}/amounts">;
}

export interface V3BrandProfitsharingReceiversNode {
 add: Open<V3BrandProfitsharingReceiversAddNode>;
 delete: Open<V3BrandProfitsharingReceiversDeleteNode>;
 chain: ChainFrom<"v3/brand/profitsharing/receivers">;
}

export interface V3BrandProfitsharingReceiversAddNode {
 /**
  * 添加分账接收方API `POST /v3/brand/profitsharing/receivers/add`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_7.shtml
  */
 post: Verb<PostV3BrandProfitsharingReceiversAddOptions, PostV3BrandProfitsharingReceiversAddData>;
 chain: ChainFrom<"v3/brand/profitsharing/receivers/add">;
}

export interface V3BrandProfitsharingReceiversDeleteNode {
 /**
  * 删除分账接收方API `POST /v3/brand/profitsharing/receivers/delete`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_8.shtml
  */
 post: Verb<PostV3BrandProfitsharingReceiversDeleteOptions, PostV3BrandProfitsharingReceiversDeleteData>;
 chain: ChainFrom<"v3/brand/profitsharing/receivers/delete">;
}

export interface V3BrandProfitsharingReturnordersNode {
 /**
  * 查询分账回退结果API `GET /v3/brand/profitsharing/returnorders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_4.shtml
  */
 get: Verb<GetV3BrandProfitsharingReturnordersOptions, GetV3BrandProfitsharingReturnordersData>;
 /**
  * 请求分账回退API `POST /v3/brand/profitsharing/returnorders`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_3.shtml
  */
 post: Verb<PostV3BrandProfitsharingReturnordersOptions, PostV3BrandProfitsharingReturnordersData>;
 chain: ChainFrom<"v3/brand/profitsharing/returnorders">;
}
