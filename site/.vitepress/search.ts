/**
 * How the site's local search (MiniSearch, in the browser, offline) cuts text into terms, at build
 * time and for every query. The default cuts at spaces and punctuation, which leaves a Chinese title
 * one single term that only its whole self or its beginning finds. Here:
 * - a run of CJK characters becomes its overlapping character pairs (`解除保险` → `解除`, `除保`,
 *   `保险`), so any part of a title finds it, and the page that shares the most pairs ranks first;
 * - any other word is kept whole (`insuranceSign`, `insurance-sign`, `out_contract_code`), and its
 *   parts between `-` and `_` are terms too (`insurance`, `sign`), so a path segment or a
 *   chain-style name finds its operations.
 *
 * VitePress ships this function to the browser as source text: it must use nothing from outside it.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}_-]+/u)) {
    for (const run of word.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
      if (/^[\u3400-\u9fff\uf900-\ufaff]/.test(run)) {
        if (run.length === 1) terms.push(run);
        for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
        continue;
      }
      const parts = run.split(/[-_]+/).filter(Boolean);
      if (parts.length) terms.push(run, ...(parts.length > 1 ? parts : []));
    }
  }
  return terms;
}
