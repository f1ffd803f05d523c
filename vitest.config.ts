import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^wechatpay-chain\/testing\/msw$/, replacement: new URL('./lib/testing/msw.ts', import.meta.url).pathname },
      { find: /^wechatpay-chain\/redis$/, replacement: new URL('./lib/redis/index.ts', import.meta.url).pathname },
      { find: /^wechatpay-chain\/testing$/, replacement: new URL('./lib/testing/index.ts', import.meta.url).pathname },
      { find: /^#platform\/(.*)$/, replacement: new URL('./lib/platform/node/', import.meta.url).pathname + '$1.ts' },
      { find: /^wechatpay-chain$/, replacement: new URL('./lib/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
