import { describe, expect, it, vi } from 'vitest';
import { MemoryDedupeStore, NotificationDedupe, NotificationError, type DedupeStore, type Notification } from 'wechatpay-chain';
import { registerSecret } from './support/secrets.js';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
registerSecret(fake.apiv3Key);
const wxpay = clientFor(fake);
const paid = () => fake.notification('TRANSACTION.SUCCESS', { out_trade_no: 'A1', transaction_id: '4200000001', trade_state: 'SUCCESS', amount: { total: 1 } } as never);

/** A listener that takes `ms` to handle, and counts what it saw. */
function slowListener(ms: number) {
  const seen = { first: 0, duplicate: 0 };
  const listener = async (event: Notification) => {
    if (event.duplicate) return void seen.duplicate++;
    seen.first++;
    await new Promise((resolve) => setTimeout(resolve, ms));
  };
  return { seen, listener };
}

describe('claims before handling: concurrent deliveries of one notification', () => {
  it('run the listener once; the others are refused with 409 in-progress and WeChat Pay redelivers them', async () => {
    const dedupe = new NotificationDedupe();
    const seen = { first: 0, duplicate: 0 };
    // The first run holds its claim until the 9 other deliveries have been answered, so each of them
    // meets the claim however the machine schedules them; a second run would not wait.
    let answered = 0;
    let othersAnswered!: () => void;
    const others = new Promise<void>((resolve) => (othersAnswered = resolve));
    const listener = async (event: Notification) => {
      if (event.duplicate) return void seen.duplicate++;
      if (++seen.first === 1) await others;
    };
    const delivery = paid();
    const onError = vi.fn();
    const deliver = () =>
      wxpay.notifications.handle(delivery, listener, { dedupe, onError }).then((result) => {
        if (++answered === 9) othersAnswered();
        return result;
      });
    const results = await Promise.all(Array.from({ length: 10 }, deliver));
    expect(seen).toEqual({ first: 1, duplicate: 0 });
    expect(results.map((r) => r.status).sort()).toEqual([204, ...Array(9).fill(409)]);
    const refused = results.find((r) => r.status === 409)!;
    expect(NotificationError.is(refused.error) && refused.error.code).toBe('in-progress');
    expect(JSON.parse(refused.body)).toEqual({ code: 'FAIL', message: 'notification refused: in-progress' });
    // The redelivery finds it handled.
    expect((await wxpay.notifications.handle(delivery, listener, { dedupe })).status).toBe(204);
    expect(seen).toEqual({ first: 1, duplicate: 1 });
  });

  it('a failed handling releases the claim, so the redelivery runs as a first delivery', async () => {
    const dedupe = new NotificationDedupe();
    const delivery = paid();
    const failed = await wxpay.notifications.handle(delivery, () => Promise.reject(new Error('database down')), { dedupe, onError: () => undefined });
    expect(failed.status).toBe(500);
    const { seen, listener } = slowListener(0);
    expect((await wxpay.notifications.handle(delivery, listener, { dedupe })).status).toBe(204);
    expect(seen).toEqual({ first: 1, duplicate: 0 });
  });

  it('a claim whose process died expires with its lease', async () => {
    let now = 0;
    const store = new MemoryDedupeStore({ clock: () => now });
    expect(store.claim('n1', 'dead-process', 120)).toBe('claimed');
    expect(store.claim('n1', 'other', 120)).toBe('in-progress');
    expect(store.has('n1')).toBe(false); // a claim is not a record
    now = 120_000;
    expect(store.claim('n1', 'other', 120)).toBe('claimed');
    store.release('n1', 'dead-process'); // not its claim any more: nothing happens
    expect(store.claim('n1', 'third', 120)).toBe('in-progress');
    store.add('n1', 60);
    expect(store.claim('n1', 'third', 120)).toBe('handled');
    store.release('n1', 'other'); // a record is never released
    expect(store.has('n1')).toBe(true);
  });
});

