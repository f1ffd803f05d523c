// Deno: the package through an npm: specifier (resolved from node_modules, "nodeModulesDir": "manual").
import * as lib from 'npm:wechatpay-chain';
import { smoke } from './smoke.mjs';

const env = JSON.parse(Deno.env.get('SMOKE_ENV'));
console.log(JSON.stringify({ steps: await smoke(lib, { ...env, fileSystem: true, nodePlatform: true }) }));
