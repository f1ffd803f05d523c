import type { KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * Every secret the tests create is registered here, and every error the tests catch goes through
 * {@link expectNoSecrets}: that is how "no secret in any error" is checked across the suite.
 */
const secrets = new Set<string>();

/** Register a private key (its PEM body in 40-char slices) or a raw secret string. */
export function registerSecret(secret: KeyObject | string): void {
  if (typeof secret === 'string') {
    secrets.add(secret);
    return;
  }
  const der = secret.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  // Slices, so that a partial leak (a line of a PEM) is caught too.
  for (let i = 0; i + 40 <= der.length; i += 200) secrets.add(der.slice(i, i + 40));
  const pkcs1 = secret.export({ format: 'der', type: 'pkcs1' }).toString('base64');
  for (let i = 0; i + 40 <= pkcs1.length; i += 200) secrets.add(pkcs1.slice(i, i + 40));
}

/** Everything a user or a logger could print of a value. */
export function renderings(value: unknown): string {
  let json = '';
  try {
    json = JSON.stringify(value) ?? '';
  } catch (error) {
    json = String(error);
  }
  return [inspect(value, { depth: 8, showHidden: true, getters: false }), json, String(value)].join('\n');
}

export function expectNoSecrets(value: unknown): void {
  const text = renderings(value);
  expect(text).not.toMatch(/PRIVATE KEY-----/);
  for (const secret of secrets) {
    if (text.includes(secret)) throw new Error(`a registered secret leaked into ${inspect(value).slice(0, 120)}`);
  }
}

/** Await a rejection or catch a throw, check it leaks nothing, and return it for assertions. */
export async function caught(action: Promise<unknown> | (() => unknown)): Promise<Error> {
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    expectNoSecrets(error);
    return error as Error;
  }
  throw new Error('expected an error, but the call succeeded');
}
