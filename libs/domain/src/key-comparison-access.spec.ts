import { Role } from './access';
import { keyComparisonScope } from './key-comparison-access';

const KS = 'ks';
const KDD = 'kdd';
const fiks = { ownerId: KS, ministryId: KDD };
const paying = new Set(['oslo', 'bergen']);
const user = (organisationId: string, ...roles: Role[]) => ({ userId: 'u', organisationId, roles });

describe('keyComparisonScope', () => {
  it.each([
    ['an administrator', user('digdir', Role.ADMIN), 'ALL'],
    ['a user of the owner (KS)', user(KS, Role.READER), 'ALL'],
    ["the responsible ministry's reviewer", user(KDD, Role.PORTFOLIO_REVIEWER), 'ALL'],
    [
      "Bergen's finance officer (a paying participant)",
      user('bergen', Role.FINANCE_OFFICER),
      'OWN_ORGANISATION',
    ],
    ['a reader of Oslo (a paying participant)', user('oslo', Role.READER), 'OWN_ORGANISATION'],
    ["another ministry's reviewer", user('hod', Role.PORTFOLIO_REVIEWER), null],
    ['a finance officer of a non-paying organisation', user('digdir', Role.FINANCE_OFFICER), null],
  ])('%s gets %s', (_, principal, expected) => {
    expect(keyComparisonScope(principal, fiks, paying)).toBe(expected);
  });
});
