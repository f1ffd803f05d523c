import { ApiError } from '../errors/api-error.js';
import { ConfigError } from '../errors/config-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ParameterError } from '../errors/parameter-error.js';
import { describe } from '../errors/describe.js';
import type { RetryEvent } from '../../types/options.js';
import { hasHeader } from './headers.js';
import { ownRecord } from './own.js';

/** A checked `RetryOptions`, every field set. */
export interface RetryPolicy {
  attempts: number;
  delayMs: number;
  maxDelayMs: number;
  statuses: ReadonlySet<number>;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

const DEFAULTS = { attempts: 3, delayMs: 200, maxDelayMs: 10_000, statuses: [429, 500, 502, 503, 504] } as const;
const MAX_ATTEMPTS = 10;

/** Check the client's `retry` option; `undefined` when retries are off. Throws {@link ConfigError}. */
export function retryPolicyFromConfig(value: unknown): RetryPolicy | undefined {
  const problem = (where: string, text: string): never => {
    throw new ConfigError(where === '' ? 'retry' : `retry.${where}`, text);
  };
  return toPolicy(value, undefined, problem);
}

/**
 * The policy for one call, or `undefined` for a single attempt. Safe by default:
 * - a read (GET) is retried when the client's `retry` is set or the call passes `retry`;
 * - a write (POST, PUT, PATCH, DELETE) is retried only when it carries an `Idempotency-Key` header
 *   (then like a read) or the call itself passes `retry` (the caller vouches that a repeat is safe,
 *   e.g. because the business key such as `out_trade_no` makes it idempotent);
 * - `retry: false` on a call turns retries off for it.
 */
export function retryPolicyForCall(
  client: RetryPolicy | undefined,
  option: unknown,
  call: { method: string; headers: Record<string, string>; template: string },
): RetryPolicy | undefined {
  if (option === undefined) {
    const read = call.method === 'GET';
    return read || hasHeader(call.headers, 'idempotency-key') ? client : undefined;
  }
  const problem = (where: string, text: string): never => {
    throw new ParameterError(where === '' ? 'retry' : `retry.${where}`, call.template, text);
  };
  return toPolicy(option, client, problem);
}

function toPolicy(value: unknown, base: RetryPolicy | undefined, problem: (where: string, text: string) => never): RetryPolicy | undefined {
  if (value === undefined || value === false) return undefined;
  const start: RetryPolicy = base ?? { attempts: DEFAULTS.attempts, delayMs: DEFAULTS.delayMs, maxDelayMs: DEFAULTS.maxDelayMs, statuses: new Set(DEFAULTS.statuses), onRetry: undefined };
  if (value === true) return start;
  if (typeof value === 'number') return { ...start, attempts: checkAttempts(value, '', problem) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem('', `expected true, false, a number of attempts or { attempts, delayMs, maxDelayMs, statuses, onRetry }, got ${describe(value)}`);
  }
  const given = ownRecord(value);
  for (const key of Object.keys(given)) {
    if (!['attempts', 'delayMs', 'maxDelayMs', 'statuses', 'onRetry'].includes(key)) problem(key, `unknown retry option \`${key}\``);
  }
  const policy = { ...start };
  if (given.attempts !== undefined) policy.attempts = checkAttempts(given.attempts, 'attempts', problem);
  for (const key of ['delayMs', 'maxDelayMs'] as const) {
    const ms = given[key];
    if (ms === undefined) continue;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) problem(key, `expected milliseconds ≥ 0, got ${describe(ms)}`);
    policy[key] = ms as number;
  }
  if (given.statuses !== undefined) {
    const statuses = given.statuses;
    if (!Array.isArray(statuses) || !statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)) {
      problem('statuses', 'expected an array of HTTP error statuses (400–599)');
    }
    policy.statuses = new Set(statuses as number[]);
  }
  if (given.onRetry !== undefined) {
    if (typeof given.onRetry !== 'function') problem('onRetry', `expected a function, got ${describe(given.onRetry)}`);
    policy.onRetry = given.onRetry as RetryPolicy['onRetry'];
  }
  return policy;
}

function checkAttempts(value: unknown, where: string, problem: (where: string, text: string) => never): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_ATTEMPTS) {
    return problem(where, `the number of attempts must be an integer from 1 to ${MAX_ATTEMPTS}, got ${describe(value)}`);
  }
  return value;
}

/**
 * The wait before retrying after `error` on attempt `attempt` (from 1), or `undefined` when the call
 * must not be retried: attempts used up, an error that is not retryable, or a `Retry-After` longer
 * than `maxDelayMs`.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, error: unknown, random: () => number = Math.random, now: number = Date.now()): number | undefined {
  if (attempt >= policy.attempts) return undefined;
  let retryAfter: number | undefined;
  if (ApiError.is(error)) {
    if (!policy.statuses.has(error.status)) return undefined;
    retryAfter = parseRetryAfter(error.response.headers['retry-after'], now);
  } else if (!NetworkError.is(error) || error.code === 'ERR_CANCELED') {
    return undefined;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.delayMs * 2 ** (attempt - 1));
  const backoff = Math.round(ceiling / 2 + random() * (ceiling / 2));
  if (retryAfter === undefined) return backoff;
  return retryAfter > policy.maxDelayMs ? undefined : Math.max(retryAfter, backoff);
}

/** `Retry-After` as milliseconds from now: delta seconds or an HTTP date; `undefined` if absent or malformed. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Run `attempt` until it succeeds or {@link retryDelay} says stop. The error thrown is the last
 * one; if it claims the request never reached WeChat Pay but an earlier attempt may have, it is
 * rethrown saying so, because that is what decides whether a write can be repeated.
 */
export async function withRetries<T>(policy: RetryPolicy | undefined, signal: AbortSignal | undefined, attempt: (n: number) => Promise<T>): Promise<T> {
  let reached = false;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const delay = policy ? retryDelay(policy, n, error) : undefined;
      // Only the error finally thrown is reworded: an attempt that could not connect is still retried.
      if (delay === undefined) throw NetworkError.is(error) && !error.mayHaveReachedServer && reached ? reachedEarlier(error) : error;
      reached ||= !NetworkError.is(error) || error.mayHaveReachedServer;
      policy!.onRetry?.({ attempt: n, delayMs: delay, error: error as NetworkError | ApiError });
      if (!(await sleep(delay, signal))) {
        throw new NetworkError({ code: 'ERR_CANCELED', detail: 'aborted while waiting to retry', request: (error as NetworkError | ApiError).request, stage: 'response', mayHaveReachedServer: reached, cause: error });
      }
    }
  }
}

function reachedEarlier(error: NetworkError): NetworkError {
  return new NetworkError({
    code: error.code,
    detail: `${error.detail}; an earlier attempt may have been processed`,
    request: error.request,
    stage: error.stage,
    mayHaveReachedServer: true,
    cause: error,
  });
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
