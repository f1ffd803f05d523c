import type { CertificateDownload, CertificateListEntry, PlatformCertificate } from './certificate-list.js';
import type { CertificateStorage } from './storage.js';

/** How a trust store downloads and opens platform certificates (wired by the client to `GET /v3/certificates`). */
export interface CertificateSource {
  mchid: string;
  download(): Promise<CertificateDownload>;
  /** Decrypt stored entries (AES-GCM authenticated, in a promise: WebCrypto answers in one); rejects when they do not open. */
  open(data: CertificateListEntry[]): Promise<PlatformCertificate[]>;
  storage: CertificateStorage;
  /** Scheduled refresh period in milliseconds. */
  refreshIntervalMs: number;
}
