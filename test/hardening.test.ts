import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ConfigError, ParameterError, Wechatpay } from 'wechatpay-chain';
import type { FakeServer } from 'wechatpay-chain/testing';
import { main } from '../lib/cli/main.js';
import { caught, expectNoSecrets, registerSecret } from './support/secrets.js';
import { clientFor, createFake, merchant } from './support/world.js';

// What an attacker (or a bug elsewhere in a merchant's app) tried on the packed package, each now
// refused or ignored. Every case here failed before the request path was rebuilt.

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function world() {
  const fake = createFake();
  fake.on('POST', 'v3/hardening/orders', ({ json, query, headers }) => ({ json, query: Object.fromEntries(query), evil: headers['x-evil'] ?? null }));
  fake.on('GET', 'v3/hardening/orders/{id}', ({ params, query, headers }) => ({ id: params.id, query: Object.fromEntries(query), evil: headers['x-evil'] ?? null }));
  const server = await fake.listen();
  servers.push(server);
  return { fake, server };
}

// `timeout` is left out of the pollution: Node's own event emitters break under it (plain axios
// too); an inherited `timeout` on the options is tested in builder.test.ts.
describe('a polluted Object.prototype changes nothing', () => {
  const polluted = {
    baseURL: 'https://evil.example/',
    backupBaseURLs: ['https://evil.example/'],
    proxy: 'http://127.0.0.1:9/',
    query: { evil: '1' },
    headers: { 'X-Evil': '1' },
    json: { evil: true },
    body: 'evil',
    retry: 10,
    responseType: 'text',
    id: 'evil',
  };

  function pollute(): () => void {
    for (const [key, value] of Object.entries(polluted)) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    return () => {
      for (const key of Object.keys(polluted)) delete (Object.prototype as Record<string, unknown>)[key];
    };
  }

  test('a client built and called under pollution sends only what it was given, to its own host', async () => {
    const { fake, server } = await world();
    const config = { ...fake.clientConfig(), baseURL: server.baseURL };
    const clean = pollute();
    try {
      const wxpay = new Wechatpay(config);
      const read = await wxpay.chain('v3/hardening/orders/{id}').get({ id: 'A1' });
      const write = await wxpay.chain('v3/hardening/orders').post({ json: { out_trade_no: 'T1' }, query: { mchid: '1' } });
      expect(read.data).toEqual({ id: 'A1', query: {}, evil: null });
      expect(write.data).toEqual({ json: { out_trade_no: 'T1' }, query: { mchid: '1' }, evil: null });
    } finally {
      clean();
    }
    expect(fake.requests.map((r) => [r.method, r.url, r.verified])).toEqual([
      ['GET', '/v3/hardening/orders/A1', true],
      ['POST', '/v3/hardening/orders?mchid=1', true],
    ]);
    expect(fake.requests.every((r) => r.headers['x-evil'] === undefined)).toBe(true);
  });
});

describe('no secret-looking value is quoted back', () => {
  const pem = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const apiKey = 'k'.repeat(14) + 'SECRETAPIV3KEY' + 'z'.repeat(4);
  registerSecret(apiKey);

  test.each([
    ['a PEM as baseURL', { baseURL: pem }, 'baseURL'],
    ['a key as baseURL', { baseURL: apiKey }, 'baseURL'],
    ['a key in a backup host', { backupBaseURLs: [apiKey] }, 'backupBaseURLs.0'],
    ['a key as a proxy', { proxy: apiKey }, 'proxy'],
    ['a key as a path of a plain-HTTP host', { baseURL: `http://example.com/${apiKey}` }, 'baseURL'],
  ])('%s: a ConfigError naming the option', async (_, extra, option) => {
    const fake = createFake();
    const error = (await caught(() => clientFor(fake, extra))) as ConfigError;
    expect(ConfigError.is(error) && error.option).toBe(option);
    expect(error.message).not.toContain(apiKey);
  });

  test('the CLI\'s --base-url with a key in it: the error names the option, not the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wechatpay-hardening-'));
    try {
      const keyFile = join(dir, 'key.pem');
      writeFileSync(keyFile, pem);
      const apiv3KeyFile = join(dir, 'apiv3.txt');
      writeFileSync(apiv3KeyFile, 'a'.repeat(32));
      let stderr = '';
      let stdout = '';
      const code = await main(['certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--serial', merchant.serial, '--apiv3-key-file', apiv3KeyFile, `--base-url=${pem}`], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        env: {},
      });
      expect(code).not.toBe(0);
      expect(stderr).toContain('Invalid option `baseURL`');
      expectNoSecrets(stderr + stdout);
      expect(stderr + stdout).not.toContain('PRIVATE KEY');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('framing and header values are the client\'s to write', () => {
  test.each([
    [{ 'Transfer-Encoding': 'chunked' }, 'headers.Transfer-Encoding'],
    [{ 'Content-Length': '1' }, 'headers.Content-Length'],
    [{ Connection: 'upgrade', Upgrade: 'websocket' }, 'headers.Connection'],
    [{ Host: 'evil.example' }, 'headers.Host'],
    [{ 'Idempotency-Key': '订单-1' }, 'headers.Idempotency-Key'],
  ])('%j is refused before anything is sent', async (headers, parameter) => {
    const { fake, server } = await world();
    const error = (await caught(clientFor(fake, { server }).chain('v3/hardening/orders').post({ json: {}, headers }))) as ParameterError;
    expect(ParameterError.is(error) && error.parameter).toBe(parameter);
    expect(fake.requests).toHaveLength(0);
  });

  test('two Idempotency-Keys that differ only beyond Latin-1 can no longer collide on the wire', async () => {
    const { fake, server } = await world();
    const wxpay = clientFor(fake, { server });
    for (const key of ['订单-1', '退款-1']) await caught(wxpay.chain('v3/hardening/orders').post({ json: {}, headers: { 'Idempotency-Key': key } }));
    await wxpay.chain('v3/hardening/orders').post({ json: {}, headers: { 'Idempotency-Key': encodeURIComponent('订单-1') } });
    expect(fake.requests.map((r) => r.headers['idempotency-key'])).toEqual(['%E8%AE%A2%E5%8D%95-1']);
  });
});

test('a #fragment in a chain() path is refused before signing', async () => {
  const { fake, server } = await world();
  const error = (await caught(clientFor(fake, { server }).chain('v3/hardening/orders#x').post({ json: {} }))) as ParameterError;
  expect(ParameterError.is(error) && error.parameter).toBe('path');
  expect(fake.requests).toHaveLength(0);
});

