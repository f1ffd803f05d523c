// Node and Bun: the package by its name, from node_modules.
import * as lib from 'wechatpay-chain';
import { smoke } from './smoke.mjs';

const env = JSON.parse(process.env.SMOKE_ENV);
console.log(JSON.stringify({ steps: await smoke(lib, { ...env, fileSystem: true, nodePlatform: true }) }));
