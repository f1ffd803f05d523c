import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Wechatpay } from 'wechatpay-chain';
import { registerSecret } from './secrets.js';
import { createFake } from './world.js';

/**
 * An msw server on the default host for the calling test file (listening for its tests, handlers
 * reset after each), a fake merchant, and clients of it holding `apiv2Key`, registered as a secret
 * that no error may show.
 */
export function apiv2World(apiv2Key: string) {
  registerSecret(apiv2Key);
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const fake = createFake();
  const client = (extra: Record<string, unknown> = {}) => new Wechatpay({ ...fake.clientConfig(), apiv2Key, ...extra });
  return { server, fake, client };
}
