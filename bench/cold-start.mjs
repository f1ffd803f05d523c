// One cold start, in whatever runtime runs this file: the time to import TARGET (the package, or
// axios alone), then, for the package, to its first verified call against the fake. Printed as JSON.
const started = performance.now();
const env = typeof Deno === 'object' ? (name) => Deno.env.get(name) : (name) => process.env[name];
const target = env('TARGET');
const lib = await import(typeof Deno === 'object' ? `npm:${target}` : target);
const imported = performance.now();
let firstCall;
if (target === 'wechatpay-chain') {
  const config = JSON.parse(env('SMOKE_ENV'));
  const wxpay = new lib.Wechatpay({ mchid: config.mchid, serial: config.serial, privateKey: config.privateKey, certs: { [config.publicKeyId]: config.publicKey }, apiv3Key: config.apiv3Key, baseURL: config.baseURL });
  const answer = await wxpay.v3.papay.insuranceSign.contracts.planId._plan_id_.outContractCode._out_contract_code_.terminate.post({ plan_id: 1, out_contract_code: 'C1', json: {} });
  if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  firstCall = performance.now() - started;
}
console.log(JSON.stringify({ importMs: imported - started, firstCallMs: firstCall }));
