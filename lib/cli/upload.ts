import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Wechatpay } from '../client.js';
import { EXIT } from './exit.js';
import type { CliIO } from './io.js';

/** The upload operations the command reaches, by `--kind`. */
const KINDS: Record<string, 'v3/merchant/media/upload' | 'v3/merchant/media/video_upload' | 'v3/merchant-service/images/upload' | 'v3/marketing/favor/media/image-upload'> = {
  media: 'v3/merchant/media/upload',
  video: 'v3/merchant/media/video_upload',
  complaint: 'v3/merchant-service/images/upload',
  marketing: 'v3/marketing/favor/media/image-upload',
};

/** Why the upload flags are wrong, or `undefined`. */
export function uploadUsageProblem(kind: string | undefined): string | undefined {
  return kind === undefined || Object.hasOwn(KINDS, kind) ? undefined : `--kind is ${Object.keys(KINDS).join(', ')}`;
}

/**
 * `wechatpay-chain upload <file>`: upload a file (read twice from disk: once for its SHA-256, once
 * as it is sent) and print the `media_id` (or, for marketing images, the `media_url`).
 */
export async function uploadCommand(wxpay: Wechatpay, file: string, kind: string | undefined, io: CliIO): Promise<number> {
  const { data } = await wxpay.chain(KINDS[kind ?? 'media']!).post({ file: pathToFileURL(resolve(file)) });
  const answer = data as { media_id?: string; media_url?: string };
  io.stdout(`${answer.media_id ?? answer.media_url}\n`);
  return EXIT.ok;
}
