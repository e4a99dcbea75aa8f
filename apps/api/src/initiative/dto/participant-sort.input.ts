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
  description: 'What the participants list is ordered by.',
  valuesMap: {
    ROLE: { description: 'The role in the initiative.' },
    ADMINISTRATIVE_LEVEL: {
      description: "The organisation's administrative level, in the order central, regional, local.",
    },
    ADDED: { description: 'When the participant was added.' },
    ORGANISATION: { description: "The organisation's name." },
    POPULATION: { description: "The organisation's latest population." },
  },
});

@InputType({ description: 'The order of the participants list (default: organisation name ascending).' })
export class ParticipantSort extends SortInput(ParticipantSortField, ParticipantSortField.ORGANISATION) {}
