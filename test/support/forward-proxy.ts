import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy } from 'proxy';

/** A real forward proxy (the `proxy` package: CONNECT tunnels and absolute-form requests) on 127.0.0.1. */
export interface ForwardProxy {
  /** e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** `host:port` of every CONNECT tunnel asked for, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const server = createProxy(createServer());
  const tunnels: string[] = [];
  server.prependListener('connect', (req: { url?: string }) => tunnels.push(req.url ?? ''));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Route every request of this process through `proxy` by the environment, as a merchant's egress
 * proxy is configured (`HTTP_PROXY`, `HTTPS_PROXY`, no `NO_PROXY`); returns the undo.
 */
export function proxyEnvironment(proxy: ForwardProxy): () => void {
  const names = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  process.env.HTTP_PROXY = proxy.url;
  process.env.HTTPS_PROXY = proxy.url;
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
