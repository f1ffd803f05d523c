// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 点餐订单信息同步（渠道商/服务商）: request body */
export interface PostV3CateringOrdersSyncStatusBody {
 /** 微信支付分配的服务商商户号 @example 1900000100 */ sp_mchid?: string;
 /** 子商户在微信公众平台申请服务号对应的APPID @example wx8888888888888888 */ sp_appid?: string;
 /** 微信支付分配的渠道商商户号 @example 1900000109 */ channel_id: string;
 /** 微信支付分配子商户商户号 @example 1900000100 */ sub_mchid: string;
 /** 子商户在微信公众平台申请服务号对应的APPID @example wx8888888888888888 */ sub_appid: string;
 /** 商户旗下门店的唯一编号 @example 6895 */ out_shop_no: string;
 /** 用户子标识 @example oYobu0Dmn6TdodZnFWKOEkqoRbI8 */ sub_openid: string;
 /** 微信用户登录接口返回的登录票据 @example 071oYFSN19sCH31AyNSN15QDSN1oYFSA */ login_token: string;
 /** 点餐入口 @example http://www.example.com */ order_entry: string;
 /** 总价 @example 1000 */ total_amount: number;
 /** 优惠金额 @example 100 */ discount_amount: number;
 /** 实际支付金额 @example 900 */ user_amount: number;
 /** 订单状态 @example CREATE_DEAL */ status: "CREATE_DEAL" | "PAY_SUCCESS";
 /** 状态发生变化的时间 @example 2018-06-08T10:34:56+08:00 */ action_time: string;
 /** 支付时间 @example 2018-06-08T10:34:56+08:00 */ pay_time?: string;
 /** 支付订单号 @example 1009660380201506130728806387 */ transaction_id?: string;
 /** 渠道商系统内部支付订单号 @example 20150806125346 */ out_trade_no?: string;
 /** 渠道商系统内部订单号 @example 20150806125346 */ out_order_no: string;
 /** 桌位号 @example 1 */ out_table_no?: string;
 /** 消费人数 @example 2 */ people_count?: number;
 /** 商户菜品信息列表 */ dish_list: Array<{
  /** 商户菜品ID @example 1 */ out_dish_no: string;
  /** 菜品名称 @example 清汤锅底 */ name: string;
  /** 菜品单价 @example 1 */ price: number;
  /** 菜品单位 @example BY_SHARE */ unit: "BY_SHARE" | "BY_WEIGHT";
  /** 菜品数量 @example 1.5 */ count: number;
  /** 菜品折扣 @example 100 */ discount?: number;
  /** 菜品分类 @example FAST_FOOD */ type?: string;
  /** 当前菜品在服务商平台的顺序 @example 1 */ priority?: number;
  /** 菜品属性 */ properties?: {
   /** 口味 @example 辣 */ taste: string;
   /** 做法 @example 炒 */ cuisine: string;
   /** 主料 @example 猪肝 */ main_material: string;
   /** 配料 @example 青椒 | 辣椒 | 葱 | 八角 */ ingredients: string;
   /** 其他 @example 有机 | 农家 */ others?: string;
  };
 }>;
}
/** 点餐订单信息同步（渠道商/服务商）: options */
export interface PostV3CateringOrdersSyncStatusOptions extends CallOptions {
 json: PostV3CateringOrdersSyncStatusBody;
}
/** 点餐订单信息同步（渠道商/服务商）: response body */
export type PostV3CateringOrdersSyncStatusData = undefined;

export interface V3CateringNode {
 orders: Open<V3CateringOrdersNode>;
 chain: ChainFrom<"v3/catering">;
}

export interface V3CateringOrdersNode {
 syncStatus: Open<V3CateringOrdersSyncStatusNode>;
 chain: ChainFrom<"v3/catering/orders">;
}

export interface V3CateringOrdersSyncStatusNode {
 /**
  * 点餐订单信息同步（渠道商/服务商） `POST /v3/catering/orders/sync-status`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/catering_sl.php?chapter=26_3&index=1
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/catering.php?chapter=26_1
  */
 post: Verb<PostV3CateringOrdersSyncStatusOptions, PostV3CateringOrdersSyncStatusData>;
 chain: ChainFrom<"v3/catering/orders/sync-status">;
}
