import { CoFinancingApplicationStatus, CoFinancingCategory } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import '../co-financing-enums.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({
  description:
    'Which rows of a call’s ranking to list; callId is required, every other field narrows the list.',
})
export class CoFinancingRankingFilter {
  @Field(() => ID, { nullable: true, description: "The co-financing call's id (required)." })
  callId?: string;

  @Field(() => CoFinancingCategory, {
    nullable: true,
    description: 'Only the applications of this category.',
  })
  category?: CoFinancingCategory;

  @Field(() => CoFinancingApplicationStatus, {
    nullable: true,
    description: 'Only the applications with this status.',
  })
  status?: CoFinancingApplicationStatus;
}

export enum CoFinancingRankingSortField {
  RANK = 'RANK',
  INITIATIVE_CODE = 'INITIATIVE_CODE',
  INITIATIVE_NAME = 'INITIATIVE_NAME',
  APPLICANT_NAME = 'APPLICANT_NAME',
}
registerEnumType(CoFinancingRankingSortField, {
  name: 'CoFinancingRankingSortField',
  description: 'What the ranking is ordered by (ties: by rank).',
  valuesMap: {
    RANK: { description: 'The rank in the whole call (1: highest NPV per budget krone).' },
    INITIATIVE_CODE: { description: "The initiative's code." },
    INITIATIVE_NAME: { description: "The initiative's name." },
    APPLICANT_NAME: { description: 'The applying agency.' },
  },
});

@InputType({ description: 'The order of the ranking (default: by rank).' })
export class CoFinancingRankingSort extends SortInput(
  CoFinancingRankingSortField,
  CoFinancingRankingSortField.RANK,
) {}

@ArgsType()
export class CoFinancingRankingArgs extends ListWindowArgs {
  @Field(() => CoFinancingRankingFilter, { nullable: true, description: 'Which rows (replaces callId).' })
  filter?: CoFinancingRankingFilter;

  @Field(() => ID, {
    nullable: true,
    description: "The co-financing call's id.",
    deprecationReason: 'Use filter.callId.',
  })
  callId?: string;

  @Field(() => CoFinancingRankingSort, {
    nullable: true,
    description: 'Default: by rank; a row keeps its rank in the whole call.',
  })
  sort?: CoFinancingRankingSort;
}
