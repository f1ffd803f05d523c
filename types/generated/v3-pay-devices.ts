// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** Options of GET /v3/pay-devices/open-scenario-speaker/{device_sn} (查询音箱绑定信息). */
export interface GetV3PayDevicesOpenScenarioSpeakerOptions extends CallOptions {
  /** 设备sn @example ABCDEF */
  device_sn: string;
}
/** Response body of GET /v3/pay-devices/open-scenario-speaker/{device_sn} (查询音箱绑定信息). */
export interface GetV3PayDevicesOpenScenarioSpeakerData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** Request body of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind (绑定音箱设备码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerBindBody {
  /** 子商户 @example 1900000001 */
  sub_mchid: string;
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
}
/** Options of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind (绑定音箱设备码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerBindOptions extends CallOptions {
  /** 设备sn @example ABCDEF */
  device_sn: string;
  /** The JSON request body. */
  json: PostV3PayDevicesOpenScenarioSpeakerBindBody;
}
/** Response body of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind (绑定音箱设备码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerBindData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** Request body of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind (出厂预绑定音箱和码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindBody {
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
}
/** Options of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind (出厂预绑定音箱和码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindOptions extends CallOptions {
  /** 设备sn @example ABCDEF */
  device_sn: string;
  /** The JSON request body. */
  json: PostV3PayDevicesOpenScenarioSpeakerPrebindBody;
}
/** Response body of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind (出厂预绑定音箱和码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerPrebindData {
  /** 设备sn @example example_device_sn */
  device_sn: string;
  /** 绑定状态 @example OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND */
  bind_state: "OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND" | "OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED";
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
}

/** Options of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind (解绑音箱设备码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerUnbindOptions extends CallOptions {
  /** 设备sn @example ABCDEF */
  device_sn: string;
}
/** Response body of POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind (解绑音箱设备码牌). */
export interface PostV3PayDevicesOpenScenarioSpeakerUnbindData extends GetV3PayDevicesOpenScenarioSpeakerDataFields {}

/** Request body of POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report (码牌支付结果上报). */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportBody {
  /** 子商户 @example 1900000001 */
  sub_mchid: string;
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
  /** 商户订单号 @example example_out_trade_no */
  out_trade_no: string;
  /** 设备sn @example example_device_sn */
  device_sn: string;
}
/** Options of POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report (码牌支付结果上报). */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportOptions extends CallOptions {
  /** 微信支付订单号 @example 20190611222222222200000000012122 */
  transaction_id: string;
  /** The JSON request body. */
  json: PostV3PayDevicesOpenScenarioSpeakerorderReportBody;
}
/** Response body of POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report (码牌支付结果上报). */
export interface PostV3PayDevicesOpenScenarioSpeakerorderReportData {
  /** 子商户 @example 1900000001 */
  sub_mchid: string;
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
  /** 商户订单号 @example example_out_trade_no */
  out_trade_no: string;
  /** 设备sn @example example_device_sn */
  device_sn: string;
  /** 微信支付订单号 @example 20190611222222222200000000012122 */
  transaction_id: string;
}

/** Request body of POST /v3/pay-devices/printers/{device_id}/print-orders (小票机打印). */
export interface PostV3PayDevicesPrintersPrintOrdersBody {
  /** 打印单号 @example wx8888888888888888 */
  print_order_no?: string;
  /** 模板ID @example pt_02583429616371386640209536 */
  template_id?: string;
  /** 回调通知地址 @example https://payapp.weixin.qq.com/callback */
  notify_url?: string;
  /** 变量列表 */
  variable_list?: Array<{
    /** Key字段 */
    key?: string;
    /** Value值字段 */
    value?: string;
  }>;
  /** 表格变量列表 */
  table_list?: TableList[];
}
/** Options of POST /v3/pay-devices/printers/{device_id}/print-orders (小票机打印). */
export interface PostV3PayDevicesPrintersPrintOrdersOptions extends CallOptions {
  /** 小票机设备号 @example WINCIE*EIXHRB */
  device_id: string;
  /** The JSON request body. */
  json: PostV3PayDevicesPrintersPrintOrdersBody;
}
/** Response body of POST /v3/pay-devices/printers/{device_id}/print-orders (小票机打印). */
export type PostV3PayDevicesPrintersPrintOrdersData = undefined;

