// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 查询音箱绑定信息: options */
export interface GetV3PayDevicesOpenScenarioSpeakerOptions extends CallOptions {
 /** 设备sn @example ABCDEF */ device_sn: string;
}
/** 查询音箱绑定信息: response body */
export interface GetV3PayDevicesOpenScenarioSpeakerData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** 绑定音箱设备码牌: request body */
export interface PostV3PayDevicesOpenScenarioSpeakerBindBody {
 /** 子商户 @example 1900000001 */ sub_mchid: string;
 /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */ code_url: string;
}
/** 绑定音箱设备码牌: options */
export interface PostV3PayDevicesOpenScenarioSpeakerBindOptions extends CallOptions {
 /** 设备sn @example ABCDEF */ device_sn: string;
 json: PostV3PayDevicesOpenScenarioSpeakerBindBody;
}
/** 绑定音箱设备码牌: response body */
export interface PostV3PayDevicesOpenScenarioSpeakerBindData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** 出厂预绑定音箱和码牌: request body */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindBody {
 /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */ code_url: string;
}
/** 出厂预绑定音箱和码牌: options */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindOptions extends CallOptions {
 /** 设备sn @example ABCDEF */ device_sn: string;
 json: PostV3PayDevicesOpenScenarioSpeakerPrebindBody;
}
/** 出厂预绑定音箱和码牌: response body */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindData {
 /** 设备sn */ device_sn: string;
 /** 绑定状态 */ bind_state: "OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND" | "OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED";
 /** 收款链接url */ code_url: string;
}

/** 解绑音箱设备码牌: options */
export interface PostV3PayDevicesOpenScenarioSpeakerUnbindOptions extends CallOptions {
 /** 设备sn @example ABCDEF */ device_sn: string;
}
/** 解绑音箱设备码牌: response body */
export interface PostV3PayDevicesOpenScenarioSpeakerUnbindData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** 码牌支付结果上报: request body */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportBody {
 /** 子商户 @example 1900000001 */ sub_mchid: string;
 /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */ code_url: string;
 /** 商户订单号 @example example_out_trade_no */ out_trade_no: string;
 /** 设备sn @example example_device_sn */ device_sn: string;
}
/** 码牌支付结果上报: options */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportOptions extends CallOptions {
 /** 微信支付订单号 @example 20190611222222222200000000012122 */ transaction_id: string;
 json: PostV3PayDevicesOpenScenarioSpeakerorderReportBody;
}
/** 码牌支付结果上报: response body */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportData {
 /** 子商户 */ sub_mchid: string;
 /** 收款链接url */ code_url: string;
 /** 商户订单号 */ out_trade_no: string;
 /** 设备sn */ device_sn: string;
 /** 微信支付订单号 */ transaction_id: string;
}

/** 小票机打印: request body */
export interface PostV3PayDevicesPrintersPrintOrdersBody {
 /** 打印单号 @example wx8888888888888888 */ print_order_no?: string;
 /** 模板ID @example pt_02583429616371386640209536 */ template_id?: string;
 /** 回调通知地址 @example https://payapp.weixin.qq.com/callback */ notify_url?: string;
 /** 变量列表 */ variable_list?: Array<{
  /** Key字段 */ key?: string;
  /** Value值字段 */ value?: string;
 }>;
 /** 表格变量列表 */ table_list?: Array<{
  /** Key字段 */ key?: string;
  /** Value值列表 */ row_list?: Array<{
   /** 值列表 */ cell_list?: string[];
  }>;
 }>;
}
/** 小票机打印: options */
export interface PostV3PayDevicesPrintersPrintOrdersOptions extends CallOptions {
 /** 小票机设备号 @example WINCIE*EIXHRB */ device_id: string;
 json: PostV3PayDevicesPrintersPrintOrdersBody;
}
/** 小票机打印: response body */
export type PostV3PayDevicesPrintersPrintOrdersData = undefined;

