// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, OptionalVerb, Verb } from '../catalog.js';

/** 提交停车场进件申请: request body */
export interface PostV3ParkingRemindersApplicationBody {
 parking_lot: {
  /** 停车场名称 @example XX购物中心停车场 */ parking_lot_name: string;
  /** 商户停车场ID @example PARK001 */ out_parking_lot_id: string;
  /** 停车场地址 @example XX市XX区XX路XX号 */ parking_lot_address: string;
  /** 停车场经度 @example 116.397128 */ longitude: string;
  /** 停车场纬度 @example 39.916527 */ latitude: string;
  /** 停车场类型 @example PARKING_LOT_TYPE_BUSINESS_DISTRICT */ parking_lot_type: "PARKING_LOT_TYPE_UNKNOWN" | "PARKING_LOT_TYPE_BUSINESS_DISTRICT" | "PARKING_LOT_TYPE_OFFICE_BUILDING" | "PARKING_LOT_TYPE_TRANSPORTATION_HUB" | "PARKING_LOT_TYPE_RESIDENTIAL_AREA" | "PARKING_LOT_TYPE_PARK_AREA" | "PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY";
  /** 客服联系电话 @example 13800138000 */ phone_number: string;
  /** 收费告示牌url @example https://example.com/parking_sign.jpg */ parking_sign_url?: string;
  /** 停车场优惠文案 */ notification_text_list?: string[];
  /** 商家支付小程序appid @example wx1234567890abcdef */ payment_mini_prog_appid?: string;
  /** 商家支付路径 @example pages/pay/index */ payment_path: string;
  /** 商家停车订单小程序appid @example wx1234567890abcdef */ parking_order_mini_prog_appid?: string;
  /** 商家停车订单路径 @example pages/order/index */ parking_order_path?: string;
  charging_rule?: {
   /** 收费规则类型 @example CHARGING_RULE_FIXED_INTERVAL */ rule_type?: "CHARGING_RULE_UNKNOWN" | "CHARGING_RULE_FIXED_INTERVAL" | "CHARGING_RULE_SEGMENT" | "CHARGING_RULE_PER_ENTRY";
   /** 收费金额限制类型 @example FEE_LIMIT_AGGREGATE */ fee_limit_type?: "FEE_LIMIT_UNKNOWN" | "FEE_LIMIT_AGGREGATE" | "FEE_LIMIT_SINGLE";
   /** 计费周期类型 @example DAILY_LIMIT_CALENDAR_DAY */ daily_limit_type?: "DAILY_LIMIT_UNKNOWN" | "DAILY_LIMIT_ROLLING_24H" | "DAILY_LIMIT_CALENDAR_DAY";
   /** 不满一小时取整方式 @example TIME_ROUND_UP */ time_rounding_type?: "TIME_ROUND_UNKNOWN" | "TIME_ROUND_DOWN" | "TIME_ROUND_UP";
   /** 入场免费时间 @example 30 */ free_entry_duration?: number;
   /** 出场免费时间 @example 15 */ free_exit_duration?: number;
   fixed_interval_rule?: Array<{
    /** 日期类型 @example DAY_TYPE_WEEKDAY */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 @example 09:00 */ start_time?: string;
    /** 时段结束时间 @example 18:00 */ end_time?: string;
    /** 车辆类型 @example VEHICLE_TYPE_SMALL */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 @example PLATE_TYPE_TEMPORARY */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 首段收费时长 @example 60 */ first_duration?: number;
    /** 首段收费金额 @example 500 */ first_amount?: number;
    /** 间隔收费时长 @example 30 */ interval_duration?: number;
    /** 间隔收费金额 @example 200 */ interval_amount?: number;
    /** 间隔时段收费封顶 @example 1000 */ interval_max_amount?: number;
    /** 单日最大收款金额 @example 5000 */ max_fee_per_day?: number;
    /** 免费时段收取模式 @example FREE_PERIOD_CHARGING_ONCE_PER_ENTRY */ free_period_charging_mode?: "FREE_PERIOD_CHARGING_UNKNOWN" | "FREE_PERIOD_CHARGING_ONCE_PER_ENTRY" | "FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS" | "FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY" | "FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION";
    /** 免费时段计算方式 @example FREE_PERIOD_CAL_SEQUENTIAL_START */ free_period_calculation_mode?: "FREE_PERIOD_CAL_UNKNOWN" | "FREE_PERIOD_CAL_CONCURRENT_START" | "FREE_PERIOD_CAL_SEQUENTIAL_START";
    /** 新能源是否免停 @example false */ is_green_vehicle_free_parking?: boolean;
    /** 首段收费模式 @example FIRST_DURATION_MODE_ONLY_FIRST_DURATION */ first_duration_mode?: "FIRST_DURATION_MODE_UNKNOWN" | "FIRST_DURATION_MODE_ONLY_FIRST_DURATION" | "FIRST_DURATION_MODE_EVERY_FIRST_DURATION";
   }>;
   duration_segment_rule?: Array<{
    /** 日期类型 @example DAY_TYPE_WEEKDAY */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 @example 09:00 */ start_time?: string;
    /** 时段结束时间 @example 18:00 */ end_time?: string;
    /** 车辆类型 @example VEHICLE_TYPE_SMALL */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 @example PLATE_TYPE_TEMPORARY */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 收费模式 @example INTERVAL */ charge_mode?: "UNKNOWN" | "INTERVAL" | "ONE_TIME";
    /** 停车时长起始 @example 0 */ duration_from?: number;
    /** 停车时长结束 @example 60 */ duration_to?: number;
    /** 固定收费金额 @example 1000 */ fixed_amount?: number;
    /** 间隔时段 @example 30 */ interval_min?: number;
    /** 间隔收费金额 @example 200 */ interval_amount?: number;
    /** 间隔时段收费封顶 @example 1000 */ interval_max_amount?: number;
    /** 单日最大收款金额 @example 5000 */ max_fee_per_day?: number;
   }>;
   pre_entry_rule?: Array<{
    /** 日期类型 @example DAY_TYPE_WEEKDAY */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 @example 09:00 */ start_time?: string;
    /** 时段结束时间 @example 18:00 */ end_time?: string;
    /** 车辆类型 @example VEHICLE_TYPE_SMALL */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 @example PLATE_TYPE_TEMPORARY */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 收费金额 @example 1000 */ amount?: number;
    /** 单日最大收款金额 @example 5000 */ max_fee_per_day?: number;
   }>;
   /** 节假日模式 @example HOLIDAY_MODE_LEGAL_MODY */ holiday_mode?: "HOLIDAY_MODE_UNKNOWN" | "HOLIDAY_MODE_LEGAL_MODY" | "HOLIDAY_MODE_CALENDAR_MODY" | "HOLIDAY_MODE_FINANCIAL_MODY";
   /** 累计限额模式 @example AGGREGATE_LIMIT_MODE_NORMAL */ aggregate_limit_mode?: "AGGREGATE_LIMIT_MODE_UNKNOWN" | "AGGREGATE_LIMIT_MODE_NORMAL" | "AGGREGATE_LIMIT_MODE_MIN";
   /** 首次计费时间模式 @example FIRST_CHARGE_TIME_MODE_ENTER */ first_charge_time_mode?: "FIRST_CHARGE_TIME_MODE_UNKNOWN" | "FIRST_CHARGE_TIME_MODE_ENTER" | "FIRST_CHARGE_TIME_MODE_AFTER_FREE";
  };
 };
}
/** 提交停车场进件申请: options */
export interface PostV3ParkingRemindersApplicationOptions extends CallOptions {
 json: PostV3ParkingRemindersApplicationBody;
}
/** 提交停车场进件申请: response body */
export interface PostV3ParkingRemindersApplicationData {
 /** 停车场进件审核单号 */ parking_lot_audit_no?: string;
}

