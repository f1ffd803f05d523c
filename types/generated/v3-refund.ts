// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 申请退款API: request body */
export interface PostV3RefundDomesticRefundsBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 微信支付订单号 @example 1217752501201407033233368018 */ transaction_id?: string;
 /** 商户订单号 @example 1217752501201407033233368018 */ out_trade_no?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 退款原因 @example 商品已售完 */ reason?: string;
 /** 退款结果回调url @example https://weixin.qq.com */ notify_url?: string;
 /** 退款资金来源 @example AVAILABLE */ funds_account?: string;
 /** 金额信息 */ amount: {
  /** 退款金额 @example 888 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 @example AVAILABLE */ account: string;
   /** 出资金额 @example 444 */ amount: number;
  }>;
  /** 原订单金额 @example 888 */ total: number;
  /** 退款币种 @example CNY */ currency: string;
 };
 /** 退款商品 */ goods_detail?: Array<{
  /** 商户侧商品编码 @example 1217752501201407033233368018 */ merchant_goods_id: string;
  /** 微信侧商品编码 @example 1001 */ wechatpay_goods_id?: string;
  /** 商品名称 @example iPhone6s 16G */ goods_name?: string;
  /** 商品单价 @example 528800 */ unit_price: number;
  /** 商品退款金额 @example 528800 */ refund_amount: number;
  /** 商品退货数量 @example 1 */ refund_quantity: number;
 }>;
}
/** 申请退款API: options */
export interface PostV3RefundDomesticRefundsOptions extends CallOptions {
 json: PostV3RefundDomesticRefundsBody;
}
/** 申请退款API: response body */
export interface PostV3RefundDomesticRefundsData extends PostV3RefundDomesticRefundsDataFields {}

/** 查询单笔退款API: options */
export interface GetV3RefundDomesticRefundsOptions extends CallOptions {
 /** 商户退款单号 @example sdk12345678920210326144648 */ out_refund_no: string;
 query?: {
  /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 };
}
/** 查询单笔退款API: response body */
export interface GetV3RefundDomesticRefundsData extends PostV3RefundDomesticRefundsDataFields {}

/** 发起异常退款: request body */
export interface PostV3RefundDomesticRefundsApplyAbnormalRefundBody {
 /** 子商户号 @example 1900000109 */ sub_mchid?: string;
 /** 商户退款单号 @example 1217752501201407033233368018 */ out_refund_no: string;
 /** 异常退款处理方式 */ type: "USER_BANK_CARD" | "MERCHANT_BANK_CARD";
 /** 开户银行 */ bank_type?: "CMB_DEBIT" | "COMM_DEBIT" | "ABC_DEBIT" | "CCB_DEBIT" | "ICBC_DEBIT" | "BOC_DEBIT" | "PAB_DEBIT" | "SPDB_DEBIT" | "CITIC_DEBIT" | "CEB_DEBIT" | "CMBC_DEBIT" | "CIB_DEBIT" | "GDB_DEBIT" | "PSBC_DEBIT" | "NBCB_DEBIT";
 /** 收款银行卡号 @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w== */ bank_account?: string;
 /** 收款用户姓名 @example UPgQcZSdq3zOayJwZ5XLrHY2dZU1W2Cd */ real_name?: string;
}
/** 发起异常退款: options */
export interface PostV3RefundDomesticRefundsApplyAbnormalRefundOptions extends CallOptions {
 /** 微信退款单号 @example 50000000382019052709732678859 */ refund_id: string;
 headers?: {
  /** 微信支付公钥ID/平台证书序列号 @example PUB_KEY_ID_0114232134912410000000000000 */ "Wechatpay-Serial"?: string;
  [name: string]: string | number | undefined;
 };
 json: PostV3RefundDomesticRefundsApplyAbnormalRefundBody;
}
/** 发起异常退款: response body */
export interface PostV3RefundDomesticRefundsApplyAbnormalRefundData extends PostV3RefundDomesticRefundsDataFields {}

