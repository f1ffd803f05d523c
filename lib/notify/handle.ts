import type { Notification } from '../../types/events/index.js';
import type { DedupeClaim, NotificationDedupe } from './dedupe.js';
import { NotificationError } from './error.js';
import { isV2Notification, normalizeHeaders, type NotificationInput } from './input.js';
import { parseNotification, type NotificationKeys, type ParseOptions } from './parse.js';
import { failureReplyFor, successReply, type NotificationReply, type ReplyVersion } from './reply.js';
import { utf8Bytes } from '../bytes.js';

/**
 * Your code for one notification. Resolve to acknowledge it; throw to have WeChat Pay deliver it
 * again later. It runs only for verified, decrypted notifications.
 */
export type NotificationListener<Context = void> = (event: Notification, context: Context) => void | Promise<void>;

/** Options of the handlers (`handle`, `handler`, `nodeHandler`). */
export interface HandlerOptions extends ParseOptions {
  /**
   * Keep a notification from being handled twice: its ID is claimed before the listener runs, so of
   * two deliveries at once only one runs as `duplicate: false` (the other is refused with a `409`
   * and redelivered); IDs handled before come flagged `event.duplicate`; an ID is recorded once the
   * listener succeeded and released if it threw, so the redelivery is handled.
   */
  dedupe?: NotificationDedupe;
  /**
   * The success status. @default 204
   */
  successStatus?: 200 | 204;
  /**
   * Told about every refused notification and every listener failure (the reply to WeChat Pay
   * does not carry the details). Errors of this package never hold secrets.
   * @default a one-line `console.warn`
   */
  onError?: (error: unknown, event?: Notification) => void;
}

/** The outcome of one notification: the reply to send, and what happened. */
export interface HandleResult extends NotificationReply {
  /** The notification, when it verified and decrypted. */
  event?: Notification;
  /** Why it was refused, or what the listener threw. */
  error?: unknown;
}

const defaultOnError = (error: unknown): void => {
  console.warn(`wechatpay-chain: ${error instanceof Error ? error.message : String(error)}`);
};

/** Parse, flag duplicates, run the listener, and pick the reply. Never rejects. */
export async function handleNotification<Context>(
  keys: NotificationKeys,
  input: NotificationInput | (() => Promise<NotificationInput>),
  listener: NotificationListener<Context>,
  context: Context,
  options: HandlerOptions = {},
): Promise<HandleResult> {
  const onError = options.onError ?? defaultOnError;
  let event: Notification;
  let claim: DedupeClaim | undefined;
  let given: NotificationInput | undefined;
  try {
    given = typeof input === 'function' ? await input() : input;
    event = await parseNotification(keys, given, options);
  } catch (error) {
    report(onError, error);
    return { ...failureReplyFor(error, versionOf(given)), error };
  }
  // An APIv2 (XML) notification is answered in XML, an APIv3 one as before.
  const version: ReplyVersion = event.version === 'v2' ? 'v2' : 'v3';
  try {
    if (options.dedupe) claim = await claimFor(event, options.dedupe, onError);
    await listener(event, context);
  } catch (error) {
    report(onError, error, event);
    await settle(claim?.release(), onError, event);
    return { ...failureReplyFor(error, version), event, error };
  }
  if (claim && !event.duplicate) await settle(claim.done(), onError, event);
  return { ...successReply(options.successStatus, version), event };
}

/**
 * Claim the notification before its listener runs and flag it; throws the refusal for a delivery
 * that must not run (another holds the claim, or the store is down and the policy is to fail).
 */
async function claimFor(event: Notification, dedupe: NotificationDedupe, onError: NonNullable<HandlerOptions['onError']>): Promise<DedupeClaim> {
  const claim = await dedupe.claim(event.id);
  const context = { notificationId: event.id, cause: claim.error };
  if (claim.status === 'in-progress') {
    throw new NotificationError('in-progress', `another delivery of notification ${event.id} is being handled; WeChat Pay will deliver it again`, context);
  }
  event.duplicate = claim.status === 'duplicate';
  if (claim.status === 'unavailable') {
    const reason = `the dedupe store could not be asked (${claim.error instanceof Error ? claim.error.message : String(claim.error)})`;
    if (dedupe.onUnavailable === 'fail') throw new NotificationError('dedupe-unavailable', `${reason}; WeChat Pay will deliver it again`, context);
    event.dedupeUnavailable = true;
    report(onError, new NotificationError('dedupe-unavailable', `${reason}; handled without checking for duplicates (onUnavailable: 'handle')`, context), event);
  }
  return claim;
}

/**
 * Record or release a claim. Its failure is reported but does not change the reply: after a listener
 * that succeeded, a failure reply would have WeChat Pay deliver again what was handled.
 */
async function settle(step: Promise<void> | undefined, onError: NonNullable<HandlerOptions['onError']>, event: Notification): Promise<void> {
  try {
    await step;
  } catch (error) {
    report(onError, error, event);
  }
}

function report(onError: NonNullable<HandlerOptions['onError']>, error: unknown, event?: Notification): void {
  try {
    onError(error, event);
  } catch {
    // A failing logger must not turn a reply into an unhandled rejection.
  }
}

/** The protocol of a notification that was refused, judged as `parse()` judges it. */
function versionOf(input: NotificationInput | undefined): ReplyVersion {
  const body: unknown = input?.body;
  const start = typeof body === 'string' ? utf8Bytes(body.slice(0, 64)) : body instanceof Uint8Array ? body.subarray(0, 64) : undefined;
  return start !== undefined && isV2Notification(normalizeHeaders(input?.headers), start) ? 'v2' : 'v3';
}
