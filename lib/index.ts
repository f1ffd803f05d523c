export { Wechatpay, type WechatpayConfig } from './client.js';
export * from './errors/index.js';
export type { KeyInput } from './keys.js';
export type { QueryValue, RawBody, RequestOptionsBase, ResponseKind } from './options.js';
export type { HttpMethod, WechatpayResponse } from './pipeline.js';
export type { Signer } from './signer.js';
export type * from '../types/client.js';
export { VERSION } from './version.js';
