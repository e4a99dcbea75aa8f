import { newPasswordProblem } from '../../config/common-passwords.js';
import { DEMO_PASSWORD } from './demo-users.js';

describe('the demo password', () => {
  it('is not one of the common passwords, so the demo personas can sign in and change it', () => {
    expect(newPasswordProblem(DEMO_PASSWORD)).toBeNull();
  });
});
