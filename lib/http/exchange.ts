import axios, { type AxiosInstance, type CreateAxiosDefaults, type InternalAxiosRequestConfig } from 'axios';
import { authorization, isLocalSigner, type SigningIdentity } from '../auth/signer.js';
import { NetworkError } from '../errors/network-error.js';
import { ParameterError } from '../errors/parameter-error.js';
import { signedParts, type BuiltRequest } from '../request/builder.js';
import { canFailOver, HostList } from '../request/hosts.js';
import { withRetries } from '../request/retry.js';
import type { WechatpayResponse } from '../../types/options.js';
import { Connections, whenStreamEnds } from '#platform/http';
import type { ConnectionOptions, TlsMaterial } from '../platform/contract.js';
import { callStateOf, CallState, type AttemptConfig } from './call-state.js';
import { deadline } from './deadline.js';
import { translateFailure } from './failure.js';
import { verifiedResponse, type ResponseChecks } from './response.js';

/** What an exchange needs of a configured client. */
export interface ExchangeSettings extends ResponseChecks {
  identity: SigningIdentity;
  /** The client's base URL (normalized), then its backup hosts, tried in turn when one cannot be connected to. */
  hosts: readonly string[];
  /** Milliseconds for everything before the request can be written (socket, proxy tunnel, TCP, TLS). */
  connectTimeout: number;
  /** The client's own agents and proxy. */
  connection: ConnectionOptions;
  /** The client's TLS contexts: trusted CAs (`ca`) and the merchant certificate for mutual TLS. */
  tls?: TlsMaterial;
  /** Further axios instance options, as the client was given them. */
  axiosDefaults: CreateAxiosDefaults;
}

/** The largest response body accepted, in bytes (axios `maxContentLength`). */
export const DEFAULT_MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

/**
 * Sends built requests: each attempt through axios's request core, where the client's signing
 * interceptor (registered first, so it runs last, closest to the wire) signs what any user
 * interceptor left, axios's adapter sends it (#platform/http: node:http through an attempt transport, or fetch), and the
 * verifying interceptor checks the raw response before any user response interceptor sees it.
 * Around that: retries (`request/retry.ts`) and failover to backup hosts (`request/hosts.ts`).
 */
export class Exchange {
  readonly axios: AxiosInstance;
  readonly #settings: ExchangeSettings;
  readonly #hosts: HostList;
  readonly #connections: Connections;

  constructor(settings: ExchangeSettings) {
    this.#settings = settings;
    this.#hosts = new HostList(settings.hosts);
    this.#connections = new Connections(settings.connection, settings.tls ?? { trust: undefined, identity: undefined });
    this.axios = axios.create({
      maxContentLength: DEFAULT_MAX_CONTENT_LENGTH,
      ...settings.axiosDefaults,
      // The body is signed as a string or bytes; axios must send exactly those bytes and hand back
      // exactly the bytes received, which the verifier checks before anything is parsed.
      transformRequest: [],
      transformResponse: [],
      responseType: 'arraybuffer',
      validateStatus: () => true,
      maxRedirects: 0,
      // The client chooses the agent, proxy tunnel included (see agents.ts), and times each attempt whole.
      proxy: false,
      timeout: 0,
    });
    // A local key signs synchronously, so axios may run the signer within the call; a caller's
    // signer (KMS, HSM) may return a promise, so its interceptor stays asynchronous.
    this.axios.interceptors.request.use((config) => this.#sign(config), undefined, { synchronous: isLocalSigner(settings.identity.signer) });
    this.axios.interceptors.response.use(
      (response) => verifiedResponse(response, settings),
      (error: unknown) => Promise.reject(translateFailure(error)),
    );
  }

  /**
   * Send a built request: attempts as its retry policy allows, each on the preferred host and then
   * the next while the request provably never left this machine.
   */
  send(request: BuiltRequest, internal: { verifiedByCaller?: boolean } = {}): Promise<WechatpayResponse> {
    const state = new CallState(request, new URL(request.baseURL).pathname.slice(0, -1), internal.verifiedByCaller === true);
    const onHosts = (): Promise<WechatpayResponse> => this.#onHosts(state);
    return request.retry ? withRetries(request.retry, request.signal, onHosts) : onHosts();
  }

  async #onHosts(state: CallState): Promise<WechatpayResponse> {
    // Backup hosts serve the client's own base URL; a call on another host has no backup, and the
    // merchant certificate (mutual TLS) is presented to the call's own host only.
    const onPrimary = state.request.baseURL === this.#hosts.primary && !state.request.apiv2?.security;
    const hosts = onPrimary ? this.#hosts.order() : [state.request.baseURL];
    for (let index = 0; ; index++) {
      const base = hosts[index]!;
      try {
        const response = await this.#attempt(state, base);
        this.#hosts.succeeded(base);
        return response;
      } catch (error) {
        if (!canFailOver(error)) {
          if (!NetworkError.is(error) || error.stage !== 'connect') this.#hosts.succeeded(base);
          throw error;
        }
        this.#hosts.failed(base);
        if (index + 1 >= hosts.length) throw error;
      }
    }
  }

