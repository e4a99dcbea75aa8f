import { CostCategory } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import '../../graphql/enums.js';
import { ListWindowArgs } from '../../common/list-window.js';
import { SortInput } from '../../common/sorting.js';

@InputType({
  description: 'Which KOSTRA codes to list; organisationId is required, every other field narrows the list.',
})
export class KostraCodeFilter {
  @Field(() => ID, { nullable: true, description: 'The organisation (required).' })
  organisationId?: string;

  @Field(() => CostCategory, { nullable: true, description: 'Only the codes of this cost category.' })
  category?: CostCategory;

  @Field({
    nullable: true,
    description: 'Only the codes the organisation chose (true) or only the suggestions (false).',
  })
  own?: boolean;
}

export enum KostraCodeSortField {
  CATEGORY = 'CATEGORY',
  ART = 'ART',
  FUNCTION = 'FUNCTION',
}
registerEnumType(KostraCodeSortField, {
  name: 'KostraCodeSortField',
  description: 'What the KOSTRA codes list is ordered by (ties: by cost category).',
  valuesMap: {
    CATEGORY: { description: 'The cost category, in the order of the CostCategory enum.' },
    ART: { description: 'The KOSTRA art.' },
    FUNCTION: { description: 'The KOSTRA function.' },
  },
});

@InputType({ description: 'The order of the KOSTRA codes list (default: by cost category).' })
export class KostraCodeSort extends SortInput(KostraCodeSortField, KostraCodeSortField.CATEGORY) {}

@ArgsType()
export class KostraCodesArgs extends ListWindowArgs {
  @Field(() => KostraCodeFilter, { nullable: true, description: 'Which codes (replaces organisationId).' })
  filter?: KostraCodeFilter;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation.',
    deprecationReason: 'Use filter.organisationId.',
  })
  organisationId?: string;

  @Field(() => KostraCodeSort, { nullable: true, description: 'Default: by cost category.' })
  sort?: KostraCodeSort;
}
