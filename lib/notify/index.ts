/**
 * Incoming notifications: verify over the raw bytes, decrypt, type, reply, deduplicate.
 * @module
 */
export { Notifications } from './notifications.js';
export { NotificationError, type NotificationFailure } from './error.js';
export { DEFAULT_MAX_BODY_BYTES, type NotificationHeaders, type NotificationInput, type RawNotificationBody } from './input.js';
export type { ParseOptions } from './parse.js';
export type { HandleResult, HandlerOptions, NotificationListener } from './handle.js';
export { MemoryDedupeStore, NotificationDedupe, type ClaimResult, type DedupeClaim, type DedupeStore, type DedupeUnavailablePolicy, type MemoryDedupeStoreOptions, type NotificationDedupeOptions } from './dedupe.js';
export { failureReply, failureReplyFor, successReply, toResponse, writeReply, type NotificationReply } from './reply.js';
export { nodeRequestBody, readRawBody } from './node.js';
export { readRequestBody } from './web.js';
