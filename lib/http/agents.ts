import type { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { SecureContext } from 'node:tls';
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


/** The client's TLS: CAs it trusts beyond Node's (`ca`), and the merchant certificate for mutual TLS. */
export interface ClientTls {
  /** Every `https:` connection's context when the client was given `ca`. */
  trust?: SecureContext;
  /** The context with the merchant API certificate, for the calls that need mutual TLS. */
  identity?: SecureContext;
}

// As Node's global agent: keep-alive, and idle sockets dropped after 5 s, before a server would
// close them under a request being written.
const POOL = { keepAlive: true, timeout: 5_000, scheduling: 'lifo' as const };

/** Proxies kept per client: one agent (and its pool of tunnels) per proxy and target protocol. */
const MAX_PROXY_AGENTS = 16;

// hpagent (a CommonJS module, so the costlier kind to import from ESM) is loaded by the first
// attempt that goes through a proxy: a client without one, most of them, never pays for it.
let hpagent: Promise<typeof import('hpagent')> | undefined;

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
  readonly #tls: ClientTls;
  readonly #proxyAgents = new Map<string, Agent>();
  /** Direct agents of the client's own TLS contexts (`trust`, `identity`), made on first use. */
  readonly #direct = new Map<SecureContext, Agent>();

  /** `client`: checked already (see `proxyOptionProblem`). */
  constructor(client: ConnectionOptions, tls: ClientTls = {}) {
    this.#client = client;
    this.#tls = tls;
  }

  /**
   * The agents for a request to `url` with the call's own connection options. `mutual`: the call
   * goes with the merchant certificate, which only an agent for this one attempt's URL presents (an
   * agent of your own is not used then: it could not hold the certificate). In a promise only for
   * a proxy's first attempt, while hpagent loads.
   */
  for(url: string, call: ConnectionOptions, mutual = false): AttemptAgents | Promise<AttemptAgents> {
    const secure = url.startsWith('https:');
    const proxy = call.proxy !== undefined ? call.proxy : this.#client.proxy;
    const context = secure ? (mutual ? this.#tls.identity : this.#tls.trust) : undefined;
    if (!(mutual && context)) {
      const own = (secure ? call.httpsAgent ?? this.#client.httpsAgent : call.httpAgent ?? this.#client.httpAgent) as Agent | undefined;
      if (own !== undefined) return { httpAgent: own, httpsAgent: own, proxied: false };
    }
    const proxyURL = proxy === false ? undefined : proxy !== undefined ? new URL(proxy as string | URL).href : fromEnvironment(url);
    if (proxyURL === undefined) {
      const agent = context ? this.#directAgent(context) : undefined;
      return { httpAgent: agent, httpsAgent: agent, proxied: false };
    }
    const key = `${secure ? 'https' : 'http'} ${context === undefined ? '' : context === this.#tls.identity ? 'mutual ' : 'trust '}${proxyURL}`;
    const kept = this.#proxyAgents.get(key);
    if (kept) return { httpAgent: kept, httpsAgent: kept, proxied: true };
    return (hpagent ??= import('hpagent')).then((loaded) => {
      const agent = this.#proxyAgent(loaded, key, proxyURL, secure, context);
      return { httpAgent: agent, httpsAgent: agent, proxied: true };
    });
  }

  #directAgent(context: SecureContext): Agent {
    let agent = this.#direct.get(context);
    if (!agent) {
      agent = new HttpsAgent({ ...POOL, secureContext: context });
      this.#direct.set(context, agent);
    }
    return agent;
  }

  /** The agent kept under `key`, made now if none is (two first attempts may both have waited for hpagent). */
  #proxyAgent({ HttpProxyAgent, HttpsProxyAgent }: typeof import('hpagent'), key: string, proxyURL: string, secure: boolean, context: SecureContext | undefined): Agent {
    // The tunnel to the proxy never carries the merchant certificate: hpagent opens it with its own
    // options; the context is used for the TLS to WeChat Pay inside the tunnel only.
    let agent = this.#proxyAgents.get(key);
    if (!agent) {
      const options = { proxy: proxyURL, ...POOL };
      agent = secure ? new HttpsProxyAgent(context ? { ...options, secureContext: context } : options) : new HttpProxyAgent(options);
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
