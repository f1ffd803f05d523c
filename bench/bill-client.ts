/**
 * One download of the benchmark's bill, in a process of its own, so that its peak RSS is its own:
 * `chain` is wechatpay-chain (`v3/bill/tradebill`, then `wxpay.download(data, { to })`), `floor` the
 * least any client must do: sign both GETs with node:crypto, and pipe node:http's response through
 * zlib's gunzip (256 KiB chunks, as wechatpay-chain's) and a SHA-1 to the file. Prints `{"seconds","cpuSeconds","bytes","rssGrowthMB","verified","majorGCs","gcMs"}`
 * (`cpuSeconds`: this process's user + system CPU over the download, all threads, zlib's included).
 *
 * `floor-axios` is the floor in a process that has imported axios (and used nothing of it): loading
 * axios alone was seen to cost the floor some 20% of its throughput, which tells that part of the
 * client's cost from its download path.
 *
 * Usage: tsx bench/bill-client.ts <keys.json> <baseURL> chain|floor|floor-axios <out-file>
 */
import { createHash, createPrivateKey, randomBytes, sign } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import http from 'node:http';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { loadLib } from './build.js';
import { readKeys } from './common.js';

const [keysFile, baseURL, mode, out] = process.argv.slice(2) as [string, string, 'chain' | 'floor' | 'floor-axios', string];
const keys = readKeys(keysFile);
const QUERY = { bill_date: '2026-12-01', tar_type: 'GZIP' } as const;

interface Sampler {
  cpu: NodeJS.CpuUsage;
  /** Major (mark-compact) collections so far and the milliseconds of every collection. */
  gc: { major: number; ms: number };
  stop(): number;
}

/**
 * The peak RSS growth over a baseline, sampled every 10 ms (and at the end), and the garbage
 * collections: V8 starts incremental marking only once the old generation holds more than 8 MB, so
 * a process with axios (or any library) loaded marks and compacts every few dozen MiB of Buffers
 * streamed, while the bare floor (under that size) frees them with scavenges alone.
 */
function rssSampler(): Sampler {
  const cpu = process.cpuUsage();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const gc = { major: 0, ms: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.ms += entry.duration;
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    cpu,
    gc,
    stop() {
      clearInterval(timer);
      observer.disconnect();
      return (Math.max(peak, process.memoryUsage.rss()) - base) / 1024 / 1024;
    },
  };
}

async function chain(): Promise<{ bytes: number; verified: boolean }> {
  const { Wechatpay } = await loadLib();
  const wxpay = new Wechatpay({ mchid: keys.mchid, serial: keys.merchantSerial, privateKey: keys.merchantPrivateKey, certs: { [keys.platformSerial]: keys.platformPublicKey }, baseURL });
  // One signed call first, so that both contenders start warm (keys parsed, a connection open).
  await wxpay.v3.bill.tradebill.get({ query: QUERY });
  const sampler = rssSampler();
  const started = performance.now();
  const { data } = await wxpay.v3.bill.tradebill.get({ query: QUERY });
  const result = await wxpay.download(data, { to: out });
  return report(started, sampler, result.bytes, true);
}

async function floor(): Promise<{ bytes: number; verified: boolean }> {
  if (mode === 'floor-axios') await import('axios');
  const privateKey = createPrivateKey(keys.merchantPrivateKey);
  const agent = new http.Agent({ keepAlive: true });
  const get = (url: string): Promise<http.IncomingMessage> => {
    const { pathname, search } = new URL(url);
    const nonce = randomBytes(16).toString('hex');
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = sign('sha256', Buffer.from(`GET\n${pathname}${search}\n${timestamp}\n${nonce}\n\n`), privateKey).toString('base64');
    const authorization = `WECHATPAY2-SHA256-RSA2048 mchid="${keys.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${keys.merchantSerial}"`;
    return new Promise((resolve, reject) => http.get(url, { agent, headers: { Authorization: authorization, Accept: 'application/json' } }, resolve).on('error', reject));
  };
  const json = async (url: string): Promise<{ download_url: string; hash_value: string }> => {
    const chunks: Buffer[] = [];
    for await (const chunk of await get(url)) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString()) as { download_url: string; hash_value: string };
  };
  const billURL = `${baseURL}v3/bill/tradebill?${new URLSearchParams(QUERY)}`;
  await json(billURL);
  const sampler = rssSampler();
  const started = performance.now();
  const info = await json(billURL);
  const hash = createHash('sha1');
  let bytes = 0;
  const digest = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  // The same gunzip chunk size as lib/files/pipeline.ts's STEP_BYTES: the figures compare the client's
  // overhead, not a zlib setting (the floor too is faster with 256 KiB chunks than with 64 KiB).
  await pipeline(await get(info.download_url), createGunzip({ chunkSize: 256 * 1024 }), digest, createWriteStream(out));
  return report(started, sampler, bytes, hash.digest('hex') === info.hash_value);
}

async function report(started: number, sampler: Sampler, bytes: number, verified: boolean) {
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(sampler.cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  // GC entries reach the observer a tick late.
  await new Promise((resolve) => setImmediate(resolve));
  const rssGrowthMB = sampler.stop();
  const { major: majorGCs, ms: gcMs } = sampler.gc;
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, bytes, rssGrowthMB, verified, majorGCs, gcMs })}\n`);
  return { bytes, verified };
}

try {
  await (mode === 'chain' ? chain() : floor());
} finally {
  rmSync(out, { force: true });
}
process.exit(0);
