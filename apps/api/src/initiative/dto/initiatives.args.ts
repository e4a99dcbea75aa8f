import { ArgsType, Field } from '@nestjs/graphql';
import { CursorPageArgs } from '../../common/cursor.js';
import { InitiativeFilter } from './initiative-filter.input.js';
import { InitiativeSort } from './initiative-sort.input.js';

@ArgsType()
export class InitiativesArgs extends CursorPageArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  filter?: InitiativeFilter;

  @Field(() => InitiativeSort, { nullable: true })
  sort?: InitiativeSort;
}
