import { expect } from '@open-wc/testing';
import { checkEmail, checkSeats } from './validation.js';

describe('checkEmail', () => {
  const cases: Array<[string, ReturnType<typeof checkEmail>]> = [
    ['megan@contoso.com', { ok: true, email: 'megan@contoso.com' }],
    ['  megan@contoso.com \t', { ok: true, email: 'megan@contoso.com' }],
    ['Megan@CONTOSO.COM', { ok: true, email: 'megan@contoso.com' }],
    ['megan+licenses@contoso.com', { ok: true, email: 'megan+licenses@contoso.com' }],
    ['anna@bücher.example', { ok: true, email: 'anna@bücher.example' }],
    ['', { ok: false, error: 'empty' }],
    ['   ', { ok: false, error: 'empty' }],
    ['megan.contoso.com', { ok: false, error: 'format' }],
    ['megan@@contoso.com', { ok: false, error: 'format' }],
    ['megan@contoso@com', { ok: false, error: 'format' }],
    ['megan@contoso', { ok: false, error: 'format' }],
    ['megan@-contoso.com', { ok: false, error: 'format' }],
    ['me gan@contoso.com', { ok: false, error: 'format' }],
    ['megan@127.0.0.1', { ok: false, error: 'format' }],
    ['<img src=x onerror=alert(1)>', { ok: false, error: 'format' }],
    ['<img src=x onerror=alert(1)>@contoso.com', { ok: false, error: 'format' }],
    [`${'a'.repeat(245)}@contoso.com`, { ok: false, error: 'too-long' }],
    // Displayed as another address: a right-to-left override, a zero-width space, a BOM.
    ['admin\u202Emoc.liamg@contoso.com', { ok: false, error: 'hidden' }],
    ['meg\u200Ban@contoso.com', { ok: false, error: 'hidden' }],
    ['megan\uFEFF@contoso.com', { ok: false, error: 'hidden' }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 40))} → ${expected.ok ? 'ok' : expected.error}`, () => {
      expect(checkEmail(input)).to.deep.equal(expected);
    });
  }
});

describe('checkSeats', () => {
  const cases: Array<[string, ReturnType<typeof checkSeats>]> = [
    ['3', { ok: true, quantity: 3 }],
    [' 12 ', { ok: true, quantity: 12 }],
    ['1 0', { ok: true, quantity: 10 }],
    ['100', { ok: true, quantity: 100 }],
    ['', { ok: false, error: 'empty' }],
    ['0', { ok: false, error: 'min' }],
    ['-1', { ok: false, error: 'whole' }],
    ['2.5', { ok: false, error: 'whole' }],
    ['2,5', { ok: false, error: 'whole' }],
    ['abc', { ok: false, error: 'whole' }],
    ['1e9', { ok: false, error: 'whole' }],
    ['five licenses please', { ok: false, error: 'whole' }],
    ['101', { ok: false, error: 'max' }],
    ['99999999999999999999', { ok: false, error: 'max' }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.ok ? expected.quantity : expected.error}`, () => {
      expect(checkSeats(input, 1, 100)).to.deep.equal(expected);
    });
  }
});
