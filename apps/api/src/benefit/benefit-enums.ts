import {
  BenefitCategory,
  BenefitStatus,
  EnablerKind,
  IndicatorDirection,
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
registerEnumType(MeasurementFrequency, { name: 'MeasurementFrequency' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(EnablerKind, {
  name: 'EnablerKind',
  description:
    'DELIVERABLE: something the initiative delivers; CHANGE: a change in how an organisation works.',
});
