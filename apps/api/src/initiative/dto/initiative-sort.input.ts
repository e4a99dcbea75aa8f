import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum InitiativeSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  PHASE = 'PHASE',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
  PLANNED_BENEFIT = 'PLANNED_BENEFIT',
  PLANNED_BENEFIT_TO_DATE = 'PLANNED_BENEFIT_TO_DATE',
  REALISED_BENEFIT = 'REALISED_BENEFIT',
  REALISATION_PERCENT = 'REALISATION_PERCENT',
}
registerEnumType(InitiativeSortField, {
  name: 'InitiativeSortField',
  description: 'What the initiatives list is ordered by (then by code and id, in the same direction).',
  valuesMap: {
    CODE: { description: 'The code.' },
    NAME: { description: 'The name.' },
    PHASE: { description: 'The phase, in the order of the life cycle (concept first).' },
    START_DATE: { description: 'The start date; none last.' },
    UPDATED_AT: { description: 'When it was last changed.' },
    PLANNED_BENEFIT: {
      description:
        'Initiative.figures.plannedBenefitNok: planned monetised benefits over its analysis period.',
    },
    PLANNED_BENEFIT_TO_DATE: {
      description: 'Initiative.figures.plannedBenefitToDateNok: planned monetised benefits up to today.',
    },
    REALISED_BENEFIT: {
      description: 'Initiative.figures.realisedBenefitNok: realised monetised benefits up to today.',
    },
    REALISATION_PERCENT: {
      description:
        'Initiative.figures.realisationPercent: realised ÷ planned to date; initiatives with nothing planned to date last.',
    },
  },
});

/** The sort fields computed by portfolio analytics (Initiative.figures), not stored in a column. */
export const FIGURE_SORT_FIELDS = {
  [InitiativeSortField.PLANNED_BENEFIT]: 'plannedBenefitNok',
  [InitiativeSortField.PLANNED_BENEFIT_TO_DATE]: 'plannedBenefitToDateNok',
  [InitiativeSortField.REALISED_BENEFIT]: 'realisedBenefitNok',
  [InitiativeSortField.REALISATION_PERCENT]: 'realisationPercent',
} as const;
export type FigureSortField = keyof typeof FIGURE_SORT_FIELDS;

export function isFigureSortField(field: InitiativeSortField | undefined): field is FigureSortField {
  return field !== undefined && field in FIGURE_SORT_FIELDS;
}

@InputType({ description: 'The order of the initiatives list (default: code ascending).' })
export class InitiativeSort extends SortInput(InitiativeSortField, InitiativeSortField.CODE) {}
