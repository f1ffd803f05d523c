/**
 * Token kinds for the call snippets of the operation pages, coloured by reference.css in the two
 * themes VitePress highlights the guides with (github-light, github-dark). The snippets are
 * generated and hold a handful of token kinds, which a few patterns tell apart: highlighting 1,154
 * pages with a full grammar at build time (shiki) took most of the build's time budget on its own.
 */

/** What a run of code is; `''` for plain text. */
export type TokenKind = 'comment' | 'string' | 'keyword' | 'constant' | 'function' | '';

/** A run of code and its kind. */
export type Token = [text: string, kind: TokenKind];

/** Tried in order at each position; the last one matches any character. */
const RULES: readonly [RegExp, TokenKind][] = [
  [/\/\*[^]*?\*\/|\/\/.*/y, 'comment'],
  [/'(?:[^'\\\n]|\\.)*'/y, 'string'],
  [/\b(?:const|await|new)\b|=>|=/y, 'keyword'],
  [/\b(?:true|false|\d+(?:\.\d+)?)\b/y, 'constant'],
  [/[A-Za-z_$][\w$]*(?=\()/y, 'function'],
  [/[A-Za-z_$][\w$]*|\s+|[^]/y, ''],
];

/** Code as runs of one kind each (neighbouring runs of a kind merged). */
export function highlight(code: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < code.length) {
    for (const [pattern, kind] of RULES) {
      pattern.lastIndex = at;
      const match = pattern.exec(code);
      if (!match) continue;
      at += match[0].length;
      const last = tokens.at(-1);
      if (last && last[1] === kind) last[0] += match[0];
      else tokens.push([match[0], kind]);
      break;
    }
  }
  return tokens;
}
