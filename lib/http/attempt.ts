import http from 'node:http';
import https from 'node:https';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { AttemptRecord, CONNECT_TIMEOUT } from './progress.js';

export { CONNECT_TIMEOUT, type AttemptProgress } from './progress.js';

/**
 * An axios `transport` (the public option axios's http adapter sends through) for one attempt:
 * node:http/https `request`, plus the bookkeeping that lets a failure say whether the request can
 * have reached the server, and the connect timeout, which bounds everything before the request can
 * be written: waiting for a socket, a proxy's tunnel, TCP connect and the TLS handshake.
 *
 * `http.request` is looked up at call time on the module object, so request interceptors that
 * patch it (msw, nock) keep working.
 */
export class AttemptTransport extends AttemptRecord {
  request(options: RequestOptions, callback: (res: IncomingMessage) => void): ClientRequest {
    this.started = true;
    this.host = `${options.hostname ?? options.host ?? ''}${options.port ? `:${options.port}` : ''}`;
    const req = (options.protocol === 'https:' ? https : http).request(options, (res) => {
      this.progress = 'headers';
      callback(res);
    });
    let timer: NodeJS.Timeout | undefined;
    if (this.connectTimeout > 0) {
      timer = setTimeout(() => {
        if (this.progress !== 'queued' && this.progress !== 'connecting') return;
        req.destroy(Object.assign(new Error(`could not connect to ${this.host}${this.proxied ? ' through the proxy' : ''} within ${this.connectTimeout} ms`), { code: CONNECT_TIMEOUT }));
      }, this.connectTimeout);
      req.once('close', () => clearTimeout(timer));
    }
    const ready = (): void => {
      if (this.progress === 'queued' || this.progress === 'connecting') this.progress = 'sent';
      clearTimeout(timer);
    };
    req.once('socket', (socket: Socket) => {
      // A pooled keep-alive socket is ready at once. A fresh one is ready on connect, or for TLS once
      // the handshake is done, which is when Node writes the buffered request; a TLS socket over a
      // proxy's tunnel is connected already but still shaking hands (no cipher negotiated yet).
      const handshaking = socket instanceof TLSSocket && (socket.connecting || !socket.getCipher());
      if (!socket.connecting && !handshaking) return ready();
      this.progress = 'connecting';
      socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', ready);
    });
    return req;
  }
}
