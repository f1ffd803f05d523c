import type { Readable } from 'node:stream';

/** What the fake WeChat Pay receives, answers and how it signs: shared by the fake, its servers and its notifications. */

/** A request as the fake received it. */
export interface FakeRequest {
  method: string;
  /** Path and query exactly as received, e.g. `/v3/certificates?algorithm_type=RSA`. */
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Buffer;
  /**
   * Present when the fake's HTTPS server received the request: the client certificate presented in
   * the TLS handshake (DER), if any. Absent over plain HTTP and msw, where the fake cannot tell.
   */
  tls?: { clientCertificate: Buffer | undefined };
}

/** A request that matched a route, handed to its handler. */
export interface FakeContext extends FakeRequest {
  /** Decoded path values by placeholder name. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, when there is one. */
  json: unknown;
  /** The `Authorization` pairs the fake verified (mchid, serial_no, nonce_str, timestamp, signature); empty for APIv2. */
  authorization: Record<string, string>;
  /** APIv2: the request's XML fields, its `sign` verified. */
  xml?: Record<string, string>;
}

/**
 * How the fake signs a reply. The default is a valid signature; the others let a test check that the
 * client rejects what it must.
 */
export type SignMode =
  | 'valid'
  /** No Wechatpay-* headers at all (as gateway error pages and file downloads). */
  | 'unsigned'
  /** Sign, then change one byte of the body. */
  | 'tamper-body'
  /** A well-formed signature over other bytes. */
  | 'forge-signature'
  /** A `WECHATPAY/SIGNTEST/` probe signature. */
  | 'probe'
  | { skewSeconds: number }
  | { serial: string }
  | { omitHeader: 'Wechatpay-Timestamp' | 'Wechatpay-Nonce' | 'Wechatpay-Signature' | 'Wechatpay-Serial' };

/** What a handler returns: a reply, or a plain value that becomes a 200 JSON body (`undefined`: 204). */
export interface FakeReply {
  status?: number;
  json?: unknown;
  /**
   * A raw body (instead of `json`). A stream (a file download) is sent as it flows: it is never
   * signed as a body, so give it with `sign: 'unsigned'` or a `signedBody`.
   */
  body?: string | Buffer | Readable;
  /** Sign these bytes in place of the body, as WeChat Pay signs `{"sha1":"…"}` for a statement. */
  signedBody?: string | Buffer;
  headers?: Record<string, string>;
  sign?: SignMode;
  /**
   * APIv2: the answer's fields; the fake adds `return_code`/`return_msg`/`result_code` (SUCCESS),
   * `nonce_str` and the `sign` (unless the operation answers unsigned, or `sign` says otherwise).
   */
  xml?: Record<string, string>;
}

export type FakeHandler = (context: FakeContext) => FakeReply | unknown | Promise<FakeReply | unknown>;

/** A response from the fake, ready to be written by an adapter. */
export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** A file download's body, sent as it flows in place of `body` (which is then empty); see `FakeReply.body`. */
  stream?: Readable;
}
