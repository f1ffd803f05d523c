/** wechatpay-axios-plugin, configured and called as its README shows (it verifies responses itself). */
import plugin from 'wechatpay-axios-plugin';
import { orderBody } from '../common.js';
import { check, type ClientFactory } from './types.js';

export const create: ClientFactory = ({ keys, baseURL }) => {
  const wxpay = new plugin.Wechatpay({
    mchid: keys.mchid,
    serial: keys.merchantSerial,
    privateKey: keys.merchantPrivateKey,
    certs: { [keys.platformSerial]: keys.platformPublicKey },
    baseURL,
  } as never) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    async get(outTradeNo) {
      const res = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.get({ params: { mchid: keys.mchid }, out_trade_no: outTradeNo });
      check(res.data.out_trade_no === outTradeNo, 'GET out_trade_no');
    },
    async post(outTradeNo) {
      const res = await wxpay.v3.pay.transactions.native.post(orderBody(keys.mchid, outTradeNo));
      check(res.data.code_url.endsWith(outTradeNo), 'POST code_url');
    },
  };
};
