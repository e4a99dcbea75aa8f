import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum OrganisationSortField {
  NAME = 'NAME',
  ORG_NUMBER = 'ORG_NUMBER',
  MUNICIPALITY_NUMBER = 'MUNICIPALITY_NUMBER',
  KIND = 'KIND',
  POPULATION = 'POPULATION',
}
registerEnumType(OrganisationSortField, {
  name: 'OrganisationSortField',
  description: 'What the organisations list is ordered by.',
  valuesMap: {
    NAME: { description: 'The name.' },
    ORG_NUMBER: { description: 'The nine-digit organisation number.' },
    MUNICIPALITY_NUMBER: { description: 'The four-digit municipality number; none last.' },
    KIND: { description: 'The kind of organisation.' },
    POPULATION: { description: 'The latest population; none last.' },
  },
});

@InputType({ description: 'The order of the organisations list (default: name ascending).' })
export class OrganisationSort extends SortInput(OrganisationSortField, OrganisationSortField.NAME) {}
