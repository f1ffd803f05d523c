/**
 * The call of an operation in each access style, as its page prints it and as `npm test`
 * type-checks it (scripts/doc-samples.ts): one function writes both, so what is shown compiles.
 */
import type { ReferenceOperation } from '../../scripts/catalog/reference.js';

/** One tab of the call: its label and the statements it shows. */
export interface CallSnippet {
  label: string;
  code: string;
}

/**
 * The three styles (property chain, `chain('…')`, `['…']`) with `await`, and the `…Async` form
 * with `then()`: the same request four ways, each complete with its example options.
 */
export function callSnippets(op: Pick<ReferenceOperation, 'method' | 'call'>): CallSnippet[] {
  const { chain, literal, setup, options } = op.call;
  const quoted = `'${literal}'`;
  const before = setup.length ? `${setup.join('\n')}\n` : '';
  const awaited = (target: string) => `${before}const { data } = await ${target}.${op.method}(${options});\nconsole.log(data);`;
  return [
    { label: 'chain', code: awaited(chain) },
    { label: `chain('…')`, code: awaited(`wxpay.chain(${quoted})`) },
    { label: `['…']`, code: awaited(`wxpay[${quoted}]`) },
    { label: `${op.method}Async`, code: `${before}${chain}.${op.method}Async(${options}).then(({ data }) => console.log(data));` },
  ];
}
