/**
 * APIv2 request bodies: the fields under an `<xml>` root, each value as text, in a CDATA section
 * where it holds characters XML would otherwise take as markup.
 */

/** A field name XML accepts as an element name, as APIv2 names them. */
export const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Characters XML 1.0 does not allow at all, even escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Why a value cannot be written as XML text, or `undefined` when it can. */
export function xmlTextProblem(text: string): string | undefined {
  if (FORBIDDEN.test(text)) return 'holds a control character, which XML cannot carry';
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) return 'holds a lone UTF-16 surrogate, which cannot be encoded';
  return undefined;
}

/** `<xml><name>value</name>…</xml>` for already checked names and text values, in the order given. */
export function buildXml(fields: ReadonlyArray<readonly [string, string]>): string {
  let out = '<xml>';
  for (const [name, value] of fields) out += `<${name}>${xmlText(value)}</${name}>`;
  return `${out}</xml>`;
}

function xmlText(value: string): string {
  if (!/[<>&'"]/.test(value)) return value;
  // `]]>` cannot appear inside one CDATA section: split it across two.
  return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
