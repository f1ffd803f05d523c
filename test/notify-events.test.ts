import { describe, expect, expectTypeOf, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KNOWN_EVENT_TYPES,
  type CombineTransactionSuccessResource,
  type KnownEventType,
  type Notification,
  type NotificationOf,
  type NotificationResources,
  type TransactionSuccessResource,
} from 'wechatpay-chain';
import { registerSecret } from './support/secrets.js';
import { clientFor, createFake } from './support/world.js';

const fake = createFake();
registerSecret(fake.apiv3Key);
const wxpay = clientFor(fake);

/** One valid resource per typed event family the SDK promises, typed by the catalog. */
const fixtures: { [T in KnownEventType]?: NotificationResources[T] } = {
  'TRANSACTION.SUCCESS': {
    mchid: '1230000109',
    appid: 'wxd678efh567hg6787',
    out_trade_no: '1217752501201407033233368018',
    transaction_id: '4200000000202611230000000001',
    trade_state: 'SUCCESS',
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
  },
  'REFUND.SUCCESS': {
    mchid: '1230000109',
    out_trade_no: '1217752501201407033233368018',
    transaction_id: '4200000000202611230000000001',
    out_refund_no: 'R1217752501201407033233368018',
    refund_id: '50000000382019052709732678859',
    refund_status: 'SUCCESS',
    success_time: '2026-11-23T14:10:00+08:00',
    user_received_account: '招商银行信用卡0403',
    amount: { total: 100, refund: 100, payer_total: 100, payer_refund: 100, currency: 'CNY', payer_currency: 'CNY' },
  },
  'REFUND.ABNORMAL': {
    mchid: '1230000109',
    sp_mchid: '1230000109',
    sub_mchid: '1900000109',
    out_trade_no: '1217752501201407033233368018',
    transaction_id: '4200000000202611230000000001',
    out_refund_no: 'R1217752501201407033233368019',
    refund_id: '50000000382019052709732678860',
    refund_status: 'ABNORMAL',
    user_received_account: '招商银行信用卡0403',
    amount: { total: 100, refund: 50, payer_total: 100, payer_refund: 50 },
  },
  'REFUND.CLOSED': {
    mchid: '1230000109',
    sp_mchid: '1230000109',
    sub_mchid: '1900000109',
    out_trade_no: '1217752501201407033233368018',
    transaction_id: '4200000000202611230000000001',
    out_refund_no: 'R1217752501201407033233368020',
    refund_id: '50000000382019052709732678861',
    refund_status: 'CLOSED',
    user_received_account: '招商银行信用卡0403',
    amount: { total: 100, refund: 50, payer_total: 100, payer_refund: 50 },
  },
  'PROFITSHARING.SUCCESS': {
    mchid: '1230000109',
    transaction_id: '4200000000202611230000000001',
    order_id: '3008450740201411110007820472',
    out_order_no: 'P20150806125346',
    receiver: { type: 'MERCHANT_ID', account: '1900000110', amount: 10, description: '分给商户1900000110' },
    success_time: '2026-11-23T14:20:00+08:00',
  },
  'PROFITSHARING.RETURN': {
    mchid: '1230000109',
    transaction_id: '4200000000202611230000000001',
    order_id: '3008450740201411110007820473',
    out_order_no: 'P20150806125347',
    receiver: { type: 'MERCHANT_ID', account: '1900000110', amount: 10, description: '回退' },
    success_time: '2026-11-23T14:30:00+08:00',
  },
  'PAPAY.SIGN': { mchid: '1230000109', contract_id: 'Wx15463511252015071056489715', plan_id: 12535, out_contract_code: 'C100001', openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  'PAPAY.TERMINATE': { mchid: '1230000109', contract_id: 'Wx15463511252015071056489715', plan_id: 12535, contract_termination_mode: 'USER' },
  'INSURANCE_ENTRUST.SIGN': {
    mchid: '1230000109',
    contract_id: 'Wx15463511252015071056489716',
    appid: 'wxd678efh567hg6787',
    plan_id: 12536,
    out_contract_code: 'C100002',
    insured_display_name: '张三',
    contract_state: 'SIGNED',
    contract_signed_time: '2026-11-23T14:00:00+08:00',
    contract_expired_time: '2027-11-23T14:00:00+08:00',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    contract_terminate_info: { contract_termination_mode: 'USER_TERMINATE', contract_terminated_time: '' },
  },
  'INSURANCE_ENTRUST.TERMINATE': {
    mchid: '1230000109',
    contract_id: 'Wx15463511252015071056489716',
    appid: 'wxd678efh567hg6787',
    plan_id: 12536,
    out_contract_code: 'C100002',
    insured_display_name: '张三',
    contract_state: 'TERMINATED',
    contract_signed_time: '2026-11-23T14:00:00+08:00',
    contract_expired_time: '2027-11-23T14:00:00+08:00',
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    contract_terminate_info: { contract_termination_mode: 'MCH_API_TERMINATE', contract_terminated_time: '2026-11-24T09:00:00+08:00', contract_termination_remark: '用户解约' },
  },
  'MCHTRANSFER.BILL.FINISHED': {
    out_bill_no: 'plfk2020042013',
    transfer_bill_no: '1330000071100999991182020050700019480001',
    state: 'SUCCESS',
    mch_id: '1230000109',
    transfer_amount: 100,
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    create_time: '2026-11-23T14:00:00+08:00',
    update_time: '2026-11-23T14:01:00+08:00',
  },
  'COMPLAINT.CREATE': { complaint_id: '200201820200101080076610000', action_type: 'CREATE_COMPLAINT' },
  'COMPLAINT.STATE_CHANGE': { complaint_id: '200201820200101080076610000', action_type: 'MERCHANT_CONFIRM_COMPLETE' },
};

const combined: CombineTransactionSuccessResource = {
  combine_appid: 'wxd678efh567hg6787',
  combine_mchid: '1900000109',
  combine_out_trade_no: '20150806125346',
  sub_orders: [
    { mchid: '1900000109', trade_state: 'SUCCESS', out_trade_no: '20150806125346-1', transaction_id: '4200000000202611230000000003', amount: { total_amount: 10, payer_amount: 10, currency: 'CNY', payer_currency: 'CNY' } },
    { mchid: '1900000110', trade_state: 'SUCCESS', out_trade_no: '20150806125346-2', transaction_id: '4200000000202611230000000004', amount: { total_amount: 20, payer_amount: 20, currency: 'CNY', payer_currency: 'CNY' } },
  ],
  combine_payer_info: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
};

async function roundTrip<T extends KnownEventType>(eventType: T, resource: NotificationResources[T]): Promise<Notification> {
  const { headers, body } = fake.notification(eventType, resource);
  return wxpay.notifications.parse({ headers, body });
}

describe('typed events: a valid notification of each family verifies and decrypts', () => {
  it.each(Object.entries(fixtures))('%s', async (eventType, resource) => {
    const event = await roundTrip(eventType as KnownEventType, resource as never);
    expect(event.known).toBe(true);
    expect(event.event_type).toBe(eventType);
    expect(event.resource).toEqual(resource);
  });

  it('covers payments, refunds, profit sharing, contracts (papay and the insurance seed area), transfers and complaints', () => {
    const families = new Set(Object.keys(fixtures).map((type) => type.split('.')[0]));
    expect([...families].sort()).toEqual(['COMPLAINT', 'INSURANCE_ENTRUST', 'MCHTRANSFER', 'PAPAY', 'PROFITSHARING', 'REFUND', 'TRANSACTION']);
    for (const type of Object.keys(fixtures)) expect(KNOWN_EVENT_TYPES).toContain(type);
    for (const type of ['ENTRUST.SIGN', 'ENTRUST.TERMINATE', 'COMPLAINT.CREATE', 'MCHTRANSFER.BATCH.FINISHED']) expect(KNOWN_EVENT_TYPES).toContain(type);
  });

  it('a combined payment comes as TRANSACTION.SUCCESS, told apart by combine_out_trade_no', async () => {
    const event = await roundTrip('TRANSACTION.SUCCESS', combined);
    if (!event.known || event.event_type !== 'TRANSACTION.SUCCESS') throw new Error('expected a known TRANSACTION.SUCCESS');
    expectTypeOf(event.resource).toEqualTypeOf<TransactionSuccessResource | CombineTransactionSuccessResource>();
    if (!('combine_out_trade_no' in event.resource)) throw new Error('expected a combined payment');
    expectTypeOf(event.resource.sub_orders[0]!.out_trade_no).toEqualTypeOf<string>();
    expect(event.resource.sub_orders.map((order) => order.out_trade_no)).toEqual(['20150806125346-1', '20150806125346-2']);
  });
});

describe('typed events: the union narrows on known, then event_type', () => {
  it('gives each case its own resource type, and unknown event types a loose record', async () => {
    const event = await roundTrip('REFUND.SUCCESS', fixtures['REFUND.SUCCESS']!);
    expectTypeOf(event).toEqualTypeOf<Notification>();
    if (!event.known) {
      expectTypeOf(event.resource).toEqualTypeOf<Record<string, unknown>>();
      expectTypeOf(event.event_type).toEqualTypeOf<string>();
      throw new Error('expected a known event');
    }
    switch (event.event_type) {
      case 'REFUND.SUCCESS':
        expectTypeOf(event).toEqualTypeOf<NotificationOf<'REFUND.SUCCESS'>>();
        expectTypeOf(event.resource.amount.refund).toEqualTypeOf<number>();
        expectTypeOf(event.resource.success_time).toEqualTypeOf<string | undefined>();
        expect(event.resource.out_refund_no).toBe('R1217752501201407033233368018');
        break;
      case 'TRANSACTION.SUCCESS':
        if (!('combine_out_trade_no' in event.resource)) expectTypeOf(event.resource.amount.total).toEqualTypeOf<number>();
        throw new Error('not this one');
      default:
        throw new Error(`unexpected ${event.event_type}`);
    }
  });

  it('types enums as open unions: listed values autocomplete, new ones still type-check', () => {
    expectTypeOf<'SUCCESS'>().toMatchTypeOf<NotificationResources['REFUND.SUCCESS']['refund_status']>();
    expectTypeOf<'SOME_FUTURE_STATE'>().toMatchTypeOf<NotificationResources['REFUND.SUCCESS']['refund_status']>();
    // @ts-expect-error a typed notification of the fake requires the catalog's required fields
    fake.notification('COMPLAINT.CREATE', { complaint_id: 'x' });
  });
});

const EVENTS_JSON = new URL('../../shared/webhooks/events.json', import.meta.url).pathname;

describe('types/events/generated.ts', () => {
  it.skipIf(!existsSync(EVENTS_JSON))('is what scripts/generate-events.ts writes from the webhook descriptions (deterministic)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-'));
    try {
      const run = (out: string) =>
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-events.ts', '--in', EVENTS_JSON, '--out', out], { stdio: 'pipe' });
      run(join(dir, 'a.ts'));
      run(join(dir, 'b.ts'));
      const first = readFileSync(join(dir, 'a.ts'), 'utf8');
      expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe(first);
      expect(first).toBe(readFileSync(new URL('../types/events/generated.ts', import.meta.url), 'utf8'));
      // The runtime list is written beside it, so that generated.ts stays declarations only.
      expect(readFileSync(join(dir, 'known.ts'), 'utf8')).toBe(readFileSync(new URL('../types/events/known.ts', import.meta.url), 'utf8'));
      expect(first.split('\n', 1)[0]).toMatch(/do not edit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
