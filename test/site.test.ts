// The documentation site in a real browser: `npm run docs` builds it, Chromium opens it from a
// loopback server. The two seed operations (../shared/seeds) are found by the search box and show
// the call in every style and every request field. Screenshots go to test/output/site/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite, openBrowser, serve } from './support/site.js';

const SCREENSHOTS = 'test/output/site';

// A page load and a search take a few seconds, more on a busy machine; the build takes minutes (below).
vi.setConfig({ testTimeout: 90_000 });

// As the seed documents give them: title, call styles and the rows of their request tables; `heading`
// is the title as the descriptions give it, which the page shows.
const SEEDS = [
  {
    name: 'insurance',
    title: '保险商户通过商户协议号解除保险自动续费协议',
    heading: '保险商户通过商户协议号解除保险自动续费协议',
    page: '/operations/v3/papay/insurance-sign/contracts/plan-id/_plan_id_/out-contract-code/_out_contract_code_/terminate/post.html',
    path: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate',
    chain: 'wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate',
    fields: ['plan_id', 'out_contract_code', 'json', 'contract_termination_remark'],
    values: ['plan_id: 12535', "out_contract_code: 'wxwtdk20200910100000'", "contract_termination_remark: '用户解约'"],
  },
  {
    name: 'password-exempt',
    title: '商户通过商户协议号解约协议',
    heading: '商户通过商户协议号解约协议API',
    page: '/operations/v3/password-exempt-contract/contracts/service-id/_service_id_/out-contract-code/_out_contract_code_/terminate/post.html',
    path: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate',
    chain: 'wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate',
    fields: ['service_id', 'out_contract_code', 'json', 'contract_termination_remark'],
    values: ['service_id: 12535', "out_contract_code: 'wxwtdk20200910100000'", "contract_termination_remark: '用户解约'"],
  },
] as const;

let site: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  const output = await buildSite();
  // The build's own figures (time, size), for the log.
  console.log(output.split('\n').filter((line) => line.startsWith('docs:')).join('\n'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serve('site/dist');
  browser = await openBrowser();
  page = await browser.context.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the search box on the home page and types a query; resolves with the results' texts once `expected` is among them. */
async function search(query: string, expected: string): Promise<string[]> {
  await page.goto(`${site.url}/`);
  await page.waitForLoadState('networkidle');
  await page.locator('#local-search button').click();
  await page.locator('#localsearch-input').fill(query);
  // The index loads on first use; the results follow the typing after a debounce.
  await page.locator('#localsearch-list .result', { hasText: expected }).first().waitFor({ timeout: 30_000 });
  return page.locator('#localsearch-list .result').allInnerTexts();
}

describe('search, offline in the built site', () => {
  it.each(SEEDS)('finds the $name seed by its Chinese title, and Enter lands on its page', async (seed) => {
    const results = await search(seed.title, seed.title);
    expect(results[0]).toContain(seed.title);
    await page.screenshot({ path: `${SCREENSHOTS}/search-${seed.name}.png` });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === seed.page);
    // The router changes the URL first, then the content: wait for the page's own heading.
    const heading = page.locator('.vp-doc h1');
    await heading.filter({ hasText: seed.title }).waitFor();
    // The heading's anchor link adds a zero-width space.
    expect((await heading.innerText()).replace(/\u200b/g, '').trim()).toBe(seed.heading);
  });

  it.each([
    ['its chain-style name', 'insuranceSign'],
    ['a path segment', 'insurance-sign'],
  ])('finds a seed operation by %s', async (_what, query) => {
    const results = await search(query, SEEDS[0].title);
    expect(results.some((text) => text.includes(SEEDS[0].title))).toBe(true);
  });
});

describe.each(SEEDS)('the page of the $name seed', (seed) => {
  it('shows the call in the three styles and as …Async, with the example values', async () => {
    await page.goto(`${site.url}${seed.page}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.endpoint').innerText()).resolves.toBe(`POST /${seed.path}`);
    const expected = [`${seed.chain}.post({`, `wxpay.chain('${seed.path}').post({`, `wxpay['${seed.path}'].post({`, `${seed.chain}.postAsync({`];
    const labels = page.locator('.operation-call .tabs label');
    await expect(labels.allInnerTexts()).resolves.toEqual(['chain', "chain('…')", "['…']", 'postAsync']);
    for (const [index, call] of expected.entries()) {
      await labels.nth(index).click();
      const shown = page.locator('.operation-call .blocks > div.active');
      await expect(shown.isVisible()).resolves.toBe(true);
      const code = await shown.innerText();
      expect(code).toContain(call);
      for (const value of seed.values) expect(code).toContain(value);
    }
  });

  it('lists every request field', async () => {
    await page.goto(`${site.url}${seed.page}`);
    const names = await page.locator('table[data-part="request"] tbody tr td:first-child').allInnerTexts();
    expect(names.map((name) => name.trim())).toEqual(seed.fields);
    await page.screenshot({ path: `${SCREENSHOTS}/${seed.name}.png`, fullPage: true });
  });
});
