import { Readable } from 'node:stream';
import { downloadStream, readBounded } from '../../http/download-response.js';
import { peek } from '../../files/peek.js';
import type { StreamSupport } from '../contract.js';

/** Streamed bodies (node:stream), for `wxpay.download()`: see lib/http/download-response.ts. */
export const streams: StreamSupport | undefined = {
  isStream: (data) => data instanceof Readable,
  readBounded: (stream, limit) => readBounded(stream as Readable, limit),
  downloadStream: (raw, config, path, sha1) => downloadStream(raw as Readable, config, path, sha1),
  streamOf: (body) => Readable.from([body]),
  peek: (stream, count) => peek(stream as Readable, count),
};
