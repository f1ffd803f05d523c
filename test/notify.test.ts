import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  MemoryDedupeStore,
  NotificationDedupe,
  NotificationError,
  failureReply,
  failureReplyFor,
  successReply,
  type Notification,
  type NotificationFailure,
  type TransactionSuccessResource,
  Wechatpay,
} from 'wechatpay-chain';
import { generatePlatform, generatePlatformCertificate, type FakeNotification } from 'wechatpay-chain/testing';
import { stateOf } from '../lib/client.js';
import { caught, registerSecret, renderings } from './support/secrets.js';
import { clientFor, createFake, platform } from './support/world.js';

// A fixed clock shared by the fake (which stamps Wechatpay-Timestamp) and the client (which checks it).
const NOW = Date.UTC(2026, 10, 23, 6, 0, 0);
const clock = () => NOW;
const fake = createFake({ clock });
registerSecret(fake.apiv3Key);
const wxpay = clientFor(fake, { clock });

const PAID: TransactionSuccessResource = {
  mchid: '1230000109',
  appid: 'wxd678efh567hg6787',
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000000202611230000000001',
  trade_type: 'JSAPI',
  trade_state: 'SUCCESS',
  success_time: '2026-11-23T14:00:00+08:00',
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
};
// The decrypted resource must never show up in an error either.
registerSecret(PAID.transaction_id);

const paid = (options?: Parameters<typeof fake.notification>[2]): FakeNotification => fake.notification('TRANSACTION.SUCCESS', PAID, options);

async function refusal(input: Promise<unknown>, code: NotificationFailure): Promise<NotificationError> {
  const error = await caught(input);
  expect(NotificationError.is(error), String(error)).toBe(true);
  expect((error as NotificationError).code).toBe(code);
  return error as NotificationError;
}

afterEach(() => vi.restoreAllMocks());

describe('notifications.parse() accepts a valid notification', () => {
  it('verifies, decrypts and returns the event with the decrypted resource', async () => {
    const { headers, body, id } = paid();
    const event = await wxpay.notifications.parse({ headers, body });
    expect(event).toMatchObject({
      known: true,
      id,
      event_type: 'TRANSACTION.SUCCESS',
      resource_type: 'encrypt-resource',
      summary: '支付成功',
      original_type: 'transaction',
      create_time: '2026-11-23T14:00:00+08:00',
    });
    expect(event.resource).toEqual(PAID);
  });

  it.each([
    ['a Buffer', (body: string) => Buffer.from(body)],
    ['a Uint8Array', (body: string) => new Uint8Array(Buffer.from(body))],
    ['an ArrayBuffer', (body: string) => new Uint8Array(Buffer.from(body)).buffer],
  ])('takes the raw body as %s', async (_, convert) => {
    const { headers, body } = paid();
    expect((await wxpay.notifications.parse({ headers, body: convert(body) })).resource).toEqual(PAID);
  });

  it('takes Web Headers and Node header records with any capitalisation', async () => {
    const { headers, body } = paid();
    expect((await wxpay.notifications.parse({ headers: new Headers(headers), body })).id).toBeTruthy();
    const upper = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), [value]]));
    expect((await wxpay.notifications.parse({ headers: upper, body })).id).toBeTruthy();
  });

  it('accepts a timestamp exactly 300 s old or ahead (the edge of the window)', async () => {
    for (const skewSeconds of [-300, 300]) {
      const { headers, body } = paid({ sign: { skewSeconds } });
      await expect(wxpay.notifications.parse({ headers, body })).resolves.toMatchObject({ event_type: 'TRANSACTION.SUCCESS' });
    }
  });

  it('returns an event type outside the catalog loosely typed, not as an error', async () => {
    const { headers, body } = fake.notification('SOMETHING_NEW.HAPPENED', { foo: 'bar', n: 1 });
    const event: Notification = await wxpay.notifications.parse({ headers, body });
    expect(event.known).toBe(false);
    expect(event.event_type).toBe('SOMETHING_NEW.HAPPENED');
    expect(event.resource).toEqual({ foo: 'bar', n: 1 });
  });
});

