import { RedisUnavailableError } from './error.js';

/** An ioredis `Redis` or `Cluster` (anything with ioredis's `call(command, ...args)`). */
export interface IoredisLike {
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** A connected node-redis client (`createClient().connect()`). */
export interface NodeRedisClientLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** A connected node-redis cluster (`createCluster().connect()`). */
export interface NodeRedisClusterLike {
  sendCommand(firstKey: string | undefined, isReadonly: boolean | undefined, args: string[]): Promise<unknown>;
  getMasters(): unknown;
}

/**
 * The Redis connection to use: an ioredis `Redis` or `Cluster`, or a connected node-redis client or
 * cluster. Typed by shape, so neither library is imported by this package: install the one you use.
 */
export type RedisClientLike = IoredisLike | NodeRedisClientLike | NodeRedisClusterLike;

/** The default bound on one command, in milliseconds. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 1000;

/**
 * The one adapter between this package and the two Redis libraries: raw commands in, plain replies
 * out (strings, numbers, null, arrays), each bounded by a timeout so that a Redis that is down or
 * slow is an error within `timeoutMs`, whatever the library's own queueing and reconnecting.
 */
export class RedisCommands {
  readonly #send: (key: string, args: string[]) => Promise<unknown>;
  readonly #timeoutMs: number;

  constructor(client: RedisClientLike, timeoutMs = DEFAULT_COMMAND_TIMEOUT_MS) {
    this.#send = sender(client);
    this.#timeoutMs = timeoutMs;
    if (!(timeoutMs > 0)) throw new RangeError('commandTimeoutMs must be positive');
  }

  /** Send `args` (the command first); `key` routes it in a cluster. Rejects with {@link RedisUnavailableError}. */
  async send(key: string, args: string[]): Promise<unknown> {
    const command = args[0]!;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // After a stall of the event loop the timer and the reply are due together; the reply is read in
        // the poll phase, which comes before setImmediate's: let it win rather than call Redis down.
        setImmediate(() => reject(new RedisUnavailableError(command, `got no answer within ${this.#timeoutMs} ms`)));
      }, this.#timeoutMs);
    });
    try {
      return plain(await Promise.race([this.#send(key, args), timeout]));
    } catch (error) {
      if (RedisUnavailableError.is(error)) throw error;
      throw new RedisUnavailableError(command, `failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

function sender(client: RedisClientLike): (key: string, args: string[]) => Promise<unknown> {
  const candidate = client as Partial<IoredisLike & NodeRedisClusterLike>;
  // ioredis first: its clients also have a `sendCommand`, which takes a Command object.
  if (typeof candidate.call === 'function') {
    const ioredis = client as IoredisLike;
    return (_key, [command, ...rest]) => ioredis.call(command!, ...rest);
  }
  if (typeof candidate.sendCommand === 'function' && typeof candidate.getMasters === 'function') {
    const cluster = client as NodeRedisClusterLike;
    return (key, args) => cluster.sendCommand(key, false, args);
  }
  if (typeof candidate.sendCommand === 'function') {
    const single = client as NodeRedisClientLike;
    return (_key, args) => single.sendCommand(args);
  }
  throw new TypeError('expected an ioredis client or cluster, or a node-redis client or cluster');
}

/** Replies as strings whichever way the library decoded them. */
function plain(reply: unknown): unknown {
  if (Buffer.isBuffer(reply)) return reply.toString('utf8');
  if (Array.isArray(reply)) return reply.map(plain);
  return reply;
}
