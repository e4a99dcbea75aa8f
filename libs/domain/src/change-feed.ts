import { isAdmin, type Principal } from './access';

/**
 * The change feed (issue 19): what changed, read from the audit trail in the order the changes became
 * visible, resumable with an opaque cursor.
 *
 * Ordering and the cursor. An audit event's id comes from a sequence, taken when the row is inserted, not
 * when its transaction commits: a transaction holding id 5 may commit after the one holding id 6, so
 * "everything after id 6" would skip 5 for ever. The feed therefore orders events by the id of the
 * transaction that wrote them (`tx_id`, a `xid8`, then the event id within it) and only hands out events
 * of transactions below a horizon: the oldest transaction still running in this database at the read
 * (or, with none, the next transaction id to be handed out). Every transaction below it has finished:
 * none of its events can appear later; every transaction that has not finished (or not started) has a
 * `tx_id` at or above it, so it sorts after anything already handed out. Resuming after the last
 * (txId, eventId) therefore neither skips nor repeats an event. Transactions of other databases on the
 * same server do not hold the feed back (their ids are excluded by pg_stat_activity); one long
 * transaction in Gevinst's own database does, until it ends (a few seconds at most; a migration longer).
 */

/** The position in the feed after one event: its transaction id and its event id (decimal strings). */
export interface ChangeCursor {
  txId: string;
  eventId: string;
}

const CURSOR_PREFIX = 'c1:';
const DIGITS = /^(0|[1-9][0-9]{0,19})$/;

/**
 * The opaque cursor of a position: the hex digits of «c1:<txId>:<eventId>» (ASCII). Clients must not
 * read or build one; the version prefix lets the format change without breaking a stored cursor.
 */
export function encodeChangeCursor(cursor: ChangeCursor): string {
  const plain = `${CURSOR_PREFIX}${cursor.txId}:${cursor.eventId}`;
  return [...plain].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** The position a cursor names, or null when it is not one this API wrote. */
export function decodeChangeCursor(text: string): ChangeCursor | null {
  if (text.length > 120 || text.length % 2 !== 0 || !/^[0-9a-f]+$/.test(text)) return null;
  let plain = '';
  for (let i = 0; i < text.length; i += 2) plain += String.fromCharCode(parseInt(text.slice(i, i + 2), 16));
  if (!plain.startsWith(CURSOR_PREFIX)) return null;
  const [txId, eventId, ...rest] = plain.slice(CURSOR_PREFIX.length).split(':');
  if (rest.length || !txId || !eventId || !DIGITS.test(txId) || !DIGITS.test(eventId)) return null;
  return { txId, eventId };
}

/**
 * The entity types the feed reports (the audit trail's names). Refused attempts (`Access`), sign-ins and
 * credentials are not data changes and never appear.
 */
export const CHANGE_ENTITY_TYPES = [
  'Initiative',
  'Benefit',
  'BenefitMeasurement',
  'BenefitOwnerReport',
  'BenefitStatusReport',
  'InitiativeStatusReport',
  'CostItem',
  'AllocationRun',
  'CostSharingKey',
  'Enabler',
  'BenefitsMapEdge',
  'Organisation',
] as const;
export type ChangeEntityType = (typeof CHANGE_ENTITY_TYPES)[number];

/** How an operation changed its entity, from the audit trail's before/after. */
export type ChangeOperation = 'CREATED' | 'UPDATED' | 'DELETED';

export function changeOperationOf(event: { before: unknown; after: unknown }): ChangeOperation {
  if (event.before === null || event.before === undefined) return 'CREATED';
  if (event.after === null || event.after === undefined) return 'DELETED';
  return 'UPDATED';
}

/**
 * Whose changes a caller may follow, as a value (the API turns it into SQL in its access repository):
 * administrators every change; anyone else the changes to entities their organisation owns, and the
 * changes their organisation made itself (a receiving municipality's officer records measurements on
 * another organisation's benefit: those are theirs to see).
 */
export type ChangeFeedScope = { kind: 'ALL' } | { kind: 'ORGANISATION'; organisationId: string };

export function changeFeedScope(principal: Principal): ChangeFeedScope {
  return isAdmin(principal)
    ? { kind: 'ALL' }
    : { kind: 'ORGANISATION', organisationId: principal.organisationId };
}

/** Whether the scope covers one audit event (the in-memory twin of the SQL condition). */
export function changeFeedScopeAllows(
  scope: ChangeFeedScope,
  event: { ownerOrganisationId: string | null; organisationId: string | null },
): boolean {
  if (scope.kind === 'ALL') return true;
  return event.ownerOrganisationId === scope.organisationId || event.organisationId === scope.organisationId;
}

/** The most events one page of the feed returns, and the default. */
export const CHANGE_FEED_MAX_PAGE = 500;
export const CHANGE_FEED_DEFAULT_PAGE = 100;
