/**
 * How a client with a local `privateKey` hands back what it signs (`wxpay.payment`), as the types of
 * the runtime say: on WebCrypto (workerd, the Vercel edge runtime, browsers) in a promise, since
 * `crypto.subtle.sign` answers in one. See lib/platform/signing.ts.
 */
export type LocallySigned<T> = Promise<T>;
