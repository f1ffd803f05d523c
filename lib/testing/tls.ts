import { generateRsaKeyPair } from './keys.js';
import { createTestCertificate } from './certificate.js';

/** The TLS material of a fake served over HTTPS on loopback: its own CA, and a server certificate it issued. */
export interface FakeTls {
  /** The CA certificate (PEM) a client trusts to reach the fake: give it as the client's `ca`. */
  ca: string;
  /** The server certificate (PEM) for `127.0.0.1` and `localhost`. */
  cert: string;
  /** The server's private key (PEM). */
  key: string;
}

/** A fresh CA and a server certificate for 127.0.0.1 / localhost issued by it (two RSA key pairs). */
export function generateFakeTls(): FakeTls {
  const root = generateRsaKeyPair();
  const server = generateRsaKeyPair();
  const ca = createTestCertificate({ publicKey: root.publicKey, signingKey: root.privateKey, subject: 'wechatpay-chain testing CA', issuer: 'wechatpay-chain testing CA', ca: true });
  const cert = createTestCertificate({ publicKey: server.publicKey, signingKey: root.privateKey, subject: '127.0.0.1', issuer: 'wechatpay-chain testing CA', altNames: { dns: ['localhost'], ip: ['127.0.0.1'] } });
  return { ca, cert, key: server.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
}
