import { finished, Readable } from 'node:stream';
import type { SecureContext } from 'node:tls';
import { ConnectionAgents, type AttemptAgents } from '../../http/agents.js';
import { proxyOptionProblem, type ConnectionOptions } from '../../request/proxy-option.js';
import { AttemptTransport } from '../../http/attempt.js';
import type { AttemptConnection, TlsMaterial } from '../contract.js';

/**
 * node:http (Node, Bun, Deno): axios's http adapter sends each attempt through an
 * {@link AttemptTransport}, which tracks how far it got and bounds the connection with
 * `connectTimeout`, over the client's agents or a proxy's `CONNECT` tunnel (agents.ts).
 */

const versions = process.versions as NodeJS.ProcessVersions & { bun?: string; deno?: string };

/** The runtime, for the User-Agent. */
export const runtime = versions.bun ? `bun/${versions.bun}` : versions.deno ? `deno/${versions.deno}` : `node/${versions.node}`;

export { proxyOptionProblem };

/** Bytes as axios's http adapter sends them: a `Buffer` (a view, not a copy). */
export function wireBytes(bytes: Uint8Array): Uint8Array {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** How a client's attempts connect: its agents, TLS contexts or proxy, and a fresh transport per attempt. */
export class Connections {
  readonly #agents: ConnectionAgents;

  constructor(client: ConnectionOptions, tls: TlsMaterial) {
    this.#agents = new ConnectionAgents(client, { trust: tls.trust as SecureContext | undefined, identity: tls.identity as SecureContext | undefined });
  }

  attempt(url: string, call: ConnectionOptions, connectTimeout: number, mutual = false): AttemptConnection | Promise<AttemptConnection> {
    const agents = this.#agents.for(url, call, mutual);
    const connection = ({ httpAgent, httpsAgent, proxied }: AttemptAgents): AttemptConnection => ({ httpAgent, httpsAgent, transport: new AttemptTransport(connectTimeout, proxied) });
    return agents instanceof Promise ? agents.then(connection) : connection(agents);
  }
}

/** A streamed body (a node:stream `Readable` from the http adapter): `done` once it ends or fails. */
export function whenStreamEnds(body: unknown, done: () => void): boolean {
  if (!(body instanceof Readable)) return false;
  finished(body, () => done());
  return true;
}

