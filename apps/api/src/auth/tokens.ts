import { createHash, randomBytes } from 'node:crypto';

export const SESSION_PREFIX = 'gvs_';
export const API_TOKEN_PREFIX = 'gvt_';
export const SESSION_COOKIE = 'gevinst_session';

/** A new secret: a prefix telling its kind, then 256 random bits. Only its hash is ever stored. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 is right for high-entropy random secrets (unlike passwords, they cannot be guessed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
