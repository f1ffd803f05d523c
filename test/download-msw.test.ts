import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acceptUploads, billDigest, serveBills } from 'wechatpay-chain/testing';
import { clientFor, createFake, mswWorld } from './support/world.js';

// The testing kit's bills and uploads work on msw too (the file streams as a web ReadableStream).
const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

it('a gzip bill and an upload through msw, on the default host', async () => {
  const fake = createFake();
  serveBills(fake, { bytes: 1_000_000 });
  const uploads = acceptUploads(fake);
  world.use(fake);
  const wxpay = clientFor(fake);
  const { data } = await wxpay.v3.bill.tradebill.get({ query: { bill_date: '2026-12-01', tar_type: 'GZIP' } });
  expect(data.download_url).toMatch(/^https:\/\/api\.mch\.weixin\.qq\.com\/v3\/billdownload\/file\?token=/);
  const hash = createHash('sha1');
  for await (const chunk of await wxpay.download(data)) hash.update(chunk as Buffer);
  expect(hash.digest('hex')).toBe(billDigest(1_000_000).sha1);
  await wxpay.v3.merchant.media.upload.post({ file: Buffer.from('png'), filename: 'a.png' });
  expect(uploads.received).toHaveLength(1);
});
