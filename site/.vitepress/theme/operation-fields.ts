/**
 * `<OperationFields part="request" />` and `part="response"` on an operation's page: the fields of
 * the options object, and of each documented 2xx response, as tables (nested fields indented under
 * their object), written from the record in the page's frontmatter.
 */
import { useData } from 'vitepress';
import { defineComponent, h, type PropType, type VNode } from 'vue';
import type { FieldRow } from '../../../scripts/catalog/fields.js';
import type { ReferenceOperation, ReferenceResponse } from '../../../scripts/catalog/reference.js';

const COLUMNS = ['field', 'type', 'required', 'values', 'label'];

function row([depth, name, type, required, label, values]: FieldRow): VNode {
  // Depth as a class (`d1`…`d6`), not a style: the largest operations have hundreds of rows.
  const field = name ? h('code', { class: depth ? `d${Math.min(depth, 6)}` : undefined }, name) : '';
  return h('tr', [
    h('td', [field]),
    h('td', [h('code', type)]),
    h('td', required ? 'yes' : ''),
    h('td', (values ?? []).flatMap((value, i) => [...(i ? [' '] : []), h('code', value)])),
    h('td', label),
  ]);
}

function table(rows: readonly FieldRow[], part: string): VNode {
  return h('table', { class: 'fields', 'data-part': part }, [
    h('thead', [h('tr', COLUMNS.map((column) => h('th', column)))]),
    h('tbody', rows.map(row)),
  ]);
}

function response(body: ReferenceResponse, several: boolean): VNode[] {
  const status = h('code', body.status);
  if (body.body === 'file') return [h('p', [status, ': the file; ', h('code', 'data'), ' is its text, or a ', h('code', 'Buffer'), ' with ', h('code', "responseType: 'arraybuffer'"), '.'])];
  if (body.body === 'none') return [h('p', [status, ': no body; ', h('code', 'data'), ' is ', h('code', 'undefined'), '.'])];
  return [h('p', [...(several ? [status, ': the fields'] : ['The fields']), ' of ', h('code', 'data'), '.']), table(body.rows, `response-${body.status}`)];
}

export const OperationFields = defineComponent({
  name: 'OperationFields',
  props: { part: { type: String as PropType<'request' | 'response'>, required: true } },
  setup(props) {
    const { frontmatter } = useData();
    return () => {
      const op = frontmatter.value.operation as ReferenceOperation;
      if (props.part === 'request') {
        if (!op.request.length) return h('p', 'No options: the call takes none.');
        return h('div', [h('p', 'The fields of the options object.'), table(op.request, 'request')]);
      }
      if (!op.responses.length) return h('p', 'The descriptions document no 2xx response.');
      return h('div', op.responses.flatMap((body) => response(body, op.responses.length > 1)));
    };
  },
});
