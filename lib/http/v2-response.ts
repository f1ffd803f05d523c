import type { AxiosResponse } from 'axios';
import type { Secret } from '../auth/secret.js';
import { utf8Text } from '../bytes.js';
import { verifyV2 } from '../auth/v2-sign.js';
import { ApiError } from '../errors/api-error.js';
import type { RequestSummary } from '../errors/http-context.js';
import { ResponseError } from '../errors/response-error.js';
import { SignatureError } from '../errors/signature-error.js';
import type { V2Call } from '../request/v2.js';
import type { ResponseKind } from '../../types/options.js';
import { startsAsXml, textFields, XmlRefusedError, type XmlFields } from '../xml/fields.js';
import { xmlParser } from '../xml/load.js';

/** What checking an APIv2 answer needs. */
export interface V2AnswerContext {
  call: V2Call;
  /** The APIv2 key that verifies a signed answer. */
  key: Secret | undefined;
  responseType: ResponseKind;
  headers: Record<string, string>;
  request: () => RequestSummary;
}

/**
 * An APIv2 answer as the caller gets it (the XML parser loaded on the first one): its XML fields as strings, its `sign` verified (timing-safe)
 * unless the operation answers unsigned, `return_code` ≠ `SUCCESS` or `result_code` = `FAIL` an
 * {@link ApiError}; a file operation's file as text or bytes, an XML body in its place an ApiError.
 */
export async function v2Answer(response: AxiosResponse, body: Uint8Array, context: V2AnswerContext): Promise<unknown> {
  const { call, headers, request } = context;
  const status = response.status;
  const ok = status >= 200 && status < 300;
  if (call.file && ok && !startsAsXml(body)) return context.responseType === 'arraybuffer' ? body : utf8Text(body);
  // Answers that are not XML by design (a JSON token, a redirect page) come back as they are: they carry no sign.
  if (!call.signed && !call.file && !startsAsXml(body)) {
    if (!ok) throw new ApiError({ request: request(), response: { status, headers, data: utf8Text(body) }, verified: false });
    return decodeOther(body, headers, context.responseType);
  }
  let fields: XmlFields;
  try {
    fields = (await xmlParser()).parseXml(body);
  } catch (error) {
    if (!ok) throw new ApiError({ request: request(), response: { status, headers, data: utf8Text(body) }, verified: false });
    const problem = error instanceof XmlRefusedError ? error.problem : 'malformed';
    throw new ResponseError(problem === 'too-large' ? 'too-large' : 'invalid-xml', `the APIv2 answer was refused: ${(error as Error).message}`, { request: request(), response: { status, headers, data: undefined } });
  }
  const verified = call.signed && verifySign(fields, context, status);
  const failed = fields.return_code !== 'SUCCESS' || fields.result_code === 'FAIL';
  if (!ok || failed || call.file) throw new ApiError({ request: request(), response: { status, headers, data: fields }, verified });
  if (context.responseType === 'text') return utf8Text(body);
  if (context.responseType === 'arraybuffer') return body;
  return fields;
}

/**
 * Verify the answer's `sign`: a bad one is always a {@link SignatureError}; a missing one too, unless
 * the answer is a `return_code` failure, which WeChat Pay sends unsigned. True when it verified.
 */
function verifySign(fields: XmlFields, context: V2AnswerContext, status: number): boolean {
  const fail = (reason: 'bad-signature' | 'missing-sign', detail: string): never => {
    throw new SignatureError(reason, detail, { requestId: context.headers['request-id'], request: context.request(), response: { status, headers: context.headers, data: undefined } });
  };
  if (!Object.hasOwn(fields, 'sign')) {
    if (fields.return_code !== 'SUCCESS') return false;
    return fail('missing-sign', `the answer of /${context.call.path} carries no \`sign\`, which its operation always signs`);
  }
  if (!context.key) return fail('bad-signature', 'the APIv2 key that would verify the answer is not configured');
  if (!verifyV2(textFields(fields), context.key.reveal())) fail('bad-signature', 'the answer\'s `sign` does not match its fields under the APIv2 key');
  return true;
}

function decodeOther(body: Uint8Array, headers: Record<string, string>, kind: ResponseKind): unknown {
  if (kind === 'arraybuffer') return body;
  const text = utf8Text(body);
  if (kind === 'json' && (headers['content-type'] ?? '').includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
