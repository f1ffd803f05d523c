// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, UploadFileOptions, Verb } from '../catalog.js';

/** 查询投诉通知回调API: options */
export interface GetV3MerchantServiceComplaintNotificationsOptions extends CallOptions {
}
/** 查询投诉通知回调API: response body */
export interface GetV3MerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 创建投诉通知回调API: request body */
export interface PostV3MerchantServiceComplaintNotificationsBody {
 /** 通知地址 @example https://www.xxx.com/notify */ url: string;
}
/** 创建投诉通知回调API: options */
export interface PostV3MerchantServiceComplaintNotificationsOptions extends CallOptions {
 json: PostV3MerchantServiceComplaintNotificationsBody;
}
/** 创建投诉通知回调API: response body */
export interface PostV3MerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 更新投诉通知回调API: request body */
export interface PutV3MerchantServiceComplaintNotificationsBody {
 /** 通知地址 @example https://www.xxx.com/notify */ url: string;
}
/** 更新投诉通知回调API: options */
export interface PutV3MerchantServiceComplaintNotificationsOptions extends CallOptions {
 json: PutV3MerchantServiceComplaintNotificationsBody;
}
/** 更新投诉通知回调API: response body */
export interface PutV3MerchantServiceComplaintNotificationsData {
 /** 商户号 */ mchid: string;
 /** 通知地址 */ url: string;
}

/** 删除投诉通知回调API: options */
export interface DeleteV3MerchantServiceComplaintNotificationsOptions extends CallOptions {
}
/** 删除投诉通知回调API: response body */
export type DeleteV3MerchantServiceComplaintNotificationsData = undefined;

/** 查询投诉信息API: options */
export interface GetV3MerchantServiceComplaintsOptions extends CallOptions {
 query: {
  /** 分页大小 @example 5 */ limit?: number;
  /** 分页开始位置 @example 10 */ offset?: number;
  /** 开始日期 @example 2019-01-01 */ begin_date: string;
  /** 结束日期 @example 2019-01-01 */ end_date: string;
  /** 特约商户号 @example 1900012181 */ sub_mchid?: string;
 };
}
/** 查询投诉信息API: response body */
export interface GetV3MerchantServiceComplaintsData {
 /** 分页开始位置 */ offset: number;
 /** 分页大小 */ limit: number;
 /** 投诉总条数 */ total_count?: number;
 data?: Array<{
  /** 商户订单号 */ out_trade_no: string;
  /** 投诉时间 */ complaint_time: string;
  /** 订单金额 */ amount: number;
  /** 投诉人联系方式 */ payer_phone?: string;
  /** 投诉详情 */ complaint_detail: string;
  /** 投诉单状态 */ complaint_state: "PAYER_COMPLAINTED" | "FROZENED" | "FROZEN_FINISHED" | "PAYER_CANCELED" | "MERCHANT_REFUNDED" | "SYSTEM_REFUNDED" | "MANUAL_UNFROZEN";
  /** 微信订单号 */ transaction_id: string;
  /** 冻结结束时间 */ frozen_end_time?: string;
  /** 特约商户号 */ sub_mchid?: string;
 }>;
}

