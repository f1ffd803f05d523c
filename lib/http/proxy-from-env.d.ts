// proxy-from-env ships no types of its own; this is the one function the client uses.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` per `*_PROXY` and `NO_PROXY` in the environment, or `''` for none. */
  export function getProxyForUrl(url: string | URL): string;
}
