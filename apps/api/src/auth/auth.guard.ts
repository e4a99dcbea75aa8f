import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Role, mayRunMutation, mayWrite } from '@gevinst/domain';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { forbidden, unauthenticated } from '../common/errors.js';
import { PUBLIC_KEY, ROLES_KEY, requestOf } from './auth.decorators.js';

/**
 * Runs before every GraphQL operation and HTTP route: no valid session or token → UNAUTHENTICATED;
 * a role the operation requires is missing, a READ-only token attempts a mutation, or a READER attempts a
 * mutation other than managing their own credentials → FORBIDDEN.
 * Finer rules (which organisation's data) are applied by the services with the same domain rules.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const graphql = context.getType<string>() === 'graphql';
    const request = requestOf(context);
    const actor = request.actor;
    if (!actor) {
      const message = request.authProblem ?? 'Sign in or send a valid API token (Authorization: Bearer …)';
      throw graphql
        ? unauthenticated(message)
        : new UnauthorizedException({ code: 'UNAUTHENTICATED', message });
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.some((role) => actor.roles.includes(role))) {
      const message = `This needs one of the roles ${roles.join(', ')}`;
      throw graphql ? forbidden(message) : new ForbiddenException({ code: 'FORBIDDEN', message });
    }
    if (graphql) {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      if (info.operation.operation === OperationTypeNode.MUTATION && !mayWrite(actor)) {
        throw forbidden('This API token has only the READ scope; changes need a token with WRITE');
      }
      // Roles on every write (libs/domain mayRunMutation): a READER reads only, except for managing their
      // own credentials. Checked on the mutation's root field; the fields of its result are reads.
      if (info.parentType.name === 'Mutation' && !mayRunMutation(actor, info.fieldName)) {
        throw forbidden('A READER may only read: this change needs another role');
      }
    } else if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !mayWrite(actor)) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: 'This API token has only the READ scope' });
    }
    return true;
  }
}
