import { Redis } from 'ioredis';
import { createClient } from 'redis';
import type { RedisClientLike } from 'wechatpay-chain/redis';

/** A connection of one of the two supported libraries, and how to close it. */
export interface Connection {
  client: RedisClientLike;
  close(): Promise<void>;
}

/** Both supported libraries, configured as docs/scaling.md recommends. */
export const libraries = {
  ioredis: async (url: string): Promise<Connection> => {
    const client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => undefined); // reconnects are expected in the fault tests
    return { client, close: async () => void client.disconnect() };
  },
  'node-redis': async (url: string): Promise<Connection> => {
    const client = createClient({ url, socket: { reconnectStrategy: () => 50 } });
    client.on('error', () => undefined);
    await client.connect();
    return { client, close: async () => client.destroy() };
  },
} satisfies Record<string, (url: string) => Promise<Connection>>;

export type Library = keyof typeof libraries;
export const LIBRARIES = Object.keys(libraries) as Library[];

/** An ioredis connection for the tests' own look at what is stored. */
export function inspector(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 50 });
  redis.on('error', () => undefined);
  return redis;
}