/** 查询投诉单列表API: options */
export interface GetV3MerchantServiceComplaintsV2Options extends CallOptions {
 query: {
  /** 分页大小 @example 5 */ limit?: number;
  /** 分页开始位置 @example 10 */ offset?: number;
  /** 开始日期 @example 2019-01-01 */ begin_date: string;
  /** 结束日期 @example 2019-01-01 */ end_date: string;
  /** 被诉商户号 @example 1900012181 */ complainted_mchid?: string;
 };
}
/** 查询投诉单列表API: response body */
export interface GetV3MerchantServiceComplaintsV2Data {
 /** 用户投诉信息详情 */ data?: Array<{
  /** 投诉单号 */ complaint_id: string;
  /** 投诉时间 */ complaint_time: string;
  /** 投诉详情 */ complaint_detail: string;
  /** 投诉单状态 */ complaint_state: "PENDING" | "PROCESSING" | "PROCESSED";
  /** 被诉商户号 */ complainted_mchid: string;
  /** 投诉人联系方式 */ payer_phone?: string;
  /** 投诉单关联订单信息 */ complaint_order_info?: Array<{
   /** 微信订单号 */ transaction_id: string;
   /** 商户订单号 */ out_trade_no: string;
   /** 订单金额 */ amount: number;
  }>;
  /** 投诉单关联服务单信息 */ service_order_info?: Array<{
   /** 微信支付服务订单号 */ order_id?: string;
   /** 商户服务订单号 */ out_order_no?: string;
   /** 支付分服务单状态 */ state?: "DOING" | "REVOKED" | "WAITPAY" | "DONE";
  }>;
  /** 投诉资料列表 */ complaint_media_list?: Array<{
   /** 媒体文件业务类型 */ media_type: "USER_COMPLAINT_IMAGE" | "OPERATION_IMAGE";
   /** 媒体文列表 */ media_url?: string[];
  }>;
  /** 投诉单是否已全额退款 */ complaint_full_refunded: boolean;
  /** 是否有待回复的用户留言 */ incoming_user_response: boolean;
  /** 问题描述 */ problem_description: string;
  /** 用户投诉次数 */ user_complaint_times: number;
  /** 问题类型 */ problem_type?: "REFUND" | "SERVICE_NOT_WORK" | "OTHERS";
  /** 申请退款金额 */ apply_refund_amount?: number;
  /** 用户标签列表 */ user_tag_list?: Array<"TRUSTED" | "HIGH_RISK">;
  /** 补充信息 */ additional_info?: AdditionalInfo;
  /** 是否在平台协助中 */ in_platform_service?: boolean;
  /** 是否需即时服务用户 */ need_immediate_service?: boolean;
  /** 是否是智能体投诉 */ is_agent_mode?: boolean;
 }>;
 /** 分页大小 */ limit: number;
 /** 分页开始位置 */ offset: number;
 /** 投诉总条数 */ total_count?: number;
}

/** 查询投诉单详情API: options */
export interface GetV3MerchantServiceComplaintsV2_complaint_id_Options extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
}
/** 查询投诉单详情API: response body */
export interface GetV3MerchantServiceComplaintsV2_complaint_id_Data {
 /** 投诉单号 */ complaint_id: string;
 /** 投诉时间 */ complaint_time: string;
 /** 投诉详情 */ complaint_detail: string;
 /** 投诉单状态 */ complaint_state: "PENDING" | "PROCESSING" | "PROCESSED";
 /** 被诉商户号 */ complainted_mchid: string;
 /** 投诉人联系方式 */ payer_phone?: string;
 /** 投诉人openid */ payer_openid?: string;
 /** 投诉资料列表 */ complaint_media_list?: Array<{
  /** 媒体文件业务类型 */ media_type: "USER_COMPLAINT_IMAGE" | "OPERATION_IMAGE";
  /** 媒体文列表 */ media_url?: string[];
 }>;
 /** 投诉单关联订单信息 */ complaint_order_info?: Array<{
  /** 微信订单号 */ transaction_id: string;
  /** 商户订单号 */ out_trade_no: string;
  /** 订单金额 */ amount: number;
 }>;
 /** 投诉单关联服务单信息 */ service_order_info?: Array<{
  /** 微信支付服务订单号 */ order_id?: string;
  /** 商户服务订单号 */ out_order_no?: string;
  /** 支付分服务单状态 */ state?: string;
 }>;
 /** 投诉单是否已全额退款 */ complaint_full_refunded: boolean;
 /** 是否有待回复的用户留言 */ incoming_user_response: boolean;
 /** 问题描述 */ problem_description: string;
 /** 用户投诉次数 */ user_complaint_times: number;
 /** 问题类型 */ problem_type?: "REFUND" | "SERVICE_NOT_WORK" | "OTHERS";
 /** 申请退款金额 */ apply_refund_amount?: number;
 /** 用户标签列表 */ user_tag_list?: Array<"TRUSTED" | "HIGH_RISK">;
 /** 补充信息 */ additional_info?: AdditionalInfo;
 /** 是否在平台协助中 */ in_platform_service?: boolean;
 /** 是否需即时服务用户 */ need_immediate_service?: boolean;
 /** 是否是智能体投诉 */ is_agent_mode?: boolean;
}

