/** wechatpay-chain itself (the compiled build, see bench/build.ts), used as its README shows. */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { loadLib } from '../build.js';
import { orderBody, type BenchEnv } from '../common.js';
import { check, type BenchClient } from './types.js';

/** `interceptor`: add a no-op request interceptor, as a caller who logs would. */
export const create = async ({ keys, baseURL }: BenchEnv, { interceptor = false } = {}): Promise<BenchClient> => {
  const { Wechatpay } = await loadLib();
  const wxpay = new Wechatpay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: createPrivateKey(keys.merchantPrivateKey),
    certs: { [keys.platformSerial]: createPublicKey(keys.platformPublicKey) },
    baseURL,
  });
  if (interceptor) wxpay.axios.interceptors.request.use((config) => config, undefined, { synchronous: true });
  return {
    async get(outTradeNo) {
      const res = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: outTradeNo, query: { mchid: keys.mchid } });
      check(res.data.out_trade_no === outTradeNo, 'GET out_trade_no');
    },
    async post(outTradeNo) {
      const res = await wxpay.v3.pay.transactions.native.post({ json: orderBody(keys.mchid, outTradeNo) });
      check(res.data.code_url?.endsWith(outTradeNo), 'POST code_url');
    },
  };
};
