import { sign } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, SignatureError } from 'wechatpay-chain';
import { FakeWechatpay, generatePlatform, type SignMode } from 'wechatpay-chain/testing';
import { mswHandlers } from 'wechatpay-chain/testing/msw';
import { isUnsignedDownload } from '../lib/auth/unsigned.js';
import { caught } from './support/secrets.js';
import { clientFor, createFake, mswWorld, platform } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

const BODY = { code_url: 'weixin://wxpay/bizpayurl?pr=p4lpSuKzz' };

/** A client whose fake answers POST v3/pay/transactions/native with the given signing mode. */
function answering(sign: SignMode, reply: object = BODY) {
  const fake = createFake();
  fake.on('POST', 'v3/pay/transactions/native', () => FakeWechatpay.reply({ json: reply, sign }));
  world.use(fake);
  return clientFor(fake);
}

// @ts-expect-error -- a partial order body: the fake does not check fields, the catalog does.
const call = (wxpay: ReturnType<typeof answering>) => wxpay.v3.pay.transactions.native.post({ json: { appid: 'wxd678efh567hg6787' } });

async function rejection(sign: SignMode): Promise<SignatureError> {
  const error = await caught(call(answering(sign)));
  expect(SignatureError.is(error)).toBe(true);
  return error as SignatureError;
}

describe('a 2xx response reaches the caller only when verified', () => {
  it('accepts a valid signature', async () => {
    const response = await call(answering('valid'));
    expect(response.data).toEqual(BODY);
  });

  it('rejects a forged signature', async () => {
    expect((await rejection('forge-signature')).reason).toBe('bad-signature');
  });

  it('rejects a body changed by one byte', async () => {
    const error = await rejection('tamper-body');
    expect(error.reason).toBe('bad-signature');
    expect(error.message).toMatch(/does not match the body/);
    // The rejected body is not handed over, not even on the error.
    expect(error.response?.data).toBeUndefined();
  });

  it.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'] as const)('rejects a response without %s', async (header) => {
    const error = await rejection({ omitHeader: header });
    expect(error.reason).toBe('missing-header');
    expect(error.message).toContain(header);
  });

  it('rejects an unsigned 2xx response', async () => {
    expect((await rejection('unsigned')).reason).toBe('missing-header');
  });

  it.each([301, -301])('rejects a timestamp %i s off', async (skew) => {
    const error = await rejection({ skewSeconds: -skew });
    expect(error.reason).toBe('timestamp');
    expect(error.message).toContain('301 s');
  });

  it('accepts a timestamp 299 s off', async () => {
    await expect(call(answering({ skewSeconds: -299 }))).resolves.toMatchObject({ status: 200 });
  });

  it('honours clockToleranceSeconds', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ json: {}, sign: { skewSeconds: 100 } }));
    world.use(fake);
    const error = await caught(clientFor(fake, { clockToleranceSeconds: 60 }).v3.certificates.get());
    expect((error as SignatureError).reason).toBe('timestamp');
  });

  it('rejects an unknown serial', async () => {
    const error = await rejection({ serial: 'PUB_KEY_ID_0000000000000000000000000000' });
    expect(error.reason).toBe('unknown-serial');
    expect(error.serial).toBe('PUB_KEY_ID_0000000000000000000000000000');
  });

  it('rejects a probe signature (WECHATPAY/SIGNTEST/)', async () => {
    expect((await rejection('probe')).reason).toBe('probe');
  });

  it('rejects a response signed by another key under a known serial', async () => {
    const fake = createFake({ platform: { ...generatePlatform(), serial: createFake().platform.serial } });
    fake.on('GET', 'v3/certificates', () => ({}));
    world.use(fake);
    const wxpay = clientFor(createFake());
    expect(((await caught(wxpay.v3.certificates.get())) as SignatureError).reason).toBe('bad-signature');
  });
});

describe('error responses', () => {
  it('carry code, message, detail and Request-ID, and say that their signature verified', async () => {
    const fake = createFake();
    fake.on('POST', 'v3/pay/transactions/native', () =>
      FakeWechatpay.reply({ status: 400, json: { code: 'PARAM_ERROR', message: '参数错误', detail: { field: 'amount.total', issue: 'must be > 0' } }, headers: { 'Request-ID': 'req-123' } }),
    );
    world.use(fake);
    const error = (await caught(call(clientFor(fake)))) as ApiError;
    expect(ApiError.is(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 'PARAM_ERROR', apiMessage: '参数错误', requestId: 'req-123', verified: true });
    expect(error.detail).toEqual({ field: 'amount.total', issue: 'must be > 0' });
    expect(error.message).toBe('Request failed with status code 400: POST /v3/pay/transactions/native (PARAM_ERROR: 参数错误) [Request-ID req-123]');
    expect(error.request.headers.authorization).toMatch(/signature="\[REDACTED\]"/);
  });

  it('an unsigned error page is an ApiError with verified false, not a clock or signature complaint', async () => {
    const fake = createFake();
    fake.on('POST', 'v3/pay/transactions/native', () => FakeWechatpay.reply({ status: 502, body: '<html>Bad Gateway</html>', headers: { 'Content-Type': 'text/html' }, sign: 'unsigned' }));
    world.use(fake);
    const error = (await caught(call(clientFor(fake)))) as ApiError;
    expect(error).toMatchObject({ kind: 'ApiError', status: 502, verified: false, code: undefined });
    expect(error.response.data).toBe('<html>Bad Gateway</html>');
  });

  it('a tampered error response says verified false', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/certificates', () => FakeWechatpay.reply({ status: 500, json: { code: 'SYSTEM_ERROR', message: 'x' }, sign: 'tamper-body' }));
    world.use(fake);
    expect(((await caught(clientFor(fake).v3.certificates.get())) as ApiError).verified).toBe(false);
  });

  it('the fake refuses a request signed with another merchant key (SIGN_ERROR)', async () => {
    const fake = createFake();
    fake.on('GET', 'v3/certificates', () => ({}));
    world.use(fake);
    const other = createFake({ merchant: { ...fake.merchant, ...(await import('wechatpay-chain/testing')).generateRsaKeyPair() } });
    const error = (await caught(clientFor(other).v3.certificates.get())) as ApiError;
    expect(error).toMatchObject({ status: 401, code: 'SIGN_ERROR' });
    expect(fake.requests[0]!.verified).toBe(false);
  });
});

