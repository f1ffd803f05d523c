// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询在途异常资金付款结果: options */
export interface GetV3AbnormalFundProcessingReceiptsOptions extends CallOptions {
 /** 微信支付在途异常资金付款单号 @example 0100011742874700562078230000 */ receipt_id: string;
}
/** 查询在途异常资金付款结果: response body */
export interface GetV3AbnormalFundProcessingReceiptsData {
 /** 产品名称 */ product_name: "C2C";
 /** 微信支付在途异常资金付款单号 */ receipt_id: string;
 /** 付款金额信息 */ transfer_amount: {
  /** 总金额 */ total: number;
  /** 货币类型 */ currency: "CNY";
 };
 /** 在途异常资金付款状态 */ receipt_state: "RECEIPT_STATE_PENDING" | "RECEIPT_STATE_PROGRESS" | "RECEIPT_STATE_COMPLETED";
 /** 在途异常资金付款单据创建时间 */ create_time?: string;
 /** 在途异常资金付款单据更新时间 */ last_update_time?: string;
 /** 在途异常资金付款指令信息 */ instruction?: {
  /** 商户侧指令编号 */ out_instruction_no: string;
  /** 在途异常资金付款指令的发起方 */ commander: {
   /** 发起在途异常资金付款请求的角色 */ operator: "MERCHANT";
   /** 微信支付商户号 */ mchid: string;
  };
  /** 付款方式 */ transfer_mode: "TRANSFER_TO_ORIGINAL_RECEIVE_USER";
  /** 入账成功时间 */ success_time?: string;
  /** 商户AppID */ appid: string[];
  /** 回调通知地址 */ notify_url: string;
 };
}

/** 发起在途异常资金付款指令: request body */
export interface PostV3AbnormalFundProcessingReceiptsTransferInstructionsBody {
 /** 商户侧指令编号 @example 1200002 */ out_instruction_no: string;
 /** 付款方式 */ transfer_mode: "TRANSFER_TO_ORIGINAL_RECEIVE_USER" | "TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT" | "TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT";
 /** 收款方 */ receiver?: {
  /** 入账用户OpenID @example eoCuiA7RW33Tc3jtz_5CNLegC9kN0 */ openid?: string;
  /** 商户AppID @example wxf636efh567hg4356 */ appid?: string;
  /** 入账商户号 @example 1900001108 */ mchid?: string;
 };
 /** 回调通知地址 @example https://weixin.qq.com */ notify_url?: string;
}
/** 发起在途异常资金付款指令: options */
export interface PostV3AbnormalFundProcessingReceiptsTransferInstructionsOptions extends CallOptions {
 /** 微信支付在途异常资金付款单号 @example 0100011742874700562078230000 */ receipt_id: string;
 json: PostV3AbnormalFundProcessingReceiptsTransferInstructionsBody;
}
/** 发起在途异常资金付款指令: response body */
export interface PostV3AbnormalFundProcessingReceiptsTransferInstructionsData {
 /** 产品名称 */ product_name: "C2C";
 /** 微信支付在途异常资金付款单号 */ receipt_id: string;
 /** 付款金额信息 */ transfer_amount: {
  /** 总金额 */ total: number;
  /** 货币类型 */ currency: "CNY";
 };
 /** 在途异常资金付款状态 */ receipt_state: "RECEIPT_STATE_PENDING" | "RECEIPT_STATE_PROGRESS" | "RECEIPT_STATE_COMPLETED";
 /** 在途异常资金付款单据创建时间 */ create_time?: string;
 /** 在途异常资金付款单据更新时间 */ last_update_time?: string;
 /** 在途异常资金付款指令信息 */ instruction?: {
  /** 商户侧指令编号 */ out_instruction_no: string;
  /** 在途异常资金付款指令的发起方 */ commander: {
   /** 发起在途异常资金付款请求的角色 */ operator: "MERCHANT";
   /** 微信支付商户号 */ mchid: string;
  };
  /** 付款方式 */ transfer_mode: "TRANSFER_TO_ORIGINAL_RECEIVE_USER" | "TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT" | "TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT";
  /** 收款方 */ receiver?: {
   /** 入账用户OpenID */ openid?: string;
   /** 商户AppID */ appid?: string;
   /** 入账商户号 */ mchid?: string;
  };
  /** 在途异常资金付款指令状态 */ instruction_state?: "INSTRUCTION_STATE_PENDING" | "INSTRUCTION_STATE_IN_PROGRESS" | "INSTRUCTION_STATE_CLOSED" | "INSTRUCTION_STATE_SUCCESS";
  /** 在途异常资金付款单据创建时间 */ create_time?: string;
  /** 入账成功时间 */ success_time?: string;
  /** 回调通知地址 */ notify_url: string;
 };
}

