/**
 * The loopback WeChat Pay every benchmark talks to, in a process of its own: the testing kit's fake,
 * which verifies each request's RSA signature and signs each response. Prints `{"baseURL"}` once
 * listening; `GET /__stats` (unsigned, bench only) returns and resets its counters.
 *
 * Usage: tsx bench/server.ts <keys.json>
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeWechatpay } from '../lib/testing/index.js';
import { GET_TEMPLATE, POST_TEMPLATE, readKeys } from './common.js';

const keys = readKeys(process.argv[2]!);
const fake = new FakeWechatpay({
  merchant: { mchid: keys.mchid, serial: keys.merchantSerial, publicKey: createPublicKey(keys.merchantPublicKey) },
  platform: { serial: keys.platformSerial, privateKey: createPrivateKey(keys.platformPrivateKey), publicKey: createPublicKey(keys.platformPublicKey) },
});
fake.on('GET', GET_TEMPLATE, ({ params, query }) => ({
  appid: 'wxd678efh567hg6787',
  mchid: query.get('mchid'),
  out_trade_no: params.out_trade_no,
  transaction_id: '1217752501201407033233368018',
  trade_type: 'NATIVE',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  success_time: '2018-06-08T10:34:56+08:00',
  amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
}));
fake.on('POST', POST_TEMPLATE, ({ json }) => ({ code_url: `weixin://wxpay/bizpayurl?pr=${(json as { out_trade_no: string }).out_trade_no}` }));

let verified = 0;
let refused = 0;
const server = createServer(async (req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ verified, refused }));
    verified = refused = 0;
    return;
  }
  const response = await fake.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: lowerCased(req), body: await readBody(req) });
  // Count, then forget: the fake keeps every request, which a long run must not accumulate.
  for (const request of fake.requests.splice(0)) {
    if (request.verified) verified++;
    else refused++;
  }
  res.writeHead(response.status, response.headers).end(response.body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })}\n`);
});
// Ends with its parent.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));

function lowerCased(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
