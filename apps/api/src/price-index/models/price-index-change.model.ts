import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PriceIndexChange', { description: 'A year whose index the import adds or changes.' })
export class PriceIndexChangeModel {
  @Field(() => Int, { description: 'The year whose index changed.' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The index stored before; null when the year had none.',
  })
  before!: string | null;

  @Field({ description: 'The index from the file.' })
  after!: string;
}
