import { renderMessage } from './messages';
import { isValidOrgNumber, orgNumberCheckDigit, orgNumberProblem as problemOf } from './org-number';

/** The problem of `value` in English, as the API writes it. */
function orgNumberProblem(value: string): string | null {
  const message = problemOf(value);
  return message && renderMessage(message, 'en');
}

describe('organisation number (mod-11)', () => {
  it('accepts real numbers from the Brønnøysund register', () => {
    // Oslo kommune: 9,5,8,9,3,5,4,2 · 3,2,7,6,5,4,3,2 = 27+10+56+54+15+20+12+4 = 198; 198 mod 11 = 0 → check 0
    expect(isValidOrgNumber('958935420')).toBe(true);
    // KS: 9,7,1,0,3,2,1,4 · weights = 27+14+7+0+15+8+3+8 = 82; 82 mod 11 = 5; 11-5 = 6
    expect(orgNumberCheckDigit('97103214')).toBe(6);
    expect(isValidOrgNumber('971032146')).toBe(true);
    // Digitaliseringsdirektoratet
    expect(isValidOrgNumber('991825827')).toBe(true);
  });

  it('refuses a wrong check digit and says which digit was expected', () => {
    expect(problemOf('958935421')).toEqual({
      code: 'ORG_NUMBER_CHECK_DIGIT',
      params: { orgNumber: '958935421', expected: 0, digit: '1' },
    });
    expect(orgNumberProblem('958935421')).toBe('958935421 has an invalid check digit: expected 0, got 1');
  });

  it('refuses anything that is not nine digits', () => {
    expect(orgNumberProblem('12345678')).toBe('must be exactly 9 digits (got "12345678")');
    expect(orgNumberProblem('95893542A')).toMatch(/exactly 9 digits/);
    expect(orgNumberProblem(' 958935420')).toMatch(/exactly 9 digits/);
  });

  it('refuses numbers whose computed check digit would be 10', () => {
    // 0,0,0,2,0,0,0,0: only the fourth digit counts, 2 × weight 6 = 12; 12 mod 11 = 1; 11 − 1 = 10,
    // which is not a digit, so no such number is ever issued.
    expect(orgNumberCheckDigit('00020000')).toBeNull();
    // 9,0,0,0,0,0,0,9: 9 × 3 + 9 × 2 = 45; 45 mod 11 = 1; 11 − 1 = 10: never issued.
    expect(orgNumberProblem('900000090')).toMatch(/cannot be issued/);
  });

  it('refuses numbers that do not start with 8 or 9', () => {
    // 000000000 passes the check digit (sum 0 → check digit 0) but is no organisation number.
    expect(orgNumberProblem('000000000')).toBe(
      '000000000 cannot be an organisation number: they start with 8 or 9',
    );
    expect(orgNumberProblem('123456785')).toMatch(/start with 8 or 9/);
  });

  it('validates every organisation number in the reference data', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('node:path') as typeof import('node:path');
    const dir = path.join(__dirname, '../../../data/reference');
    let count = 0;
    for (const file of ['municipalities.csv', 'counties.csv', 'state_bodies.csv', 'other_bodies.csv']) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const match of text.matchAll(/(?:^|,)(\d{9})(?=,|$)/gm)) {
        expect([match[1], isValidOrgNumber(match[1])]).toEqual([match[1], true]);
        count++;
      }
    }
    // 357 municipalities + 14 county authorities + 94 state bodies + KS = 466, and since issue 17 the
    // parent_ministry_org_number of 76 state bodies (66 agencies + 10 state administrators): 466 + 76 = 542.
    expect(count).toBe(542);
  });
});
