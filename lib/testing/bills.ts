import { constants, createCipheriv, createHash, publicEncrypt, randomBytes } from 'node:crypto';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { createGzip } from 'node:zlib';
import { billCsv, billDigest } from './bill-csv.js';
import { FakeWechatpay } from './fake.js';
import type { FakeContext, FakeReply } from './fake-types.js';

/** What the fake's bills are like; change it between calls with {@link FakeBills.set}. */
export interface FakeBillOptions {
  /** Size of the plain CSV in bytes (whole rows, so a little more). @default 65536 */
  bytes?: number;
  /** Gzip the file: `true`, `false`, or as the request's `tar_type=GZIP` asks. @default 'as-asked' */
  gzip?: boolean | 'as-asked';
  /** Answer with a `hash_value` (or `Wechatpay-Statement-Sha1`) that the file does not have. @default false */
  wrongHash?: boolean;
  /** Flip one byte in the middle of the file as sent (after gzip and encryption). @default false */
  flipByte?: boolean;
  /**
   * The origin of the `download_url`s handed out.
   * @default from the request's Host: `http://` for a loopback host (the fake's own server), else `https://` (msw)
   */
  origin?: string;
}

/** A bill the fake handed out. */
export interface IssuedBill {
  token: string;
  /** Plain CSV size in bytes. */
  size: number;
  /** SHA-1 of the plain CSV (hex). */
  sha1: string;
  gzip: boolean;
  encrypted: boolean;
}

interface Served extends IssuedBill {
  options: FakeBillOptions;
  key?: Buffer;
  nonce?: string;
}

/** Answers that hand out one file each (`{ hash_type, hash_value, download_url }`). */
const PLAIN_BILLS = ['v3/bill/tradebill', 'v3/bill/fundflowbill', 'v3/profitsharing/bills'];
/** Answers with a `download_bill_list` of encrypted files. */
const ENCRYPTED_BILLS = ['v3/bill/sub-merchant-fundflowbill', 'v3/ecommerce/bill/fundflowbill'];
const STATEMENTS = ['v3/global/statements', 'hk/v3/statements', 'v3/statements'];
/** Tokens remembered; older ones are forgotten (a test makes few). */
const MAX_TOKENS = 1000;

/**
 * Bills and statements for a {@link FakeWechatpay}: the bill operations answer (signed) with a
 * `download_url` on the fake, whose file is a generated CSV of any size, streamed, gzip or not,
 * encrypted for sub-merchant and e-commerce bills; statements answer with the file and a signed
 * `Wechatpay-Statement-Sha1`. On demand a wrong digest or a flipped byte.
 *
 * @example
 * ```ts
 * const fake = new FakeWechatpay();
 * const bills = serveBills(fake, { bytes: 10 * 1024 * 1024 });
 * bills.set({ wrongHash: true }); // the next bill's hash_value is wrong
 * ```
 */
export class FakeBills {
  readonly #fake: FakeWechatpay;
  #options: FakeBillOptions;
  readonly #served = new Map<string, Served>();
  readonly #digests = new Map<number, { size: number; sha1: string }>();

