import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, NetworkError, ParameterError, SignatureError, type BillInfo } from 'wechatpay-chain';
import { billDigest, FakeWechatpay, serveBills, type FakeBills, type FakeServer } from 'wechatpay-chain/testing';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
const bills: FakeBills = serveBills(fake);
let server: FakeServer;
beforeAll(async () => void (server = await fake.listen()));
afterAll(() => server.close());
const wxpay = () => clientFor(fake, { server });
const dir = mkdtempSync(join(tmpdir(), 'wxpay-download-'));

/** Read a stream to its end: its bytes, or the error it ended with and the bytes seen before. */
async function drain(stream: Readable): Promise<{ bytes: Buffer; error?: unknown; ended: boolean }> {
  const chunks: Buffer[] = [];
  let ended = false;
  stream.on('end', () => (ended = true));
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks), ended };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error, ended };
  }
}

async function tradeBill(query: Record<string, string> = {}): Promise<BillInfo> {
  const { data } = await wxpay().v3.bill.tradebill.get({ query: { bill_date: '2026-12-01', ...query } });
  return data;
}

describe('bills', () => {
  it.each([
    ['plain', {}, false],
    ['gzip (tar_type=GZIP, told by the magic bytes)', { tar_type: 'GZIP' }, true],
  ])('%s: the stream yields the plain CSV and ends once its SHA-1 matched', async (_, query, gzip) => {
    bills.set({ bytes: 300_000 });
    const stream = await wxpay().download(await tradeBill(query));
    const { bytes, error, ended } = await drain(stream);
    expect(error).toBeUndefined();
    expect(ended).toBe(true);
    expect(bytes.length).toBe(billDigest(300_000).size);
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(billDigest(300_000).sha1);
    expect(bytes.subarray(0, 12).toString()).toBe('交易时间');
    expect(bills.issued.at(-1)!.gzip).toBe(gzip);
  });

  it('a digest mismatch errors the stream before it ends: no clean end of an unverified bill', async () => {
    bills.set({ bytes: 200_000, wrongHash: true });
    const { bytes, error, ended } = await drain(await wxpay().download(await tradeBill({ tar_type: 'GZIP' })));
    expect(DownloadError.is(error) && error.reason).toBe('digest-mismatch');
    expect(ended).toBe(false);
    // Every byte passed through; only the end was withheld.
    expect(bytes.length).toBe(billDigest(200_000).size);
  });

  it('to: a file, renamed into place once verified; on a digest mismatch nothing is left', async () => {
    bills.set({ bytes: 150_000 });
    const ok = await wxpay().download(await tradeBill(), { to: join(dir, 'good.csv') });
    expect(ok).toEqual({ path: join(dir, 'good.csv'), bytes: billDigest(150_000).size, sha1: billDigest(150_000).sha1 });
    expect(createHash('sha1').update(readFileSync(ok.path)).digest('hex')).toBe(ok.sha1);

    bills.set({ bytes: 150_000, wrongHash: true });
    const target = join(dir, 'bad.csv');
    await expect(wxpay().download(await tradeBill(), { to: target })).rejects.toMatchObject({ kind: 'DownloadError', reason: 'digest-mismatch' });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('bad.csv'))).toEqual([]);
  });

  it('a flipped byte in a plain bill fails its digest; in a gzip bill, gzip itself or the digest', async () => {
    bills.set({ bytes: 100_000, flipByte: true });
    expect((await drain(await wxpay().download(await tradeBill()))).error).toMatchObject({ reason: 'digest-mismatch' });
    const gz = await drain(await wxpay().download(await tradeBill({ tar_type: 'GZIP' })));
    expect(DownloadError.is(gz.error)).toBe(true);
    expect(gz.ended).toBe(false);
  });

  it('maxBytes bounds the plain bytes (a gzip bomb fills no disk); maxContentLength does not apply', async () => {
    bills.set({ bytes: 12 * 1024 * 1024 });
    const big = await drain(await wxpay().download(await tradeBill({ tar_type: 'GZIP' })));
    expect(big.error).toBeUndefined();
    expect(big.bytes.length).toBeGreaterThan(10 * 1024 * 1024);
    bills.set({ bytes: 1_000_000 });
    const capped = await drain(await wxpay().download(await tradeBill({ tar_type: 'GZIP' }), { maxBytes: 100_000 }));
    expect(capped.error).toMatchObject({ kind: 'DownloadError', reason: 'too-large' });
    expect(capped.bytes.length).toBeLessThanOrEqual(100_000);
  });
});

describe('encrypted sub-merchant bills', () => {
  async function subMerchantBill(): Promise<BillInfo> {
    const { data } = await wxpay().v3.bill.subMerchantFundflowbill.get({ query: { sub_mchid: '1900000109', bill_date: '2026-12-01', algorithm: 'AEAD_AES_256_GCM', account_type: 'BASIC', tar_type: 'GZIP' } });
    return data.download_bill_list![0]!;
  }

  it('decrypted on the fly (key from encrypt_key with the merchant key), gunzipped, digest checked', async () => {
    bills.set({ bytes: 250_000 });
    const info = await subMerchantBill();
    expect(info.download_url).toContain('/v3/bill/downloadurl?token=');
    const { bytes, error } = await drain(await wxpay().download(info));
    expect(error).toBeUndefined();
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(billDigest(250_000).sha1);
  });

  it('a tag mismatch errors the stream before it ends, even when the digest is not given', async () => {
    bills.set({ bytes: 80_000, flipByte: true, gzip: false });
    const { hash_value: _, hash_type: __, ...withoutDigest } = await subMerchantBill();
    const { error, ended } = await drain(await wxpay().download(withoutDigest));
    expect(error).toMatchObject({ kind: 'DownloadError', reason: 'tag-mismatch' });
    expect(ended).toBe(false);
  });
});

