/**
 * The site `npm run docs` builds (scripts/docs.ts stages its sources in site/src/ first): the guides,
 * the operation reference and the API reference, with a local search that works offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import type { ReferenceOperation } from '../../scripts/catalog/reference.js';
import { guideSidebar } from '../pages/guides.js';
import { searchableHtml } from '../pages/search-text.js';
import { OPERATIONS_DIR } from '../pages/urls.js';
import { tokenize } from './search.js';

/** The API reference's sidebar, which typedoc writes beside its pages (none before the first staging). */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = new URL('../src/api/typedoc-sidebar.json', import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[]) : [];
}

export default defineConfig({
  title: 'wechatpay-chain',
  description: 'A chainable, typed WeChat Pay (微信支付) client on axios: guides, every operation, the API.',
  srcDir: 'src',
  outDir: 'dist',
  cacheDir: '.vitepress/cache',
  // The page-to-chunk map and site data go in one cached script rather than into each of 1,300 pages.
  metaChunk: true,
  lastUpdated: false,
  // The search index is one chunk of a few MB by design, loaded when the search box first opens.
  vite: { build: { chunkSizeWarningLimit: 5_000 } },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Operations', link: `/${OPERATIONS_DIR}/` },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/guide/': [{ text: 'Guide', items: guideSidebar(fileURLToPath(new URL('../src/guide/', import.meta.url))) }],
      '/api/': [{ text: 'API', items: apiSidebar() }],
      // No sidebar on the 1,154 operation pages: each page would render it whole. They link to their
      // product on the index page, and to its previous and next operations.
    },
    outline: { level: [2, 2] },
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          options: { tokenize },
        },
        // Build time only (VitePress ships no `_` option to the browser).
        _render(src, env, md) {
          const html = md.render(src, env);
          if (env.frontmatter?.search === false) return '';
          const operation = env.frontmatter?.operation as ReferenceOperation | undefined;
          return operation ? searchableHtml(html, operation) : html;
        },
      },
    },
  },
});
