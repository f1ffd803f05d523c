import type { DownloadContext, DownloadFileOptions, DownloadResult } from '../../files/download.js';
import type { DownloadSource } from '../../files/source.js';
import type { Readable } from 'node:stream';

/**
 * Files on Node, Bun and Deno: `wxpay.download()` streams a bill or statement through node:stream,
 * node:zlib and node:crypto, checked as it flows (lib/files/download.ts), and an upload's `file` is read
 * with node:fs (lib/files/upload.ts). Both are loaded on their first use, not with the package.
 */

export async function download(context: DownloadContext, info: DownloadSource, options?: DownloadFileOptions): Promise<Readable | DownloadResult> {
  return (await import('../../files/download.js')).download(context, info, options);
}

export async function uploadOptions(method: string, template: string, options: object): Promise<Record<string, unknown>> {
  return (await import('../../files/upload.js')).uploadOptions(method, template, options);
}
