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
 * The money fields that were named otherwise than `…Amount` (`…Nok`, `…Cost`, `total`, `npv`, …), per object
 * type (issue 19: one naming pattern for money, docs/api-changes.md). Each gets the name `amountNameOf`
 * gives it: `…Nok` becomes `…Amount`, any other name gets `Amount` added, and the few names that read
 * badly that way are in AMOUNT_NAME_EXCEPTIONS. `renameMoneyFields` adds each new name next to the old
 * one; the old name stays, deprecated with "Use <new name>.". A new money field is named `…Amount` from
 * the start (the schema-contract e2e test fails otherwise) and does not belong here.
 */
/** The money fields every portfolio breakdown row carries (by level, initiative, life event, ministry). */
const PORTFOLIO_FIGURES = [
  'actualCostNok',
  'plannedBenefitNok',
  'plannedBenefitToDateNok',
  'realisedBenefitNok',
];

/** The money fields of a funding plan's rows, per scheme, per year and in total. */
const FUNDING_PLAN_FIGURES = [
  'actualCost',
  'plannedBalance',
  'plannedCost',
  'plannedFunding',
  'receivedBalance',
  'receivedFunding',
];

/** The money fields of an organisation's net position (per organisation and per administrative level). */
const NET_POSITION_FIGURES = [
  'allocatedCostNok',
  'ownBudgetCostNok',
  'paidNok',
  'plannedBenefitNok',
  'plannedNetNok',
  'realisedBenefitNok',
  'realisedNetNok',
];

/** An organisation position's money fields: the net position's and the grant. */
const POSITION_FIGURES = [...NET_POSITION_FIGURES, 'grantNok'];

const MONEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  AdministrativeLevelFigures: PORTFOLIO_FIGURES,
  AllocationPreview: ['difference'],
  AllocationRun: ['difference'],
  Benefit: ['valuePerUnit'],
  BudgetForecastCell: ['adopted', 'deviation'],
  BudgetForecastTotal: ['adopted', 'deviation'],
  BudgetTakeOut: [
    'plannedInternalNetNok',
    'plannedTakeOutNok',
    'preProjectRunningCostNok',
    'realisedInternalNetNok',
    'realisedTakeOutNok',
  ],
  CoFinancingAccountLine: ['actualNok', 'deviationNok', 'plannedNok'],
  CoFinancingApplication: ['requestedGrant', 'totalCost'],
  CoFinancingBenefitLine: ['plannedNok', 'realisedNok'],
  CoFinancingCategoryRules: ['maxGrant', 'maxTotalCost', 'minTotalCost'],
  CoFinancingEligibility: ['maxGrant', 'npv'],
  CoFinancingRankingRow: ['budgetKroner', 'npv', 'requestedGrant', 'totalCost'],
  CoFinancingReport: ['coFinancingGrantNok', 'totalActualNok', 'totalPlannedNok'],
  ComparedKey: ['difference'],
  CreditReissueBasis: ['previousTotal', 'total'],
  CreditReissueLine: ['current', 'difference', 'previous'],
  DigifinGrant: ['planned', 'received'],
  DigifinGrantShareYear: ['contributedSoFar', 'fundSoFar', 'grants'],
  DigifinMatching: ['cumulativeLocal', 'cumulativeState', 'surplus'],
  DigifinPosition: ['totalContributed', 'totalGrantShare', 'totalToProjects'],
  DigifinProjectGrant: ['planned', 'received'],
  DigifinTotals: ['closing', 'contributions', 'grants', 'grantsReceived', 'local', 'state'],
  DigifinYear: [
    'closing',
    'contributions',
    'countyAuthorities',
    'cumulativeLocal',
    'cumulativeState',
    'grants',
    'grantsReceived',
    'ks',
    'local',
    'municipalities',
    'opening',
    'state',
  ],
  EconomicsYear: [
    'actualCostFixedPrices',
    'actualCostNominal',
    'plannedBenefitNok',
    'plannedBenefitToDateNok',
    'plannedCost',
    'projectedCost',
    'realisedBenefitNok',
    'residualValue',
  ],
  FundingPlanScheme: FUNDING_PLAN_FIGURES,
  FundingPlanTotal: FUNDING_PLAN_FIGURES,
  FundingPlanYear: FUNDING_PLAN_FIGURES,
  GrantReconciliationLine: [
    'actualCostNok',
    'costDeviationNok',
    'grantDeviationNok',
    'grantPlannedNok',
    'grantReceivedNok',
    'grantUnusedNok',
    'grantUsedNok',
    'plannedCostNok',
  ],
  Initiative: ['preProjectRunningCost', 'residualValue'],
  InitiativeEconomics: [
    'npv',
    'presentValueBenefits',
    'presentValueCosts',
    'presentValueInvestment',
    'presentValueNetPublicSpending',
    'presentValueTaxFinancingCost',
    'projectedRunningCost',
    'residualValue',
    'totalActualCost',
    'totalActualCostFixedPrices',
    'totalPlannedBenefitNok',
    'totalPlannedBenefitToDateNok',
    'totalProjectedCost',
    'totalRealisedBenefitNok',
  ],
  InitiativeFigures: PORTFOLIO_FIGURES,
  InvoiceBasis: ['total'],
  KeyComparisonGroup: ['gainersSum', 'losersSum', 'net'],
  KeyComparisonRow: ['differences', 'differencesPerInhabitant'],
  LevelNetPosition: NET_POSITION_FIGURES,
  LifeEventFigures: PORTFOLIO_FIGURES,
  MinistryFigures: PORTFOLIO_FIGURES,
  NetPositionMatrixCell: ['costNok', 'plannedBenefitNok', 'realisedBenefitNok'],
  NetTotals: [
    'allocatedCostNok',
    'ownBudgetCostNok',
    'paidNok',
    'plannedBenefitNok',
    'plannedNetNok',
    'realisedBenefitNok',
    'realisedNetNok',
    'schemePaidNok',
  ],
  NpvYear: [
    'benefit',
    'cost',
    'cumulativePresentNet',
    'net',
    'presentBenefit',
    'presentCost',
    'presentNet',
    'presentTaxFinancingCost',
    'taxFinancingCost',
  ],
  OrganisationInitiativePosition: POSITION_FIGURES,
  OrganisationNetPosition: NET_POSITION_FIGURES,
  OrganisationPosition: POSITION_FIGURES,
  OrganisationPositionTotals: POSITION_FIGURES,
  PlannedBenefit: ['valuePerUnit'],
  PortfolioSummary: PORTFOLIO_FIGURES,
  PortfolioYear: ['actualCostNok', 'plannedBenefitNok', 'realisedBenefitNok'],
  Realisation: ['monetisedPlannedNok', 'monetisedRealisedNok'],
  SchemeNetPosition: ['paidNok'],
  SensitivityRow: ['change', 'npv'],
  TakeOutFigures: [
    'disBenefitNok',
    'grossBenefitNok',
    'netNok',
    'runningCostIncreaseNok',
    'runningCostNok',
    'takeOutNok',
  ],
  YearBenefit: ['realisedNok'],
  YearCost: ['actual', 'planned'],
};

/** Names the rule of `amountNameOf` would make awkward; a list of money is named `…Amounts`. */
const AMOUNT_NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  budgetKroner: 'budgetAmount',
  gainersSum: 'gainersAmount',
  losersSum: 'losersAmount',
  differences: 'differenceAmounts',
  differencesPerInhabitant: 'differencePerInhabitantAmounts',
};

/** The `…Amount` name of an old money field name. */
export function amountNameOf(oldName: string): string {
  return (
    AMOUNT_NAME_EXCEPTIONS[oldName] ??
    (oldName.endsWith('Nok') ? `${oldName.slice(0, -3)}Amount` : `${oldName}Amount`)
  );
}

/** Per object type: old name → new `…Amount` name, for every field of MONEY_FIELDS. */
export const MONEY_FIELD_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> =
  Object.fromEntries(
    Object.entries(MONEY_FIELDS).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(fields.map((field) => [field, amountNameOf(field)])),
    ]),
  );

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
