import { isCommonPassword, passwordProblem } from './access';
import { msg } from './messages';

/** A few entries as the shipped list has them (lower case). */
const COMMON = new Set(['password1234', 'password', 'monkey', 'qwerty123456', 'sommer']);

describe('passwordProblem with a list of common passwords', () => {
  it('refuses a listed password, in any case', () => {
    expect(passwordProblem('password1234', COMMON)).toEqual(msg('COMMON_PASSWORD'));
    expect(passwordProblem('PassWord1234', COMMON)).not.toBeNull();
    expect(passwordProblem('QWERTY123456', COMMON)).not.toBeNull();
  });

  it('refuses a listed word with only digits and symbols around it', () => {
    expect(isCommonPassword('Password2026!', COMMON)).toBe(true);
    expect(isCommonPassword('!!monkey123456', COMMON)).toBe(true);
    expect(isCommonPassword('Sommer2026-08', COMMON)).toBe(true);
  });

  it('accepts a password that only contains a listed word among other letters', () => {
    expect(isCommonPassword('Gevinst-demo-2026', COMMON)).toBe(false);
    expect(isCommonPassword('monkey-business-2026', COMMON)).toBe(false);
    expect(passwordProblem('correct horse battery', COMMON)).toBeNull();
  });

  it('checks the length first, and without a list only the length', () => {
    expect(passwordProblem('password', COMMON)).toEqual(msg('TOO_SHORT', { min: 12 }));
    expect(passwordProblem('password1234')).toBeNull();
  });
});
