import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BenefitOwner', {
  description:
    'The benefit owner (gevinsteier): a line manager where the benefit arises, by name and role, optionally a user.',
})
export class BenefitOwnerModel {
  @Field({ description: "The benefit owner's name." })
  name!: string;

  @Field({ description: "The benefit owner's role title." })
  role!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The user account of the benefit owner, when there is one.',
  })
  userId!: string | null;
}
