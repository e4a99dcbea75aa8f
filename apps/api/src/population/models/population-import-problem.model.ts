import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationImportProblem', {
  description: 'Something in the file that was not imported, and why.',
})
export class PopulationImportProblemModel {
  @Field(() => Int, { nullable: true, description: 'The line of the file (null for the file as a whole).' })
  line!: number | null;

  @Field({ description: 'What is wrong, in English.' })
  message!: string;
}
