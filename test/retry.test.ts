import { describe, expect, test } from 'vitest';
import { ApiError, ConfigError, NetworkError, ParameterError } from 'wechatpay-chain';
import { canFailOver, HostList } from '../lib/request/hosts.js';
import { parseRetryAfter, retryDelay, retryPolicyForCall, retryPolicyFromConfig, withRetries, type RetryPolicy } from '../lib/request/retry.js';
import { clientFor, createFake } from './support/world.js';

const request = { method: 'GET', url: 'https://api.mch.weixin.qq.com/v3/x', headers: {} };
const apiError = (status: number, headers: Record<string, string> = {}) => new ApiError({ request, response: { status, headers, data: {} }, verified: false });
const networkError = (code: string, stage?: 'connect' | 'response' | 'body') => new NetworkError({ code, detail: code, request, stage });
const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ ...retryPolicyFromConfig(true)!, ...overrides });

describe('which calls are retried', () => {
  const client = policy();
  const call = (method: string, headers: Record<string, string> = {}) => ({ method, headers, template: 'v3/x' });

  test('reads follow the client policy; writes only with Idempotency-Key (any case)', () => {
    expect(retryPolicyForCall(client, undefined, call('GET'))).toBe(client);
    expect(retryPolicyForCall(client, undefined, call('POST'))).toBeUndefined();
    expect(retryPolicyForCall(client, undefined, call('DELETE'))).toBeUndefined();
    expect(retryPolicyForCall(client, undefined, call('POST', { 'idempotency-key': 'k' }))).toBe(client);
    expect(retryPolicyForCall(undefined, undefined, call('GET'))).toBeUndefined();
  });

  test('a call opts in (or out) for itself', () => {
    expect(retryPolicyForCall(undefined, true, call('POST'))?.attempts).toBe(3);
    expect(retryPolicyForCall(client, 5, call('POST'))?.attempts).toBe(5);
    expect(retryPolicyForCall(client, false, call('GET'))).toBeUndefined();
    expect(retryPolicyForCall(client, { delayMs: 50 }, call('PATCH'))).toMatchObject({ attempts: 3, delayMs: 50 });
  });

  test('bad values name the option', () => {
    expect(() => retryPolicyForCall(client, 0, call('GET'))).toThrow(ParameterError);
    expect(() => retryPolicyForCall(client, { attempts: 11 }, call('GET'))).toThrow(/from 1 to 10/);
    expect(() => retryPolicyForCall(client, { tries: 2 }, call('GET'))).toThrow(/retry.tries/);
    expect(() => retryPolicyFromConfig({ statuses: [200] })).toThrow(ConfigError);
    expect(() => retryPolicyFromConfig('yes')).toThrow(/`retry`/);
    expect(() => clientFor(createFake(), { retry: { delayMs: -1 } })).toThrow(/retry.delayMs/);
  });
});

describe('retryDelay', () => {
  test('exponential backoff with jitter between half and all of the step, capped', () => {
    const p = policy({ attempts: 10, delayMs: 100, maxDelayMs: 1000 });
    const error = networkError('ECONNRESET');
    expect(retryDelay(p, 1, error, () => 0)).toBe(50);
    expect(retryDelay(p, 1, error, () => 1)).toBe(100);
    expect(retryDelay(p, 3, error, () => 1)).toBe(400);
    expect(retryDelay(p, 6, error, () => 1)).toBe(1000);
    expect(retryDelay(p, 6, error, () => 0)).toBe(500);
  });

  test('Retry-After wins over a shorter backoff; beyond maxDelayMs it ends the retries', () => {
    const p = policy({ delayMs: 100, maxDelayMs: 5000 });
    expect(retryDelay(p, 1, apiError(429, { 'retry-after': '3' }), () => 1)).toBe(3000);
    expect(retryDelay(p, 1, apiError(503, { 'retry-after': '0' }), () => 1)).toBe(100);
    expect(retryDelay(p, 1, apiError(429, { 'retry-after': '6' }))).toBeUndefined();
  });

  test('only listed statuses and network failures; never a cancel; never past the attempts', () => {
    const p = policy({ attempts: 2 });
    expect(retryDelay(p, 1, apiError(400))).toBeUndefined();
    expect(retryDelay(p, 1, apiError(500))).toBeTypeOf('number');
    expect(retryDelay(p, 2, apiError(500))).toBeUndefined();
    expect(retryDelay(p, 1, networkError('ERR_CANCELED'))).toBeUndefined();
    expect(retryDelay(p, 1, new Error('boom'))).toBeUndefined();
  });

  test('parseRetryAfter reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('withRetries', () => {
  test('an abort during the wait ends the call at once', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const run = withRetries(policy({ delayMs: 60_000, maxDelayMs: 60_000 }), controller.signal, async () => {
      attempts++;
      setTimeout(() => controller.abort(), 5);
      throw networkError('ECONNRESET');
    });
    await expect(run).rejects.toMatchObject({ code: 'ERR_CANCELED', mayHaveReachedServer: true });
    expect(attempts).toBe(1);
  });

  test('a refusal after an attempt that may have arrived is still retried; only the final error is reworded', async () => {
    const failures = [apiError(503), networkError('ECONNREFUSED'), networkError('ECONNREFUSED')];
    let attempts = 0;
    const run = withRetries(policy({ attempts: 3, delayMs: 1 }), undefined, async () => {
      throw failures[attempts++]!;
    });
    await expect(run).rejects.toMatchObject({ code: 'ECONNREFUSED', mayHaveReachedServer: true });
    await expect(run).rejects.toThrow(/an earlier attempt may have been processed/);
    expect(attempts).toBe(3);
  });
});

describe('hosts', () => {
  test('failover only for connection failures before anything was sent', () => {
    expect(canFailOver(networkError('ECONNREFUSED'))).toBe(true);
    expect(canFailOver(networkError('ENOTFOUND'))).toBe(true);
    expect(canFailOver(networkError('ERR_CONNECT_TIMEOUT'))).toBe(true);
    expect(canFailOver(networkError('ECONNABORTED', 'connect'))).toBe(true);
    expect(canFailOver(networkError('ECONNABORTED', 'response'))).toBe(false);
    expect(canFailOver(networkError('ECONNRESET', 'response'))).toBe(false);
    expect(canFailOver(networkError('ERR_RESPONSE_TRUNCATED', 'body'))).toBe(false);
    expect(canFailOver(apiError(503))).toBe(false);
  });

  test('a host that failed is tried last for a minute', () => {
    let now = 0;
    const hosts = new HostList(['https://a/', 'https://b/'], () => now);
    hosts.failed('https://a/');
    expect(hosts.order()).toEqual(['https://b/', 'https://a/']);
    now = 59_000;
    expect(hosts.order()[0]).toBe('https://b/');
    now = 60_000;
    expect(hosts.order()).toEqual(['https://a/', 'https://b/']);
    hosts.failed('https://a/');
    hosts.succeeded('https://a/');
    expect(hosts.order()[0]).toBe('https://a/');
  });

  test('backups must share the primary path; bad host options are named', () => {
    const fake = createFake();
    expect(() => clientFor(fake, { baseURL: 'https://api.mch.weixin.qq.com/', backupBaseURLs: ['https://api2.mch.weixin.qq.com/other/'] })).toThrow(/backupBaseURLs.0/);
    expect(() => clientFor(fake, { backupBaseURLs: 'https://api2.mch.weixin.qq.com/' as unknown as string[] })).toThrow(ConfigError);
    expect(() => clientFor(fake, { connectTimeout: -5 })).toThrow(/connectTimeout/);
  });
});
