import {
  BenefitCategory,
  BenefitStatus,
  EnablerKind,
  IndicatorDirection,
  MeasurementFrequency,
  RagFilter,
  RagStatus,
  RiskLevel,
} from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';

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
registerEnumType(MeasurementFrequency, { name: 'MeasurementFrequency' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(RagStatus, {
  name: 'RagStatus',
  description: 'GREEN: at least 90 % of the planned improvement to date; AMBER: at least 60 %; RED: less.',
});
registerEnumType(RagFilter, {
  name: 'RagFilter',
  description: "An initiative's overall RAG status to filter by; NOT_ASSESSED: no benefit assessed yet.",
});
registerEnumType(EnablerKind, {
  name: 'EnablerKind',
  description:
    'DELIVERABLE: something the initiative delivers; CHANGE: a change in how an organisation works.',
});
