import {
  CoFinancingApplicationStatus,
  CoFinancingCallStatus,
  CoFinancingCategory,
  CoFinancingFindingCodeEnum,
} from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';
import '../graphql/enums.js';

registerEnumType(CoFinancingCategory, {
  name: 'CoFinancingCategory',
  description:
    'The co-financing categories: CATEGORY_1 (projects; 2020–2022 rules: cost 5–50 MNOK, up to 50 %, at most 15 MNOK) and CATEGORY_2 (cross-cutting common solutions: cost up to 100 MNOK, up to 85 %). The limits of a call are in its ruleSet.',
  valuesMap: {
    CATEGORY_1: { description: "Category 1: projects; the limits are in the call's ruleSet." },
    CATEGORY_2: {
      description: "Category 2: a cross-cutting common solution; the limits are in the call's ruleSet.",
    },
  },
});
registerEnumType(CoFinancingCallStatus, {
  name: 'CoFinancingCallStatus',
  description: 'OPEN: applications may be created and submitted; CLOSED: no longer.',
  valuesMap: {
    OPEN: { description: 'Applications may be created and submitted.' },
    CLOSED: { description: 'No new applications or submissions.' },
  },
});
registerEnumType(CoFinancingApplicationStatus, {
  name: 'CoFinancingApplicationStatus',
  description:
    'DRAFT (the owner edits), SUBMITTED (the secretariat assesses and may record exceptions), APPROVED (the grant is in the funding plan) or REJECTED.',
  valuesMap: {
    DRAFT: { description: 'Being written; the owner edits it.' },
    SUBMITTED: { description: 'Submitted; the secretariat assesses it and may record exceptions.' },
    APPROVED: { description: 'Approved; the grant is in the funding plan.' },
    REJECTED: { description: 'Rejected.' },
  },
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
  valuesMap: {
    ERROR: { description: 'A breach of the rules that blocks approval.' },
    EXCEPTED: {
      description: 'A breach the secretariat accepted with a stated reason; does not block approval.',
    },
  },
});
registerEnumType(CoFinancingFindingCodeEnum, {
  name: 'CoFinancingFindingCode',
  description:
    'A rule of the co-financing mechanism an application breaks (each is also a message code of the error catalogue).',
  valuesMap: {
    MEDFIN_APPLICANT_KIND: { description: 'The applicant is not a state agency.' },
    MEDFIN_LOCAL_ONLY_PARTNER: {
      description: 'Municipalities and county authorities take part only as partners.',
    },
    MEDFIN_COST_BELOW_MIN: { description: "The total cost is below the category's minimum." },
    MEDFIN_COST_ABOVE_MAX: { description: "The total cost is above the category's maximum." },
    MEDFIN_GRANT_ABOVE_SHARE: {
      description: 'The grant covers a larger share of the cost than the category allows.',
    },
    MEDFIN_GRANT_ABOVE_CAP: { description: "The grant is above the category's cap." },
    MEDFIN_KS_NOT_CONSULTED: { description: 'Local government takes part, but KS has not been consulted.' },
    MEDFIN_NOT_PROFITABLE: {
      description: 'The net present value is negative (not socio-economically profitable).',
    },
    MEDFIN_NPV_UNKNOWN: { description: 'The net present value cannot be computed from the data given.' },
  },
});
