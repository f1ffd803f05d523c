/**
 * The loopback WeChat Pay of the download benchmark, in a process of its own: the testing kit's
 * fake with its bills (the signed answer carries the SHA-1 of the plain CSV), whose file is a CSV of
 * `bytes` bytes gzipped once, up front, to a temporary file and then streamed from it, so that both
 * clients measured get the same bytes and neither waits on the server compressing. Prints
 * `{"baseURL","gzipBytes"}` once listening; ends with its parent.
 *
 * Usage: tsx bench/bill-server.ts <keys.json> <bytes>
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { billCsv, FakeWechatpay, serveBills } from '../lib/testing/index.js';
import { readKeys } from './common.js';

const keys = readKeys(process.argv[2]!);
const bytes = Number(process.argv[3]);
const fake = new FakeWechatpay({
  merchant: { mchid: keys.mchid, serial: keys.merchantSerial, publicKey: createPublicKey(keys.merchantPublicKey) },
  platform: { serial: keys.platformSerial, privateKey: createPrivateKey(keys.platformPrivateKey), publicKey: createPublicKey(keys.platformPublicKey) },
});
serveBills(fake, { bytes });
const gzipped = join(tmpdir(), `wechatpay-chain-bench-bill-${process.pid}.csv.gz`);
await pipeline(billCsv(bytes), createGzip(), createWriteStream(gzipped));
const gzipBytes = statSync(gzipped).size;
// Every download token gets the one prepared file (the bills' own route would gzip on the fly).
fake.on('GET', 'v3/billdownload/file', () => FakeWechatpay.reply({ body: createReadStream(gzipped, { highWaterMark: 64 * 1024 }), sign: 'unsigned', headers: { 'Content-Length': String(gzipBytes) } }));
// The fake keeps every request it saw; this one sees few.
const server = await fake.listen();
process.stdout.write(`${JSON.stringify({ baseURL: server.baseURL, gzipBytes })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  rmSync(gzipped, { force: true });
  process.exit(0);
});
