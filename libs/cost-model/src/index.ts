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
export {
  netPositions,
  type BenefitPosition,
  type CostPosition,
  type LevelNetPosition,
  type NetFigures,
  type NetPositionsResult,
  type OrganisationNetPosition,
} from './net-positions';
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
