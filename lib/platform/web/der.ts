import { fromBase64 } from '../../bytes.js';

/**
 * The little of ASN.1 DER that RSA keys and X.509 certificates need where node:crypto is missing:
 * read PKCS#8, PKCS#1 and SPKI keys and a certificate's serial, validity and public key, and wrap
 * PKCS#1 keys into the PKCS#8/SPKI forms WebCrypto imports. Every read is bounds-checked; anything
 * unexpected throws a plain Error (the caller words it, never quoting the input).
 */

interface Element {
  tag: number;
  /** Offset of the content. */
  body: number;
  /** Offset just past the content. */
  end: number;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const RSA_ENCRYPTION = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);
const RSA_ALGORITHM = Uint8Array.of(SEQUENCE, 0x0d, ...RSA_ENCRYPTION, 0x05, 0x00);

function read(bytes: Uint8Array, offset: number, limit = bytes.length): Element {
  if (offset + 2 > limit) throw new Error('truncated DER');
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let body = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || body + count > limit) throw new Error('bad DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[body + i]!;
    body += count;
  }
  const end = body + length;
  if (end > limit) throw new Error('truncated DER');
  return { tag, body, end };
}

/** The elements inside a constructed element, each checked to be of `tags` in order where given. */
function children(bytes: Uint8Array, parent: Element, tags: ReadonlyArray<number | undefined> = []): Element[] {
  const out: Element[] = [];
  for (let offset = parent.body; offset < parent.end; ) {
    const child = read(bytes, offset, parent.end);
    const expected = tags[out.length];
    if (expected !== undefined && child.tag !== expected) throw new Error('unexpected DER structure');
    out.push(child);
    offset = child.end;
  }
  if (out.length < tags.length) throw new Error('unexpected DER structure');
  return out;
}

function top(bytes: Uint8Array): Element {
  const element = read(bytes, 0);
  if (element.tag !== SEQUENCE || element.end !== bytes.length) throw new Error('not a DER SEQUENCE');
  return element;
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array([tag, ...encodeLength(length)].length + length);
  const head = [tag, ...encodeLength(length)];
  out.set(head);
  let offset = head.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function isRsaAlgorithm(bytes: Uint8Array, algorithm: Element): boolean {
  const [oid] = children(bytes, algorithm);
  if (!oid) return false;
  const value = bytes.subarray(oid.body - 2, oid.end);
  return value.length === RSA_ENCRYPTION.length && value.every((b, i) => b === RSA_ENCRYPTION[i]);
}

/** Bits of an unsigned big-endian INTEGER's value. */
function bitLength(bytes: Uint8Array, integer: Element): number {
  let start = integer.body;
  while (start < integer.end - 1 && bytes[start] === 0) start++;
  const first = bytes[start] ?? 0;
  return (integer.end - start - 1) * 8 + (first === 0 ? 0 : 32 - Math.clz32(first));
}

/** The DER of every PEM block labelled `label` (first one), or undefined when there is none. */
export function pemBlock(text: string, labels: readonly string[]): { label: string; der: Uint8Array } | undefined {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match || !labels.includes(match[1]!)) return undefined;
  return { label: match[1]!, der: fromBase64(match[2]!) };
}

/** A PKCS#8 RSA private key: its modulus length, checked structurally. */
export function pkcs8Modulus(der: Uint8Array): number {
  const [, algorithm, key] = children(der, top(der), [INTEGER, SEQUENCE, OCTET_STRING]);
  if (!isRsaAlgorithm(der, algorithm!)) throw new Error('not an RSA key');
  const inner = der.subarray(key!.body, key!.end);
  const [, modulus] = children(inner, top(inner), [INTEGER, INTEGER, INTEGER, INTEGER, INTEGER]);
  return bitLength(inner, modulus!);
}

/** An SPKI RSA public key: its modulus length, checked structurally. */
export function spkiModulus(der: Uint8Array): number {
  const [algorithm, bits] = children(der, top(der), [SEQUENCE, BIT_STRING]);
  if (!isRsaAlgorithm(der, algorithm!)) throw new Error('not an RSA key');
  const inner = der.subarray(bits!.body + 1, bits!.end);
  const [modulus] = children(inner, top(inner), [INTEGER, INTEGER]);
  return bitLength(inner, modulus!);
}

/** PKCS#1 RSAPrivateKey → PKCS#8. */
export function pkcs1PrivateToPkcs8(der: Uint8Array): Uint8Array {
  children(der, top(der), [INTEGER, INTEGER, INTEGER, INTEGER, INTEGER]);
  return tlv(SEQUENCE, Uint8Array.of(INTEGER, 1, 0), RSA_ALGORITHM, tlv(OCTET_STRING, der));
}

/** PKCS#1 RSAPublicKey → SPKI. */
export function pkcs1PublicToSpki(der: Uint8Array): Uint8Array {
  children(der, top(der), [INTEGER, INTEGER]);
  return tlv(SEQUENCE, RSA_ALGORITHM, tlv(BIT_STRING, Uint8Array.of(0), der));
}

/** The SPKI of a PKCS#8 RSA private key's public half (modulus and public exponent). */
export function publicOfPkcs8(der: Uint8Array): Uint8Array {
  const [, , key] = children(der, top(der), [INTEGER, SEQUENCE, OCTET_STRING]);
  const inner = der.subarray(key!.body, key!.end);
  const [, modulus, exponent] = children(inner, top(inner), [INTEGER, INTEGER, INTEGER]);
  return pkcs1PublicToSpki(tlv(SEQUENCE, inner.subarray(modulus!.body - headerLength(inner, modulus!), modulus!.end), inner.subarray(exponent!.body - headerLength(inner, exponent!), exponent!.end)));
}

function headerLength(bytes: Uint8Array, element: Element): number {
  // Walk back over the length octets to the tag: the body starts after tag + length.
  for (let size = 2; size <= 6; size++) {
    const candidate = read(bytes, element.body - size);
    if (candidate.body === element.body && candidate.end === element.end) return size;
  }
  throw new Error('bad DER');
}

function time(bytes: Uint8Array, element: Element): Date {
  const text = String.fromCharCode(...bytes.subarray(element.body, element.end));
  const match = (element.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/ : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/).exec(text);
  if (!match) throw new Error('bad certificate time');
  let year = Number(match[1]);
  if (element.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6])));
}

/** An X.509 certificate's serial (hex, upper case, as OpenSSL prints it), validity and SPKI. */
export function certificateFields(der: Uint8Array): { serialNumber: string; validFrom: Date; validTo: Date; spki: Uint8Array } {
  const [tbs] = children(der, top(der), [SEQUENCE, SEQUENCE, BIT_STRING]);
  const fields = children(der, tbs!);
  const versioned = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[versioned];
  const validity = fields[versioned + 3];
  const spki = fields[versioned + 5];
  if (serial?.tag !== INTEGER || validity?.tag !== SEQUENCE || spki?.tag !== SEQUENCE) throw new Error('not an X.509 certificate');
  let start = serial.body;
  while (start < serial.end - 1 && der[start] === 0) start++;
  let serialNumber = '';
  for (let i = start; i < serial.end; i++) serialNumber += der[i]!.toString(16).padStart(2, '0');
  const [from, to] = children(der, validity);
  if (!from || !to) throw new Error('not an X.509 certificate');
  return { serialNumber: serialNumber.toUpperCase(), validFrom: time(der, from), validTo: time(der, to), spki: der.slice(spki.body - headerLength(der, spki), spki.end) };
}
