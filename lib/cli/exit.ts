import { ApiError } from '../errors/api-error.js';
import { CertificateError } from '../errors/certificate-error.js';
import { ConfigError } from '../errors/config-error.js';
import { DownloadError } from '../errors/download-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ParameterError } from '../errors/parameter-error.js';
import { ResponseError } from '../errors/response-error.js';
import { SignatureError } from '../errors/signature-error.js';

/** Exit codes of the `wechatpay-chain` command. */
export const EXIT = {
  ok: 0,
  /** Anything unexpected. */
  failure: 1,
  /** Wrong or missing command-line options, or an input refused before anything was sent (a file over the upload limit). */
  usage: 2,
  /** A key, certificate or APIv3 key that cannot be read or is malformed. */
  config: 3,
  /** WeChat Pay refused the request (e.g. SIGN_ERROR, NO_STATEMENT_EXIST) or could not be reached. */
  request: 4,
  /** The certificates did not decrypt or the response did not verify: nothing was written. */
  refused: 5,
  /** The merchant has no platform certificates (public-key mode): nothing to write. */
  publicKeyMode: 6,
  /** A downloaded file failed its check (SHA-1 digest, AES-GCM tag, gzip) or was over --max-bytes: nothing was written. */
  integrity: 7,
} as const;

/** The exit code and message for a command's failure. */
export function failureOf(command: string, error: unknown): { code: number; message: string } {
  const message = (error as Error).message;
  const say = (code: number, text = message): { code: number; message: string } => ({ code, message: `wechatpay-chain ${command}: ${text}\n` });
  if (ConfigError.is(error)) return say(EXIT.config);
  if (ParameterError.is(error)) return say(EXIT.usage);
  if (CertificateError.is(error) || SignatureError.is(error)) return say(EXIT.refused, `${message}\nNothing was written.`);
  if (DownloadError.is(error)) return say(EXIT.integrity, `${message}\nNothing was written.`);
  if (ApiError.is(error) || NetworkError.is(error) || ResponseError.is(error)) return say(EXIT.request);
  return say(EXIT.failure, `unexpected failure: ${message}`);
}
