/**
 * Norwegian organisation numbers (organisasjonsnummer) from the Central Coordinating Register for
 * Legal Entities (Brønnøysund): nine digits, the last a modulus-11 check digit computed over the first
 * eight with the weights 3, 2, 7, 6, 5, 4, 3, 2. A remainder of 0 gives check digit 0; a computed
 * check digit of 10 means the number is never issued. Organisation numbers start with 8 or 9.
 */
import { type Message, msg } from './messages';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function orgNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * WEIGHTS[i];
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  const digit = 11 - remainder;
  return digit === 10 ? null : digit;
}

/** Returns null when valid, otherwise the message that says what is wrong. */
export function orgNumberProblem(value: string): Message | null {
  if (!/^\d{9}$/.test(value)) return msg('EXACT_DIGITS', { digits: 9, got: `"${value}"` });
  if (value[0] !== '8' && value[0] !== '9') return msg('ORG_NUMBER_FIRST_DIGIT', { orgNumber: value });
  const expected = orgNumberCheckDigit(value.slice(0, 8));
  if (expected === null) return msg('ORG_NUMBER_NEVER_ISSUED', { orgNumber: value });
  if (expected !== Number(value[8])) {
    return msg('ORG_NUMBER_CHECK_DIGIT', { orgNumber: value, expected, digit: value[8] });
  }
  return null;
}

export function isValidOrgNumber(value: string): boolean {
  return orgNumberProblem(value) === null;
}
