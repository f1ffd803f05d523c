/**
 * Cold start per runtime, with the packed package (as test/runtimes installs it): the time to import
 * the package and to its first verified call (a fresh process each time, median of 7), beside the
 * time to import axios alone, and the package's installed size. workerd and the edge runtime
 * freeze their clocks while code runs, so there the time is taken from outside: from handing the
 * runtime the bundle to the first verified answer, runtime start included.
 * `npm run bench` prints it; `npm run bench:cold` prints it alone.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { consumer } from '../test/runtimes/consumer.js';
import { binary, BUN, bundle, COMPATIBILITY, DENO, EDGE_CONDITIONS, NODE22, WORKERD_CONDITIONS } from '../test/runtimes/runtimes.js';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = 7;
const run = promisify(execFile);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function size(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0) : stat.size;
}

export async function runColdStart(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'wechatpay-cold-'));
  try {
    const app = consumer(ROOT, work);
    copyFileSync(join(ROOT, 'bench/cold-start.mjs'), join(app.dir, 'cold-start.mjs'));
    const testing = (await import(pathToFileURL(join(app.dir, 'node_modules/wechatpay-chain/dist/esm/lib/testing/index.js')).href)) as typeof import('wechatpay-chain/testing');
    const fake = new testing.FakeWechatpay();
    fake.on('POST', 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate', () => ({ ok: true }));
    const server = await fake.listen();
    const config = fake.clientConfig();
    const [publicKeyId, publicKey] = Object.entries(config.certs)[0]!;
    const pem = (key: unknown, type: 'pkcs8' | 'spki'): string => (typeof key === 'string' ? key : (key as import('node:crypto').KeyObject).export({ type, format: 'pem' }).toString());
    const env = { mchid: config.mchid, serial: config.serial, privateKey: pem(config.privateKey, 'pkcs8'), publicKeyId, publicKey: pem(publicKey, 'spki'), apiv3Key: config.apiv3Key, baseURL: server.baseURL };

    const processes: Array<[string, string, string[]]> = [
      [`node ${process.versions.node}`, process.execPath, []],
      ['node 22', binary(ROOT, NODE22), []],
      ['bun', binary(ROOT, BUN), []],
      ['deno', binary(ROOT, DENO), ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read', '--no-prompt']],
    ];
    const rows: string[][] = [];
    for (const [name, command, args] of processes) {
      const once = async (target: string) => {
        const { stdout } = await run(command, [...args, 'cold-start.mjs'], { cwd: app.dir, env: { ...process.env, TARGET: target, SMOKE_ENV: JSON.stringify(env), DENO_NO_UPDATE_CHECK: '1' } });
        return JSON.parse(stdout.trim().split('\n').pop()!) as { importMs: number; firstCallMs?: number };
      };
      const ours: Array<{ importMs: number; firstCallMs?: number }> = [];
      const axios: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        axios.push((await once('axios')).importMs);
        ours.push(await once('wechatpay-chain'));
      }
      const importMs = median(ours.map((r) => r.importMs));
      const axiosMs = median(axios);
      rows.push([name, `${importMs.toFixed(0)} ms`, `${axiosMs.toFixed(0)} ms`, `${((importMs / axiosMs - 1) * 100).toFixed(0)} %`, `${median(ours.map((r) => r.firstCallMs!)).toFixed(0)} ms`]);
    }
    const { Miniflare } = await import('miniflare');
    const { EdgeRuntime } = await import('edge-runtime');
    const entry = `import * as lib from 'wechatpay-chain';\nconst call = async (config) => { const w = new lib.Wechatpay({ mchid: config.mchid, serial: config.serial, privateKey: config.privateKey, certs: { [config.publicKeyId]: config.publicKey }, apiv3Key: config.apiv3Key, baseURL: config.baseURL }); return (await w.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post({ plan_id: 1, out_contract_code: 'C1', json: {} })).status; };\n`;
    const worker = await bundle(app, { contents: `${entry}export default { async fetch(_r, env) { return new Response(String(await call(JSON.parse(env.SMOKE_ENV)))); } };`, loader: 'js' }, WORKERD_CONDITIONS, 'esm');
    const edge = await bundle(app, { contents: `${entry}addEventListener('fetch', (e) => e.respondWith(call(JSON.parse(globalThis.SMOKE_ENV)).then((s) => new Response(String(s)))));`, loader: 'js' }, EDGE_CONDITIONS, 'iife');
    const outside: Array<[string, () => Promise<void>]> = [
      ['workerd', async () => {
        const mf = new Miniflare({ modules: true, script: worker, ...COMPATIBILITY, bindings: { SMOKE_ENV: JSON.stringify(env) } });
        const status = await (await mf.dispatchFetch('http://bench.local/')).text();
        await mf.dispose();
        if (status !== '200') throw new Error(`workerd answered ${status}`);
      }],
      ['edge-runtime', async () => {
        const runtime = new EdgeRuntime({ initialCode: edge, extend: (context) => Object.assign(context, { SMOKE_ENV: JSON.stringify(env) }) });
        const response = await runtime.dispatchFetch('http://bench.local/');
        if ((await response.text()) !== '200') throw new Error('the edge runtime call failed');
      }],
    ];
    for (const [name, start] of outside) {
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const begun = performance.now();
        await start();
        times.push(performance.now() - begun);
      }
      rows.push([name, '(clock frozen)', '', '', `${median(times).toFixed(0)} ms incl. runtime start`]);
    }
    await server.close();
    const installed = size(join(app.dir, 'node_modules/wechatpay-chain'));
    const declarations = readdirSync(join(app.dir, 'node_modules/wechatpay-chain/dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts')).reduce((sum, f) => sum + statSync(join(app.dir, 'node_modules/wechatpay-chain/dist', f)).size, 0);
    console.log(`\n== Cold start with the packed package (${app.tarball}), median of ${ROUNDS} fresh processes`);
    const header = ['runtime', 'import', 'axios alone', 'vs axios', 'first verified call'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const row of [header, ...rows]) console.log(`   ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`);
    console.log(`   installed size: ${(installed / 1e6).toFixed(2)} MB (${(declarations / 1e6).toFixed(2)} MB of it declarations)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runColdStart();
