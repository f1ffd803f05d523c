import type { Notification } from '../../types/events/index.js';
import type { NotificationDedupe } from './dedupe.js';
import { startsAsXml } from '../xml/parse.js';
import type { NotificationInput } from './input.js';
import { parseNotification, type NotificationKeys, type ParseOptions } from './parse.js';
import { failureReplyFor, successReply, type NotificationReply, type ReplyVersion } from './reply.js';

/**
 * Your code for one notification. Resolve to acknowledge it; throw to have WeChat Pay deliver it
 * again later. It runs only for verified, decrypted notifications.
 */
export type NotificationListener<Context = void> = (event: Notification, context: Context) => void | Promise<void>;

/** Options of the handlers (`handle`, `handler`, `nodeHandler`). */
export interface HandlerOptions extends ParseOptions {
  /** Flag redeliveries (`event.duplicate`); IDs are remembered after the listener succeeds. */
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
  let given: NotificationInput | undefined;
  try {
    given = typeof input === 'function' ? await input() : input;
    event = await parseNotification(keys, given, options);
    if (options.dedupe) event.duplicate = await options.dedupe.seen(event.id);
  } catch (error) {
    report(onError, error);
    return { ...failureReplyFor(error, versionOf(given)), error };
  }
  // An APIv2 (XML) notification is answered in XML, an APIv3 one as before.
  const version: ReplyVersion = event.version === 'v2' ? 'v2' : 'v3';
  try {
    await listener(event, context);
    if (options.dedupe && !event.duplicate) await options.dedupe.remember(event.id);
  } catch (error) {
    report(onError, error, event);
    return { ...failureReplyFor(error, version), event, error };
  }
  return { ...successReply(options.successStatus, version), event };
}

function report(onError: NonNullable<HandlerOptions['onError']>, error: unknown, event?: Notification): void {
  try {
    onError(error, event);
  } catch {
    // A failing logger must not turn a reply into an unhandled rejection.
  }
}

/** The protocol of a notification that was refused: XML bodies are APIv2. */
function versionOf(input: NotificationInput | undefined): ReplyVersion {
  const body: unknown = input?.body;
  if (typeof body === 'string') return startsAsXml(Buffer.from(body.slice(0, 64))) ? 'v2' : 'v3';
  if (body instanceof Uint8Array) return startsAsXml(body.subarray(0, 64)) ? 'v2' : 'v3';
  return 'v3';
}
