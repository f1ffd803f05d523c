/** The text of one named field of a multipart/form-data body, enough for the fake to check `meta`. */
export function multipartField(body: Buffer, contentType: string, name: string): string | undefined {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return undefined;
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!new RegExp(`name="${name}"`, 'i').test(head)) continue;
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    return Buffer.from(content, 'latin1').toString('utf8');
  }
  return undefined;
}

/** One part of a multipart/form-data body, its content as bytes. */
export interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  content: Buffer;
}

/** Every part of a multipart/form-data body (enough for the fake to check uploads). */
export function multipartParts(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return [];
  const parts: MultipartPart[] = [];
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = Buffer.from(part.slice(0, split), 'latin1').toString('utf8');
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    parts.push({
      name,
      filename: /filename="([^"]*)"/i.exec(head)?.[1],
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1],
      content: Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1'),
    });
  }
  return parts;
}
