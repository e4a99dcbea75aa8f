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

  // Signing in with an identity provider (oidc/).
  PASSWORD_LOGIN_DISABLED: () =>
    "Sign-in with a password is switched off here: sign in with your organisation's identity provider",
  /** `claim` is the configured claim name (empty when the provider has neither a claim nor an organisation). */
  OIDC_NO_ORGANISATION_CLAIM: (p: { claim: string }) =>
    p.claim
      ? `The identity provider did not say which organisation you belong to (no claim ${p.claim})`
      : 'The identity provider is set up with neither an organisation-number claim nor an organisation',
  OIDC_UNKNOWN_ORGANISATION: (p: { orgNumber: string }) =>
    `Your organisation (organisation number ${p.orgNumber}) does not use Gevinst: ask your Gevinst administrator`,
  OIDC_ACCOUNT_DISABLED: () => 'Your Gevinst account is deactivated: ask your Gevinst administrator',
  OIDC_NO_EMAIL: () => 'The identity provider did not give your e-mail address (the email claim)',
  OIDC_EMAIL_TAKEN: (p: { email: string }) =>
    `${p.email} already has a Gevinst user in another organisation or with another identity provider`,
  OIDC_SIGN_IN_EXPIRED: () =>
    'The sign-in was not started here, was already used or took too long: try again',
  OIDC_SIGN_IN_REFUSED: () =>
    "The identity provider's answer could not be verified (state, nonce, signature, issuer or expiry): try again",
  OIDC_PROVIDER_UNKNOWN: (p: { provider: string }) => `No enabled identity provider is called ${p.provider}`,
  OIDC_PROVIDER_UNREACHABLE: (p: { provider: string }) =>
    `The identity provider ${p.provider} could not be reached: try again later`,
  OIDC_SLUG_TAKEN: (p: { slug: string }) => `An identity provider is already called ${p.slug}`,
  OIDC_SLUG_FORMAT: () => 'use 2–40 lowercase letters, digits and hyphens',
  NOT_AN_HTTPS_URL: () => 'must be an https:// address (http:// only for localhost)',
  OIDC_ORGANISATION_REQUIRED: () =>
    'give an organisation-number claim or bind the provider to an organisation',
};
