import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { useAmount } from '../common/money-alias.js';
import { MONEY_INPUT_NAMES, type MoneyInputName } from '../common/money-input.js';

/**
 * The `…Amount` names of the money fields that were named otherwise (`…Nok`, `…Cost`, `total`, `npv`, …),
 * per object type: old name → new name (issue 19: one naming pattern for money, docs/api-changes.md). A list
 * of money is named `…Amounts`. `renameMoneyFields` adds each new name next to the old one; the old name
 * stays, deprecated with "Use <new name>.". A new money field is named `…Amount` from the start (the
 * schema-contract e2e test fails otherwise) and does not belong here.
 */
export const MONEY_FIELD_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AdministrativeLevelFigures: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  AllocationPreview: { difference: 'differenceAmount' },
  AllocationRun: { difference: 'differenceAmount' },
  Benefit: { valuePerUnit: 'valuePerUnitAmount' },
  BudgetForecastCell: { adopted: 'adoptedAmount', deviation: 'deviationAmount' },
  BudgetForecastTotal: { adopted: 'adoptedAmount', deviation: 'deviationAmount' },
  BudgetTakeOut: {
    plannedInternalNetNok: 'plannedInternalNetAmount',
    plannedTakeOutNok: 'plannedTakeOutAmount',
    preProjectRunningCostNok: 'preProjectRunningCostAmount',
    realisedInternalNetNok: 'realisedInternalNetAmount',
    realisedTakeOutNok: 'realisedTakeOutAmount',
  },
  CoFinancingAccountLine: {
    actualNok: 'actualAmount',
    deviationNok: 'deviationAmount',
    plannedNok: 'plannedAmount',
  },
  CoFinancingApplication: { requestedGrant: 'requestedGrantAmount', totalCost: 'totalCostAmount' },
  CoFinancingBenefitLine: { plannedNok: 'plannedAmount', realisedNok: 'realisedAmount' },
  CoFinancingCategoryRules: {
    maxGrant: 'maxGrantAmount',
    maxTotalCost: 'maxTotalCostAmount',
    minTotalCost: 'minTotalCostAmount',
  },
  CoFinancingEligibility: { maxGrant: 'maxGrantAmount', npv: 'npvAmount' },
  CoFinancingRankingRow: {
    budgetKroner: 'budgetAmount',
    npv: 'npvAmount',
    requestedGrant: 'requestedGrantAmount',
    totalCost: 'totalCostAmount',
  },
  CoFinancingReport: {
    coFinancingGrantNok: 'coFinancingGrantAmount',
    totalActualNok: 'totalActualAmount',
    totalPlannedNok: 'totalPlannedAmount',
  },
  ComparedKey: { difference: 'differenceAmount' },
  CreditReissueBasis: { previousTotal: 'previousTotalAmount', total: 'totalAmount' },
  CreditReissueLine: { current: 'currentAmount', difference: 'differenceAmount', previous: 'previousAmount' },
  DigifinGrant: { planned: 'plannedAmount', received: 'receivedAmount' },
  DigifinGrantShareYear: {
    contributedSoFar: 'contributedSoFarAmount',
    fundSoFar: 'fundSoFarAmount',
    grants: 'grantsAmount',
  },
  DigifinMatching: {
    cumulativeLocal: 'cumulativeLocalAmount',
    cumulativeState: 'cumulativeStateAmount',
    surplus: 'surplusAmount',
  },
  DigifinPosition: {
    totalContributed: 'totalContributedAmount',
    totalGrantShare: 'totalGrantShareAmount',
    totalToProjects: 'totalToProjectsAmount',
  },
  DigifinProjectGrant: { planned: 'plannedAmount', received: 'receivedAmount' },
  DigifinTotals: {
    closing: 'closingAmount',
    contributions: 'contributionsAmount',
    grants: 'grantsAmount',
    grantsReceived: 'grantsReceivedAmount',
    local: 'localAmount',
    state: 'stateAmount',
  },
  DigifinYear: {
    closing: 'closingAmount',
    contributions: 'contributionsAmount',
    countyAuthorities: 'countyAuthoritiesAmount',
    cumulativeLocal: 'cumulativeLocalAmount',
    cumulativeState: 'cumulativeStateAmount',
    grants: 'grantsAmount',
    grantsReceived: 'grantsReceivedAmount',
    ks: 'ksAmount',
    local: 'localAmount',
    municipalities: 'municipalitiesAmount',
    opening: 'openingAmount',
    state: 'stateAmount',
  },
  EconomicsYear: {
    actualCostFixedPrices: 'actualCostFixedPricesAmount',
    actualCostNominal: 'actualCostNominalAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    plannedCost: 'plannedCostAmount',
    projectedCost: 'projectedCostAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    residualValue: 'residualValueAmount',
  },
  FundingPlanScheme: {
    actualCost: 'actualCostAmount',
    plannedBalance: 'plannedBalanceAmount',
    plannedCost: 'plannedCostAmount',
    plannedFunding: 'plannedFundingAmount',
    receivedBalance: 'receivedBalanceAmount',
    receivedFunding: 'receivedFundingAmount',
  },
  FundingPlanTotal: {
    actualCost: 'actualCostAmount',
    plannedBalance: 'plannedBalanceAmount',
    plannedCost: 'plannedCostAmount',
    plannedFunding: 'plannedFundingAmount',
    receivedBalance: 'receivedBalanceAmount',
    receivedFunding: 'receivedFundingAmount',
  },
  FundingPlanYear: {
    actualCost: 'actualCostAmount',
    plannedBalance: 'plannedBalanceAmount',
    plannedCost: 'plannedCostAmount',
    plannedFunding: 'plannedFundingAmount',
    receivedBalance: 'receivedBalanceAmount',
    receivedFunding: 'receivedFundingAmount',
  },
  GrantReconciliationLine: {
    actualCostNok: 'actualCostAmount',
    costDeviationNok: 'costDeviationAmount',
    grantDeviationNok: 'grantDeviationAmount',
    grantPlannedNok: 'grantPlannedAmount',
    grantReceivedNok: 'grantReceivedAmount',
    grantUnusedNok: 'grantUnusedAmount',
    grantUsedNok: 'grantUsedAmount',
    plannedCostNok: 'plannedCostAmount',
  },
  Initiative: { preProjectRunningCost: 'preProjectRunningCostAmount', residualValue: 'residualValueAmount' },
  InitiativeEconomics: {
    npv: 'npvAmount',
    presentValueBenefits: 'presentValueBenefitsAmount',
    presentValueCosts: 'presentValueCostsAmount',
    presentValueInvestment: 'presentValueInvestmentAmount',
    presentValueNetPublicSpending: 'presentValueNetPublicSpendingAmount',
    presentValueTaxFinancingCost: 'presentValueTaxFinancingCostAmount',
    projectedRunningCost: 'projectedRunningCostAmount',
    residualValue: 'residualValueAmount',
    totalActualCost: 'totalActualCostAmount',
    totalActualCostFixedPrices: 'totalActualCostFixedPricesAmount',
    totalPlannedBenefitNok: 'totalPlannedBenefitAmount',
    totalPlannedBenefitToDateNok: 'totalPlannedBenefitToDateAmount',
    totalProjectedCost: 'totalProjectedCostAmount',
    totalRealisedBenefitNok: 'totalRealisedBenefitAmount',
  },
  InitiativeFigures: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  InvoiceBasis: { total: 'totalAmount' },
  KeyComparisonGroup: { gainersSum: 'gainersAmount', losersSum: 'losersAmount', net: 'netAmount' },
  KeyComparisonRow: {
    differences: 'differenceAmounts',
    differencesPerInhabitant: 'differencePerInhabitantAmounts',
  },
  LevelNetPosition: {
    allocatedCostNok: 'allocatedCostAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
  },
  LifeEventFigures: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  MinistryFigures: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  NetPositionMatrixCell: {
    costNok: 'costAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  NetTotals: {
    allocatedCostNok: 'allocatedCostAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
    schemePaidNok: 'schemePaidAmount',
  },
  NpvYear: {
    benefit: 'benefitAmount',
    cost: 'costAmount',
    cumulativePresentNet: 'cumulativePresentNetAmount',
    net: 'netAmount',
    presentBenefit: 'presentBenefitAmount',
    presentCost: 'presentCostAmount',
    presentNet: 'presentNetAmount',
    presentTaxFinancingCost: 'presentTaxFinancingCostAmount',
    taxFinancingCost: 'taxFinancingCostAmount',
  },
  OrganisationInitiativePosition: {
    allocatedCostNok: 'allocatedCostAmount',
    grantNok: 'grantAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
  },
  OrganisationNetPosition: {
    allocatedCostNok: 'allocatedCostAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
  },
  OrganisationPosition: {
    allocatedCostNok: 'allocatedCostAmount',
    grantNok: 'grantAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
  },
  OrganisationPositionTotals: {
    allocatedCostNok: 'allocatedCostAmount',
    grantNok: 'grantAmount',
    ownBudgetCostNok: 'ownBudgetCostAmount',
    paidNok: 'paidAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedNetNok: 'plannedNetAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
    realisedNetNok: 'realisedNetAmount',
  },
  PlannedBenefit: { valuePerUnit: 'valuePerUnitAmount' },
  PortfolioSummary: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    plannedBenefitToDateNok: 'plannedBenefitToDateAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  PortfolioYear: {
    actualCostNok: 'actualCostAmount',
    plannedBenefitNok: 'plannedBenefitAmount',
    realisedBenefitNok: 'realisedBenefitAmount',
  },
  Realisation: {
    monetisedPlannedNok: 'monetisedPlannedAmount',
    monetisedRealisedNok: 'monetisedRealisedAmount',
  },
  SchemeNetPosition: { paidNok: 'paidAmount' },
  SensitivityRow: { change: 'changeAmount', npv: 'npvAmount' },
  TakeOutFigures: {
    disBenefitNok: 'disBenefitAmount',
    grossBenefitNok: 'grossBenefitAmount',
    netNok: 'netAmount',
    runningCostIncreaseNok: 'runningCostIncreaseAmount',
    runningCostNok: 'runningCostAmount',
    takeOutNok: 'takeOutAmount',
  },
  YearBenefit: { realisedNok: 'realisedAmount' },
  YearCost: { actual: 'actualAmount', planned: 'plannedAmount' },
};

