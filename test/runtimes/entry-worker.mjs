// workerd: a module Worker, bundled as wrangler bundles it; the keys arrive as bindings.
import * as lib from 'wechatpay-chain';
import { smoke } from './smoke.mjs';

export default {
  async fetch(_request, env) {
    return new Response(JSON.stringify({ steps: await smoke(lib, { ...JSON.parse(env.SMOKE_ENV), fileSystem: false, nodePlatform: false }) }));
  },
};
