import { resolve } from 'node:path';
import type { Wechatpay } from '../client.js';
import { EXIT } from './exit.js';
import type { CliIO } from './io.js';
import { ProgressBar } from './progress.js';

/** The flags of `wechatpay-chain bill`. */
export interface BillFlags {
  date?: string;
  type?: string;
  fundflow?: boolean;
  account?: string;
  gzip?: boolean;
  out?: string;
}

const TRADE_TYPES = new Set(['ALL', 'SUCCESS', 'REFUND']);
const ACCOUNTS = new Set(['BASIC', 'OPERATION', 'FEES']);

/** Why the bill flags are wrong, or `undefined`. */
export function billUsageProblem(flags: BillFlags): string | undefined {
  if (!flags.date || !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) return '--date YYYY-MM-DD is required';
  if (!flags.out) return '--out <file> is required';
  if (flags.type !== undefined && (flags.fundflow || !TRADE_TYPES.has(flags.type))) return '--type is ALL, SUCCESS or REFUND, for a trade bill';
  if (flags.account !== undefined && (!flags.fundflow || !ACCOUNTS.has(flags.account))) return '--account is BASIC, OPERATION or FEES, with --fundflow';
  return undefined;
}

/**
 * `wechatpay-chain bill`: ask for the day's trade (or fund flow) bill, then stream it to `--out`,
 * gunzipped and checked against the SHA-1 of the signed answer; the file appears only once verified.
 */
export async function billCommand(wxpay: Wechatpay, flags: BillFlags, io: CliIO): Promise<number> {
  const tarType = flags.gzip ? 'GZIP' : undefined;
  const { data } = flags.fundflow
    ? await wxpay.v3.bill.fundflowbill.get({ query: { bill_date: flags.date!, account_type: (flags.account ?? 'BASIC') as 'BASIC', tar_type: tarType } })
    : await wxpay.v3.bill.tradebill.get({ query: { bill_date: flags.date!, bill_type: (flags.type ?? 'ALL') as 'ALL', tar_type: tarType } });
  const bar = io.progress ? new ProgressBar(io.stderr, `${flags.fundflow ? 'fund flow' : 'trade'} bill ${flags.date}`) : undefined;
  try {
    const result = await wxpay.download(data, { to: resolve(flags.out!), onProgress: bar && (({ received, total }) => bar.update(received, total)) });
    bar?.done();
    io.stdout(`${result.path}  ${result.bytes} bytes  SHA-1 ${result.sha1} verified\n`);
    return EXIT.ok;
  } catch (error) {
    bar?.done();
    throw error;
  }
}
