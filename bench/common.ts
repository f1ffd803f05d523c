/**
 * Shared by the benchmark processes: the key material (generated once per `npm run bench`, passed to
 * every process as PEM in a temp file so that each parses it once), the operations measured, and
 * small statistics helpers.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchKeys {
  mchid: string;
  merchantSerial: string;
  merchantPrivateKey: string;
  merchantPublicKey: string;
  platformSerial: string;
  platformPrivateKey: string;
  platformPublicKey: string;
}

/** What a client process needs: the keys and where the loopback fake listens. */
export interface BenchEnv {
  keys: BenchKeys;
  /** e.g. `http://127.0.0.1:54321/` */
  baseURL: string;
}

/** Requests each client process sends before it is measured, at concurrency 16 (bench/worker.ts says why). */
export const JIT_WARMUP = 4000;

export const APPID = 'wxd678efh567hg6787';
export const GET_TEMPLATE = 'v3/pay/transactions/out-trade-no/{out_trade_no}';
export const POST_TEMPLATE = 'v3/pay/transactions/native';

/** The JSON body of the POST (a Native order). */
export function orderBody(mchid: string, outTradeNo: string) {
  return {
    appid: APPID,
    mchid,
    description: 'Image形象店-深圳腾大-QQ公仔',
    out_trade_no: outTradeNo,
    notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
    amount: { total: 100, currency: 'CNY' },
  };
}

export function generateKeys(): BenchKeys {
  const pem = (pair: ReturnType<typeof generateKeyPairSync>) => ({
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  const merchant = pem(generateKeyPairSync('rsa', { modulusLength: 2048 }));
  const platform = pem(generateKeyPairSync('rsa', { modulusLength: 2048 }));
  return {
    mchid: '1900000109',
    merchantSerial: randomBytes(20).toString('hex').toUpperCase(),
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    platformSerial: `PUB_KEY_ID_01${randomBytes(13).toString('hex').slice(0, 26).toUpperCase()}`,
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
  };
}

/** Write keys for child processes; returns the file path. */
export function writeKeys(keys: BenchKeys): string {
  const file = join(tmpdir(), `wechatpay-chain-bench-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return file;
}

export function readKeys(file: string): BenchKeys {
  return JSON.parse(readFileSync(file, 'utf8')) as BenchKeys;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `total` calls of `fn` with at most `concurrency` in flight; rejects on the first failure. */
export async function runConcurrent(total: number, concurrency: number, fn: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

export function format(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
