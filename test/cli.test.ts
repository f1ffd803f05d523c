import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeWechatpay, generateMerchant, generatePlatform, generatePlatformCertificate, type FakeServer, type TestPlatform } from 'wechatpay-chain/testing';
import { EXIT, main } from '../lib/cli/main.js';
import { expectNoSecrets, registerSecret } from './support/secrets.js';

const merchant = generateMerchant();
const stranger = generateMerchant();
registerSecret(merchant.privateKey);
const dir = mkdtempSync(join(tmpdir(), 'wechatpay-cli-'));
const keyFile = join(dir, 'apiclient_key.pem');
const certFile = join(dir, 'apiclient_cert.pem');
const strangerKeyFile = join(dir, 'stranger_key.pem');
writeFileSync(keyFile, merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(certFile, merchant.certificate);
writeFileSync(strangerKeyFile, stranger.privateKey.export({ type: 'pkcs8', format: 'pem' }));

const servers: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function fakeWith(platforms: TestPlatform[]) {
  const fake = new FakeWechatpay({ merchant, platforms });
  registerSecret(fake.apiv3Key);
  const server = await fake.listen();
  servers.push(server);
  const keyFileFor = join(dir, `apiv3-${servers.length}.txt`);
  writeFileSync(keyFileFor, `${fake.apiv3Key}\n`);
  return { fake, server, apiv3KeyFile: keyFileFor };
}

/** Run the command in-process; capture output. */
async function run(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe('wechatpay-chain certificates', () => {
  it('writes every verified certificate as wechatpay_<serial>.pem', async () => {
    const a = generatePlatformCertificate();
    const b = generatePlatformCertificate();
    const { server, apiv3KeyFile } = await fakeWith([a, b]);
    const output = join(dir, 'out-ok');
    const result = await run(['certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--merchant-certificate', certFile, '--apiv3-key-file', apiv3KeyFile, '--output', output, '--base-url', server.baseURL]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(readdirSync(output).sort()).toEqual([`wechatpay_${a.serial}.pem`, `wechatpay_${b.serial}.pem`].sort());
    const written = new X509Certificate(readFileSync(join(output, `wechatpay_${a.serial}.pem`)));
    expect(written.publicKey.equals(a.publicKey)).toBe(true);
    expect(result.stdout).toMatch(/2 certificates verified and written/);
  });

  it('takes the APIv3 key and merchant ID from the environment, and --serial instead of the certificate', async () => {
    const { fake, server } = await fakeWith([generatePlatformCertificate()]);
    const output = join(dir, 'out-env');
    const result = await run(['certificates', '--private-key', keyFile, '--serial', merchant.serial, '--output', output, '--base-url', server.baseURL], { WECHATPAY_APIV3_KEY: fake.apiv3Key, WECHATPAY_MCHID: merchant.mchid });
    expect(result.code).toBe(EXIT.ok);
    expect(readdirSync(output)).toEqual([`wechatpay_${fake.platform.serial}.pem`]);
  });

  it('exits 5 and writes nothing with a wrong APIv3 key', async () => {
    const { server } = await fakeWith([generatePlatformCertificate()]);
    const output = join(dir, 'out-wrong-key');
    const result = await run(['certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--merchant-certificate', certFile, '--output', output, '--base-url', server.baseURL], { WECHATPAY_APIV3_KEY: 'B'.repeat(32) });
    expect(result.code).toBe(EXIT.refused);
    expect(result.stderr).toMatch(/wrong APIv3 key.*\n.*Nothing was written/);
    expect(result.stderr).not.toContain('B'.repeat(32));
    expect(() => readdirSync(output)).toThrow();
  });

  it('exits 6 and explains public-key mode when there are no platform certificates', async () => {
    const { server, apiv3KeyFile } = await fakeWith([generatePlatform()]);
    const result = await run(['certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--merchant-certificate', certFile, '--apiv3-key-file', apiv3KeyFile, '--base-url', server.baseURL]);
    expect(result.code).toBe(EXIT.publicKeyMode);
    expect(result.stderr).toMatch(/404 RESOURCE_NOT_EXISTS.*WeChat Pay public key/);
  });

  it('exits 4 when WeChat Pay refuses the request signature', async () => {
    const { server, apiv3KeyFile } = await fakeWith([generatePlatformCertificate()]);
    const result = await run(['certificates', '--mchid', merchant.mchid, '--private-key', strangerKeyFile, '--serial', merchant.serial, '--apiv3-key-file', apiv3KeyFile, '--base-url', server.baseURL]);
    expect(result.code).toBe(EXIT.request);
    expect(result.stderr).toMatch(/401.*SIGN_ERROR/);
  });

  it('exits 3 for a key file that is missing or does not match the certificate', async () => {
    const { server, apiv3KeyFile } = await fakeWith([generatePlatformCertificate()]);
    const common = ['certificates', '--mchid', merchant.mchid, '--merchant-certificate', certFile, '--apiv3-key-file', apiv3KeyFile, '--base-url', server.baseURL];
    const missing = await run([...common, '--private-key', join(dir, 'nope.pem')]);
    expect(missing.code).toBe(EXIT.config);
    expect(missing.stderr).toMatch(/`privateKey`: cannot read .*nope\.pem: ENOENT/);
    const mismatched = await run([...common, '--private-key', strangerKeyFile]);
    expect(mismatched.code).toBe(EXIT.config);
    expect(mismatched.stderr).toMatch(/merchantCertificate/);
  });

  it('exits 3, not 1, for an APIv3 key file that cannot be read', async () => {
    const result = await run(['certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--merchant-certificate', certFile, '--apiv3-key-file', join(dir, 'no-apiv3.txt')]);
    expect(result.code).toBe(EXIT.config);
    expect(result.stderr).toMatch(/`apiv3Key`: cannot read the --apiv3-key-file file .*: ENOENT/);
  });

  it('never echoes a key typed where a file name or the command was expected', async () => {
    const { fake, server } = await fakeWith([generatePlatformCertificate()]);
    const common = ['certificates', '--mchid', merchant.mchid, '--merchant-certificate', certFile, '--base-url', server.baseURL];
    const apiv3 = await run([...common, '--private-key', keyFile, '--apiv3-key-file', fake.apiv3Key]);
    expect(apiv3.code).toBe(EXIT.config);
    expect(apiv3.stderr).toMatch(/`apiv3Key`: cannot read the --apiv3-key-file file/);
    const pem = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const privateKey = await run([...common, `--private-key=${pem}`], { WECHATPAY_APIV3_KEY: fake.apiv3Key });
    expect(privateKey.code).toBe(EXIT.config);
    expect(privateKey.stderr).toMatch(/`privateKey`: cannot read the --private-key file/);
    const positional = await run([...common, '--private-key', keyFile, fake.apiv3Key], { WECHATPAY_APIV3_KEY: fake.apiv3Key });
    expect(positional.code).toBe(EXIT.usage);
    expect(positional.stderr).toMatch(/unexpected argument after "certificates"/);
    const command = await run([fake.apiv3Key]);
    expect(command.code).toBe(EXIT.usage);
    for (const { stdout, stderr } of [apiv3, privateKey, positional, command]) expectNoSecrets(stdout + stderr);
  });

  it('exits 2 with the usage for missing options, unknown options or commands', async () => {
    expect((await run(['certificates'])).stderr).toMatch(/missing --mchid, --private-key, --merchant-certificate or --serial/);
    expect((await run(['certificates', '--apiv3-key', 'x'])).code).toBe(EXIT.usage);
    expect((await run(['certs'])).code).toBe(EXIT.usage);
    expect((await run([])).code).toBe(EXIT.usage);
    const help = await run(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/^Usage: wechatpay-chain certificates/);
  });

  it('runs as a process through its bin entry, with the exit code set', async () => {
    const { fake, server } = await fakeWith([generatePlatformCertificate()]);
    const output = join(dir, 'out-process');
    const bin = fileURLToPath(new URL('../lib/cli/bin.ts', import.meta.url));
    const args = ['--import', 'tsx', bin, 'certificates', '--mchid', merchant.mchid, '--private-key', keyFile, '--merchant-certificate', certFile, '--output', output, '--base-url', server.baseURL];
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        execFile(process.execPath, args, { env: { ...process.env, ...env } }, (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }));
      });
    const ok = await run({ WECHATPAY_APIV3_KEY: fake.apiv3Key });
    expect(ok.code).toBe(0);
    expect(readdirSync(output)).toEqual([`wechatpay_${fake.platform.serial}.pem`]);
    expect((await run({ WECHATPAY_APIV3_KEY: 'C'.repeat(32) })).code).toBe(EXIT.refused);
  });
});
