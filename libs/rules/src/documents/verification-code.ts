/**
 * 核验码: 16 characters of Crockford base32 (no I, L, O, U), printed in four groups of four
 * (`7K3M-Q9XD-2FHT-B8RW`), 80 random bits. Read off paper and typed back, so reading is forgiving:
 * case, spaces and dashes do not matter, and I/L read as 1, O as 0.
 */
export const VERIFICATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 16;
/** Random bytes a code needs (80 bits). */
export const VERIFICATION_CODE_BYTES = 10;

/** The code for 10 random bytes, in its stored form (16 characters, no dashes). */
export function verificationCodeFrom(bytes: Uint8Array): string {
  if (bytes.length !== VERIFICATION_CODE_BYTES)
    throw new RangeError(`A verification code needs ${VERIFICATION_CODE_BYTES} random bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += VERIFICATION_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** As printed: four groups of four. */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The stored form of what someone typed, or null when it cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== VERIFICATION_CODE_LENGTH) return null;
  return [...code].every((c) => VERIFICATION_ALPHABET.includes(c)) ? code : null;
}
