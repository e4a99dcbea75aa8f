import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands an error thrown in a resolver back to GraphQL as it is, instead of NestJS's default, which logs
 * every such error at ERROR with its stack — including the expected ones (the sign-in page's
 * unauthenticated `me`, a refused input). The error still reaches the client through formatError, and
 * errorLoggingPlugin logs it once, at the level its code deserves, with the request id. HTTP errors keep
 * NestJS's own handling.
 */
@Catch()
export class GraphQLErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
