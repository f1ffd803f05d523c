/**
 * `wechatpay-chain`: the client, its errors and options, certificates, notifications, and the types of the catalog.
 * @module wechatpay-chain
 */
export { Wechatpay, type WechatpayConfig, type WechatpayConstructor } from './client.js';
export * from './errors/index.js';
export type { KeyInput } from './auth/keys.js';
export type { HttpMethod, ProxyOption, QueryValue, RawBody, RequestOptionsBase, ResponseKind, RetryEvent, RetryOption, RetryOptions, UploadFile, UploadFileOptions, WechatpayResponse } from '../types/options.js';
export type { Signer } from './auth/signer.js';
export type { AppPaymentInput, AppPaymentParams, AppV2PaymentInput, JsapiPaymentInput, JsapiPaymentParams, JsapiV2PaymentInput, JsapiV2PaymentParams, LocallySigned, Payment, SignedBy, SigningMode, V2SignType } from './payment/types.js';
export type { VerificationKey } from './auth/keys.js';
export { MemoryCertificateStorage, type CertificateRefreshLock, type CertificateStorage, type StoredCertificates } from './trust/storage.js';
export type { Verifier } from './trust/store.js';
export type { CertificateListEntry, PlatformCertificate } from './trust/certificate-list.js';
export type { PlatformCertificatesOptions } from './trust/certificates.js';
export type { AesGcmEnvelope } from './auth/crypto.js';
export { downloadCertificates, refreshCertificates, type DownloadedCertificates } from './certificate-tools.js';
export type { DecryptOptions, EncryptOptions } from './trust/sensitive.js';
export * from './notify/index.js';
export type * from '../types/events/index.js';
export { KNOWN_EVENT_TYPES } from '../types/events/index.js';
export type * from '../types/client.js';
export { VERSION } from './version.js';
export type { DownloadFileOptions, DownloadResult } from './files/download.js';
export type { BillInfo, DownloadSource, StatementRequest, V2BillRequest } from './files/source.js';
