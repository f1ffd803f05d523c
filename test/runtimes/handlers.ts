import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Consumer } from './consumer.js';
import { binary, BUN, bundle, COMPATIBILITY, DENO, EDGE_CONDITIONS, WORKERD_CONDITIONS } from './runtimes.js';

/** Sends one notification to a running handler and answers its status; `close()` stops the handler. */
export type Send = ((notification: { headers: Record<string, string>; body: string }) => Promise<number>) & { close(): Promise<void> };

/** A handler printed in docs/notifications.md, run in its runtime exactly as printed (docs/examples/…). */
export interface DocHandler {
  name: string;
  example: string;
  start(root: string, app: Consumer, env: Record<string, string>): Promise<Send>;
}

const PATH = 'http://127.0.0.1/wxpay/notify';
const post = (notification: { headers: Record<string, string>; body: string }) => ({ method: 'POST', headers: notification.headers, body: notification.body });

function sender(send: (notification: { headers: Record<string, string>; body: string }) => Promise<number>, close: () => Promise<void>): Send {
  return Object.assign(send, { close });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A handler served by a runtime's own server (Deno.serve, Bun.serve) on 127.0.0.1. */
async function served(command: string, args: string[], app: Consumer, env: Record<string, string>): Promise<Send> {
  const port = await freePort();
  const child = spawn(command, args, { cwd: app.dir, env: { ...process.env, ...env, PORT: String(port), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/wxpay/notify`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        throw new Error(`the server did not start: ${output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return sender(
    async (notification) => (await fetch(url, post(notification))).status,
    async () => {
      child.kill();
      await exited;
    },
  );
}

export const DOC_HANDLERS: DocHandler[] = [
  {
    name: 'Cloudflare Workers',
    example: 'notify-workers.ts',
    async start(root, app, env) {
      const { Miniflare } = await import('miniflare');
      const script = await bundle(app, { contents: readFileSync(join(root, 'docs/examples/notify-workers.ts'), 'utf8'), loader: 'ts' }, WORKERD_CONDITIONS, 'esm');
      const mf = new Miniflare({ modules: true, script, ...COMPATIBILITY, bindings: env });
      return sender(
        async (notification) => (await mf.dispatchFetch(PATH, post(notification))).status,
        () => mf.dispose(),
      );
    },
  },
  {
    name: 'Deno serve',
    example: 'notify-deno.ts',
    start(root, app, env) {
      copyFileSync(join(root, 'docs/examples/notify-deno.ts'), join(app.dir, 'notify-deno.ts'));
      return served(binary(root, DENO), ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read', '--no-prompt', 'notify-deno.ts'], app, env);
    },
  },
  {
    name: 'Bun serve',
    example: 'notify-bun.ts',
    start(root, app, env) {
      copyFileSync(join(root, 'docs/examples/notify-bun.ts'), join(app.dir, 'notify-bun.ts'));
      return served(binary(root, BUN), ['run', 'notify-bun.ts'], app, env);
    },
  },
  {
    name: 'Next.js App Router edge route',
    example: 'notify-edge.ts',
    async start(root, app, env) {
      const { EdgeRuntime } = await import('edge-runtime');
      copyFileSync(join(root, 'docs/examples/notify-edge.ts'), join(app.dir, 'route.ts'));
      // What Next.js does with a route module on the edge runtime: its POST answers the request.
      const entry = "import { POST } from './route.ts';\naddEventListener('fetch', (event) => event.respondWith(POST(event.request)));\n";
      const initialCode = await bundle(app, { contents: entry, loader: 'ts' }, EDGE_CONDITIONS, 'iife');
      // Next.js gives edge code process.env; the edge runtime alone does not.
      const runtime = new EdgeRuntime({ initialCode, extend: (context) => Object.assign(context, { process: { env } }) });
      return sender(
        async (notification) => {
          const response = await runtime.dispatchFetch(PATH, post(notification));
          await response.waitUntil();
          return response.status;
        },
        async () => undefined,
      );
    },
  },
];
