import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { SignatureError } from '../errors/signature-error.js';
import type { BuiltRequest } from '../request/builder.js';
import { ownValue } from '../request/own.js';
import type { HttpMethod, RetryOption, WechatpayResponse } from '../../types/options.js';
import { checkedStream, STEP_BYTES } from './pipeline.js';
import { checkSource, templateOf, type DownloadSource } from './source.js';

const WHERE = 'wxpay.download()';

/** Options of `wxpay.download()`. Only own properties count. */
export interface DownloadFileOptions {
  /**
   * Write the plain bill to this file (a path or `file:` URL) instead of returning a stream. It is
   * written beside the target under a temporary name and renamed only once every check passed, so a
   * failed download leaves nothing at `to`; the promise resolves only then.
   * @example 'bill-2026-12-01.csv'
   */
  to?: string | URL;
  /**
   * Decompress gzip: `true`, `false`, or `'auto'`, which tells a gzip file (`tar_type=GZIP`) by its
   * magic bytes. The digest is checked over the decompressed bytes, as WeChat Pay computes it.
   * @default 'auto'
   */
  gzip?: boolean | 'auto';
  /**
   * The most plain bytes (after decryption and decompression) accepted; more fails the download
   * with a `DownloadError` (`reason: 'too-large'`). The client's `maxContentLength` does not apply:
   * a download is streamed, and memory stays bounded whatever its size.
   * @default Infinity
   */
  maxBytes?: number;
  /**
   * Milliseconds the whole download may take, from connecting to the last byte; `0` for no limit.
   * The client's `timeout` (sized for JSON answers) does not apply to downloads; `connectTimeout` does.
   * @default 0
   */
  timeout?: number;
  /** Abort the download, whenever: before the answer, or while the file streams. */
  signal?: AbortSignal;
  /**
   * Retries, as for any GET (only before the file starts to arrive).
   * @default the client's `retry`
   */
  retry?: RetryOption;
  /** Told, as the body arrives, how many bytes have been received (`total`: the `Content-Length`, when sent). */
  onProgress?: (progress: { received: number; total: number | undefined }) => void;
}

/** What `wxpay.download(info, { to })` resolves to. */
export interface DownloadResult {
  /** The file written. */
  path: string;
  /** Plain bytes written. */
  bytes: number;
  /** The SHA-1 the file was checked against, when the answer gave one (APIv2 bills come with none). */
  sha1: string | undefined;
}

/** What a download needs of the client. */
export interface DownloadContext {
  /** The client's request builder, bound to its settings. */
  build(method: HttpMethod, template: string, options: unknown): BuiltRequest;
  /** The client's exchange: the one request path. */
  send(request: BuiltRequest): Promise<WechatpayResponse>;
  /** The client's base URL, then its backup hosts. */
  hosts: readonly string[];
  /** RSA-OAEP-decrypt an encrypted bill's `encrypt_key` with the merchant private key. */
  unwrapKey(encryptKey: string): Uint8Array;
}

const KNOWN = new Set(['to', 'gzip', 'maxBytes', 'timeout', 'signal', 'retry', 'onProgress']);

/** `wxpay.download()`: see `docs/files.md`. */
export async function download(context: DownloadContext, info: DownloadSource, options: DownloadFileOptions = {}): Promise<Readable | DownloadResult> {
  const source = checkSource(info);
  const given = checkOptions(options);
  const key = source.kind === 'bill' && source.encryption ? context.unwrapKey(source.encryption.encryptKey) : undefined;
  if (key !== undefined && key.length !== 32) throw new ParameterError('encrypt_key', WHERE, `decrypts to ${key.length} bytes, not the 32 of an AES-256 key`);
  const template = source.kind === 'bill' ? templateOf(source.url, context.hosts) : source.template;
  const call = { timeout: given.timeout, signal: given.signal, retry: given.retry, maxContentLength: -1 };
  // An APIv2 bill is its APIv2 call (a POST of signed XML); the others are signed GETs.
  const built = source.kind === 'v2bill' ? context.build('POST', template, { ...call, xml: source.xml }) : context.build('GET', template, { ...call, query: source.kind === 'statement' ? source.query : undefined });
  const request: BuiltRequest = { ...built, responseType: 'stream' };
  const response = await context.send(request);
  const body = response.data as Readable;
  const path = new URL(request.url).pathname;
  const headers = response.headers as Record<string, unknown>;
  if (source.kind === 'statement' && typeof headers['wechatpay-statement-sha1'] !== 'string') {
    body.destroy();
    throw new SignatureError('missing-header', `the statement carries no Wechatpay-Statement-Sha1 header, so its bytes cannot be checked (${path})`);
  }
  const total = Number(headers['content-length']);
  const onProgress = given.onProgress;
  const stream = await checkedStream(body, {
    path,
    decrypt: key && source.kind === 'bill' ? { key, nonce: Buffer.from(source.encryption!.nonce, 'utf8') } : undefined,
    gzip: given.gzip,
    sha1: source.kind === 'bill' ? source.sha1 : undefined,
    maxBytes: given.maxBytes,
    onReceived: onProgress && ((received) => onProgress({ received, total: Number.isFinite(total) ? total : undefined })),
  });
  if (given.to === undefined) return stream;
  return writeFile(stream, given.to, source.kind === 'bill' ? source.sha1 : source.kind === 'statement' ? (headers['wechatpay-statement-sha1'] as string).toLowerCase() : undefined);
}

/** Pipe to a temporary file beside `to`, renamed to `to` once the stream ended cleanly; removed otherwise. */
async function writeFile(stream: Readable, to: string | URL, sha1: string | undefined): Promise<DownloadResult> {
  const path = typeof to === 'string' ? to : fileURLToPath(to);
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  const file = createWriteStream(partial, { flags: 'wx', highWaterMark: STEP_BYTES });
  try {
    await pipeline(stream, file);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { path, bytes: file.bytesWritten, sha1 };
}

function checkOptions(options: unknown): Required<Pick<DownloadFileOptions, 'gzip' | 'maxBytes' | 'timeout'>> & DownloadFileOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new ParameterError('options', WHERE, `the options must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) throw new ParameterError(key, WHERE, `unknown option \`${key}\` (known: ${[...KNOWN].join(', ')})`);
  const own = (key: string): unknown => ownValue(options, key);
  const to = own('to');
  if (to !== undefined && !(typeof to === 'string' && to !== '') && !(to instanceof URL && to.protocol === 'file:')) throw new ParameterError('to', WHERE, `expected a file path or file: URL, got ${describe(to)}`);
  const gzip = own('gzip') ?? 'auto';
  if (gzip !== true && gzip !== false && gzip !== 'auto') throw new ParameterError('gzip', WHERE, `expected true, false or 'auto', got ${describe(gzip)}`);
  const maxBytes = own('maxBytes') ?? Infinity;
  if (typeof maxBytes !== 'number' || !(maxBytes >= 0)) throw new ParameterError('maxBytes', WHERE, `expected a number of bytes ≥ 0, got ${describe(maxBytes)}`);
  const timeout = own('timeout') ?? 0;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) throw new ParameterError('timeout', WHERE, `expected milliseconds ≥ 0, got ${describe(timeout)}`);
  const onProgress = own('onProgress');
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new ParameterError('onProgress', WHERE, `expected a function, got ${describe(onProgress)}`);
  return { to: to as DownloadFileOptions['to'], gzip, maxBytes, timeout, signal: own('signal') as AbortSignal | undefined, retry: own('retry') as RetryOption | undefined, onProgress: onProgress as DownloadFileOptions['onProgress'] };
}
