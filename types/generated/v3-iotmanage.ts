// generated, do not edit: scripts/generate-catalog.ts writes this file from the WeChat Pay API
// descriptions (../shared/openapi); run `npm run generate` to rebuild it.
import type { CallOptions, ChainFrom, Open, Verb } from '../catalog.js';

/** 获取出厂检查结果: options */
export interface GetV3IotmanageDeviceInspectionsOptions extends CallOptions {
 /** 设备序列号 @example AAAAA123456789012345678 */ device_sn: string;
}
/** 获取出厂检查结果: response body */
export interface GetV3IotmanageDeviceInspectionsData {
 /** 设备序列号 */ device_sn: string;
 /** 有线网卡MAC地址 */ wired_mac: string;
 /** 无线网卡MAC地址 */ wireless_mac: string;
 /** 蓝牙MAC地址 */ bluetooth_mac: string;
 /** 刷脸应用版本号 */ app_version: string;
 /** 摄像头序列号 */ camera_sn: string;
 /** 国际移动设备识别码 */ imei: string;
 /** 查询结果 */ result: "SUCCESS" | "WARN" | "FAIL";
 /** 错误信息 */ errors?: string[];
 /** 告警信息 */ warnings?: string[];
 /** 查询时间 */ inspect_time: string;
}

/** 智能设备列表: options */
export interface GetV3IotmanageDevicesOptions extends CallOptions {
 query: {
  /** 最大资源条数 @example 5 */ limit: number;
  /** 请求资源起始位置 @example 10 */ offset: number;
 };
}
/** 智能设备列表: response body */
export interface GetV3IotmanageDevicesData {
 /** 设备列表 */ data: Array<{
  /** 设备序列号 */ device_sn?: string;
  /** 摄像头序列号 */ camera_sn?: string;
  /** 设备品类代码 */ device_category_code?: string;
  /** 设备品类 */ device_category?: string;
  /** 设备类型代码 */ device_class_code?: string;
  /** 设备类型 */ device_class?: string;
  /** 设备型号 */ device_model?: string;
  /** 刷脸应用软件模式代码 */ app_scene_code?: string;
  /** 刷脸应用软件模式 */ app_scene?: string;
  /** 刷脸应用操作系统 */ operating_system?: string;
  /** 激活状态 */ activation_status?: "ACTIVATED" | "INACTIVATED";
  /** 激活时间 */ activation_time?: string;
  /** 商户号 */ mchid?: string;
  /** 商户简称 */ merchant_shortname?: string;
  /** 子商户号 */ sub_mchid?: string;
  /** 子商户简称 */ sub_merchant_shortname?: string;
 }>;
 /** 请求资源起始位置 */ offset: number;
 /** 最大资源条数 */ limit: number;
 /** 资源总条数 */ total_count: number;
 /** 相关链接 */ links: {
  /** 下一页链接 */ next?: string;
  /** 上一页链接 */ prev?: string;
  /** 当前链接 */ self?: string;
 };
}

export interface V3IotmanageNode {
 deviceInspections: Open<V3IotmanageDeviceInspectionsNode>;
 devices: Open<V3IotmanageDevicesNode>;
 chain: ChainFrom<"v3/iotmanage">;
}

export interface V3IotmanageDeviceInspectionsNode {
 $device_sn$: Open<V3IotmanageDeviceInspections_device_sn_Node>;
 _device_sn_: Open<V3IotmanageDeviceInspections_device_sn_Node>;
 chain: ChainFrom<"v3/iotmanage/device-inspections">;
}

export interface V3IotmanageDeviceInspections_device_sn_Node {
 /**
  * 获取出厂检查结果 `GET /v3/iotmanage/device-inspections/{device_sn}`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/tool/factory-check-data-api.html
  */
 get: Verb<GetV3IotmanageDeviceInspectionsOptions, GetV3IotmanageDeviceInspectionsData>;
 chain: ChainFrom<"v3/iotmanage/device-inspections/{device_sn}">;
}

export interface V3IotmanageDevicesNode {
 /**
  * 智能设备列表 `GET /v3/iotmanage/devices`
  * @see https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/point/iotmanage-devices.html
  */
 get: Verb<GetV3IotmanageDevicesOptions, GetV3IotmanageDevicesData>;
 chain: ChainFrom<"v3/iotmanage/devices">;
}