/** 查询停车场进件申请单: options */
export interface GetV3ParkingRemindersApplicationQueryOptions extends CallOptions {
 query: {
  /** 停车场进件审核单号 @example PLA202604230001 */ parking_lot_audit_no: string;
  /** 商户停车场ID @example lot_sz_tencent_001 */ out_parking_lot_id: string;
 };
}
/** 查询停车场进件申请单: response body */
export interface GetV3ParkingRemindersApplicationQueryData {
 application?: Application;
 /** 微信停车场ID */ wx_parking_lot_id?: string;
}

/** 撤回停车场进件申请: request body */
export interface PostV3ParkingRemindersApplicationWithdrawBody {
 /** 停车场进件审核单号 @example PLA202604230001 */ parking_lot_audit_no: string;
 /** 商户停车场ID @example lot_sz_tencent_001 */ out_parking_lot_id: string;
}
/** 撤回停车场进件申请: options */
export interface PostV3ParkingRemindersApplicationWithdrawOptions extends CallOptions {
 json: PostV3ParkingRemindersApplicationWithdrawBody;
}
/** 撤回停车场进件申请: response body */
export type PostV3ParkingRemindersApplicationWithdrawData = undefined;

/** 查询停车场进件申请单列表: options */
export interface GetV3ParkingRemindersApplicationsOptions extends CallOptions {
 query: {
  /** 商户停车场ID @example lot_sz_tencent_001 */ out_parking_lot_id: string;
  /** 偏移量 @example 0 */ offset?: number;
  /** 条数 @example 10 */ limit?: number;
 };
}
/** 查询停车场进件申请单列表: response body */
export interface GetV3ParkingRemindersApplicationsData {
 application_list?: Application[];
 /** 微信停车场ID */ wx_parking_lot_id?: string;
}

