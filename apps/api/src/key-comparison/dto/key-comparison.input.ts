import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { KeySpecInput } from '../../cost-sharing-key/dto/key-spec.input.js';

/** What the rows of a key comparison are ordered by. */
export enum KeyComparisonSortField {
  NAME = 'NAME',
  POPULATION = 'POPULATION',
  AMOUNT = 'AMOUNT',
  DIFFERENCE = 'DIFFERENCE',
  DIFFERENCE_PER_INHABITANT = 'DIFFERENCE_PER_INHABITANT',
}

registerEnumType(KeyComparisonSortField, {
  name: 'KeyComparisonSortField',
  description: 'What the rows of a key comparison are ordered by.',
  valuesMap: {
    NAME: { description: 'The organisation’s name.' },
    POPULATION: { description: 'Inhabitants in the comparison’s population year (none last).' },
    AMOUNT: { description: 'The amount under the key `keyIndex`.' },
    DIFFERENCE: { description: 'The difference from the reference key under the key `keyIndex`.' },
    DIFFERENCE_PER_INHABITANT: {
      description: 'The difference per inhabitant under the key `keyIndex` (none last).',
    },
  },
});

@InputType({
  description: 'A key drafted for the comparison only: validated as when a key is created, stored nowhere.',
})
export class KeyComparisonDraftInput {
  @Field({ description: 'What the draft is called in the comparison (required, at most 300 characters).' })
  name!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    deprecationReason: 'Use keySpec (typed); spec is JSON without a schema.',
    description:
      'The key specification as JSON, as for createCostSharingKey; errors name draftKeys[i].spec.<path>. Give keySpec instead.',
  })
  spec?: Record<string, unknown> | null;

  @Field(() => KeySpecInput, {
    nullable: true,
    description:
      'The key specification, typed (as createCostSharingKey’s keySpec); errors name draftKeys[i].keySpec.<path>. Give this or the deprecated spec, exactly one.',
  })
  keySpec?: KeySpecInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Population year for the population driver (default: the cost year).',
  })
  populationYear?: number | null;
}

@InputType({ description: 'How the rows of a key comparison are ordered.' })
export class KeyComparisonSortInput {
  @Field(() => KeyComparisonSortField, {
    description: 'What the rows are ordered by (default DIFFERENCE).',
    defaultValue: KeyComparisonSortField.DIFFERENCE,
  })
  field: KeyComparisonSortField = KeyComparisonSortField.DIFFERENCE;

  @Field(() => Int, {
    nullable: true,
    description:
      'The key whose amount or difference orders the rows (its position in the comparison); default the first key that is not the reference.',
  })
  keyIndex?: number | null;

  @Field(() => SortDirection, {
    description: 'The direction (default ASC).',
    defaultValue: SortDirection.ASC,
  })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({
  description:
    'Two to five cost-sharing keys (existing keys first, in the order given, then the drafts) applied to the same initiative’s cost items of a year.',
})
export class KeyComparisonInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, { description: 'The cost year whose cost items are allocated.' })
  year!: number;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'Existing keys of the initiative: owned by its owner organisation, the initiative’s own key or a key of one of the year’s cost items (their current versions).',
  })
  keyIds: string[] = [];

  @Field(() => [KeyComparisonDraftInput], {
    defaultValue: [],
    description: 'Keys drafted for the comparison.',
  })
  draftKeys: KeyComparisonDraftInput[] = [];

  @Field(() => Int, {
    defaultValue: 0,
    description: 'The position (from 0, existing keys first, then drafts) of the reference key.',
  })
  referenceIndex: number = 0;

  @Field(() => Int, {
    nullable: true,
    description:
      'The population year every key reads (and the inhabitants of the amounts per inhabitant). Left out: each key its own population year (else the cost year), as a run does; the amounts per inhabitant then use the reference key’s.',
  })
  populationYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s row.' })
  organisationId?: string | null;

  @Field(() => KeyComparisonSortInput, {
    description:
      'The order of the rows; default: by DIFFERENCE under the first key that is not the reference, ascending.',
    nullable: true,
  })
  sort?: KeyComparisonSortInput | null;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip (0 or more).' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50, description: 'Rows per page, from 1 to the page size limit.' })
  limit: number = 50;
}
