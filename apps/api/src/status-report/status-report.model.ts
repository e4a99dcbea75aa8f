import { RagStatus, StatusReportState, TargetForecast } from '@gevinst/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { VersionedModel } from '../common/versioned-model.js';
import './status-report-enums.js';

@ObjectType('BenefitStatusReport', {
  description:
    "The benefit owner's status report for one reporting period of a benefit (by its measurement frequency): the owner's RAG judgement beside the computed one, the cause of a deviation, the corrective action, who is responsible, the next review and the forecast for the next target. One per benefit and period; docs/status-reports.md.",
})
export class BenefitStatusReportModel extends VersionedModel {
  @Field(() => ID, { description: "The benefit status report's id." })
  id!: string;

  benefitId!: string;

  @Field(() => LocalDateScalar, { description: 'The first day of the reporting period.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the reporting period.' })
  periodEnd!: string;

  @Field(() => RagStatus, { description: "The benefit owner's own RAG judgement." })
  ownerRag!: RagStatus;

  @Field(() => RagStatus, {
    nullable: true,
    description:
      "The RAG status Gevinst computed from the plan and the measurements at the period's end (or on the day of writing, if earlier), when the report was written; null: not assessed (no measurement yet).",
  })
  computedRag!: RagStatus | null;

  @Field({ description: 'The cause of the deviation; empty when there is none.' })
  cause!: string;

  @Field({ description: 'The corrective action; empty when there is no deviation.' })
  correctiveAction!: string;

  @Field({ description: 'The person responsible for the action; empty when there is no deviation.' })
  responsible!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date of the next review; null: not set.',
  })
  nextReview!: string | null;

  @Field(() => TargetForecast, { description: 'Whether the next target will be met.' })
  forecast!: TargetForecast;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The date of the next target after the period (the one the forecast is about); null: the benefit's targets all lie before.",
  })
  forecastTargetDate!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The value the owner now expects at the next target, in the indicator's unit (AT_RISK, NOT_MET); null: not given.",
  })
  forecastValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Who wrote the report (the latest version).' })
  reportedByName!: string | null;

  reportedByOrganisationId!: string | null;
}

@ObjectType('InitiativeStatusReport', {
  description:
    "The initiative owner's period status for one quarter: overall RAG, a short summary, the top risks and the decisions needed from the ministry. One per initiative and quarter; docs/status-reports.md.",
})
export class InitiativeStatusReportModel extends VersionedModel {
  @Field(() => ID, { description: "The initiative status report's id." })
  id!: string;

  initiativeId!: string;

  @Field(() => LocalDateScalar, { description: 'The first day of the quarter.' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the quarter.' })
  periodEnd!: string;

  @Field(() => RagStatus, { description: "The owner's overall RAG judgement of the initiative." })
  overallRag!: RagStatus;

  @Field({ description: 'What happened in the period, in a few sentences.' })
  summary!: string;

  @Field({ description: 'The most important risks now; empty: none stated.' })
  topRisks!: string;

  @Field({ description: 'Decisions needed from the ministry; empty: none.' })
  decisionsNeeded!: string;

  @Field(() => String, { nullable: true, description: 'Who wrote the period status (the latest version).' })
  reportedByName!: string | null;

  reportedByOrganisationId!: string | null;
}

@ObjectType('StatusReportDue', {
  description: 'Where a benefit stands with its status reports on a date (libs/domain statusReportDue).',
})
export class StatusReportDueModel {
  @Field(() => StatusReportState, { description: "The report's state." })
  state!: StatusReportState;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'OVERDUE, DUE: the first day of the period not reported; UP_TO_DATE: of the next period to report; else null.',
  })
  periodStart!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of that period.' })
  periodEnd!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "That period's due date: the last day of the month after the period ends.",
  })
  dueDate!: string | null;
}

@ObjectType('StatusReportDeadline', {
  description: 'A benefit whose status report is due or overdue, with its initiative.',
})
export class StatusReportDeadlineModel extends StatusReportDueModel {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field({ description: "The benefit's title." })
  benefitTitle!: string;

  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field({ description: "The initiative's code." })
  initiativeCode!: string;

  @Field({ description: "The initiative's name." })
  initiativeName!: string;
}

@ObjectType('InitiativeStatusOverview', {
  description:
    "An initiative's status reporting at a glance (the portfolio dashboard's behind-plan table): its latest benefit status report that gives a cause, its latest period status, and how many benefit reports are overdue.",
})
export class InitiativeStatusOverviewModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => BenefitStatusReportModel, {
    nullable: true,
    description:
      "The latest status report of the initiative's benefits that gives a cause of deviation (latest period end, then the owner's most severe RAG, then latest written); null: none.",
  })
  latestCause!: BenefitStatusReportModel | null;

  @Field(() => InitiativeStatusReportModel, {
    nullable: true,
    description: 'The latest period status of the initiative; null: none.',
  })
  latestPeriodStatus!: InitiativeStatusReportModel | null;

  @Field(() => Int, { description: 'How many of its benefits have an overdue status report today.' })
  overdueCount!: number;
}
