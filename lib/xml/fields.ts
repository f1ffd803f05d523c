/**
 * What the APIv2 paths need of XML before a document is parsed, without the parser: its types, the
 * refusal, and whether bytes are XML at all. lib/xml/parse.ts (fast-xml-parser, tens of milliseconds
 * to load) is imported when the first APIv2 answer or notification arrives, not when the package is.
 */

/** A parsed APIv2 field: text, or (for the few answers that nest elements) the fields inside, or repeated ones. */
export type XmlValue = string | XmlFields | XmlValue[];
/** The fields of an APIv2 XML document, by element name: plain objects of strings. */
export interface XmlFields {
  [name: string]: XmlValue;
}

/** The largest XML document parsed, in bytes: APIv2 answers and notifications are a few KB. */
export const MAX_XML_BYTES = 1024 * 1024;

/** Why a document was not parsed. */
export type XmlProblem = 'too-large' | 'doctype' | 'malformed';

/** An XML document was refused; `problem` says why. The message never quotes the document. */
export class XmlRefusedError extends Error {
  constructor(
    readonly problem: XmlProblem,
    message: string,
  ) {
    super(message);
    this.name = 'XmlRefusedError';
  }
}

/** Whether bytes are XML rather than JSON or a file: the first byte past blanks (and a UTF-8 BOM) is `<`. */
export function startsAsXml(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    return byte === 0x3c;
  }
  return false;
}

/** The text fields of a document (nested elements left out): what an APIv2 `sign` covers. */
export function textFields(fields: XmlFields): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (typeof value === 'string') text[name] = value;
  return text;
}

