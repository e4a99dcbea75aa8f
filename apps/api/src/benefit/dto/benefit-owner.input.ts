import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description: 'The benefit owner (gevinsteier): a name, an optional role title and user account.',
})
export class BenefitOwnerInput {
  @Field({ description: 'The benefit owner (gevinsteier), usually a line manager where the benefit arises.' })
  name!: string;

  @Field({ nullable: true, description: 'E.g. "Avdelingsdirektør, registerforvaltning".' })
  role?: string;

  @Field(() => ID, { nullable: true, description: 'The user account of the benefit owner, if any.' })
  userId?: string | null;
}
