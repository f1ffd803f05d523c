import { createServer, type IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import type { FakeRequest, FakeResponse } from './fake-types.js';

/** What a server serves: the fake's `handle()`. */
export interface FakeHandlerTarget {
  handle(request: FakeRequest): Promise<FakeResponse>;
}

/** A running fake on loopback. */
export interface FakeServer {
  /** e.g. `http://127.0.0.1:54321/`: pass it as the client's `baseURL`. */
  baseURL: string;
  close(): Promise<void>;
}

/** Serve a fake WeChat Pay with node:http on 127.0.0.1 (a free port unless one is given). */
export async function listen(fake: FakeHandlerTarget, port = 0): Promise<FakeServer> {
  const server = createServer(async (req, res) => {
    try {
      const response = await fake.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: lowerCased(req), body: await readBody(req) });
      res.writeHead(response.status, response.headers);
      if (!response.stream) return res.end(response.body);
      // A streamed file: a failure mid-way cuts the connection, as a server that fails mid-body does.
      pipeline(response.stream, res).catch(() => res.destroy());
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`fake WeChat Pay failed: ${(error as Error).message}`);
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function lowerCased(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
