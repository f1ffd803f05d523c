/**
 * wechatpay-node-v3 through its own methods (`query`, `transactions_native`). It hard-codes the
 * production host and does not verify API responses, so the request service it lets users plug in
 * (`createHttp`) sends with superagent as its default one does, to the loopback host, and checks
 * each response with the library's own `verifySign`, as a careful user would have to.
 */
import { createRequire } from 'node:module';
import WxPay from 'wechatpay-node-v3';
import { APPID, orderBody } from '../common.js';
import { check, type ClientFactory } from './types.js';

type Reply = { status: number; data: unknown };
/** The part of superagent (wechatpay-node-v3's HTTP client, which ships no types) used here. */
interface AgentResponse { status: number; headers: Record<string, string>; text: string; body: unknown }
interface AgentRequest extends PromiseLike<AgentResponse> { set(headers: Record<string, string>): AgentRequest; send(body: object): AgentRequest }
const superagent = createRequire(import.meta.url)('superagent') as { get(url: string): AgentRequest; post(url: string): AgentRequest };

export const create: ClientFactory = ({ keys, baseURL }) => {
  const pay = new WxPay({
    appid: APPID,
    mchid: keys.mchid,
    serial_no: keys.merchantSerial,
    publicKey: Buffer.from(keys.merchantPublicKey),
    privateKey: Buffer.from(keys.merchantPrivateKey),
  });
  // Its verifySign looks keys up in this static map (normally filled by downloading certificates).
  (WxPay as unknown as { certificates: Record<string, string> }).certificates = { [keys.platformSerial]: keys.platformPublicKey };
  const local = (url: string) => url.replace('https://api.mch.weixin.qq.com/', baseURL);

  async function verified(res: AgentResponse): Promise<Reply> {
    const ok = await pay.verifySign({
      timestamp: res.headers['wechatpay-timestamp'],
      nonce: res.headers['wechatpay-nonce'],
      serial: res.headers['wechatpay-serial'],
      signature: res.headers['wechatpay-signature'],
      body: res.text,
    } as never);
    check(ok, 'signature');
    check(Math.abs(Date.now() / 1000 - Number(res.headers['wechatpay-timestamp'])) <= 300, 'timestamp');
    return { status: res.status, data: res.body };
  }

  pay.createHttp({
    get: async (url: string, headers: Record<string, string>) => verified(await superagent.get(local(url)).set(headers)),
    post: async (url: string, params: object, headers: Record<string, string>) => verified(await superagent.post(local(url)).send(params).set(headers)),
    upload: () => Promise.reject(new Error('not used')),
  } as never);

  return {
    async get(outTradeNo) {
      const res = (await pay.query({ out_trade_no: outTradeNo })) as Reply;
      check((res.data as { out_trade_no: string }).out_trade_no === outTradeNo, 'GET out_trade_no');
    },
    async post(outTradeNo) {
      const { appid: _appid, mchid: _mchid, ...rest } = orderBody(keys.mchid, outTradeNo);
      const res = (await pay.transactions_native(rest as never)) as Reply;
      check((res.data as { code_url: string }).code_url.endsWith(outTradeNo), 'POST code_url');
    },
  };
};
