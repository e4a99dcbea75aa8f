import { AllocationDriverEntity } from '../allocation/allocation-driver.entity.js';
import { AllocationLineEntity } from '../allocation/allocation-line.entity.js';
import { AllocationRunEntity } from '../allocation/allocation-run.entity.js';
import { ApiTokenEntity } from '../api-token/api-token.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { SessionEntity } from '../session/session.entity.js';
import { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { CountyPopulationEntity } from '../county/county-population.entity.js';
import { CountyEntity } from '../county/county.entity.js';
import { FundingSourceEntity } from '../initiative/funding-source.entity.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { ParticipantEntity } from '../initiative/participant.entity.js';
import { OrganisationPopulationEntity } from '../organisation/organisation-population.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { IdentityProviderEntity } from '../oidc/identity-provider.entity.js';
import { BenefitOwnerReportEntity } from '../benefit-report/benefit-owner-report.entity.js';
import { BenefitRiskEntity } from '../benefit/benefit-risk.entity.js';
import { BenefitTargetEntity } from '../benefit/benefit-target.entity.js';
import { BenefitEntity } from '../benefit/benefit.entity.js';
import { BenefitsMapEdgeEntity } from '../benefits-map/benefits-map-edge.entity.js';
import { EnablerEntity } from '../benefits-map/enabler.entity.js';
import { MeasurementEntity } from '../measurement/measurement.entity.js';
import { CoFinancingReportSubmissionEntity } from '../co-financing-report/co-financing-report-submission.entity.js';
import { BenefitPlanVersionEntity } from '../benefit-plan/benefit-plan-version.entity.js';
import { CoFinancingCallEntity } from '../co-financing/co-financing-call.entity.js';
import { CoFinancingApplicationEntity } from '../co-financing/co-financing-application.entity.js';
import { BenefitStatusReportEntity } from '../status-report/benefit-status-report.entity.js';
import { InitiativeStatusReportEntity } from '../status-report/initiative-status-report.entity.js';
import { WebhookDeliveryEntity } from '../webhook/webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from '../webhook/webhook-subscription.entity.js';

/** Every TypeORM entity, listed explicitly. */
export const ENTITIES = [
  CountyEntity,
  CountyPopulationEntity,
  OrganisationEntity,
  OrganisationPopulationEntity,
  InitiativeEntity,
  FundingSourceEntity,
  ParticipantEntity,
  UserEntity,
  IdentityProviderEntity,
  SessionEntity,
  ApiTokenEntity,
  AuditEventEntity,
  CostSharingKeyEntity,
  CostSharingKeyVersionEntity,
  CostItemEntity,
  AllocationDriverEntity,
  AllocationRunEntity,
  AllocationLineEntity,
  BenefitEntity,
  BenefitTargetEntity,
  BenefitRiskEntity,
  MeasurementEntity,
  BenefitOwnerReportEntity,
  EnablerEntity,
  BenefitsMapEdgeEntity,
  CoFinancingReportSubmissionEntity,
  BenefitPlanVersionEntity,
  CoFinancingCallEntity,
  CoFinancingApplicationEntity,
  BenefitStatusReportEntity,
  InitiativeStatusReportEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
];
