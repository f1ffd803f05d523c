import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FakeReply } from '../fake-types.js';
import { beijingClock } from '../time.js';
import { fail } from './answers.js';
import { billToken } from './ids.js';
import type { FakeOrderBook } from './orders.js';
import type { FakeRefunds } from './refunds.js';
import type { FakeHost, FakeOrder, FakeRefund } from './types.js';

const HEADER = '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
const SUMMARY = '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额';
const RATE = 0.006;

/**
 * The day's trade bill (交易账单): `GET v3/bill/tradebill` answers `{ hash_type, hash_value,
 * download_url }` for a day's payments and refunds (in UTC+8), and `GET v3/billdownload/file`
 * serves the file, unsigned as WeChat Pay serves it, gzipped when `tar_type=GZIP` was asked. Unlike
 * WeChat Pay, which publishes a day's bill from 10:00 the next day, the fake serves any day at once.
 */
export class FakeBills {
  readonly #files = new Map<string, Buffer>();

  constructor(host: FakeHost, orders: FakeOrderBook, refunds: FakeRefunds) {
    host.on('GET', 'v3/bill/tradebill', ({ query }): FakeReply | Record<string, string> => {
      const date = query.get('bill_date') ?? '';
      const type = query.get('bill_type') ?? 'ALL';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(host, 400, 'PARAM_ERROR', '账单日期格式不正确，应为 yyyy-MM-DD');
      if (!['ALL', 'SUCCESS', 'REFUND'].includes(type)) return fail(host, 400, 'PARAM_ERROR', 'bill_type 取值不正确');
      const paid = type === 'REFUND' ? [] : [...orders.all()].filter((order) => order.success_time?.startsWith(date));
      const refunded = type === 'SUCCESS' ? [] : [...orders.all()].flatMap((order) => refunds.of(order)).filter((refund) => refund.success_time?.startsWith(date));
      if (paid.length + refunded.length === 0) return fail(host, 400, 'NO_STATEMENT_EXIST', '账单文件不存在');
      const bill = Buffer.from(billText(paid, refunded.map((refund) => [refund, orders.get(refund.out_trade_no)!])), 'utf8');
      const token = billToken();
      this.#files.set(token, query.get('tar_type') === 'GZIP' ? gzipSync(bill) : bill);
      // The hash is of the bill itself, before any compression.
      return { hash_type: 'SHA1', hash_value: createHash('sha1').update(bill).digest('hex'), download_url: `https://api.mch.weixin.qq.com/v3/billdownload/file?token=${token}` };
    });
    host.on('GET', 'v3/billdownload/file', ({ query }) => {
      const file = this.#files.get(query.get('token') ?? '');
      if (!file) return fail(host, 400, 'PARAM_ERROR', 'token 无效或已过期');
      return host.reply({ body: file, headers: { 'Content-Type': 'application/octet-stream' }, sign: 'unsigned' });
    });
  }
}

/** Bills write each value behind a backtick, so that spreadsheets keep long numbers as text. */
const row = (values: readonly (string | number)[]): string => values.map((value) => `\`${value}`).join(',');
const yuan = (fen: number): string => (fen / 100).toFixed(2);

function billText(paid: readonly FakeOrder[], refunded: ReadonlyArray<[FakeRefund, FakeOrder]>): string {
  const lines = [HEADER];
  let fees = 0;
  for (const order of paid) {
    const fee = (order.amount.total * RATE) / 100;
    fees += fee;
    const total = yuan(order.amount.total);
    lines.push(row([beijingClock(Date.parse(order.success_time!)), order.appid, order.mchid, 0, '', order.transaction_id!, order.out_trade_no, order.payer!.openid, order.trade_type, 'SUCCESS', 'OTHERS', 'CNY', total, '0.00', 0, 0, '0.00', '0.00', '', '', order.description, order.attach ?? '', fee.toFixed(5), '0.60%', total, '0.00', '']));
  }
  for (const [refund, order] of refunded) {
    const amount = yuan(refund.amount.refund);
    lines.push(row([beijingClock(Date.parse(refund.success_time!)), order.appid, order.mchid, 0, '', order.transaction_id!, order.out_trade_no, order.payer!.openid, order.trade_type, 'REFUND', 'OTHERS', 'CNY', '0.00', '0.00', refund.refund_id, refund.out_refund_no, amount, '0.00', 'ORIGINAL', 'SUCCESS', order.description, order.attach ?? '', '0.00000', '0.60%', '0.00', amount, '']));
  }
  const paidFen = paid.reduce((total, order) => total + order.amount.total, 0);
  const refundFen = refunded.reduce((total, [refund]) => total + refund.amount.refund, 0);
  lines.push(SUMMARY, row([paid.length + refunded.length, yuan(paidFen), yuan(refundFen), '0.00', fees.toFixed(5), yuan(paidFen), yuan(refundFen)]));
  return `${lines.join('\r\n')}\r\n`;
}
