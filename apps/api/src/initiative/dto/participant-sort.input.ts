import { InputType, registerEnumType } from '@nestjs/graphql';
import { SortInput } from '../../common/sorting.js';

export enum ParticipantSortField {
  ORGANISATION = 'ORGANISATION',
  ROLE = 'ROLE',
  ADMINISTRATIVE_LEVEL = 'ADMINISTRATIVE_LEVEL',
  POPULATION = 'POPULATION',
  ADDED = 'ADDED',
}
registerEnumType(ParticipantSortField, {
  name: 'ParticipantSortField',
  valuesMap: {
    ORGANISATION: { description: "The organisation's name." },
    POPULATION: { description: "The organisation's latest population." },
  },
});

@InputType()
export class ParticipantSort extends SortInput(ParticipantSortField, ParticipantSortField.ORGANISATION) {}