  constructor(fake: FakeWechatpay, options: FakeBillOptions = {}) {
    this.#fake = fake;
    this.#options = { ...options };
    for (const template of PLAIN_BILLS) fake.on('GET', template, (context) => this.#plain(context));
    for (const template of ENCRYPTED_BILLS) fake.on('GET', template, (context) => this.#encrypted(context));
    for (const template of STATEMENTS) fake.on('GET', template, (context) => this.#statement(context));
    fake.on('GET', 'v3/billdownload/file', (context) => this.#file(context));
    fake.on('GET', 'v3/bill/downloadurl', (context) => this.#file(context));
  }

  /** What the next answers serve. */
  set(options: FakeBillOptions): this {
    this.#options = { ...options };
    return this;
  }

  /** The bills handed out so far, oldest first. */
  get issued(): IssuedBill[] {
    return [...this.#served.values()].map(({ token, size, sha1, gzip, encrypted }) => ({ token, size, sha1, gzip, encrypted }));
  }

  #issue(context: FakeContext, encrypted: boolean): { served: Served; hashValue: string; url: string } {
    const options = this.#options;
    const { size, sha1 } = this.#digest(options.bytes ?? 65_536);
    const gzip = options.gzip === true || ((options.gzip ?? 'as-asked') === 'as-asked' && context.query.get('tar_type') === 'GZIP');
    const token = randomBytes(12).toString('hex');
    const served: Served = { token, size, sha1, gzip, encrypted, options, ...(encrypted ? { key: randomBytes(32), nonce: randomBytes(8).toString('hex') } : {}) };
    if (this.#served.size >= MAX_TOKENS) this.#served.delete(this.#served.keys().next().value!);
    this.#served.set(token, served);
    const host = context.headers.host ?? 'api.mch.weixin.qq.com';
    const origin = options.origin ?? `${/^(?:127\.|localhost[:]|localhost$|\[::1\])/.test(host) ? 'http' : 'https'}://${host}`;
    const path = encrypted ? 'v3/bill/downloadurl' : 'v3/billdownload/file';
    return { served, hashValue: options.wrongHash ? wrong(sha1) : sha1, url: `${origin}/${path}?token=${token}` };
  }

  #plain(context: FakeContext): unknown {
    const { hashValue, url } = this.#issue(context, false);
    return { hash_type: 'SHA1', hash_value: hashValue, download_url: url };
  }

  #encrypted(context: FakeContext): unknown {
    const { served, hashValue, url } = this.#issue(context, true);
    const encryptKey = publicEncrypt({ key: this.#fake.merchant.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, served.key!).toString('base64');
    return { download_bill_count: 1, download_bill_list: [{ bill_sequence: 1, download_url: url, encrypt_key: encryptKey, hash_type: 'SHA1', hash_value: hashValue, nonce: served.nonce }] };
  }

  #file(context: FakeContext): FakeReply {
    const served = this.#served.get(context.query.get('token') ?? '');
    if (!served) return FakeWechatpay.reply({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '账单不存在或下载链接已过期' } });
    return FakeWechatpay.reply({ body: fileStream(served), sign: 'unsigned' });
  }

  #statement(context: FakeContext): FakeReply {
    const options = this.#options;
    const { sha1 } = this.#digest(options.bytes ?? 65_536);
    const header = options.wrongHash ? wrong(sha1) : sha1;
    void context;
    const body = fileStream({ token: '', size: 0, sha1, gzip: false, encrypted: false, options });
    return FakeWechatpay.reply({ body, signedBody: JSON.stringify({ sha1: header }), headers: { 'Wechatpay-Statement-Sha1': header, 'Content-Type': 'text/csv' } });
  }

  #digest(bytes: number): { size: number; sha1: string } {
    let digest = this.#digests.get(bytes);
    if (!digest) this.#digests.set(bytes, (digest = billDigest(bytes)));
    return digest;
  }
}

/** Register bills and statements on `fake`; see {@link FakeBills}. */
export function serveBills(fake: FakeWechatpay, options?: FakeBillOptions): FakeBills {
  return new FakeBills(fake, options);
}

/** The file as sent: the CSV, gzipped and encrypted as the bill says, a byte flipped on demand. */
function fileStream(served: Served): Readable {
  const steps: (Readable | Transform)[] = [billCsv(served.options.bytes ?? 65_536)];
  if (served.gzip) steps.push(createGzip({ level: 1 }));
  if (served.key) steps.push(new GcmEncrypt(served.key, Buffer.from(served.nonce!, 'utf8')));
  if (served.options.flipByte) steps.push(new FlipByte());
  if (steps.length > 1) pipeline(steps, () => {});
  return steps[steps.length - 1] as Readable;
}

/** AES-256-GCM encryption with the 16-byte tag appended, as WeChat Pay encrypts sub-merchant bills. */
class GcmEncrypt extends Transform {
  readonly #cipher;

  constructor(key: Buffer, nonce: Buffer) {
    super();
    this.#cipher = createCipheriv('aes-256-gcm', key, nonce);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, this.#cipher.update(chunk));
  }

  override _flush(callback: TransformCallback): void {
    this.push(this.#cipher.final());
    callback(null, this.#cipher.getAuthTag());
  }
}

/** Flips one bit in the middle of the first chunk of some size (not in a gzip header, where it may change nothing). */
class FlipByte extends Transform {
  #done = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.#done || chunk.length < 32) return callback(null, chunk);
    this.#done = true;
    const copy = Buffer.from(chunk);
    const index = Math.floor(copy.length / 2);
    copy[index] = copy[index]! ^ 0x01;
    callback(null, copy);
  }
}

function wrong(sha1: string): string {
  return createHash('sha1').update(sha1).digest('hex');
}
