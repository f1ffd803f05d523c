/**
 * Every documented path, by its literal template: what `wxpay['…']` and `wxpay.chain('…')` return.
 * Declared empty here and filled by the generated catalog (`types/generated/index.ts` merges every
 * documented path into it), so that the helpers of `types/catalog.ts` can look paths up without
 * importing the catalog that imports them. Add an operation of your own by declaration merging
 * (see docs/catalog.md).
 */
export interface WechatpayPaths {}
