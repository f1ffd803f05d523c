// src/index.ts: a Cloudflare Worker that receives WeChat Pay notifications (see docs/notifications.md).
// The keys are secrets (`wrangler secret put WXPAY_PRIVATE_KEY < apiclient_key.pem`): a Worker has
// no file system, so no file:// URLs. wrangler.toml needs `compatibility_flags = ["nodejs_compat"]`
// only if your own code uses node: modules; this package runs on WebCrypto and fetch there.
import { Wechatpay } from 'wechatpay-chain';

export interface Env {
  WXPAY_MCHID: string;
  WXPAY_SERIAL: string;
  WXPAY_PRIVATE_KEY: string;
  WXPAY_PUBLIC_KEY_ID: string;
  WXPAY_PUBLIC_KEY: string;
  WXPAY_APIV3_KEY: string;
}

// One client per isolate: the keys are parsed, and imported into WebCrypto, once.
let wxpay: Wechatpay | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/wxpay/notify') return new Response('not found', { status: 404 });
    wxpay ??= new Wechatpay({
      mchid: env.WXPAY_MCHID,
      serial: env.WXPAY_SERIAL,
      privateKey: env.WXPAY_PRIVATE_KEY,
      certs: { [env.WXPAY_PUBLIC_KEY_ID]: env.WXPAY_PUBLIC_KEY },
      apiv3Key: env.WXPAY_APIV3_KEY,
    });
    return wxpay.notifications.handler(async (event) => {
      // Verified and decrypted; event.resource is typed by event.event_type. Do your idempotent update here.
      console.log(event.event_type, event.id);
    })(request);
  },
};
