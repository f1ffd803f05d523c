import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DownloadError } from 'wechatpay-chain';
import { checkedStream, type FileChecks } from '../lib/files/pipeline.js';

const plain = Buffer.from('交易时间,商户号\r\n'.repeat(500));
const sha1 = createHash('sha1').update(plain).digest('hex');
const key = randomBytes(32);
const nonce = Buffer.from('a8607ef79034c49c');

function encrypt(bytes: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  return Buffer.concat([cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
}

/** The bytes in chunks of `size` (1 exercises every boundary, the 16-byte tag held back across chunks). */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

async function read(body: Readable, checks: Partial<FileChecks>): Promise<{ bytes: Buffer; error?: unknown }> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await checkedStream(body, { path: '/v3/billdownload/file', gzip: 'auto', maxBytes: Infinity, ...checks })) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
}

describe('checkedStream', () => {
  it.each([1, 7, 15, 16, 17, 4096])('decrypts then gunzips then hashes, whatever the chunk size (%i bytes)', async (size) => {
    const { bytes, error } = await read(chunked(encrypt(gzipSync(plain)), size), { decrypt: { key, nonce }, sha1 });
    expect(error).toBeUndefined();
    expect(bytes.equals(plain)).toBe(true);
  });

  it('a file shorter than the tag, a cut tag or a wrong key is a tag mismatch', async () => {
    const sealed = encrypt(plain);
    for (const body of [Buffer.alloc(10), sealed.subarray(0, sealed.length - 1)]) {
      expect((await read(chunked(body, 5), { decrypt: { key, nonce }, gzip: false })).error).toMatchObject({ reason: 'tag-mismatch' });
    }
    expect((await read(chunked(sealed, 100), { decrypt: { key: randomBytes(32), nonce } })).error).toMatchObject({ reason: 'tag-mismatch' });
  });

  it('gzip: forced on a plain body is bad-gzip; forced off leaves the bytes compressed (and the digest says so)', async () => {
    expect((await read(chunked(plain, 100), { gzip: true })).error).toMatchObject({ reason: 'bad-gzip' });
    expect((await read(chunked(gzipSync(plain), 100), { gzip: false, sha1 })).error).toMatchObject({ reason: 'digest-mismatch' });
    const cut = gzipSync(plain);
    expect((await read(chunked(cut.subarray(0, cut.length - 8), 100), { sha1 })).error).toSatisfy(DownloadError.is);
  });

  it('an empty file is an empty stream, checked like any other', async () => {
    expect(await read(Readable.from([]), { sha1: createHash('sha1').digest('hex') })).toEqual({ bytes: Buffer.alloc(0) });
    expect((await read(Readable.from([]), { sha1 })).error).toMatchObject({ reason: 'digest-mismatch' });
  });

  it('inspect sees the first bytes before anything is handed over, and may refuse the file (the APIv2 hook)', async () => {
    const xmlError = (head: Buffer): void => {
      if (head.subarray(0, 5).toString() === '<xml>') throw new Error('an APIv2 error where the bill would be');
    };
    await expect(checkedStream(Readable.from([Buffer.from('<xml><return_code>FAIL</return_code></xml>')]), { path: '/pay/downloadbill', gzip: false, maxBytes: Infinity, inspect: xmlError })).rejects.toThrow(/APIv2 error/);
    await expect(checkedStream(chunked(Buffer.from('<xml><return_code>FAIL</return_code></xml>'), 1), { path: '/pay/downloadbill', gzip: 'auto', maxBytes: Infinity, inspect: xmlError })).rejects.toThrow(/APIv2 error/);
    expect((await read(chunked(plain, 3), { inspect: xmlError, gzip: false })).bytes.equals(plain)).toBe(true);
  });

  it('counts the body bytes as they arrive, before decompression', async () => {
    const seen: number[] = [];
    const body = gzipSync(plain);
    await read(chunked(body, 1000), { onReceived: (bytes) => seen.push(bytes) });
    expect(seen.at(-1)).toBe(body.length);
  });
});
