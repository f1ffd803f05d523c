import type { BenchEnv } from '../common.js';

/**
 * One client under test. Each call sends one signed request to the loopback fake and resolves only
 * after the client (or, for a client that does not verify by itself, the glue its users would write)
 * has verified the response signature and checked the body.
 */
export interface BenchClient {
  get(outTradeNo: string): Promise<void>;
  post(outTradeNo: string): Promise<void>;
}

export type ClientFactory = (env: BenchEnv) => BenchClient | Promise<BenchClient>;

export function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`unexpected response: ${what}`);
}
