import {
  BenefitCategory,
  BenefitStatus,
  EnablerKind,
  IndicatorDirection,
  IndicatorKind,
  MeasurementFrequency,
  RiskLevel,
} from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';
// RagStatus and RagFilter are registered there: initiatives are filtered by RAG too, and initiative/ is below benefit/.
import '../graphql/enums.js';

registerEnumType(BenefitCategory, {
  name: 'BenefitCategory',
  description:
    'The categories of the co-financing benefits plan: budget-releasing in the receiving agency, freed capacity, monetised elsewhere in the public sector, non-monetised, and for citizens and business.',
  valuesMap: {
    BUDGET_RELEASING: {
      description:
        "Cash-releasing effect in the receiving agency's own budget; can be taken out as a budget cut.",
    },
    FREED_CAPACITY: {
      description:
        'Freed capacity in the agency, used for other tasks: not cash-releasing, time savings valued in NOK.',
    },
    OTHER_PUBLIC_SECTOR: {
      description: 'Monetised benefits elsewhere in the public sector (another agency, a municipality).',
    },
    NON_MONETISED: {
      description: 'Effects followed by an indicator but not valued in NOK (quality, user satisfaction).',
    },
    CITIZENS_AND_BUSINESS: {
      description:
        'Benefits for citizens and businesses (time saved, fewer errors), monetised where possible.',
    },
  },
});
registerEnumType(BenefitStatus, {
  name: 'BenefitStatus',
  description: 'Where a benefit is in its life cycle.',
  valuesMap: {
    IDENTIFIED: { description: 'Identified, not yet planned.' },
    PLANNED: { description: 'Planned, not yet being realised.' },
    IN_REALISATION: { description: 'Being realised and measured.' },
    REALISED: { description: 'Realised.' },
    NOT_REALISED: { description: 'Not realised: the benefit did not come.' },
    CANCELLED: { description: 'Cancelled: counts nothing in the benefit figures.' },
  },
});
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description:
    'Which way the indicator is better: INCREASE (higher is better) or DECREASE (lower is better).',
  valuesMap: {
    INCREASE: { description: 'Higher values are better.' },
    DECREASE: { description: 'Lower values are better.' },
  },
});
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: "How the indicator's values turn into NOK a year.",
  valuesMap: {
    RATE: {
      description:
        'An annual rate or a level at a moment (hours saved a year, active users): a year is valued at the time-weighted average improvement over the year × value per unit.',
    },
    PERIOD_TOTAL: {
      description:
        "The total for the calendar year ending at the value's date (cases handled in the year): a year is valued at its total — the plan on 31 December, the measurement dated in the year — × value per unit.",
    },
  },
});
registerEnumType(MeasurementFrequency, {
  name: 'MeasurementFrequency',
  description: "How often a benefit's indicator is to be measured.",
  valuesMap: {
    MONTHLY: { description: 'Every month.' },
    QUARTERLY: { description: 'Every quarter.' },
    HALF_YEARLY: { description: 'Every half year.' },
    YEARLY: { description: 'Every year.' },
    ONCE: { description: 'Once.' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'A level of a benefit risk: its likelihood or its impact.',
  valuesMap: {
    LOW: { description: 'Low.' },
    MEDIUM: { description: 'Medium.' },
    HIGH: { description: 'High.' },
  },
});
registerEnumType(EnablerKind, {
  name: 'EnablerKind',
  description:
    'DELIVERABLE: something the initiative delivers; CHANGE: a change in how an organisation works.',
  valuesMap: {
    DELIVERABLE: { description: 'Something the initiative delivers (a system, a service).' },
    CHANGE: { description: 'A change in how an organisation works.' },
  },
});
