/**
 * Text from the data file, made safe for a line of a VitePress page: HTML-escaped, markdown's own
 * punctuation backslash-escaped, and never a Vue interpolation (`{{`), which VitePress would
 * evaluate even in escaped text.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or attribute (a sidebar text, which VitePress renders as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/\{\{/g, '{&#8203;{').replace(/\}\}/g, '}&#8203;}');
}

/** Text for a markdown line (a heading, a link text). */
export function escapeMarkdown(text: string): string {
  // Markdown's punctuation first: the entities escapeHtml writes hold a `#` of their own.
  return escapeHtml(text.replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`));
}
