/**
 * wechatpay-chain exactly as bench/clients/ours.ts, in a second process: the difference between the
 * two in one run is what the machine's noise alone makes of the same code, the yardstick for
 * reading any other difference in the table.
 */
export { create } from './ours.js';