/** 同步车辆入场通知: request body */
export interface PostV3ParkingRemindersEntryBody {
 /** 商户停车单号 @example PARK202407041530001 */ out_serial_number: string;
 /** 微信停车场ID @example WXPARK001 */ parking_id: string;
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 /** 车辆入场时间 @example 1720078200 */ enter_timestamp: number;
 /** 车牌颜色 @example PLATE_COLOR_BLUE */ plate_color: "PLATE_COLOR_UNKNOWN" | "PLATE_COLOR_BLUE" | "PLATE_COLOR_YELLOW" | "PLATE_COLOR_BLACK" | "PLATE_COLOR_WHITE" | "PLATE_COLOR_GREEN" | "PLATE_COLOR_YELLOW_GREEN" | "PLATE_COLOR_AGRICULTURAL_YELLOW" | "PLATE_COLOR_OTHER";
 /** 车辆性质 @example PLATE_TYPE_TEMPORARY */ car_type: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
 /** 车辆类型 @example VEHICLE_TYPE_SMALL */ vehicle_type: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
 /** 停车场入口编号 @example A01 */ entrance_number?: string;
 /** 停车场入口名称 @example 南门入口 */ entrance_name?: string;
 /** 优惠信息模板ID */ discount_template_id?: number[];
}
/** 同步车辆入场通知: options */
export interface PostV3ParkingRemindersEntryOptions extends CallOptions {
 json: PostV3ParkingRemindersEntryBody;
}
/** 同步车辆入场通知: response body */
export interface PostV3ParkingRemindersEntryData {
 /** 微信停车单号 */ serial_number?: string;
}

