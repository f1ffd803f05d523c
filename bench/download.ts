/**
 * The download benchmark: a bill of `BENCH_BILL_MB` MiB (1024 by default) decompressed, from the
 * testing kit's fake in its own process, written to a file by `wxpay.download()` and by the floor
 * (node:http + zlib + crypto piped to the same file), each run in a fresh process, taking turns; and
 * the floor again in a process that has imported axios, which alone costs it throughput.
 * Figures only; nothing here is a pass or a fail.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { format, generateKeys, median, writeKeys } from './common.js';
import { runScript } from './process.js';

interface Run {
  seconds: number;
  cpuSeconds: number;
  bytes: number;
  rssGrowthMB: number;
  verified: boolean;
  /** Mark-compacts during the download, and the milliseconds of all its collections. */
  majorGCs: number;
  gcMs: number;
}

export interface DownloadFigures {
  billBytes: number;
  gzipBytes: number;
  rounds: number;
  chain: Run[];
  floor: Run[];
  'floor-axios': Run[];
}

export async function runDownload(rounds = Number(process.env.BENCH_DOWNLOAD_ROUNDS ?? 5)): Promise<DownloadFigures> {
  const billBytes = Number(process.env.BENCH_BILL_MB ?? 1024) * 1024 * 1024;
  const keysFile = writeKeys(generateKeys());
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bill-server.ts', import.meta.url)), keysFile, String(billBytes)], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout }).once('line', resolve);
      server.once('exit', (code) => reject(new Error(`bill server exited with ${code}`)));
    });
    const { baseURL, gzipBytes } = JSON.parse(line) as { baseURL: string; gzipBytes: number };
    const out = join(tmpdir(), `wechatpay-chain-bench-bill-${process.pid}.csv`);
    const figures: DownloadFigures = { billBytes, gzipBytes, rounds, chain: [], floor: [], 'floor-axios': [] };
    for (let round = 0; round < rounds; round++) {
      // Rotate who goes first, so that none always meets a warmer page cache.
      const modes = ['chain', 'floor', 'floor-axios'] as const;
      for (const mode of [...modes.slice(round % 3), ...modes.slice(0, round % 3)]) {
        figures[mode].push(await runScript<Run>('./bill-client.ts', [keysFile, baseURL, mode, out]));
      }
    }
    return figures;
  } finally {
    server.stdin.end();
  }
}

export function printDownload(figures: DownloadFigures): void {
  const mb = figures.billBytes / 1024 / 1024;
  const rate = (runs: Run[]) => median(runs.map((run) => mb / run.seconds));
  const rss = (runs: Run[]) => Math.max(...runs.map((run) => run.rssGrowthMB));
  const [chain, floor] = [rate(figures.chain), rate(figures.floor)];
  const each = (runs: Run[]) => runs.map((run) => format(mb / run.seconds)).join(', ');
  console.log(`\n== Download: a ${format(mb)} MiB bill (gzip ${format(figures.gzipBytes / 1024 / 1024, 1)} MiB on the wire) from the fake to a file; medians of ${figures.rounds} runs each, one process per run`);
  console.log(`   wechatpay-chain wxpay.download(…, { to }): ${format(chain)} MiB/s (runs: ${each(figures.chain)}), peak RSS growth ${format(rss(figures.chain), 1)} MiB (goal < 64)`);
  console.log(`   floor, node:http + zlib + crypto:          ${format(floor)} MiB/s (runs: ${each(figures.floor)}), peak RSS growth ${format(rss(figures.floor), 1)} MiB`);
  const cpu = (runs: Run[]) => median(runs.map((run) => run.cpuSeconds));
  const withAxios = figures['floor-axios'];
  console.log(`   floor in a process that imported axios:    ${format(rate(withAxios))} MiB/s (runs: ${each(withAxios)}), peak RSS growth ${format(rss(withAxios), 1)} MiB`);
  console.log(`   CPU of the downloading process (user + system, zlib's threads included), median: wechatpay-chain ${format(cpu(figures.chain), 2)} s, floor ${format(cpu(figures.floor), 2)} s, floor having imported axios ${format(cpu(withAxios), 2)} s`);
  const gcs = (runs: Run[]) => `${format(median(runs.map((run) => run.majorGCs)))} mark-compacts (${format(median(runs.map((run) => run.gcMs)))} ms of GC)`;
  console.log(`   GC during the download, median: wechatpay-chain ${gcs(figures.chain)}, floor ${gcs(figures.floor)}, floor having imported axios ${gcs(withAxios)}`);
  console.log(`   throughput ${format(chain / floor, 2)}× the floor (goal ≥ 0.8), ${format(chain / rate(withAxios), 2)}× the floor having imported axios; every run verified: ${[...figures.chain, ...figures.floor, ...withAxios].every((run) => run.verified && run.bytes === figures.chain[0]!.bytes)}`);
}
