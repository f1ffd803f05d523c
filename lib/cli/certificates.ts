import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadCertificates } from '../certificate-tools.js';
import type { Wechatpay } from '../client.js';
import { EXIT } from './exit.js';
import type { CliIO } from './io.js';

/** `wechatpay-chain certificates`: download, decrypt, verify and write the platform certificates. */
export async function certificatesCommand(wxpay: Wechatpay, output: string, io: CliIO): Promise<number> {
  const { mode, certificates } = await downloadCertificates(wxpay);
  if (mode === 'public-key') {
    io.stderr(
      'wechatpay-chain certificates: GET /v3/certificates answered 404 RESOURCE_NOT_EXISTS: this merchant has no platform certificates ' +
        'and uses a WeChat Pay public key instead. Download it (pub_key.pem) and its ID (PUB_KEY_ID_…) from the merchant platform ' +
        '(商户平台 → 账户中心 → API安全) and configure certs: { [PUB_KEY_ID]: pub_key.pem }.\n',
    );
    return EXIT.publicKeyMode;
  }
  const directory = resolve(output);
  mkdirSync(directory, { recursive: true });
  for (const certificate of certificates) {
    const path = join(directory, `wechatpay_${certificate.serial}.pem`);
    writeFileSync(path, certificate.pem);
    io.stdout(`${certificate.serial}  valid ${certificate.validFrom.toISOString()} → ${certificate.validTo.toISOString()}  ${path}\n`);
  }
  io.stdout(`${certificates.length} certificate${certificates.length === 1 ? '' : 's'} verified and written to ${directory}\n`);
  return EXIT.ok;
}
