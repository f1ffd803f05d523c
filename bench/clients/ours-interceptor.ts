/**
 * wechatpay-chain with one no-op request interceptor, as a caller who adds logging would have: what
 * one more interceptor in axios's chain costs.
 */
import { create as createOurs } from './ours.js';
import type { ClientFactory } from './types.js';

export const create: ClientFactory = (env) => createOurs(env, { interceptor: true });
