/** Child-process plumbing for the benchmarks: each client, and the fake server, runs in its own process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** Run a bench script under tsx in a new node process; resolves with its last stdout line parsed as JSON. */
export function runScript<T>(file: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', here(file), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${file} ${args.join(' ')} exited with ${code}: ${out.slice(-500)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no result: ${out.slice(-500)}`));
      }
    });
  });
}

/**
 * A long-lived bench script under tsx in a new node process, spoken to in JSON lines: `request()`
 * writes one line to its stdin and resolves with the next line it prints. `ready` resolves with the
 * first line it prints.
 */
export interface LineWorker {
  ready: Promise<unknown>;
  request<T>(message: unknown): Promise<T>;
  stop(): void;
}

export function startWorker(file: string, args: string[]): LineWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', here(file), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: { resolve(value: unknown): void; reject(error: Error): void }[] = [];
  let failure: Error | undefined;
  const next = (): Promise<unknown> => (failure ? Promise.reject(failure) : new Promise((resolve, reject) => waiting.push({ resolve, reject })));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const pending = waiting.shift();
    if (!pending) return;
    try {
      pending.resolve(JSON.parse(line));
    } catch {
      pending.reject(new Error(`${file} ${args.join(' ')} printed ${line.slice(0, 200)}`));
    }
  });
  const fail = (error: Error): void => {
    failure = error;
    for (const pending of waiting.splice(0)) pending.reject(error);
  };
  child.on('error', fail);
  child.on('exit', (code) => fail(new Error(`${file} ${args.join(' ')} exited with ${code}`)));
  const ready = next();
  return {
    ready,
    request: <T>(message: unknown) => {
      const reply = next() as Promise<T>;
      child.stdin!.write(`${JSON.stringify(message)}\n`);
      return reply;
    },
    stop: () => {
      child.stdin!.end();
    },
  };
}

/** Start the loopback fake in its own process. */
export async function startServer(keysFile: string): Promise<{ baseURL: string; stats(): Promise<{ verified: number; refused: number }>; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', here('./server.ts'), keysFile], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { baseURL } = JSON.parse(line) as { baseURL: string };
  return {
    baseURL,
    stats: async () => (await fetch(`${baseURL}__stats`)).json() as Promise<{ verified: number; refused: number }>,
    stop: () => {
      child.stdin!.end();
      child.kill();
    },
  };
}
