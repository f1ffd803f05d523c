import type { AxiosRequestConfig } from 'axios';
import type { BuiltRequest } from '../request/builder.js';
import { AttemptRecord } from './progress.js';

/**
 * What the signing and verifying interceptors know of the call behind an axios config. A class, not
 * a plain object: axios deep-copies plain objects in a config on every request, and this is read-only.
 */
export class CallState {
  constructor(
    readonly request: BuiltRequest,
    /** The path of the call's base URL without its final `/` (`''` for a bare host), shared by its hosts. */
    readonly pathPrefix: string,
    /** Internal: the caller verifies the raw response itself (GET /v3/certificates, whose keys may be inside it). */
    readonly verifiedByCaller: boolean,
  ) {}
}

/** An axios config of one of the client's attempts. */
export type AttemptConfig = AxiosRequestConfig & { wechatpay?: CallState; transport?: unknown };

/** The state of the call behind `config`, when the client made it. */
export function callStateOf(config: AxiosRequestConfig | undefined): CallState | undefined {
  const state = (config as AttemptConfig | undefined)?.wechatpay;
  return state instanceof CallState ? state : undefined;
}

/** The attempt transport's bookkeeping of `config`, when the client made it (on node:http only). */
export function transportOf(config: AxiosRequestConfig | undefined): AttemptRecord | undefined {
  const transport = (config as AttemptConfig | undefined)?.transport;
  return transport instanceof AttemptRecord ? transport : undefined;
}
