import { parseArgs } from 'node:util';
import { billCommand, billUsageProblem } from './bill.js';
import { certificatesCommand } from './certificates.js';
import { CLIENT_OPTIONS, clientFrom, missingFlags } from './client.js';
import { EXIT, failureOf } from './exit.js';
import type { CliIO } from './io.js';
import { uploadCommand, uploadUsageProblem } from './upload.js';

export { EXIT } from './exit.js';
export type { CliIO } from './io.js';

const USAGE = `Usage: wechatpay-chain certificates [options] [--output <dir>]
       wechatpay-chain bill --date YYYY-MM-DD [--type ALL|SUCCESS|REFUND] [--fundflow [--account BASIC|OPERATION|FEES]] [--gzip] --out <file> [options]
       wechatpay-chain upload <file> [--kind media|video|complaint|marketing] [options]

certificates  Download the WeChat Pay platform certificates (GET /v3/certificates), decrypt them with
              the APIv3 key, verify the response, and write each one to <output>/wechatpay_<serial>.pem.
bill          Download the day's trade bill (or, with --fundflow, fund flow bill) to <file>: streamed,
              gunzipped with --gzip, and checked against the SHA-1 of the signed answer; the file
              appears only once it verified. A progress bar is drawn on stderr when it is a terminal.
upload        Upload a file (v3/merchant/media/upload, or by --kind) and print its media_id.

Options:
  --mchid <id>                    merchant ID (商户号)                  [env WECHATPAY_MCHID]
  --private-key <file>            merchant API private key, apiclient_key.pem
  --merchant-certificate <file>   merchant API certificate, apiclient_cert.pem (gives the serial)
  --serial <hex>                  merchant certificate serial, if no --merchant-certificate
  --apiv3-key-file <file>         file holding the 32-character APIv3 key [env WECHATPAY_APIV3_KEY]
  --public-key <file>             WeChat Pay public key (pub_key.pem), for bill and upload in
  --public-key-id <id>            public-key mode, with its PUB_KEY_ID_…  [env WECHATPAY_PUBLIC_KEY_ID]
  --output <dir>                  certificates: directory for the PEM files (created if missing; default .)
  --base-url <url>                default https://api.mch.weixin.qq.com/
  -h, --help                      this text

The APIv3 key is not accepted as an argument: command lines are visible to other users (ps)
and kept in shell history.

Exit codes: 0 done, 2 usage (or a file refused before sending, e.g. over the upload limit),
3 unreadable or malformed key, 4 request refused by WeChat Pay or network, 5 response or
certificates did not verify (wrong APIv3 key, tampered or unverifiable), 6 public-key-mode merchant
(no platform certificates: use the WeChat Pay public key instead), 7 the bill failed its SHA-1
digest (or AES-GCM tag, or gzip) check: nothing written, 1 anything else.
`;

const COMMANDS = new Set(['certificates', 'bill', 'upload']);

const defaultIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  progress: process.stderr.isTTY === true,
};

/** Run `wechatpay-chain <args>`; resolves to the exit code (never throws, never exits the process). */
export async function main(args: string[], io: CliIO = defaultIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...CLIENT_OPTIONS,
        output: { type: 'string', default: '.' },
        date: { type: 'string' },
        type: { type: 'string' },
        fundflow: { type: 'boolean' },
        account: { type: 'string' },
        gzip: { type: 'boolean' },
        out: { type: 'string' },
        kind: { type: 'string' },
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
  const command = positionals[0];
  const operands = command === 'upload' ? 1 : 0;
  if (command === undefined || !COMMANDS.has(command) || positionals.length !== 1 + operands) {
    io.stderr(`wechatpay-chain: ${unexpected(positionals, operands)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const missing = missingFlags(values, io.env);
  const problem = missing.length ? `missing ${missing.join(', ')}` : command === 'bill' ? billUsageProblem(values) : command === 'upload' ? uploadUsageProblem(values.kind) : undefined;
  if (problem) {
    io.stderr(`wechatpay-chain ${command}: ${problem}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const wxpay = clientFrom(values, io.env, { needsApiv3Key: command === 'certificates' });
    if (command === 'certificates') return await certificatesCommand(wxpay, values.output!, io);
    if (command === 'bill') return await billCommand(wxpay, values, io);
    return await uploadCommand(wxpay, positionals[1]!, values.kind, io);
  } catch (error) {
    const { code, message } = failureOf(command, error);
    io.stderr(message);
    return code;
  }
}

/** Why the positional arguments are wrong; echoes only what looks like a command word, never a stray value (a key pasted in the wrong place). */
function unexpected(positionals: string[], operands: number): string {
  const [first] = positionals;
  if (first === undefined) return 'no command given';
  if (COMMANDS.has(first)) {
    if (positionals.length < 1 + operands) return `"${first}" needs a file`;
    return `unexpected argument${positionals.length > 2 + operands ? 's' : ''} after "${first}" (options are --name value)`;
  }
  return /^[a-z][a-z-]{0,30}$/.test(first) ? `unknown command "${first}"` : 'unknown command';
}
