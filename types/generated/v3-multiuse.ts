// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 下载批次退款明细: options */
export interface GetV3MultiuseStocksRefundFlowOptions extends CallOptions {
 /** 批次号 @example 9856888 */ stock_id: string;
}
/** 下载批次退款明细: response body */
export interface GetV3MultiuseStocksRefundFlowData {
 /** 下载链接 */ url: string;
}

/** 下载批次发放明细: options */
export interface GetV3MultiuseStocksSendFlowOptions extends CallOptions {
 /** 批次号 @example 9856888 */ stock_id: string;
}
/** 下载批次发放明细: response body */
export interface GetV3MultiuseStocksSendFlowData {
 /** 下载链接 */ url: string;
}

/** 下载核销明细: options */
export interface GetV3MultiuseStocksUseFlowOptions extends CallOptions {
 /** 批次号 @example 9856888 */ stock_id: string;
}
/** 下载核销明细: response body */
export interface GetV3MultiuseStocksUseFlowData {
 /** 下载链接 */ url: string;
}

/** 发放指定批次的消费金: request body */
export interface PostV3MultiuseUsersCouponsBody {
 /** 批次号 @example 9856000 */ stock_id: string;
 /** 商户单据号 @example 8956000202407191254642 */ out_request_no: string;
 /** 用户姓名 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ user_name: string;
 /** 身份证号码 @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45 */ id_card_number: string;
 /** 发放面额 @example 10000 */ amount?: number;
 /** 公众账号ID @example wx233544546545989 */ appid: string;
 /** 证件类型 @example ID_CARD */ card_type: "ID_CARD";
}
/** 发放指定批次的消费金: options */
export interface PostV3MultiuseUsersCouponsOptions extends CallOptions {
 /** 用户OpenID */ openid: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3MultiuseUsersCouponsBody;
}
/** 发放指定批次的消费金: response body */
export interface PostV3MultiuseUsersCouponsData {
 /** 消费金ID */ coupon_id: string;
}

export interface V3MultiuseNode {
 stocks: Open<V3MultiuseStocksNode>;
 users: Open<V3MultiuseUsersNode>;
 chain: ChainFrom<"v3/multiuse">;
}

export interface V3MultiuseStocksNode {
 $stock_id$: Open<V3MultiuseStocks_stock_id_Node>;
 _stock_id_: Open<V3MultiuseStocks_stock_id_Node>;
 chain: ChainFrom<"v3/multiuse/stocks">;
}

export interface V3MultiuseStocks_stock_id_Node {
 refundFlow: Open<V3MultiuseStocksRefundFlowNode>;
 sendFlow: Open<V3MultiuseStocksSendFlowNode>;
 useFlow: Open<V3MultiuseStocksUseFlowNode>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}">;
}

export interface V3MultiuseStocksRefundFlowNode {
 /**
  * 下载批次退款明细 `GET /v3/multiuse/stocks/{stock_id}/refund-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/refund-flow.html
  */
 get: Verb<GetV3MultiuseStocksRefundFlowOptions, GetV3MultiuseStocksRefundFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/refund-flow">;
}

export interface V3MultiuseStocksSendFlowNode {
 /**
  * 下载批次发放明细 `GET /v3/multiuse/stocks/{stock_id}/send-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/send-flow.html
  */
 get: Verb<GetV3MultiuseStocksSendFlowOptions, GetV3MultiuseStocksSendFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/send-flow">;
}

export interface V3MultiuseStocksUseFlowNode {
 /**
  * 下载核销明细 `GET /v3/multiuse/stocks/{stock_id}/use-flow`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/use-flow.html
  */
 get: Verb<GetV3MultiuseStocksUseFlowOptions, GetV3MultiuseStocksUseFlowData>;
 chain: ChainFrom<"v3/multiuse/stocks/{stock_id}/use-flow">;
}

export interface V3MultiuseUsersNode {
 $openid$: Open<V3MultiuseUsers_openid_Node>;
 _openid_: Open<V3MultiuseUsers_openid_Node>;
 chain: ChainFrom<"v3/multiuse/users">;
}

export interface V3MultiuseUsers_openid_Node {
 coupons: Open<V3MultiuseUsersCouponsNode>;
 chain: ChainFrom<"v3/multiuse/users/{openid}">;
}

export interface V3MultiuseUsersCouponsNode {
 /**
  * 发放指定批次的消费金 `POST /v3/multiuse/users/{openid}/coupons`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/multiuse-coupon/send-multiuse-coupon.html
  */
 post: Verb<PostV3MultiuseUsersCouponsOptions, PostV3MultiuseUsersCouponsData>;
 chain: ChainFrom<"v3/multiuse/users/{openid}/coupons">;
}
