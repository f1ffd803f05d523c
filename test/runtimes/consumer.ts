import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An application that installed the packed package: node_modules/wechatpay-chain from the tarball. */
export interface Consumer {
  dir: string;
  /** The tarball's file name, e.g. wechatpay-chain-0.1.0.tgz. */
  tarball: string;
}

/**
 * `npm pack` the package as it is built (dist/), unpack it into a fresh application's node_modules,
 * and give that application the package's dependencies (links to this repository's node_modules:
 * everything stays offline). Deno reads the same node_modules ("nodeModulesDir": "manual").
 */
export function consumer(root: string, work: string): Consumer {
  const dir = join(work, 'app');
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string }>;
  execFileSync('tar', ['-xzf', join(work, packed!.filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'wechatpay-chain'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === 'wechatpay-chain') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, type: 'module', dependencies: { 'wechatpay-chain': '*' } }));
  writeFileSync(join(dir, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual' }));
  for (const file of ['smoke.mjs', 'entry-node.mjs', 'entry-node.cjs', 'entry-deno.mjs', 'entry-worker.mjs', 'entry-edge.mjs']) copyFileSync(join(root, 'test/runtimes', file), join(dir, file));
  return { dir, tarball: packed!.filename };
}
