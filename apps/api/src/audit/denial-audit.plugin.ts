import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { isMessage } from '@gevinst/domain';
import { Plugin } from '@nestjs/apollo';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { DenialAuditService, isIdName } from './denial-audit.service.js';

/** How many refused paths one event lists (aliases can repeat a refused field thousands of times). */
const MAX_PATHS = 20;

/** The ID-like arguments (`id`, `initiativeId`, …) of a top-level field, as the caller sent them. */
export function idArgumentsOf(
  operation: OperationDefinitionNode | undefined,
  responseKey: string,
  variables: Record<string, unknown> | undefined,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD || (selection.alias?.value ?? selection.name.value) !== responseKey)
      continue;
    for (const argument of selection.arguments ?? []) {
      if (!isIdName(argument.name.value)) continue;
      const value =
        argument.value.kind === Kind.VARIABLE
          ? variables?.[argument.value.name.value]
          : argument.value.kind === Kind.STRING
            ? argument.value.value
            : undefined;
      if (typeof value === 'string') ids[argument.name.value] = value.slice(0, 100);
    }
  }
  return ids;
}

/** The rule of a refusal as its code and parameters (see AppError), or null when it said none. */
function reasonOf(extensions: Record<string, unknown> | undefined) {
  const reason = { code: extensions?.reason, params: extensions?.params };
  return isMessage(reason) ? reason : null;
}

/**
 * Audits the FORBIDDEN errors of every GraphQL request, wherever they were raised (the guard, a
 * service, a field resolver): one `accessDenied` event per request, after execution and outside its
 * transactions, naming the refused paths, the operation, the caller and the address.
 */
@Plugin()
export class DenialAuditPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly denials: DenialAuditService) {}

  requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const denials = this.denials;
    return Promise.resolve({
      async didEncounterErrors({ contextValue, errors, operation, request }) {
        const actor = contextValue.req?.actor;
        const refused = errors.filter((error) => error.extensions?.code === 'FORBIDDEN');
        if (!actor || !refused.length) return;
        const paths = refused.map((error) => (error.path?.length ? error.path.join('.') : '(operation)'));
        const topField = refused.find((error) => typeof error.path?.[0] === 'string')?.path?.[0] as
          string | undefined;
        const ids = topField ? idArgumentsOf(operation, topField, request.variables) : {};
        await denials.record({
          actor,
          ip: contextValue.req.ip ?? 'unknown',
          userAgent: contextValue.req.headers['user-agent'] ?? null,
          operation:
            `${operation?.operation ?? 'graphql'} ${operation?.name?.value ?? topField ?? ''}`.trim(),
          path: [...new Set(paths)].slice(0, MAX_PATHS).join(', ') + (paths.length > MAX_PATHS ? ', …' : ''),
          message: refused[0].message,
          reason: reasonOf(refused[0].extensions),
          entity: Object.keys(ids).length ? ids : null,
        });
      },
    });
  }
}
