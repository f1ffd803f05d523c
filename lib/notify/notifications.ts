import type { IncomingMessage, ServerResponse } from 'node:http';
import { INSPECT } from '../inspect.js';
import type { VerificationKey } from '../auth/keys.js';
import type { Notification } from '../../types/events/index.js';
import { handleNotification, type HandleResult, type HandlerOptions, type NotificationListener } from './handle.js';
import { DEFAULT_MAX_BODY_BYTES, type NotificationInput } from './input.js';
import { nodeRequestBody } from './node.js';
import { parseNotification, type NotificationKeys, type ParseOptions } from './parse.js';
import { toResponse, writeReply } from './reply.js';
import { readRequestBody } from './web.js';

/**
 * Incoming WeChat Pay notifications (回调通知) for one client: `wxpay.notifications`. Every method
 * verifies the signature over the raw body with the client's trusted keys, checks the timestamp,
 * and decrypts `resource` with its `apiv3Key`; an XML body is an APIv2 notification, verified with
 * its `apiv2Key` (a refund's `req_info` decrypted with it), and answered in XML.
 */
export class Notifications {
  readonly #keys: NotificationKeys;

  /** @internal Use `wxpay.notifications`. */
  constructor(keys: NotificationKeys) {
    this.#keys = keys;
  }

  /**
   * Verify and decrypt one notification. Rejects with a `NotificationError` whose `code` names the
   * failed check; event types outside the catalog resolve with `known: false`.
   *
   * @example
   * ```ts
   * const event = await wxpay.notifications.parse({ headers: req.headers, body: rawBody });
   * if (event.known && event.event_type === 'REFUND.SUCCESS') console.log(event.resource.out_refund_no);
   * ```
   */
  parse(input: NotificationInput, options?: ParseOptions): Promise<Notification> {
    return parseNotification(this.#keys, input, options);
  }

  /**
   * Parse, run `listener`, and return the reply to send, for any framework: send `status`,
   * `headers` and `body` as they are. Never rejects.
   *
   * @example
   * ```ts
   * // Fastify, with the JSON body kept raw: addContentTypeParser('application/json', { parseAs: 'buffer' }, …)
   * app.post('/wxpay/notify', async (request, reply) => {
   *   const result = await wxpay.notifications.handle({ headers: request.headers, body: request.body as Buffer }, onNotification);
   *   return reply.code(result.status).headers(result.headers).send(result.body);
   * });
   * ```
   */
  handle(input: NotificationInput, listener: NotificationListener, options?: HandlerOptions): Promise<HandleResult> {
    return handleNotification(this.#keys, input, listener, undefined, options);
  }

  /**
   * A Web-standard handler, `(request: Request) => Promise<Response>`: a Next.js route handler's
   * `POST`, Hono, Bun, Deno and worker runtimes. The listener also receives the `Request`.
   *
   * @example
   * ```ts
   * export const POST = wxpay.notifications.handler(async (event) => { … });
   * ```
   */
  handler(listener: NotificationListener<Request>, options: HandlerOptions = {}): (request: Request) => Promise<Response> {
    const keys = this.#keys;
    const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    return async (request) => {
      const input = async (): Promise<NotificationInput> => ({ headers: request.headers, body: await readRequestBody(request, limit) });
      return toResponse(await handleNotification(keys, input, listener, request, options));
    };
  }

  /**
   * A Node handler, `(req, res) => Promise<void>`, for node:http and Express (mount it without a
   * JSON body parser, or after `express.raw({ type: 'application/json' })`). The raw body is read
   * with a size limit (`maxBodyBytes`, 1 MiB by default).
   *
   * @example
   * ```ts
   * app.post('/wxpay/notify', wxpay.notifications.nodeHandler(async (event) => { … }));
   * ```
   */
  nodeHandler(
    listener: NotificationListener<{ req: IncomingMessage; res: ServerResponse }>,
    options: HandlerOptions = {},
  ): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
    const keys = this.#keys;
    const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    return async (req, res) => {
      const input = async (): Promise<NotificationInput> => ({ headers: req.headers, body: await nodeRequestBody(req, limit) });
      writeReply(res, await handleNotification(keys, input, listener, { req, res }, options));
    };
  }

  toJSON(): Record<string, never> {
    return {};
  }

  [INSPECT](): string {
    return 'Notifications {}';
  }
}

/** The client state a {@link Notifications} reads (a subset of `ClientState`). */
export interface NotificationSource {
  trust: { resolve(serial: string): VerificationKey | undefined | Promise<VerificationKey | undefined>; hint?(serial: string): string | undefined };
  apiv3Key: NotificationKeys['apiv3Key'];
  apiv2Key?: NotificationKeys['apiv2Key'];
  clock: () => number;
  clockToleranceSeconds: number;
}

const bound = new WeakMap<NotificationSource, Notifications>();

/** The one {@link Notifications} of a client, reading its trust store and keys at each call. */
export function notificationsFor(state: NotificationSource): Notifications {
  let notifications = bound.get(state);
  if (!notifications) {
    notifications = new Notifications({
      keyFor: (serial) => state.trust.resolve(serial),
      unknownSerialHint: (serial) => state.trust.hint?.(serial),
      get apiv3Key() {
        return state.apiv3Key;
      },
      get apiv2Key() {
        return state.apiv2Key;
      },
      clock: () => state.clock(),
      get clockToleranceSeconds() {
        return state.clockToleranceSeconds;
      },
    });
    bound.set(state, notifications);
  }
  return notifications;
}
