import { Role } from './access';
import { accountChanges, claimValues, organisationNumberFromClaims, rolesFromClaims } from './oidc';

describe('claimValues', () => {
  it('reads a top-level claim and flattens a list', () => {
    expect(claimValues({ groups: ['a', 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ orgno: '964338531' }, 'orgno')).toEqual(['964338531']);
    expect(claimValues({}, 'groups')).toEqual([]);
  });

  it("searches through lists of objects (Ansattporten's authorization_details)", () => {
    const claims = { authorization_details: [{ type: 'ansattporten:altinn:service', orgno: '964338531' }] };
    expect(claimValues(claims, 'authorization_details.orgno')).toEqual(['964338531']);
  });
});

describe('organisationNumberFromClaims', () => {
  it('takes the claim and checks it with mod 11', () => {
    // 964338531: 9·3+6·2+4·7+3·6+3·5+8·4+5·3+3·2 = 27+12+28+18+15+32+15+6 = 153; 153 mod 11 = 10; 11−10 = 1 ✓
    expect(organisationNumberFromClaims({ orgno: '964338531' }, 'orgno', null)).toEqual({
      orgNumber: '964338531',
    });
  });

  it('drops the ISO 6523 prefix 0192: and spaces', () => {
    expect(organisationNumberFromClaims({ orgno: '0192:964 338 531' }, 'orgno', null)).toEqual({
      orgNumber: '964338531',
    });
  });

  it('refuses a number whose check digit is wrong', () => {
    // 964338532: the check digit should be 1 (see above), not 2.
    const result = organisationNumberFromClaims({ orgno: '964338532' }, 'orgno', null);
    expect(result).toEqual({
      problem: {
        code: 'ORG_NUMBER_CHECK_DIGIT',
        params: { orgNumber: '964338532', expected: 1, digit: '2' },
      },
    });
  });

  it('falls back on the bound organisation, or says the claim is missing', () => {
    expect(organisationNumberFromClaims({}, null, '991825827')).toEqual({ orgNumber: '991825827' });
    expect(organisationNumberFromClaims({}, 'orgno', '991825827')).toEqual({ orgNumber: '991825827' });
    expect(organisationNumberFromClaims({}, 'orgno', null)).toEqual({
      problem: { code: 'OIDC_NO_ORGANISATION_CLAIM', params: { claim: 'orgno' } },
    });
  });
});

describe('rolesFromClaims', () => {
  const mappings = [
    { claimValue: 'gevinst-okonomi', role: Role.FINANCE_OFFICER },
    { claimValue: 'gevinst-eier', role: Role.INITIATIVE_OWNER },
    { claimValue: 'gevinst-admins', role: Role.ADMIN },
  ];

  it('maps every matching value, in Role order, without repeats', () => {
    expect(rolesFromClaims(['gevinst-okonomi', 'alle-ansatte', 'gevinst-admins'], mappings)).toEqual([
      Role.ADMIN,
      Role.FINANCE_OFFICER,
    ]);
    expect(
      rolesFromClaims(
        ['gevinst-okonomi'],
        [...mappings, { claimValue: 'gevinst-okonomi', role: Role.FINANCE_OFFICER }],
      ),
    ).toEqual([Role.FINANCE_OFFICER]);
  });

  it('gives READER when nothing matches (values are compared exactly)', () => {
    expect(rolesFromClaims(['Gevinst-Okonomi'], mappings)).toEqual([Role.READER]);
    expect(rolesFromClaims([], mappings)).toEqual([Role.READER]);
  });
});

describe('accountChanges', () => {
  const current = { name: 'Kari', email: 'kari@bergen.kommune.no', roles: [Role.READER] };

  it('is null when nothing changed', () => {
    expect(accountChanges(current, { ...current, roles: [Role.READER] })).toBeNull();
  });

  it('says which roles were added and removed, and the new name and e-mail', () => {
    expect(
      accountChanges(current, {
        name: 'Kari N.',
        email: 'kari.n@bergen.kommune.no',
        roles: [Role.FINANCE_OFFICER],
      }),
    ).toEqual({
      name: 'Kari N.',
      email: 'kari.n@bergen.kommune.no',
      roles: [Role.FINANCE_OFFICER],
      addedRoles: [Role.FINANCE_OFFICER],
      removedRoles: [Role.READER],
    });
  });
});