/** 反馈处理完成API: request body */
export interface PostV3MerchantServiceComplaintsV2CompleteBody {
 /** 被诉商户号 @example 1900012181 */ complainted_mchid: string;
}
/** 反馈处理完成API: options */
export interface PostV3MerchantServiceComplaintsV2CompleteOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3MerchantServiceComplaintsV2CompleteBody;
}
/** 反馈处理完成API: response body */
export type PostV3MerchantServiceComplaintsV2CompleteData = undefined;

/** 查询投诉协商历史API: options */
export interface GetV3MerchantServiceComplaintsV2NegotiationHistorysOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 query?: {
  /** 分页大小 @example 50 */ limit?: number;
  /** 分页开始位置 @example 10 */ offset?: number;
 };
}
/** 查询投诉协商历史API: response body */
export interface GetV3MerchantServiceComplaintsV2NegotiationHistorysData {
 /** 投诉协商历史 */ data?: Array<{
  /** 操作资料列表 */ complaint_media_list?: {
   /** 媒体文件业务类型 */ media_type?: "USER_COMPLAINT_IMAGE" | "OPERATION_IMAGE";
   media_url?: string[];
  };
  /** 操作流水号 */ log_id: string;
  /** 操作人 */ operator: string;
  /** 操作时间 */ operate_time: string;
  /** 操作类型 */ operate_type: "USER_CREATE_COMPLAINT" | "USER_CONTINUE_COMPLAINT" | "USER_RESPONSE" | "PLATFORM_RESPONSE" | "MERCHANT_RESPONSE" | "MERCHANT_CONFIRM_COMPLETE" | "USER_CREATE_COMPLAINT_SYSTEM_MESSAGE" | "COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE" | "USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE" | "USER_REVOKE_COMPLAINT" | "USER_COMFIRM_COMPLAINT" | "PLATFORM_HELP_APPLICATION" | "USER_APPLY_PLATFORM_HELP" | "MERCHANT_APPROVE_REFUND" | "MERCHANT_REFUSE_RERUND" | "USER_SUBMIT_SATISFACTION" | "SERVICE_ORDER_CANCEL" | "SERVICE_ORDER_COMPLETE" | "COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE" | "COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE" | "COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE" | "USER_APPLY_PLATFORM_SERVICE" | "USER_CANCEL_PLATFORM_SERVICE" | "PLATFORM_SERVICE_FINISHED" | "USER_CLICK_RESPONSE";
  /** 操作内容 */ operate_details?: string;
  image_list?: string[];
  /** 用户申请平台协助原因 */ user_appy_platform_service_reason?: string;
  /** 用户申请平台协助原因描述 */ user_appy_platform_service_reason_description?: string;
  /** 普通消息内容 */ normal_message?: {
   /** 消息内容 */ blocks?: Array<{
    /** 消息块类型 */ type?: "TEXT" | "IMAGE" | "LINK" | "FAQ_LIST" | "BUTTON" | "BUTTON_GROUP";
    /** 文本 */ text?: {
     /** 文本 */ text?: string;
     /** 文本颜色 */ color?: "DEFAULT" | "SECONDARY";
     /** 是否粗体 */ is_bold?: boolean;
    };
    /** 图片 */ image?: {
     /** 媒体ID */ media_id?: string;
     /** 图片样式类型 */ image_style_type?: "IMAGE_STYLE_TYPE_NARROW" | "IMAGE_STYLE_TYPE_WIDE";
    };
    /** 链接 */ link?: Link;
    /** FAQ列表 */ faq_list?: {
     /** FAQ列表 */ faqs?: Array<{
      /** faq的id */ faq_id?: string;
      /** faq内容 */ faq_title?: string;
      /** 动作 */ action?: Action;
     }>;
    };
    /** 按钮 */ button?: Link;
    /** 按钮组 */ button_group?: {
     /** 按钮组 */ buttons?: Link[];
     /** 按钮布局方式 */ button_layout?: "LAYOUT_UNKNOWN" | "LAYOUT_HORIZONTAL" | "LAYOUT_VERTICAL";
     /** 失效配置 */ invalid_info?: {
      /** 过期时间 */ expired_time?: string;
      /** 是否可以多次点击 */ multi_clickable?: boolean;
     };
    };
   }>;
   /** 发送者身份类别 */ sender_identity?: "UNKNOWN" | "MANUAL" | "MACHINE";
   /** 自定义透传信息 */ custom_data?: string;
  };
  /** 用户点击回复消息 */ click_message?: {
   /** 回复的消息内容 */ message_content?: Record<string, unknown>;
   /** 动作id */ action_id?: string;
   /** 被点击的操作流水号 */ clicked_log_id?: string;
  };
 }>;
 /** 分页大小 */ limit: number;
 /** 分页开始位置 */ offset: number;
 /** 投诉协商历史总条数 */ total_count?: number;
}

