import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordProblem } from '@gevinst/domain';

/**
 * The common passwords shipped with @zxcvbn-ts/language-common (about 49,000, from public breach
 * corpora, in lower case). Loaded from the installed package: no network is used at run time.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common'].map((entry) => entry.toLowerCase()),
);

/** What is wrong with a new password (length, or a common password), or null. */
export function newPasswordProblem(password: string): ReturnType<typeof passwordProblem> {
  return passwordProblem(password, COMMON_PASSWORDS);
}
