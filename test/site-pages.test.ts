// The operation reference's pages as markdown and data, without a browser: where each page lives,
// what it says, what the search indexes of it, and how the search cuts text into terms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tokenize } from '../site/.vitepress/search.js';
import { highlight } from '../site/.vitepress/theme/highlight.js';
import { callSnippets } from '../site/pages/snippets.js';
import { readReference } from '../site/pages/data.js';
import { guideSidebar } from '../site/pages/guides.js';
import { escapeMarkdown } from '../site/pages/html.js';
import { operationPage } from '../site/pages/operation.js';
import { byProduct, neighbours, productIndexPage, productLink } from '../site/pages/products.js';
import { searchableHtml } from '../site/pages/search-text.js';
import { operationFile, operationLink } from '../site/pages/urls.js';

const data = readReference();
const find = (method: string, path: string) => data.operations.find((op) => op.method === method && op.path === path)!;
const INSURANCE = find('post', 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate');
const MICROPAY = find('post', 'pay/micropay');

describe('page locations', () => {
  it('derive from method and path alone: segments as folders, placeholders as in the chain style', () => {
    expect(operationLink(INSURANCE)).toBe('/operations/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate/post');
    const refiled = { ...INSURANCE, products: ['another product'], title: 'another title' };
    expect(operationFile(refiled)).toBe(operationFile(INSURANCE));
    expect(operationFile(MICROPAY)).toBe('operations/v2/pay/micropay/post.md');
  });

  it('keep a trailing slash apart from the same path without it', () => {
    const op = { method: 'post' as const, flags: [] };
    expect(operationFile({ ...op, path: 'v3/applyment4sub/applyment/' })).toBe('operations/v3/applyment4sub/applyment/_/post.md');
    expect(operationFile({ ...op, path: 'v3/applyment4sub/applyment' })).toBe('operations/v3/applyment4sub/applyment/post.md');
  });

  it('are one per operation', () => {
    expect(new Set(data.operations.map(operationFile)).size).toBe(data.operations.length);
  });
});

describe('an operation page', () => {
  const page = operationPage(INSURANCE, { next: MICROPAY });
  const [, frontmatter = '', body = ''] = page.split(/^---$/m);

  it('carries the record in its frontmatter for the components, and the footer links', () => {
    const parsed = parse(frontmatter) as Record<string, unknown>;
    expect(parsed.title).toBe(INSURANCE.title);
    expect(parsed.operation).toEqual(INSURANCE);
    expect(parsed.prev).toBe(false);
    expect(parsed.next).toEqual({ text: MICROPAY.title, link: operationLink(MICROPAY) });
  });

  it('states title, method and path, product, official pages and types', () => {
    expect(body).toContain(`# ${INSURANCE.title}`);
    expect(body).toContain(`<span class="method">POST</span> <code>/${INSURANCE.path}</code>`);
    expect(body).toContain(`[委托代扣∙保险业](${productLink('委托代扣∙保险业')})`);
    expect(body).toContain('Official documentation: not linked from the descriptions');
    expect(body).toContain('`PostV3PapayInsuranceSignContractsPlanIdOutContractCodeTerminateOptions`');
    expect(body).toMatch(/## Call[^]*<OperationCall \/>[^]*## Request[^]*<OperationFields part="request" \/>[^]*## Response[^]*<OperationFields part="response" \/>/);
  });

  it('notes a host that is not the default, mutual TLS and APIv2', () => {
    const op = data.operations.find((o) => o.host && o.flags.includes('mtls'))!;
    const text = operationPage(op);
    expect(text).toContain(`Host: \`${op.host}\``);
    expect(text).toContain('::: tip Mutual TLS\nWeChat Pay asks for the merchant API certificate');
    expect(text).toContain('::: warning APIv2\nThe fields go under `xml`');
    expect(operationPage(find('get', 'v3/billdownload/file'))).toMatch(/::: tip File download\n[^]*::: tip Unsigned response\nWeChat Pay does not sign this response/);
  });

  it('keeps the text of the data from being read as markdown, HTML or a Vue interpolation', () => {
    expect(escapeMarkdown('a {{ b }} <c> *d*')).toBe('a {&#8203;{ b }&#8203;} &lt;c&gt; \\*d\\*');
  });
});

describe('the calls a page shows', () => {
  it('are the three styles and …Async, each with the example options', () => {
    const snippets = callSnippets(INSURANCE);
    expect(snippets.map((s) => s.label)).toEqual(['chain', "chain('…')", "['…']", 'postAsync']);
    expect(snippets[0]!.code).toContain('await wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post({');
    expect(snippets[1]!.code).toContain(`await wxpay.chain('${INSURANCE.path}').post({`);
    expect(snippets[2]!.code).toContain(`await wxpay['${INSURANCE.path}'].post({`);
    expect(snippets[3]!.code).toContain('.terminate.postAsync({');
    for (const { code } of snippets) expect(code).toContain("plan_id: 12535,\n  out_contract_code: 'wxwtdk20200910100000',\n  json: {\n    contract_termination_remark: '用户解约',\n  },\n}");
  });

  it('address APIv2 under v2/ in every style', () => {
    const codes = callSnippets(MICROPAY).map((s) => s.code);
    expect(codes[0]).toContain('wxpay.v2.pay.micropay.post(');
    expect(codes[1]).toContain("wxpay.chain('v2/pay/micropay').post(");
    expect(codes[2]).toContain("wxpay['v2/pay/micropay'].post(");
  });
});

describe('the products', () => {
  it('list every operation under each product it is filed under, in the descriptions order', () => {
    const groups = byProduct(data);
    expect([...groups.keys()].slice(0, 2)).toEqual(data.products.slice(0, 2));
    for (const op of data.operations) for (const product of op.products) expect(groups.get(product)).toContain(op);
    const index = productIndexPage(data);
    expect(index).toContain('search: false');
    expect(index).toContain(`### 委托代扣∙保险业 {#委托代扣∙保险业}`);
    expect(index).toContain(`](${operationLink(INSURANCE)}) <code>POST /${INSURANCE.path}</code>`);
  });

  it('link each page to its neighbours in its first product', () => {
    const around = neighbours(data);
    const { prev, next } = around.get(INSURANCE)!;
    expect(prev?.products[0]).toBe('委托代扣∙保险业');
    expect(around.get(prev!)!.next).toBe(INSURANCE);
    expect(next === undefined || next.products[0] === '委托代扣∙保险业').toBe(true);
  });
});

describe('search', () => {
  it('indexes the call and the fields in place of the component tags', () => {
    const html = searchableHtml('<h2>Call</h2>\n<OperationCall />\n<OperationFields part="request" />\n<OperationFields part="response" />\n', INSURANCE);
    expect(html).not.toContain('<Operation');
    expect(html).toContain('wxpay.v3.papay.insuranceSign.contracts');
    expect(html).toContain(INSURANCE.path);
    expect(html).toContain('contract_termination_remark 解约备注');
    expect(html).toContain('contract_state 委托代扣协议状态');
  });

  it('cuts Chinese into character pairs, keeps words whole and adds their parts', () => {
    expect(tokenize('解除保险')).toEqual(['解除', '除保', '保险']);
    expect(tokenize('券')).toEqual(['券']);
    expect(tokenize('wxpay.v3.papay.insuranceSign')).toEqual(['wxpay', 'v3', 'papay', 'insuranceSign']);
    expect(tokenize('v3/papay/insurance-sign/{plan_id}')).toEqual(['v3', 'papay', 'insurance-sign', 'insurance', 'sign', 'plan_id', 'plan', 'id']);
    expect(tokenize('商户AppID')).toEqual(['商户', 'AppID']);
  });
});

describe('the snippet highlighter', () => {
  it('tells keywords, strings, numbers, calls and comments apart, and loses no character', () => {
    const code = "const { data } = await wxpay.chain('v3/x').post({ n: 12535, b: new Blob([/* bytes */]) });";
    const tokens = highlight(code);
    expect(tokens.map(([text]) => text).join('')).toBe(code);
    const kinds = Object.fromEntries(tokens.filter(([, kind]) => kind).map(([text, kind]) => [text.trim(), kind]));
    expect(kinds).toMatchObject({ const: 'keyword', '=': 'keyword', await: 'keyword', chain: 'function', "'v3/x'": 'string', post: 'function', '12535': 'constant', new: 'keyword', Blob: 'function', '/* bytes */': 'comment' });
  });
});

describe('the guides sidebar', () => {
  it('lists every guide under its heading, the first ones in reading order, a new one after them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'guides-'));
    try {
      writeFileSync(join(folder, 'zebra.md'), '# Zebra\n');
      writeFileSync(join(folder, 'trust.md'), 'intro\n\n# Keys and certificates: which, where, when\n');
      writeFileSync(join(folder, 'getting-started.md'), '# Getting started\n');
      expect(guideSidebar(folder)).toEqual([
        { text: 'Getting started', link: '/guide/getting-started' },
        { text: 'Keys and certificates', link: '/guide/trust' },
        { text: 'Zebra', link: '/guide/zebra' },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