/** 提交回复API: request body */
export interface PostV3MerchantServiceComplaintsV2ResponseBody {
 /** 被诉商户号 @example 1900012181 */ complainted_mchid: string;
 /** 回复内容 @example 已与用户沟通解决 */ response_content: string;
 response_images?: string[];
 /** 跳转链接 @example https://www.xxx.com/notify */ jump_url?: string;
 /** 跳转链接文案 @example 查看订单详情 */ jump_url_text?: string;
 /** 跳转小程序信息 */ mini_program_jump_info?: {
  /** 跳转小程序APPID @example example_appid */ appid: string;
  /** 跳转小程序页面PATH @example example_path */ path: string;
  /** 跳转小程序页面名称 @example example_text */ text: string;
 };
}
/** 提交回复API: options */
export interface PostV3MerchantServiceComplaintsV2ResponseOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3MerchantServiceComplaintsV2ResponseBody;
}
/** 提交回复API: response body */
export type PostV3MerchantServiceComplaintsV2ResponseData = undefined;

/** 回复需要即时服务的投诉单: request body */
export interface PostV3MerchantServiceComplaintsV2ResponseImmediateServiceBody {
 /** 被诉商户号 @example 1900012181 */ complainted_mchid: string;
 /** 消息内容 */ message: {
  /** 消息内容 */ blocks?: Array<{
   /** 消息块类型 @example TEXT */ type?: "TEXT" | "IMAGE" | "LINK" | "FAQ_LIST" | "BUTTON" | "BUTTON_GROUP";
   /** 文本 */ text?: {
    /** 文本 @example example_text */ text?: string;
    /** 文本颜色 @example DEFAULT */ color?: "DEFAULT" | "SECONDARY";
    /** 是否粗体 */ is_bold?: boolean;
   };
   /** 图片 */ image?: {
    /** 媒体ID @example example_media_id */ media_id?: string;
    /** 图片样式类型 @example IMAGE_STYLE_TYPE_NARROW */ image_style_type?: "IMAGE_STYLE_TYPE_NARROW" | "IMAGE_STYLE_TYPE_WIDE";
   };
   /** 链接 */ link?: MerchantServiceLink;
   /** FAQ列表 */ faq_list?: {
    /** FAQ列表 */ faqs?: Array<{
     /** faq的id @example example_faq_id */ faq_id?: string;
     /** faq内容 @example example_faq_title */ faq_title?: string;
     /** 动作 */ action?: MerchantServiceAction;
    }>;
   };
   /** 按钮 */ button?: MerchantServiceLink;
   /** 按钮组 */ button_group?: {
    /** 按钮组 */ buttons?: MerchantServiceLink[];
    /** 按钮布局方式 @example LAYOUT_HORIZONTAL */ button_layout?: "LAYOUT_UNKNOWN" | "LAYOUT_HORIZONTAL" | "LAYOUT_VERTICAL";
    /** 失效配置 */ invalid_info?: {
     /** 过期时间 @example 2015-05-20T13:29:35+08:00 */ expired_time?: string;
     /** 是否可以多次点击 */ multi_clickable?: boolean;
    };
   };
  }>;
  /** 发送者身份类别 @example UNKNOWN */ sender_identity?: "UNKNOWN" | "MANUAL" | "MACHINE";
  /** 自定义透传信息 @example example_custom_data */ custom_data?: string;
 };
 /** 幂等ID @example 550e8400-e29b-41d4-a716-446655440000 */ idempotent_id: string;
}
/** 回复需要即时服务的投诉单: options */
export interface PostV3MerchantServiceComplaintsV2ResponseImmediateServiceOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3MerchantServiceComplaintsV2ResponseImmediateServiceBody;
}
/** 回复需要即时服务的投诉单: response body */
export interface PostV3MerchantServiceComplaintsV2ResponseImmediateServiceData {
 /** 操作流水号 */ log_id?: string;
}

