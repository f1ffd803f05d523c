/**
 * The guides' sidebar, from the guides staged in site/src/guide/ (copies of docs/*.md): each under
 * its first heading (up to a colon), in the order a reader takes them, so that a guide added to docs/
 * shows without a change here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefaultTheme } from 'vitepress';

/** The guides a reader starts with, in order; any other follows, by name. */
const FIRST = ['getting-started', 'trust', 'catalog', 'notifications', 'reliability'];

function rank(name: string): number {
  const index = FIRST.indexOf(name);
  return index < 0 ? FIRST.length : index;
}

/** The sidebar items of the guides in `folder`; none before the first staging. */
export function guideSidebar(folder: string): DefaultTheme.SidebarItem[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return names.map((name) => {
    const heading = /^# (.+)$/m.exec(readFileSync(join(folder, `${name}.md`), 'utf8'));
    // 'Reliability: timeouts, network errors, …' → 'Reliability': the page itself says the rest.
    return { text: heading?.[1]?.split(': ')[0]?.trim() ?? name, link: `/guide/${name}` };
  });
}
