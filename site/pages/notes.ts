/**
 * The notes an operation's page carries for what sets the call apart: APIv2, mutual TLS, file
 * downloads, unsigned responses, sensitive fields. Each is said once here, for every page.
 */
import type { ReferenceFlag } from '../../scripts/catalog/reference.js';

const NOTES: Record<ReferenceFlag, string> = {
  apiV2:
    'APIv2: the fields go under `xml`, and the client computes `nonce_str` and `sign`. ' +
    'The APIv2 runtime is not there yet: the call is typed in every style, and refused before anything is sent ([the typed catalog](/guide/catalog#rules-worth-knowing)).',
  mtls:
    'Mutual TLS: WeChat Pay asks for the merchant API certificate on this call. Give the client an `httpsAgent` that presents it, ' +
    "e.g. `new https.Agent({ cert: readFileSync('apiclient_cert.pem'), key: readFileSync('apiclient_key.pem') })`.",
  download: "A file download: `data` is the file as text, or a `Buffer` with `responseType: 'arraybuffer'`.",
  unsigned:
    'WeChat Pay does not sign this response (a file): the client hands it back without a signature check. ' +
    'Check it against the digest WeChat Pay gives for it.',
  sensitive:
    'Sensitive fields: encrypt them with `await wxpay.encrypt(…)`; the client then sends the `Wechatpay-Serial` of the key that encrypted them ' +
    '([keys and certificates](/guide/trust)).',
  deprecated: 'Deprecated in the descriptions.',
};

/** The notes for an operation's flags, in the order the flags are listed. */
export function notesFor(flags: readonly ReferenceFlag[]): string[] {
  return flags.map((flag) => NOTES[flag]);
}
