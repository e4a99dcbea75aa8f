import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@gevinst/domain';
import type { Actor, RequestWithActor } from './actor.js';

export const PUBLIC_KEY = 'gevinst:public';
export const ROLES_KEY = 'gevinst:roles';

/** Reachable without signing in (sign-in itself, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only for callers with one of these roles (checked by the global guard). */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in user or API token (the global guard guarantees one on non-public operations). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on an operation without an actor');
  return actor;
});
