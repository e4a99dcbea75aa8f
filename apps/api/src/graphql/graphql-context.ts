import type { Response } from 'express';
import type { RequestWithActor } from '../auth/actor.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives as its context: the request and this request's batch loaders. */
export interface GraphQLContext {
  req: RequestWithActor;
  res: Response;
  loaders: Loaders;
}
