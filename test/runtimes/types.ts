import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Consumer } from './consumer.js';

/**
 * How the packed package's types say a local key's payment parameters come back, per the conditions
 * TypeScript resolves the package with (`#platform/signing`): at once under `node` (nodenext), in a
 * promise under `workerd` or `edge-light` (customConditions), either when no runtime is named
 * (moduleResolution bundler, as Next.js and wrangler set projects up).
 */
const SYNC = 'JsapiPaymentParams';
const ASYNC = 'Promise<JsapiPaymentParams>';
const EITHER = 'JsapiPaymentParams | Promise<JsapiPaymentParams>';

export const TYPE_CASES: Array<{ name: string; options: Record<string, unknown>; expected: string }> = [
  { name: 'moduleResolution nodenext (the node condition)', options: { module: 'nodenext', moduleResolution: 'nodenext' }, expected: SYNC },
  { name: 'moduleResolution bundler, customConditions workerd', options: { module: 'esnext', moduleResolution: 'bundler', customConditions: ['workerd'] }, expected: ASYNC },
  { name: 'moduleResolution bundler, customConditions edge-light', options: { module: 'esnext', moduleResolution: 'bundler', customConditions: ['edge-light'] }, expected: ASYNC },
  { name: 'moduleResolution bundler, no runtime named', options: { module: 'esnext', moduleResolution: 'bundler' }, expected: EITHER },
];

/** A module that compiles only when `jsapi()`'s type is exactly `expected` and none of the others (APIv2 parameters: at once, always). */
function source(expected: string): string {
  const others = [SYNC, ASYNC, EITHER].filter((type) => type !== expected);
  return `import type { JsapiPaymentParams, JsapiV2PaymentParams, Wechatpay } from 'wechatpay-chain';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
declare const wxpay: Wechatpay<'local'>;
const params = wxpay.payment.jsapi({ appId: 'wxd678efh567hg6787', prepayId: 'wx201410272009395522657a690389285100' });
const v2 = wxpay.payment.jsapi({ appId: 'wxd678efh567hg6787', prepayId: 'wx201410272009395522657a690389285100', signType: 'MD5' });
export const expected: Same<typeof params, ${expected}> = true;
${others.map((type, i) => `export const other${i}: Same<typeof params, ${type}> = false;`).join('\n')}
export const apiv2: Same<typeof v2, JsapiV2PaymentParams> = true;
`;
}

/** Type-check the case's module against the packed package; throws with tsc's output when it does not compile. */
export function checkTypes(root: string, app: Consumer, typeCase: (typeof TYPE_CASES)[number], index: number): void {
  const dir = join(app.dir, `types-${index}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'payment.ts'), source(typeCase.expected));
  const compilerOptions = { target: 'es2022', strict: true, noEmit: true, types: [], lib: ['es2022', 'dom'], skipLibCheck: true, ...typeCase.options };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['payment.ts'] }));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(String((error as { stdout?: string }).stdout ?? error));
  }
}
