import type { Agent } from 'node:http';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';
import { getProxyForUrl } from 'proxy-from-env';
import { ConfigError } from '../errors/config-error.js';
import { proxyOptionProblem, type ConnectionOptions } from '../request/proxy-option.js';

export type { ConnectionOptions };

/** The agents of one attempt, as axios takes them, and whether they go through a proxy. */
export interface AttemptAgents {
  httpAgent: Agent | undefined;
  httpsAgent: Agent | undefined;
  proxied: boolean;
}


/** Proxies kept per client: one agent (and its pool of tunnels) per proxy and target protocol. */
const MAX_PROXY_AGENTS = 16;

/**
 * How each request reaches WeChat Pay: directly (Node's global agent, or an agent you give), or
 * through a forward proxy in a `CONNECT` tunnel (hpagent), so the proxy relays TLS (or, for a test
 * server on loopback, plain bytes) and never sees a signature or a body. axios's own proxying is
 * off (`proxy: false`): for an `http:` URL it would send the request to the proxy in the clear.
 *
 * The proxy is, in order: the call's `proxy`, the client's `proxy`, else `HTTPS_PROXY` /
 * `HTTP_PROXY` / `ALL_PROXY` and `NO_PROXY` from the environment, read on every request as axios
 * reads them. An agent of your own (`httpsAgent`, `httpAgent`) is used as it is: give it the proxy
 * yourself.
 */
export class ConnectionAgents {
  readonly #client: ConnectionOptions;
  readonly #proxyAgents = new Map<string, Agent>();

  /** `client`: checked already (see `proxyOptionProblem`). */
  constructor(client: ConnectionOptions) {
    this.#client = client;
  }

  /** The agents for a request to `url` with the call's own connection options. */
  for(url: string, call: ConnectionOptions): AttemptAgents {
    const secure = url.startsWith('https:');
    const own = (secure ? call.httpsAgent ?? this.#client.httpsAgent : call.httpAgent ?? this.#client.httpAgent) as Agent | undefined;
    const proxy = call.proxy !== undefined ? call.proxy : this.#client.proxy;
    if (own !== undefined || proxy === false) return { httpAgent: own, httpsAgent: own, proxied: false };
    const proxyURL = proxy !== undefined ? new URL(proxy as string | URL).href : fromEnvironment(url);
    if (proxyURL === undefined) return { httpAgent: undefined, httpsAgent: undefined, proxied: false };
    const agent = this.#proxyAgent(proxyURL, secure);
    return { httpAgent: agent, httpsAgent: agent, proxied: true };
  }

  #proxyAgent(proxyURL: string, secure: boolean): Agent {
    const key = `${secure ? 'https' : 'http'} ${proxyURL}`;
    let agent = this.#proxyAgents.get(key);
    if (!agent) {
      // As Node's global agent: keep-alive, and idle sockets dropped after 5 s, before a server
      // would close them under a request being written.
      const options = { proxy: proxyURL, keepAlive: true, timeout: 5_000, scheduling: 'lifo' as const };
      agent = secure ? new HttpsProxyAgent(options) : new HttpProxyAgent(options);
      if (this.#proxyAgents.size >= MAX_PROXY_AGENTS) this.#proxyAgents.delete(this.#proxyAgents.keys().next().value!);
      this.#proxyAgents.set(key, agent);
    }
    return agent;
  }
}

/** The proxy the environment names for `url`, checked; `undefined` for none. */
function fromEnvironment(url: string): string | undefined {
  const proxy = getProxyForUrl(url);
  if (proxy === '') return undefined;
  const problem = proxyOptionProblem(proxy, {});
  // Named by variable, never quoted: a proxy URL may carry a password.
  if (problem !== undefined) throw new ConfigError(url.startsWith('https:') ? 'HTTPS_PROXY (environment)' : 'HTTP_PROXY (environment)', problem);
  return new URL(proxy).href;
}
