import { CoFinancingApplicationStatus, CoFinancingCallStatus, CoFinancingCategory } from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';
import '../graphql/enums.js';

registerEnumType(CoFinancingCategory, {
  name: 'CoFinancingCategory',
  description:
    'The co-financing categories: CATEGORY_1 (projects; 2020–2022 rules: cost 5–50 MNOK, up to 50 %, at most 15 MNOK) and CATEGORY_2 (cross-cutting common solutions: cost up to 100 MNOK, up to 85 %). The limits of a call are in its ruleSet.',
});
registerEnumType(CoFinancingCallStatus, {
  name: 'CoFinancingCallStatus',
  description: 'OPEN: applications may be created and submitted; CLOSED: no longer.',
});
registerEnumType(CoFinancingApplicationStatus, {
  name: 'CoFinancingApplicationStatus',
  description:
    'DRAFT (the owner edits), SUBMITTED (the secretariat assesses and may record exceptions), APPROVED (the grant is in the funding plan) or REJECTED.',
});

/** How a finding counts: an ERROR blocks approval; EXCEPTED is a breach the secretariat accepted with a reason. */
export enum CoFinancingFindingSeverity {
  ERROR = 'ERROR',
  EXCEPTED = 'EXCEPTED',
}
registerEnumType(CoFinancingFindingSeverity, {
  name: 'CoFinancingFindingSeverity',
  description:
    'ERROR: a breach of the rules that blocks approval; EXCEPTED: a breach accepted by the secretariat with a stated reason.',
});
