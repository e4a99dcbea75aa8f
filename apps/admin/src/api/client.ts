/**
 * GraphQL for the pages that are not plain react-admin resources (previews, charts, dashboards):
 * react-query hooks on the same client as the data provider, so an expired session is handled the
 * same way (see ../session.ts) and API errors arrive as react-admin HttpErrors.
 */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { graphqlClient, operationNameOf } from '../dataProvider/graphqlClient';
import type { GraphQLDocument } from './graphql';

export type Variables = Record<string, unknown>;

export const queryKeyOf = (document: string, variables?: Variables) => [
  'gevinst-api',
  operationNameOf(document) ?? document,
  variables ?? {},
];

/** A query; its data's type comes from the document (see GraphQLDocument). */
export function useApiQuery<TData>(
  document: GraphQLDocument<TData>,
  variables?: Variables,
  options: Omit<UseQueryOptions<TData, Error>, 'queryKey' | 'queryFn'> & { keepPrevious?: boolean } = {},
) {
  const { keepPrevious, ...rest } = options;
  return useQuery<TData, Error>({
    queryKey: queryKeyOf(document, variables),
    queryFn: ({ signal }) => graphqlClient.request<TData>(document, variables ?? {}, { signal }),
    retry: false,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...rest,
  });
}

/**
 * A mutation; afterwards every Gevinst query (ours and react-admin's) is refetched, so lists, totals
 * and charts show the change at once.
 */
export function useApiMutation<TData, TVariables extends Variables = Variables>(
  document: GraphQLDocument<TData>,
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    mutationFn: (variables) => graphqlClient.request<TData>(document, variables),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The first API message for one field (react-admin's HttpError body, see graphqlClient.ts). */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors;
  const value = errors?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** Every field error of an API error, by form field ("spec.bands.1.fee"). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors ?? {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The server's own message of an API error (BAD_USER_INPUT messages name the field). */
export function messageOf(error: unknown): string {
  if (!error) return '';
  const body = (error as { body?: { message?: string } }).body;
  if (body?.message) return body.message;
  return error instanceof Error ? error.message : typeof error === 'string' ? error : '';
}

/** The id of the request an API error came from (see GraphQLErrorBody.requestId), if it has one. */
export function requestIdOf(error: unknown): string | undefined {
  const id = (error as { body?: { requestId?: unknown } } | null)?.body?.requestId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
