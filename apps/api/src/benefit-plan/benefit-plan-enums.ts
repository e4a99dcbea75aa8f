import { BenefitPlanStatus, PLAN_FIELDS, PlanChangeKind } from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(BenefitPlanStatus, {
  name: 'BenefitPlanStatus',
  description: "Where a version of an initiative's binding benefits plan is in its life.",
  valuesMap: {
    PROPOSED: { description: "Proposed by the initiative's owner, waiting for the secretariat's decision." },
    APPROVED: {
      description:
        'Approved by the secretariat: the version in force (at most one per initiative), against which realisation is measured.',
    },
    SUPERSEDED: { description: 'Was in force until a later version was approved.' },
    REJECTED: { description: 'Proposed and turned down by the secretariat: never in force.' },
  },
});

registerEnumType(PlanChangeKind, {
  name: 'BenefitPlanChangeKind',
  description: 'How a plan differs from another.',
  valuesMap: {
    BENEFIT_ADDED: { description: 'A benefit the earlier plan does not have.' },
    BENEFIT_REMOVED: { description: 'A benefit of the earlier plan that is gone (deleted).' },
    FIELD_CHANGED: {
      description: 'A planned figure or owner of a benefit in both plans changed (see field).',
    },
  },
});

/** The fields of a planned benefit as a GraphQL enum (libs/domain PLAN_FIELDS). */
export const BenefitPlanField = Object.fromEntries(PLAN_FIELDS.map((f) => [f, f])) as {
  [F in (typeof PLAN_FIELDS)[number]]: F;
};

registerEnumType(BenefitPlanField, {
  name: 'BenefitPlanField',
  description: 'A planned figure or owner of a benefit whose change is a deviation from the plan.',
  valuesMap: {
    title: { description: 'The title.' },
    category: { description: 'The benefit category.' },
    isDisBenefit: { description: 'Whether it is a dis-benefit.' },
    receivingOrganisationId: { description: 'The organisation that receives it (id).' },
    ownerName: { description: "The benefit owner's name." },
    ownerRole: { description: "The benefit owner's role." },
    ownerUserId: { description: "The benefit owner's user account (id)." },
    indicatorName: { description: "The indicator's name." },
    indicatorUnit: { description: "The indicator's unit." },
    direction: { description: 'Which way the indicator is better.' },
    indicatorKind: { description: 'RATE or PERIOD_TOTAL.' },
    baselineValue: { description: 'The baseline value.' },
    baselineDate: { description: 'The baseline date.' },
    effectStart: { description: 'The date the effect can begin.' },
    valuePerUnit: { description: 'NOK per unit of improvement.' },
    cancelled: { description: 'Whether the benefit is cancelled (status CANCELLED): "true" or "false".' },
    target: { description: 'The value planned at targetDate.' },
  },
});
