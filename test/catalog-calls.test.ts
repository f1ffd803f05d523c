// Every operation of the catalog, sent as its reference page writes it (documented examples, the
// page's per-call host where it has one, APIv2 as XML with mutual TLS where required) through the
// fake over HTTPS on loopback: the fake checks each request's signature (v3 Authorization, v2 sign)
// and, for the operations that need it, the TLS client certificate; the client checks each answer.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ConfigError, Wechatpay } from 'wechatpay-chain';
import { generateMerchant, type FakeServer } from 'wechatpay-chain/testing';
import { withPageHosts } from '../scripts/catalog/hosts.js';
import { loadOperations, type RawOperation } from '../scripts/catalog/load.js';
import { propertiesFor } from '../scripts/catalog/names.js';
import { APIV2_CERTIFICATE_REQUIRED, APIV2_FILES } from '../types/generated/apiv2.js';
import { exampleOptions, isV2 } from './support/examples.js';
import { caught } from './support/secrets.js';
import { createFake } from './support/world.js';

const DESCRIPTIONS = new URL('../../shared/openapi', import.meta.url).pathname;
const available = existsSync(`${DESCRIPTIONS}/swagger.yaml`);
const operations: RawOperation[] = available ? withPageHosts(loadOperations(DESCRIPTIONS)) : [];

const fake = createFake();
let server: FakeServer;
let wxpay: Wechatpay;

beforeAll(async () => {
  server = await fake.listen({ tls: true });
  wxpay = new Wechatpay({ ...fake.clientConfig(), baseURL: server.baseURL, retry: false });
  // One route per documented APIv3 operation, at the path it is served from; APIv2 has default answers.
  for (const op of operations) if (!isV2(op.path) && !op.perCallHost) fake.on(op.method.toUpperCase(), op.path, () => ({ ok: true }));
});
afterAll(() => server?.close());

type Node = Record<string, unknown> & ((...args: unknown[]) => unknown);

/** The call in one of the three styles, chosen by `style`: property chain (as far as properties reach), chain(), bracket. */
function verbOf(client: Wechatpay, template: string, method: string, style: number): (options: unknown) => Promise<{ status: number; data: unknown }> {
  const root = client as unknown as Node;
  let node: Node;
  if (style === 1) node = (root.chain as (path: string) => Node)(template);
  else if (style === 2) node = root[template] as Node;
  else {
    node = root;
    const segments = template.split('/');
    for (let i = 0; i < segments.length; i++) {
      // A trailing `/` (v3/applyment4sub/applyment/) has no property: chain() takes the rest literally.
      const property = segments[i] === '' ? undefined : propertiesFor(segments[i]!)[0];
      if (property === undefined) {
        node = (node.chain as (path: string) => Node)(segments.slice(i).join('/') || '/');
        break;
      }
      node = node[property] as Node;
    }
  }
  return node[style === 0 ? method : `${method}Async`] as never;
}

/** The path template as the page calls it, and the host it gives (a path prefix for the HK and global roots). */
function target(op: RawOperation): { template: string; baseURL: string | undefined; sentPrefix: string } {
  if (isV2(op.path)) return { template: `v2/${op.path}`, baseURL: op.baseURI ? server.baseURL : undefined, sentPrefix: '' };
  if (op.perCallHost) {
    const prefix = new URL(op.perCallHost.baseURL).pathname;
    return { template: op.path, baseURL: `${server.baseURL}${prefix.slice(1)}`, sentPrefix: prefix.slice(0, -1) };
  }
  // The cross-border pages give v3/global/… the Hong Kong host: here, the fake again, as a per-call host.
  return { template: op.path, baseURL: op.path.startsWith('v3/global/') || op.baseURI ? server.baseURL : undefined, sentPrefix: '' };
}

describe.skipIf(!available)('every operation of the catalog, as its reference page calls it', () => {
  it('covers the whole catalog: 1,154 documented operations and the twins typed for a per-call host', () => {
    expect(operations.filter((op) => !op.perCallHost)).toHaveLength(1154);
    expect(operations.filter((op) => op.perCallHost).length).toBeGreaterThan(0);
  });

  it('sends each one, signed as sent, and gets a verified answer', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      const { template, baseURL, sentPrefix } = target(op);
      const options = exampleOptions(op, fake.merchant.mchid);
      if (baseURL) options.baseURL = baseURL;
      const before = fake.requests.length;
      try {
        const response = await verbOf(wxpay, template, op.method, index % 3)(options);
        const received = fake.requests.slice(before);
        if (received.length !== 1 || !received[0]!.verified) failures.push(`${op.method} ${op.path}: the fake did not verify it`);
        else if (!isV2(op.path) && !new URL(received[0]!.url, 'https://x').pathname.startsWith(`${sentPrefix}/${op.path.split('{')[0]}`)) failures.push(`${op.method} ${op.path}: sent to ${received[0]!.url}`);
        if (isV2(op.path) && APIV2_FILES.has(op.path)) expect(typeof response.data).toBe('string');
        else if (isV2(op.path)) expect(response.data).toMatchObject({ return_code: 'SUCCESS' });
      } catch (error) {
        failures.push(`${op.method} ${op.path}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe.skipIf(!available)('every operation that needs the merchant certificate', () => {
  const secured = () => operations.filter((op) => isV2(op.path) && APIV2_CERTIFICATE_REQUIRED.has(op.path));

  it('is refused before sending by a client without one', async () => {
    const { merchantCertificate: _none, ...config } = fake.clientConfig();
    const bare = new Wechatpay({ ...config, baseURL: server.baseURL });
    const before = fake.requests.length;
    for (const op of secured()) {
      const error = await caught(verbOf(bare, `v2/${op.path}`, op.method, 0)(exampleOptions(op, fake.merchant.mchid)));
      expect(ConfigError.is(error), op.path).toBe(true);
    }
    expect(fake.requests.length).toBe(before);
  });

  it('is refused by the fake when another certificate is presented, and accepted with the merchant\'s', async () => {
    const other = generateMerchant(fake.merchant.mchid);
    const impostor = new Wechatpay({ ...fake.clientConfig(), serial: undefined, privateKey: other.privateKey, merchantCertificate: other.certificate, baseURL: server.baseURL });
    expect(secured().length).toBeGreaterThan(50);
    for (const op of secured()) {
      const error = await caught(verbOf(impostor, `v2/${op.path}`, op.method, 1)(exampleOptions(op, fake.merchant.mchid)));
      expect(ApiError.is(error), op.path).toBe(true);
      expect((error as ApiError).apiMessage, op.path).toMatch(/证书/);
      const accepted = await verbOf(wxpay, `v2/${op.path}`, op.method, 2)(exampleOptions(op, fake.merchant.mchid));
      expect(accepted.status, op.path).toBe(200);
    }
  });
});
