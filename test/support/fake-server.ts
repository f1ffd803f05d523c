import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeWechatpay } from 'wechatpay-chain/testing';

/**
 * The fake on loopback, as `fake.listen()` serves it but with a listen backlog for 1,000 connections
 * opened at once (Node's default of 511 drops the rest, and their retried SYNs miss the client's
 * connect timeout on a small machine), and idle connections kept longer than the clients keep them.
 */
export async function serveFake(target: FakeWechatpay): Promise<{ baseURL: string; close(): Promise<void> }> {
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
    const response = await target.handle({ method: req.method!, url: req.url!, headers, body: Buffer.concat(chunks) });
    res.writeHead(response.status, response.headers).end(response.body);
  });
  // Longer than the clients' 5 s for idle sockets: a server closing one as a client reuses it resets that request.
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', 4096, resolve));
  return {
    baseURL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => (http.closeAllConnections(), http.close(() => resolve()))),
  };
}

