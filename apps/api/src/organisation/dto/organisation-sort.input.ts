import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/sort-direction.enum.js';

export enum OrganisationSortField {
  NAME = 'NAME',
  ORG_NUMBER = 'ORG_NUMBER',
  MUNICIPALITY_NUMBER = 'MUNICIPALITY_NUMBER',
  KIND = 'KIND',
  POPULATION = 'POPULATION',
}
registerEnumType(OrganisationSortField, { name: 'OrganisationSortField' });

@InputType()
export class OrganisationSort {
  @Field(() => OrganisationSortField, { defaultValue: OrganisationSortField.NAME })
  field: OrganisationSortField = OrganisationSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
