import {
  changeFeedScope,
  changeFeedScopeAllows,
  changeOperationOf,
  decodeChangeCursor,
  encodeChangeCursor,
} from './change-feed';
import { Role } from './access';

describe('the change feed cursor', () => {
  it('writes «c1:<tx>:<event>» as hex and reads it back', () => {
    // «c1:7:42»: c=63 1=31 :=3a 7=37 :=3a 4=34 2=32
    expect(encodeChangeCursor({ txId: '7', eventId: '42' })).toBe('63313a373a3432');
    expect(decodeChangeCursor('63313a373a3432')).toEqual({ txId: '7', eventId: '42' });
  });

  it('round-trips the largest ids a bigint or xid8 holds', () => {
    const cursor = { txId: '18446744073709551615', eventId: '9223372036854775807' };
    expect(decodeChangeCursor(encodeChangeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['', 'empty'],
    ['zz', 'not hex'],
    ['633', 'odd length'],
    ['63323a373a3432', 'another version (c2)'],
    ['63313a373a', 'no event id'],
    ['63313a2d313a3432', 'a negative transaction'],
    ['63313a373a34323a39', 'a third part'],
    ['63313a30373a3432', 'a leading zero'],
  ])('refuses %j (%s)', (text) => {
    expect(decodeChangeCursor(text)).toBeNull();
  });
});

describe('the change feed scope', () => {
  const admin = { userId: 'u', organisationId: 'A', roles: [Role.ADMIN] };
  const officer = { userId: 'u', organisationId: 'B', roles: [Role.FINANCE_OFFICER] };

  it('administrators follow every change', () => {
    expect(changeFeedScope(admin)).toEqual({ kind: 'ALL' });
    expect(changeFeedScopeAllows({ kind: 'ALL' }, { ownerOrganisationId: 'X', organisationId: 'Y' })).toBe(
      true,
    );
  });

  it('others follow changes to their organisation’s entities and those their organisation made', () => {
    const scope = changeFeedScope(officer);
    expect(scope).toEqual({ kind: 'ORGANISATION', organisationId: 'B' });
    expect(changeFeedScopeAllows(scope, { ownerOrganisationId: 'B', organisationId: 'X' })).toBe(true);
    expect(changeFeedScopeAllows(scope, { ownerOrganisationId: 'X', organisationId: 'B' })).toBe(true);
    expect(changeFeedScopeAllows(scope, { ownerOrganisationId: 'X', organisationId: 'Y' })).toBe(false);
    expect(changeFeedScopeAllows(scope, { ownerOrganisationId: null, organisationId: null })).toBe(false);
  });
});

describe('the operation of a change', () => {
  it('is CREATED without a before, DELETED without an after, UPDATED with both', () => {
    expect(changeOperationOf({ before: null, after: { a: 1 } })).toBe('CREATED');
    expect(changeOperationOf({ before: { a: 1 }, after: null })).toBe('DELETED');
    expect(changeOperationOf({ before: { a: 1 }, after: { a: 2 } })).toBe('UPDATED');
  });
});
