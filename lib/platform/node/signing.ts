/**
 * How a client with a local `privateKey` hands back what it signs (`wxpay.payment`), as the types of
 * the runtime say: on node:crypto (Node, Bun, Deno) at once. package.json `imports` resolves
 * `#platform/signing` by the same conditions as the code (see lib/platform/signing.ts).
 */
export type LocallySigned<T> = T;
