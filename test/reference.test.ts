// The facts the generator writes for the operation reference (scripts/catalog/reference.ts and the
// modules it uses): the seed operations as their reference pages give them, and the rules for
// example values and field rows on small schemas.
import { describe, expect, it } from 'vitest';
import { exampleValue, stringLiteral } from '../scripts/catalog/examples.js';
import { displayType, fieldRows } from '../scripts/catalog/fields.js';
import { readReference } from '../site/pages/data.js';

const data = readReference();
const find = (method: string, path: string) => data.operations.find((op) => op.method === method && op.path === path)!;

describe('the seed operations, as their reference pages give them', () => {
  it('insurance contract termination: request table, example values, response fields', () => {
    const op = find('post', 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate');
    expect(op.title).toBe('保险商户通过商户协议号解除保险自动续费协议');
    expect(op.products).toEqual(['委托代扣∙保险业']);
    expect(op.request).toEqual([
      [0, 'plan_id', 'string | number', 1, '委托代扣模板ID'],
      [0, 'out_contract_code', 'string', 1, '商户签约协议号'],
      [0, 'json', 'object', 1, ''],
      [1, 'contract_termination_remark', 'string', 1, '解约备注'],
    ]);
    expect(op.call.options).toBe("{\n  plan_id: 12535,\n  out_contract_code: 'wxwtdk20200910100000',\n  json: {\n    contract_termination_remark: '用户解约',\n  },\n}");
    const response = op.responses[0]!;
    expect(response.status).toBe('200');
    expect(response.rows.map(([depth, name, , required]) => `${'  '.repeat(depth)}${name}${required ? '*' : ''}`)).toEqual([
      'mchid*', 'contract_id*', 'appid*', 'plan_id*', 'out_contract_code*', 'insured_display_name', 'contract_state*', 'contract_signed_time',
      'contract_expired_time', 'contract_terminate_info', '  contract_termination_mode*', '  contract_terminated_time*', '  contract_termination_remark',
      'openid*', 'out_user_code',
    ]);
    expect(response.rows.find(([, name]) => name === 'contract_state')![5]).toEqual(['SIGNED', 'TERMINATED', 'SIGN_FAILED', 'TO_BE_RENEWED', 'TERMINATE_PENDING']);
  });

  it('password-exempt contract termination: the official page and the chain expression', () => {
    const op = find('post', 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate');
    expect(op.see).toEqual(['https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html']);
    expect(op.call.chain).toBe('wxpay.v3.passwordExemptContract.contracts.serviceId._service_id_.outContractCode._out_contract_code_.terminate');
    expect(op.request.map(([, name]) => name)).toEqual(['service_id', 'out_contract_code', 'json', 'contract_termination_remark']);
    expect(op.responses[0]!.rows.map(([, name]) => name)).toEqual(['mchid', 'service_id', 'out_contract_code']);
  });

  it('every operation is there once, and has the call of the three styles', () => {
    expect(new Set(data.operations.map((op) => `${op.method} ${op.path}`)).size).toBe(data.operations.length);
    expect(data.operations.length).toBeGreaterThan(1100);
    for (const op of data.operations) expect(op.call.chain).toMatch(/^wxpay\.(?:v2\.)?/);
  });
});

describe('example values', () => {
  it('take the documented example, as the field type has it', () => {
    expect(exampleValue({ type: 'string', example: 'wxwtdk20200910100000' })).toBe("'wxwtdk20200910100000'");
    expect(exampleValue({ type: 'integer', example: '12535' })).toBe('12535');
    expect(exampleValue({ type: 'string', example: 1900000109 })).toBe("'1900000109'");
    expect(exampleValue({ type: 'boolean', example: true })).toBe('true');
  });

  it('take the example of an enum when it is a member, else the first member', () => {
    expect(exampleValue({ type: 'string', enum: ['A', 'B'], example: 'B' })).toBe("'B'");
    expect(exampleValue({ type: 'string', enum: ['A', 'B'], example: 'C' })).toBe("'A'");
  });

  it('invent nothing: an undocumented value is the empty one of its type', () => {
    expect(exampleValue({ type: 'string' })).toBe("''");
    expect(exampleValue({ type: 'number' })).toBe('0');
    expect(exampleValue({ type: 'boolean' })).toBe('false');
  });

  it('fill in the required fields of objects, one item of arrays, and leave out computed fields', () => {
    const schema = {
      type: 'object',
      required: ['amount', 'goods', 'sign'],
      properties: {
        amount: { type: 'object', required: ['total'], properties: { total: { type: 'integer', example: 100 }, currency: { type: 'string', example: 'CNY' } } },
        goods: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string', example: 'g1' } } } },
        sign: { type: 'string', example: 'ABC' },
        note: { type: 'string', example: 'optional' },
      },
    };
    expect(exampleValue(schema, '', new Set(['sign']))).toBe("{\n  amount: {\n    total: 100,\n  },\n  goods: [{\n    id: 'g1',\n  }],\n}");
  });

  it('write strings as single-quoted TypeScript', () => {
    expect(stringLiteral(`it's "x"\n`)).toBe(`'it\\'s "x"\\n'`);
  });
});

describe('field rows', () => {
  it('nest an object’s fields one level deeper, through arrays, with their enum values', () => {
    const rows = fieldRows('detail', {
      type: 'array',
      description: '商品详情，可选',
      items: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['A', 'B'], description: '种类' } } },
    }, 0, false);
    expect(rows).toEqual([
      [0, 'detail', 'object[]', 0, '商品详情'],
      [1, 'kind', 'string', 1, '种类', ['A', 'B']],
    ]);
  });

  it('show the type the SDK uses', () => {
    expect(displayType({ type: 'integer' })).toBe('number');
    expect(displayType({ type: 'file' })).toBe('Blob');
    expect(displayType({ type: 'array', items: { type: 'string' } })).toBe('string[]');
    expect(displayType({ properties: { a: {} } })).toBe('object');
  });

  it('follow the options object: headers as a group, Wechatpay-Serial optional; APIv2 fields under xml, nonce_str and sign optional', () => {
    const sensitive = data.operations.find((op) => op.flags.includes('sensitive') && op.request.some(([, name]) => name === 'headers'))!;
    const serial = sensitive.request.find(([depth, name]) => depth === 1 && name === 'Wechatpay-Serial')!;
    expect(serial[3]).toBe(0);
    const micropay = find('post', 'pay/micropay');
    expect(micropay.request[0]).toEqual([0, 'xml', 'object', 1, '']);
    expect(micropay.request.filter(([, name]) => name === 'nonce_str' || name === 'sign').map(([, , , required]) => required)).toEqual([0, 0]);
  });
});
