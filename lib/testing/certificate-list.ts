import { X509Certificate } from 'node:crypto';
import { createNonce } from '../auth/crypto.js';
import { encryptAesGcm } from '../platform/node/crypto.js';
import type { CertificateListEntry } from '../trust/certificate-list.js';
import type { TestPlatform } from './keys.js';

/** The body `GET /v3/certificates` answers with: every platform certificate, encrypted with the APIv3 key. */
export function fakeCertificateList(platforms: readonly TestPlatform[], apiv3Key: string): { data: CertificateListEntry[] } {
  return {
    data: platforms.flatMap((platform) => {
      if (!platform.certificate) return [];
      const nonce = createNonce(12);
      const validity = certificateValidity(platform.certificate);
      return [{
        serial_no: platform.serial,
        effective_time: validity.effective,
        expire_time: validity.expire,
        encrypt_certificate: {
          algorithm: 'AEAD_AES_256_GCM',
          nonce,
          associated_data: 'certificate',
          ciphertext: encryptAesGcm(platform.certificate, Buffer.from(apiv3Key), nonce, 'certificate'),
        },
      }];
    }),
  };
}

function certificateValidity(pem: string): { effective: string; expire: string } {
  const cert = new X509Certificate(pem);
  return { effective: beijingTime(new Date(cert.validFrom)), expire: beijingTime(new Date(cert.validTo)) };
}

/** RFC 3339 in UTC+8, as WeChat Pay writes times: `2018-06-08T10:34:56+08:00`. */
function beijingTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