/** 查询在途异常资金付款指令执行结果: options */
export interface GetV3AbnormalFundProcessingReceiptsTransferInstructionsOptions extends CallOptions {
 /** 微信支付在途异常资金付款单号 @example 0100011742874700562078230000 */ receipt_id: string;
 /** 商户侧指令编号 @example 1200002 */ out_instruction_no: string;
}
/** 查询在途异常资金付款指令执行结果: response body */
export interface GetV3AbnormalFundProcessingReceiptsTransferInstructionsData {
 /** 商户侧指令编号 */ out_instruction_no: string;
 /** 在途异常资金付款指令的发起方 */ commander: {
  /** 发起在途异常资金付款请求的角色 */ operator: "MERCHANT";
  /** 微信支付商户号 */ mchid?: string;
 };
 /** 付款方式 */ transfer_mode: "TRANSFER_TO_ORIGINAL_RECEIVE_USER" | "TRANSFER_MODE_TO_ORIGINAL_RECEIVE_MERCHANT" | "TRANSFER_MODE_TO_SPECIFIED_RECEIVE_MERCHANT";
 /** 收款方 */ receiver?: {
  /** 入账账户类型 */ account_type?: string;
  /** 入账用户OpenID */ openid?: string;
  /** 商户AppID */ appid?: string;
  /** 入账商户号 */ mchid?: string;
 };
 /** 在途异常资金付款指令状态 */ instruction_state: "INSTRUCTION_STATE_PENDING" | "INSTRUCTION_STATE_IN_PROGRESS" | "INSTRUCTION_STATE_CLOSED" | "INSTRUCTION_STATE_SUCCESS";
 /** 在途异常资金付款指令创建时间 */ create_time?: string;
 /** 入账成功时间 */ success_time?: string;
 /** 在途异常资金付款指令关闭时间 */ close_time?: string;
 /** 回调通知地址 */ notify_url: string;
 /** 微信支付在途异常资金付款指令执行流水号 */ instruction_instance_id?: string;
}

export interface V3AbnormalFundProcessingNode {
 receipts: Open<V3AbnormalFundProcessingReceiptsNode>;
 chain: ChainFrom<"v3/abnormal-fund-processing">;
}

export interface V3AbnormalFundProcessingReceiptsNode {
 $receipt_id$: Open<V3AbnormalFundProcessingReceipts_receipt_id_Node>;
 _receipt_id_: Open<V3AbnormalFundProcessingReceipts_receipt_id_Node>;
 chain: ChainFrom<"v3/abnormal-fund-processing/receipts">;
}

export interface V3AbnormalFundProcessingReceipts_receipt_id_Node {
 /** 查询在途异常资金付款结果 `GET /v3/abnormal-fund-processing/receipts/{receipt_id}` */
 get: Verb<GetV3AbnormalFundProcessingReceiptsOptions, GetV3AbnormalFundProcessingReceiptsData>;
 transferInstructions: Open<V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructionsNode>;
 chain: ChainFrom<"v3/abnormal-fund-processing/receipts/{receipt_id}">;
}

export interface V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructionsNode {
 /** 发起在途异常资金付款指令 `POST /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions` */
 post: Verb<PostV3AbnormalFundProcessingReceiptsTransferInstructionsOptions, PostV3AbnormalFundProcessingReceiptsTransferInstructionsData>;
 $out_instruction_no$: Open<V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_Node>;
 _out_instruction_no_: Open<V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_Node>;
 chain: ChainFrom<"v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions">;
}

export interface V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_Node {
 /** 查询在途异常资金付款指令执行结果 `GET /v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}` */
 get: Verb<GetV3AbnormalFundProcessingReceiptsTransferInstructionsOptions, GetV3AbnormalFundProcessingReceiptsTransferInstructionsData>;
 chain: ChainFrom<"v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}">;
}
