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

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only these initiatives (at most 500). A portfolio of one initiative gives exactly that initiative’s economics figures for the same years.',
  })
  initiativeIds?: string[];

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
      'First year of the window; default the first year of the initiatives’ analysis periods. Each initiative counts only the years of its own analysis period within the window.',
  })
  fromYear?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Last year of the window; default the last year of the initiatives’ analysis periods (start year + lifetime − 1, extended to the last cost year).',
  })
  toYear?: number;
}