it('unsigned file downloads are recognised under a baseURL with a path prefix too', async () => {
  const fake = createFake();
  const file = Buffer.from('交易时间,公众账号ID\n');
  fake.on('GET', 'wxpay/v3/billdownload/file', () => FakeWechatpay.reply({ body: file, headers: { 'Content-Type': 'application/octet-stream' }, sign: 'unsigned' }));
  fake.on('GET', 'wxpay/v3/billdownload/other', () => FakeWechatpay.reply({ body: file, headers: { 'Content-Type': 'application/octet-stream' }, sign: 'unsigned' }));
  world.server.resetHandlers(...mswHandlers(fake, 'https://gateway.example.com/wxpay/'));
  const wxpay = clientFor(fake, { baseURL: 'https://gateway.example.com/wxpay/' });
  const response = await wxpay.v3.billdownload.file.get({ query: { token: 'abc' }, responseType: 'arraybuffer' });
  expect(Buffer.compare(response.data as Buffer, file)).toBe(0);
  // Only the documented download paths: any other unsigned 2xx still fails.
  expect(((await caught(wxpay.chain('v3/billdownload/other').get())) as SignatureError).reason).toBe('missing-header');
});

it('unsigned file downloads pass without a signature, byte for byte', async () => {
  const fake = createFake();
  const file = Buffer.from('交易时间,公众账号ID\n`2024-01-01 00:00:00,`wx1\n');
  fake.on('GET', 'v3/billdownload/file', () => FakeWechatpay.reply({ body: file, headers: { 'Content-Type': 'application/octet-stream' }, sign: 'unsigned' }));
  world.use(fake);
  const response = await clientFor(fake).v3.billdownload.file.get({ query: { token: 'abc' }, responseType: 'arraybuffer' });
  expect(Buffer.compare(response.data as Buffer, file)).toBe(0);
});

it('a raw wxpay.axios call cannot ask for a stream, which would hand over a body the signature never covered', async () => {
  const fake = createFake();
  const platformSerial = Object.keys(fake.clientConfig().certs!)[0]!;
  let served = 0;
  // A signature over an empty body (e.g. replayed from a 204), beside a body of the attacker's choosing.
  world.server.resetHandlers(
    http.get('https://api.mch.weixin.qq.com/v3/forged', () => {
      served++;
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = 'n0nce';
      const signature = sign('sha256', Buffer.from(`${timestamp}\n${nonce}\n\n`), platform.privateKey).toString('base64');
      return new HttpResponse('{"trade_state":"SUCCESS"}', { headers: { 'Wechatpay-Timestamp': timestamp, 'Wechatpay-Nonce': nonce, 'Wechatpay-Signature': signature, 'Wechatpay-Serial': platformSerial } });
    }),
  );
  const error = await caught(clientFor(fake).axios.get('v3/forged', { responseType: 'stream' }));
  expect(error).toMatchObject({ kind: 'ParameterError', parameter: 'responseType' });
  expect(served).toBe(0);
});

it('a body an adapter hands back as anything but bytes is never verified as an empty one', async () => {
  const fake = createFake();
  const platformSerial = Object.keys(fake.clientConfig().certs!)[0]!;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign('sha256', Buffer.from(`${timestamp}\nn0nce\n\n`), platform.privateKey).toString('base64');
  const headers = { 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': 'n0nce', 'wechatpay-signature': signature, 'wechatpay-serial': platformSerial };
  const wxpay = clientFor(fake, { adapter: async (config) => ({ status: 200, statusText: 'OK', headers, config, data: { trade_state: 'SUCCESS' } }) });
  const error = await caught(wxpay.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '42', query: { mchid: '1900000109' } }));
  expect(error.message).toMatch(/verifies bytes only/);
});

it('only the documented download paths, whole, are unsigned by design', () => {
  const unsigned = [
    '/v3/billdownload/file',
    '/v3/bill/downloadurl',
    '/v3/statements',
    '/v3/global/statements',
    '/hk/v3/statements',
    '/v3/new-tax-control-fapiao/download',
    '/v3/transferdownload/elecvoucherfile',
    '/v3/transferdownload/signfile',
    '/v3/merchant-service/images/abc%3D',
    '/v3/global/merchant-service/images/abc',
  ];
  for (const path of unsigned) expect(isUnsignedDownload(path), path).toBe(true);
  // Each alternative is anchored at both ends: no prefix, suffix or neighbouring path slips through.
  const signed = [
    '/v3/billdownload/file/x',
    'x/v3/billdownload/file',
    '/v3/statements/',
    '/v3/global/statementsx',
    '/hk/v3/statements/1',
    '/v3/transferdownload/other',
    '/v3/merchant-service/images/a/b',
    '/v3/merchant-service/images/',
    '/v3/billdownload/file|/v3/statements',
    '/v3/bill/downloadurl/x',
    '/v3/bill/tradebill',
    '/v3/pay/transactions/native',
  ];
  for (const path of signed) expect(isUnsignedDownload(path), path).toBe(false);
});
