// The Vercel edge runtime: a fetch event handler, bundled as Next.js bundles edge code.
import * as lib from 'wechatpay-chain';
import { smoke } from './smoke.mjs';

addEventListener('fetch', (event) => {
  event.respondWith(smoke(lib, { ...JSON.parse(globalThis.SMOKE_ENV), fileSystem: false, nodePlatform: false }).then((steps) => new Response(JSON.stringify({ steps }))));
});
