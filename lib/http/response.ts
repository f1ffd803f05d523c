import type { AxiosResponse } from 'axios';
import { isUnsignedDownload } from '../auth/unsigned.js';
import { verifySignature, type VerifyInput } from '../auth/verifier.js';
import { ApiError } from '../errors/api-error.js';
import { describe } from '../errors/describe.js';
import { summarizeHeaders, type RequestSummary, type ResponseSummary } from '../errors/http-context.js';
import { ResponseError } from '../errors/response-error.js';
import type { ResponseKind } from '../../types/options.js';
import type { Secret } from '../auth/secret.js';
import { callStateOf } from './call-state.js';
import { summarizeRequest } from './failure.js';
import { v2Answer } from './v2-response.js';

/** How responses are checked: the trust store's lookups and the clock. */
export interface ResponseChecks {
  keyFor: VerifyInput['keyFor'];
  unknownSerialHint: VerifyInput['unknownSerialHint'];
  clock: () => number;
  clockToleranceSeconds: number;
  /** The APIv2 key, which verifies APIv2 answers. */
  apiv2Key?: () => Secret | undefined;
}

/**
 * The response as the caller gets it: a 2xx body verified over its raw bytes (file downloads aside,
 * which WeChat Pay does not sign), then decoded per `responseType`; anything else an {@link ApiError}.
 */
export async function verifiedResponse(response: AxiosResponse, checks: ResponseChecks): Promise<AxiosResponse> {
  const config = response.config;
  const state = callStateOf(config);
  const body = toBuffer(response.data);
  const headers = summarizeHeaders(response.headers);
  const request = (): RequestSummary => summarizeRequest(config);
  const ok = response.status >= 200 && response.status < 300;
  const apiv2 = state?.request.apiv2;
  if (apiv2) {
    response.data = v2Answer(response, body, { call: apiv2, key: checks.apiv2Key?.(), responseType: state!.request.responseType, headers, request });
    return response;
  }
  const checked = !state?.verifiedByCaller && (!ok || !isUnsignedDownload(apiPath(config.url ?? '', state?.pathPrefix ?? '')));
  let verified = false;
  if (checked) {
    try {
      await verifySignature({
        headers,
        body,
        keyFor: checks.keyFor,
        unknownSerialHint: checks.unknownSerialHint,
        now: checks.clock(),
        toleranceSeconds: checks.clockToleranceSeconds,
        context: () => ({ request: request(), response: { status: response.status, headers, data: undefined } }),
      });
      verified = true;
    } catch (error) {
      // Error pages from gateways are unsigned: only a 2xx body must verify to be used.
      if (ok) throw error;
    }
  }
  if (!ok) throw new ApiError({ request: request(), response: { status: response.status, headers, data: decodeLoosely(body, headers) }, verified });
  response.data = decode(body, state?.request.responseType ?? 'json', headers, request);
  return response;
}

/** The API path of a sent URL (`/v3/…`): its pathname without the base URL's path prefix. */
function apiPath(url: string, pathPrefix: string): string {
  const pathname = new URL(url).pathname;
  return pathPrefix !== '' && pathname.startsWith(`${pathPrefix}/`) ? pathname.slice(pathPrefix.length) : pathname;
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data);
  if (data === undefined || data === null) return Buffer.alloc(0);
  // Never read as an empty body: a signature over '' would then vouch for whatever this is.
  throw new TypeError(`the adapter handed back a body of type ${describe(data)}; the client verifies bytes only`);
}

function isJson(headers: Record<string, string>, text: string): boolean {
  const type = headers['content-type'] ?? '';
  return type.includes('json') || (type === '' && /^\s*[[{]/.test(text));
}

function decode(body: Buffer, kind: ResponseKind, headers: Record<string, string>, request: () => RequestSummary): unknown {
  if (kind === 'arraybuffer') return body;
  const text = body.toString('utf8');
  if (kind === 'text') return text;
  if (text === '') return undefined;
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ResponseError('invalid-json', `the body is signed by WeChat Pay but is not valid JSON (${body.length} bytes, content-type ${headers['content-type'] ?? 'none'}); ask for responseType 'text' or 'arraybuffer' to read it`, { request: request() });
  }
}

function decodeLoosely(body: Buffer, headers: Record<string, string>): ResponseSummary['data'] {
  const text = body.toString('utf8');
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
