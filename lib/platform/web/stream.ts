import type { StreamSupport } from '../contract.js';

/**
 * No streamed bodies where fetch sends: `wxpay.download()`, the one caller that asks for a stream, is
 * refused first (#platform/files), so every body is read whole and verified as bytes.
 */
export const streams: StreamSupport | undefined = undefined;
