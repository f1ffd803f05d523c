import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Wechatpay } from 'wechatpay-chain';
import { caught, expectNoSecrets, registerSecret, renderings } from './support/secrets.js';
import { clientFor, createFake, merchant, mswWorld } from './support/world.js';

const world = mswWorld();
beforeAll(() => world.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => world.server.close());

const APIV3_KEY = 'q7Zv2LmPx9Rt4Wn8Yb3Kc6Hd1Jf5Gs0A';
registerSecret(APIV3_KEY);

it('the client prints no key material through inspect, JSON or String', () => {
  const pem = merchant.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const wxpay = new Wechatpay({ ...createFake().clientConfig(), privateKey: pem, apiv3Key: APIV3_KEY });
  expectNoSecrets(wxpay);
  expect(inspect(wxpay)).toMatch(/^Wechatpay \{ mchid: '1900000109', serial: '[0-9A-F]{40}', baseURL: 'https:\/\/api\.mch\.weixin\.qq\.com\/' \}$/);
  // Deep inspection of what hangs off the client, the axios instance with its interceptors included.
  expectNoSecrets(inspect(wxpay.axios, { depth: Infinity, showHidden: true }));
  expect(renderings(wxpay)).not.toContain(APIV3_KEY);
});

it('a construction error about a key does not quote it', async () => {
  const pem = merchant.privateKey.export({ format: 'pem', type: 'pkcs1' }) as string;
  const broken = pem.replace(/[A-Za-z]{10}/, 'AAAAAAAAAA');
  const error = await caught(() => new Wechatpay({ ...createFake().clientConfig(), privateKey: broken }));
  expect(error.message).not.toContain(broken.slice(40, 80));
});

it('errors carry the request with the Authorization signature redacted, also in their cause', async () => {
  const fake = createFake();
  fake.on('GET', 'v3/certificates', () => ({}));
  world.use(fake);
  const wxpay = clientFor(createFake(), { baseURL: 'http://127.0.0.1:9/' });
  world.server.close();
  try {
    const error = await caught(wxpay.v3.certificates.get());
    const text = renderings(error) + inspect((error as Error).cause, { depth: 6 });
    expect(text).toContain('signature=\\"[REDACTED]\\"');
    expect(text).not.toMatch(/signature="[A-Za-z0-9+/]{40,}/);
  } finally {
    world.server.listen({ onUnhandledRequest: 'error' });
  }
});
