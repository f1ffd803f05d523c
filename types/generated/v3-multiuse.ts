// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Options of GET /v3/multiuse/stocks/{stock_id}/refund-flow (下载批次退款明细). */
export interface GetV3MultiuseStocksRefundFlowOptions extends CallOptions {
  /** 批次号 @example 9856888 */
  stock_id: string;
}
/** Response body of GET /v3/multiuse/stocks/{stock_id}/refund-flow (下载批次退款明细). */
export interface GetV3MultiuseStocksRefundFlowData {
  /** 下载链接 */
  url: string;
}

/** Options of GET /v3/multiuse/stocks/{stock_id}/send-flow (下载批次发放明细). */
export interface GetV3MultiuseStocksSendFlowOptions extends CallOptions {
  /** 批次号 @example 9856888 */
  stock_id: string;
}
/** Response body of GET /v3/multiuse/stocks/{stock_id}/send-flow (下载批次发放明细). */
export interface GetV3MultiuseStocksSendFlowData {
  /** 下载链接 */
  url: string;
}

/** Options of GET /v3/multiuse/stocks/{stock_id}/use-flow (下载核销明细). */
export interface GetV3MultiuseStocksUseFlowOptions extends CallOptions {
  /** 批次号 @example 9856888 */
  stock_id: string;
}
/** Response body of GET /v3/multiuse/stocks/{stock_id}/use-flow (下载核销明细). */
export interface GetV3MultiuseStocksUseFlowData {
  /** 下载链接 */
  url: string;
}

/** Request body of POST /v3/multiuse/users/{openid}/coupons (发放指定批次的消费金). */
export interface PostV3MultiuseUsersCouponsBody {
  /** 批次号 @example 9856000 */
  stock_id: string;
  /** 商户单据号 @example 8956000202407191254642 */
  out_request_no: string;
  /** 用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */
  user_name: string;
  /** 身份证号码 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */
  id_card_number: string;
  /** 发放面额 @example 10000 */
  amount?: number;
  /** 公众账号ID @example wx233544546545989 */
  appid: string;
  /** 证件类型 @example ID_CARD */
  card_type: "ID_CARD";
}
/** Options of POST /v3/multiuse/users/{openid}/coupons (发放指定批次的消费金). */
export interface PostV3MultiuseUsersCouponsOptions extends CallOptions {
  /** 用户OpenID */
  openid: string;
  /** Request headers: the documented ones, and any other. */
  headers?: {
    /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */
    "Wechatpay-Serial"?: string;
    [name: string]: string | number | undefined;
  };
  /** The JSON request body. */
  json: PostV3MultiuseUsersCouponsBody;
}
/** Response body of POST /v3/multiuse/users/{openid}/coupons (发放指定批次的消费金). */
export interface PostV3MultiuseUsersCouponsData {
  /** 消费金ID @example 9867041 */
  coupon_id: string;
}

/** `v3/multiuse` */
export interface V3MultiuseNode {
 /** `v3/multiuse/stocks` */ stocks: Open<V3MultiuseStocksNode>;
 /** `v3/multiuse/users` */ users: Open<V3MultiuseUsersNode>;
 chain: ChainFrom<"v3/multiuse">;
}

/** `v3/multiuse/stocks` */
export interface V3MultiuseStocksNode {
 /** `v3/multiuse/stocks/{stock_id}` */ $stock_id$: Open<V3MultiuseStocks_stock_id_Node>;
 /** `v3/multiuse/stocks/{stock_id}` */ _stock_id_: Open<V3MultiuseStocks_stock_id_Node>;
 chain: ChainFrom<"v3/multiuse/stocks">;
}

/** `v3/multiuse/stocks/{stock_id}` */
export interface V3MultiuseStocks_stock_id_Node {
 /** `v3/multiuse/stocks/{stock_id}/refund-flow` */ refundFlow: Open<V3MultiuseStocksRefundFlowNode>;
 /** `v3/multiuse/stocks/{stock_id}/send-flow` */ sendFlow: Open<V3MultiuseStocksSendFlowNode>;
 /** `v3/multiuse/stocks/{stock_id}/use-flow` */ useFlow: Open<V3MultiuseStocksUseFlowNode>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}">;
}

/** `v3/multiuse/stocks/{stock_id}/refund-flow` */
export interface V3MultiuseStocksRefundFlowNode {
 /**
  * 下载批次退款明细 `GET /v3/multiuse/stocks/{stock_id}/refund-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/refund-flow.html
  */
 get: Verb<GetV3MultiuseStocksRefundFlowOptions, GetV3MultiuseStocksRefundFlowData>;
 getAsync: Verb<GetV3MultiuseStocksRefundFlowOptions, GetV3MultiuseStocksRefundFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/refund-flow">;
}

/** `v3/multiuse/stocks/{stock_id}/send-flow` */
export interface V3MultiuseStocksSendFlowNode {
 /**
  * 下载批次发放明细 `GET /v3/multiuse/stocks/{stock_id}/send-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/send-flow.html
  */
 get: Verb<GetV3MultiuseStocksSendFlowOptions, GetV3MultiuseStocksSendFlowData>;
 getAsync: Verb<GetV3MultiuseStocksSendFlowOptions, GetV3MultiuseStocksSendFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/send-flow">;
}

/** `v3/multiuse/stocks/{stock_id}/use-flow` */
export interface V3MultiuseStocksUseFlowNode {
 /**
  * 下载核销明细 `GET /v3/multiuse/stocks/{stock_id}/use-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/use-flow.html
  */
 get: Verb<GetV3MultiuseStocksUseFlowOptions, GetV3MultiuseStocksUseFlowData>;
 getAsync: Verb<GetV3MultiuseStocksUseFlowOptions, GetV3MultiuseStocksUseFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/use-flow">;
}

/** `v3/multiuse/users` */
export interface V3MultiuseUsersNode {
 /** `v3/multiuse/users/{openid}` */ $openid$: Open<V3MultiuseUsers_openid_Node>;
 /** `v3/multiuse/users/{openid}` */ _openid_: Open<V3MultiuseUsers_openid_Node>;
 chain: ChainFrom<"v3/multiuse/users">;
}

/** `v3/multiuse/users/{openid}` */
export interface V3MultiuseUsers_openid_Node {
 /** `v3/multiuse/users/{openid}/coupons` */ coupons: Open<V3MultiuseUsersCouponsNode>;
 chain: ChainFrom<"v3/multiuse/users/{openid}">;
}

/** `v3/multiuse/users/{openid}/coupons` */
export interface V3MultiuseUsersCouponsNode {
 /**
  * 发放指定批次的消费金 `POST /v3/multiuse/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/multiuse-coupon/send-multiuse-coupon.html
  */
 post: Verb<PostV3MultiuseUsersCouponsOptions, PostV3MultiuseUsersCouponsData>;
 postAsync: Verb<PostV3MultiuseUsersCouponsOptions, PostV3MultiuseUsersCouponsData>;
 chain: ChainFrom<"v3/multiuse/users/{openid}/coupons">;
}
