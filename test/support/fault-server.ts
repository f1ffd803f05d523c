import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { FakeRequest, FakeWechatpay } from 'wechatpay-chain/testing';

/**
 * What the loopback server does to a reply the fake has verified and signed:
 * - `none`: send it;
 * - `reset-before-headers`: read the request, then reset the connection (TCP RST) without a byte back;
 * - `reset-after-headers`: send the head (with the full Content-Length), then reset;
 * - `truncate-body`: send the head and half the body, then close cleanly (FIN);
 * - `slow-headers`: read the request and never answer;
 * - `slow-body`: send the head and half the body, then stall;
 * - `trickle-body`: send the head, then the body a byte every 40 ms (never idle long, never done soon).
 */
export type Fault = 'none' | 'reset-before-headers' | 'reset-after-headers' | 'truncate-body' | 'slow-headers' | 'slow-body' | 'trickle-body';

export interface FaultServer {
  baseURL: string;
  /** Requests that reached this server (each one verified and recorded by the fake as well). */
  received: FakeRequest[];
  close(): Promise<void>;
}

/**
 * A node:http server on 127.0.0.1 in front of a {@link FakeWechatpay}: every request is verified and
 * answered by the fake, then damaged on the wire as `faultFor` says (per request, from 0).
 */
export async function faultServer(fake: FakeWechatpay, faultFor: (index: number, request: FakeRequest) => Fault): Promise<FaultServer> {
  const received: FakeRequest[] = [];
  const server = createServer((req, res) => {
    void serve(req, res).catch(() => req.socket.destroy());
  });
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: FakeRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: lowerCased(req), body: Buffer.concat(chunks) };
    const fault = faultFor(received.length, request);
    received.push(request);
    const reply = await fake.handle(request);
    const socket = req.socket;
    const head = { ...reply.headers, 'Content-Length': String(reply.body.length) };
    switch (fault) {
      case 'none':
        res.writeHead(reply.status, head).end(reply.body);
        return;
      case 'reset-before-headers':
        socket.resetAndDestroy();
        return;
      case 'reset-after-headers':
        res.writeHead(reply.status, head);
        res.flushHeaders();
        // Let the head reach the client before the RST (which discards unread data on Linux).
        setTimeout(() => socket.resetAndDestroy(), 50);
        return;
      case 'truncate-body':
      case 'slow-body':
        res.writeHead(reply.status, head);
        res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => {
          if (fault === 'truncate-body') setTimeout(() => socket.end(), 50);
        });
        return;
      case 'slow-headers':
        return;
      case 'trickle-body': {
        res.writeHead(reply.status, head);
        res.flushHeaders();
        for (let offset = 0; offset < reply.body.length && !res.destroyed; offset++) {
          await new Promise((resolve) => setTimeout(resolve, 40));
          res.write(reply.body.subarray(offset, offset + 1));
        }
        res.end();
        return;
      }
    }
  }
  await listenOn(server);
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => closeServer(server),
  };
}

/** A TCP server that accepts connections and never says a word: a TLS handshake to it never completes. */
export async function silentServer(): Promise<{ port: number; connections: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { port: 0, connections: 0, close: () => closeServer(server, sockets) };
  const server = createTcpServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await listenOn(server);
  state.port = (server.address() as AddressInfo).port;
  return state;
}

/** A loopback port with nothing listening on it: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await listenOn(server);
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}

function listenOn(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function closeServer(server: Server, sockets: Set<Socket> = new Set()): Promise<void> {
  for (const socket of sockets) socket.destroy();
  (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

function lowerCased(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}