describe('notifications.parse() refuses, naming the failed check', () => {
  it('a body changed by one byte (bad-signature, 401)', async () => {
    const { headers, body } = paid({ sign: 'tamper-body' });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'bad-signature');
    expect(error.status).toBe(401);
    expect(error.serial).toBe(platform.serial);
    expect(error.requestId).toBe(headers['Request-ID']);
  });

  it('any one changed byte anywhere in the body (property: 200 random positions and values)', async () => {
    const { headers, body } = paid();
    const bytes = Buffer.from(body);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, flip) => {
        const changed = Buffer.from(bytes);
        changed[index] = changed[index]! ^ flip;
        const error = await caught(wxpay.notifications.parse({ headers, body: changed }));
        expect((error as NotificationError).code).toBe('bad-signature');
      }),
      { numRuns: 200 },
    );
  });

  it("a first byte changed to '<' under APIv3 headers is a bad signature, not an APIv2 body", async () => {
    const { headers, body } = paid();
    const changed = Buffer.from(body);
    changed[0] = 0x3c;
    await refusal(wxpay.notifications.parse({ headers, body: changed }), 'bad-signature');
  });

  it('a forged signature (bad-signature)', async () => {
    const { headers, body } = paid({ sign: 'forge-signature' });
    await refusal(wxpay.notifications.parse({ headers, body }), 'bad-signature');
  });

  it('a ciphertext changed by one byte, under a valid signature (decrypt-failed: the GCM tag is checked)', async () => {
    const { headers, body, id } = paid({ tamperCiphertext: true });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'decrypt-failed');
    expect(error.notificationId).toBe(id);
    expect(error.status).toBe(400);
  });

  it('a client holding the wrong APIv3 key (decrypt-failed)', async () => {
    const other = clientFor(fake, { clock, apiv3Key: 'A'.repeat(32) });
    const { headers, body } = paid();
    const error = await refusal(other.notifications.parse({ headers, body }), 'decrypt-failed');
    expect(error.message).toMatch(/wrong APIv3 key/);
  });

  it.each([
    ['301 s old', -301, /301 s old/],
    ['301 s ahead', 301, /301 s in the future/],
  ])('a timestamp %s (timestamp)', async (_, skewSeconds, message) => {
    const { headers, body } = paid({ sign: { skewSeconds } });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'timestamp');
    expect(error.message).toMatch(message);
  });

  it('honours clockToleranceSeconds', async () => {
    const strict = clientFor(fake, { clock, clockToleranceSeconds: 10 });
    const { headers, body } = paid({ sign: { skewSeconds: -11 } });
    await refusal(strict.notifications.parse({ headers, body }), 'timestamp');
  });

  it('a WeChat Pay probe signature (probe), even though the rest verifies', async () => {
    const { headers, body } = paid({ sign: 'probe' });
    expect(headers['Wechatpay-Signature']).toMatch(/^WECHATPAY\/SIGNTEST\//);
    await refusal(wxpay.notifications.parse({ headers, body }), 'probe');
  });

  it.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'] as const)('a missing %s header (missing-header)', async (omitHeader) => {
    const { headers, body } = paid({ sign: { omitHeader } });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'missing-header');
    expect(error.message).toContain(omitHeader);
  });

  it('a serial no trusted key has (unknown-serial), naming the serial', async () => {
    const { headers, body } = paid({ sign: { serial: 'PUB_KEY_ID_0199999999999999999999999999' } });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'unknown-serial');
    expect(error.message).toContain('PUB_KEY_ID_0199999999999999999999999999');
    expect(error.message).toMatch(/add this WeChat Pay public key to `certs`/);
    expect(error.serial).toBe('PUB_KEY_ID_0199999999999999999999999999');
  });

  it('an unknown serial makes the trust store download certificates again; the rotated certificate then verifies', async () => {
    const a = generatePlatformCertificate();
    const b = generatePlatformCertificate();
    registerSecret(a.privateKey);
    registerSecret(b.privateKey);
    const rotating = createFake({ platforms: [a] });
    registerSecret(rotating.apiv3Key);
    const server = await rotating.listen();
    try {
      // No `certs`: the client downloads platform certificates from the fake (GET /v3/certificates).
      const { certs: _, ...config } = rotating.clientConfig();
      const client = new Wechatpay({ ...config, baseURL: server.baseURL });
      await expect(client.notifications.parse(rotating.notification('TRANSACTION.SUCCESS', PAID))).resolves.toMatchObject({ resource: PAID });
      rotating.setPlatforms([a, b], b);
      const rotated = rotating.notification('TRANSACTION.SUCCESS', PAID);
      expect(rotated.headers['Wechatpay-Serial']).toBe(b.serial);
      await expect(client.notifications.parse(rotated)).resolves.toMatchObject({ resource: PAID });
      const downloads = () => rotating.requests.filter((r) => r.url.startsWith('/v3/certificates')).length;
      expect(downloads()).toBe(2);
      // A serial WeChat Pay never issued: refused with the trust store's explanation, without another download.
      const bogus = rotating.notification('TRANSACTION.SUCCESS', PAID, { sign: { serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' } });
      const error = await refusal(client.notifications.parse(bogus), 'unknown-serial');
      expect(error.message).toMatch(/downloaded at .* do not include it/);
      expect(downloads()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('an unknown serial is looked up through the trust store, whose refresh can then supply the key', async () => {
    const rotated = generatePlatform();
    registerSecret(rotated.privateKey);
    const signing = createFake({ clock, platform: rotated, apiv3Key: fake.apiv3Key });
    const { headers, body } = signing.notification('TRANSACTION.SUCCESS', PAID);
    const trust = stateOf(wxpay).trust;
    // Stand-in for a certificate download: the first lookup misses, the refreshed one finds the key.
    const resolve = vi.spyOn(trust, 'resolve').mockImplementationOnce(async () => undefined).mockImplementationOnce(async () => ({ key: rotated.publicKey }));
    await refusal(wxpay.notifications.parse({ headers, body }), 'unknown-serial');
    await expect(wxpay.notifications.parse({ headers, body })).resolves.toMatchObject({ resource: PAID });
    expect(resolve.mock.calls).toEqual([[rotated.serial], [rotated.serial]]);
  });

  it('a trust store that fails to refresh (key-lookup-failed, 503: WeChat Pay retries later)', async () => {
    vi.spyOn(stateOf(wxpay).trust, 'resolve').mockRejectedValueOnce(new Error('GET /v3/certificates failed'));
    const { headers, body } = paid();
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'key-lookup-failed');
    expect(error.status).toBe(503);
    expect(error.message).toContain('GET /v3/certificates failed');
  });

  it('a signed body that is not JSON (malformed-body)', async () => {
    const { headers, body } = paid({ rawBody: 'not json at all' });
    await refusal(wxpay.notifications.parse({ headers, body }), 'malformed-body');
    // An XML body under APIv3 signature headers is held to APIv3: signed, but not a JSON envelope.
    const xml = paid({ rawBody: '<xml><return_code>SUCCESS</return_code></xml>' });
    await refusal(wxpay.notifications.parse({ headers: xml.headers, body: xml.body }), 'malformed-body');
    // Without them it is an APIv2 notification, verified with the APIv2 key, which this client lacks.
    const error = await refusal(clientFor(fake, { apiv2Key: undefined }).notifications.parse({ headers: { 'Request-ID': 'r-1' }, body: xml.body }), 'apiv2-key-missing');
    expect(error.message).toMatch(/apiv2Key/);
  });

  it('a signed JSON body that is not a notification envelope (malformed-body, naming the field)', async () => {
    const { headers, body } = paid({ rawBody: JSON.stringify({ id: 'x', event_type: 'TRANSACTION.SUCCESS', resource: { nonce: 'abc' } }) });
    const error = await refusal(wxpay.notifications.parse({ headers, body }), 'malformed-body');
    expect(error.message).toContain('resource.ciphertext');
  });

  it('a body over maxBodyBytes (body-too-large, 413), before any crypto', async () => {
    const { headers, body } = paid();
    const error = await refusal(wxpay.notifications.parse({ headers, body }, { maxBodyBytes: 100 }), 'body-too-large');
    expect(error.status).toBe(413);
    const huge = 'x'.repeat(1024 * 1024 + 1);
    await refusal(wxpay.notifications.parse({ headers, body: huge }), 'body-too-large');
  });

  it('a parsed object instead of the raw body (raw-body-required), saying why and what to pass', async () => {
    const { headers, body } = paid();
    const error = await refusal(wxpay.notifications.parse({ headers, body: JSON.parse(body) }), 'raw-body-required');
    expect(error.message).toMatch(/re-serialized JSON differs/);
    expect(error.message).toMatch(/express\.raw/);
    await refusal(wxpay.notifications.parse({ headers, body: undefined as never }), 'raw-body-required');
  });

  it('a notification for a client without apiv3Key (apiv3-key-missing, 500)', async () => {
    const { apiv3Key: _, ...config } = fake.clientConfig();
    const keyless = clientFor(fake, { ...config, apiv3Key: undefined, clock });
    const { headers, body } = paid();
    const error = await refusal(keyless.notifications.parse({ headers, body }), 'apiv3-key-missing');
    expect(error.status).toBe(500);
  });

  it('a signature type other than RSA (unsupported-algorithm)', async () => {
    const { headers, body } = paid();
    await refusal(wxpay.notifications.parse({ headers: { ...headers, 'Wechatpay-Signature-Type': 'WECHATPAY2-SM2-WITH-SM3' }, body }), 'unsupported-algorithm');
  });
});

describe('wxpay.notifications keeps the APIv3 key to itself', () => {
  it('is one object per client, and prints nothing of the key', () => {
    expect(wxpay.notifications).toBe(wxpay.notifications);
    const text = renderings(wxpay.notifications);
    expect(text).not.toContain(fake.apiv3Key);
    expect(inspect(wxpay.notifications)).toBe('Notifications {}');
    expect(JSON.stringify({ notifications: wxpay.notifications })).toBe('{"notifications":{}}');
    expect(renderings(wxpay)).not.toContain(fake.apiv3Key);
  });
});

describe('duplicates are flagged, never refused', () => {
  it('flags a redelivery once the first delivery was handled', async () => {
    const dedupe = new NotificationDedupe();
    const seen: boolean[] = [];
    const delivery = paid();
    for (let i = 0; i < 2; i++) {
      const result = await wxpay.notifications.handle(delivery, (event) => void seen.push(event.duplicate!), { dedupe });
      expect(result.status).toBe(204);
    }
    expect(seen).toEqual([false, true]);
  });

  it('does not flag a redelivery whose first handling failed (so it is not lost)', async () => {
    const dedupe = new NotificationDedupe();
    const delivery = paid();
    const onError = vi.fn();
    const failed = await wxpay.notifications.handle(delivery, () => Promise.reject(new Error('database down')), { dedupe, onError });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({ code: 'FAIL', message: 'the notification handler failed' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }), expect.objectContaining({ id: delivery.id }));
    const retried = await wxpay.notifications.handle(delivery, (event) => expect(event.duplicate).toBe(false), { dedupe });
    expect(retried.status).toBe(204);
  });

  it('uses a pluggable store', async () => {
    const ids = new Map<string, number>();
    const dedupe = new NotificationDedupe({ store: { has: async (id) => ids.has(id), add: async (id, ttl) => void ids.set(id, ttl) }, ttlSeconds: 60 });
    const delivery = paid();
    await wxpay.notifications.handle(delivery, () => undefined, { dedupe });
    expect(ids).toEqual(new Map([[delivery.id, 60]]));
    expect(await dedupe.seen(delivery.id)).toBe(true);
  });

  it('the in-memory store expires IDs after the TTL and stays within maxEntries', () => {
    let now = 0;
    const store = new MemoryDedupeStore({ clock: () => now, maxEntries: 3 });
    store.add('a', 10);
    now = 9_999;
    expect(store.has('a')).toBe(true);
    now = 10_000;
    expect(store.has('a')).toBe(false);
    for (const id of ['b', 'c', 'd', 'e']) store.add(id, 60);
    expect(store.size).toBe(3);
    expect(['b', 'c', 'd', 'e'].map((id) => store.has(id))).toEqual([false, true, true, true]);
  });
});

describe('replies', () => {
  it('success is 200 or 204 with an empty body', () => {
    expect(successReply()).toEqual({ status: 204, headers: {}, body: '' });
    expect(successReply(200)).toEqual({ status: 200, headers: {}, body: '' });
    expect(() => successReply(201 as 200)).toThrow(RangeError);
  });

  it('failure is a 4xx/5xx with {"code":"FAIL","message":…}', () => {
    const reply = failureReply('busy', 503);
    expect(reply.status).toBe(503);
    expect(reply.headers['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(reply.body)).toEqual({ code: 'FAIL', message: 'busy' });
    expect(failureReply('x').status).toBe(500);
    expect(() => failureReply('x', 200)).toThrow(RangeError);
  });

  it('a refused notification replies with its status and code, never its details', async () => {
    const { headers, body } = paid({ sign: 'tamper-body' });
    const error = await caught(wxpay.notifications.parse({ headers, body }));
    const reply = failureReplyFor(error);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({ code: 'FAIL', message: 'notification refused: bad-signature' });
    expect(failureReplyFor(new Error('secret internals')).body).not.toContain('secret internals');
  });
});