/** Options of GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no} (查询订单). */
export interface GetV3PayDevicesPrintersPrintOrdersOptions extends CallOptions {
  /** 小票机设备号 @example WINCIE*EIXHRB */
  device_id: string;
  /** 打印单号 @example wx8888888888888888 */
  print_order_no: string;
}
/** Response body of GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no} (查询订单). */
export interface GetV3PayDevicesPrintersPrintOrdersData {
  /** 打印单号 @example wx8888888888888888 */
  print_order_no?: string;
  /** 模板ID @example pt_02583429616371386640209536 */
  template_id?: string;
  /** 回调通知地址 @example https://payapp.weixin.qq.com/callback */
  notify_url?: string;
  /** 打印状态 */
  print_state?: "PRINT_STATE_WAIT" | "PRINT_STATE_SUCCESS" | "PRINT_STATE_FAIL" | "PRINT_STATE_CACHED";
  /** 打印状态描述 */
  print_state_description?: string;
  /** 变量列表 */
  variable_list?: Array<{
    /** Key字段 */
    key?: string;
    /** Value值字段 */
    value?: string;
  }>;
  /** 表格变量列表 */
  table_list?: TableList[];
}

/** The fields of `GetV3PayDevicesOpenScenarioSpeakerData`, used 3 times in this module. */
export interface GetV3PayDevicesOpenScenarioSpeakerDataFields {
  /** 子商户 @example 1900000001 */
  sub_mchid: string;
  /** 设备sn @example example_device_sn */
  device_sn: string;
  /** 绑定状态 @example OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND */
  bind_state: "OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND" | "OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED";
  /** 收款链接url @example URl:weixin://wxpay/s/An4baqw */
  code_url: string;
}

/** The object type of `table_list`, used 2 times in this module. */
export interface TableList {
  /** Key字段 */
  key?: string;
  /** Value值列表 */
  row_list?: Array<{
    /** 值列表 */
    cell_list?: string[];
  }>;
}

/** `v3/pay-devices` */
export interface V3PayDevicesNode {
 /** `v3/pay-devices/open-scenario-speaker` */ openScenarioSpeaker: Open<V3PayDevicesOpenScenarioSpeakerNode>;
 /** `v3/pay-devices/open-scenario-speakerorder` */ openScenarioSpeakerorder: Open<V3PayDevicesOpenScenarioSpeakerorderNode>;
 /** `v3/pay-devices/printers` */ printers: Open<V3PayDevicesPrintersNode>;
 chain: ChainFrom<"v3/pay-devices">;
}

