import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger as PinoLogger } from 'pino';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { errorLogLevel, logsStack } from './log-levels.js';
import { requestIdOf } from './request-id.js';

const fallback = new Logger('GraphQL');

/** The error a resolver threw, under graphql-js's wrapper (it carries the stack worth logging). */
function originalOf(error: GraphQLError | undefined): Error | undefined {
  let current: unknown = error;
  while (current instanceof Error && (current as GraphQLError).originalError)
    current = (current as GraphQLError).originalError;
  return current instanceof Error ? current : error;
}

/** One log line for one error of a GraphQL response. */
export function logGraphQLError(
  log: Pick<PinoLogger, 'info' | 'warn' | 'error'> | undefined,
  formatted: GraphQLFormattedError,
  raw: GraphQLError | undefined,
  operationName: string | null | undefined,
): void {
  const code = formatted.extensions?.code;
  const level = errorLogLevel(code);
  const path = formatted.path?.join('.') ?? '(request)';
  const english = (formatted.extensions?.messageEn as string | undefined) ?? formatted.message;
  const text = `GraphQL ${typeof code === 'string' ? code : 'error'} at ${path}: ${english}`;
  const fields = {
    graphql: {
      operationName: operationName ?? undefined,
      path,
      code,
      reason: formatted.extensions?.reason,
    },
    ...(logsStack(level) ? { err: originalOf(raw) } : {}),
  };
  if (log) {
    log[level](fields, text);
    return;
  }
  // Outside pino-http (no request logger): NestJS's logger, the stack only for unexpected errors.
  if (level === 'error') fallback.error(text, originalOf(raw)?.stack);
  else if (level === 'warn') fallback.warn(text);
  else fallback.log(text);
}

/**
 * Logs every error of a GraphQL response once, at the level its code deserves (see log-levels.ts:
 * expected client errors at info without a stack, throttling at warn, anything unexpected at error with
 * the stack), on the request's logger so the line carries the request id; and puts that id in each
 * error's `extensions.requestId`, so a user's screenshot of an error can be matched to its log line.
 */
@Plugin()
export class ErrorLoggingPlugin implements ApolloServerPlugin<GraphQLContext> {
  requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    return Promise.resolve({
      willSendResponse({ contextValue, response, errors, request }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const result = response.body.singleResult;
        if (!result.errors?.length) return Promise.resolve();
        const req = contextValue.req as (GraphQLContext['req'] & { log?: PinoLogger }) | undefined;
        const requestId = requestIdOf(req);
        result.errors = result.errors.map((formatted, index) => {
          logGraphQLError(req?.log, formatted, errors?.[index], request.operationName);
          return requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
        });
        return Promise.resolve();
      },
    });
  }
}
