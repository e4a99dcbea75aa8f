/**
 * A deliberately small GraphQL client: POST { query, variables } to /graphql with fetch, and turn
 * GraphQL errors into react-admin HttpErrors so the UI shows them where they belong:
 *  - BAD_USER_INPUT with `extensions.field` → 400 with `body.errors[field]`, which react-admin puts next
 *    to that input (and `body.errors.root.serverError`, which it shows as the form's notification);
 *  - NOT_FOUND → 404, CONFLICT → 409, FORBIDDEN → 403, UNAUTHENTICATED → 401 (the future authProvider's
 *    checkError sees the status);
 *  - anything else → the HTTP status, or 500.
 * A mutation payload's `userErrors` (docs/api.md, "Mutation payloads and userErrors") are thrown the same
 * way, as if they had come as `errors`: the UI shows a refused input wherever the mutation was sent from.
 * Every request carries the UI's language as `Accept-Language`, so the API's messages match the UI.
 */
import { HttpError } from 'react-admin';
import type { GraphQLDocument } from '../api/graphql';
import { i18nProvider, isAppLocale } from '../i18n';
import { sessionExpiry } from '../session';

export interface GraphQLErrorExtensions {
  code?: string;
  field?: string;
  /** Every problem of a BAD_USER_INPUT error, each with the path of its field. */
  problems?: { field?: string; message?: string }[];
  [key: string]: unknown;
}

export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: GraphQLErrorExtensions;
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLError[];
}

/** What react-admin finds in `error.body` of the HttpErrors this client throws. */
export interface GraphQLErrorBody {
  code: string;
  message: string;
  graphQLErrors: GraphQLError[];
  /** Server-side validation errors in react-admin's shape: input source → message. */
  errors?: Record<string, string | { serverError: string }>;
  /**
   * The request's id (`extensions.requestId`, or the X-Request-Id header when the answer had no GraphQL
   * errors to carry it): shown in small print beside the error, so support can find the log line.
   */
  requestId?: string;
}

export interface GraphQLRequestOptions {
  operationName?: string;
  signal?: AbortSignal;
  /**
   * Error codes that are acceptable alongside data (for example NOT_FOUND when several records are
   * fetched with aliases): the data is returned and those errors are ignored.
   */
  tolerate?: readonly string[];
}

export interface GraphQLClient {
  /** TData comes from the document's type (see GraphQLDocument), or is given for a plain string. */
  request<TData, TVariables extends object = Record<string, unknown>>(
    query: GraphQLDocument<TData> | string,
    variables?: TVariables,
    options?: GraphQLRequestOptions,
  ): Promise<TData>;
}

export interface GraphQLClientOptions {
  /** Defaults to /graphql on the origin that served the admin (the API serves both). */
  url?: string;
  fetch?: typeof globalThis.fetch;
  /** Extra headers per request, e.g. an Authorization header once sign-in exists. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /**
   * The UI's current locale ('nb', 'en'), sent as `Accept-Language` with every request so the API
   * writes its error messages (shown next to form fields and in notifications) in the same language.
   */
  locale?: () => string | undefined;
  /**
   * Called when a request (other than Login, Logout and Me) answers UNAUTHENTICATED: the session has
   * expired. Resolve true once the user has signed in again, and the request is sent once more, so
   * nothing the user typed is lost; resolve false to let the error through (and sign out).
   */
  onUnauthenticated?: () => Promise<boolean>;
}

/** The Accept-Language for a UI locale: Norwegian Bokmål is `nb`, English `en`; no header for others. */
export function acceptLanguageOf(locale: string | undefined): string | undefined {
  return isAppLocale(locale) ? locale : undefined;
}

/** Operations that never wait for a new sign-in: they are how one signs in or finds out one is not. */
const NO_REAUTHENTICATION = new Set(['Login', 'Logout', 'Me']);

