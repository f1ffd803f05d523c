import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/** An RSA key pair with the identifier WeChat Pay would use for it. */
export interface TestKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A merchant for tests: an ID, a certificate serial and its API key pair. */
export interface TestMerchant extends TestKeyPair {
  mchid: string;
  serial: string;
}

/** The WeChat Pay side for tests: the key that signs responses and the serial or public key ID it is known by. */
export interface TestPlatform extends TestKeyPair {
  serial: string;
}

/** A fresh RSA-2048 key pair (about 50–200 ms). */
export function generateRsaKeyPair(): TestKeyPair {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

/** A merchant with a random 40-hex-digit certificate serial and a fresh key pair. */
export function generateMerchant(mchid = '1900000109'): TestMerchant {
  return { mchid, serial: randomBytes(20).toString('hex').toUpperCase(), ...generateRsaKeyPair() };
}

/** A WeChat Pay public key (public-key mode) with a `PUB_KEY_ID_…` identifier. */
export function generatePlatform(serial = `PUB_KEY_ID_01${randomBytes(13).toString('hex').slice(0, 26).toUpperCase()}`): TestPlatform {
  return { serial, ...generateRsaKeyPair() };
}
