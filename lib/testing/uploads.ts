import { createHash } from 'node:crypto';
import { UPLOAD_RULES } from '../files/upload-rules.js';
import { FakeWechatpay } from './fake.js';
import type { FakeContext, FakeReply } from './fake-types.js';
import { multipartParts } from './multipart.js';

/** An upload the fake accepted. */
export interface ReceivedUpload {
  /** The operation, e.g. `v3/merchant/media/upload`. */
  template: string;
  /** The `meta` part exactly as received (the text the request signature covers). */
  meta: string;
  filename: string;
  contentType: string | undefined;
  /** The file part's bytes. */
  content: Buffer;
}

/**
 * Uploads for a {@link FakeWechatpay}: every upload operation that takes a `file` answers with a
 * `media_id` (or `media_url`) when its `meta` is `{"filename","sha256"}` JSON, the SHA-256 matches
 * the file part and the names agree; otherwise `400 PARAM_ERROR`, as WeChat Pay answers. (The
 * request signature over `meta` is checked by the fake itself, as for every request.)
 *
 * @example
 * ```ts
 * const uploads = acceptUploads(fake);
 * await wxpay.v3.merchant.media.upload.post({ file: new URL('file:///tmp/a.jpg') });
 * uploads.received[0].content; // the bytes WeChat Pay got
 * ```
 */
export function acceptUploads(fake: FakeWechatpay): { received: ReceivedUpload[] } {
  const received: ReceivedUpload[] = [];
  for (const template of Object.keys(UPLOAD_RULES)) {
    fake.on('POST', template, (context) => accept(template, context, received));
  }
  return { received };
}

function accept(template: string, context: FakeContext, received: ReceivedUpload[]): FakeReply | unknown {
  const refuse = (message: string): FakeReply => FakeWechatpay.reply({ status: 400, json: { code: 'PARAM_ERROR', message } });
  const parts = multipartParts(context.body, context.headers['content-type'] ?? '');
  const meta = parts.find((part) => part.name === 'meta');
  const file = parts.find((part) => part.name === 'file');
  if (!meta || !file) return refuse('需要 meta 和 file 两个部分');
  let parsed: { filename?: unknown; sha256?: unknown };
  try {
    parsed = JSON.parse(meta.content.toString('utf8')) as typeof parsed;
  } catch {
    return refuse('meta 不是合法的 JSON');
  }
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  if (parsed.sha256 !== sha256) return refuse(`文件摘要不一致: meta.sha256 ${String(parsed.sha256)}, file ${sha256}`);
  if (typeof parsed.filename !== 'string' || parsed.filename !== file.filename) return refuse('meta.filename 与文件名不一致');
  received.push({ template, meta: meta.content.toString('utf8'), filename: parsed.filename, contentType: file.contentType, content: file.content });
  const id = `fake-media-${sha256.slice(0, 32)}`;
  return template.includes('image-upload') || template.includes('upload-image') ? { media_url: `https://wxpaylogo.qpic.cn/fake/${id}` } : { media_id: id };
}
