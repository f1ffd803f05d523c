import { AxiosError, type AxiosRequestConfig } from 'axios';
import { WechatpayError } from '../errors/base.js';
import { summarizeHeaders, type RequestSummary } from '../errors/http-context.js';
import { NetworkError, type NetworkStage } from '../errors/network-error.js';
import { ParameterError } from '../errors/parameter-error.js';
import { ResponseError } from '../errors/response-error.js';
import { CONNECT_TIMEOUT, type AttemptRecord } from './progress.js';
import { callStateOf, transportOf } from './call-state.js';
import { timedOutAfter } from './deadline.js';

/** The code of a failure to open a proxy's tunnel (its `CONNECT` answered other than 200). */
export const PROXY_CONNECT = 'ERR_PROXY_CONNECT';

/** What an error keeps of a request: method, URL and headers, the signature redacted. */
export function summarizeRequest(config: AxiosRequestConfig | undefined): RequestSummary {
  return { method: (config?.method ?? 'GET').toUpperCase(), url: config?.url ?? '', headers: summarizeHeaders(config?.headers) };
}

/**
 * The client's error for a failed exchange: errors of the client pass as they are; axios's become a
 * {@link NetworkError} saying how far the attempt got, a {@link ResponseError} for a body over the
 * limit, or a {@link ParameterError} for a request body over `maxBodyLength`.
 */
export function translateFailure(error: unknown): unknown {
  if (WechatpayError.is(error) || !(error instanceof AxiosError)) return error;
  const config = error.config;
  const request = summarizeRequest(config);
  if (error.code === AxiosError.ERR_BAD_RESPONSE && error.message.startsWith('maxContentLength size of')) {
    const limit = Number(config?.maxContentLength);
    return new ResponseError('too-large', `the body exceeded maxContentLength (${limit} bytes); raise \`maxContentLength\` on the call if the response is expected to be that large`, { request });
  }
  if (error.code === AxiosError.ERR_BAD_REQUEST && error.message.startsWith('Request body larger than maxBodyLength')) {
    // Refused before a byte was sent: the caller's own limit, not a network failure.
    return new ParameterError('maxBodyLength', callStateOf(config)?.request.template ?? request.url, `the request body is larger than maxBodyLength (${Number(config?.maxBodyLength)} bytes); nothing was sent`);
  }
  // Its bookkeeping says how far the attempt got only when the adapter went through it.
  const transport = transportOf(config);
  const failure = describeFailure(error, transport?.started ? transport : undefined, timedOutAfter(config?.signal));
  // The AxiosError itself is not attached: its ClientRequest holds the raw header block, signature included.
  return new NetworkError({ ...failure, request, cause: error.cause });
}

/**
 * What a failed exchange tells: how far it got (from the transport's bookkeeping when it ran,
 * otherwise from the error code) and what happened, in words. `timeout`: the milliseconds of the
 * attempt's timeout when that is what ended it.
 */
function describeFailure(error: AxiosError, transport: AttemptRecord | undefined, timeout: number | undefined): { code: string | undefined; stage: NetworkStage | undefined; detail: string } {
  const host = transport?.host || hostOf(error.config?.url);
  let stage: NetworkStage | undefined;
  if (error.response || transport?.progress === 'headers') stage = 'body';
  else if (transport) stage = transport.progress === 'sent' ? 'response' : 'connect';
  if (timeout !== undefined) {
    const code = AxiosError.ECONNABORTED;
    if (stage === 'body') return { code, stage, detail: `the response body was still arriving when the ${timeout} ms timeout ran out (it bounds the whole exchange)` };
    if (stage === 'connect') return { code, stage, detail: `timed out after ${timeout} ms before the connection to ${host} was ready` };
    return { code, stage: stage ?? 'response', detail: `no response within ${timeout} ms (timeout)` };
  }
  const code = error.code;
  if (code === AxiosError.ERR_CANCELED) return { code, stage: stage ?? 'response', detail: 'the call was aborted' };
  if (stage === 'body') {
    const status = error.response ? ` (status ${error.response.status})` : '';
    return { code: 'ERR_RESPONSE_TRUNCATED', stage, detail: `the connection closed before the whole response body arrived${status}: ${error.message}` };
  }
  if (code === CONNECT_TIMEOUT) return { code, stage: 'connect', detail: error.message };
  if (transport?.proxied && stage === 'connect') {
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { code, stage, detail: `the proxy could not be reached (${code})` };
    // hpagent fails the tunnel with a plain Error naming the proxy's status.
    return { code: code ?? PROXY_CONNECT, stage, detail: `the proxy did not open a tunnel to ${host}: ${error.message}` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') return { code, stage: 'connect', detail: `DNS lookup of ${host} failed (${code})` };
  if (code === 'ECONNREFUSED') return { code, stage: 'connect', detail: `${host} refused the connection` };
  if (stage === 'connect') return { code, stage, detail: `${error.message} while connecting to ${host}` };
  if (code === 'ECONNRESET' || code === 'EPIPE') return { code, stage, detail: `the connection was closed before the response arrived (${error.message})` };
  return { code, stage, detail: error.message };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host;
  } catch {
    return 'the server';
  }
}
