import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Wechatpay, type CombineTransactionSuccessResource, type RefundSuccessResource, type TransactionSuccessResource } from 'wechatpay-chain';
import { createApp, type Orders } from '../docs/examples/notify-express.js';
import { registerSecret } from './support/secrets.js';
import { createFake, merchant, platform } from './support/world.js';

const page = readFileSync('docs/notifications.md', 'utf8');
const blocks = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

const fake = createFake();
registerSecret(fake.apiv3Key);

const PAID: TransactionSuccessResource = { out_trade_no: 'E1', transaction_id: '4200000000000000000000000001', trade_state: 'SUCCESS', amount: { total: 990 } };
const REFUND: RefundSuccessResource = {
  mchid: '1230000109',
  out_trade_no: 'E1',
  transaction_id: '4200000000000000000000000001',
  out_refund_no: 'RE1',
  refund_id: '50000000000000000000000001',
  refund_status: 'SUCCESS',
  user_received_account: '支付用户零钱',
  amount: { total: 990, refund: 990, payer_total: 990, payer_refund: 990, currency: 'CNY', payer_currency: 'CNY' },
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('docs/notifications.md', () => {
  it.each(['docs/examples/notify-express.ts', 'docs/examples/notify-nextjs.ts'])('prints %s complete and unchanged (so the compiled file is the printed one)', (file) => {
    expect(blocks).toContain(readFileSync(file, 'utf8'));
  });

  it('its testing-kit sample runs as printed', async () => {
    const code = blocks.find((block) => block.includes("from 'wechatpay-chain/testing'"));
    expect(code).toBeDefined();
    const dir = join('test', '.doc-samples');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'run-notifications-testing.ts');
    writeFileSync(file, `${code}\nexport {};\n`);
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    await import(pathToFileURL(join(process.cwd(), file)).href);
    expect(printed).toEqual([[{ out_trade_no: 'A1', transaction_id: '4200000001', trade_state: 'SUCCESS', amount: { total: 1 } }], ['bad-signature']]);
  });
});

describe('the Express example', () => {
  const calls: string[] = [];
  const orders: Orders = {
    markPaid: async (outTradeNo, transactionId, total) => void calls.push(`paid ${outTradeNo} ${transactionId} ${total}`),
    markRefunded: async (outRefundNo, status) => void calls.push(`refund ${outRefundNo} ${status}`),
  };
  const server = createServer(createApp(new Wechatpay(fake.clientConfig()), orders));
  const ready = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/wxpay/notify`)));
  afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  const post = async (notification: { headers: Record<string, string>; body: string }) => {
    const response = await fetch(await ready, { method: 'POST', ...notification });
    return { status: response.status, body: await response.text() };
  };

  it('handles a payment once, even when it is delivered twice', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const delivery = fake.notification('TRANSACTION.SUCCESS', PAID);
    expect(await post(delivery)).toEqual({ status: 204, body: '' });
    expect(await post(delivery)).toEqual({ status: 204, body: '' });
    expect(calls).toEqual(['paid E1 4200000000000000000000000001 990']);
  });

  it('handles each sub-order of a combined payment, and refunds', async () => {
    calls.length = 0;
    const combined: CombineTransactionSuccessResource = {
      combine_appid: 'wxd678efh567hg6787',
      combine_mchid: '1900000109',
      combine_out_trade_no: 'C1',
      sub_orders: [
        { mchid: '1900000109', trade_state: 'SUCCESS', out_trade_no: 'C1-1', transaction_id: '4200000000000000000000000002', amount: { total_amount: 1, payer_amount: 1, currency: 'CNY', payer_currency: 'CNY' } },
        { mchid: '1900000110', trade_state: 'SUCCESS', out_trade_no: 'C1-2', transaction_id: '4200000000000000000000000003', amount: { total_amount: 2, payer_amount: 2, currency: 'CNY', payer_currency: 'CNY' } },
      ],
    };
    expect((await post(fake.notification('TRANSACTION.SUCCESS', combined))).status).toBe(204);
    expect((await post(fake.notification('REFUND.SUCCESS', REFUND))).status).toBe(204);
    expect(calls).toEqual(['paid C1-1 4200000000000000000000000002 1', 'paid C1-2 4200000000000000000000000003 2', 'refund RE1 SUCCESS']);
  });

  it('refuses a tampered notification with 401 FAIL, and logs why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await post(fake.notification('TRANSACTION.SUCCESS', PAID, { sign: 'tamper-body' }))).toEqual({
      status: 401,
      body: JSON.stringify({ code: 'FAIL', message: 'notification refused: bad-signature' }),
    });
    expect(String(warn.mock.calls[0])).toMatch(/bad-signature/);
  });
});

describe('the Next.js route example', () => {
  it('answers POST with 204 for a valid notification and 401 for a probe, configured from the environment', async () => {
    const env = {
      WXPAY_MCHID: merchant.mchid,
      WXPAY_SERIAL: merchant.serial,
      WXPAY_PRIVATE_KEY: merchant.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      WXPAY_PUBLIC_KEY_ID: platform.serial,
      WXPAY_PUBLIC_KEY: platform.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      WXPAY_APIV3_KEY: fake.apiv3Key,
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const route = await import('../docs/examples/notify-nextjs.js');
    expect(route.runtime).toBe('nodejs');
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const request = (n: { headers: Record<string, string>; body: string }) => new Request('http://localhost/api/wxpay/notify', { method: 'POST', ...n });

    const ok = await route.POST(request(fake.notification('TRANSACTION.SUCCESS', PAID)));
    expect(ok.status).toBe(204);
    expect(info.mock.calls).toEqual([['paid', 'E1', 990]]);
    const refund = await route.POST(request(fake.notification('REFUND.SUCCESS', REFUND)));
    expect(refund.status).toBe(204);
    expect(info.mock.calls[1]).toEqual(['refunded', 'RE1', 990]);

    const probe = await route.POST(request(fake.notification('TRANSACTION.SUCCESS', PAID, { sign: 'probe' })));
    expect(probe.status).toBe(401);
    expect(await probe.json()).toEqual({ code: 'FAIL', message: 'notification refused: probe' });
  });
});
