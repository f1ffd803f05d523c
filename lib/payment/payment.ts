import { createNonce } from '../auth/crypto.js';
import type { Secret } from '../auth/secret.js';
import { checkedSignature, isLocalSigner, type Signer } from '../auth/signer.js';
import { ParameterError } from '../errors/parameter-error.js';
import { INSPECT } from '../inspect.js';
import { readPaymentInput, requestedSignType, type PaymentKind, type PaymentRequest } from './input.js';
import type { AppPaymentParams, JsapiPaymentParams, JsapiV2PaymentParams, Payment, SigningMode, V2SignType } from './types.js';
import { isV2SignType, signV2 } from './v2.js';

/** The client state payment parameters are made from (a subset of `ClientState`). */
export interface PaymentSource {
  mchid: string;
  signer: Signer;
  apiv2Key: Secret | undefined;
  /** Milliseconds since the epoch. */
  clock: () => number;
}

type Params = JsapiPaymentParams | JsapiV2PaymentParams | AppPaymentParams;

/** `wxpay.payment`: see {@link Payment}. */
class ClientPayment {
  readonly #source: PaymentSource;

  constructor(source: PaymentSource) {
    this.#source = source;
  }

  jsapi(input: unknown): Params | Promise<Params> {
    return this.#issue('jsapi', input);
  }

  app(input: unknown): Params | Promise<Params> {
    return this.#issue('app', input);
  }

  // A local key on node:crypto (or the APIv2 key) answers at once, bad input included; a remote signer,
  // or a local key on WebCrypto, always in a promise, so that its callers await one shape and a
  // refusal is a rejection, not a throw.
  #issue(kind: PaymentKind, input: unknown): Params | Promise<Params> {
    const source = this.#source;
    // Only on node:crypto is a local key's signer synchronous (auth/signer.ts).
    const local = isLocalSigner(source.signer);
    let request: PaymentRequest;
    try {
      request = readPaymentInput(kind, input);
    } catch (error) {
      if (local || isV2SignType(requestedSignType(input))) throw error;
      return Promise.reject(error);
    }
    if (local || request.signType !== 'RSA') return build(kind, request, source);
    return new Promise<Params>((resolve) => resolve(build(kind, request, source)));
  }

  toJSON(): Record<string, never> {
    return {};
  }

  [INSPECT](): string {
    return 'Payment {}';
  }
}

function build(kind: PaymentKind, request: PaymentRequest, source: PaymentSource): Params | Promise<Params> {
  const timestamp = String(Math.floor(source.clock() / 1000));
  const nonce = createNonce();
  if (kind === 'jsapi') {
    const fields = { appId: request.appId, timeStamp: timestamp, nonceStr: nonce, package: `prepay_id=${request.prepayId}${request.packageSuffix}` };
    if (request.signType !== 'RSA') {
      const signed = { ...fields, signType: request.signType };
      return { ...signed, paySign: signV2(signed, v2Key(kind, request, source), request.signType) };
    }
    const message = `${fields.appId}\n${fields.timeStamp}\n${fields.nonceStr}\n${fields.package}\n`;
    return withSignature(source.signer, message, (paySign) => ({ ...fields, signType: 'RSA', paySign }));
  }
  const fields = { appid: request.appId, partnerid: request.partnerId ?? source.mchid, prepayid: request.prepayId, package: 'Sign=WXPay' as const, noncestr: nonce, timestamp };
  if (request.signType !== 'RSA') return { ...fields, sign: signV2(fields, v2Key(kind, request, source), request.signType) };
  const message = `${fields.appid}\n${fields.timestamp}\n${fields.noncestr}\n${fields.prepayid}\n`;
  return withSignature(source.signer, message, (sign) => ({ ...fields, sign }));
}

function v2Key(kind: PaymentKind, request: PaymentRequest, source: PaymentSource): Uint8Array {
  if (!source.apiv2Key) {
    throw new ParameterError('signType', `wxpay.payment.${kind}()`, `signType ${request.signType as V2SignType} signs with the APIv2 key: give the client the \`apiv2Key\` option (APIv2密钥)`);
  }
  return source.apiv2Key.reveal();
}

function withSignature<T>(signer: Signer, message: string, make: (signature: string) => T): T | Promise<T> {
  const signature = signer(message);
  return typeof signature === 'string' ? make(checkedSignature(signature)) : Promise.resolve(signature).then((value) => make(checkedSignature(value)));
}

const bound = new WeakMap<PaymentSource, ClientPayment>();

/** The one `wxpay.payment` of a client. */
export function paymentFor<M extends SigningMode>(source: PaymentSource): Payment<M> {
  let payment = bound.get(source);
  if (!payment) {
    payment = new ClientPayment(source);
    bound.set(source, payment);
  }
  return payment as unknown as Payment<M>;
}