describe('statements (Wechatpay-Statement-Sha1)', () => {
  it('the signature over {"sha1":…} verifies and the stream matches the header', async () => {
    bills.set({ bytes: 90_000 });
    const { bytes, error } = await drain(await wxpay().download({ statement: 'v3/global/statements', query: { date: '20261201', mchid: fake.merchant.mchid } }));
    expect(error).toBeUndefined();
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(billDigest(90_000).sha1);
  });

  it('a stream that does not match its (signed) header errors before it ends; so does a whole body read as bytes', async () => {
    bills.set({ bytes: 90_000, wrongHash: true });
    const { error, ended } = await drain(await wxpay().download({ statement: 'hk/v3/statements', query: { date: '20261201' } }));
    expect(error).toMatchObject({ kind: 'DownloadError', reason: 'digest-mismatch' });
    expect(ended).toBe(false);
    await expect(wxpay().chain('v3/global/statements' as string).get({ query: { date: '20261201' }, responseType: 'arraybuffer' })).rejects.toMatchObject({ kind: 'DownloadError', reason: 'digest-mismatch' });
  });

  it('a Statement-Sha1 header whose signature does not verify is refused before any byte is handed over', async () => {
    const forger = createFake();
    const body = 'a,b\r\n';
    forger.on('GET', 'v3/global/statements', () => FakeWechatpay.reply({ body: Readable.from([body]), signedBody: `{"sha1":"${'0'.repeat(40)}"}`, headers: { 'Wechatpay-Statement-Sha1': createHash('sha1').update(body).digest('hex') } }));
    const forged = await forger.listen();
    try {
      await expect(clientFor(forger, { server: forged }).download({ statement: 'v3/global/statements', query: { date: '20261201' } })).rejects.toSatisfy((error) => SignatureError.is(error) && error.reason === 'bad-signature');
    } finally {
      await forged.close();
    }
  });
});

describe('only download paths answer unsigned', () => {
  it('an unsigned 2xx on a path that is no file download fails verification, stream asked or not', async () => {
    fake.on('GET', 'v3/pay/transactions/id/{transaction_id}', () => FakeWechatpay.reply({ body: 'not signed', sign: 'unsigned' }));
    const info = { download_url: `${server.baseURL}v3/pay/transactions/id/4200?x=1`, hash_type: 'SHA1', hash_value: createHash('sha1').update('not signed').digest('hex') };
    await expect(wxpay().download(info)).rejects.toSatisfy((error) => SignatureError.is(error) && error.reason === 'missing-header');
  });

  it('only own properties count: an inherited `to` writes no file, an inherited download_url is no bill', async () => {
    bills.set({ bytes: 10_000 });
    const target = join(dir, 'inherited.csv');
    const stream = await wxpay().download(await tradeBill(), Object.create({ to: target, maxBytes: 1 }) as object);
    expect((await drain(stream)).error).toBeUndefined();
    expect(existsSync(target)).toBe(false);
    await expect(wxpay().download(Object.create(await tradeBill()) as BillInfo)).rejects.toMatchObject({ kind: 'ParameterError', parameter: 'download_url' });
  });

  it('a download URL on another host is refused before anything is signed or sent', async () => {
    const before = fake.requests.length;
    await expect(wxpay().download({ download_url: 'https://evil.example/v3/billdownload/file?token=x', hash_type: 'SHA1', hash_value: 'a'.repeat(40) })).rejects.toSatisfy((error) => ParameterError.is(error) && error.parameter === 'download_url');
    await expect(wxpay().download({ download_url: `${server.baseURL}v3/billdownload/file`, hash_type: 'SHA1' })).rejects.toMatchObject({ parameter: 'hash_value' });
    expect(fake.requests.length).toBe(before);
  });

  it('an expired token is an ApiError, read bounded from the stream', async () => {
    await expect(wxpay().download({ download_url: `${server.baseURL}v3/billdownload/file?token=gone`, hash_type: 'SHA1', hash_value: 'a'.repeat(40) })).rejects.toMatchObject({ kind: 'ApiError', status: 404 });
  });

  it('timeout bounds the whole download, the body included', async () => {
    bills.set({ bytes: 64 * 1024 * 1024 });
    const stream = await wxpay().download(await tradeBill(), { timeout: 300 });
    stream.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { error, bytes } = await drain(stream);
    expect(bytes.length).toBeLessThan(64 * 1024 * 1024);
    expect(error).toMatchObject({ kind: 'NetworkError', stage: 'body' });
    expect(NetworkError.is(error) && error.detail).toMatch(/300 ms timeout/);
  });
});
