import { createSign, randomBytes, type KeyObject } from 'node:crypto';

/** What goes into a test certificate. */
export interface TestCertificateOptions {
  /** The certified public key. */
  publicKey: KeyObject;
  /** The key that signs the certificate (the issuer's); the certificate is self-signed when it is the subject's own. */
  signingKey: KeyObject;
  /** Hex serial number; must not start with 8–F (kept positive without a sign byte). @default 40 random hex digits */
  serial?: string;
  /** Subject common name. @default 'Tenpay.com Root CA' */
  subject?: string;
  /** Issuer common name. @default 'Tenpay.com Root CA' */
  issuer?: string;
  /** @default now − 1 day */
  notBefore?: Date;
  /** @default notBefore + 5 years */
  notAfter?: Date;
  /** A CA certificate (basicConstraints CA:TRUE, keyCertSign), e.g. the testing kit's TLS root. */
  ca?: boolean;
  /** subjectAltName entries, for a TLS server certificate: DNS names and IPv4 addresses. */
  altNames?: { dns?: string[]; ip?: string[] };
}

/** A random 40-hex-digit certificate serial as WeChat Pay issues them, positive in DER without padding. */
export function randomSerial(): string {
  const bytes = randomBytes(20);
  bytes[0] = (bytes[0]! & 0x6f) | 0x10;
  return bytes.toString('hex').toUpperCase();
}

/**
 * A minimal X.509 v3 certificate (SHA256withRSA; extensions only for a CA or a TLS server) as PEM. Hand-encoded DER so that the
 * testing kit needs no certificate library at run time; `crypto.X509Certificate` and @peculiar/x509
 * both parse it (a test pins that).
 */
export function createTestCertificate(options: TestCertificateOptions): string {
  const serial = options.serial ?? randomSerial();
  if (!/^[0-7][0-9A-Fa-f]*$/.test(serial) || serial.length % 2 !== 0) throw new Error('serial must be an even number of hex digits starting with 0-7');
  const notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 5 * 365 * 86_400_000);
  const sha256WithRsa = sequence(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]));
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))), // [0] EXPLICIT version v3
    tlv(0x02, Buffer.from(serial, 'hex')),
    sha256WithRsa,
    name(options.issuer ?? 'Tenpay.com Root CA'),
    sequence(time(notBefore), time(notAfter)),
    name(options.subject ?? 'Tenpay.com Root CA'),
    options.publicKey.export({ type: 'spki', format: 'der' }),
    ...extensions(options),
  );
  const signature = createSign('RSA-SHA256').update(tbs).sign(options.signingKey);
  const der = sequence(tbs, sha256WithRsa, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const lines = der.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`;
}

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : n < 0x10000 ? Buffer.from([0x82, n >> 8, n & 0xff]) : Buffer.from([0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

function sequence(...parts: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(parts));
}

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first! * 40 + second!];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function name(commonName: string): Buffer {
  // One RDN: CN as a UTF8String.
  return sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  const year = date.getUTCFullYear();
  // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

/** `[3] EXPLICIT Extensions`: basicConstraints and keyUsage for a CA, subjectAltName for a server; none otherwise. */
function extensions(options: TestCertificateOptions): Buffer[] {
  const list: Buffer[] = [];
  const critical = tlv(0x01, Buffer.from([0xff]));
  if (options.ca) {
    list.push(sequence(oid('2.5.29.19'), critical, tlv(0x04, sequence(tlv(0x01, Buffer.from([0xff]))))));
    // keyCertSign (bit 5) and cRLSign (bit 6): BIT STRING with 1 unused bit.
    list.push(sequence(oid('2.5.29.15'), critical, tlv(0x04, tlv(0x03, Buffer.from([0x01, 0x06])))));
  }
  const names = [
    ...(options.altNames?.dns ?? []).map((dns) => tlv(0x82, Buffer.from(dns, 'ascii'))),
    ...(options.altNames?.ip ?? []).map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))),
  ];
  if (names.length) list.push(sequence(oid('2.5.29.17'), tlv(0x04, sequence(...names))));
  return list.length ? [tlv(0xa3, sequence(...list))] : [];
}
