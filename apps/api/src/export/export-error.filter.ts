import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AppError, english } from '../common/errors.js';
import { msg } from '@gevinst/domain';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../common/database-errors.js';
import { reasonOf } from '../common/edge-error.js';
import { type ErrorLanguage, errorLanguageOf, localiseMessageNb } from '../common/localise-errors.js';
import { requestIdOf } from '../logging/request-id.js';

/** The JSON body of an HTTP error: the same stable codes as the GraphQL API. */
export interface HttpErrorBody {
  code: string;
  message: string;
  field?: string;
  problems?: unknown;
  /** The code of the rule that refused, and its parameters (see AppError). */
  reason?: string;
  params?: unknown;
  /** The English message, when `message` is a translation (see localiseHttpErrorBody). */
  messageEn?: string;
  /** The request's id, as in the X-Request-Id header and the server's log lines. */
  requestId?: string;
}

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * The one place where errors of the HTTP routes become responses: the GraphQLErrors the services throw
 * (BAD_USER_INPUT → 400 with `field`, FORBIDDEN → 403, NOT_FOUND → 404, …), the guard's 401/403, and
 * anything unexpected as 500 without internals. Once a file has started streaming, no JSON can follow:
 * the connection is then aborted, so the client sees a failed download rather than a short file.
 */
export function httpErrorOf(error: unknown): { status: number; body: HttpErrorBody } {
  if (error instanceof AppError || error instanceof GraphQLError) {
    const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
    const status = STATUS_OF_CODE[code];
    if (status) {
      const body: HttpErrorBody = { code, message: error.message };
      if (typeof error.extensions.field === 'string') body.field = error.extensions.field;
      if (Array.isArray(error.extensions.problems)) body.problems = error.extensions.problems;
      if (typeof error.extensions.reason === 'string') {
        body.reason = error.extensions.reason;
        body.params = error.extensions.params;
      }
      return { status, body };
    }
  }
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const status = error.getStatus();
    if (typeof response === 'object' && response !== null && 'code' in response && 'message' in response) {
      const { code, message } = response;
      const body: HttpErrorBody = { code: String(code), message: String(message) };
      // The guard's refusals say their rule as a code (see AuthGuard), like the services' errors.
      if ('reason' in response && typeof response.reason === 'string') {
        body.reason = response.reason;
        body.params = (response as { params?: unknown }).params;
      }
      return { status, body };
    }
    return { status, body: { code: `HTTP_${status}`, message: error.message } };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: {
        code: 'DATABASE_UNAVAILABLE',
        message: english(DATABASE_UNAVAILABLE),
        ...reasonOf(DATABASE_UNAVAILABLE),
      },
    };
  }
  const internal = msg('INTERNAL_ERROR');
  return {
    status: 500,
    body: { code: 'INTERNAL_SERVER_ERROR', message: english(internal), ...reasonOf(internal) },
  };
}

/**
 * The body in the language asked for: for 'nb' the message and the problems' messages in Norwegian
 * Bokmål with the English kept in `messageEn` (as the GraphQL API does); for 'en' the body unchanged.
 */
export function localiseHttpErrorBody(body: HttpErrorBody, language: ErrorLanguage): HttpErrorBody {
  if (language !== 'nb') return body;
  const localised = localiseMessageNb(body.message, body.problems, body.reason, body.params);
  return {
    ...body,
    message: localised.message,
    ...(localised.problems ? { problems: localised.problems } : {}),
    ...(localised.messageEn === undefined ? {} : { messageEn: localised.messageEn }),
  };
}

@Catch()
export class ExportErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Export');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const { status, body } = httpErrorOf(error);
    // An unexpected failure with its stack (the request's id is on the line); client errors are answered only.
    if (status >= 500)
      this.logger.error(
        `Export failed: ${error instanceof Error ? error.message : String(error)}`,
        error instanceof Error ? error.stack : undefined,
      );
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // The export may have named its file already: an error is not that file.
    res.removeHeader('Content-Disposition');
    const language = errorLanguageOf(http.getRequest<Request>().headers['accept-language']);
    res.setHeader('Content-Language', language);
    const requestId = requestIdOf(http.getRequest<Request>());
    res.status(status).json(localiseHttpErrorBody(requestId ? { ...body, requestId } : body, language));
  }
}