/** `v3/pay-devices/open-scenario-speaker` */
export interface V3PayDevicesOpenScenarioSpeakerNode {
 /** `v3/pay-devices/open-scenario-speaker/{device_sn}` */ $device_sn$: Open<V3PayDevicesOpenScenarioSpeaker_device_sn_Node>;
 /** `v3/pay-devices/open-scenario-speaker/{device_sn}` */ _device_sn_: Open<V3PayDevicesOpenScenarioSpeaker_device_sn_Node>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker">;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}` */
export interface V3PayDevicesOpenScenarioSpeaker_device_sn_Node {
 /** 查询音箱绑定信息 `GET /v3/pay-devices/open-scenario-speaker/{device_sn}` */
 get: Verb<GetV3PayDevicesOpenScenarioSpeakerOptions, GetV3PayDevicesOpenScenarioSpeakerData>;
 getAsync: Verb<GetV3PayDevicesOpenScenarioSpeakerOptions, GetV3PayDevicesOpenScenarioSpeakerData>;
 /** `v3/pay-devices/open-scenario-speaker/{device_sn}/bind` */ bind: Open<V3PayDevicesOpenScenarioSpeakerBindNode>;
 /** `v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` */ prebind: Open<V3PayDevicesOpenScenarioSpeakerPrebindNode>;
 /** `v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` */ unbind: Open<V3PayDevicesOpenScenarioSpeakerUnbindNode>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}">;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/bind` */
export interface V3PayDevicesOpenScenarioSpeakerBindNode {
 /** 绑定音箱设备码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerBindOptions, PostV3PayDevicesOpenScenarioSpeakerBindData>;
 postAsync: Verb<PostV3PayDevicesOpenScenarioSpeakerBindOptions, PostV3PayDevicesOpenScenarioSpeakerBindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/bind">;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` */
export interface V3PayDevicesOpenScenarioSpeakerPrebindNode {
 /** 出厂预绑定音箱和码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerPrebindOptions, PostV3PayDevicesOpenScenarioSpeakerPrebindData>;
 postAsync: Verb<PostV3PayDevicesOpenScenarioSpeakerPrebindOptions, PostV3PayDevicesOpenScenarioSpeakerPrebindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/prebind">;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` */
export interface V3PayDevicesOpenScenarioSpeakerUnbindNode {
 /** 解绑音箱设备码牌 `POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerUnbindOptions, PostV3PayDevicesOpenScenarioSpeakerUnbindData>;
 postAsync: Verb<PostV3PayDevicesOpenScenarioSpeakerUnbindOptions, PostV3PayDevicesOpenScenarioSpeakerUnbindData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speaker/{device_sn}/unbind">;
}

/** `v3/pay-devices/open-scenario-speakerorder` */
export interface V3PayDevicesOpenScenarioSpeakerorderNode {
 /** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}` */ $transaction_id$: Open<V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node>;
 /** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}` */ _transaction_id_: Open<V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder">;
}

/** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}` */
export interface V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Node {
 /** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` */ report: Open<V3PayDevicesOpenScenarioSpeakerorderReportNode>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder/{transaction_id}">;
}

/** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` */
export interface V3PayDevicesOpenScenarioSpeakerorderReportNode {
 /** 码牌支付结果上报 `POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` */
 post: Verb<PostV3PayDevicesOpenScenarioSpeakerorderReportOptions, PostV3PayDevicesOpenScenarioSpeakerorderReportData>;
 postAsync: Verb<PostV3PayDevicesOpenScenarioSpeakerorderReportOptions, PostV3PayDevicesOpenScenarioSpeakerorderReportData>;
 chain: ChainFrom<"v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report">;
}

/** `v3/pay-devices/printers` */
export interface V3PayDevicesPrintersNode {
 /** `v3/pay-devices/printers/{device_id}` */ $device_id$: Open<V3PayDevicesPrinters_device_id_Node>;
 /** `v3/pay-devices/printers/{device_id}` */ _device_id_: Open<V3PayDevicesPrinters_device_id_Node>;
 chain: ChainFrom<"v3/pay-devices/printers">;
}

/** `v3/pay-devices/printers/{device_id}` */
export interface V3PayDevicesPrinters_device_id_Node {
 /** `v3/pay-devices/printers/{device_id}/print-orders` */ printOrders: Open<V3PayDevicesPrinters_device_id_PrintOrdersNode>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}">;
}

/** `v3/pay-devices/printers/{device_id}/print-orders` */
export interface V3PayDevicesPrinters_device_id_PrintOrdersNode {
 /** 小票机打印 `POST /v3/pay-devices/printers/{device_id}/print-orders` */
 post: Verb<PostV3PayDevicesPrintersPrintOrdersOptions, PostV3PayDevicesPrintersPrintOrdersData>;
 postAsync: Verb<PostV3PayDevicesPrintersPrintOrdersOptions, PostV3PayDevicesPrintersPrintOrdersData>;
 /** `v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */ $print_order_no$: Open<V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node>;
 /** `v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */ _print_order_no_: Open<V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}/print-orders">;
}

/** `v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */
export interface V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_Node {
 /** 查询订单 `GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */
 get: Verb<GetV3PayDevicesPrintersPrintOrdersOptions, GetV3PayDevicesPrintersPrintOrdersData>;
 getAsync: Verb<GetV3PayDevicesPrintersPrintOrdersOptions, GetV3PayDevicesPrintersPrintOrdersData>;
 chain: ChainFrom<"v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}">;
}
