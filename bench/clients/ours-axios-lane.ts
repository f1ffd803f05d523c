/**
 * wechatpay-chain with one no-op request interceptor, as a caller who adds logging would have:
 * every call then goes through axios.request() rather than the direct lane (see lib/direct.ts).
 */
import { create as createOurs } from './ours.js';
import type { ClientFactory } from './types.js';

export const create: ClientFactory = (env) => createOurs(env, { axiosLane: true });
