/**
 * The documentation site for the browser test: built as `npm run docs` builds it, served from
 * site/dist/ on loopback, and opened in Debian's Chromium (driven by playwright-core, which
 * downloads no browser of its own).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where `.ci/run` installs Chromium (Debian's `chromium` package). */
export const CHROMIUM = '/usr/bin/chromium';

/** As a machine without a network needs them: no background requests to hosts it cannot reach. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Runs `npm run docs`'s script and resolves with its output; rejects with that output when it fails.
 * The build runs at a lower priority, so the test files that run meanwhile keep their timing.
 */
export function buildSite(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/docs.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) setPriority(child.pid, 10);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run docs failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** A static server for a folder on 127.0.0.1, on a free port. */
export async function serve(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(express.static(folder));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Chromium with a fresh profile, removed on close. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (and fonts-noto-cjk), as .ci/run does`);
  const profile = mkdtempSync(join(tmpdir(), 'wechatpay-chain-site-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
