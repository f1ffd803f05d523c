import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { isStatement } from '../auth/unsigned.js';
import { ownValue } from '../request/own.js';
import { APIV2_FILES } from '../../types/generated/apiv2.js';
import { isHexDigest } from './digest.js';

const WHERE = 'wxpay.download()';

/**
 * The `data` of a signed bill answer (`v3/bill/tradebill`, `v3/bill/fundflowbill`, an entry of
 * `download_bill_list` of `v3/bill/sub-merchant-fundflowbill` or `v3/ecommerce/bill/fundflowbill`,
 * `v3/profitsharing/bills`, …), as WeChat Pay sent it: the file's URL and how to check it.
 */
export interface BillInfo {
  /** Where the file is: a URL on the client's host, signed like every request. */
  download_url: string;
  /** `SHA1`: the digest of the plain bill (after decompression and decryption). */
  hash_type?: string;
  /** Hex digest of the plain bill. Required unless the bill is encrypted (then the AES-GCM tag checks it). */
  hash_value?: string;
  /** Encrypted bills: the AES-256 key, RSA-OAEP-encrypted to the merchant key, base64. */
  encrypt_key?: string;
  /** Encrypted bills: the AES-GCM nonce. */
  nonce?: string;
  /** Encrypted bills: `AEAD_AES_256_GCM` (the default when `encrypt_key` is given). */
  algorithm?: string;
}

/** A statement download (对账单), answered directly with the file and a signed `Wechatpay-Statement-Sha1`. */
export interface StatementRequest {
  /** The statement operation: `v3/global/statements`, `hk/v3/statements` or `v3/statements`. */
  statement: string;
  /** Its query, e.g. `{ date: '20261201', mchid }`. */
  query?: Record<string, string | number | undefined>;
}

/**
 * An APIv2 bill (`pay/downloadbill`, `pay/downloadfundflow`, …), which WeChat Pay answers with the file
 * itself, unsigned, or with an XML error in its place. Sent as the APIv2 call (`xml` signed with the
 * APIv2 key; `pay/downloadfundflow` with the merchant certificate), its answer streamed.
 */
export interface V2BillRequest {
  /** The APIv2 operation, as the SDK addresses it: one whose documented answer is a file (`APIV2_FILES`). */
  bill: 'v2/pay/downloadbill' | 'v2/pay/downloadfundflow' | 'v2/sandboxnew/pay/downloadbill' | 'v2/billcommentsp/batchquerycomment';
  /** Its fields, e.g. `{ appid, bill_date: '20261201', bill_type: 'ALL', tar_type: 'GZIP' }`; `mch_id`, `nonce_str` and `sign` are added. */
  xml: Record<string, string | number | undefined>;
}

/** What `wxpay.download()` fetches. */
export type DownloadSource = BillInfo | StatementRequest | V2BillRequest;

/** A source, read (own properties only) and checked. */
export type CheckedSource =
  | { kind: 'bill'; url: string; sha1: string | undefined; encryption: { encryptKey: string; nonce: string } | undefined }
  | { kind: 'statement'; template: string; query: Record<string, unknown> | undefined }
  | { kind: 'v2bill'; template: string; xml: object };


