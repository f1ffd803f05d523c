import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptUploads, billDigest, FakeWechatpay, generateMerchant, serveBills, type FakeServer } from 'wechatpay-chain/testing';
import { EXIT, main } from '../lib/cli/main.js';
import { expectNoSecrets, registerSecret } from './support/secrets.js';

const merchant = generateMerchant();
registerSecret(merchant.privateKey);
const fake = new FakeWechatpay({ merchant });
const bills = serveBills(fake);
const uploads = acceptUploads(fake);
const dir = mkdtempSync(join(tmpdir(), 'wechatpay-cli-files-'));
const keyFile = join(dir, 'apiclient_key.pem');
const publicKeyFile = join(dir, 'pub_key.pem');
writeFileSync(keyFile, merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(publicKeyFile, fake.platform.publicKey.export({ type: 'spki', format: 'pem' }));
let server: FakeServer;
beforeAll(async () => void (server = await fake.listen()));
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Run the command in-process, configured for public-key mode; capture output. */
async function run(args: string[], progress = false) {
  let stdout = '';
  let stderr = '';
  const common = ['--mchid', merchant.mchid, '--serial', merchant.serial, '--private-key', keyFile, '--public-key', publicKeyFile, '--public-key-id', fake.platform.serial, '--base-url', server.baseURL];
  const code = await main([...args, ...common], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, progress });
  expectNoSecrets(stdout + stderr);
  return { code, stdout, stderr };
}

describe('wechatpay-chain bill', () => {
  it('--gzip: streams the trade bill to --out, gunzipped and checked; no progress bar off a terminal', async () => {
    bills.set({ bytes: 400_000 });
    const out = join(dir, 'trade.csv');
    const result = await run(['bill', '--date', '2026-12-01', '--type', 'SUCCESS', '--gzip', '--out', out]);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(createHash('sha1').update(readFileSync(out)).digest('hex')).toBe(billDigest(400_000).sha1);
    expect(result.stdout).toMatch(new RegExp(`trade\\.csv  ${billDigest(400_000).size} bytes  SHA-1 ${billDigest(400_000).sha1} verified`));
    const asked = new URL(fake.requests.find((r) => r.url.startsWith('/v3/bill/tradebill'))!.url, 'http://x');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ bill_date: '2026-12-01', bill_type: 'SUCCESS', tar_type: 'GZIP' });
  });

  it('--fundflow, with a progress bar on stderr when it is a terminal', async () => {
    bills.set({ bytes: 3_000_000 });
    const out = join(dir, 'fundflow.csv');
    const result = await run(['bill', '--date', '2026-12-01', '--fundflow', '--account', 'OPERATION', '--out', out], true);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/^\r.*fund flow bill 2026-12-01/);
    expect(fake.requests.some((r) => r.url === '/v3/bill/fundflowbill?bill_date=2026-12-01&account_type=OPERATION')).toBe(true);
  });

  it('exits 7 on a digest mismatch, and --out is not there', async () => {
    bills.set({ bytes: 100_000, wrongHash: true });
    const out = join(dir, 'mismatch.csv');
    const result = await run(['bill', '--date', '2026-12-01', '--out', out]);
    expect(result.code).toBe(EXIT.integrity);
    expect(result.stderr).toMatch(/digest-mismatch.*\nNothing was written/s);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 4 when WeChat Pay answers with an error (no bill that day), 2 for bad flags', async () => {
    const other = new FakeWechatpay({ merchant, platform: fake.platform });
    other.on('GET', 'v3/bill/tradebill', () => FakeWechatpay.reply({ status: 400, json: { code: 'NO_STATEMENT_EXIST', message: '账单文件不存在' } }));
    const otherServer = await other.listen();
    try {
      let stderr = '';
      const code = await main(['bill', '--date', '2026-12-01', '--out', join(dir, 'none.csv'), '--mchid', merchant.mchid, '--serial', merchant.serial, '--private-key', keyFile, '--public-key', publicKeyFile, '--public-key-id', fake.platform.serial, '--base-url', otherServer.baseURL], { stdout: () => {}, stderr: (t) => (stderr += t), env: {} });
      expect(code).toBe(EXIT.request);
      expect(stderr).toMatch(/NO_STATEMENT_EXIST/);
    } finally {
      await otherServer.close();
    }
    expect((await run(['bill', '--out', join(dir, 'x.csv')])).code).toBe(EXIT.usage);
    expect((await run(['bill', '--date', '2026-12-01'])).stderr).toMatch(/--out <file> is required/);
    expect((await run(['bill', '--date', '2026-12-01', '--type', 'ODD', '--out', 'x'])).code).toBe(EXIT.usage);
    expect((await run(['bill', '--date', '2026-12-01', '--fundflow', '--type', 'ALL', '--out', 'x'])).code).toBe(EXIT.usage);
  });
});

describe('wechatpay-chain upload', () => {
  it('prints the media_id of the uploaded file', async () => {
    const file = join(dir, 'licence.png');
    writeFileSync(file, Buffer.from('a small png'));
    const result = await run(['upload', file]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toBe(`fake-media-${createHash('sha256').update('a small png').digest('hex').slice(0, 32)}\n`);
    expect(uploads.received.at(-1)).toMatchObject({ template: 'v3/merchant/media/upload', filename: 'licence.png', contentType: 'image/png' });
  });

  it('exits 2 for a file over the limit (nothing sent), or no file', async () => {
    const file = join(dir, 'big.jpg');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024 + 1));
    const before = fake.requests.length;
    const result = await run(['upload', file, '--kind', 'complaint']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/over the 2097152 bytes/);
    expect(fake.requests.length).toBe(before);
    expect((await run(['upload'])).stderr).toMatch(/"upload" needs a file/);
    expect((await run(['upload', file, '--kind', 'poster'])).code).toBe(EXIT.usage);
  });
});
