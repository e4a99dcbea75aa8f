import { StatusReportState, TargetForecast } from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';
// RagStatus is registered there.
import '../graphql/enums.js';

registerEnumType(TargetForecast, {
  name: 'TargetForecast',
  description: "Whether the benefit will reach its next target, in the benefit owner's judgement.",
  valuesMap: {
    MET: { description: 'The next target will be met.' },
    AT_RISK: { description: 'The next target may be missed (a revised value may be given).' },
    NOT_MET: { description: 'The next target will be missed (the revised value is given).' },
  },
});
registerEnumType(StatusReportState, {
  name: 'StatusReportState',
  description:
    'Where a benefit stands with its status reports on a date (periods and due dates: docs/status-reports.md).',
  valuesMap: {
    NOT_REQUIRED: {
      description:
        'No report is owed: the benefit is not planned or being realised, its initiative is closed, or (measured once) it has no target.',
    },
    UP_TO_DATE: { description: 'The latest period that has ended is reported, or none has ended yet.' },
    DUE: { description: 'The latest period that has ended is not reported; its due date has not passed.' },
    OVERDUE: { description: 'The latest period whose due date has passed is not reported.' },
  },
});
