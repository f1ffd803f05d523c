/**
 * The call snippets of every operation page as TypeScript modules, for `npm test` to compile
 * exactly as the pages print them (scripts/doc-samples.ts writes them beside the guides' samples):
 * a page can only show a call, a path value or an example field the types accept.
 */
import type { ReferenceData } from '../../scripts/catalog/reference.js';
import { callSnippets } from './snippets.js';

/** Operations per module: small enough for an error to be found, few enough files. */
const PER_MODULE = 200;

function indent(code: string, by: string): string {
  return code.replace(/^(?=.)/gm, by);
}

/** File name → module text; each operation's snippets in a function of their own, each in a block. */
export function operationSamples(data: ReferenceData): Map<string, string> {
  const modules = new Map<string, string>();
  for (let start = 0; start < data.operations.length; start += PER_MODULE) {
    let text = "// Extracted from site/generated/reference.json, as the operation pages print the calls.\nimport type { Wechatpay } from 'wechatpay-chain';\n\ndeclare const wxpay: Wechatpay;\n";
    data.operations.slice(start, start + PER_MODULE).forEach((op, index) => {
      text += `\n/** ${op.method.toUpperCase()} /${op.path.replace(/\*\//g, '*\\/')} */\nexport async function operation${start + index}(): Promise<void> {\n`;
      for (const snippet of callSnippets(op)) text += `  {\n${indent(snippet.code, '    ')}\n  }\n`;
      text += '}\n';
    });
    modules.set(`operations_${start / PER_MODULE + 1}.ts`, text);
  }
  return modules;
}
