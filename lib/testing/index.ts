/**
 * `wechatpay-chain/testing`: a fake WeChat Pay for tests, yours and ours. It verifies request
 * signatures and signs responses with generated keys; nothing leaves the machine.
 * @module wechatpay-chain/testing
 */
import { FakeWechatpay } from './fake.js';
import type { FakeServer } from './server.js';

export { FakeWechatpay, type FakeContext, type FakeHandler, type FakeReply, type FakeRequest, type FakeResponse, type FakeWechatpayOptions, type SignMode } from './fake.js';
export { generateMerchant, generatePlatform, generatePlatformCertificate, generateRsaKeyPair, type TestKeyPair, type TestMerchant, type TestPlatform, type TestPlatformCertificateOptions } from './keys.js';
export { createTestCertificate, type TestCertificateOptions } from './certificate.js';
export { listen, type FakeServer } from './server.js';
export { FakeBills, serveBills, type FakeBillOptions, type IssuedBill } from './bills.js';
export { billCsv, billDigest } from './bill-csv.js';
export { acceptUploads, type ReceivedUpload } from './uploads.js';
export type { CertificateListEntry } from '../trust/certificate-list.js';
export type { FakeNotification, FakeNotificationOptions } from './notification.js';
export { FakePayments } from './flow/payments.js';
export { WECHATPAY_RETRY_DELAYS_MS } from './flow/delivery.js';
export type { FakeDelivery, FakeDeliveryAttempt, FakeDeliveryOptions, FakeNotifyHandler, FakeOrder, FakeOrderSeed, FakePaymentCheck, FakeRefund, FakeTradeState, FakeTradeType } from './flow/types.js';

/** Start a fake with fresh keys on 127.0.0.1 and return it with its server. */
export async function startFakeWechatpay(options?: ConstructorParameters<typeof FakeWechatpay>[0]): Promise<{ fake: FakeWechatpay; server: FakeServer }> {
  const fake = new FakeWechatpay(options);
  return { fake, server: await fake.listen() };
}
