/** The text of one named field of a multipart/form-data body, enough for the fake to check `meta`. */
export function multipartField(body: Buffer, contentType: string, name: string): string | undefined {
  return multipartTextFields(body, contentType)[name];
}

/** Every text part (no `filename`) of a multipart/form-data body, by name: an APIv2 upload's fields. */
export function multipartTextFields(body: Buffer, contentType: string): Record<string, string> {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const fields: Record<string, string> = {};
  if (!boundary) return fields;
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined || /filename=/i.test(head)) continue;
    fields[name] = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
  }
  return fields;
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