/** Read `info` (own properties only); throws a {@link ParameterError} naming the field at fault. */
export function checkSource(info: unknown): CheckedSource {
  if (typeof info !== 'object' || info === null || Array.isArray(info)) throw new ParameterError('info', WHERE, `expected the data of a bill answer ({ download_url, hash_type, hash_value }), { statement, query } or { bill, xml }, got ${describe(info)}`);
  const own = (key: string): unknown => ownValue(info, key);
  const bill = own('bill');
  if (bill !== undefined) {
    // The operations the descriptions give a file answer: the same set that tells the response check to stream it.
    if (typeof bill !== 'string' || !bill.startsWith('v2/') || !APIV2_FILES.has(bill.slice(3))) throw new ParameterError('bill', WHERE, `\`bill\` must be an APIv2 operation that answers a file: ${[...APIV2_FILES].map((path) => `v2/${path}`).join(', ')}`);
    const xml = own('xml');
    if (typeof xml !== 'object' || xml === null || Array.isArray(xml)) throw new ParameterError('xml', WHERE, `an APIv2 bill needs its fields as \`xml\` ({ appid, bill_date, bill_type, … }), got ${describe(xml)}`);
    return { kind: 'v2bill', template: bill, xml };
  }
  const statement = own('statement');
  if (statement !== undefined) {
    if (typeof statement !== 'string' || !isStatement(`/${statement.replace(/^\/+/, '')}`)) throw new ParameterError('statement', WHERE, '`statement` must be v3/global/statements, hk/v3/statements or v3/statements');
    const query = own('query');
    if (query !== undefined && (typeof query !== 'object' || query === null)) throw new ParameterError('query', WHERE, `\`query\` must be an object, got ${describe(query)}`);
    return { kind: 'statement', template: statement.replace(/^\/+/, ''), query: query as Record<string, unknown> | undefined };
  }
  const url = own('download_url');
  if (typeof url !== 'string' || url === '') throw new ParameterError('download_url', WHERE, `expected the download_url string of a bill answer, got ${describe(url)}`);
  const encryptKey = own('encrypt_key');
  const hashValue = own('hash_value');
  const hashType = own('hash_type');
  let sha1: string | undefined;
  if (hashValue !== undefined) {
    if (hashType !== undefined && (typeof hashType !== 'string' || hashType.toUpperCase() !== 'SHA1')) throw new ParameterError('hash_type', WHERE, `only SHA1 digests are known, got ${typeof hashType === 'string' ? `"${hashType.slice(0, 16)}"` : describe(hashType)}`);
    if (!isHexDigest(hashValue, 20)) throw new ParameterError('hash_value', WHERE, 'expected a hex SHA-1 (40 characters)');
    sha1 = hashValue.toLowerCase();
  }
  let encryption: { encryptKey: string; nonce: string } | undefined;
  if (encryptKey !== undefined) {
    const nonce = own('nonce');
    const algorithm = own('algorithm') ?? 'AEAD_AES_256_GCM';
    if (typeof encryptKey !== 'string' || encryptKey === '') throw new ParameterError('encrypt_key', WHERE, `expected a base64 string, got ${describe(encryptKey)}`);
    if (typeof nonce !== 'string' || nonce === '') throw new ParameterError('nonce', WHERE, 'an encrypted bill needs the `nonce` of its answer');
    if (algorithm !== 'AEAD_AES_256_GCM') throw new ParameterError('algorithm', WHERE, `only AEAD_AES_256_GCM bills are decrypted here (ask for algorithm=AEAD_AES_256_GCM), got ${typeof algorithm === 'string' ? algorithm.slice(0, 24) : describe(algorithm)}`);
    encryption = { encryptKey, nonce };
  }
  // Integrity comes from the signed answer: a digest, or the tag of an encrypted bill.
  if (sha1 === undefined && encryption === undefined) throw new ParameterError('hash_value', WHERE, 'the bill answer gave no hash_value (nor encrypt_key): the file could not be checked, so it is not downloaded');
  return { kind: 'bill', url, sha1, encryption };
}

/**
 * The path template of a download URL on one of the client's hosts (`v3/billdownload/file?token=…`):
 * a URL anywhere else is refused, since the request is signed and the signature must not travel.
 */
export function templateOf(url: string, hosts: readonly string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ParameterError('download_url', WHERE, 'is not an absolute URL');
  }
  const host = hosts.find((base) => parsed.href.startsWith(base));
  if (host === undefined) throw new ParameterError('download_url', WHERE, `points to ${parsed.origin}, which is not the client's baseURL nor a backup host: the signed request is sent only there`);
  const template = parsed.href.slice(host.length);
  if (/[{}]/.test(template)) throw new ParameterError('download_url', WHERE, 'holds `{` or `}`, which a path template would read as a placeholder');
  return template;
}
