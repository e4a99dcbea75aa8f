import type { Request, Response } from 'express';
import type { Loaders } from './loaders.js';

/** What every resolver receives as its context: the request and this request's batch loaders. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}
