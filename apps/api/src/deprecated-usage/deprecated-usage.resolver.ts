import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { DeprecatedUsagePage } from './deprecated-usage.model.js';
import { DeprecatedUsageService } from './deprecated-usage.service.js';
import { DeprecatedUsageArgs } from './dto/deprecated-usage.args.js';

@Resolver()
export class DeprecatedUsageResolver {
  constructor(private readonly usage: DeprecatedUsageService) {}

  @Query(() => DeprecatedUsagePage, {
    description:
      'Which clients (API tokens, signed-in users) still use deprecated fields, arguments, input fields or enum values: requests per coordinate, client, operation name and day, newest day first (docs/api-changes.md, "Usage is visible"). Administrators only.',
  })
  deprecatedUsage(
    @CurrentActor() actor: Actor,
    @Args() args: DeprecatedUsageArgs,
  ): Promise<DeprecatedUsagePage> {
    return this.usage.list(actor, args);
  }
}