/** 同步车辆离场通知: request body */
export interface PostV3ParkingRemindersExitBody {
 /** 商户停车单号 @example PARK202407041530001 */ out_serial_number: string;
 /** 车辆出场时间 @example 1720081800 */ exit_timestamp: number;
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 /** 车牌颜色 @example PLATE_COLOR_BLUE */ plate_color: "PLATE_COLOR_UNKNOWN" | "PLATE_COLOR_BLUE" | "PLATE_COLOR_YELLOW" | "PLATE_COLOR_BLACK" | "PLATE_COLOR_WHITE" | "PLATE_COLOR_GREEN" | "PLATE_COLOR_YELLOW_GREEN" | "PLATE_COLOR_AGRICULTURAL_YELLOW" | "PLATE_COLOR_OTHER";
 /** 微信停车场ID @example WXPARK001 */ parking_id: string;
 /** 支付状态 @example PAY_STATUS_PAID */ pay_state?: "PAY_STATUS_UNKNOWN" | "PAY_STATUS_UNPAID" | "PAY_STATUS_PAID";
 /** 支付类型 @example PAY_TYPE_WXPAY */ pay_type?: "PAY_TYPE_UNKNOWN" | "PAY_TYPE_WXPAY" | "PAY_TYPE_OTHERS";
 /** 商户支付订单号 @example TRADE202407041530001 */ out_trade_no?: string;
 /** 总费用 @example 1500 */ total_amount?: number;
 /** 已支付费用 @example 1500 */ paid_amount?: number;
 /** 付款用户OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 支付渠道 @example PAY_CHANNEL_WECHAT_PAY_NOTIF */ pay_channel?: "PAY_CHANNEL_UNKNOWN" | "PAY_CHANNEL_WECHAT_PAY_NOTIF" | "PAY_CHANNEL_SCAN_QRCODE" | "PAY_CHANNEL_OFFICIAL_ACCOUNT" | "PAY_CHANNEL_MCH_MINI_PROG" | "PAY_CHANNEL_OTHERS";
 /** 支付时间 @example 1720081800 */ pay_time?: number;
 /** 消息支付防伪凭证 @example token1234567890 */ token?: string;
 /** 微信支付订单号 @example 4200001999202407041234567890 */ wx_trade_no?: string;
}
/** 同步车辆离场通知: options */
export interface PostV3ParkingRemindersExitOptions extends CallOptions {
 json: PostV3ParkingRemindersExitBody;
}
/** 同步车辆离场通知: response body */
export type PostV3ParkingRemindersExitData = undefined;

/** 同步非临停扩展支付: request body */
export interface PostV3ParkingRemindersExtPaymentBody {
 /** 商户支付订单号 @example TRADE202407041530001 */ out_trade_no: string;
 /** 费用明细列表 */ fee_items: Array<{
  /** 费用类型 @example EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY */ fee_type: "EXT_PARKING_PAYMENT_FEE_TYPE_UNKNOWN" | "EXT_PARKING_PAYMENT_FEE_TYPE_MONTHLY" | "EXT_PARKING_PAYMENT_FEE_TYPE_QUARTERLY" | "EXT_PARKING_PAYMENT_FEE_TYPE_MEMBER";
  /** 金额 @example 5000 */ amount: number;
 }>;
 /** 支付时间 @example 1719128975 */ pay_time: number;
 /** 微信停车场ID @example 21232735744117624001123604298240 */ wx_parking_lot_id?: string;
 /** 微信支付订单号 @example 4200001999202407041234567890 */ wx_trade_no?: string;
}
/** 同步非临停扩展支付: options */
export interface PostV3ParkingRemindersExtPaymentOptions extends CallOptions {
 json: PostV3ParkingRemindersExtPaymentBody;
}
/** 同步非临停扩展支付: response body */
export type PostV3ParkingRemindersExtPaymentData = undefined;

