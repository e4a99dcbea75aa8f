/**
 * Norwegian organisation numbers (organisasjonsnummer) from the Central Coordinating Register for
 * Legal Entities (Brønnøysund): nine digits, the last a modulus-11 check digit computed over the first
 * eight with the weights 3, 2, 7, 6, 5, 4, 3, 2. A remainder of 0 gives check digit 0; a computed
 * check digit of 10 means the number is never issued. Organisation numbers start with 8 or 9.
 */
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

/** Returns null when valid, otherwise a sentence that says what is wrong. */
export function orgNumberProblem(value: string): string | null {
  if (!/^\d{9}$/.test(value)) return `must be exactly 9 digits (got "${value}")`;
  if (value[0] !== '8' && value[0] !== '9')
    return `${value} cannot be an organisation number: they start with 8 or 9`;
  const expected = orgNumberCheckDigit(value.slice(0, 8));
  if (expected === null) return `${value} cannot be issued: its first eight digits give no valid check digit`;
  if (expected !== Number(value[8])) {
    return `${value} has an invalid check digit: expected ${expected}, got ${value[8]}`;
  }
  return null;
}

export function isValidOrgNumber(value: string): boolean {
  return orgNumberProblem(value) === null;
}
