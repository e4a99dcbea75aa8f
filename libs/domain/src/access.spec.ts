import { msg } from './messages';
import {
  ApiTokenScope,
  Role,
  canAdministerSchemes,
  canEditInitiative,
  canManageReferenceData,
  canReadAuditOf,
  canRecordMeasurement,
  canSeeFinancialDetail,
  canSeeInitiativeFinancials,
  financialDetailScope,
  mayChangeData,
  mayRunMutation,
  OWN_CREDENTIAL_MUTATIONS,
  passwordProblem,
  portfolioScope,
  portfolioScopeAllows,
  scopeAllowsInitiative,
  scopeAllowsLine,
  scopeReachesOtherOrganisations,
  type Principal,
} from './access';

const OWNER_ORG = 'owner-org';
const MINISTRY = 'ministry';
const BERGEN = 'bergen';
const OSLO = 'oslo';
const user = (organisationId: string, ...roles: Role[]): Principal => ({
  userId: 'u',
  organisationId,
  roles,
});

describe('access rules', () => {
  it('lets initiative owners of the owner organisation and administrators edit an initiative', () => {
    expect(canEditInitiative(user(OWNER_ORG, Role.INITIATIVE_OWNER), { ownerId: OWNER_ORG })).toBe(true);
    expect(canEditInitiative(user(BERGEN, Role.ADMIN), { ownerId: OWNER_ORG })).toBe(true);
    expect(canEditInitiative(user(OWNER_ORG, Role.READER), { ownerId: OWNER_ORG })).toBe(false);
    expect(canEditInitiative(user(BERGEN, Role.INITIATIVE_OWNER), { ownerId: OWNER_ORG })).toBe(false);
    expect(canEditInitiative(user(MINISTRY, Role.PORTFOLIO_REVIEWER), { ownerId: OWNER_ORG })).toBe(false);
  });

  it('limits API tokens to their scopes', () => {
    const readOnly = { ...user(OWNER_ORG, Role.INITIATIVE_OWNER), scopes: [ApiTokenScope.READ] };
    const write = { ...readOnly, scopes: [ApiTokenScope.READ, ApiTokenScope.WRITE] };
    expect(canEditInitiative(readOnly, { ownerId: OWNER_ORG })).toBe(false);
    expect(canEditInitiative(write, { ownerId: OWNER_ORG })).toBe(true);
    expect(canManageReferenceData({ ...user(OWNER_ORG, Role.ADMIN), scopes: [ApiTokenScope.READ] })).toBe(
      false,
    );
  });

  it('lets the owner and the receiving organisation record measurements', () => {
    const benefit = { initiativeOwnerId: OWNER_ORG, receivingOrganisationId: BERGEN };
    expect(canRecordMeasurement(user(OWNER_ORG, Role.INITIATIVE_OWNER), benefit)).toBe(true);
    expect(canRecordMeasurement(user(OWNER_ORG, Role.READER), benefit)).toBe(false);
    expect(canRecordMeasurement(user(BERGEN, Role.READER), benefit)).toBe(false);
    expect(
      canRecordMeasurement({ ...user(BERGEN, Role.FINANCE_OFFICER), scopes: [ApiTokenScope.READ] }, benefit),
    ).toBe(false);
    expect(canRecordMeasurement(user(BERGEN, Role.FINANCE_OFFICER), benefit)).toBe(true);
    expect(canRecordMeasurement(user(OSLO, Role.FINANCE_OFFICER), benefit)).toBe(false);
  });

  it('shows an organisation’s financial detail to itself, the owner, the ministry’s reviewers and admins only', () => {
    const line = { organisationId: OSLO, initiativeOwnerId: OWNER_ORG, initiativeMinistryId: MINISTRY };
    expect(canSeeFinancialDetail(user(OSLO, Role.FINANCE_OFFICER), line)).toBe(true);
    expect(canSeeFinancialDetail(user(OWNER_ORG, Role.READER), line)).toBe(true);
    expect(canSeeFinancialDetail(user(MINISTRY, Role.PORTFOLIO_REVIEWER), line)).toBe(true);
    expect(canSeeFinancialDetail(user(MINISTRY, Role.READER), line)).toBe(false);
    expect(canSeeFinancialDetail(user(BERGEN, Role.FINANCE_OFFICER), line)).toBe(false);
    expect(canSeeFinancialDetail(user(BERGEN, Role.ADMIN), line)).toBe(true);
  });

  it('shows a whole initiative’s financial detail to admins, the owner organisation and the ministry’s reviewers only', () => {
    const initiative = { ownerId: OWNER_ORG, ministryId: MINISTRY };
    expect(canSeeInitiativeFinancials(user(BERGEN, Role.ADMIN), initiative)).toBe(true);
    expect(canSeeInitiativeFinancials(user(OWNER_ORG, Role.READER), initiative)).toBe(true);
    expect(canSeeInitiativeFinancials(user(MINISTRY, Role.PORTFOLIO_REVIEWER), initiative)).toBe(true);
    // A participant sees its own lines, never the other participants' amounts at once.
    expect(canSeeInitiativeFinancials(user(BERGEN, Role.FINANCE_OFFICER), initiative)).toBe(false);
    expect(canSeeInitiativeFinancials(user(MINISTRY, Role.READER), initiative)).toBe(false);
    expect(canSeeInitiativeFinancials(user('other-ministry', Role.PORTFOLIO_REVIEWER), initiative)).toBe(
      false,
    );
  });

  it('gives the financial-detail rule as a value that decides lines and whole initiatives', () => {
    expect(financialDetailScope(user(MINISTRY, Role.PORTFOLIO_REVIEWER))).toEqual({
      kind: 'SOME',
      organisationId: MINISTRY,
      ownerId: MINISTRY,
      ministryId: MINISTRY,
    });
    expect(financialDetailScope(user(OSLO, Role.FINANCE_OFFICER, Role.READER))).toEqual({
      kind: 'SOME',
      organisationId: OSLO,
      ownerId: OSLO,
      ministryId: null,
    });
    expect(financialDetailScope(user(BERGEN, Role.ADMIN, Role.PORTFOLIO_REVIEWER))).toEqual({ kind: 'ALL' });

    const initiative = { ownerId: OWNER_ORG, ministryId: MINISTRY };
    const line = (organisationId: string) => ({
      organisationId,
      initiativeOwnerId: OWNER_ORG,
      initiativeMinistryId: MINISTRY,
    });
    const oslo = financialDetailScope(user(OSLO, Role.FINANCE_OFFICER));
    expect(scopeAllowsLine(oslo, line(OSLO))).toBe(true);
    expect(scopeAllowsLine(oslo, line(BERGEN))).toBe(false);
    expect(scopeAllowsInitiative(oslo, initiative)).toBe(false);
    // A reader of the ministry is no reviewer: the ministry's initiatives are not its own.
    const ministryReader = financialDetailScope(user(MINISTRY, Role.READER));
    expect(scopeAllowsLine(ministryReader, line(BERGEN))).toBe(false);
    expect(
      scopeAllowsInitiative(financialDetailScope(user(MINISTRY, Role.PORTFOLIO_REVIEWER)), initiative),
    ).toBe(true);
    expect(scopeAllowsLine(financialDetailScope(user(OWNER_ORG, Role.READER)), line(BERGEN))).toBe(true);

    // Another organisation's lines are reachable only through an initiative seen wholly.
    expect(scopeReachesOtherOrganisations(oslo, [initiative])).toBe(false);
    expect(
      scopeReachesOtherOrganisations(financialDetailScope(user(OWNER_ORG, Role.READER)), [initiative]),
    ).toBe(true);
    expect(scopeReachesOtherOrganisations(financialDetailScope(user(BERGEN, Role.ADMIN)), [])).toBe(true);
    expect(
      scopeReachesOtherOrganisations(financialDetailScope(user(MINISTRY, Role.PORTFOLIO_REVIEWER)), []),
    ).toBe(false);
  });

  it('scopes portfolio analytics to all, a ministry, or the initiatives an organisation takes part in', () => {
    const initiative = {
      ministryId: MINISTRY,
      participantIds: [OWNER_ORG, OSLO],
      benefitReceiverIds: [BERGEN, null],
    };
    expect(portfolioScopeAllows(portfolioScope(user(OSLO, Role.ADMIN)), initiative)).toBe(true);
    expect(portfolioScopeAllows(portfolioScope(user(MINISTRY, Role.PORTFOLIO_REVIEWER)), initiative)).toBe(
      true,
    );
    expect(
      portfolioScopeAllows(portfolioScope(user('other-ministry', Role.PORTFOLIO_REVIEWER)), initiative),
    ).toBe(false);
    // A ministry's reader is scoped like any participant: the ministry takes no part here.
    expect(portfolioScopeAllows(portfolioScope(user(MINISTRY, Role.READER)), initiative)).toBe(false);
    expect(portfolioScopeAllows(portfolioScope(user(OSLO, Role.FINANCE_OFFICER)), initiative)).toBe(true);
    expect(portfolioScopeAllows(portfolioScope(user(BERGEN, Role.READER)), initiative)).toBe(true);
    expect(portfolioScopeAllows(portfolioScope(user('tromso', Role.FINANCE_OFFICER)), initiative)).toBe(
      false,
    );
  });

  it('lets a READER and a READ token read only, apart from managing their own credentials', () => {
    const reader = user(BERGEN, Role.READER);
    expect(mayChangeData(reader)).toBe(false);
    expect(mayChangeData(user(BERGEN, Role.READER, Role.FINANCE_OFFICER))).toBe(true);
    expect(mayChangeData(user(BERGEN, Role.FINANCE_OFFICER))).toBe(true);
    expect(mayChangeData({ ...user(BERGEN, Role.ADMIN), scopes: [ApiTokenScope.READ] })).toBe(false);
    expect(
      mayChangeData({ ...user(BERGEN, Role.ADMIN), scopes: [ApiTokenScope.READ, ApiTokenScope.WRITE] }),
    ).toBe(true);
    expect(mayRunMutation(reader, 'recordMeasurement')).toBe(false);
    expect(mayRunMutation(reader, 'submitBenefitOwnerReport')).toBe(false);
    for (const name of OWN_CREDENTIAL_MUTATIONS) expect(mayRunMutation(reader, name)).toBe(true);
    expect(mayRunMutation({ ...reader, scopes: [ApiTokenScope.READ] }, 'logout')).toBe(false);
    expect(mayRunMutation({ ...reader, scopes: [ApiTokenScope.WRITE] }, 'updateInitiative')).toBe(false);
    expect(mayRunMutation(user(BERGEN, Role.FINANCE_OFFICER), 'recordMeasurement')).toBe(true);
    expect(canEditInitiative(user(OWNER_ORG, Role.READER), { ownerId: OWNER_ORG })).toBe(false);
    expect(canManageReferenceData(user(OWNER_ORG, Role.READER))).toBe(false);
  });

  it('lets the schemes’ secretariat and administrators run the funding schemes, nobody else', () => {
    expect(canAdministerSchemes(user('digdir', Role.SCHEME_ADMINISTRATOR))).toBe(true);
    expect(canAdministerSchemes(user('digdir', Role.ADMIN))).toBe(true);
    for (const role of [Role.PORTFOLIO_REVIEWER, Role.INITIATIVE_OWNER, Role.FINANCE_OFFICER, Role.READER])
      expect(canAdministerSchemes(user('digdir', role))).toBe(false);
    // A READ token of a secretariat user reads only.
    expect(
      canAdministerSchemes({ ...user('digdir', Role.SCHEME_ADMINISTRATOR), scopes: [ApiTokenScope.READ] }),
    ).toBe(false);
  });

  it('shows the audit trail to admins and to the owner organisation of the entity', () => {
    expect(canReadAuditOf(user(OWNER_ORG, Role.READER), OWNER_ORG)).toBe(true);
    expect(canReadAuditOf(user(BERGEN, Role.READER), OWNER_ORG)).toBe(false);
    expect(canReadAuditOf(user(BERGEN, Role.ADMIN), null)).toBe(true);
    // Bergen recorded it on the owner's benefit: its own action, so it may read it.
    expect(canReadAuditOf(user(BERGEN, Role.FINANCE_OFFICER), OWNER_ORG, BERGEN)).toBe(true);
  });

  it('requires passwords of at least 12 characters', () => {
    expect(passwordProblem('short')).toEqual(msg('TOO_SHORT', { min: 12 }));
    expect(passwordProblem('x'.repeat(257))).toEqual(msg('TOO_LONG', { max: 256 }));
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});
