import { WechatpayError } from '../../errors/base.js';
import { ParameterError } from '../../errors/parameter-error.js';

/**
 * Files where fetch and WebCrypto are all there is (workerd, the Vercel edge runtime, browsers).
 * `wxpay.download()` checks a bill as it flows: gunzip, AES-256-GCM and SHA-1 one chunk at a time,
 * which WebCrypto cannot do (it digests and decrypts whole buffers only) and which needs node:stream:
 * here it rejects, saying so, before anything is sent. The call that hands out a bill's download URL
 * and digest works as everywhere. An upload's `file` option reads files and streams with node:fs and
 * node:stream: here it is refused; give `body` as `FormData` (with its `meta`) instead.
 */

export function download(_context: unknown, _info: unknown, _options?: unknown): Promise<never> {
  return Promise.reject(
    new WechatpayError(
      'wxpay.download() is not available on this runtime: it decrypts, decompresses and hashes a bill as it streams, with node:stream, node:zlib and node:crypto, which workerd and edge runtimes lack (WebCrypto has no streaming AES-GCM or SHA-1). The bill call itself works here and answers the download URL and digest; download the file from Node, Bun or Deno',
    ),
  );
}

export function uploadOptions(_method: string, template: string, _options: object): Promise<never> {
  return Promise.reject(
    new ParameterError('file', template, 'reads a file or stream with node:fs and node:stream, which this runtime lacks: give `body` as FormData with its `meta` part (filename and SHA-256) and the file; nothing was sent'),
  );
}