export interface PostV3RefundDomesticRefundsDataFields {
 /** 微信支付退款号 */ refund_id: string;
 /** 商户退款单号 */ out_refund_no: string;
 /** 微信支付订单号 */ transaction_id: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 退款渠道 */ channel: string;
 /** 退款入账账户 */ user_received_account: string;
 /** 退款成功时间 */ success_time?: string;
 /** 退款创建时间 */ create_time: string;
 /** 退款状态 */ status: string;
 /** 资金账户 */ funds_account?: string;
 /** 金额信息 */ amount: {
  /** 订单金额 */ total: number;
  /** 退款金额 */ refund: number;
  /** 退款出资账户及金额 */ from?: Array<{
   /** 出资账户类型 */ account: string;
   /** 出资金额 */ amount: number;
  }>;
  /** 用户支付金额 */ payer_total: number;
  /** 用户退款金额 */ payer_refund: number;
  /** 应结退款金额 */ settlement_refund: number;
  /** 应结订单金额 */ settlement_total: number;
  /** 优惠退款金额 */ discount_refund: number;
  /** 退款币种 */ currency: string;
  /** 手续费退款金额 */ refund_fee?: number;
 };
 /** 优惠退款信息 */ promotion_detail?: Array<{
  /** 券ID */ promotion_id: string;
  /** 优惠范围 */ scope: string;
  /** 优惠类型 */ type: string;
  /** 优惠券面额 */ amount: number;
  /** 优惠退款金额 */ refund_amount: number;
  /** 商品列表 */ goods_detail?: Array<{
   /** 商户侧商品编码 */ merchant_goods_id: string;
   /** 微信侧商品编码 */ wechatpay_goods_id?: string;
   /** 商品名称 */ goods_name?: string;
   /** 商品单价 */ unit_price: number;
   /** 商品退款金额 */ refund_amount: number;
   /** 商品退货数量 */ refund_quantity: number;
  }>;
 }>;
}

export interface V3RefundNode {
 domestic: Open<V3RefundDomesticNode>;
 chain: ChainFrom<"v3/refund">;
}

export interface V3RefundDomesticNode {
 refunds: Open<V3RefundDomesticRefundsNode>;
 chain: ChainFrom<"v3/refund/domestic">;
}

export interface V3RefundDomesticRefundsNode {
 /**
  * 申请退款API `POST /v3/refund/domestic/refunds`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_9.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create.html
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/refunds/create.html
  */
 post: Verb<PostV3RefundDomesticRefundsOptions, PostV3RefundDomesticRefundsData>;
 $out_refund_no$: Open<V3RefundDomesticRefunds_out_refund_no_Node>;
 $refund_id$: Open<V3RefundDomesticRefunds_refund_id_Node>;
 _out_refund_no_: Open<V3RefundDomesticRefunds_out_refund_no_Node>;
 _refund_id_: Open<V3RefundDomesticRefunds_refund_id_Node>;
 chain: ChainFrom<"v3/refund/domestic/refunds">;
}

export interface V3RefundDomesticRefunds_out_refund_no_Node {
 /**
  * 查询单笔退款API `GET /v3/refund/domestic/refunds/{out_refund_no}`
  * @see https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_10.shtml
  * @see https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/query-by-out-refund-no.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/query-by-out-refund-no.html
  * @see https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/refunds/query-by-out-refund-no.html
  */
 get: Verb<GetV3RefundDomesticRefundsOptions, GetV3RefundDomesticRefundsData>;
 chain: ChainFrom<"v3/refund/domestic/refunds/{out_refund_no}">;
}

export interface V3RefundDomesticRefunds_refund_id_Node {
 applyAbnormalRefund: Open<V3RefundDomesticRefundsApplyAbnormalRefundNode>;
 chain: ChainFrom<"v3/refund/domestic/refunds/{refund_id}">;
}

export interface V3RefundDomesticRefundsApplyAbnormalRefundNode {
 /**
  * 发起异常退款 `POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund`
  * @see https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create-abnormal-refund.html
  * @see https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create-abnormal-refund.html
  */
 post: Verb<PostV3RefundDomesticRefundsApplyAbnormalRefundOptions, PostV3RefundDomesticRefundsApplyAbnormalRefundData>;
 chain: ChainFrom<"v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund">;
}