export function operationNameOf(query: string): string | undefined {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Messages for codes where a translated, generic sentence serves the user better than the server's
 * wording. These are translation keys: react-admin translates notification messages. The server's
 * message stays available in `error.body.message`.
 */
const MESSAGE_KEY_BY_CODE: Record<string, string> = {
  CONFLICT: 'gevinst.errors.conflict',
  FORBIDDEN: 'ra.notification.not_authorized',
  UNAUTHENTICATED: 'ra.notification.logged_out',
  NOT_FOUND: 'ra.notification.item_doesnt_exist',
  INTERNAL_SERVER_ERROR: 'ra.notification.http_error',
};

/** "input.orgNumber" → "orgNumber"; "fundingSources[1].amount" → "fundingSources.1.amount". */
export function formFieldOf(field: string): string {
  return field
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/** Maps the errors of one GraphQL response to the HttpError react-admin understands. */
export function toHttpError(
  graphQLErrors: GraphQLError[],
  httpStatus?: number,
  headerRequestId?: string | null,
): HttpError {
  const first = graphQLErrors[0] ?? { message: 'Unknown GraphQL error' };
  const code =
    first.extensions?.code ?? (httpStatus && httpStatus >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
  const status = STATUS_BY_CODE[code] ?? (httpStatus && httpStatus >= 400 ? httpStatus : 500);
  const extensionRequestId = first.extensions?.requestId;
  const requestId = typeof extensionRequestId === 'string' ? extensionRequestId : headerRequestId;
  const body: GraphQLErrorBody = {
    code,
    message: first.message,
    graphQLErrors,
    ...(requestId ? { requestId } : {}),
  };

  if (code === 'BAD_USER_INPUT') {
    const errors: Record<string, string | { serverError: string }> = {};
    for (const error of graphQLErrors) {
      if (error.extensions?.code !== 'BAD_USER_INPUT') continue;
      const problems = error.extensions.problems ?? [];
      for (const problem of problems) {
        if (typeof problem.field !== 'string' || problem.field === '' || !problem.message) continue;
        const key = formFieldOf(problem.field);
        if (!(key in errors)) errors[key] = problem.message;
      }
      const field = error.extensions.field;
      if (typeof field === 'string' && field !== '') {
        const key = formFieldOf(field);
        if (!(key in errors)) errors[key] = error.message;
      }
    }
    errors.root = { serverError: first.message };
    body.errors = errors;
    return new HttpError(first.message, status, body);
  }

  return new HttpError(messageKeyOf(code, first.extensions?.reason) ?? first.message, status, body);
}

/**
 * The generic sentence for a code, unless the API named a more specific rule the user must read: a
 * CONFLICT is «someone else changed this record» only for a stale version (reason STALE_VERSION, or no
 * reason); any other conflict (e.g. ALREADY_TAKES_PART: «Bergen kommune deltar allerede … som
 * samarbeidspartner») shows the API's own message, written in the UI's language.
 */
export function messageKeyOf(code: string, reason: unknown): string | undefined {
  if (code === 'CONFLICT' && typeof reason === 'string' && reason !== 'STALE_VERSION') return undefined;
  return MESSAGE_KEY_BY_CODE[code];
}

/** One `UserError` of a mutation payload, as the API answers it. */
export interface UserError {
  code: string;
  reason: string;
  field?: readonly string[] | null;
  message: string;
}

function isUserErrorList(value: unknown): value is UserError[] {
  return (
    Array.isArray(value) &&
    value.every(
      (error: unknown) =>
        typeof error === 'object' &&
        error !== null &&
        typeof (error as { message?: unknown }).message === 'string',
    )
  );
}

/** The `userErrors` of every mutation payload in `data` (its top-level fields). */
export function userErrorsOf(data: unknown): UserError[] {
  if (typeof data !== 'object' || data === null) return [];
  return Object.values(data).flatMap((field: unknown) => {
    const errors =
      typeof field === 'object' && field !== null ? (field as { userErrors?: unknown }).userErrors : [];
    return isUserErrorList(errors) ? errors : [];
  });
}

/** A `UserError` as the GraphQL error it stands for (field path ["input", "url"] → "input.url"). */
export function graphQLErrorOf(error: UserError): GraphQLError {
  const field = error.field?.join('.');
  return {
    message: error.message,
    extensions: { code: error.code, reason: error.reason, ...(field ? { field } : {}) },
  };
}

/** A payload's entity, which is there whenever the payload had no userErrors (userErrorsOf threw for those). */
export function entityOf<T>(entity: T | null | undefined, mutation: string): T {
  if (entity === null || entity === undefined)
    throw transportError(500, `${mutation}: no entity and no userErrors in the answer`);
  return entity;
}

function transportError(status: number, message: string, requestId?: string | null): HttpError {
  const body: GraphQLErrorBody = {
    code: 'TRANSPORT',
    message,
    graphQLErrors: [],
    ...(requestId ? { requestId } : {}),
  };
  return new HttpError(status === 0 ? 'ra.notification.http_error' : message, status, body);
}

function isGraphQLResponse(value: unknown): value is GraphQLResponse<unknown> {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
  const url = options.url ?? '/graphql';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    async request<TData, TVariables extends object = Record<string, unknown>>(
      query: GraphQLDocument<TData> | string,
      variables?: TVariables,
      requestOptions: GraphQLRequestOptions = {},
    ): Promise<TData> {
      try {
        return await send<TData>(query, variables, requestOptions);
      } catch (error) {
        const operation = requestOptions.operationName ?? operationNameOf(query);
        if (
          options.onUnauthenticated &&
          error instanceof HttpError &&
          error.status === 401 &&
          !NO_REAUTHENTICATION.has(operation ?? '') &&
          !requestOptions.signal?.aborted &&
          (await options.onUnauthenticated())
        ) {
          return send<TData>(query, variables, requestOptions);
        }
        throw error;
      }
    },
  };

  async function send<TData>(
    query: string,
    variables: object | undefined,
    requestOptions: GraphQLRequestOptions,
  ): Promise<TData> {
    const extraHeaders = options.headers ? await options.headers() : {};
    const language = acceptLanguageOf(options.locale?.());
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(language ? { 'accept-language': language } : {}),
          ...extraHeaders,
        },
        body: JSON.stringify({
          query,
          variables: variables ?? {},
          ...(requestOptions.operationName ? { operationName: requestOptions.operationName } : {}),
        }),
        signal: requestOptions.signal,
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw transportError(0, error instanceof Error ? error.message : String(error));
    }

    const requestId = response.headers?.get('x-request-id');
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw transportError(response.status, response.statusText || `HTTP ${response.status}`, requestId);
    }
    if (!isGraphQLResponse(payload)) {
      throw transportError(response.status, response.statusText || `HTTP ${response.status}`, requestId);
    }

    const errors = payload.errors ?? [];
    const tolerated = requestOptions.tolerate ?? [];
    const blocking = errors.filter((error) => !tolerated.includes(error.extensions?.code ?? ''));
    if (blocking.length > 0) throw toHttpError(blocking, response.status, requestId);
    if (payload.data === null || payload.data === undefined) {
      throw transportError(
        response.status || 500,
        `HTTP ${response.status}: no data in GraphQL response`,
        requestId,
      );
    }
    const userErrors = userErrorsOf(payload.data);
    if (userErrors.length > 0) throw toHttpError(userErrors.map(graphQLErrorOf), response.status, requestId);
    return payload.data as TData;
  }
}

/** The session-expiry hook: see ../session.ts; the UI's language: see ../i18n. */
export const graphqlClient = createGraphQLClient({
  onUnauthenticated: () => sessionExpiry.reauthenticate(),
  locale: () => i18nProvider.getLocale(),
});
