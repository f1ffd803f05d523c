// The little of Deno's and Bun's globals that docs/examples/notify-deno.ts and notify-bun.ts use, so
// that `npm run typecheck` compiles them on Node's types (the runtimes bring their own).
declare namespace Deno {
  const env: { get(name: string): string | undefined };
  function serve(options: { hostname?: string; port?: number }, handler: (request: Request) => Response | Promise<Response>): { finished: Promise<void> };
}
declare namespace Bun {
  function serve(options: { hostname?: string; port?: number; fetch(request: Request): Response | Promise<Response> }): { url: URL; stop(): void };
}
declare module 'npm:wechatpay-chain' {
  export * from 'wechatpay-chain';
}
