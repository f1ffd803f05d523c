export { WechatpayError } from './base.js';
export { ConfigError } from './config-error.js';
export { ParameterError } from './parameter-error.js';
export { ApiError } from './api-error.js';
export { SignatureError, type SignatureFailure } from './signature-error.js';
export { CertificateError, type CertificateFailure } from './certificate-error.js';
export { NetworkError, type NetworkStage } from './network-error.js';
export { ResponseError, type ResponseFailure } from './response-error.js';
export type { HttpContext, RequestSummary, ResponseSummary } from './http-context.js';
