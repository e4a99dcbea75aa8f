import { ReferenceAndInitiatives1795420800000 } from './migrations/1795420800000-reference-and-initiatives.js';
import { UsersTokensAudit1795421000000 } from './migrations/1795421000000-users-tokens-audit.js';
import { CostsKeysAllocations1795421100000 } from './migrations/1795421100000-costs-keys-allocations.js';
import { Benefits1795421200000 } from './migrations/1795421200000-benefits.js';
import { PerformanceIndexes1795421300000 } from './migrations/1795421300000-performance-indexes.js';
import { AnalyticsChanges1795421310000 } from './migrations/1795421310000-analytics-changes.js';
import { AuditInitiative1795421400000 } from './migrations/1795421400000-audit-initiative.js';
import { AllocationExplanationNb1795421500000 } from './migrations/1795421500000-allocation-explanation-nb.js';
import { SessionLastUsed1795421600003 } from './migrations/1795421600003-session-last-used.js';
import { AuditReason1795421700130 } from './migrations/1795421700130-audit-reason.js';
import { FundingPlan1795421800000 } from './migrations/1795421800000-funding-plan.js';
import { BenefitEffectStart1795421810000 } from './migrations/1795421810000-benefit-effect-start.js';
import { PriceIndex1795421820000 } from './migrations/1795421820000-price-index.js';
import { AllocationDifference1795421830000 } from './migrations/1795421830000-allocation-difference.js';
import { SchemeAdministrator1795421900000 } from './migrations/1795421900000-scheme-administrator.js';
import { CoFinancingApplications1795421910000 } from './migrations/1795421910000-co-financing-applications.js';
import { BenefitPlanVersions1795421920000 } from './migrations/1795421920000-benefit-plan-versions.js';
import { CoFinancingReports1795421930000 } from './migrations/1795421930000-co-financing-reports.js';
import { DigifinContributionRules1795421940000 } from './migrations/1795421940000-digifin-contribution-rules.js';
import { StatusReports1795422000000 } from './migrations/1795422000000-status-reports.js';
import { ExplanationWords1795422500000 } from './migrations/1795422500000-explanation-words.js';
import { BenefitFiguresVersion1795423000000 } from './migrations/1795423000000-benefit-figures-version.js';
import { IdempotentImports1795423200000 } from './migrations/1795423200000-idempotent-imports.js';
import { ChangeFeedWebhooks1795423300000 } from './migrations/1795423300000-change-feed-webhooks.js';
import { ServiceAccountsPacing1795423500000 } from './migrations/1795423500000-service-accounts-pacing.js';
import { IdentityProviders1795423600000 } from './migrations/1795423600000-identity-providers.js';
import { Budget1795423700000 } from './migrations/1795423700000-budget.js';
import { InitiativePortfolioFacts1795423800000 } from './migrations/1795423800000-initiative-portfolio-facts.js';
import { DeprecatedUsage1795423850000 } from './migrations/1795423850000-deprecated-usage.js';
import { AllocationLinesRunKeys1795423860000 } from './migrations/1795423860000-allocation-lines-run-keys.js';
import { AllocationRunsCurrentIds1795423870000 } from './migrations/1795423870000-allocation-runs-current-ids.js';
import { AllocationLinesOrgYearCovering1795423880000 } from './migrations/1795423880000-allocation-lines-org-year-covering.js';
import { ParticipantChanges1795423890000 } from './migrations/1795423890000-participant-changes.js';
import { ChangeCountsOncePerTransaction1795423895000 } from './migrations/1795423895000-change-counts-once-per-transaction.js';
import { InitiativesCodeOrder1795423896000 } from './migrations/1795423896000-initiatives-code-order.js';
import { AllocationAutovacuum1795423897000 } from './migrations/1795423897000-allocation-autovacuum.js';
import { AllocationLinesIdBlocks1795423898000 } from './migrations/1795423898000-allocation-lines-id-blocks.js';

/** Every migration, in order. Listed explicitly so the same array serves the build, tests and the CLI. */
export const MIGRATIONS = [
  ReferenceAndInitiatives1795420800000,
  UsersTokensAudit1795421000000,
  CostsKeysAllocations1795421100000,
  Benefits1795421200000,
  PerformanceIndexes1795421300000,
  AnalyticsChanges1795421310000,
  AuditInitiative1795421400000,
  AllocationExplanationNb1795421500000,
  SessionLastUsed1795421600003,
  AuditReason1795421700130,
  FundingPlan1795421800000,
  BenefitEffectStart1795421810000,
  PriceIndex1795421820000,
  AllocationDifference1795421830000,
  SchemeAdministrator1795421900000,
  CoFinancingApplications1795421910000,
  BenefitPlanVersions1795421920000,
  CoFinancingReports1795421930000,
  DigifinContributionRules1795421940000,
  StatusReports1795422000000,
  ExplanationWords1795422500000,
  BenefitFiguresVersion1795423000000,
  IdempotentImports1795423200000,
  ChangeFeedWebhooks1795423300000,
  ServiceAccountsPacing1795423500000,
  IdentityProviders1795423600000,
  Budget1795423700000,
  InitiativePortfolioFacts1795423800000,
  DeprecatedUsage1795423850000,
  AllocationLinesRunKeys1795423860000,
  AllocationRunsCurrentIds1795423870000,
  AllocationLinesOrgYearCovering1795423880000,
  ParticipantChanges1795423890000,
  ChangeCountsOncePerTransaction1795423895000,
  InitiativesCodeOrder1795423896000,
  AllocationAutovacuum1795423897000,
  AllocationLinesIdBlocks1795423898000,
];
