// app/api/wxpay/notify/route.ts: a complete Next.js (App Router) route handler for WeChat Pay
// notifications (see docs/notifications.md). Set the WXPAY_* variables in .env.local.
import { NotificationDedupe, Wechatpay, type Notification } from 'wechatpay-chain';

// node:crypto does the RSA and AES-GCM work, so this route runs on the Node.js runtime.
export const runtime = 'nodejs';

let client: Wechatpay | undefined;
let post: ((request: Request) => Promise<Response>) | undefined;
// Per server instance; use a shared DedupeStore (Redis, a table) when several instances serve this route.
const dedupe = new NotificationDedupe();

// Created on the first request, not at import: `next build` imports routes without your secrets.
function wechatpay(): Wechatpay {
  client ??= new Wechatpay({
    mchid: process.env.WXPAY_MCHID!,
    serial: process.env.WXPAY_SERIAL!,
    privateKey: process.env.WXPAY_PRIVATE_KEY!,
    certs: { [process.env.WXPAY_PUBLIC_KEY_ID!]: process.env.WXPAY_PUBLIC_KEY! },
    apiv3Key: process.env.WXPAY_APIV3_KEY!,
  });
  return client;
}

async function onNotification(event: Notification): Promise<void> {
  if (event.duplicate || !event.known) return;
  switch (event.event_type) {
    case 'TRANSACTION.SUCCESS':
      if (!('combine_out_trade_no' in event.resource) && event.resource.trade_state === 'SUCCESS') {
        // Replace with your idempotent update, keyed by out_trade_no.
        console.info('paid', event.resource.out_trade_no, event.resource.amount.total);
      }
      break;
    case 'REFUND.SUCCESS':
      console.info('refunded', event.resource.out_refund_no, event.resource.amount.refund);
      break;
  }
}

// The handler reads the raw body from the Request and replies 204, or 4xx/5xx {"code":"FAIL",…}.
export async function POST(request: Request): Promise<Response> {
  post ??= wechatpay().notifications.handler(onNotification, { dedupe });
  return post(request);
}
