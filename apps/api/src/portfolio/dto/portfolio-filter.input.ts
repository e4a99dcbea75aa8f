import { AdministrativeLevel, InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({
  description:
    'Which initiatives (and years) the analytics cover. Every condition narrows the selection; the caller’s access narrows it further (see the API guide).',
})
export class PortfolioFilter {
  @Field(() => ID, { nullable: true, description: 'Responsible ministry.' })
  ministryId?: string;

  @Field(() => ID, { nullable: true, description: 'Owning organisation.' })
  ownerId?: string;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'Initiatives with at least one participant at this administrative level.',
  })
  administrativeLevel?: AdministrativeLevel;

  @Field(() => [LifeEvent], { nullable: true, description: 'Any of these life events.' })
  lifeEvent?: LifeEvent[];

  @Field({
    nullable: true,
    description: 'Initiatives with at least one participant in this county (two digits).',
  })
  countyNumber?: string;

  @Field(() => [InitiativePhase], { nullable: true, description: 'Any of these phases.' })
  phase?: InitiativePhase[];

  @Field(() => Int, {
    nullable: true,
    description:
      'First year of costs and benefits counted; default the first year with a cost or a benefit baseline.',
  })
  fromYear?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Last year counted; default the latest of the last cost year, the last target year and this year.',
  })
  toYear?: number;
}
