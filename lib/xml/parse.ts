import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { utf8Bytes, utf8Text } from '../bytes.js';
import { MAX_XML_BYTES, XmlRefusedError, type XmlFields, type XmlValue } from './fields.js';

export { MAX_XML_BYTES, startsAsXml, textFields, XmlRefusedError, type XmlFields, type XmlProblem, type XmlValue } from './fields.js';

// Entities off (no DOCTYPE entity can expand; the five XML ones and character references are decoded
// below), values as text, CDATA apart so that its text is never entity-decoded.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  maxNestedTags: 16,
});

const CDATA = '#cdata';
const TEXT = '#text';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Parse an APIv2 document (`<xml>…</xml>`; a refund notification's `req_info` has `<root>`) into plain objects of strings. Refuses, before parsing,
 * a document over `maxBytes` and any DOCTYPE or ENTITY declaration (entity-expansion bombs, external
 * entities), then anything that is not well-formed XML with the single root `xml`.
 */
export function parseXml(input: string | Uint8Array, maxBytes = MAX_XML_BYTES, rootName = 'xml'): XmlFields {
  const size = typeof input === 'string' ? utf8Bytes(input).byteLength : input.byteLength;
  if (size > maxBytes) throw new XmlRefusedError('too-large', `the XML is ${size} bytes, over the ${maxBytes}-byte limit`);
  const text = typeof input === 'string' ? input : utf8Text(input);
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) throw new XmlRefusedError('doctype', 'the XML declares a DOCTYPE or ENTITY, which APIv2 never sends: refused outright');
  if (XMLValidator.validate(text) !== true) throw new XmlRefusedError('malformed', 'the body is not well-formed XML');
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text) as Record<string, unknown>;
  } catch {
    throw new XmlRefusedError('malformed', 'the body is not well-formed XML');
  }
  const roots = Object.keys(document);
  if (roots.length !== 1 || roots[0] !== rootName) throw new XmlRefusedError('malformed', `the XML root element is not <${rootName}>`);
  const root = convert(document[rootName]);
  if (typeof root === 'string') {
    if (root.trim() !== '') throw new XmlRefusedError('malformed', 'the <xml> root holds text, not fields');
    return {};
  }
  if (Array.isArray(root)) throw new XmlRefusedError('malformed', 'the XML has more than one root');
  return root;
}

function convert(node: unknown): XmlValue {
  if (typeof node === 'string') return decodeText(node);
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== 'object' || node === null) return '';
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.every((key) => key === CDATA || key === TEXT)) {
    const cdata = record[CDATA];
    const text = typeof record[TEXT] === 'string' ? (record[TEXT] as string) : '';
    if (cdata === undefined) return decodeText(text);
    const sections = Array.isArray(cdata) ? cdata.map(String).join('') : String(cdata);
    return text.trim() === '' ? sections : decodeText(text) + sections;
  }
  const fields: XmlFields = {};
  for (const key of keys) {
    if (key === TEXT || key === CDATA) continue;
    // Own data properties only, whatever the name (an element called __proto__ stays a field).
    Object.defineProperty(fields, key, { value: convert(record[key]), enumerable: true, writable: true, configurable: true });
  }
  return fields;
}

function decodeText(text: string): string {
  return text.replace(/&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return PREDEFINED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

