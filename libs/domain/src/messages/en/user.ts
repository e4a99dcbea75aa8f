/**
 * English messages of the user module: users, API tokens, signing in and access checks
 * (apps/api/src/user, api-token, auth, session). See ../types.ts for the conventions.
 */
export const userEn = {
  ONLY_ADMINS_SEE_USERS: () => 'Only administrators see other users',
  ONLY_ADMINS_SEE_TOKENS: () => "Only administrators see other users' tokens",
  /** `got` is the address as sent, quoted and cut short. */
  NOT_AN_EMAIL: (p: { got: string }) => `must be an e-mail address (got ${p.got})`,
  ROLE_REQUIRED: () => 'give at least one role',
  EMAIL_TAKEN: (p: { email: string }) => `${p.email} already has a user`,
  CANNOT_DEMOTE_YOURSELF: () => 'you cannot deactivate yourself or remove your own ADMIN role',

  TOKEN_NEEDS_PERSON: () => 'Sign in as a person to create API tokens',
  SCOPE_REQUIRED: () => 'give at least one scope (READ, WRITE)',
  NOT_IN_FUTURE: () => 'must be in the future',
  TOKEN_LIFETIME_TOO_LONG: (p: { days: number }) => `must be at most ${p.days} days ahead`,
  TOKEN_EXPIRY_REQUIRED: () => 'give an expiry: tokens without one are not allowed here',
  TOKEN_OWNER_NOT_SERVICE_ACCOUNT: () =>
    'An administrator creates tokens for another user only if that user is a service account',
  SERVICE_ACCOUNT_NO_PASSWORD: () => 'a service account has no password: it uses API tokens only',
  SERVICE_ACCOUNT_INACTIVE: () => 'The service account is deactivated',
  /** The per-credential request budget (pacing) is spent until the window ends. */
  REQUEST_BUDGET_SPENT: (p: { limit: number; windowSeconds: number; retryAfterSeconds: number }) =>
    `This session or API token has used its ${p.limit} requests per ${p.windowSeconds} seconds: ` +
    `try again in ${p.retryAfterSeconds} seconds`,

  // The request's identity (auth/): no credential, a missing role, a read-only token or user.
  SIGN_IN_WITH_BEARER: () => 'Sign in or send a valid API token (Authorization: Bearer …)',
  NEEDS_ROLE: (p: { roles: readonly string[] }) => `This needs one of the roles ${p.roles.join(', ')}`,
  READ_TOKEN_CANNOT_CHANGE: () => 'This API token has only the READ scope; changes need a token with WRITE',
  READ_TOKEN: () => 'This API token has only the READ scope',
  READER_ONLY_READS: () => 'A READER may only read: this change needs another role',

  // Signing in and sessions (session/).
  CREDENTIAL_REFUSED: () => 'The session or API token is invalid, expired or revoked: sign in again',
  SESSION_IDLE: (p: { minutes: number }) =>
    `The session ended after ${p.minutes} minutes without use: sign in again`,
  WRONG_CREDENTIALS: () => 'The e-mail address or the password is wrong',
  /** Throttled sign-ins: `by` says whether the account or the caller's address reached the limit. */
  TOO_MANY_SIGN_INS: (p: { by: 'account' | 'address'; minutes: number }) =>
    `Too many failed sign-ins ${p.by === 'account' ? 'for this account' : 'from this address'}: ` +
    `wait ${p.minutes} minutes and try again`,
  PASSWORD_NEEDS_PERSON: () => 'Sign in as a person to change your password (an API token cannot)',
  NOT_CURRENT_PASSWORD: () => 'is not your current password',
  /** A new password on the list of common passwords (or a listed word with digits around it). */
  COMMON_PASSWORD: () => 'is one of the most common passwords, which attackers try first: choose another',
};
