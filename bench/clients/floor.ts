/**
 * The hand-written floor: node:http with a keep-alive agent and node:crypto, keys parsed once, the
 * same checks as a real client (signature over the raw bytes, clock window, serial), nothing else.
 */
import { createPrivateKey, createPublicKey, createSign, createVerify, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { orderBody } from '../common.js';
import { check, type ClientFactory } from './types.js';

export const create: ClientFactory = ({ keys, baseURL }) => {
  const base = new URL(baseURL);
  const agent = new Agent({ keepAlive: true });
  const privateKey = createPrivateKey(keys.merchantPrivateKey);
  const platformKey = createPublicKey(keys.platformPublicKey);

  function call(method: 'GET' | 'POST', pathAndQuery: string, body: string): Promise<unknown> {
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString('hex');
    const signature = createSign('RSA-SHA256').update(`${method}\n${pathAndQuery}\n${timestamp}\n${nonce}\n${body}\n`).sign(privateKey, 'base64');
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${keys.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${keys.merchantSerial}"`,
    };
    if (body) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    return new Promise((resolve, reject) => {
      const req = request({ agent, host: base.hostname, port: base.port, method, path: pathAndQuery, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const raw = Buffer.concat(chunks);
            const h = res.headers as Record<string, string | undefined>;
            const ts = h['wechatpay-timestamp'];
            check(res.statusCode === 200, `status ${res.statusCode}`);
            check(h['wechatpay-serial'] === keys.platformSerial, 'serial');
            check(ts !== undefined && Math.abs(Date.now() / 1000 - Number(ts)) <= 300, 'timestamp');
            const verified = createVerify('RSA-SHA256').update(`${ts}\n${h['wechatpay-nonce']}\n`).update(raw).update('\n').verify(platformKey, h['wechatpay-signature'] ?? '', 'base64');
            check(verified, 'signature');
            resolve(JSON.parse(raw.toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end(body || undefined);
    });
  }

  return {
    async get(outTradeNo) {
      const data = (await call('GET', `${base.pathname}v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${keys.mchid}`, '')) as { out_trade_no: string };
      check(data.out_trade_no === outTradeNo, 'GET out_trade_no');
    },
    async post(outTradeNo) {
      const data = (await call('POST', `${base.pathname}v3/pay/transactions/native`, JSON.stringify(orderBody(keys.mchid, outTradeNo)))) as { code_url: string };
      check(data.code_url.endsWith(outTradeNo), 'POST code_url');
    },
  };
};
