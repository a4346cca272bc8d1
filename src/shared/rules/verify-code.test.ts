import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatVerifyCode,
  normalizeVerifyCode,
  VERIFY_ALPHABET,
  verifyCodeFrom,
  verifyCodeIntact,
} from './verify-code';

describe('verify codes (mã xác minh giấy khen)', () => {
  it('a fresh code is 12 symbols of the alphabet, intact, and reads back from its printed form', () => {
    const code = verifyCodeFrom(randomBytes(11));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(verifyCodeIntact(code)).toBe(true);
    expect(normalizeVerifyCode(formatVerifyCode(code).toLowerCase())).toBe(code);
  });

  it('any one symbol changed is refused as altered', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 11, maxLength: 11 }),
        fc.nat(11),
        fc.nat(31),
        (bytes, at, shift) => {
          const code = verifyCodeFrom(bytes);
          const old = VERIFY_ALPHABET.indexOf(code[at]!);
          const changed = VERIFY_ALPHABET[(old + 1 + (shift % 30)) % 32]!;
          const altered = code.slice(0, at) + changed + code.slice(at + 1);
          // a change by 31 steps on the check's modulus is the one blind spot, and shift % 30 + 1 never is 31
          expect(verifyCodeIntact(altered)).toBe(false);
        },
      ),
    );
  });

  it('two neighbours swapped are refused unless they are the same symbol', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 11, maxLength: 11 }), fc.nat(9), (bytes, at) => {
        const code = verifyCodeFrom(bytes);
        if (code[at] === code[at + 1]) return;
        if (Math.abs(VERIFY_ALPHABET.indexOf(code[at]!) - VERIFY_ALPHABET.indexOf(code[at + 1]!)) === 31)
          return;
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(verifyCodeIntact(swapped)).toBe(false);
      }),
    );
  });

  it('typed look-alikes are read as the symbols they stand for; wrong lengths are not codes', () => {
    expect(normalizeVerifyCode('o0il-1111-1111')).toBe('001111111111');
    expect(normalizeVerifyCode('ABC')).toBeNull();
    expect(normalizeVerifyCode('ABCD-EFGH-JKMU')).toBeNull();
  });
});