  async #attempt(state: CallState, base: string): Promise<WechatpayResponse> {
    const request = state.request;
    const url = base + request.relative;
    const timeout = request.timeout;
    const connectTimeout = this.#settings.connectTimeout;
    const call = { proxy: request.proxy, httpAgent: request.axios.httpAgent, httpsAgent: request.axios.httpsAgent };
    const pending = this.#connections.attempt(url, call, timeout > 0 && timeout < connectTimeout ? timeout : connectTimeout, request.apiv2?.security === true);
    // In a promise only for a proxy's first attempt, while hpagent loads (agents.ts); awaited only
    // then, so that a call with a local key is signed within the call itself, as before.
    const connection = pending instanceof Promise ? await pending : pending;
    const limit = deadline(timeout, request.signal);
    const config: AttemptConfig = {
      ...request.axios,
      url,
      method: request.method,
      headers: { ...request.headers },
      data: request.body,
      signal: limit.signal,
      ...connection,
      wechatpay: state,
    };
    // A download asks axios for the body as a stream, through the same interceptors (see response.ts).
    if (request.responseType === 'stream') config.responseType = 'stream';
    let body: unknown;
    try {
      const response: WechatpayResponse = await this.axios.request(config);
      body = response.data;
      return response;
    } finally {
      // A streamed body is still arriving: its deadline (and the caller's signal) hold until it is done.
      if (!whenStreamEnds(body, () => limit.clear())) limit.clear();
    }
  }

  /** The signing interceptor: signs the config as it is now, after any user request interceptor. */
  #sign(config: InternalAxiosRequestConfig): InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> {
    const template = callStateOf(config)?.request.template ?? config.url ?? '';
    if (config.params !== undefined) throw new ParameterError('params', template, 'query parameters must be part of the signed URL; use `query`');
    // Only bytes can be verified: a stream (or anything else) would reach the verifier as no body at
    // all, so a signature over an empty body would pass whatever the stream then delivers. A download
    // built by the client asks for a stream, which response.ts passes on only for unsigned file paths.
    const wanted = callStateOf(config)?.request.responseType === 'stream' ? 'stream' : 'arraybuffer';
    if (config.responseType !== wanted) throw new ParameterError('responseType', template, 'is managed by the client: the response is read as bytes and verified whole before it is decoded');
    // The parser's serialization is what axios sends, and so what the signature must cover.
    config.url = new URL(config.url ?? '', config.baseURL).href;
    config.baseURL = undefined;
    // An APIv2 call is signed in its fields (`sign`), which the builder computed: no Authorization.
    if (callStateOf(config)?.request.apiv2) return config;
    const parts = signedParts(config.method ?? 'GET', config.url, config.data, template);
    const signed = (value: string): InternalAxiosRequestConfig => {
      config.headers.set('Authorization', value);
      return config;
    };
    const value = authorization(parts, this.#settings.identity, this.#settings.clock());
    return typeof value === 'string' ? signed(value) : value.then(signed);
  }
}
