import type { KeyObject } from 'node:crypto';
import type { AxiosRequestConfig } from 'axios';

/**
 * What each platform module provides (`#platform/crypto`, `#platform/http`): package.json `imports`
 * picks `lib/platform/node/` where the runtime resolves the `node` condition (Node, Bun, Deno) and
 * `lib/platform/web/` elsewhere (workerd, the Vercel edge runtime, browsers). Both implement these
 * types; `test/platform.test.ts` holds them to it.
 */

/**
 * An RSA key on runtimes without node:crypto: its DER (PKCS#8 for a private key, SPKI for a public
 * one), imported into WebCrypto once, on first use.
 */
export interface WebRsaKey {
  readonly type: 'public' | 'private';
  readonly asymmetricKeyType: 'rsa';
  /** PKCS#8 (private) or SPKI (public) DER. */
  readonly der: Uint8Array;
  readonly modulusLength: number;
}

/** A key as the platform holds it: a node:crypto `KeyObject` on Node, Bun and Deno; a {@link WebRsaKey} elsewhere. */
export type PlatformKey = KeyObject | WebRsaKey;

/** An X.509 certificate's parts that the client uses. */
export interface CertificateParts {
  /** Hex, upper case. */
  serialNumber: string;
  publicKey: PlatformKey;
  validFrom: Date;
  validTo: Date;
  /** The certificate, PEM. */
  pem: string;
}

