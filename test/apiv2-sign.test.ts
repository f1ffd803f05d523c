// APIv2 signing (lib/auth/v2-sign.ts) and XML (lib/xml/): the official signing guide's worked example
// byte for byte, and the parser's refusals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signV2, v2SigningString, v2SignTypeOf, verifyV2 } from '../lib/auth/v2-sign.js';
import { buildXml } from '../lib/xml/build.js';
import { parseXml, XmlRefusedError } from '../lib/xml/parse.js';

// The worked example of the official APIv2 signing guide (签名生成的通用步骤).
const GUIDE = { appid: 'wxd930ea5d5a258f4f', mch_id: '10000100', device_info: '1000', body: 'test', nonce_str: 'ibuaiVcKdpRxkhJA' };
const GUIDE_KEY = '192006250b4c09247ec02edce69f6a2d';

describe('the official signing guide', () => {
  it('builds stringSignTemp exactly', () => {
    expect(v2SigningString(GUIDE, GUIDE_KEY)).toBe('appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d');
  });
  it('MD5: 9A0A8659F005D6984697E2CA0A9CF3B7', () => {
    expect(signV2(GUIDE, GUIDE_KEY)).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
    expect(signV2(GUIDE, GUIDE_KEY, 'MD5')).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
    expect(signV2(GUIDE, Buffer.from(GUIDE_KEY))).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
  });
  it('HMAC-SHA256: 6A9AE165…0DACD6', () => {
    expect(signV2(GUIDE, GUIDE_KEY, 'HMAC-SHA256')).toBe('6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6');
  });
  it('leaves out sign and empty values, whatever order the fields come in', () => {
    const shuffled = { nonce_str: 'ibuaiVcKdpRxkhJA', sign: 'ANYTHING', body: 'test', empty: '', missing: undefined, device_info: 1000, mch_id: '10000100', appid: 'wxd930ea5d5a258f4f' };
    expect(signV2(shuffled, GUIDE_KEY)).toBe('9A0A8659F005D6984697E2CA0A9CF3B7');
  });
  it('verifies in either algorithm by the sign\'s length, and refuses a wrong, missing or malformed sign', () => {
    expect(verifyV2({ ...GUIDE, sign: '9A0A8659F005D6984697E2CA0A9CF3B7' }, GUIDE_KEY)).toBe(true);
    expect(verifyV2({ ...GUIDE, sign: '9a0a8659f005d6984697e2ca0a9cf3b7' }, GUIDE_KEY)).toBe(true);
    expect(verifyV2({ ...GUIDE, sign: '6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6' }, GUIDE_KEY)).toBe(true);
    expect(verifyV2({ ...GUIDE, sign: '9A0A8659F005D6984697E2CA0A9CF3B8' }, GUIDE_KEY)).toBe(false);
    expect(verifyV2({ ...GUIDE, body: 'tesT', sign: '9A0A8659F005D6984697E2CA0A9CF3B7' }, GUIDE_KEY)).toBe(false);
    expect(verifyV2({ ...GUIDE, sign: '9A0A8659F005D6984697E2CA0A9CF3B7' }, 'another-key-of-thirty-two-chars!')).toBe(false);
    expect(verifyV2(GUIDE, GUIDE_KEY)).toBe(false);
    expect(verifyV2({ ...GUIDE, sign: 'not hex' }, GUIDE_KEY)).toBe(false);
  });
  it('reads sign_type: MD5 when absent, undefined when unknown', () => {
    expect(v2SignTypeOf({})).toBe('MD5');
    expect(v2SignTypeOf({ sign_type: 'HMAC-SHA256' })).toBe('HMAC-SHA256');
    expect(v2SignTypeOf({ sign_type: 'SHA1' })).toBeUndefined();
  });
});

describe('XML', () => {
  it('parses an answer into plain objects of strings, CDATA and entities as XML means them', () => {
    const fields = parseXml('<?xml version="1.0"?><xml><return_code><![CDATA[SUCCESS]]></return_code><total_fee>888</total_fee><a>x &amp; y &#x4E2D;</a><b><![CDATA[x &amp; <y>]]></b><empty></empty></xml>');
    expect(fields).toEqual({ return_code: 'SUCCESS', total_fee: '888', a: 'x & y 中', b: 'x &amp; <y>', empty: '' });
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
  it('never lets an element named __proto__ or constructor reach a prototype', () => {
    for (const name of ['__proto__', 'constructor']) {
      try {
        const fields = parseXml(`<xml><${name}><polluted>yes</polluted></${name}></xml>`);
        expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
      } catch (error) {
        expect(error).toBeInstanceOf(XmlRefusedError);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
  const refused = (input: string, max?: number) => {
    try {
      parseXml(input, max);
    } catch (error) {
      expect(error).toBeInstanceOf(XmlRefusedError);
      return (error as XmlRefusedError).problem;
    }
    throw new Error('not refused');
  };
  it('refuses a DOCTYPE outright: an entity bomb never expands', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><xml><a>&lol9;</a></xml>`;
    expect(refused(bomb)).toBe('doctype');
    expect(refused('<!DOCTYPE xml SYSTEM "file:///etc/passwd"><xml><a>&xxe;</a></xml>')).toBe('doctype');
    expect(refused('<xml><a>1</a></xml><!ENTITY x "y">')).toBe('doctype');
  });
  it('refuses an oversized document before parsing, and malformed ones', () => {
    expect(refused(`<xml><a>${'x'.repeat(2048)}</a></xml>`, 1024)).toBe('too-large');
    expect(refused('<xml><a>1</a>')).toBe('malformed');
    expect(refused('<root><a>1</a></root>')).toBe('malformed');
    expect(refused('{"code":"SUCCESS"}')).toBe('malformed');
  });
  it('round-trips any text through build and parse, CDATA where needed', () => {
    fc.assert(
      // eslint-disable-next-line no-control-regex -- the characters XML cannot carry are left out
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/.test(s) && s.trim() === s), (value) => {
        expect(parseXml(buildXml([['v', value]]))).toEqual({ v: value });
      }),
    );
    expect(buildXml([['a', '1'], ['b', 'x<y & ]]> z']])).toBe('<xml><a>1</a><b><![CDATA[x<y & ]]]]><![CDATA[> z]]></b></xml>');
  });
});
