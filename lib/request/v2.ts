import type { Secret } from '../auth/secret.js';
import { signV2, v2SignTypeOf } from '../auth/v2-sign.js';
import { ConfigError } from '../errors/config-error.js';
import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { buildXml, XML_NAME, xmlTextProblem } from '../xml/build.js';
import { APIV2_CERTIFICATE_REQUIRED, APIV2_FILES, APIV2_PATHS, APIV2_UNSIGNED } from '../../types/generated/apiv2.js';
import { ownValue } from './own.js';

/** What an APIv2 call needs of the client. */
export interface V2Settings {
  /** The merchant the fields must name (`mch_id`/`mchid`), when they name one. */
  mchid: string;
  /** The APIv2 key (APIv2密钥) that signs the fields; `undefined`: not configured. */
  key: Secret | undefined;
  /** A fresh random `nonce_str` (32 characters from the CSPRNG). */
  nonce: () => string;
  /** Whether the client holds a merchant API certificate it can present for mutual TLS. */
  hasCertificate: boolean;
  /** Why this runtime cannot send a call with mutual TLS at all (no node:tls), or undefined where it can. */
  mutualTlsProblem?: string | undefined;
}

/** How one APIv2 call is sent and its answer checked. */
export interface V2Call {
  /** The path as sent, without `v2/` or a leading `/`, e.g. `pay/micropay`. */
  path: string;
  /** Whether the answer must carry a `sign` (its response table lists one). */
  signed: boolean;
  /** Whether the answer is a file, an XML answer in its place an error. */
  file: boolean;
  /** Whether the call goes with the merchant API certificate (mutual TLS). */
  security: boolean;
}

const PREFIX = 'v2/';

/**
 * The path an APIv2 template is sent to (`v2/pay/micropay` and `pay/micropay` → `pay/micropay`), or
 * `undefined` for an APIv3 template. A `v2/` path is APIv2 whether documented or not.
 */
export function apiV2Path(template: string): string | undefined {
  if (template.startsWith(PREFIX)) return template.slice(PREFIX.length);
  return APIV2_PATHS.has(template) ? template : undefined;
}

/**
 * The XML body of an APIv2 call and how it is sent: the `xml` fields as text, a random `nonce_str`
 * unless `nonceless`, and `sign` over them with the APIv2 key. Throws before anything is sent: a
 * {@link ParameterError} for the fields or a missing key, a {@link ConfigError} for a call that needs
 * the merchant certificate the client does not have. `settings.nonce` is the one impure input.
 */
export function v2Request(method: string, template: string, path: string, options: { xml: unknown; body: unknown; security: unknown; nonceless: unknown }, settings: V2Settings | undefined): { body: string | FormData | undefined; call: V2Call } {
  if (options.security !== undefined && typeof options.security !== 'boolean') throw new ParameterError('security', template, `expected true or false, got ${describe(options.security)}`);
  if (options.nonceless !== undefined && typeof options.nonceless !== 'boolean') throw new ParameterError('nonceless', template, `expected true or false, got ${describe(options.nonceless)}`);
  const security = options.security === true || APIV2_CERTIFICATE_REQUIRED.has(path);
  const file = APIV2_FILES.has(path);
  const call: V2Call = { path, signed: !APIV2_UNSIGNED.has(path) && !file, file, security };
  const signingKey = (): Secret => {
    if (!settings?.key) throw new ParameterError('apiv2Key', template, 'an APIv2 call is signed with the APIv2 key (APIv2密钥): create the client with the `apiv2Key` option; nothing was sent');
    return settings.key;
  };
  const needsCertificate = (): void => {
    if (security && settings?.mutualTlsProblem !== undefined) throw new ConfigError('merchantCertificate', `${method} /${path} ${settings.mutualTlsProblem}; nothing was sent`);
    if (security && !settings?.hasCertificate) {
      throw new ConfigError('merchantCertificate', `${method} /${path} is sent with the merchant API certificate (mutual TLS): give \`merchantCertificate\` (apiclient_cert.pem) with \`privateKey\`, or \`pkcs12\` (apiclient_cert.p12); nothing was sent`);
    }
  };
  if (method === 'GET') {
    if (options.xml !== undefined) throw new ParameterError('xml', template, 'a GET request has no body: give its parameters as `query`');
    needsCertificate();
    return { body: undefined, call };
  }
  if (options.body !== undefined) return { body: v2Form(options, template, settings?.mchid, () => {
    const key = signingKey();
    needsCertificate();
    return key;
  }), call };
  const fields = readFields(options.xml, template, settings?.mchid);
  const key = signingKey();
  needsCertificate();
  const signType = v2SignTypeOf(Object.fromEntries(fields));
  if (signType === undefined) throw new ParameterError('xml.sign_type', template, 'sign_type must be MD5 or HMAC-SHA256');
  if (options.nonceless !== true && !fields.some(([name]) => name === 'nonce_str')) fields.push(['nonce_str', settings!.nonce()]);
  fields.push(['sign', signV2(Object.fromEntries(fields), key.reveal(), signType)]);
  return { body: buildXml(fields), call };
}

