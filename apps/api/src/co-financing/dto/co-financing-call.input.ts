import { CoFinancingCallStatus } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import '../co-financing-enums.js';

@InputType({ description: 'A new co-financing call; it takes the rule set in force for its year.' })
export class CreateCoFinancingCallInput {
  @Field(() => Int, { description: 'The year of the call (one call a year; rules exist from 2020).' })
  year!: number;

  @Field({ description: 'The title, e.g. «Medfinansieringsordningen 2024» (at most 300 characters).' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'The application deadline.' })
  deadline!: string;
}

@InputType({ description: 'Changes to a call: title, deadline, status (its year and rule set stay).' })
export class UpdateCoFinancingCallInput {
  @Field(() => ID, { description: 'The id of the co-financing call to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;

  @Field({ description: "The co-financing call's title.", nullable: true })
  title?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The new application deadline (YYYY-MM-DD); left out: unchanged.',
  })
  deadline?: string;

  @Field(() => CoFinancingCallStatus, { description: 'OPEN or CLOSED; left out: unchanged.', nullable: true })
  status?: CoFinancingCallStatus;
}