/** 查询订单: options */
export interface GetV3PayDevicesPrintersPrintOrdersOptions extends CallOptions {
 /** 小票机设备号 @example WINCIE*EIXHRB */ device_id: string;
 /** 打印单号 @example wx8888888888888888 */ print_order_no: string;
}
/** 查询订单: response body */
export interface GetV3PayDevicesPrintersPrintOrdersData {
 /** 打印单号 */ print_order_no?: string;
 /** 模板ID */ template_id?: string;
 /** 回调通知地址 */ notify_url?: string;
 /** 打印状态 */ print_state?: "PRINT_STATE_WAIT" | "PRINT_STATE_SUCCESS" | "PRINT_STATE_FAIL" | "PRINT_STATE_CACHED";
 /** 打印状态描述 */ print_state_description?: string;
 /** 变量列表 */ variable_list?: Array<{
  /** Key字段 */ key?: string;
  /** Value值字段 */ value?: string;
 }>;
 /** 表格变量列表 */ table_list?: Array<{
  /** Key字段 */ key?: string;
  /** Value值列表 */ row_list?: Array<{
   /** 值列表 */ cell_list?: string[];
  }>;
 }>;
}

export interface GetV3PayDevicesOpenScenarioSpeakerDataFields {
 /** 子商户 */ sub_mchid: string;
 /** 设备sn */ device_sn: string;
 /** 绑定状态 */ bind_state: "OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND" | "OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED";
 /** 收款链接url */ code_url: string;
}

export interface V3PayDevicesNode {
 openScenarioSpeaker: Open<V3PayDevicesOpenScenarioSpeakerNode>;
 openScenarioSpeakerorder: Open<V3PayDevicesOpenScenarioSpeakerorderNode>;
 printers: Open<V3PayDevicesPrintersNode>;
 chain: ChainFrom<"v3/pay-devices">;
}

export interface V3PayDevicesOpenScenarioSpeakerNode {
 $device_sn$: Open<V3PayDevicesOpenScenarioSpeaker_device_sn_Node>;
 _device_sn_: Open<V3PayDevicesOpenScenarioSpeaker_device_sn_Node>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker">;
}

export interface V3PayDevicesOpenScenarioSpeaker_device_sn_Node {
 /** 查询音箱绑定信息 `GET /v3/pay-devices/open-scenario-speaker/{device_sn}` */
 get: Verb<GetV3PayDevicesOpenScenarioSpeakerOptions, GetV3PayDevicesOpenScenarioSpeakerData>;
 bind: Open<V3PayDevicesOpenScenarioSpeakerBindNode>;
 prebind: Open<V3PayDevicesOpenScenarioSpeakerPrebindNode>;
 unbind: Open<V3PayDevicesOpenScenarioSpeakerUnbindNode>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}">;
}

export interface V3PayDevicesOpenScenarioSpeakerBindNode {
 /** 绑定音箱设备码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerBindOptions, PostV3PayDevicesOpenScenarioSpeakerBindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/bind">;
}

export interface V3PayDevicesOpenScenarioSpeakerPrebindNode {
 /** 出厂预绑定音箱和码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerPrebindOptions, PostV3PayDevicesOpenScenarioSpeakerPrebindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/prebind">;
}

export interface V3PayDevicesOpenScenarioSpeakerUnbindNode {
 /** 解绑音箱设备码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerUnbindOptions, PostV3PayDevicesOpenScenarioSpeakerUnbindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/unbind">;
}

export interface V3PayDevicesOpenScenarioSpeakerorderNode {
 $transaction_id$: Open<V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node>;
 _transaction_id_: Open<V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder">;
}

export interface V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node {
 report: Open<V3PayDevicesOpenScenarioSpeakerorderReportNode>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder/{transaction_id}">;
}

export interface V3PayDevicesOpenScenarioSpeakerorderReportNode {
 /** 码牌支付结果上报 `POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerorderReportOptions, PostV3PayDevicesOpenScenarioSpeakerorderReportData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report">;
}

export interface V3PayDevicesPrintersNode {
 $device_id$: Open<V3PayDevicesPrinters_device_id_Node>;
 _device_id_: Open<V3PayDevicesPrinters_device_id_Node>;
 chain: ChainFrom<"v3/pay-devices/printers">;
}

export interface V3PayDevicesPrinters_device_id_Node {
 printOrders: Open<V3PayDevicesPrinters_device_id_PrintOrdersNode>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}">;
}

export interface V3PayDevicesPrinters_device_id_PrintOrdersNode {
 /** 小票机打印 `POST /v3/pay-devices/printers/{device_id}/print-orders` */
 post: Verb<PostV3PayDevicesPrintersPrintOrdersOptions, PostV3PayDevicesPrintersPrintOrdersData>;
 $print_order_no$: Open<V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node>;
 _print_order_no_: Open<V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}/print-orders">;
}

export interface V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node {
 /** 查询订单 `GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */
 get: Verb<GetV3PayDevicesPrintersPrintOrdersOptions, GetV3PayDevicesPrintersPrintOrdersData>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}">;
}