/**
 * A multipart APIv2 upload (`secapi/mch/uploadmedia`): its text parts are the fields. They are signed
 * as given (no `nonce_str`: the upload takes none), file parts left out; a `sign` already in the form is kept.
 */
function v2Form(options: { xml: unknown; body: unknown }, template: string, mchid: string | undefined, signingKey: () => Secret): FormData {
  const given = options.body;
  if (!(given instanceof FormData)) throw new ParameterError('body', template, `an APIv2 call takes \`body\` only as FormData (a multipart upload); give its fields as \`xml\`, got ${describe(given)}`);
  if (options.xml !== undefined) throw new ParameterError('xml', template, 'give either `xml` or a multipart `body`, not both');
  // A copy, so that the caller's form is not changed by the sign added to it.
  const form = new FormData();
  const text: Record<string, string> = {};
  given.forEach((value, name) => {
    form.append(name, value);
    if (typeof value === 'string') text[name] = value;
  });
  const fields = readFields(text, template, mchid);
  const key = signingKey();
  const signType = v2SignTypeOf(text);
  if (signType === undefined) throw new ParameterError('body.sign_type', template, 'sign_type must be MD5 or HMAC-SHA256');
  if (!form.has('sign')) form.append('sign', signV2(Object.fromEntries(fields), key.reveal(), signType));
  return form;
}

/** The `xml` option's own fields as text, in order, `sign` left out (the client computes it). */
function readFields(xml: unknown, template: string, mchid: string | undefined): [string, string][] {
  if (typeof xml !== 'object' || xml === null || Array.isArray(xml)) throw new ParameterError('xml', template, `\`xml\` must be an object of the request fields, got ${describe(xml)}`);
  const fields: [string, string][] = [];
  for (const name of Object.keys(xml)) {
    const value = ownValue(xml, name);
    if (value === undefined || value === null || name === 'sign') continue;
    if (!XML_NAME.test(name)) throw new ParameterError(`xml.${name.slice(0, 40)}`, template, 'a field name must be an XML element name (letters, digits, `_`, `-`, `.`)');
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'bigint' && type !== 'boolean') {
      throw new ParameterError(`xml.${name}`, template, `a field value is text or a number (give JSON fields as a string), got ${describe(value)}`);
    }
    const text = String(value);
    const problem = xmlTextProblem(text);
    if (problem) throw new ParameterError(`xml.${name}`, template, `the value ${problem}`);
    // The merchant named in the fields must be the one whose key signs them and whose certificate is presented.
    if ((name === 'mch_id' || name === 'mchid') && mchid !== undefined && text !== mchid) throw new ParameterError(`xml.${name}`, template, `is not the configured merchant (mchid ${mchid}): a client signs for its own merchant only; nothing was sent`);
    fields.push([name, text]);
  }
  return fields;
}
