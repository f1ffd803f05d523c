/**
 * `<OperationCall />` on an operation's page: the call in the three styles and the `…Async` form,
 * as tabs in the markup of VitePress's own code groups (so its tab switching and copy button work),
 * written from the record in the page's frontmatter.
 */
import { useData } from 'vitepress';
import { defineComponent, h, type VNode } from 'vue';
import type { ReferenceOperation } from '../../../scripts/catalog/reference.js';
import { callSnippets } from '../../pages/snippets.js';
import { highlight } from './highlight.js';

function codeBlock(code: string, active: boolean): VNode {
  const lines = code.split('\n').flatMap((line, i) => [
    ...(i ? ['\n'] : []),
    // A kind is a class (reference.css colours it), plain text a bare text node: 1,154 pages of spans add up.
    h('span', { class: 'line' }, highlight(line).map(([text, kind]) => (kind ? h('span', { class: `t-${kind}` }, text) : text))),
  ]);
  return h('div', { class: ['language-ts', 'vp-adaptive-theme', { active }] }, [
    h('button', { title: 'Copy Code', class: 'copy' }),
    h('span', { class: 'lang' }, 'ts'),
    h('pre', { class: 'shiki shiki-themes github-light github-dark vp-code', tabindex: 0 }, [h('code', lines)]),
  ]);
}

export const OperationCall = defineComponent({
  name: 'OperationCall',
  setup() {
    const { frontmatter } = useData();
    return () => {
      const snippets = callSnippets(frontmatter.value.operation as ReferenceOperation);
      const tabs = snippets.flatMap(({ label }, i) => [
        h('input', { type: 'radio', name: 'operation-call', id: `operation-call-${i}`, checked: i === 0 }),
        h('label', { 'data-title': label, for: `operation-call-${i}` }, label),
      ]);
      return h('div', { class: 'vp-code-group vp-adaptive-theme operation-call' }, [
        h('div', { class: 'tabs' }, tabs),
        h('div', { class: 'blocks' }, snippets.map(({ code }, i) => codeBlock(code, i === 0))),
      ]);
    };
  },
});