export interface CryptoPlatform {
  /** Whether {@link CryptoPlatform.signSha256Rsa} answers synchronously. */
  readonly signsSynchronously: boolean;
  isKey(value: unknown): value is PlatformKey;
  keyType(key: PlatformKey): string;
  /** `rsa`, `ec` …; undefined when unknown. */
  asymmetricKeyType(key: PlatformKey): string | undefined;
  modulusLength(key: PlatformKey): number | undefined;
  /** Parse a private key: PEM text or DER of the given structure. Throws a plain Error. */
  privateKey(bytes: Uint8Array, format: 'pem' | 'pkcs8' | 'pkcs1'): PlatformKey;
  publicKey(bytes: Uint8Array, format: 'pem' | 'spki' | 'pkcs1'): PlatformKey;
  /** Parse an X.509 certificate, PEM or DER. Throws a plain Error. */
  certificate(bytes: Uint8Array): CertificateParts;
  publicKeyOf(privateKey: PlatformKey): PlatformKey;
  sameKey(a: PlatformKey, b: PlatformKey): boolean;
  /** The bytes of a `file://` URL; throws a plain Error whose message says why (no file system, ENOENT …). */
  readFile(url: string | URL): Uint8Array;
  signSha256Rsa(message: string | Uint8Array, privateKey: PlatformKey): string | Promise<string>;
  /** False, never a throw, for a malformed signature. */
  verifySha256Rsa(message: string | Uint8Array | ReadonlyArray<string | Uint8Array>, signature: string, publicKey: PlatformKey): boolean | Promise<boolean>;
  /** AES-256-GCM: `data` ends with the 16-byte tag. Throws when it does not authenticate. */
  decryptAesGcm(data: Uint8Array, key: Uint8Array, nonce: Uint8Array, associatedData: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** The inverse, base64 with the tag appended. */
  encryptAesGcm(plaintext: string, key: Uint8Array, nonce: string, associatedData?: string): string | Promise<string>;
  /** RSA-OAEP with SHA-1, base64. */
  encryptOaep(plaintext: Uint8Array, publicKey: PlatformKey): string | Promise<string>;
  /** RSA-OAEP with SHA-1 from base64, to bytes; throws on failure (the caller words the error). */
  decryptOaep(ciphertext: string, privateKey: PlatformKey): Uint8Array;
  /** MD5, lower-case hex: APIv2 signatures and the `req_info` key. Synchronous everywhere. */
  md5Hex(data: Uint8Array): string;
  /** HMAC-SHA256, lower-case hex: APIv2 signatures. Synchronous everywhere. */
  hmacSha256Hex(key: Uint8Array, data: Uint8Array): string;
  /** SHA-1, lower-case hex: a statement's body against its signed `Wechatpay-Statement-Sha1`. */
  sha1Hex(data: Uint8Array): string | Promise<string>;
  /** AES-256-ECB with PKCS#7 padding (APIv2 refund notifications' `req_info`). Throws (rejects) when the padding is wrong. */
  decryptAesEcb(data: Uint8Array, key: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** The options one attempt is sent with: an adapter, agents, a transport. */
export type AttemptConnection = Pick<AxiosRequestConfig, 'adapter' | 'httpAgent' | 'httpsAgent'> & { transport?: unknown };

export type { ConnectionOptions } from '../request/proxy-option.js';
import type { ConnectionOptions } from '../request/proxy-option.js';

/**
 * The TLS material of a client: on node:http, secure contexts (node:tls) for the CAs it trusts
 * beyond Node's (`ca`) and for its mutual-TLS identity; where fetch sends, neither exists.
 */
export interface TlsMaterial {
  /** For every `https:` connection when `ca` is given: Node's root certificates plus those. */
  trust: unknown;
  /** For the calls that need the merchant API certificate (mutual TLS): certificate, key and trust. */
  identity: unknown;
}

export interface TlsPlatform {
  /**
   * Read the `ca`, `pkcs12` and `pkcs12Passphrase` options and build the client's {@link TlsMaterial}
   * once; a `ConfigError` naming the option for a bad one, or for any where the runtime has no node:tls.
   */
  tlsMaterial(config: { ca?: unknown; pkcs12?: unknown; pkcs12Passphrase?: unknown }, merchant: { mchid: string; certificate: CertificateParts | undefined; privateKey: PlatformKey | undefined }): TlsMaterial;
  /** Why a call that needs mutual TLS cannot be sent on this runtime, or undefined where it can (given a certificate). */
  readonly mutualTlsProblem: string | undefined;
}

/** Streamed response bodies (a download that asked for `responseType: 'stream'`), where the runtime has them. */
export interface StreamSupport {
  /** Whether the adapter handed back a stream. */
  isStream(data: unknown): boolean;
  /** At most `limit` bytes of a stream, read whole (the rest dropped and the stream destroyed). */
  readBounded(stream: unknown, limit: number): Promise<{ body: Uint8Array; truncated: boolean }>;
  /** The stream of an unsigned 2xx download as the caller gets it: errors translated, a statement's SHA-1 checked. */
  downloadStream(raw: unknown, config: AxiosRequestConfig, path: string, sha1: string | undefined): unknown;
  /** A stream of bytes already read. */
  streamOf(body: Uint8Array): unknown;
  /** The first `count` bytes of a stream (fewer if it ends first), and a stream that still yields them. */
  peek(stream: unknown, count: number): Promise<{ head: Uint8Array; stream: unknown }>;
}

export interface HttpPlatform {
  /** `node/20.20.2`, `bun/1.4.5`, `deno/2.9.6`, `workerd`, `edge-runtime` …: for the User-Agent. */
  readonly runtime: string;
  /** Check a `proxy` option; the problem in words, or undefined. */
  proxyOptionProblem(value: unknown, agents: ConnectionOptions): string | undefined;
  /** Request body bytes in the form the adapter sends. */
  wireBytes(bytes: Uint8Array): Uint8Array;
  /** How a client's attempts connect; `mutual`: the call goes with the merchant certificate. In a promise while what it needs loads (Node: hpagent, for a proxy's first attempt). */
  Connections: new (client: ConnectionOptions, tls: TlsMaterial) => { attempt(url: string, call: ConnectionOptions, connectTimeout: number, mutual?: boolean): AttemptConnection | Promise<AttemptConnection> };
  /**
   * When `body` is a stream the adapter handed back (a download still arriving), call `done` once it
   * has ended or failed and answer true; otherwise answer false.
   */
  whenStreamEnds(body: unknown, done: () => void): boolean;
}

/** `#platform/stream`: streamed bodies; undefined where the runtime streams no download (web: `wxpay.download()` is refused). */
export interface StreamPlatform {
  readonly streams: StreamSupport | undefined;
}
