// notify.ts: WeChat Pay notifications on Bun (see docs/notifications.md). bun run notify.ts
import { Wechatpay } from 'wechatpay-chain';

const wxpay = new Wechatpay({
  mchid: process.env.WXPAY_MCHID!,
  serial: process.env.WXPAY_SERIAL!,
  privateKey: process.env.WXPAY_PRIVATE_KEY!,
  certs: { [process.env.WXPAY_PUBLIC_KEY_ID!]: process.env.WXPAY_PUBLIC_KEY! },
  apiv3Key: process.env.WXPAY_APIV3_KEY!,
});

const notify = wxpay.notifications.handler(async (event) => {
  // Verified and decrypted; event.resource is typed by event.event_type. Do your idempotent update here.
  console.log(event.event_type, event.id);
});

const server = Bun.serve({
  hostname: '127.0.0.1',
  port: Number(process.env.PORT || 3000),
  fetch: (request) => (new URL(request.url).pathname === '/wxpay/notify' ? notify(request) : new Response('not found', { status: 404 })),
});
console.log(`listening on ${server.url}`);
