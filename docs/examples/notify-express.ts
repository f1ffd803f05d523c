// A complete Express server that receives WeChat Pay notifications (see docs/notifications.md).
// Run it with: WXPAY_MCHID=… WXPAY_SERIAL=… WXPAY_PRIVATE_KEY=… WXPAY_PUBLIC_KEY_ID=… WXPAY_PUBLIC_KEY=… WXPAY_APIV3_KEY=… npx tsx notify-express.ts
import express from 'express';
import { pathToFileURL } from 'node:url';
import { NotificationDedupe, Wechatpay, type Notification } from 'wechatpay-chain';

/** Your application's side: idempotent updates keyed by the business IDs WeChat Pay sends back. */
export interface Orders {
  markPaid(outTradeNo: string, transactionId: string, totalFen: number): Promise<void>;
  markRefunded(outRefundNo: string, refundStatus: string): Promise<void>;
}

export function createApp(wxpay: Wechatpay, orders: Orders): express.Express {
  const app = express();
  // Remembers handled notification IDs for 48 hours; give it a shared store when you run several servers.
  const dedupe = new NotificationDedupe();

  // Mount the notification route before any JSON body parser: the signature covers the raw bytes.
  app.post(
    '/wxpay/notify',
    wxpay.notifications.nodeHandler(
      async (event) => {
        if (event.duplicate) return; // already handled: WeChat Pay gets its success reply again
        await handle(event, orders);
      },
      { dedupe, onError: (error) => console.warn('WeChat Pay notification not accepted:', (error as Error).message) },
    ),
  );

  app.use(express.json()); // the rest of your API parses JSON as usual
  return app;
}

async function handle(event: Notification, orders: Orders): Promise<void> {
  if (!event.known) {
    console.warn(`no handler for WeChat Pay event ${event.event_type}`);
    return;
  }
  switch (event.event_type) {
    case 'TRANSACTION.SUCCESS': {
      const payment = event.resource;
      if ('combine_out_trade_no' in payment) {
        // A combined payment (合单支付): one sub-order per merchant order.
        for (const order of payment.sub_orders) {
          if (order.trade_state === 'SUCCESS' && order.transaction_id && order.amount) {
            await orders.markPaid(order.out_trade_no, order.transaction_id, order.amount.total_amount);
          }
        }
      } else if (payment.trade_state === 'SUCCESS') {
        await orders.markPaid(payment.out_trade_no, payment.transaction_id, payment.amount.total);
      }
      break;
    }
    case 'REFUND.SUCCESS':
    case 'REFUND.ABNORMAL':
    case 'REFUND.CLOSED':
      await orders.markRefunded(event.resource.out_refund_no, event.resource.refund_status);
      break;
    default:
      console.info(`ignored WeChat Pay event ${event.event_type}`);
  }
}

function fromEnvironment(): Wechatpay {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`set the ${name} environment variable`);
    return value;
  };
  return new Wechatpay({
    mchid: env('WXPAY_MCHID'),
    serial: env('WXPAY_SERIAL'),
    privateKey: env('WXPAY_PRIVATE_KEY'), // PEM text, or file:///path/to/apiclient_key.pem
    certs: { [env('WXPAY_PUBLIC_KEY_ID')]: env('WXPAY_PUBLIC_KEY') },
    apiv3Key: env('WXPAY_APIV3_KEY'),
  });
}

// Started directly (not imported by a test): serve with a logging order book.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const orders: Orders = {
    async markPaid(outTradeNo, transactionId, totalFen) {
      console.log(`paid: ${outTradeNo} (${transactionId}), ${totalFen} fen`);
    },
    async markRefunded(outRefundNo, refundStatus) {
      console.log(`refund ${outRefundNo}: ${refundStatus}`);
    },
  };
  const port = Number(process.env.PORT ?? 3000);
  createApp(fromEnvironment(), orders).listen(port, () => console.log(`listening on http://localhost:${port}/wxpay/notify`));
}
