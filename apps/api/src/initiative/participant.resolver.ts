import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { ParticipantModel } from './participant.model.js';

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  @ResolveField(() => OrganisationModel)
  organisation(@Parent() participant: ParticipantModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(participant.organisationId);
  }
}
