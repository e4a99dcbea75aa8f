import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum OrganisationSortField {
  NAME = 'NAME',
  ORG_NUMBER = 'ORG_NUMBER',
  MUNICIPALITY_NUMBER = 'MUNICIPALITY_NUMBER',
  KIND = 'KIND',
  POPULATION = 'POPULATION',
}
registerEnumType(OrganisationSortField, { name: 'OrganisationSortField' });

@InputType()
export class OrganisationSort extends SortInput(OrganisationSortField, OrganisationSortField.NAME) {}