/** 查询停车费用: request body */
export interface PostV3ParkingRemindersParkingFeeBody {
 /** 商户停车单号 @example PARK202407041530001 */ out_serial_number: string;
 /** 车牌号 @example 粤B12345 */ plate_number?: string;
 /** 商户停车场ID @example lot_sz_tencent_001 */ out_parking_id?: string;
}
/** 查询停车费用: options */
export interface PostV3ParkingRemindersParkingFeeOptions extends CallOptions {
 json: PostV3ParkingRemindersParkingFeeBody;
}
/** 查询停车费用: response body */
export interface PostV3ParkingRemindersParkingFeeData {
 /** 当前总费用 */ total_amount?: number;
 /** 已停时长 */ parking_timestamp?: number;
 /** 停车状态 */ parking_state?: "PARKING_STATE_UNKNOWN" | "PARKING_STATE_ENTERED" | "PARKING_STATE_EXIT_GATE" | "PARKING_STATE_EXITED" | "PARKING_STATE_UNEXPECTED_CLOSE";
 /** 支付状态 */ pay_state?: "PAY_STATUS_UNKNOWN" | "PAY_STATUS_UNPAID" | "PAY_STATUS_PAID";
 /** 免费待出场时间 */ allowed_exit_timestamp?: number;
 /** 下一次跳价价格 */ next_raise_price?: number;
 /** 下一次跳价时间 */ next_raise_timestamp?: number;
 /** 应付金额 */ payable_amount?: number;
 /** 已付金额 */ paid_amount?: number;
}

/** 查询停车场信息: options */
export interface GetV3ParkingRemindersParkingLotOptions extends CallOptions {
 query?: {
  /** 商户停车场ID @example lot_sz_tencent_001 */ out_parking_lot_id?: string;
  /** 微信停车场ID @example 21232735744117624001123604298240 */ wx_parking_lot_id?: string;
 };
}
/** 查询停车场信息: response body */
export interface GetV3ParkingRemindersParkingLotData {
 /** 微信停车场ID */ wx_parking_lot_id?: string;
 /** 商户停车场ID */ out_parking_lot_id?: string;
 /** 停车场名称 */ parking_lot_name?: string;
 /** 停车场地址 */ parking_lot_address?: string;
 /** 支付小程序appid */ payment_mini_prog_appid?: string;
 /** 支付小程序path */ payment_mini_prog_path?: string;
 /** 停车订单小程序appid */ parking_order_mini_prog_appid?: string;
 /** 停车订单小程序path */ parking_order_mini_prog_path?: string;
 /** 启用状态 */ enabled_state?: "ENABLED_STATE_UNKNOWN" | "ENABLED_STATE_NOT_ENABLED" | "ENABLED_STATE_ENABLED" | "ENABLED_STATE_OFFLINE";
 /** 原因 */ reason?: string;
}

/** 同步支付结果通知: request body */
export interface PostV3ParkingRemindersPaymentBody {
 /** 商户停车单号 @example PARK202407041530001 */ out_serial_number: string;
 /** 车牌号 @example 粤B12345 */ plate_number: string;
 /** 微信停车场ID @example WXPARK001 */ parking_id: string;
 /** 停车状态 @example PARKING_STATUS_PARKING */ parking_state: "PARKING_STATUS_UNKNOWN" | "PARKING_STATUS_PARKING" | "PARKING_STATUS_NOT_PARKING";
 /** 支付类型 @example PAY_TYPE_WXPAY */ pay_type: "PAY_TYPE_UNKNOWN" | "PAY_TYPE_WXPAY" | "PAY_TYPE_OTHERS";
 /** 付款用户OpenID @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o */ openid?: string;
 /** 特约商户号 @example 1900000109 */ sub_mchid?: string;
 /** 总费用 @example 1500 */ total_amount: number;
 /** 已支付费用 @example 1500 */ paid_amount: number;
 /** 商户支付订单号 @example TRADE202407041530001 */ out_trade_no?: string;
 /** 支付渠道 @example PAY_CHANNEL_WECHAT_PAY_NOTIF */ pay_channel?: "PAY_CHANNEL_UNKNOWN" | "PAY_CHANNEL_WECHAT_PAY_NOTIF" | "PAY_CHANNEL_SCAN_QRCODE" | "PAY_CHANNEL_OFFICIAL_ACCOUNT" | "PAY_CHANNEL_MCH_MINI_PROG" | "PAY_CHANNEL_OTHERS";
 /** 支付时间 @example 1720081800 */ pay_time?: number;
 /** 消息支付防伪凭证 @example token1234567890 */ token?: string;
 /** 微信支付订单号 @example 4200001999202407041234567890 */ wx_trade_no?: string;
}
/** 同步支付结果通知: options */
export interface PostV3ParkingRemindersPaymentOptions extends CallOptions {
 json: PostV3ParkingRemindersPaymentBody;
}
/** 同步支付结果通知: response body */
export type PostV3ParkingRemindersPaymentData = undefined;

