/**
 * The notes an operation's page carries for what sets the call apart: APIv2, mutual TLS, file
 * downloads, unsigned responses, sensitive fields. Each is said once here, for every page, as a
 * VitePress custom block (`::: tip Title`).
 */
import type { ReferenceFlag } from '../../scripts/catalog/reference.js';

interface Note {
  kind: 'tip' | 'warning';
  title: string;
  text: string;
}

const NOTES: Record<ReferenceFlag, Note> = {
  apiV2: {
    kind: 'warning',
    title: 'APIv2',
    text:
      'The fields go under `xml`, and the client computes `nonce_str` and `sign`. The APIv2 runtime is not there yet: ' +
      'the call is typed in every style, and refused before anything is sent ([the typed catalog](/guide/catalog#rules-worth-knowing)).',
  },
  mtls: {
    kind: 'tip',
    title: 'Mutual TLS',
    text:
      'WeChat Pay asks for the merchant API certificate on this call. Give the client an `httpsAgent` that presents it, ' +
      "e.g. `new https.Agent({ cert: readFileSync('apiclient_cert.pem'), key: readFileSync('apiclient_key.pem') })`.",
  },
  download: { kind: 'tip', title: 'File download', text: "`data` is the file as text, or a `Buffer` with `responseType: 'arraybuffer'`." },
  unsigned: {
    kind: 'tip',
    title: 'Unsigned response',
    text: 'WeChat Pay does not sign this response (a file): the client hands it back without a signature check. Check it against the digest WeChat Pay gives for it.',
  },
  sensitive: {
    kind: 'tip',
    title: 'Sensitive fields',
    text: 'Encrypt them with `await wxpay.encrypt(…)`; the client then sends the `Wechatpay-Serial` of the key that encrypted them ([keys and certificates](/guide/trust)).',
  },
  deprecated: { kind: 'warning', title: 'Deprecated', text: 'The descriptions mark this operation deprecated.' },
};

/** The notes for an operation's flags as markdown blocks, in the order the flags are listed. */
export function notesFor(flags: readonly ReferenceFlag[]): string[] {
  return flags.map((flag) => {
    const { kind, title, text } = NOTES[flag];
    return `::: ${kind} ${title}\n${text}\n:::`;
  });
}
