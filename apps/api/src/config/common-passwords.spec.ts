import { msg } from '@gevinst/domain';
import { COMMON_PASSWORDS, newPasswordProblem } from './common-passwords.js';

describe('the shipped list of common passwords', () => {
  it('holds tens of thousands of lower-case entries, password1234 among them', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(40_000);
    expect(COMMON_PASSWORDS.has('password1234')).toBe(true);
  });

  // The demo password is checked in database/seed/demo-users.spec.ts, beside it (auth/ does not import the seed).
  it('refuses common passwords and accepts the test passwords', () => {
    expect(newPasswordProblem('password1234')).toEqual(msg('COMMON_PASSWORD'));
    expect(newPasswordProblem('Qwerty123456')).not.toBeNull();
    expect(newPasswordProblem('test-admin-password-1')).toBeNull();
    expect(newPasswordProblem('resilience-admin-password')).toBeNull();
  });
});
