import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Wechatpay } from '../client.js';
import { downloadCertificates } from '../certificate-tools.js';
import { ApiError } from '../errors/api-error.js';
import { CertificateError } from '../errors/certificate-error.js';
import { ConfigError } from '../errors/config-error.js';
import { NetworkError } from '../errors/network-error.js';

/** Exit codes of the `wechatpay-chain` command. */
export const EXIT = {
  ok: 0,
  /** Anything unexpected. */
  failure: 1,
  /** Wrong or missing command-line options. */
  usage: 2,
  /** A key, certificate or APIv3 key that cannot be read or is malformed. */
  config: 3,
  /** WeChat Pay refused the request (e.g. SIGN_ERROR) or could not be reached. */
  request: 4,
  /** The certificates did not decrypt or the response did not verify: nothing was written. */
  refused: 5,
  /** The merchant has no platform certificates (public-key mode): nothing to write. */
  publicKeyMode: 6,
} as const;

const USAGE = `Usage: wechatpay-chain certificates [options]

Download the WeChat Pay platform certificates (GET /v3/certificates), decrypt them with the
APIv3 key, verify the response, and write each one to <output>/wechatpay_<serial>.pem.

Options:
  --mchid <id>                    merchant ID (商户号)                  [env WECHATPAY_MCHID]
  --private-key <file>            merchant API private key, apiclient_key.pem
  --merchant-certificate <file>   merchant API certificate, apiclient_cert.pem (gives the serial)
  --serial <hex>                  merchant certificate serial, if no --merchant-certificate
  --apiv3-key-file <file>         file holding the 32-character APIv3 key [env WECHATPAY_APIV3_KEY]
  --output <dir>                  directory for the PEM files (created if missing; default .)
  --base-url <url>                default https://api.mch.weixin.qq.com/
  -h, --help                      this text

The APIv3 key is not accepted as an argument: command lines are visible to other users (ps)
and kept in shell history.

Exit codes: 0 written, 2 usage, 3 unreadable or malformed key, 4 request refused or network,
5 certificates refused (wrong APIv3 key, tampered or unverifiable), 6 public-key-mode merchant
(no platform certificates: use the WeChat Pay public key instead), 1 anything else.
`;

/** Where the command writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Run `wechatpay-chain <args>`; resolves to the exit code (never throws, never exits the process). */
export async function main(args: string[], io: CliIO = defaultIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mchid: { type: 'string' },
        'private-key': { type: 'string' },
        'merchant-certificate': { type: 'string' },
        serial: { type: 'string' },
        'apiv3-key-file': { type: 'string' },
        output: { type: 'string', default: '.' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`wechatpay-chain: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals[0] !== 'certificates' || positionals.length > 1) {
    io.stderr(`wechatpay-chain: ${unexpected(positionals)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const mchid = values.mchid ?? io.env.WECHATPAY_MCHID;
  const missing = [!mchid && '--mchid', !values['private-key'] && '--private-key', !values.serial && !values['merchant-certificate'] && '--merchant-certificate or --serial'].filter(Boolean);
  if (missing.length) {
    io.stderr(`wechatpay-chain certificates: missing ${missing.join(', ')}\n\n${USAGE}`);
    return EXIT.usage;
  }

  try {
    const apiv3Key = values['apiv3-key-file'] !== undefined ? readFile(values['apiv3-key-file'], 'apiv3Key', '--apiv3-key-file').toString('utf8').trim() : io.env.WECHATPAY_APIV3_KEY;
    if (!apiv3Key) throw new ConfigError('apiv3Key', 'give --apiv3-key-file <file> or set WECHATPAY_APIV3_KEY');
    const wxpay = new Wechatpay({
      mchid: mchid!,
      serial: values.serial,
      privateKey: readFile(values['private-key']!, 'privateKey', '--private-key'),
      merchantCertificate: values['merchant-certificate'] === undefined ? undefined : readFile(values['merchant-certificate'], 'merchantCertificate', '--merchant-certificate'),
      apiv3Key,
      baseURL: values['base-url'],
    });
    const { mode, certificates } = await downloadCertificates(wxpay);
    if (mode === 'public-key') {
      io.stderr(
        'wechatpay-chain certificates: GET /v3/certificates answered 404 RESOURCE_NOT_EXISTS: this merchant has no platform certificates ' +
          'and uses a WeChat Pay public key instead. Download it (pub_key.pem) and its ID (PUB_KEY_ID_…) from the merchant platform ' +
          '(商户平台 → 账户中心 → API安全) and configure certs: { [PUB_KEY_ID]: pub_key.pem }.\n',
      );
      return EXIT.publicKeyMode;
    }
    const output = resolve(values.output!);
    mkdirSync(output, { recursive: true });
    for (const certificate of certificates) {
      const path = join(output, `wechatpay_${certificate.serial}.pem`);
      writeFileSync(path, certificate.pem);
      io.stdout(`${certificate.serial}  valid ${certificate.validFrom.toISOString()} → ${certificate.validTo.toISOString()}  ${path}\n`);
    }
    io.stdout(`${certificates.length} certificate${certificates.length === 1 ? '' : 's'} verified and written to ${output}\n`);
    return EXIT.ok;
  } catch (error) {
    const message = (error as Error).message;
    if (ConfigError.is(error)) {
      io.stderr(`wechatpay-chain certificates: ${message}\n`);
      return EXIT.config;
    }
    if (CertificateError.is(error)) {
      io.stderr(`wechatpay-chain certificates: ${message}\nNothing was written.\n`);
      return EXIT.refused;
    }
    if (ApiError.is(error) || NetworkError.is(error)) {
      io.stderr(`wechatpay-chain certificates: ${message}\n`);
      return EXIT.request;
    }
    io.stderr(`wechatpay-chain certificates: unexpected failure: ${message}\n`);
    return EXIT.failure;
  }
}

/**
 * Read a file named on the command line; the error names the config option and the flag. The path
 * is quoted only where it cannot be the secret itself, typed where its file was expected
 * (`--apiv3-key-file "$WECHATPAY_APIV3_KEY"`, `--private-key "$(cat apiclient_key.pem)"`): the
 * output of a command often ends up in CI logs.
 */
function readFile(path: string, option: string, flag: string): Buffer {
  try {
    return readFileSync(resolve(path));
  } catch (error) {
    const shown = option === 'apiv3Key' || /-----BEGIN|\n/.test(path) ? `the ${flag} file (its name is not shown: it may be the key itself)` : path;
    throw new ConfigError(option, `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'read failed'}`);
  }
}

/** Why the positional arguments are not `certificates`; echoes only what looks like a command word, never a stray value (a key pasted in the wrong place). */
function unexpected(positionals: string[]): string {
  const [first] = positionals;
  if (first === undefined) return 'no command given';
  if (first === 'certificates') return `unexpected argument${positionals.length > 2 ? 's' : ''} after "certificates" (options are --name value)`;
  return /^[a-z][a-z-]{0,30}$/.test(first) ? `unknown command "${first}"` : 'unknown command';
}