/** 更新退款审批结果API: request body */
export interface PostV3MerchantServiceComplaintsV2UpdateRefundProgressBody {
 /** 审批动作 */ action: "REJECT" | "APPROVE";
 /** 预计发起退款时间 @example 3 */ launch_refund_day?: number;
 /** 拒绝退款原因 @example 拒绝退款 */ reject_reason?: string;
 /** 拒绝退款的举证图片列表 */ reject_media_list?: string[];
 /** 备注 @example 已处理完成 */ remark?: string;
}
/** 更新退款审批结果API: options */
export interface PostV3MerchantServiceComplaintsV2UpdateRefundProgressOptions extends CallOptions {
 /** 投诉单号 @example 200201820200101080076610000 */ complaint_id: string;
 json: PostV3MerchantServiceComplaintsV2UpdateRefundProgressBody;
}
/** 更新退款审批结果API: response body */
export type PostV3MerchantServiceComplaintsV2UpdateRefundProgressData = undefined;

/** 查询投诉详情API: options */
export interface GetV3MerchantServiceComplaints_transaction_id_Options extends CallOptions {
 /** 微信支付订单号 @example 4200000404201909069117582536 */ transaction_id: string;
}
/** 查询投诉详情API: response body */
export interface GetV3MerchantServiceComplaints_transaction_id_Data {
 /** 商户订单号 */ out_trade_no: string;
 /** 投诉时间 */ complaint_time: string;
 /** 投诉金额 */ amount: number;
 /** 投诉人联系方式 */ payer_phone?: string;
 /** 投诉描述 */ complaint_detail: string;
 /** 投诉单状态 */ complaint_state?: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 冻结结束时间 */ frozen_end_time?: string;
 /** 特约商户号 */ sub_mchid?: string;
 /** 投诉单处理进展状态 */ complaint_handle_state: string;
}

/** 查询投诉协商历史API: options */
export interface GetV3MerchantServiceComplaintsNegotiationHistorysOptions extends CallOptions {
 /** 微信支付订单号 @example 4200000404201909069117582536 */ transaction_id: string;
}
/** 查询投诉协商历史API: response body */
export interface GetV3MerchantServiceComplaintsNegotiationHistorysData {
 /** 投诉协商历史 */ complaint_negotiation_history?: Array<{
  /** 操作人 */ operate_user: string;
  /** 操作时间 */ operate_time: string;
  /** 操作类型 */ operate_type: "USER_CREATE_COMPLAINT" | "CREATE_COMPLAINT_BY_PLATFORM" | "USER_CONTINUE_COMPLAINT" | "USER_REVOKE_COMPLAINT" | "USER_CONFIRM_COMPLAINT" | "SELLER_REFUND" | "MERCHANT_LAUNCH_CONFIRM_PROCESS" | "USER_RESPONSE" | "MERCHANT_RESPONSE" | "RESPONSE_BY_PLATFORM" | "CONTINUE_COMPLAINT_BY_PLATFORM" | "CREATE_COMPLAINT_SYSTEM_MESSAGE" | "COMPLAINT_TIMEOUT_SYSTEM_MESSAGE" | "SELLER_REFUND_SYSTEM_MESSAGE" | "CONTINUE_COMPLAINT_SYSTEM_MESSAGE" | "LAUNCH_CONFIRM_PROCESS_SYSTEM_MESSAGE";
  /** 操作内容 */ operate_details?: string;
  /** 协商历史图片凭证 */ image_list?: unknown[];
 }>;
}

/** 商户反馈API: request body */
export interface PostV3MerchantServiceFeedbacksBody {
 /** 微信支付订单号 @example 4200000404201909069117582536 */ transaction_id: string;
 /** 被诉商户号 @example 9980456248 */ complainted_mchid: string;
 /** 反馈内容类型 @example 1 */ feedback_type?: number;
 /** 反馈内容 @example 已与用户协商解决 */ feedback_content: string;
 /** 图片凭证 @example ["BB04A5DEEFEA18D4F2554C1EDD3B610B.bmp","BB04A5DEEFEA18D4F2554C1EDD3B610B.bmp"] */ feedback_images?: string[];
 /** 反馈处理完成 */ launch_confirm_process?: boolean;
}
/** 商户反馈API: options */
export interface PostV3MerchantServiceFeedbacksOptions extends CallOptions {
 json: PostV3MerchantServiceFeedbacksBody;
}
/** 商户反馈API: response body */
export type PostV3MerchantServiceFeedbacksData = undefined;

