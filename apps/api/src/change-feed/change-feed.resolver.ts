import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ChangeFeedPage } from './change.model.js';
import { ChangeFeedService } from './change-feed.service.js';
import { ChangesArgs } from './changes.args.js';

@Resolver()
export class ChangeFeedResolver {
  constructor(private readonly feed: ChangeFeedService) {}

  @Query(() => ChangeFeedPage, {
    description:
      'The change feed, oldest first: changes to the entities your organisation owns and those it made (administrators: all), after the cursor `since`. Poll with the last endCursor (docs/api.md).',
  })
  changes(@CurrentActor() actor: Actor, @Args() args: ChangesArgs): Promise<ChangeFeedPage> {
    return this.feed.changes(actor, args);
  }
}
