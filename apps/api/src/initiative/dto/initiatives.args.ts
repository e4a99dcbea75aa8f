import { ArgsType, Field } from '@nestjs/graphql';
import { CursorPageArgs } from '../../common/cursor.js';
import { InitiativeFilter } from './initiative-filter.input.js';
import { InitiativeSort } from './initiative-sort.input.js';

@ArgsType()
export class InitiativesArgs extends CursorPageArgs {
  @Field(() => InitiativeFilter, {
    description: 'Which initiatives to list; empty: all you may see.',
    nullable: true,
  })
  filter?: InitiativeFilter;

  @Field(() => InitiativeSort, { description: 'The order; default: code ascending.', nullable: true })
  sort?: InitiativeSort;
}