/** The parts of the multipart/form-data body of POST /v3/merchant-service/images/upload. */
export interface PostV3MerchantServiceImagesUploadForm {
 /** 图片文件 */ file: Blob;
 /** 媒体文件元信息`JSON`格式字符串 */ meta: {
  /** 文件名称 */ filename?: string;
  /** 文件摘要 */ sha256?: string;
 };
}
/** 商户上传反馈图片API: options */
export interface PostV3MerchantServiceImagesUploadFormDataOptions extends CallOptions {
 /** A `FormData` with the parts of {@link PostV3MerchantServiceImagesUploadForm}; the `meta` part is what gets signed. */ body: FormData;
}
/** POST /v3/merchant-service/images/upload with `file`: the client builds the multipart body (`meta` with the SHA-256, signed as sent). */
export interface PostV3MerchantServiceImagesUploadFileOptions extends CallOptions, UploadFileOptions {
}
/** Options of POST /v3/merchant-service/images/upload: `file` (and `filename`), or `body: FormData`. */
export type PostV3MerchantServiceImagesUploadOptions = PostV3MerchantServiceImagesUploadFormDataOptions | PostV3MerchantServiceImagesUploadFileOptions;
/** 商户上传反馈图片API: response body */
export interface PostV3MerchantServiceImagesUploadData {
 /** 媒体文件标识ID */ media_id: string;
}

/** 图片下载API: options */
export interface GetV3MerchantServiceImagesOptions extends CallOptions {
 /** 媒体文件ID @example xxxxx */ media_id: string;
}
/** 图片下载API: response body */
export type GetV3MerchantServiceImagesData = unknown;

export interface AdditionalInfo {
 /** 补充信息类型 */ type?: "SHARE_POWER_TYPE";
 /** 充电宝投诉相关信息 */ share_power_info?: {
  /** 归还时间 */ return_time?: string;
  /** 归还地点信息 */ return_address_info?: {
   /** 归还地点 */ return_address?: string;
   /** 归还地点经度 */ longitude?: string;
   /** 归还地点纬度 */ latitude?: string;
  };
  /** 是否归还同一柜机 */ is_returned_to_same_machine?: boolean;
 };
}

export interface Link {
 /** 文本 */ text?: string;
 /** 动作 */ action?: Action;
 /** 失效配置 */ invalid_info?: {
  /** 过期时间 */ expired_time?: string;
  /** 是否可以多次点击 */ multi_clickable?: boolean;
 };
}

export interface Action {
 /** 动作类型 */ action_type?: "ACTION_TYPE_SEND_MESSAGE" | "ACTION_TYPE_JUMP_URL" | "ACTION_TYPE_JUMP_MINI_PROGRAM";
 /** 跳转链接 */ jump_url?: string;
 /** 跳转小程序信息 */ mini_program_jump_info?: {
  /** 跳转小程序APPID */ appid: string;
  /** 跳转小程序页面PATH */ path: string;
  /** 跳转小程序页面名称 */ text: string;
 };
 /** 回复消息内容 */ message_info?: {
  /** 回复的消息内容 */ content: string;
  /** 自定义透传字段 */ custom_data?: string;
 };
 /** 动作id */ action_id?: string;
}

export interface MerchantServiceLink {
 /** 文本 @example example_text */ text?: string;
 /** 动作 */ action?: MerchantServiceAction;
 /** 失效配置 */ invalid_info?: {
  /** 过期时间 @example 2015-05-20T13:29:35+08:00 */ expired_time?: string;
  /** 是否可以多次点击 */ multi_clickable?: boolean;
 };
}

export interface MerchantServiceAction {
 /** 动作类型 @example ACTION_TYPE_SEND_MESSAGE */ action_type?: "ACTION_TYPE_SEND_MESSAGE" | "ACTION_TYPE_JUMP_URL" | "ACTION_TYPE_JUMP_MINI_PROGRAM";
 /** 跳转链接 @example example_jump_url */ jump_url?: string;
 /** 跳转小程序信息 */ mini_program_jump_info?: {
  /** 跳转小程序APPID @example example_appid */ appid: string;
  /** 跳转小程序页面PATH @example example_path */ path?: string;
  /** 跳转小程序页面名称 @example example_text */ text?: string;
 };
 /** 回复消息内容 */ message_info?: {
  /** 回复的消息内容 @example example_content */ content: string;
  /** 自定义透传字段 @example example_custom_data */ custom_data?: string;
 };
 /** 动作id @example example_action_id */ action_id?: string;
}

