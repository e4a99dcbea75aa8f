import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('County', {
  description: 'A county (fylke): a geography. Its county authority is an organisation.',
})
export class CountyModel {
  @Field({ description: 'County number, 2 digits (e.g. "46" Vestland).' })
  number!: string;

  @Field({ description: "The county's name." })
  name!: string;
}
