/**
 * `wechatpay-chain/redis`: many processes, one merchant. Platform certificates downloaded once and
 * shared, with a cross-process refresh lock ({@link RedisCertificateStorage}), and notifications
 * handled exactly once however many processes receive them ({@link RedisNotificationDedupe}). Works
 * with ioredis and node-redis (optional peer dependencies: install the one you use).
 * @module
 */
export { RedisCertificateStorage, type RedisCertificateStorageOptions } from './certificate-storage.js';
export { RedisNotificationDedupe, RedisDedupeStore, type RedisNotificationDedupeOptions } from './notification-dedupe.js';
export { RedisUnavailableError } from './error.js';
export { DEFAULT_COMMAND_TIMEOUT_MS, RedisCommands, type IoredisLike, type NodeRedisClientLike, type NodeRedisClusterLike, type RedisClientLike } from './client.js';
export { DEFAULT_PREFIX } from './keys.js';
