import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParameterError, type UploadFile } from 'wechatpay-chain';
import { acceptUploads, type FakeServer } from 'wechatpay-chain/testing';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
const uploads = acceptUploads(fake);
let server: FakeServer;
beforeAll(async () => void (server = await fake.listen()));
afterAll(() => server.close());
const wxpay = () => clientFor(fake, { server });
const dir = mkdtempSync(join(tmpdir(), 'wxpay-upload-'));
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(40_000)]);
const sha256 = createHash('sha256').update(jpeg).digest('hex');
const onDisk = join(dir, 'licence.jpg');
writeFileSync(onDisk, jpeg);

const kinds: [string, () => UploadFile, string | undefined][] = [
  ['Buffer', () => jpeg, 'licence.jpg'],
  ['Uint8Array', () => new Uint8Array(jpeg), 'licence.jpg'],
  ['Blob', () => new Blob([jpeg]), 'licence.jpg'],
  ['File (its name)', () => new File([jpeg], 'licence.jpg', { type: 'image/jpeg' }), undefined],
  ['Readable', () => Readable.from([jpeg.subarray(0, 1000), jpeg.subarray(1000)]), 'licence.jpg'],
  ['file: URL (its name)', () => pathToFileURL(onDisk), undefined],
];

describe('file: the client builds the multipart body', () => {
  it.each(kinds)('%s: meta {"filename","sha256"} signed as sent, the digest right, the file part named and typed', async (_, file, filename) => {
    const before = uploads.received.length;
    const { data } = await wxpay().v3.merchant.media.upload.post(filename === undefined ? { file: file() } : { file: file(), filename });
    expect(data.media_id).toBe(`fake-media-${sha256.slice(0, 32)}`);
    const received = uploads.received[before]!;
    expect(received.meta).toBe(JSON.stringify({ filename: 'licence.jpg', sha256 }));
    expect(received.content.equals(jpeg)).toBe(true);
    expect(received.contentType).toBe('image/jpeg');
    // The fake verified the request signature over the meta part as it arrived.
    expect(fake.requests.at(-1)!.verified).toBe(true);
  });

  it('every upload operation takes it, in each access style', async () => {
    const client = wxpay();
    await expect(client.v3.merchant.media.video_upload.post({ file: Buffer.from('video'), filename: 'a.mp4' })).resolves.toMatchObject({ data: { media_id: expect.any(String) } });
    await expect(client.chain('v3/marketing/favor/media/image-upload').post({ file: jpeg, filename: 'a.png' })).resolves.toMatchObject({ data: { media_url: expect.any(String) } });
    await expect(client['v3/merchant-service/images/upload'].post({ file: jpeg, filename: 'a.bmp' })).resolves.toMatchObject({ data: { media_id: expect.any(String) } });
    expect(uploads.received.slice(-3).map((u) => u.contentType)).toEqual(['video/mp4', 'image/png', 'image/bmp']);
  });

  it('a meta digest that does not match the file part is refused by the fake (it checks, as WeChat Pay does)', async () => {
    const form = new FormData();
    form.append('meta', JSON.stringify({ filename: 'a.jpg', sha256: '0'.repeat(64) }));
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'a.jpg');
    await expect(wxpay().v3.merchant.media.upload.post({ body: form })).rejects.toMatchObject({ kind: 'ApiError', status: 400, code: 'PARAM_ERROR' });
  });

  it('body: FormData still works for what file does not cover', async () => {
    const form = new FormData();
    form.append('meta', JSON.stringify({ filename: 'a.jpg', sha256 }));
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'a.jpg');
    await expect(wxpay().v3.merchant.media.upload.post({ body: form })).resolves.toMatchObject({ status: 200 });
  });
});

describe('refused before anything is sent', () => {
  const refused = async (call: () => Promise<unknown>, parameter: string, message: RegExp) => {
    const before = fake.requests.length;
    await expect(call()).rejects.toSatisfy((error) => ParameterError.is(error) && error.parameter === parameter && message.test(error.message));
    expect(fake.requests.length).toBe(before);
  };

  it('oversize for the operation, whatever the input kind (a file is not even read)', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    const path = join(dir, 'big.png');
    writeFileSync(path, big);
    await refused(() => wxpay().v3.merchantService.images.upload.post({ file: big, filename: 'a.png' }), 'file', /2097153 bytes, over the 2097152 bytes/);
    await refused(() => wxpay().v3.merchantService.images.upload.post({ file: pathToFileURL(path) }), 'file', /over the 2097152 bytes/);
    await refused(() => wxpay().v3.merchantService.images.upload.post({ file: Readable.from([big]), filename: 'a.png' }), 'file', /over the 2097152/);
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: Buffer.alloc(5 * 1024 * 1024 + 1), filename: 'a.jpg' }), 'file', /over the 5242880 bytes/);
    // A PDF may be larger there: 7.5M.
    await expect(wxpay().v3.merchant.media.upload.post({ file: Buffer.alloc(6 * 1024 * 1024), filename: 'a.pdf' })).resolves.toMatchObject({ status: 200 });
  });

  it('a format the operation does not take, a missing filename, file beside body, file on an operation that is no upload', async () => {
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: jpeg, filename: 'a.gif' }), 'filename', /not a format this operation takes/);
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: jpeg }), 'filename', /needs a `filename`/);
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: jpeg, filename: 'a/b.jpg' }), 'filename', /without `\/`/);
    // (The catalog's union of the two option shapes lets both through to the type-checker; the run refuses.)
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: jpeg, filename: 'a.jpg', body: new FormData() }), 'body', /either `file` or `body`/);
    await refused(() => wxpay().chain('v3/pay/transactions/native' as string).post({ file: jpeg, filename: 'a.jpg' }), 'file', /takes no `file` option/);
    // @ts-expect-error -- not a file
    await refused(() => wxpay().v3.merchant.media.upload.post({ file: 'licence.jpg', filename: 'a.jpg' }), 'file', /got string/);
  });

  it('only own properties count: an inherited file is no upload', async () => {
    const options = Object.create({ file: jpeg, filename: 'a.jpg' }) as { body: FormData };
    await expect(wxpay().v3.merchant.media.upload.post(options)).rejects.toMatchObject({ kind: 'ApiError', status: 400 });
    expect(fake.requests.at(-1)!.headers['content-type']).toBe('application/json');
    expect(fake.requests.at(-1)!.body.length).toBe(0);
  });
});
