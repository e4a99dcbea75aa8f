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
});
registerEnumType(BenefitStatus, { name: 'BenefitStatus' });
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description:
    'Which way the indicator is better: INCREASE (higher is better) or DECREASE (lower is better).',
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
registerEnumType(MeasurementFrequency, { name: 'MeasurementFrequency' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(EnablerKind, {
  name: 'EnablerKind',
  description:
    'DELIVERABLE: something the initiative delivers; CHANGE: a change in how an organisation works.',
});