export interface Application {
 /** 停车场进件审核单号 */ parking_lot_audit_no?: string;
 /** 审核状态 */ audit_status?: "AUDIT_STATUS_UNKNOWN" | "AUDIT_STATUS_PENDING" | "AUDIT_STATUS_WITHDRAWN" | "AUDIT_STATUS_APPROVED" | "AUDIT_STATUS_REJECTED";
 /** 提交时间 */ submit_time?: number;
 parking_lot?: {
  /** 停车场名称 */ parking_lot_name?: string;
  /** 商户停车场ID */ out_parking_lot_id?: string;
  /** 停车场地址 */ parking_lot_address?: string;
  /** 停车场经度 */ longitude?: string;
  /** 停车场纬度 */ latitude?: string;
  /** 停车场类型 */ parking_lot_type?: "PARKING_LOT_TYPE_UNKNOWN" | "PARKING_LOT_TYPE_BUSINESS_DISTRICT" | "PARKING_LOT_TYPE_OFFICE_BUILDING" | "PARKING_LOT_TYPE_TRANSPORTATION_HUB" | "PARKING_LOT_TYPE_RESIDENTIAL_AREA" | "PARKING_LOT_TYPE_PARK_AREA" | "PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY";
  /** 客服联系电话 */ phone_number?: string;
  /** 收费告示牌url */ parking_sign_url?: string;
  /** 停车场优惠文案 */ notification_text_list?: string[];
  /** 商家支付小程序appid */ payment_mini_prog_appid?: string;
  /** 商家支付路径 */ payment_path?: string;
  /** 商家停车订单小程序appid */ parking_order_mini_prog_appid?: string;
  /** 商家停车订单路径 */ parking_order_path?: string;
  charging_rule?: {
   /** 收费规则类型 */ rule_type?: "CHARGING_RULE_UNKNOWN" | "CHARGING_RULE_FIXED_INTERVAL" | "CHARGING_RULE_SEGMENT" | "CHARGING_RULE_PER_ENTRY";
   /** 收费金额限制类型 */ fee_limit_type?: "FEE_LIMIT_UNKNOWN" | "FEE_LIMIT_AGGREGATE" | "FEE_LIMIT_SINGLE";
   /** 计费周期类型 */ daily_limit_type?: "DAILY_LIMIT_UNKNOWN" | "DAILY_LIMIT_ROLLING_24H" | "DAILY_LIMIT_CALENDAR_DAY";
   /** 不满一小时取整方式 */ time_rounding_type?: "TIME_ROUND_UNKNOWN" | "TIME_ROUND_DOWN" | "TIME_ROUND_UP";
   /** 入场免费时间 */ free_entry_duration?: number;
   /** 出场免费时间 */ free_exit_duration?: number;
   fixed_interval_rule?: Array<{
    /** 日期类型 */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 */ start_time?: string;
    /** 时段结束时间 */ end_time?: string;
    /** 车辆类型 */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 首段收费时长 */ first_duration?: number;
    /** 首段收费金额 */ first_amount?: number;
    /** 间隔收费时长 */ interval_duration?: number;
    /** 间隔收费金额 */ interval_amount?: number;
    /** 间隔时段收费封顶 */ interval_max_amount?: number;
    /** 单日最大收款金额 */ max_fee_per_day?: number;
    /** 免费时段收取模式 */ free_period_charging_mode?: "FREE_PERIOD_CHARGING_UNKNOWN" | "FREE_PERIOD_CHARGING_ONCE_PER_ENTRY" | "FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS" | "FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY" | "FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION";
    /** 免费时段计算方式 */ free_period_calculation_mode?: "FREE_PERIOD_CAL_UNKNOWN" | "FREE_PERIOD_CAL_CONCURRENT_START" | "FREE_PERIOD_CAL_SEQUENTIAL_START";
    /** 新能源是否免停 */ is_green_vehicle_free_parking?: boolean;
    /** 首段收费模式 */ first_duration_mode?: "FIRST_DURATION_MODE_UNKNOWN" | "FIRST_DURATION_MODE_ONLY_FIRST_DURATION" | "FIRST_DURATION_MODE_EVERY_FIRST_DURATION";
   }>;
   duration_segment_rule?: Array<{
    /** 日期类型 */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 */ start_time?: string;
    /** 时段结束时间 */ end_time?: string;
    /** 车辆类型 */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 收费模式 */ charge_mode?: "UNKNOWN" | "INTERVAL" | "ONE_TIME";
    /** 停车时长起始 */ duration_from?: number;
    /** 停车时长结束 */ duration_to?: number;
    /** 固定收费金额 */ fixed_amount?: number;
    /** 间隔时段 */ interval_min?: number;
    /** 间隔收费金额 */ interval_amount?: number;
    /** 间隔时段收费封顶 */ interval_max_amount?: number;
    /** 单日最大收款金额 */ max_fee_per_day?: number;
   }>;
   pre_entry_rule?: Array<{
    /** 日期类型 */ day_type?: "DAY_TYPE_UNKNOWN" | "DAY_TYPE_WEEKDAY" | "DAY_TYPE_HOLIDAY" | "DAY_TYPE_ALL_DAY";
    /** 时段开始时间 */ start_time?: string;
    /** 时段结束时间 */ end_time?: string;
    /** 车辆类型 */ vehicle_type?: "VEHICLE_TYPE_UNKNOWN" | "VEHICLE_TYPE_SMALL" | "VEHICLE_TYPE_LARGE" | "VEHICLE_TYPE_EXTRA_LARGE" | "VEHICLE_TYPE_ALL_TYPE";
    /** 车牌类型 */ plate_type?: "PLATE_TYPE_UNKNOWN" | "PLATE_TYPE_TEMPORARY" | "PLATE_TYPE_MONTHLY" | "PLATE_TYPE_FREE" | "PLATE_TYPE_PREPAID" | "PLATE_TYPE_OTHERS";
    /** 收费金额 */ amount?: number;
    /** 单日最大收款金额 */ max_fee_per_day?: number;
   }>;
   /** 节假日模式 */ holiday_mode?: "HOLIDAY_MODE_UNKNOWN" | "HOLIDAY_MODE_LEGAL_MODY" | "HOLIDAY_MODE_CALENDAR_MODY" | "HOLIDAY_MODE_FINANCIAL_MODY";
   /** 累计限额模式 */ aggregate_limit_mode?: "AGGREGATE_LIMIT_MODE_UNKNOWN" | "AGGREGATE_LIMIT_MODE_NORMAL" | "AGGREGATE_LIMIT_MODE_MIN";
   /** 首次计费时间模式 */ first_charge_time_mode?: "FIRST_CHARGE_TIME_MODE_UNKNOWN" | "FIRST_CHARGE_TIME_MODE_ENTER" | "FIRST_CHARGE_TIME_MODE_AFTER_FREE";
  };
 };
 audit_comment?: {
  fields?: Array<{
   /** 字段名 */ field?: string;
   /** 审核意见 */ comment?: string;
  }>;
  /** 改进建议 */ recommendation?: string;
 };
}

