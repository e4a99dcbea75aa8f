import type { Response } from 'express';
import type { RequestWithActor } from '../auth/actor.js';
import type { RequestLoaders } from '../common/request-loaders.js';

/**
 * What every resolver receives as its context: the request and this request's batch loaders
 * (`ctx.loaders.of(BenefitLoaders)`, built by loaders/LoaderFactory). It names no feature, so that every
 * feature may import it without depending on the others.
 */
export interface GraphQLContext {
  req: RequestWithActor;
  res: Response;
  loaders: RequestLoaders;
}
