/**
 * The client's own CPU per call without the network: wechatpay-chain with an axios adapter that
 * answers at once with a pre-signed response, against the bare work any client must do (SHA256withRSA
 * sign, verify, JSON.parse). The difference is what the chain, options, signer, verifier, pipeline
 * and axios's request core cost per call; medians of alternating rounds, in this one process.
 *
 * It runs twice: warm (calls back to back, as at high concurrency) and cold (the last-level cache
 * flushed before each call by writing over 64 MiB, as a process idle between requests finds it;
 * each call timed alone). Cold is where the client's own code costs most, and what concurrency 1
 * in bench/peers.ts measures with the network's noise on top.
 *
 * It also counts the bytes per call that outlive a young-generation GC. A call's objects should all
 * die young; any that are kept past a scavenge (by a reference from the old generation, even a dead
 * one) are copied, promoted and left for a full GC, which costs far more than allocating them did.
 *
 * Usage: node --expose-gc --import tsx bench/overhead.ts   (prints a JSON line last)
 */
import { createPrivateKey, createPublicKey, createSign, createVerify, randomBytes } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { buildLib, LIB_ENV, loadLib } from './build.js';
import { generateKeys, median, orderBody } from './common.js';

export interface OverheadFigures {
  bareMicros: number;
  getMicros: number;
  postMicros: number;
  cold: { bareMicros: number; getMicros: number; postMicros: number };
  /** Bytes per call (sampled) still reachable at a young-generation GC: bare, GET, POST. */
  survivingBytes: { bare: number; get: number; post: number };
}

const gc = (globalThis as { gc?: (options: { type: 'minor' | 'major' }) => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

if (!process.env[LIB_ENV]) buildLib();
const { Wechatpay } = await loadLib();
const keys = generateKeys();
const merchantKey = createPrivateKey(keys.merchantPrivateKey);
const platformPublic = createPublicKey(keys.platformPublicKey);
const body = Buffer.from(JSON.stringify({ out_trade_no: 'X', trade_state: 'SUCCESS', amount: { total: 100 } }));
const timestamp = String(Math.floor(Date.now() / 1000));
const nonce = 'n0nce';
const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n`).update(body).update('\n').sign(createPrivateKey(keys.platformPrivateKey), 'base64');
const headers = { 'content-type': 'application/json', 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-signature': signature, 'wechatpay-serial': keys.platformSerial, 'request-id': 'bench' };
const adapter = async (config: InternalAxiosRequestConfig) => ({ status: 200, statusText: 'OK', headers: new AxiosHeaders(headers), config, request: {}, data: body });
const wxpay = new Wechatpay({ mchid: keys.mchid, serial: keys.merchantSerial, privateKey: merchantKey, certs: { [keys.platformSerial]: platformPublic }, baseURL: 'http://127.0.0.1:9/', adapter } as never);

const calls: Record<Exclude<keyof OverheadFigures, 'cold' | 'survivingBytes'>, (id: string) => Promise<unknown>> = {
  async bareMicros(id) {
    const t = Math.floor(Date.now() / 1000);
    const n = randomBytes(16).toString('hex');
    createSign('RSA-SHA256').update(`GET\n/v3/pay/transactions/out-trade-no/${encodeURIComponent(id)}?mchid=${keys.mchid}\n${t}\n${n}\n\n`).sign(merchantKey, 'base64');
    if (!createVerify('RSA-SHA256').update(`${timestamp}\n${nonce}\n`).update(body).update('\n').verify(platformPublic, signature, 'base64')) throw new Error('verify');
    return JSON.parse(body.toString('utf8'));
  },
  getMicros: (id) => wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: id, query: { mchid: keys.mchid } }),
  postMicros: (id) => wxpay.v3.pay.transactions.native.post({ json: orderBody(keys.mchid, id) }),
};
const samples: Record<string, number[]> = {};
const coldSamples: Record<string, number[]> = {};
// Larger than the last-level cache of the machines this runs on (32 MiB here).
const flush = new Uint32Array((64 * 1024 * 1024) / 4);
for (let round = 0; round < 7; round++) {
  for (const [name, call] of Object.entries(calls)) {
    for (let i = 0; i < 300; i++) await call(`W${i}`);
    const cpu = process.cpuUsage();
    for (let i = 0; i < 2000; i++) await call(`M${i}`);
    const used = process.cpuUsage(cpu);
    (samples[name] ??= []).push((used.user + used.system) / 2000);
    let nanos = 0;
    for (let i = 0; i < 300; i++) {
      // One write per 64-byte line evicts it; the sum keeps the loop from being optimized away.
      for (let word = 0; word < flush.length; word += 16) flush[word] = (flush[word]! + word) | 0;
      const start = process.hrtime.bigint();
      await call(`C${i}`);
      nanos += Number(process.hrtime.bigint() - start);
    }
    (coldSamples[name] ??= []).push(nanos / 300 / 1000);
  }
}
/**
 * V8's sampling heap profiler, told to forget what minor GCs collect: what remains after a last
 * minor GC is what outlived one (collected by a full GC since, or still in the heap).
 */
async function survivingBytesPerCall(call: (id: string) => Promise<unknown>, count: number): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    // Options V8 has had since 11.3 (Node 20); not yet in Node's protocol typings.
    await session.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false } as never);
    for (let i = 0; i < count; i++) await call(`S${i}`);
    gc!({ type: 'minor' });
    const { profile } = await session.post('HeapProfiler.getSamplingProfile');
    await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const pending = [profile.head];
    for (let node = pending.pop(); node; node = pending.pop()) {
      bytes += node.selfSize;
      pending.push(...node.children);
    }
    return bytes / count;
  } finally {
    session.disconnect();
  }
}
const survivingBytes: OverheadFigures['survivingBytes'] = {
  bare: await survivingBytesPerCall(calls.bareMicros, 5000),
  get: await survivingBytesPerCall(calls.getMicros, 5000),
  post: await survivingBytesPerCall(calls.postMicros, 5000),
};

const medians = (from: Record<string, number[]>) => Object.fromEntries(Object.entries(from).map(([name, list]) => [name, median(list)]));
const figures = { ...medians(samples), cold: medians(coldSamples), survivingBytes } as unknown as OverheadFigures;
process.stdout.write(`${JSON.stringify(figures)}\n`);
