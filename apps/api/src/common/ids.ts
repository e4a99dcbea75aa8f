import { msg } from '@gevinst/domain';
import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Refuses an id that is not a UUID with BAD_USER_INPUT naming the argument. */
export function assertUuid(field: string, value: string): void {
  if (!isUuid(value)) throw badInput(field, msg('NOT_A_UUID_GOT', { got: `"${truncate(value)}"` }));
}

export function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
