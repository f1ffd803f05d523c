/**
 * How a client with a local `privateKey` hands back what it signs (`wxpay.payment`), when the types
 * cannot tell the runtime: at once on node:crypto, in a promise on WebCrypto, so either; `await` it.
 *
 * `#platform/signing` is resolved by TypeScript with the conditions it resolves the package with:
 * `node` (moduleResolution node16/nodenext) gives lib/platform/node/signing.ts (at once); `workerd`,
 * `edge-light`, `worker` or `browser` (`customConditions`) give lib/platform/web/signing.ts (a
 * promise); none of them (moduleResolution bundler, as Next.js and wrangler set up projects) gives
 * this module. The code itself is chosen by the same conditions at bundle or load time.
 */
export type LocallySigned<T> = T | Promise<T>;
