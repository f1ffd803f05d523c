import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { ownValue } from '../request/own.js';
import { CONTENT_TYPES, UPLOAD_RULES, type UploadRule } from './upload-rules.js';

export { hasFile } from './upload-rules.js';

/**
 * A call's options with `file`/`filename` turned into `body: FormData`: the file's size and format
 * checked against the operation's limits, then its SHA-256 taken, before anything is signed or sent.
 */
export async function uploadOptions(method: string, template: string, options: object): Promise<Record<string, unknown>> {
  const path = template.replace(/^\/+/, '');
  const rule = UPLOAD_RULES[path];
  if (rule === undefined) throw new ParameterError('file', template, `this operation takes no \`file\` option (uploads: ${Object.keys(UPLOAD_RULES).join(', ')}); send \`body: FormData\` instead`);
  if (method !== 'POST') throw new ParameterError('file', template, 'an upload is a POST');
  for (const other of ['body', 'json'] as const) if (ownValue(options, other) !== undefined) throw new ParameterError(other, template, `give either \`file\` or \`${other}\`, not both`);
  const file = ownValue(options, 'file');
  const filename = fileName(file, ownValue(options, 'filename'), template);
  const extension = extname(filename).slice(1).toLowerCase();
  const limit = limitFor(rule, extension, filename, template);
  const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  const refuse = (size: number): ParameterError => new ParameterError('file', template, `the file is ${size} bytes, over the ${limit} bytes WeChat Pay takes here (${rule.says}); nothing was sent`);
  const blob = await toBlob(file, type, limit, refuse, template);
  if (blob.size > limit) throw refuse(blob.size);
  const sha256 = createHash('sha256');
  for await (const chunk of blob.stream() as unknown as AsyncIterable<Uint8Array>) sha256.update(chunk);
  const body = new FormData();
  // The signature covers this string exactly as axios writes it into the multipart body.
  body.append('meta', JSON.stringify({ filename, sha256: sha256.digest('hex') }));
  body.append('file', blob, filename);
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(options)) if (key !== 'file' && key !== 'filename') out[key] = ownValue(options, key);
  out.body = body;
  return out;
}

function fileName(file: unknown, given: unknown, template: string): string {
  if (given !== undefined) {
    if (typeof given !== 'string' || given === '' || /[\\/"\r\n]/.test(given)) throw new ParameterError('filename', template, 'expected a file name without `/`, `\\`, `"` or line breaks');
    return given;
  }
  if (file instanceof URL) return basename(fileURLToPath(file));
  if (file instanceof File && file.name) return file.name;
  throw new ParameterError('filename', template, `a \`file\` given as ${describe(file)} needs a \`filename\` (its extension gives the content type)`);
}

function limitFor(rule: UploadRule, extension: string, filename: string, template: string): number {
  if (!rule.formats) return Infinity;
  const limit = rule.formats[extension];
  if (limit === undefined) throw new ParameterError('filename', template, `"${filename}" is not a format this operation takes (${rule.says}); nothing was sent`);
  return limit;
}

/** The file as a Blob that can be read more than once: a file stays on disk, bytes are wrapped, a stream is read (bounded). */
async function toBlob(file: unknown, type: string, limit: number, refuse: (size: number) => Error, template: string): Promise<Blob> {
  if (file instanceof URL) {
    if (file.protocol !== 'file:') throw new ParameterError('file', template, `only file: URLs are read, got ${file.protocol}`);
    const path = fileURLToPath(file);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new ParameterError('file', template, `cannot read ${path}: ${error.code ?? 'stat failed'}`);
    });
    if (!info.isFile()) throw new ParameterError('file', template, `${path} is not a file`);
    // Checked before a byte is read; openAsBlob refuses to read a file changed since (NotReadableError).
    if (info.size > limit) throw refuse(info.size);
    return openAsBlob(path, { type });
  }
  if (file instanceof Blob) return file.type ? file : new Blob([file], { type });
  if (file instanceof Uint8Array) return new Blob([file as Uint8Array<ArrayBuffer>], { type });
  if (file instanceof Readable) return new Blob(await readAll(file, limit, refuse), { type });
  throw new ParameterError('file', template, `expected a Buffer, Uint8Array, Blob, Readable or file: URL, got ${describe(file)}`);
}

async function readAll(stream: Readable, limit: number, refuse: (size: number) => Error): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    chunks.push(bytes as Uint8Array<ArrayBuffer>);
    // Over the limit is enough to refuse: the rest is not read.
    if (size > limit) {
      stream.destroy();
      throw refuse(size);
    }
  }
  return chunks;
}