export interface V3MerchantServiceNode {
 complaintNotifications: Open<V3MerchantServiceComplaintNotificationsNode>;
 complaints: Open<V3MerchantServiceComplaintsNode>;
 complaintsV2: Open<V3MerchantServiceComplaintsV2Node>;
 feedbacks: Open<V3MerchantServiceFeedbacksNode>;
 images: Open<V3MerchantServiceImagesNode>;
 chain: ChainFrom<"v3/merchant-service">;
}

export interface V3MerchantServiceComplaintNotificationsNode {
 /**
  * 查询投诉通知回调API `GET /v3/merchant-service/complaint-notifications`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/query-complaint-notifications.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_3.shtml
  */
 get: OptionalVerb<GetV3MerchantServiceComplaintNotificationsOptions, GetV3MerchantServiceComplaintNotificationsData>;
 /**
  * 创建投诉通知回调API `POST /v3/merchant-service/complaint-notifications`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/create-complaint-notifications.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_2.shtml
  */
 post: Verb<PostV3MerchantServiceComplaintNotificationsOptions, PostV3MerchantServiceComplaintNotificationsData>;
 /**
  * 更新投诉通知回调API `PUT /v3/merchant-service/complaint-notifications`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/update-complaint-notifications.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_4.shtml
  */
 put: Verb<PutV3MerchantServiceComplaintNotificationsOptions, PutV3MerchantServiceComplaintNotificationsData>;
 /**
  * 删除投诉通知回调API `DELETE /v3/merchant-service/complaint-notifications`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/delete-complaint-notifications.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_5.shtml
  */
 delete: OptionalVerb<DeleteV3MerchantServiceComplaintNotificationsOptions, DeleteV3MerchantServiceComplaintNotificationsData>;
 chain: ChainFrom<"v3/merchant-service/complaint-notifications">;
}

export interface V3MerchantServiceComplaintsNode {
 /**
  * 查询投诉信息API `GET /v3/merchant-service/complaints`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_1.shtml
  * @deprecated
  */
 get: Verb<GetV3MerchantServiceComplaintsOptions, GetV3MerchantServiceComplaintsData>;
 $transaction_id$: Open<V3MerchantServiceComplaints_transaction_id_Node>;
 _transaction_id_: Open<V3MerchantServiceComplaints_transaction_id_Node>;
 chain: ChainFrom<"v3/merchant-service/complaints">;
}

export interface V3MerchantServiceComplaintsV2Node {
 /**
  * 查询投诉单列表API `GET /v3/merchant-service/complaints-v2`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/list-complaints-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_11.shtml
  */
 get: Verb<GetV3MerchantServiceComplaintsV2Options, GetV3MerchantServiceComplaintsV2Data>;
 $complaint_id$: Open<V3MerchantServiceComplaintsV2_complaint_id_Node>;
 _complaint_id_: Open<V3MerchantServiceComplaintsV2_complaint_id_Node>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2">;
}

export interface V3MerchantServiceComplaintsV2_complaint_id_Node {
 /**
  * 查询投诉单详情API `GET /v3/merchant-service/complaints-v2/{complaint_id}`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-complaint-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_13.shtml
  */
 get: Verb<GetV3MerchantServiceComplaintsV2_complaint_id_Options, GetV3MerchantServiceComplaintsV2_complaint_id_Data>;
 complete: Open<V3MerchantServiceComplaintsV2CompleteNode>;
 negotiationHistorys: Open<V3MerchantServiceComplaintsV2NegotiationHistorysNode>;
 response: Open<V3MerchantServiceComplaintsV2ResponseNode>;
 responseImmediateService: Open<V3MerchantServiceComplaintsV2ResponseImmediateServiceNode>;
 updateRefundProgress: Open<V3MerchantServiceComplaintsV2UpdateRefundProgressNode>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}">;
}

export interface V3MerchantServiceComplaintsV2CompleteNode {
 /**
  * 反馈处理完成API `POST /v3/merchant-service/complaints-v2/{complaint_id}/complete`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/complete-complaint-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_15.shtml
  */
 post: Verb<PostV3MerchantServiceComplaintsV2CompleteOptions, PostV3MerchantServiceComplaintsV2CompleteData>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}/complete">;
}