/**
 * Adds the `…Amount` field of every entry of `MONEY_FIELD_NAMES` to the schema (GraphQLModule's
 * `transformSchema`, run once when the schema is built) and deprecates the old field. The new field is the
 * old one under another name: same type, arguments, description, extensions (complexity) and resolver, so
 * guards, loaders and field middleware run as for the old name; a field without its own resolver reads the
 * old property. Throws when an entry names a missing or non-Money field or a name already taken, so a
 * renamed model cannot leave the table stale. Returns the same schema.
 */
export function renameMoneyFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, names] of Object.entries(MONEY_FIELD_NAMES)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`MONEY_FIELD_NAMES: ${typeName} is not an object type`);
    const fields = type.getFields();
    for (const [oldName, newName] of Object.entries(names)) {
      const old = fields[oldName];
      if (!old || getNamedType(old.type).name !== 'Money')
        throw new Error(`MONEY_FIELD_NAMES: ${typeName}.${oldName} is not a Money field`);
      if (fields[newName]) throw new Error(`MONEY_FIELD_NAMES: ${typeName}.${newName} exists already`);
      const resolveOld = old.resolve ?? defaultFieldResolver;
      const renamed: GraphQLField<unknown, unknown> = {
        ...old,
        name: newName,
        deprecationReason: undefined,
        astNode: undefined,
        resolve: (source, args, context, info) =>
          resolveOld(source, args, context, { ...info, fieldName: oldName }),
      };
      fields[newName] = renamed;
      old.deprecationReason = useAmount(newName);
    }
  }
  return schema;
}

/**
 * Deprecates the old name of every money input field of `MONEY_INPUT_NAMES` with "Use <new name>." (GraphQLModule's
 * `transformSchema`). Done here rather than in the DTO's @Field because Nest drops an input field's
 * deprecation when the field is inherited (CoFinancingApplicationFieldsInput's). Throws when an entry names
 * a missing, non-Money or non-null old field (GraphQL deprecates only a nullable input field) or a missing
 * new one, so the table cannot go stale. Returns the same schema.
 */
export function deprecateOldMoneyInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, names] of Object.entries(MONEY_INPUT_NAMES)) {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type)) throw new Error(`MONEY_INPUT_NAMES: ${typeName} is not an input type`);
    const fields = type.getFields();
    for (const [oldName, { amount }] of Object.entries(names as Record<string, MoneyInputName>)) {
      const old = fields[oldName];
      const renamed = fields[amount];
      for (const field of [old, renamed])
        if (!field || getNamedType(field.type).name !== 'Money' || isNonNullType(field.type))
          throw new Error(
            `MONEY_INPUT_NAMES: ${typeName}.${oldName}/${amount} must be nullable Money fields`,
          );
      old.deprecationReason = useAmount(amount);
    }
  }
  return schema;
}
