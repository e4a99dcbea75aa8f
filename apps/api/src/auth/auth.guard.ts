import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Message, type Role, mayRunMutation, mayWrite, msg } from '@gevinst/domain';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { english, forbidden, unauthenticated } from '../common/errors.js';
import { PUBLIC_KEY, ROLES_KEY, requestOf } from './auth.decorators.js';

/**
 * A refusal on an HTTP route, as Nest's own exception (so a route without the export filter answers it
 * too), carrying the message's code and parameters as the GraphQL errors do.
 */
function httpRefusal(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: Message) {
  const body = { code, message: english(message), reason: message.code, params: message.params ?? {} };
  return code === 'UNAUTHENTICATED' ? new UnauthorizedException(body) : new ForbiddenException(body);
}

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
      const message = request.authProblem ?? msg('SIGN_IN_WITH_BEARER');
      throw graphql ? unauthenticated(message) : httpRefusal('UNAUTHENTICATED', message);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.some((role) => actor.roles.includes(role))) {
      const message = msg('NEEDS_ROLE', { roles });
      throw graphql ? forbidden(message) : httpRefusal('FORBIDDEN', message);
    }
    if (graphql) {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      if (info.operation.operation === OperationTypeNode.MUTATION && !mayWrite(actor)) {
        throw forbidden(msg('READ_TOKEN_CANNOT_CHANGE'));
      }
      // Roles on every write (libs/domain mayRunMutation): a READER reads only, except for managing their
      // own credentials. Checked on the mutation's root field; the fields of its result are reads.
      if (info.parentType.name === 'Mutation' && !mayRunMutation(actor, info.fieldName)) {
        throw forbidden(msg('READER_ONLY_READS'));
      }
    } else if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !mayWrite(actor)) {
      throw httpRefusal('FORBIDDEN', msg('READ_TOKEN'));
    }
    return true;
  }
}
