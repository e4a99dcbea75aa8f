import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

@ObjectType('PriceIndexYear', {
  description:
    'One year of the consumer price index (konsumprisindeksen, SSB table 03014, annual average, 2015 = 100), used to bring nominal amounts to an analysis’s price-base year.',
})
export class PriceIndexYearModel {
  @Field(() => Int, { description: 'The year of the index value.' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'The index, a decimal such as "133.6".' })
  value!: string;

  @Field({ description: 'Where the figure came from (the seeded reference file or an import).' })
  source!: string;
}
