/**
 * The API's enums, their translation keys (`enums.<Enum>.<VALUE>` in src/i18n) and react-admin choices.
 * The values come from @gevinst/domain so the UI cannot drift from the API's GraphQL enums.
 */
import {
  AdministrativeLevel,
  AllocationRunStatus,
  AuditActorKind,
  AuditEntityType,
  ApiTokenScope,
  BenefitCategory,
  BenefitStatus,
  COST_SHARING_METHODS,
  CostCategory,
  EnablerKind,
  FundingScheme,
  IndicatorDirection,
  IndicatorKind,
  InitiativePhase,
  LifeEvent,
  MeasurementFrequency,
  OrganisationKind,
  ParticipantRole,
  RagFilter,
  RagStatus,
  RiskLevel,
  Role,
  StatusReportState,
  TargetForecast,
  WEBHOOK_EVENT_TYPES,
  UserKind,
} from '@gevinst/domain';

const CostSharingMethod = Object.fromEntries(COST_SHARING_METHODS.map((method) => [method, method])) as {
  [K in (typeof COST_SHARING_METHODS)[number]]: K;
};

/** Statuses of API tokens (worked out in the admin from expiresAt and revokedAt). */
const TokenStatus = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
/** The funding plan's statuses and the co-financing share's flag (the API's FundingStatus, CoFinancingShareFlag). */
const FundingStatus = { FUNDED: 'FUNDED', UNDERFUNDED: 'UNDERFUNDED', OVERFUNDED: 'OVERFUNDED' } as const;
const CoFinancingShareFlag = {
  WITHIN_CATEGORY_1: 'WITHIN_CATEGORY_1',
  CATEGORY_2_ONLY: 'CATEGORY_2_ONLY',
  ABOVE_CAP: 'ABOVE_CAP',
} as const;
/** How an allocation run resolves a difference with its cost items (the API's AllocationReconciliation). */
const AllocationReconciliation = {
  REQUIRE_EXACT: 'REQUIRE_EXACT',
  SET_COST_ITEM_FROM_KEY: 'SET_COST_ITEM_FROM_KEY',
  ACCEPT_DIFFERENCE: 'ACCEPT_DIFFERENCE',
} as const;

/** The per-organisation view's flags and matrix rows and columns (the API's NetPositionFlag, MatrixPayer, MatrixBeneficiary). */
const NetPositionFlag = {
  PAYS_WITHOUT_BENEFIT: 'PAYS_WITHOUT_BENEFIT',
  BENEFITS_WITHOUT_PAYING: 'BENEFITS_WITHOUT_PAYING',
} as const;
const MatrixPayer = {
  CENTRAL: 'CENTRAL',
  REGIONAL: 'REGIONAL',
  LOCAL: 'LOCAL',
  CO_FINANCING: 'CO_FINANCING',
  DIGIFIN: 'DIGIFIN',
  STIMULAB: 'STIMULAB',
  OTHER: 'OTHER',
  NO_PAYER: 'NO_PAYER',
} as const;
/** Webhook events and delivery statuses (the API's WebhookEventType, WebhookDeliveryStatus). */
const WebhookEventType = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, type])) as {
  [K in (typeof WEBHOOK_EVENT_TYPES)[number]]: K;
};
const WebhookDeliveryStatus = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', FAILED: 'FAILED' } as const;
/** Who used a deprecated part of the schema (the API's DeprecatedUsageClientKind). */
const DeprecatedUsageClientKind = { API_TOKEN: 'API_TOKEN', USER: 'USER' } as const;
const MatrixBeneficiary = {
  CENTRAL: 'CENTRAL',
  REGIONAL: 'REGIONAL',
  LOCAL: 'LOCAL',
  NO_BENEFICIARY: 'NO_BENEFICIARY',
} as const;

export const ENUMS = {
  OrganisationKind,
  AdministrativeLevel,
  LifeEvent,
  InitiativePhase,
  FundingScheme,
  FundingStatus,
  CoFinancingShareFlag,
  ParticipantRole,
  CostCategory,
  CostSharingMethod,
  Role,
  ApiTokenScope,
  UserKind,
  TokenStatus,
  AllocationRunStatus,
  AuditActorKind,
  AuditEntityType,
  AllocationReconciliation,
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  MeasurementFrequency,
  RiskLevel,
  RagStatus,
  RagFilter,
  EnablerKind,
  TargetForecast,
  StatusReportState,
  NetPositionFlag,
  MatrixPayer,
  MatrixBeneficiary,
  WebhookEventType,
  WebhookDeliveryStatus,
  DeprecatedUsageClientKind,
} as const;

export type EnumName = keyof typeof ENUMS;

export interface Choice {
  id: string;
  name: string;
}

/** The translation key for one enum value, e.g. enumLabelKey('InitiativePhase', 'PLANNING'). */
export function enumLabelKey(enumName: EnumName, value: string): string {
  return `enums.${enumName}.${value}`;
}

/** Choices for SelectInput/SelectField/SelectArrayInput; react-admin translates the names. */
export function enumChoices(enumName: EnumName): Choice[] {
  return Object.values(ENUMS[enumName]).map((value: string) => ({
    id: value,
    name: enumLabelKey(enumName, value),
  }));
}
