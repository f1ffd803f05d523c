import { describe, expect, test } from 'vitest';
import { ParameterError } from 'wechatpay-chain';
import { signingMessage } from '../lib/auth/signer.js';
import { buildRequest, type RequestSettings } from '../lib/request/builder.js';
import { retryPolicyFromConfig } from '../lib/request/retry.js';

// The request builder, pinned without any HTTP: from (template, options, client settings) to exactly
// what is sent and what is signed. The fault suite and the fake check that the wire agrees.

const settings: RequestSettings = { baseURL: 'https://api.mch.weixin.qq.com/', userAgent: 'wechatpay-chain/test', retry: undefined, timeout: 30_000 };
const TERMINATE = 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';

function refusal(action: () => unknown): ParameterError {
  try {
    action();
  } catch (error) {
    if (ParameterError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ParameterError');
}

describe('what a call sends and signs', () => {
  test('a seed POST: method, URL, headers, body and the five-line canonical message', () => {
    const built = buildRequest('POST', TERMINATE, { plan_id: 12535, out_contract_code: 'wxwtdk20200910100000', json: { contract_termination_remark: '用户解约' } }, settings);
    expect(built).toMatchObject({
      method: 'POST',
      url: 'https://api.mch.weixin.qq.com/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/wxwtdk20200910100000/terminate',
      relative: 'v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/wxwtdk20200910100000/terminate',
      pathAndQuery: '/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/wxwtdk20200910100000/terminate',
      body: '{"contract_termination_remark":"用户解约"}',
      signedBody: '{"contract_termination_remark":"用户解约"}',
      headers: { Accept: 'application/json', 'User-Agent': 'wechatpay-chain/test', 'Content-Type': 'application/json' },
      responseType: 'json',
      timeout: 30_000,
    });
    expect(signingMessage(built, 1554208460, '593BEC0C930BF1AFEB40B4A08C8FB242')).toBe(
      'POST\n/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/wxwtdk20200910100000/terminate\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{"contract_termination_remark":"用户解约"}\n',
    );
  });

  test('a GET: query encoded in the order given, no body, the empty body line signed', () => {
    const built = buildRequest('GET', 'v3/pay/transactions/out-trade-no/{out_trade_no}', { out_trade_no: '订单 1/2', query: { mchid: '1230000109', tags: ['a', 'b&c'], skip: undefined } }, settings);
    expect(built.pathAndQuery).toBe('/v3/pay/transactions/out-trade-no/%E8%AE%A2%E5%8D%95%201%2F2?mchid=1230000109&tags=a&tags=b%26c');
    expect(built.body).toBeUndefined();
    expect(built.signedBody).toBe('');
    expect(built.headers).toEqual({ Accept: 'application/json', 'User-Agent': 'wechatpay-chain/test' });
    expect(signingMessage(built, 1, 'N')).toBe(`GET\n${built.pathAndQuery}\n1\nN\n\n`);
  });

  test('a base URL with a path prefix: signed with the prefix, the relative part without it', () => {
    const built = buildRequest('GET', 'v3/certificates', undefined, { ...settings, baseURL: 'https://api.mch.weixin.qq.com/hk/' });
    expect(built.url).toBe('https://api.mch.weixin.qq.com/hk/v3/certificates');
    expect(built.pathAndQuery).toBe('/hk/v3/certificates');
    expect(built.relative).toBe('v3/certificates');
  });

  test('the path is what the URL parser makes of it, both sent and signed', () => {
    const built = buildRequest('GET', 'v3/a/./b c/../d', undefined, settings);
    expect(built.url).toBe('https://api.mch.weixin.qq.com/v3/a/d');
    expect(built.pathAndQuery).toBe('/v3/a/d');
  });

  test('bytes are sent through a view of themselves and signed as their UTF-8 text', () => {
    const bytes = new TextEncoder().encode('{"a":"é"}');
    const built = buildRequest('POST', 'v3/x', { body: bytes }, settings);
    expect(Buffer.isBuffer(built.body)).toBe(true);
    expect((built.body as Buffer).buffer).toBe(bytes.buffer);
    expect(built.signedBody).toBe('{"a":"é"}');
    expect(refusal(() => buildRequest('POST', 'v3/x', { body: Uint8Array.of(0xff, 0xfe) }, settings)).parameter).toBe('body');
  });

  test('a multipart body signs its meta part and leaves its Content-Type (with the boundary) to axios', () => {
    const form = new FormData();
    form.append('meta', '{"filename":"a.png","sha256":"x"}');
    form.append('file', new Blob(['png']), 'a.png');
    const built = buildRequest('POST', 'v3/merchant/media/upload', { body: form }, settings);
    expect(built.signedBody).toBe('{"filename":"a.png","sha256":"x"}');
    expect(built.headers['Content-Type']).toBeUndefined();
  });

  test('a body-less POST is still JSON, so axios adds no form type of its own', () => {
    expect(buildRequest('POST', 'v3/x/close', undefined, settings).headers['Content-Type']).toBe('application/json');
    expect(buildRequest('POST', 'v3/x', { body: 'a=1', headers: { 'content-type': 'text/plain' } }, settings).headers).toMatchObject({ 'content-type': 'text/plain' });
  });

  test('fields encrypted by wxpay.encrypt() name their key in Wechatpay-Serial; a header of the call wins', () => {
    const withSerial = { ...settings, encryptedWith: (body: string) => (body.includes('CIPHER') ? 'PUB_KEY_ID_1' : undefined) };
    expect(buildRequest('POST', 'v3/x', { json: { name: 'CIPHER' } }, withSerial).headers['Wechatpay-Serial']).toBe('PUB_KEY_ID_1');
    expect(buildRequest('POST', 'v3/x', { json: { name: 'CIPHER' }, headers: { 'wechatpay-serial': 'OTHER' } }, withSerial).headers).toMatchObject({ 'wechatpay-serial': 'OTHER' });
    expect(buildRequest('POST', 'v3/x', { json: { name: 'plain' } }, withSerial).headers['Wechatpay-Serial']).toBeUndefined();
  });

  test('the retry policy: a read takes the client policy, a write only with Idempotency-Key or its own retry', () => {
    const retrying = { ...settings, retry: retryPolicyFromConfig(true) };
    expect(buildRequest('GET', 'v3/x', undefined, retrying).retry?.attempts).toBe(3);
    expect(buildRequest('POST', 'v3/x', { json: {} }, retrying).retry).toBeUndefined();
    expect(buildRequest('POST', 'v3/x', { json: {}, headers: { 'Idempotency-Key': 'K' } }, retrying).retry?.attempts).toBe(3);
    expect(buildRequest('POST', 'v3/x', { json: {}, retry: 2 }, settings).retry?.attempts).toBe(2);
  });

  test('the timeout: the call\'s, else the client\'s', () => {
    expect(buildRequest('GET', 'v3/x', { timeout: 500 }, settings).timeout).toBe(500);
    expect(buildRequest('GET', 'v3/x', undefined, settings).timeout).toBe(30_000);
  });

  test('pure: the same call builds the same request, with nothing random or timed in it', () => {
    const options = { plan_id: 1, out_contract_code: 'A', json: { b: 1 } };
    expect(buildRequest('POST', TERMINATE, options, settings)).toEqual(buildRequest('POST', TERMINATE, options, settings));
  });
});

describe('refused before anything is signed', () => {
  test.each([
    ['a #fragment in a path template', 'v3/x#frag', undefined, 'path'],
    ['a framing header', 'v3/x', { headers: { 'Transfer-Encoding': 'chunked' } }, 'headers.Transfer-Encoding'],
    ['Content-Length', 'v3/x', { headers: { 'content-length': '10' } }, 'headers.content-length'],
    ['Connection', 'v3/x', { headers: { Connection: 'close' } }, 'headers.Connection'],
    ['Host', 'v3/x', { headers: { Host: 'evil.example' } }, 'headers.Host'],
    ['Upgrade', 'v3/x', { headers: { Upgrade: 'h2c' } }, 'headers.Upgrade'],
    ['a header value beyond Latin-1', 'v3/x', { headers: { 'Idempotency-Key': '订单-1' } }, 'headers.Idempotency-Key'],
    ['a control character in a header value', 'v3/x', { headers: { 'X-A': 'a\u0000b' } }, 'headers.X-A'],
    ['a header given twice in two cases', 'v3/x', { headers: { 'X-A': '1', 'x-a': '2' } }, 'headers.x-a'],
    ['a header value that is an object', 'v3/x', { headers: { 'X-A': { a: 1 } } }, 'headers.X-A'],
    ['a timeout that is not milliseconds', 'v3/x', { timeout: -1 }, 'timeout'],
    ['a signal that is not an AbortSignal', 'v3/x', { signal: {} }, 'signal'],
    ['a proxy that is not a URL', 'v3/x', { proxy: 'secret-订单' }, 'proxy'],
    ['a proxy beside an agent of the call', 'v3/x', { proxy: 'http://127.0.0.1:3128', httpsAgent: {} }, 'proxy'],
  ])('%s', (_, template, options, parameter) => {
    const error = refusal(() => buildRequest('POST', template, options, settings));
    expect(error.parameter).toBe(parameter);
    // Header values are not quoted: a header may carry a token or a key.
    expect(error.message).not.toContain('订单');
  });

  test('a path that climbs out of the base URL\'s prefix', () => {
    const error = refusal(() => buildRequest('GET', '../v3/x', undefined, { ...settings, baseURL: 'https://api.mch.weixin.qq.com/hk/' }));
    expect(error.parameter).toBe('path');
    expect(error.message).toContain('outside');
  });

  test('a Latin-1 header value is sent as it is', () => {
    expect(buildRequest('GET', 'v3/x', { headers: { 'X-Name': 'café' } }, settings).headers['X-Name']).toBe('café');
  });
});

describe('own properties only', () => {
  test('inherited options, query, headers and path values count for nothing', () => {
    const inherited = { query: { evil: '1' }, headers: { 'X-Evil': '1' }, json: { evil: true }, timeout: 1, id: 'evil', retry: 9 };
    const options = Object.assign(Object.create(inherited) as Record<string, unknown>, { id: 'A1' });
    const built = buildRequest('GET', 'v3/x/{id}', options, { ...settings, timeout: 1000 });
    expect(built.pathAndQuery).toBe('/v3/x/A1');
    expect(built.headers['X-Evil']).toBeUndefined();
    expect(built.body).toBeUndefined();
    expect(built.timeout).toBe(1000);
    const query = Object.assign(Object.create({ evil: '1' }) as Record<string, string>, { mchid: '1' });
    const headers = Object.assign(Object.create({ 'X-Evil': '1' }) as Record<string, string>, { 'X-Own': '1' });
    const built2 = buildRequest('GET', 'v3/x', { query, headers }, settings);
    expect(built2.pathAndQuery).toBe('/v3/x?mchid=1');
    expect(built2.headers).toMatchObject({ 'X-Own': '1' });
    expect(built2.headers['X-Evil']).toBeUndefined();
  });

  test('an own __proto__ key (as JSON.parse makes) is read as a value, not as the prototype', () => {
    const query = JSON.parse('{"__proto__": "x", "a": "1"}') as Record<string, string>;
    expect(buildRequest('GET', 'v3/x', { query }, settings).pathAndQuery).toBe('/v3/x?__proto__=x&a=1');
  });
});