export interface V3ParkingNode {
 reminders: Open<V3ParkingRemindersNode>;
 chain: ChainFrom<"v3/parking">;
}

export interface V3ParkingRemindersNode {
 application: Open<V3ParkingRemindersApplicationNode>;
 applications: Open<V3ParkingRemindersApplicationsNode>;
 entry: Open<V3ParkingRemindersEntryNode>;
 exit: Open<V3ParkingRemindersExitNode>;
 extPayment: Open<V3ParkingRemindersExtPaymentNode>;
 parkingFee: Open<V3ParkingRemindersParkingFeeNode>;
 parkingLot: Open<V3ParkingRemindersParkingLotNode>;
 payment: Open<V3ParkingRemindersPaymentNode>;
 chain: ChainFrom<"v3/parking/reminders">;
}

export interface V3ParkingRemindersApplicationNode {
 /** 提交停车场进件申请 `POST /v3/parking/reminders/application` */
 post: Verb<PostV3ParkingRemindersApplicationOptions, PostV3ParkingRemindersApplicationData>;
 query: Open<V3ParkingRemindersApplicationQueryNode>;
 withdraw: Open<V3ParkingRemindersApplicationWithdrawNode>;
 chain: ChainFrom<"v3/parking/reminders/application">;
}

export interface V3ParkingRemindersApplicationQueryNode {
 /** 查询停车场进件申请单 `GET /v3/parking/reminders/application/query` */
 get: Verb<GetV3ParkingRemindersApplicationQueryOptions, GetV3ParkingRemindersApplicationQueryData>;
 chain: ChainFrom<"v3/parking/reminders/application/query">;
}

