/**
 * Mã xác minh giấy khen: the short code printed on a certificate, and in its QR, that opens the
 * public verification page. Eleven random symbols of Crockford's base-32 alphabet but its last
 * ("Z", which is 0 modulo 31; ~54 bits: not guessable, not enumerable) and a twelfth that checks them, shown in groups of four
 * ("7KQ2-M9XD-HT4P"). The check symbol is a position-weighted sum modulo 31, a prime: a code with
 * one symbol changed or two neighbours swapped never passes (an altered code is told apart from a
 * code that was never issued).
 */
export const VERIFY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_SYMBOLS = 11;
export const VERIFY_CODE_LENGTH = RANDOM_SYMBOLS + 1;

function checkSymbol(values: readonly number[]): string {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (i + 1) * values[i]!;
  return VERIFY_ALPHABET[sum % 31]!;
}

/** A code from at least 11 random bytes (the caller's: crypto.randomBytes on the server). */
export function verifyCodeFrom(random: Uint8Array): string {
  if (random.length < RANDOM_SYMBOLS) throw new Error('verifyCodeFrom needs 11 random bytes');
  // values 0–30 only: 31 ("Z") is 0 modulo 31, so a 0 changed to Z would keep the check
  const values = Array.from(random.subarray(0, RANDOM_SYMBOLS), (b) => b % 31);
  return values.map((v) => VERIFY_ALPHABET[v]).join('') + checkSymbol(values);
}

/** What a person typed or a QR carried → the stored form (upper case, no separators, O→0, I/L→1), or null when it cannot be a code. */
export function normalizeVerifyCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s\-–.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== VERIFY_CODE_LENGTH) return null;
  for (const ch of s) if (!VERIFY_ALPHABET.includes(ch)) return null;
  return s;
}

/** well-formed and its check symbol matches (a stored code always does). */
export function verifyCodeIntact(code: string): boolean {
  const values = Array.from(code.slice(0, RANDOM_SYMBOLS), (ch) => VERIFY_ALPHABET.indexOf(ch));
  if (values.some((v) => v < 0 || v > 30)) return false;
  return code.length === VERIFY_CODE_LENGTH && checkSymbol(values) === code[RANDOM_SYMBOLS];
}

/** "7KQ2M9XDHT4P" → "7KQ2-M9XD-HT4P" (printed and shown). */
export const formatVerifyCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');
