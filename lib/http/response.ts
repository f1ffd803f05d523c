import type { AxiosResponse } from 'axios';
import { streams } from '#platform/stream';
import { isStatement, isUnsignedDownload } from '../auth/unsigned.js';
import { utf8Bytes, utf8Text } from '../bytes.js';
import { verifySignature, type VerifyInput } from '../auth/verifier.js';
import { ApiError } from '../errors/api-error.js';
import { DownloadError } from '../errors/download-error.js';
import { describe } from '../errors/describe.js';
import { summarizeHeaders, type RequestSummary, type ResponseSummary } from '../errors/http-context.js';
import { ResponseError } from '../errors/response-error.js';
import type { ResponseKind } from '../../types/options.js';
import type { Secret } from '../auth/secret.js';
import { callStateOf } from './call-state.js';
import { matchesSha1, verifiedStatementDigest } from './statement.js';
import { summarizeRequest } from './failure.js';
import { v2Answer } from './v2-response.js';
import { startsAsXml } from '../xml/fields.js';

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
 * A call that asked for a stream (`wxpay.download()`) gets one only for a 2xx file download: its
 * checks run as it flows (lib/files/); any other streamed body is read whole (bounded) and checked here.
 */
export async function verifiedResponse(response: AxiosResponse, checks: ResponseChecks): Promise<AxiosResponse> {
  const config = response.config;
  const state = callStateOf(config);
  const headers = summarizeHeaders(response.headers);
  const request = (): RequestSummary => summarizeRequest(config);
  const ok = response.status >= 200 && response.status < 300;
  const path = apiPath(config.url ?? '', state?.pathPrefix ?? '');
  const unsigned = ok && isUnsignedDownload(path);
  const context = () => ({ request: request(), response: { status: response.status, headers, data: undefined } });
  // A statement's signature covers its SHA-1 header in place of the body.
  const sha1 = unsigned && isStatement(path) ? await verifiedStatementDigest(headers, checks, context) : undefined;
  // Only where the runtime streams (node:stream): elsewhere no call asks for a stream.
  if (streams?.isStream(response.data)) {
    if (unsigned) {
      response.data = streams.downloadStream(response.data, config, path, sha1);
      return response;
    }
    // An APIv2 bill streams too, unless WeChat Pay put an XML error in its place (at status 200):
    // that one is read whole below and becomes the same ApiError as for a call that is not streamed.
    if (ok && state?.request.apiv2?.file) {
      const peeked = await streams.peek(response.data, XML_START_BYTES);
      if (!startsAsXml(peeked.head)) {
        response.data = streams.downloadStream(peeked.stream, config, path, undefined);
        return response;
      }
      response.data = peeked.stream;
    }
    // Bounded: an error page, or a signed answer on a path that is no file download.
    const limit = ok ? positiveOr(state?.request.axios.maxContentLength, DEFAULT_STREAMED_LIMIT) : ERROR_BODY_LIMIT;
    const read = await streams.readBounded(response.data, limit);
    if (read.truncated && ok) throw new ResponseError('too-large', `the body exceeded maxContentLength (${limit} bytes)`, { request: request() });
    response.data = read.body;
  }
  const body = toBytes(response.data);
  const apiv2 = state?.request.apiv2;
  if (apiv2) {
    // APIv2 answers are read whole (their files too): only APIv3 downloads stream.
    const kind = state!.request.responseType === 'stream' ? 'arraybuffer' : state!.request.responseType;
    response.data = await v2Answer(response, body, { call: apiv2, key: checks.apiv2Key?.(), responseType: kind, headers, request });
    return response;
  }
  const checked = !state?.verifiedByCaller && !unsigned;
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
        context,
      });
      verified = true;
    } catch (error) {
      // Error pages from gateways are unsigned: only a 2xx body must verify to be used.
      if (ok) throw error;
    }
  }
  if (!ok) throw new ApiError({ request: request(), response: { status: response.status, headers, data: decodeLoosely(body, headers) }, verified });
  if (sha1 !== undefined && !(await matchesSha1(body, sha1))) {
    throw new DownloadError('digest-mismatch', `the statement's ${body.length} bytes do not hash to its verified Wechatpay-Statement-Sha1 ${sha1}`, { path, bytes: body.length });
  }
  const kind = state?.request.responseType ?? 'json';
  response.data = kind === 'stream' && streams ? streams.streamOf(body) : decode(body, kind === 'stream' ? 'arraybuffer' : kind, headers, request);
  return response;
}

/** How much of an APIv2 file is looked at to tell an XML error in its place (`<xml>` after any BOM and spaces). */
const XML_START_BYTES = 64;

/** The most of a non-2xx body read from a stream for its `ApiError`: error bodies are small JSON. */
const ERROR_BODY_LIMIT = 64 * 1024;

/** The bound on a signed answer read from a stream when the call set no `maxContentLength` (10 MiB). */
const DEFAULT_STREAMED_LIMIT = 10 * 1024 * 1024;

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
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
