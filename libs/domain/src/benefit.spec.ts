import { Role, type Principal } from './access';
import {
  BenefitCategory,
  RagFilter,
  RagStatus,
  canSeeCoFinancingReport,
  effectStartProblem,
  overallRag,
  portfolioScope,
  ragMatches,
  requiresReceivingOrganisation,
  valuePerUnitProblem,
} from './benefit';
import { msg } from './messages';

const user = (organisationId: string, ...roles: Role[]): Principal => ({
  userId: 'u',
  organisationId,
  roles,
});
const initiative = { ownerId: 'owner', ministryId: 'ministry' };

describe('benefit rules', () => {
  it('requires a receiving organisation for benefits inside the public sector only', () => {
    expect(requiresReceivingOrganisation(BenefitCategory.BUDGET_RELEASING)).toBe(true);
    expect(requiresReceivingOrganisation(BenefitCategory.FREED_CAPACITY)).toBe(true);
    expect(requiresReceivingOrganisation(BenefitCategory.OTHER_PUBLIC_SECTOR)).toBe(true);
    expect(requiresReceivingOrganisation(BenefitCategory.NON_MONETISED)).toBe(false);
    expect(requiresReceivingOrganisation(BenefitCategory.CITIZENS_AND_BUSINESS)).toBe(false);
  });

  it('refuses a monetary value on a NON_MONETISED benefit', () => {
    expect(valuePerUnitProblem(BenefitCategory.NON_MONETISED, '10.00')).toEqual({
      code: 'NON_MONETISED_VALUE_PER_UNIT',
    });
    expect(valuePerUnitProblem(BenefitCategory.NON_MONETISED, null)).toBeNull();
    expect(valuePerUnitProblem(BenefitCategory.FREED_CAPACITY, '650.00')).toBeNull();
  });

  it('shows the co-financing report to the owner, the ministry reviewers and administrators', () => {
    expect(canSeeCoFinancingReport(user('owner', Role.READER), initiative)).toBe(true);
    expect(canSeeCoFinancingReport(user('ministry', Role.PORTFOLIO_REVIEWER), initiative)).toBe(true);
    expect(canSeeCoFinancingReport(user('ministry', Role.READER), initiative)).toBe(false);
    expect(canSeeCoFinancingReport(user('elsewhere', Role.ADMIN), initiative)).toBe(true);
    expect(canSeeCoFinancingReport(user('partner', Role.INITIATIVE_OWNER), initiative)).toBe(false);
  });

  it('scopes portfolio analytics by role', () => {
    expect(portfolioScope(user('digdir', Role.ADMIN, Role.PORTFOLIO_REVIEWER))).toEqual({ kind: 'ALL' });
    expect(portfolioScope(user('kdd', Role.PORTFOLIO_REVIEWER))).toEqual({
      kind: 'MINISTRY',
      ministryId: 'kdd',
    });
    expect(portfolioScope(user('bergen', Role.FINANCE_OFFICER))).toEqual({
      kind: 'PARTICIPANT',
      organisationId: 'bergen',
    });
  });

  it("takes an initiative's worst assessed benefit status as its overall RAG status", () => {
    expect(overallRag([RagStatus.GREEN, null, RagStatus.AMBER, RagStatus.GREEN])).toBe(RagStatus.AMBER);
    expect(overallRag([RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN])).toBe(RagStatus.RED);
    expect(overallRag([RagStatus.GREEN])).toBe(RagStatus.GREEN);
    // Nothing assessed: no benefits, or none measured yet.
    expect(overallRag([])).toBeNull();
    expect(overallRag([null, null])).toBeNull();
  });

  it('matches an overall status against RAG filter values, NOT_ASSESSED for none', () => {
    expect(ragMatches(RagStatus.RED, [RagFilter.RED, RagFilter.AMBER])).toBe(true);
    expect(ragMatches(RagStatus.GREEN, [RagFilter.RED, RagFilter.AMBER])).toBe(false);
    expect(ragMatches(null, [RagFilter.NOT_ASSESSED])).toBe(true);
    expect(ragMatches(null, [RagFilter.GREEN])).toBe(false);
  });
});

describe('effectStartProblem', () => {
  it('accepts no effect start, one on the baseline date, and one on the first target date', () => {
    expect(effectStartProblem(null, '2025-01-01', '2025-12-31')).toBeNull();
    expect(effectStartProblem('2025-01-01', '2025-01-01', '2025-12-31')).toBeNull();
    expect(effectStartProblem('2025-12-31', '2025-01-01', '2025-12-31')).toBeNull();
    expect(effectStartProblem('2027-01-01', '2025-01-01', null)).toBeNull();
  });

  it('refuses an effect start before the baseline or after the first target', () => {
    expect(effectStartProblem('2024-12-31', '2025-01-01', '2025-12-31')).toEqual(
      msg('EFFECT_START_BEFORE_BASELINE', { baselineDate: '2025-01-01', date: '2024-12-31' }),
    );
    expect(effectStartProblem('2026-01-01', '2025-01-01', '2025-12-31')).toEqual(
      msg('EFFECT_START_AFTER_FIRST_TARGET', { targetDate: '2025-12-31', date: '2026-01-01' }),
    );
  });
});
