/**
 * The XML parser (lib/xml/parse.ts and fast-xml-parser), loaded when the first APIv2 answer or
 * notification arrives and kept: an import of the package that never meets APIv2 never pays for it.
 */
let loading: Promise<typeof import('./parse.js')> | undefined;

export function xmlParser(): Promise<typeof import('./parse.js')> {
  loading ??= import('./parse.js');
  return loading;
}
