// notify.ts: WeChat Pay notifications on Deno (see docs/notifications.md).
// deno run --allow-net --allow-env=WXPAY_MCHID,WXPAY_SERIAL,WXPAY_PRIVATE_KEY,WXPAY_PUBLIC_KEY_ID,WXPAY_PUBLIC_KEY,WXPAY_APIV3_KEY,PORT notify.ts
import { Wechatpay } from 'npm:wechatpay-chain';

const env = (name: string): string => Deno.env.get(name) ?? '';
const wxpay = new Wechatpay({
  mchid: env('WXPAY_MCHID'),
  serial: env('WXPAY_SERIAL'),
  privateKey: env('WXPAY_PRIVATE_KEY'),
  certs: { [env('WXPAY_PUBLIC_KEY_ID')]: env('WXPAY_PUBLIC_KEY') },
  apiv3Key: env('WXPAY_APIV3_KEY'),
});

const notify = wxpay.notifications.handler(async (event) => {
  // Verified and decrypted; event.resource is typed by event.event_type. Do your idempotent update here.
  console.log(event.event_type, event.id);
});

Deno.serve({ hostname: '127.0.0.1', port: Number(env('PORT') || 8000) }, (request) =>
  new URL(request.url).pathname === '/wxpay/notify' ? notify(request) : new Response('not found', { status: 404 }),
);
