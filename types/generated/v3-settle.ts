// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询结算资金明细API: options */
export interface GetV3SettleSettlementsOptions extends CallOptions {
 /** The host of this call, as its reference page gives it (the path prefix is signed with the path). @example https://api.mch.weixin.qq.com/hk/ */ baseURL: string;
 query: {
  /** 子商户号 @example 1900000101 */ sub_mchid?: string;
  /** 结算状态 @example SETTLED */ settle_state: "SETTLED" | "UNSETTLE";
  /** 结算开始日期 @example 20091225 */ settle_start_date?: string;
  /** 结算结束日期 @example 20091226 */ settle_end_date?: string;
  /** 最大记录条数 @example 5 */ limit: number;
  /** 记录起始位置 @example 10 */ offset: number;
 };
}
/** 查询结算资金明细API: response body */
export interface GetV3SettleSettlementsData {
 /** 结算信息列表 */ data?: Array<{
  /** 付款批次号 */ batch_id: string;
  /** 结算日期 */ settlement_date: string;
  /** 交易开始日期 */ trade_start_date: string;
  /** 交易结束日期 */ trade_end_date: string;
  /** 金额 */ amount: {
   /** 已结算金额 */ settled: number;
   /** 未结算金额 */ unsettle: number;
   /** 结算币种 */ currency: string;
   /** 支付金额 */ pay: number;
   /** 退款金额 */ refund: number;
   /** 支付净额 */ net: number;
   /** 手续费金额 */ fee: number;
  };
  /** 钱包主体 */ wallet_region?: "CHINA_MAINLAND" | "CHINA_HONGKONG";
 }>;
 /** 总记录条数 */ total_count: number;
 /** 记录起始位置 */ offset: number;
 /** 本次返回条数 */ limit: number;
}

export interface V3SettleNode {
 settlements: Open<V3SettleSettlementsNode>;
 chain: ChainFrom<"v3/settle">;
}

export interface V3SettleSettlementsNode {
 /**
  * 查询结算资金明细API `GET /v3/settle/settlements`
  *
  * On the host its reference page gives it, `baseURL: 'https://api.mch.weixin.qq.com/hk/'` (documented as `/hk/v3/settle/settlements`).
  * @see https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_10.shtml
  */
 get: Verb<GetV3SettleSettlementsOptions, GetV3SettleSettlementsData>;
 chain: ChainFrom<"v3/settle/settlements">;
}
