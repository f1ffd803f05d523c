/**
 * Files on Node, Bun and Deno: `wxpay.download()` streams a bill or statement through node:stream,
 * node:zlib and node:crypto, checked as it flows (lib/files/download.ts), and an upload's `file` is read
 * with node:fs (lib/files/upload.ts).
 */
export { download } from '../../files/download.js';
export { uploadOptions } from '../../files/upload.js';
