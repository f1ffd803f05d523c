import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { FakeRequest, FakeResponse } from './fake-types.js';
import type { FakeTls } from './tls.js';

/** What a server serves: the fake's `handle()`. */
export interface FakeHandlerTarget {
  handle(request: FakeRequest): Promise<FakeResponse>;
}

/** A running fake on loopback. */
export interface FakeServer {
  /** e.g. `http://127.0.0.1:54321/` (`https:` when served with TLS): pass it as the client's `baseURL`. */
  baseURL: string;
  close(): Promise<void>;
}

/**
 * Serve a fake WeChat Pay on 127.0.0.1 (a free port unless one is given): node:http, or node:https
 * with `tls` (its server certificate issued by the fake's CA), which asks every client for its
 * certificate and hands what was presented to the fake in `request.tls`.
 */
export async function listen(fake: FakeHandlerTarget, port = 0, tls?: FakeTls): Promise<FakeServer> {
  const serve: RequestListener = async (req, res) => {
    try {
      const request: FakeRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: lowerCased(req), body: await readBody(req) };
      if (tls) {
        const peer = (req.socket as TLSSocket).getPeerCertificate();
        request.tls = { clientCertificate: peer && peer.raw ? Buffer.from(peer.raw) : undefined };
      }
      const response = await fake.handle(request);
      res.writeHead(response.status, response.headers);
      if (!response.stream) return res.end(response.body);
      // A streamed file: a failure mid-way cuts the connection, as a server that fails mid-body does.
      pipeline(response.stream, res).catch(() => res.destroy());
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`fake WeChat Pay failed: ${(error as Error).message}`);
    }
  };
  // The fake checks the certificate itself (against the merchant's), so any or none is let through here.
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert, requestCert: true, rejectUnauthorized: false }, serve) : createServer(serve);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    baseURL: `${tls ? 'https' : 'http'}://127.0.0.1:${bound}/`,
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
