import { ConnectionAgents } from '../../http/agents.js';
import { proxyOptionProblem, type ConnectionOptions } from '../../request/proxy-option.js';
import { AttemptTransport } from '../../http/attempt.js';
import type { AttemptConnection } from '../contract.js';

/**
 * node:http (Node, Bun, Deno): axios's http adapter sends each attempt through an
 * {@link AttemptTransport}, which tracks how far it got and bounds the connection with
 * `connectTimeout`, over the client's agents or a proxy's `CONNECT` tunnel (agents.ts).
 */

const versions = process.versions as NodeJS.ProcessVersions & { bun?: string; deno?: string };

/** The runtime, for the User-Agent. */
export const runtime = versions.bun ? `bun/${versions.bun}` : versions.deno ? `deno/${versions.deno}` : `node/${versions.node}`;

export { proxyOptionProblem };

/** How a client's attempts connect: its agents or proxy, and a fresh transport per attempt. */
/** Bytes as axios's http adapter sends them: a `Buffer` (a view, not a copy). */
export function wireBytes(bytes: Uint8Array): Uint8Array {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class Connections {
  readonly #agents: ConnectionAgents;

  constructor(client: ConnectionOptions) {
    this.#agents = new ConnectionAgents(client);
  }

  attempt(url: string, call: ConnectionOptions, connectTimeout: number): AttemptConnection {
    const agents = this.#agents.for(url, call);
    return { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent, transport: new AttemptTransport(connectTimeout, agents.proxied) };
  }
}