export interface V3ParkingRemindersApplicationWithdrawNode {
 /** 撤回停车场进件申请 `POST /v3/parking/reminders/application/withdraw` */
 post: Verb<PostV3ParkingRemindersApplicationWithdrawOptions, PostV3ParkingRemindersApplicationWithdrawData>;
 chain: ChainFrom<"v3/parking/reminders/application/withdraw">;
}

export interface V3ParkingRemindersApplicationsNode {
 /** 查询停车场进件申请单列表 `GET /v3/parking/reminders/applications` */
 get: Verb<GetV3ParkingRemindersApplicationsOptions, GetV3ParkingRemindersApplicationsData>;
 chain: ChainFrom<"v3/parking/reminders/applications">;
}

export interface V3ParkingRemindersEntryNode {
 /** 同步车辆入场通知 `POST /v3/parking/reminders/entry` */
 post: Verb<PostV3ParkingRemindersEntryOptions, PostV3ParkingRemindersEntryData>;
 chain: ChainFrom<"v3/parking/reminders/entry">;
}

export interface V3ParkingRemindersExitNode {
 /** 同步车辆离场通知 `POST /v3/parking/reminders/exit` */
 post: Verb<PostV3ParkingRemindersExitOptions, PostV3ParkingRemindersExitData>;
 chain: ChainFrom<"v3/parking/reminders/exit">;
}

export interface V3ParkingRemindersExtPaymentNode {
 /** 同步非临停扩展支付 `POST /v3/parking/reminders/ext-payment` */
 post: Verb<PostV3ParkingRemindersExtPaymentOptions, PostV3ParkingRemindersExtPaymentData>;
 chain: ChainFrom<"v3/parking/reminders/ext-payment">;
}

export interface V3ParkingRemindersParkingFeeNode {
 /** 查询停车费用 `POST /v3/parking/reminders/parking-fee` */
 post: Verb<PostV3ParkingRemindersParkingFeeOptions, PostV3ParkingRemindersParkingFeeData>;
 chain: ChainFrom<"v3/parking/reminders/parking-fee">;
}

export interface V3ParkingRemindersParkingLotNode {
 /** 查询停车场信息 `GET /v3/parking/reminders/parking-lot` */
 get: OptionalVerb<GetV3ParkingRemindersParkingLotOptions, GetV3ParkingRemindersParkingLotData>;
 chain: ChainFrom<"v3/parking/reminders/parking-lot">;
}

export interface V3ParkingRemindersPaymentNode {
 /** 同步支付结果通知 `POST /v3/parking/reminders/payment` */
 post: Verb<PostV3ParkingRemindersPaymentOptions, PostV3ParkingRemindersPaymentData>;
 chain: ChainFrom<"v3/parking/reminders/payment">;
}
