import { describe } from '../errors/describe.js';
import { ParameterError } from '../errors/parameter-error.js';
import { ownRecord } from '../request/own.js';
import type { V2SignType } from './types.js';
import { isV2SignType } from './v2.js';

/** Which front end the parameters are for. */
export type PaymentKind = 'jsapi' | 'app';

/** One call's input, read and checked. */
export interface PaymentRequest {
  appId: string;
  prepayId: string;
  /** `''` when none was given (JSAPI only). */
  packageSuffix: string;
  /** `undefined`: the client's mchid (APP only). */
  partnerId: string | undefined;
  signType: 'RSA' | V2SignType;
}

const KNOWN: Record<PaymentKind, ReadonlySet<string>> = {
  jsapi: new Set(['appId', 'prepayId', 'packageSuffix', 'signType']),
  app: new Set(['appId', 'prepayId', 'partnerId', 'signType']),
};

// An app ID is `wx` and 16 letters or digits (公众号, 小程序 and 移动应用 alike).
const APP_ID = /^wx[0-9A-Za-z]{16}$/;
// prepay_id is string(64) of letters and digits; `_` and `-` are allowed for what may come.
const PREPAY_ID = /^[0-9A-Za-z_-]{1,64}$/;
// `&name=value` pairs, as 微信分付 documents them; nothing that could end a line of the signed message.
const PACKAGE_SUFFIX = /^(?:&[A-Za-z0-9_]+=[A-Za-z0-9_.-]*)+$/;

/** The signature type a caller asked for, read before anything else: it decides between a value and a promise. */
export function requestedSignType(input: unknown): unknown {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, 'signType') ? (input as { signType: unknown }).signType : undefined;
}

/**
 * Read `wxpay.payment.jsapi()`'s or `app()`'s input: own properties only, every value checked.
 * Throws a {@link ParameterError} naming the parameter; messages describe a wrong value, never quote it.
 */
export function readPaymentInput(kind: PaymentKind, input: unknown): PaymentRequest {
  const call = `wxpay.payment.${kind}()`;
  const refuse = (parameter: string, problem: string): never => {
    throw new ParameterError(parameter, call, problem);
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) refuse('input', `expected an object such as { appId, prepayId }, got ${describe(input)}`);
  const given = ownRecord(input as object);
  for (const key of Object.keys(given)) {
    if (!KNOWN[kind].has(key)) refuse(key, `unknown parameter \`${key}\`${hint(key, kind)}`);
  }
  const { appId, prepayId, packageSuffix = '', partnerId, signType = 'RSA' } = given;
  if (typeof appId !== 'string' || appId === '') refuse('appId', appId === '' ? '`appId` is empty' : `\`appId\` is required: the app ID that invokes payment, got ${describe(appId)}`);
  if (!APP_ID.test(appId as string)) refuse('appId', `\`appId\` is not an app ID (\`wx\` and 16 letters or digits, e.g. wxd678efh567hg6787)${/^\d+$/.test(appId as string) ? ': it is all digits, a merchant ID?' : ''}`);
  if (typeof prepayId !== 'string') refuse('prepayId', `\`prepayId\` is required: the prepay_id of the order's response, got ${describe(prepayId)}`);
  if (prepayId === '') refuse('prepayId', '`prepayId` is empty');
  if ((prepayId as string).startsWith('prepay_id=')) refuse('prepayId', '`prepayId` already starts with `prepay_id=`: pass the bare prepay_id of the order\'s response; `package` is built from it');
  if (!PREPAY_ID.test(prepayId as string)) refuse('prepayId', '`prepayId` is not a prepay_id (up to 64 letters, digits, `_` or `-`)');
  if (typeof packageSuffix !== 'string' || !(packageSuffix === '' || PACKAGE_SUFFIX.test(packageSuffix))) {
    refuse('packageSuffix', '`packageSuffix` is `&name=value` pairs appended to `package`, e.g. &subsidy_period_type=PERIOD&selected_installment_number=3');
  }
  if (partnerId !== undefined && (typeof partnerId !== 'string' || !/^\d{6,20}$/.test(partnerId))) refuse('partnerId', '`partnerId` is a merchant ID, a string of digits, e.g. "1900000109"');
  if (signType !== 'RSA' && !isV2SignType(signType)) refuse('signType', `\`signType\` is 'RSA' (APIv3, the default), 'MD5' or 'HMAC-SHA256' (APIv2 orders), got ${typeof signType === 'string' ? 'another string' : describe(signType)}`);
  return { appId: appId as string, prepayId: prepayId as string, packageSuffix: packageSuffix as string, partnerId: partnerId as string | undefined, signType: signType as PaymentRequest['signType'] };
}

function hint(key: string, kind: PaymentKind): string {
  const known = [...KNOWN[kind]].find((name) => name.toLowerCase() === key.replace(/_/g, '').toLowerCase());
  if (known) return `: did you mean \`${known}\`?`;
  if (key === 'packageSuffix') return ': the APP package is always Sign=WXPay';
  if (key === 'partnerId') return ': partnerid belongs to APP parameters';
  return `; known: ${[...KNOWN[kind]].join(', ')}`;
}
