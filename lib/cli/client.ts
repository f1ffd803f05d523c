import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Wechatpay } from '../client.js';
import { ConfigError } from '../errors/config-error.js';

/** The flags and environment every command is configured from. */
export interface ClientFlags {
  mchid?: string;
  'private-key'?: string;
  'merchant-certificate'?: string;
  serial?: string;
  'apiv3-key-file'?: string;
  'public-key'?: string;
  'public-key-id'?: string;
  'base-url'?: string;
}

/** The options that configure the client, for parseArgs. */
export const CLIENT_OPTIONS = {
  mchid: { type: 'string' },
  'private-key': { type: 'string' },
  'merchant-certificate': { type: 'string' },
  serial: { type: 'string' },
  'apiv3-key-file': { type: 'string' },
  'public-key': { type: 'string' },
  'public-key-id': { type: 'string' },
  'base-url': { type: 'string' },
} as const;

/** The flags that are missing for any command (none when the list is empty). */
export function missingFlags(flags: ClientFlags, env: Record<string, string | undefined>): string[] {
  const mchid = flags.mchid ?? env.WECHATPAY_MCHID;
  return [!mchid && '--mchid', !flags['private-key'] && '--private-key', !flags.serial && !flags['merchant-certificate'] && '--merchant-certificate or --serial'].filter((flag): flag is string => typeof flag === 'string');
}

/** The APIv3 key from --apiv3-key-file or WECHATPAY_APIV3_KEY (never from an argument), if any. */
export function apiv3KeyFrom(flags: ClientFlags, env: Record<string, string | undefined>): string | undefined {
  return flags['apiv3-key-file'] !== undefined ? readFile(flags['apiv3-key-file'], 'apiv3Key', '--apiv3-key-file').toString('utf8').trim() : env.WECHATPAY_APIV3_KEY || undefined;
}

/**
 * A client from the flags: the merchant identity, and the WeChat Pay key that verifies answers:
 * `--public-key` with `--public-key-id` (public-key mode), or platform certificates downloaded with
 * the APIv3 key.
 */
export function clientFrom(flags: ClientFlags, env: Record<string, string | undefined>, options: { needsApiv3Key: boolean }): Wechatpay {
  const apiv3Key = apiv3KeyFrom(flags, env);
  const publicKeyId = flags['public-key-id'] ?? env.WECHATPAY_PUBLIC_KEY_ID;
  const publicKey = flags['public-key'];
  if (publicKey !== undefined && !publicKeyId) throw new ConfigError('certs', '--public-key needs --public-key-id (PUB_KEY_ID_…) or WECHATPAY_PUBLIC_KEY_ID');
  if ((options.needsApiv3Key || publicKey === undefined) && !apiv3Key) throw new ConfigError('apiv3Key', 'give --apiv3-key-file <file> or set WECHATPAY_APIV3_KEY (or, for a public-key-mode merchant, --public-key and --public-key-id)');
  return new Wechatpay({
    mchid: (flags.mchid ?? env.WECHATPAY_MCHID)!,
    serial: flags.serial,
    privateKey: readFile(flags['private-key']!, 'privateKey', '--private-key'),
    merchantCertificate: flags['merchant-certificate'] === undefined ? undefined : readFile(flags['merchant-certificate'], 'merchantCertificate', '--merchant-certificate'),
    apiv3Key,
    certs: publicKey === undefined ? undefined : { [publicKeyId!]: readFile(publicKey, 'certs', '--public-key') },
    baseURL: flags['base-url'],
  });
}

/**
 * Read a file named on the command line; the error names the config option and the flag. The path
 * is quoted only where it cannot be the secret itself, typed where its file was expected
 * (`--apiv3-key-file "$WECHATPAY_APIV3_KEY"`, `--private-key "$(cat apiclient_key.pem)"`): the
 * output of a command often ends up in CI logs.
 */
export function readFile(path: string, option: string, flag: string): Buffer {
  try {
    return readFileSync(resolve(path));
  } catch (error) {
    const shown = option === 'apiv3Key' || /-----BEGIN|\n/.test(path) ? `the ${flag} file (its name is not shown: it may be the key itself)` : path;
    throw new ConfigError(option, `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'read failed'}`);
  }
}
