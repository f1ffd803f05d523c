import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

/** The header line of the fake trade bill, as WeChat Pay's trade bills begin. */
const HEADER = '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率\r\n';

/** Rows per generated block; a bill cycles through {@link BLOCKS} blocks of distinct rows. */
const ROWS_PER_BLOCK = 400;
const BLOCKS = 16;

function row(index: number): string {
  const cents = 1 + ((index * 7919) % 99_999);
  const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const time = `2026-12-01 ${String(Math.floor(index / 3600) % 24).padStart(2, '0')}:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}`;
  const id = String(index).padStart(10, '0');
  return `\`${time},\`wx2421b1c4370ec43b,\`1900000109,\`0,\`,\`420000202612010${id},\`out${id},\`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,\`JSAPI,\`SUCCESS,\`OTHERS,\`CNY,\`${amount},\`0.00,\`0,\`0,\`0.00,\`0.00,\`,\`,\`商品${index % 97},\`,\`0.00,\`0.60%\r\n`;
}

let blocks: Buffer[] | undefined;

/** The distinct blocks a bill is made of, built once. */
function rowBlocks(): Buffer[] {
  blocks ??= Array.from({ length: BLOCKS }, (_, block) => Buffer.from(Array.from({ length: ROWS_PER_BLOCK }, (_, i) => row(block * ROWS_PER_BLOCK + i)).join('')));
  return blocks;
}

/**
 * A trade-bill-like CSV of about `bytes` bytes (whole rows; at least the header), generated as it is
 * read, in blocks of rows: any size, in bounded memory, and the same bytes every time.
 */
export function billCsv(bytes: number): Readable {
  return Readable.from(billChunks(bytes), { objectMode: false });
}

/** The size and SHA-1 of {@link billCsv}`(bytes)`, computed by generating it once. */
export function billDigest(bytes: number): { size: number; sha1: string } {
  const hash = createHash('sha1');
  let size = 0;
  for (const chunk of billChunks(bytes)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha1: hash.digest('hex') };
}

function* billChunks(bytes: number): Generator<Buffer> {
  const header = Buffer.from(HEADER);
  yield header;
  let left = bytes - header.length;
  const all = rowBlocks();
  for (let index = 0; left > 0; index++) {
    const block = all[index % all.length]!;
    if (block.length <= left) {
      yield block;
      left -= block.length;
      continue;
    }
    // The last block ends at the first row end at or past the size asked for.
    const end = block.indexOf('\n', left - 1);
    yield block.subarray(0, end + 1);
    return;
  }
}
