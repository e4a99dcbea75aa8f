import { FundingScheme } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('SchemeNetPosition', {
  description:
    'A grant scheme as its own payer (the state’s co-financing budget, the DigiFin fund, StimuLab, other): it pays the cost items that name it and that no allocation run allocates, and receives no benefit. Counted for every initiative in the answer (whoever may read an initiative may read its cost items and funding plan).',
})
export class SchemeNetPositionModel {
  @Field(() => FundingScheme, { description: 'CO_FINANCING, DIGIFIN, STIMULAB or OTHER (never OWN_BUDGET).' })
  scheme!: FundingScheme;

  @Field(() => MoneyScalar, { description: 'The planned amounts of the cost items the scheme pays.' })
  paidNok!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'paidNok as a share of totals.paidNok; null when nothing is paid.',
  })
  share!: string | null;
}
