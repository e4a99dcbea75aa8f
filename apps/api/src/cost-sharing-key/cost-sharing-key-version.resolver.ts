import { type TaggedKeySpec, taggedKeySpecOf } from '@gevinst/cost-model';
import type { CostSharingKeySpec } from '@gevinst/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CostSharingKeyVersionModel } from './cost-sharing-key-version.model.js';
import { KeySpecModel } from './key-spec.model.js';

@Resolver(() => CostSharingKeyVersionModel)
export class CostSharingKeyVersionResolver {
  @ResolveField(() => KeySpecModel, {
    description:
      'The key specification, typed: the method and the sub-object of that method, e.g. { method: PROPORTIONAL, proportional: { driver: "population" } }.',
  })
  keySpec(@Parent() version: CostSharingKeyVersionModel): TaggedKeySpec {
    return taggedKeySpecOf(version.spec as unknown as CostSharingKeySpec);
  }
}
