/**
 * node:tls (Node, Bun, Deno): `ca` and the mutual-TLS identity (the merchant certificate with
 * `privateKey`, or `pkcs12`) become secure contexts, built once per client (lib/http/tls.ts).
 */
export { tlsMaterial } from '../../http/tls.js';

/** Mutual TLS works here, given the merchant certificate. */
export const mutualTlsProblem: string | undefined = undefined;
