import type { FakeNotification } from '../notification.js';
import type { FakeDelivery, FakeDeliveryAttempt, FakeDeliveryOptions, FakeHost, FakeNotifyHandler } from './types.js';

/** WeChat Pay's waits before each retry of an unacknowledged notification (about 24 hours in all). */
export const WECHATPAY_RETRY_DELAYS_MS: readonly number[] = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10_800, 10_800, 10_800, 21_600, 21_600].map((s) => s * 1000);

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

/**
 * Delivers the fake's notifications as WeChat Pay does: a POST to the `notify_url`, answered within
 * the reply timeout with 200 or 204, or tried again on the retry schedule. A `notify_url` is reached
 * through an in-process handler registered for it, or over HTTP when it is a loopback URL; any other
 * URL is refused before anything changes, so a test never reaches the network.
 */
export class NotificationCourier {
  readonly #host: FakeHost;
  readonly #handlers = new Map<string, FakeNotifyHandler>();
  readonly #delays: readonly number[];
  readonly #replyTimeoutMs: number;

  constructor(host: FakeHost, options: FakeDeliveryOptions = {}) {
    this.#host = host;
    const { retryDelaysMs = WECHATPAY_RETRY_DELAYS_MS, timeScale = 1, replyTimeoutMs = 5000 } = options;
    if (!Array.isArray(retryDelaysMs) || !retryDelaysMs.every((ms) => Number.isFinite(ms) && ms >= 0)) throw new Error('FakeWechatpay: delivery.retryDelaysMs must be milliseconds ≥ 0');
    if (!Number.isFinite(timeScale) || timeScale < 0) throw new Error('FakeWechatpay: delivery.timeScale must be a finite number ≥ 0');
    if (!Number.isFinite(replyTimeoutMs) || replyTimeoutMs <= 0) throw new Error('FakeWechatpay: delivery.replyTimeoutMs must be positive');
    this.#delays = retryDelaysMs.map((ms) => ms * timeScale);
    this.#replyTimeoutMs = replyTimeoutMs;
  }

  /** Deliver notifications for `url` to `handler`, in process, instead of over HTTP. */
  deliverTo(url: string, handler: FakeNotifyHandler): void {
    if (typeof handler !== 'function') throw new TypeError('deliverTo: the handler must be a function (request: Request) => Response');
    this.#handlers.set(canonical(url), handler);
  }

  /** Throws, saying why, when notifications to `url` could not be delivered without the network. */
  assertReachable(url: string): void {
    const key = canonical(url);
    if (this.#handlers.has(key)) return;
    const { protocol, hostname } = new URL(key);
    if ((protocol === 'http:' || protocol === 'https:') && LOOPBACK.test(hostname)) return;
    throw new Error(`notify_url ${key} is not a loopback URL: register an in-process handler for it with fake.payments.deliverTo(url, handler), or give an http://127.0.0.1:… URL`);
  }

  /** Sign and deliver one notification, retrying on the schedule; resolves when WeChat Pay would stop. */
  async deliver(eventType: string, resource: Record<string, unknown>, url: string, summary: string): Promise<FakeDelivery> {
    this.assertReachable(url);
    const notification = this.#host.notification(eventType, resource, { summary });
    let first = true;
    const attempts: FakeDeliveryAttempt[] = [];
    const send = async (): Promise<FakeDeliveryAttempt> => {
      // Every attempt after the first is signed afresh: a retry hours later must pass the clock check.
      const signed = first ? notification : this.#host.notification(eventType, {}, { rawBody: notification.body, id: notification.id });
      first = false;
      const attempt = { attempt: attempts.length + 1, ...(await this.#post(url, signed)) };
      attempts.push(attempt);
      return attempt;
    };
    const delivery: FakeDelivery = {
      eventType,
      id: notification.id,
      url,
      notification,
      resource,
      attempts,
      get acknowledged() {
        return attempts.some((attempt) => attempt.acknowledged);
      },
      redeliver: send,
    };
    for (let retry = 0; !(await send()).acknowledged && retry < this.#delays.length; retry++) {
      await new Promise((resolve) => setTimeout(resolve, this.#delays[retry]));
    }
    return delivery;
  }

  async #post(url: string, notification: FakeNotification): Promise<Omit<FakeDeliveryAttempt, 'attempt'>> {
    const init = { method: 'POST', headers: notification.headers, body: notification.body };
    const handler = this.#handlers.get(canonical(url));
    let timer: NodeJS.Timeout | undefined;
    try {
      const response = handler
        ? await Promise.race([
            Promise.resolve().then(() => handler(new Request(url, init))),
            new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no reply within ${this.#replyTimeoutMs} ms`)), this.#replyTimeoutMs))),
          ])
        : await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(this.#replyTimeoutMs) });
      const body = await response.text();
      return { status: response.status, body, acknowledged: response.status === 200 || response.status === 204 };
    } catch (error) {
      return { error: failure(error), acknowledged: false };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Why an attempt got no answer: fetch's own message ("fetch failed") says little without its cause. */
function failure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause ? `${error.message}: ${cause.code ?? cause.message}` : error.message;
}

function canonical(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new Error('a notify_url must be an absolute URL');
  }
}
