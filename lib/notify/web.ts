import { NotificationError } from './error.js';
import { declaredTooLarge, DEFAULT_MAX_BODY_BYTES, tooLarge } from './input.js';

/** Read a Web `Request` body as bytes, refusing more than `maxBodyBytes` without buffering the rest. */
export async function readRequestBody(request: Request, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Promise<Uint8Array> {
  const requestId = request.headers.get('request-id') ?? undefined;
  const refused = declaredTooLarge(request.headers.get('content-length'), maxBodyBytes, requestId);
  if (refused) throw refused;
  if (request.bodyUsed) {
    throw new NotificationError('raw-body-required', 'the Request body was already read (e.g. by request.json()): give the handler the Request before anything reads it', { requestId });
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(undefined, maxBodyBytes, requestId);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
