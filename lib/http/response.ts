import type { AxiosResponse } from 'axios';
import { isUnsignedDownload } from '../auth/unsigned.js';
import { utf8Bytes, utf8Text } from '../bytes.js';
import { verifySignature, type VerifyInput } from '../auth/verifier.js';
import { ApiError } from '../errors/api-error.js';
import { describe } from '../errors/describe.js';
import { summarizeHeaders, type RequestSummary, type ResponseSummary } from '../errors/http-context.js';
import { ResponseError } from '../errors/response-error.js';
import type { ResponseKind } from '../../types/options.js';
import { callStateOf } from './call-state.js';
import { summarizeRequest } from './failure.js';

/** How responses are checked: the trust store's lookups and the clock. */
export interface ResponseChecks {
  keyFor: VerifyInput['keyFor'];
  unknownSerialHint: VerifyInput['unknownSerialHint'];
  clock: () => number;
  clockToleranceSeconds: number;
}

/**
 * The response as the caller gets it: a 2xx body verified over its raw bytes (file downloads aside,
 * which WeChat Pay does not sign), then decoded per `responseType`; anything else an {@link ApiError}.
 */
export async function verifiedResponse(response: AxiosResponse, checks: ResponseChecks): Promise<AxiosResponse> {
  const config = response.config;
  const state = callStateOf(config);
  const body = toBytes(response.data);
  const headers = summarizeHeaders(response.headers);
  const request = (): RequestSummary => summarizeRequest(config);
  const ok = response.status >= 200 && response.status < 300;
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

/** The body's bytes: a Buffer from axios's http adapter (handed on as it is), an ArrayBuffer from its fetch adapter. */
function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  // By its tag as well: an ArrayBuffer made in another realm (a worker runtime's fetch) fails instanceof.
  if (data instanceof ArrayBuffer || Object.prototype.toString.call(data) === '[object ArrayBuffer]') return new Uint8Array(data as ArrayBuffer);
  if (typeof data === 'string') return utf8Bytes(data);
  if (data === undefined || data === null) return new Uint8Array(0);
  // Never read as an empty body: a signature over '' would then vouch for whatever this is.
  throw new TypeError(`the adapter handed back a body of type ${describe(data)}; the client verifies bytes only`);
}

function isJson(headers: Record<string, string>, text: string): boolean {
  const type = headers['content-type'] ?? '';
  return type.includes('json') || (type === '' && /^\s*[[{]/.test(text));
}

function decode(body: Uint8Array, kind: ResponseKind, headers: Record<string, string>, request: () => RequestSummary): unknown {
  if (kind === 'arraybuffer') return body;
  const text = utf8Text(body);
  if (kind === 'text') return text;
  if (text === '') return undefined;
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ResponseError('invalid-json', `the body is signed by WeChat Pay but is not valid JSON (${body.length} bytes, content-type ${headers['content-type'] ?? 'none'}); ask for responseType 'text' or 'arraybuffer' to read it`, { request: request() });
  }
}

function decodeLoosely(body: Uint8Array, headers: Record<string, string>): ResponseSummary['data'] {
  const text = utf8Text(body);
  if (!isJson(headers, text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
