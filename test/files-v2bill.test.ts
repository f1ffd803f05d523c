// APIv2 bills (`pay/downloadbill`, `pay/downloadfundflow`) through wxpay.download(): sent as the
// signed APIv2 call, answered with the file streamed (gzip decompressed), or with an XML error in its
// place, which becomes the same ApiError as for the call made without streaming.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, ConfigError, DownloadError, ParameterError } from 'wechatpay-chain';
import { signV2 } from '../lib/auth/v2-sign.js';
import { buildXml } from '../lib/xml/build.js';
import { parseXml } from '../lib/xml/parse.js';
import { caught } from './support/secrets.js';
import { apiv2World } from './support/apiv2.js';
import { DEFAULT_BASE } from './support/world.js';

const APIV2_KEY = 'b8e3d7c1a6f2e9d4c0b5a8f3e7d2c6b1';
const { server, fake, client } = apiv2World(APIV2_KEY);
const BILL = '交易时间,公众账号ID,商户号,总金额\n' + '`2026-12-01 10:00:00,`wx8888888888888888,`1900000109,`0.01\n'.repeat(20_000);
const XML = { appid: 'wx8888888888888888', mch_id: fake.merchant.mchid, bill_date: '20261201', bill_type: 'ALL' as const };
const sent: { path: string; fields: Record<string, string> }[] = [];

/** Answer `path` with `body` (bytes or a stream), recording the XML sent. */
function answer(path: string, body: () => BodyInit) {
  server.use(
    http.post(`${DEFAULT_BASE}${path}`, async ({ request }) => {
      sent.push({ path: new URL(request.url).pathname, fields: parseXml(await request.text()) as Record<string, string> });
      return new HttpResponse(body(), { headers: { 'Content-Type': 'application/octet-stream' } });
    }),
  );
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('wxpay.download({ bill, xml })', () => {
  it('sends the signed APIv2 call and streams the plain bill', async () => {
    answer('pay/downloadbill', () => BILL);
    const stream = await client().download({ bill: 'v2/pay/downloadbill', xml: XML });
    expect(stream).toBeInstanceOf(Readable);
    expect(await text(stream)).toBe(BILL);
    const { path, fields } = sent.pop()!;
    expect(path).toBe('/pay/downloadbill');
    expect(fields).toMatchObject(XML);
    expect(fields.nonce_str).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(fields.sign).toBe(signV2(fields, APIV2_KEY, 'MD5'));
  });

  it('decompresses a gzip bill (tar_type GZIP) as it streams, in chunks, to a file', async () => {
    const gzipped = gzipSync(BILL);
    // Sent in small pieces, so the gzip magic bytes and the XML check see a first chunk shorter than they look at.
    answer('pay/downloadbill', () => Readable.toWeb(Readable.from(Array.from({ length: Math.ceil(gzipped.length / 7) }, (_, i) => gzipped.subarray(i * 7, i * 7 + 7)))) as ReadableStream);
    const to = join(mkdtempSync(join(tmpdir(), 'v2bill-')), 'bill.csv');
    const result = await client().download({ bill: 'v2/pay/downloadbill', xml: { ...XML, tar_type: 'GZIP' } }, { to });
    expect(result).toEqual({ path: to, bytes: Buffer.byteLength(BILL), sha1: undefined });
    expect(readFileSync(to, 'utf8')).toBe(BILL);
    expect(sent.pop()!.fields.tar_type).toBe('GZIP');
  });

  it('an XML error in the file\'s place is the ApiError the call without streaming gives, and no file is left', async () => {
    const failure = buildXml(Object.entries({ return_code: 'FAIL', return_msg: 'No Bill Exist', error_code: '20002' }));
    answer('pay/downloadbill', () => failure);
    const streamed = await caught(client().download({ bill: 'v2/pay/downloadbill', xml: XML }));
    expect(ApiError.is(streamed)).toBe(true);
    expect((streamed as ApiError).apiMessage).toBe('No Bill Exist');
    const whole = await caught(client().v2.pay.downloadbill.post({ xml: XML }));
    expect((whole as ApiError).apiMessage).toBe((streamed as ApiError).apiMessage);
    const to = join(mkdtempSync(join(tmpdir(), 'v2bill-')), 'bill.csv');
    expect(ApiError.is(await caught(client().download({ bill: 'v2/pay/downloadbill', xml: XML }, { to })))).toBe(true);
    expect(existsSync(to)).toBe(false);
  });

  it('maxBytes bounds the plain bytes; the client\'s maxContentLength does not apply', async () => {
    answer('pay/downloadbill', () => BILL);
    const small = client({ maxContentLength: 1024 });
    expect(await text(await small.download({ bill: 'v2/pay/downloadbill', xml: XML }))).toBe(BILL);
    const error = await caught(text(await small.download({ bill: 'v2/pay/downloadbill', xml: XML }, { maxBytes: 1000 })));
    expect(DownloadError.is(error) && error.reason).toBe('too-large');
  });

  it('pay/downloadfundflow goes with the merchant certificate: refused before sending without one', async () => {
    const before = sent.length;
    const error = await caught(client({ merchantCertificate: undefined }).download({ bill: 'v2/pay/downloadfundflow', xml: { appid: XML.appid, mch_id: XML.mch_id, bill_date: '20261201', account_type: 'Basic', sign_type: 'HMAC-SHA256' } }));
    expect(ConfigError.is(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/certificate/i);
    expect(sent.length).toBe(before);
  });

  it('refuses what is not an APIv2 bill, naming the field, before sending', async () => {
    const wxpay = client();
    const before = sent.length;
    for (const [info, field] of [
      [{ bill: 'v2/pay/micropay', xml: XML }, 'bill'],
      [{ bill: 'pay/downloadbill', xml: XML }, 'bill'],
      [{ bill: 'v2/pay/downloadbill' }, 'xml'],
      [{ bill: 'v2/pay/downloadbill', xml: 'bill_date=20261201' }, 'xml'],
      [{ bill: 'v2/pay/downloadbill', xml: { ...XML, mch_id: '1230000109' } }, 'xml.mch_id'],
    ] as const) {
      const error = await caught(wxpay.download(info as never));
      expect(ParameterError.is(error), String(error)).toBe(true);
      expect((error as ParameterError).parameter).toBe(field);
    }
    expect(sent).toHaveLength(before);
  });
});
