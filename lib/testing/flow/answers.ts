import { ownValue } from '../../request/own.js';
import type { FakeReply } from '../fake-types.js';
import type { FakeHost } from './types.js';

/** Error answers as WeChat Pay gives them (`{ code, message }`), and reading a request body field. */

/** A 4xx answer with WeChat Pay's code and message. */
export function fail(host: FakeHost, status: number, code: string, message: string): FakeReply {
  return host.reply({ status, json: { code, message } });
}

/** The `PARAM_ERROR` of a required field that is missing or malformed (WeChat Pay's wording). */
export function badField(host: FakeHost, path: string, rule = '必填性规则校验失败，此字段为必填项'): FakeReply {
  return fail(host, 400, 'PARAM_ERROR', `输入源“/body/${path.replace(/\./g, '/')}”映射到字段“${path}”${rule}`);
}

/** The value at a dotted path of a parsed JSON body, by own properties only. */
export function field(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? ownValue(value, key) : undefined;
  return value;
}

/** A non-empty string at `path`, or undefined. */
export function text(body: unknown, path: string): string | undefined {
  const value = field(body, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Whether `value` is an amount in fen: a positive safe integer. */
export function isFen(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}
