// app/api/wxpay/notify/route.ts: the same route on the edge runtime (see docs/notifications.md).
// WebCrypto does the RSA and AES-GCM work there; the keys come from the deployment's environment.
import { Wechatpay } from 'wechatpay-chain';

export const runtime = 'edge';

let client: Wechatpay | undefined;

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

export async function POST(request: Request): Promise<Response> {
  return wechatpay().notifications.handler(async (event) => {
    // Verified and decrypted; event.resource is typed by event.event_type. Do your idempotent update here.
    console.log(event.event_type, event.id);
  })(request);
}
