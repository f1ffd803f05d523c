#!/usr/bin/env node
// The `wechatpay-chain` command; everything lives in cli.ts, which tests run in-process.
import { main } from './main.js';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