export interface V3MerchantServiceComplaintsV2NegotiationHistorysNode {
 /**
  * 查询投诉协商历史API `GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-negotiation-history-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_12.shtml
  */
 get: Verb<GetV3MerchantServiceComplaintsV2NegotiationHistorysOptions, GetV3MerchantServiceComplaintsV2NegotiationHistorysData>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys">;
}

export interface V3MerchantServiceComplaintsV2ResponseNode {
 /**
  * 提交回复API `POST /v3/merchant-service/complaints-v2/{complaint_id}/response`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/response-complaint-v2.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_14.shtml
  */
 post: Verb<PostV3MerchantServiceComplaintsV2ResponseOptions, PostV3MerchantServiceComplaintsV2ResponseData>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}/response">;
}

export interface V3MerchantServiceComplaintsV2ResponseImmediateServiceNode {
 /** 回复需要即时服务的投诉单 `POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service` */
 post: Verb<PostV3MerchantServiceComplaintsV2ResponseImmediateServiceOptions, PostV3MerchantServiceComplaintsV2ResponseImmediateServiceData>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service">;
}

export interface V3MerchantServiceComplaintsV2UpdateRefundProgressNode {
 /**
  * 更新退款审批结果API `POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/update-refund-progress.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter10_2_19.shtml
  */
 post: Verb<PostV3MerchantServiceComplaintsV2UpdateRefundProgressOptions, PostV3MerchantServiceComplaintsV2UpdateRefundProgressData>;
 chain: ChainFrom<"v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress">;
}

export interface V3MerchantServiceComplaints_transaction_id_Node {
 /**
  * 查询投诉详情API `GET /v3/merchant-service/complaints/{transaction_id}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_8.shtml
  * @deprecated
  */
 get: Verb<GetV3MerchantServiceComplaints_transaction_id_Options, GetV3MerchantServiceComplaints_transaction_id_Data>;
 negotiationHistorys: Open<V3MerchantServiceComplaintsNegotiationHistorysNode>;
 chain: ChainFrom<"v3/merchant-service/complaints/{transaction_id}">;
}

export interface V3MerchantServiceComplaintsNegotiationHistorysNode {
 /**
  * 查询投诉协商历史API `GET /v3/merchant-service/complaints/{transaction_id}/negotiation-historys`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_7.shtml
  * @deprecated
  */
 get: Verb<GetV3MerchantServiceComplaintsNegotiationHistorysOptions, GetV3MerchantServiceComplaintsNegotiationHistorysData>;
 chain: ChainFrom<"v3/merchant-service/complaints/{transaction_id}/negotiation-historys">;
}

export interface V3MerchantServiceFeedbacksNode {
 /**
  * 商户反馈API `POST /v3/merchant-service/feedbacks`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_6.shtml
  * @deprecated
  */
 post: Verb<PostV3MerchantServiceFeedbacksOptions, PostV3MerchantServiceFeedbacksData>;
 chain: ChainFrom<"v3/merchant-service/feedbacks">;
}

export interface V3MerchantServiceImagesNode {
 $media_id$: Open<V3MerchantServiceImages_media_id_Node>;
 _media_id_: Open<V3MerchantServiceImages_media_id_Node>;
 upload: Open<V3MerchantServiceImagesUploadNode>;
 chain: ChainFrom<"v3/merchant-service/images">;
}

export interface V3MerchantServiceImagesUploadNode {
 /**
  * 商户上传反馈图片API `POST /v3/merchant-service/images/upload`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/images/create-images.html
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter5_1.shtml
  */
 post: Verb<PostV3MerchantServiceImagesUploadOptions, PostV3MerchantServiceImagesUploadData>;
 chain: ChainFrom<"v3/merchant-service/images/upload">;
}

export interface V3MerchantServiceImages_media_id_Node {
 /**
  * 图片下载API `GET /v3/merchant-service/images/{media_id}`
  * @see https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/images/query-images.html
  * @see https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/images/query-images.html
  */
 get: Verb<GetV3MerchantServiceImagesOptions, GetV3MerchantServiceImagesData>;
 chain: ChainFrom<"v3/merchant-service/images/{media_id}">;
}
