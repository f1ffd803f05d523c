import { webcrypto, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/**
 * A self-signed X.509 certificate for an RSA key pair, as WeChat Pay platform certificates are
 * (serial in hex, validity window), built with @peculiar/x509.
 */
export async function createCertificate(keys: { privateKey: KeyObject; publicKey: KeyObject }, options: { serial: string; notBefore?: Date; notAfter?: Date; subject?: string }): Promise<string> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const privateKey = await webcrypto.subtle.importKey('pkcs8', keys.privateKey.export({ format: 'der', type: 'pkcs8' }), algorithm, false, ['sign']);
  const publicKey = await webcrypto.subtle.importKey('spki', keys.publicKey.export({ format: 'der', type: 'spki' }), algorithm, true, ['verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: options.serial,
    name: options.subject ?? 'CN=Tenpay.com Root CA, O=Tenpay.com, C=CN',
    notBefore: options.notBefore ?? new Date(Date.now() - 86_400_000),
    notAfter: options.notAfter ?? new Date(Date.now() + 5 * 365 * 86_400_000),
    signingAlgorithm: algorithm,
    keys: { privateKey, publicKey },
  });
  return cert.toString('pem');
}
