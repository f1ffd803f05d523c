import type { PlatformCertificate } from './trust/certificate-list.js';
import { fetchCertificates } from './trust/certificates.js';
import { stateOf } from './client.js';
import { ConfigError } from './errors/config-error.js';

/** What {@link downloadCertificates} found. */
export interface DownloadedCertificates {
  /** `public-key` when WeChat Pay answered `404 RESOURCE_NOT_EXISTS`: the merchant has a WeChat Pay public key instead. */
  mode: 'certificate' | 'public-key';
  /** Decrypted and verified platform certificates (empty in public-key mode). */
  certificates: PlatformCertificate[];
}

/**
 * Download `GET /v3/certificates` once with a client's identity and APIv3 key: every certificate
 * decrypted (AES-256-GCM, tag checked) and the response verified, with an already trusted key or
 * the certificate it names (bootstrap). Does not change what the client trusts. For tools (the
 * `wechatpay-chain certificates` command) and for merchants who pin certificates in `certs`.
 *
 * @example
 * ```ts
 * const { certificates } = await downloadCertificates(new Wechatpay({ mchid, serial, privateKey, apiv3Key }));
 * for (const c of certificates) await writeFile(`wechatpay_${c.serial}.pem`, c.pem);
 * ```
 */
export async function downloadCertificates(wxpay: object): Promise<DownloadedCertificates> {
  const state = stateOf(wxpay);
  if (!state.apiv3Key) throw new ConfigError('apiv3Key', 'is required to download platform certificates: it decrypts them');
  const result = await fetchCertificates({ ...state, apiv3Key: state.apiv3Key });
  return { mode: result.mode, certificates: result.certificates };
}

/**
 * Download the platform certificates into a client's trust store now (or load a fresher copy from
 * its shared storage), instead of on first use: call it at start-up to fail fast on a wrong APIv3
 * key. Rejects with the download's error (e.g. a `CertificateError`); what was trusted before
 * stays trusted. Needs automatic platform certificates (`apiv3Key`, see `platformCertificates`).
 *
 * @example
 * ```ts
 * const wxpay = new Wechatpay({ mchid, merchantCertificate, privateKey, apiv3Key });
 * await refreshCertificates(wxpay); // before accepting traffic
 * ```
 */
export async function refreshCertificates(wxpay: object): Promise<{ mode: 'certificate' | 'public-key'; serials: string[] }> {
  const { trust } = stateOf(wxpay);
  if (!trust.managed) throw new ConfigError('platformCertificates', 'platform certificates are not downloaded by this client: give `apiv3Key` (and leave out `certs`, or set `platformCertificates: true`)');
  await trust.refresh();
  return { mode: trust.mode!, serials: trust.serials };
}
