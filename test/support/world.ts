import { setupServer } from 'msw/node';
import { FakeWechatpay, generateMerchant, generatePlatform, type FakeServer } from 'wechatpay-chain/testing';
import { mswHandlers } from 'wechatpay-chain/testing/msw';
import { Wechatpay, type WechatpayConfig } from 'wechatpay-chain';
import { registerSecret } from './secrets.js';

// Key generation is the slow part of a test file: one merchant and one platform key per process.
const merchant = generateMerchant();
const platform = generatePlatform();
registerSecret(merchant.privateKey);
registerSecret(platform.privateKey);

export const DEFAULT_BASE = 'https://api.mch.weixin.qq.com/';

/** A fake WeChat Pay (fresh routes) with the shared test keys. */
export function createFake(options: ConstructorParameters<typeof FakeWechatpay>[0] = {}): FakeWechatpay {
  return new FakeWechatpay({ merchant, platform, ...options });
}

/** A client for a fake, on msw by default or on a loopback server. */
export function clientFor(fake: FakeWechatpay, extra: Partial<WechatpayConfig> & { server?: FakeServer } = {}): Wechatpay {
  const { server, ...rest } = extra;
  return new Wechatpay({ ...fake.clientConfig(), baseURL: server?.baseURL ?? DEFAULT_BASE, ...rest });
}

/** An msw server routing the default WeChat Pay host to whichever fake is current. */
export function mswWorld(): { use(fake: FakeWechatpay): void; server: ReturnType<typeof setupServer> } {
  const server = setupServer();
  return {
    server,
    use(fake) {
      server.resetHandlers(...mswHandlers(fake, DEFAULT_BASE));
    },
  };
}

export { merchant, platform };
