// Node through require(): the package's CommonJS build, whose `#platform/…` imports resolve by the
// `imports` of dist/cjs/package.json (the scope of its files).
const lib = require('wechatpay-chain');

const env = JSON.parse(process.env.SMOKE_ENV);
import('./smoke.mjs').then(async ({ smoke }) => console.log(JSON.stringify({ steps: await smoke(lib, { ...env, fileSystem: true, nodePlatform: true }) })));
