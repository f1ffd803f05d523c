/**
 * Responses WeChat Pay sends without a signature: file downloads. Their integrity comes from the hash
 * in the signed response that handed out the download URL (bills), or from `Wechatpay-Statement-Sha1`.
 */
const UNSIGNED_PATHS: readonly string[] = [
  '/v3/billdownload/file',
  // The download URL the API descriptions give for sub-merchant, e-commerce and global bills.
  '/v3/bill/downloadurl',
  '/v3/statements',
  '/v3/global/statements',
  '/hk/v3/statements',
  '/v3/new-tax-control-fapiao/download',
  '/v3/transferdownload/(?:elecvoucherfile|signfile)',
  '/v3/(?:global/)?merchant-service/images/[^/]+',
];

// One alternation rather than a regular expression per path: every response is checked against it,
// and each expression runs compiled code of its own, which a process cold between requests pays for.
const UNSIGNED = new RegExp(`^(?:${UNSIGNED_PATHS.join('|')})$`);

/** True when a 2xx response on this URL path carries no WeChat Pay signature by design. */
export function isUnsignedDownload(pathname: string): boolean {
  return UNSIGNED.test(pathname);
}

// Statements carry `Wechatpay-Statement-Sha1`, signed as `{"sha1":"<value>"}` (docs/files.md).
const STATEMENTS = /^\/(?:hk\/)?v3\/(?:global\/)?statements$/;

/** True for the statement downloads, whose `Wechatpay-Statement-Sha1` header is signed in place of the body. */
export function isStatement(pathname: string): boolean {
  return STATEMENTS.test(pathname);
}