describe('a dedupe store that cannot be asked', () => {
  const down: DedupeStore = {
    has: () => Promise.reject(new Error('connection refused')),
    add: () => Promise.reject(new Error('connection refused')),
    claim: () => Promise.reject(new Error('connection refused')),
    release: () => Promise.reject(new Error('connection refused')),
  };

  it("onUnavailable 'fail' (the default): refused with 503 dedupe-unavailable, the listener never runs", async () => {
    const listener = vi.fn();
    const result = await wxpay.notifications.handle(paid(), listener, { dedupe: new NotificationDedupe({ store: down }), onError: () => undefined });
    expect(result.status).toBe(503);
    expect(NotificationError.is(result.error) && result.error.code).toBe('dedupe-unavailable');
    expect((result.error as Error).message).toMatch(/connection refused.*deliver it again/);
    expect(listener).not.toHaveBeenCalled();
  });

  it("onUnavailable 'handle': the listener runs told so (event.dedupeUnavailable), and onError hears of it", async () => {
    const onError = vi.fn();
    const events: Notification[] = [];
    const result = await wxpay.notifications.handle(paid(), (event) => void events.push(event), { dedupe: new NotificationDedupe({ store: down, onUnavailable: 'handle' }), onError });
    expect(result.status).toBe(204);
    expect(events).toMatchObject([{ duplicate: false, dedupeUnavailable: true }]);
    // The outage, then the record that could not be written: reported, the reply stays a success.
    expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual([expect.stringMatching(/dedupe-unavailable.*handled without checking/), 'connection refused']);
  });

  it('a record that cannot be written after a successful handling is reported, written again in the background; the reply stays a success', async () => {
    const store = new MemoryDedupeStore();
    let refusals = 2;
    const add = (id: string, ttl: number) => (refusals-- > 0 ? Promise.reject(new Error('READONLY')) : store.add(id, ttl));
    const dedupe = new NotificationDedupe({ store: { has: (id) => store.has(id), claim: (...args) => store.claim(...args), release: (...args) => store.release(...args), add } });
    const onError = vi.fn();
    const delivery = paid();
    const result = await wxpay.notifications.handle(delivery, () => undefined, { dedupe, onError });
    expect(result.status).toBe(204);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'READONLY' }), expect.objectContaining({ duplicate: false }));
    expect(dedupe.unrecorded).toBe(1);
    await vi.waitFor(() => expect(store.has(delivery.id)).toBe(true), { timeout: 3000 });
    expect(dedupe.unrecorded).toBe(0);
  });

  it('rejects a policy other than fail or handle', () => {
    expect(() => new NotificationDedupe({ onUnavailable: 'ignore' as never })).toThrow(RangeError);
    expect(() => new NotificationDedupe({ leaseSeconds: 0 })).toThrow(RangeError);
  });
});

describe('a store without claims (has and add only) keeps working as before', () => {
  it('flags what was recorded; concurrent deliveries are not held back (the documented limit)', async () => {
    const ids = new Set<string>();
    const dedupe = new NotificationDedupe({ store: { has: (id) => ids.has(id), add: (id) => void ids.add(id) } });
    const seen = { first: 0, duplicate: 0 };
    // The first run lasts until the second delivery is answered, so the two overlap however they are scheduled.
    let secondAnswered!: () => void;
    const second = new Promise<void>((resolve) => (secondAnswered = resolve));
    const listener = async (event: Notification) => {
      if (event.duplicate) return void seen.duplicate++;
      if (++seen.first === 1) await second;
    };
    const delivery = paid();
    const first = wxpay.notifications.handle(delivery, listener, { dedupe });
    await wxpay.notifications.handle(delivery, listener, { dedupe }).finally(secondAnswered);
    await first;
    expect(seen).toEqual({ first: 2, duplicate: 0 });
    await wxpay.notifications.handle(delivery, listener, { dedupe });
    expect(seen).toEqual({ first: 2, duplicate: 1 });
  });
});
