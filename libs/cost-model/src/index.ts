export * from './errors';
export {
  formatOre,
  parseAmount,
  divRoundHalfAwayFromZero,
  formatRatio,
  parseDecimal,
  formatDec,
  type Dec,
} from './money';
export { largestRemainder, type RemainderItem, type RemainderSplit } from './largest-remainder';
export { costSharingKeySpecSchema, parseKeySpec, formatPath } from './key-spec-schema';
export {
  allocate,
  SHARE_DECIMALS,
  type AllocationParticipant,
  type AllocationLine,
  type AllocationResult,
  type AllocateOptions,
  type AppliedLimit,
  type ExplanationLanguage,
} from './allocate';
export {
  realisation,
  monetisedValuesAtDates,
  dayNumber,
  INDICATOR_DECIMALS,
  type BenefitDirection,
  type BenefitInput,
  type IndicatorValue,
  type MonetisedValues,
  type RealisationOptions,
  type RealisationResult,
} from './realisation';
export {
  yearlyValues,
  prepareValuation,
  valueYears,
  type IndicatorKindText,
  type Valuation,
  type ValuationInput,
  type YearValue,
} from './valuation';
export {
  npv,
  R109_DISCOUNT_RATES,
  DEFAULT_TAX_FINANCING_COST,
  DISCOUNT_FACTOR_DECIMALS,
  type DiscountRatePeriod,
  type NpvFlow,
  type NpvOptions,
  type NpvResult,
  type NpvYear,
} from './npv';
export { PriceIndex, type IndexOfYear, type PriceIndexPoint } from './price-index';
export {
  analyse,
  analysisPeriod,
  intersectYears,
  DEFAULT_LIFETIME_YEARS,
  MAX_ANALYSIS_YEARS,
  type AnalysisBenefit,
  type AnalysisCostRow,
  type AnalysisInput,
  type AnalysisOptions,
  type AnalysisPeriod,
  type AnalysisPeriodInput,
  type AnalysisResult,
  type AnalysisYear,
  type SensitivityCase,
  type SensitivityRow,
} from './analysis';
export {
  netPositions,
  type BenefitPosition,
  type CostPosition,
  type LevelNetPosition,
  type NetFigures,
  type NetPositionsFunding,
  type NetPositionsResult,
  type OrganisationNetPosition,
  type SchemeNetPosition,
  type SchemePayment,
} from './net-positions';
export {
  payments,
  GRANT_SCHEMES,
  type AllocatedPayment,
  type GrantScheme,
  type Payment,
  type PaymentInitiative,
  type PaymentKind,
  type UnallocatedCost,
} from './payments';
export { payerMatrix, type MatrixBenefit, type MatrixPayment, type PayerMatrixCell } from './payer-matrix';
export {
  fundingPlan,
  costPayer,
  FUNDING_SCHEME_ORDER,
  type CoFinancingShareFlag,
  type FundingCostRow,
  type FundingFigures,
  type FundingPlan,
  type FundingSchemeCode,
  type FundingSourceRow,
  type FundingStatus,
  type SchemeFunding,
  type SourceFunding,
  type YearFunding,
  type YearFundingTotal,
} from './funding';
// The key specification types are defined in @gevinst/domain; re-exported for convenience.
export type {
  CostSharingKeySpec,
  CostSharingMethod,
  GroupKeySpec,
  EqualKeySpec,
  ProportionalKeySpec,
  PerUnitKeySpec,
  FixedSharesKeySpec,
  BasePlusProportionalKeySpec,
  BandsKeySpec,
  FeeBand,
  FreeThresholdKeySpec,
  TwoLevelKeySpec,
  TwoLevelGroupSpec,
  FloorAndCap,
} from '@gevinst/domain';
export {
  reconcile,
  reconcileAll,
  resolveReconciliation,
  keyFixesTotal,
  RECONCILIATION_CHOICES,
  type Reconciliation,
  type ReconciliationChoice,
  type ResolvedReconciliation,
} from './reconcile';
export {
  compareKeys,
  perInhabitant,
  MIN_COMPARED_KEYS,
  MAX_COMPARED_KEYS,
  type ComparedOrganisation,
  type ComparisonOutcome,
  type ComparisonGroupSummary,
  type KeyComparisonResult,
  type KeyComparisonRow,
} from './compare-keys';
