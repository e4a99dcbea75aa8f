/**
 * Codes the API hands out as GraphQL enums (issue 19): each value here is a wire value of the schema, so
 * clients read a closed, documented set instead of a free String. The words for each value live with the
 * enum's registration in apps/api/src/graphql/enums.ts (description) and in the admin's catalogues (label).
 */
import { CO_FINANCING_FINDING_CODES, type CoFinancingFindingCode } from './co-financing';
import { COST_SHARING_METHODS, type CostSharingMethod } from './cost-sharing';

/** Whether an allocation run is the year's current one or was replaced by a newer run. */
export enum AllocationRunStatus {
  CURRENT = 'CURRENT',
  SUPERSEDED = 'SUPERSEDED',
}

/** Who made a change in the audit trail: a signed-in user, an API token, or Gevinst itself. */
export enum AuditActorKind {
  USER = 'USER',
  API_TOKEN = 'API_TOKEN',
  SYSTEM = 'SYSTEM',
}

/**
 * The kinds of entity the audit trail records. The values are the type names the trail has always stored
 * (PascalCase), kept as they are so stored events and existing clients read the same values.
 */
export enum AuditEntityType {
  Initiative = 'Initiative',
  Organisation = 'Organisation',
  CostSharingKey = 'CostSharingKey',
  CostItem = 'CostItem',
  AllocationRun = 'AllocationRun',
  Benefit = 'Benefit',
  BenefitMeasurement = 'BenefitMeasurement',
  BenefitOwnerReport = 'BenefitOwnerReport',
  BenefitPlanVersion = 'BenefitPlanVersion',
  BenefitStatusReport = 'BenefitStatusReport',
  InitiativeStatusReport = 'InitiativeStatusReport',
  Enabler = 'Enabler',
  BenefitsMapEdge = 'BenefitsMapEdge',
  CoFinancingCall = 'CoFinancingCall',
  CoFinancingApplication = 'CoFinancingApplication',
  OrganisationPopulation = 'OrganisationPopulation',
  PriceIndex = 'PriceIndex',
  User = 'User',
  ApiToken = 'ApiToken',
  Session = 'Session',
  Database = 'Database',
  Access = 'Access',
}

/** The cost-sharing methods as an enum-shaped object (value = name), for GraphQL and form choices. */
export const CostSharingMethodCode = Object.fromEntries(
  COST_SHARING_METHODS.map((method) => [method, method]),
) as { [K in CostSharingMethod]: K };

/** The co-financing finding codes as an enum-shaped object (value = name), for GraphQL. */
export const CoFinancingFindingCodeEnum = Object.fromEntries(
  CO_FINANCING_FINDING_CODES.map((code) => [code, code]),
) as { [K in CoFinancingFindingCode]: K };
